package org.careerbot.picture;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import org.careerbot.knowledge.Role;
import org.careerbot.knowledge.Task;

/**
 * Where everything of the matrix goes, in logical pixels, computed from the texts' measured sizes before anything is
 * drawn, so that the image is exactly as large as its content and no label is clipped.
 */
final class MatrixLayout {
    static final double MARGIN = 36;
    private static final double MAX_LABEL = 300;
    private static final double MIN_ROW = 44;
    private static final double MIN_COLUMN = 116;
    private static final double CELL_PAD = 10;

    final List<List<String>> roleLines = new ArrayList<>();
    final List<List<String>> taskLines = new ArrayList<>();
    final List<Double> rowTops = new ArrayList<>();
    final List<Double> rowHeights = new ArrayList<>();
    final double labelWidth;
    final double columnWidth;
    final double titleTop = MARGIN;
    final double legendTop;
    final double headerTop;
    final double gridTop;
    final double gridBottom;
    final double sourceTop;
    final List<String> titleLines;
    final List<String> sourceLines;
    final int width;
    final int height;

    MatrixLayout(List<Role> roles, List<Task> tasks, String title, String subtitle, String source) {
        columnWidth = columnWidth(tasks);
        double widestRole = 0;
        for (Role role : roles) {
            List<String> lines = Type.wrap(role.name(), Type.LABEL, MAX_LABEL);
            roleLines.add(lines);
            widestRole = Math.max(widestRole, lines.stream().mapToDouble(l -> Type.width(l, Type.LABEL)).max()
                    .orElse(0));
        }
        labelWidth = Math.ceil(widestRole) + 24;
        double content = Math.max(labelWidth + tasks.size() * columnWidth, Legend.width(List.of(Mark.CORE, Mark.SOME)));
        content = Math.max(content, Math.min(Type.width(title, Type.TITLE), 900));
        width = (int) Math.ceil(content + 2 * MARGIN);
        titleLines = Type.wrap(title, Type.TITLE, content);
        double y = titleTop + titleLines.size() * Type.lineHeight(Type.TITLE) + 4 + Type.lineHeight(Type.SUBTITLE);
        legendTop = y + 14;
        headerTop = legendTop + Legend.height() + 26;
        int headerLines = 1;
        for (Task task : tasks) {
            List<String> lines = Type.wrap(task.name(), Type.HEADING, columnWidth - 2 * CELL_PAD);
            taskLines.add(lines);
            headerLines = Math.max(headerLines, lines.size());
        }
        gridTop = headerTop + headerLines * Type.lineHeight(Type.HEADING) + 12;
        y = gridTop;
        for (List<String> lines : roleLines) {
            double h = Math.max(MIN_ROW, lines.size() * Type.lineHeight(Type.LABEL) + 16);
            rowTops.add(y);
            rowHeights.add(h);
            y += h;
        }
        gridBottom = y;
        sourceTop = gridBottom + 22;
        sourceLines = Type.wrap(source, Type.SOURCE, content);
        height = (int) Math.ceil(sourceTop + sourceLines.size() * Type.lineHeight(Type.SOURCE) + MARGIN);
    }

    /** Wide enough for the longest word of any task name, so that names wrap only between words. */
    private static double columnWidth(List<Task> tasks) {
        double widest = tasks.stream().flatMap(t -> List.of(t.name().split("\\s+")).stream())
                .mapToDouble(w -> Type.width(w, Type.HEADING)).max().orElse(0);
        return Math.max(MIN_COLUMN, Math.ceil(widest) + 2 * CELL_PAD);
    }

    double gridLeft() {
        return MARGIN + labelWidth;
    }

    double columnLeft(int task) {
        return gridLeft() + task * columnWidth;
    }

    double gridRight() {
        return columnLeft(taskLines.size());
    }

    /** The same places in image pixels. */
    MatrixGeometry geometry(List<String> roleIds, List<String> taskIds) {
        List<Rectangle> rows = new ArrayList<>();
        for (int r = 0; r < rowTops.size(); r++) {
            rows.add(Canvas.pixels(gridLeft(), rowTops.get(r), gridRight() - gridLeft(), rowHeights.get(r)));
        }
        List<Rectangle> columns = new ArrayList<>();
        for (int t = 0; t < taskLines.size(); t++) {
            columns.add(Canvas.pixels(columnLeft(t), gridTop, columnWidth, gridBottom - gridTop));
        }
        return new MatrixGeometry(roleIds, taskIds, rows, columns);
    }
}
