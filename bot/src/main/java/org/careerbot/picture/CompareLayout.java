package org.careerbot.picture;

import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.careerbot.picture.CompareContent.Cell;
import org.careerbot.picture.CompareContent.Chip;
import org.careerbot.picture.CompareContent.Line;
import org.careerbot.picture.CompareGeometry.Block;

/**
 * Lays out a comparison top to bottom: each part measures its text, records how to draw itself and where its items
 * lie, and moves the cursor down. Measuring and drawing in one pass keeps the two from drifting apart.
 */
final class CompareLayout {
    static final double MARGIN = 36;
    private static final double GUTTER = 180;
    private static final double GAP = 16;
    private static final double COLUMN = 360;
    private static final double PAD = 12;
    private static final double MARK_W = 34;
    private static final double MARK_H = 18;
    private static final double CHIP_H = 26;

    final int width = (int) (2 * MARGIN + GUTTER + 2 * (GAP + COLUMN));
    private final List<Consumer<Canvas>> ops = new ArrayList<>();
    private final Map<CompareGeometry.Item, Rectangle> items = new LinkedHashMap<>();
    private double y = MARGIN;

    private double left(int column) {
        return MARGIN + GUTTER + GAP + column * (COLUMN + GAP);
    }

    private double right() {
        return width - MARGIN;
    }

    /** Lines of text across the whole width. */
    void text(String text, Font font, Color colour, double spaceAfter) {
        List<String> lines = Type.wrap(text, font, right() - MARGIN);
        double top = y;
        ops.add(c -> c.text(lines, font, colour, MARGIN, top));
        y += lines.size() * Type.lineHeight(font) + spaceAfter;
    }

    /** Blank space. */
    void space(double height) {
        y += height;
    }

    void legend(List<Mark> marks) {
        double top = y;
        ops.add(c -> Legend.draw(c, marks, MARGIN, top));
        y += Legend.height() + 24;
    }

    /** The role names over their columns, on bands. */
    void header(List<String> names) {
        List<List<String>> lines = names.stream().map(n -> Type.wrap(n, Type.NAME, COLUMN - 2 * PAD)).toList();
        double h = lines.stream().mapToInt(List::size).max().orElse(1) * Type.lineHeight(Type.NAME) + 2 * PAD;
        double top = y;
        for (int c = 0; c < names.size(); c++) {
            double x = left(c);
            List<String> name = lines.get(c);
            ops.add(k -> {
                k.fill(new RoundRectangle2D.Double(x, top, COLUMN, h, 10, 10), Palette.BAND);
                k.fill(new Rectangle2D.Double(x, top, COLUMN, 4), Palette.CORE);
                k.text(name, Type.NAME, Palette.INK, x + PAD, top + PAD + 2);
            });
        }
        y += h + 6;
    }

    /** A part's heading, with a rule under it. */
    void heading(String heading) {
        y += 18;
        double top = y;
        ops.add(c -> {
            c.text(List.of(heading), Type.LABEL_BOLD, Palette.CORE, MARGIN, top);
            c.line(MARGIN, top + Type.lineHeight(Type.LABEL_BOLD) + 6, right(),
                    top + Type.lineHeight(Type.LABEL_BOLD) + 6, Palette.MUTED, 1.2f);
        });
        y += Type.lineHeight(Type.LABEL_BOLD) + 6;
    }

    /** Rows of a label and a cell per role. */
    void lines(Block block, List<Line> lines) {
        for (Line line : lines) {
            row(block, line);
        }
    }

    private void row(Block block, Line line) {
        List<String> label = Type.wrap(line.label(), Type.LABEL, GUTTER - 8);
        List<List<String>> texts = new ArrayList<>();
        for (Cell cell : line.cells()) {
            texts.add(Type.wrap(cell.text(), font(cell), COLUMN - textOffset(cell) - PAD));
        }
        int most = Math.max(label.size(), texts.stream().mapToInt(List::size).max().orElse(1));
        double h = Math.max(40, most * Type.lineHeight(Type.LABEL) + 16);
        double top = y;
        ops.add(c -> c.text(label, Type.LABEL, Palette.INK, MARGIN, centredTop(top, h, label.size())));
        for (int col = 0; col < line.cells().size(); col++) {
            Cell cell = line.cells().get(col);
            double x = left(col);
            List<String> text = texts.get(col);
            items.put(new CompareGeometry.Item(block, col, line.id()), Canvas.pixels(x, top, COLUMN, h));
            ops.add(c -> drawCell(c, cell, text, x, top, h));
        }
        ops.add(c -> c.line(MARGIN, top + h, right(), top + h, Palette.RULE, 1f));
        y += h;
    }

    private void drawCell(Canvas c, Cell cell, List<String> text, double x, double top, double h) {
        if (cell.shared()) {
            c.fill(new RoundRectangle2D.Double(x, top + 3, COLUMN, h - 6, 10, 10), Palette.SHARED);
        }
        if (cell.mark() != null) {
            cell.mark().draw(c, Mark.box(x + PAD, top + (h - MARK_H) / 2, MARK_W, MARK_H));
        }
        Color colour = CompareContent.NONE.equals(cell.text()) ? Palette.MUTED : Palette.INK;
        c.text(text, font(cell), colour, x + textOffset(cell), centredTop(top, h, text.size()));
    }

    private static Font font(Cell cell) {
        return cell.shared() ? Type.LABEL_BOLD : Type.LABEL;
    }

    private static double textOffset(Cell cell) {
        return cell.mark() == null ? PAD : PAD + MARK_W + 10;
    }

    private static double centredTop(double top, double h, int lines) {
        return top + (h - lines * Type.lineHeight(Type.LABEL)) / 2;
    }

    /** Each role's chips, flowed into its column. */
    void chips(Block block, List<List<Chip>> columns, String empty) {
        double top = y + 12;
        double bottom = top;
        for (int col = 0; col < columns.size(); col++) {
            bottom = Math.max(bottom, flow(block, col, columns.get(col), empty, top));
        }
        y = bottom + 12;
    }

    private double flow(Block block, int col, List<Chip> chips, String empty, double top) {
        double x0 = left(col);
        if (chips.isEmpty()) {
            ops.add(c -> c.text(List.of(empty), Type.NOTE, Palette.MUTED, x0 + PAD, top + 4));
            return top + CHIP_H;
        }
        double x = x0;
        double rowTop = top;
        for (Chip chip : chips) {
            Font font = chip.shared() ? Type.SMALL_BOLD : Type.SMALL;
            String text = Type.fit(chip.text(), font, COLUMN - 2 * Canvas.CHIP_PAD);
            double w = Type.width(text, font) + 2 * Canvas.CHIP_PAD;
            if (x > x0 && x + w > x0 + COLUMN) {
                x = x0;
                rowTop += CHIP_H + 8;
            }
            RoundRectangle2D box = new RoundRectangle2D.Double(x, rowTop, w, CHIP_H, CHIP_H, CHIP_H);
            if (chip.id() != null) {
                items.put(new CompareGeometry.Item(block, col, chip.id()), Canvas.pixels(x, rowTop, w, CHIP_H));
            }
            ops.add(c -> c.chip(box, text, font, chip.shared()));
            x += w + 8;
        }
        return rowTop + CHIP_H;
    }

    /** The logical height so far, with the bottom margin. */
    int height() {
        return (int) Math.ceil(y + MARGIN);
    }

    /** Draws everything laid out. */
    Canvas draw() {
        Canvas canvas = new Canvas(width, height());
        ops.forEach(op -> op.accept(canvas));
        return canvas;
    }

    CompareGeometry geometry(List<String> roleIds) {
        return new CompareGeometry(roleIds, items);
    }
}
