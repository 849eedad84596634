package org.careerbot.picture;

import java.util.List;

/** A row of marks, each followed by what it means. */
final class Legend {
    private static final double SWATCH_W = 28;
    private static final double SWATCH_H = 16;
    private static final double GAP = 8;
    private static final double SPACING = 28;

    private Legend() {
    }

    /** Height of the legend row. */
    static double height() {
        return Math.max(SWATCH_H, Type.lineHeight(Type.SMALL));
    }

    /** Width of the legend row. */
    static double width(List<Mark> marks) {
        return marks.stream().mapToDouble(Legend::entryWidth).sum() + SPACING * (marks.size() - 1);
    }

    private static double entryWidth(Mark mark) {
        return SWATCH_W + GAP + Type.width(mark.words(), Type.SMALL);
    }

    /** Draws the legend with its top left corner at ({@code x}, {@code top}). */
    static void draw(Canvas canvas, List<Mark> marks, double x, double top) {
        double h = height();
        for (Mark mark : marks) {
            mark.draw(canvas, Mark.box(x, top + (h - SWATCH_H) / 2, SWATCH_W, SWATCH_H));
            double textTop = top + (h - Type.lineHeight(Type.SMALL)) / 2;
            canvas.text(List.of(mark.words()), Type.SMALL, Palette.INK, x + SWATCH_W + GAP, textTop);
            x += entryWidth(mark) + SPACING;
        }
    }
}
