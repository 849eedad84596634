package org.careerbot.picture;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.careerbot.answer.Words;
import org.careerbot.knowledge.KnowledgeBase;
import org.careerbot.knowledge.Role;
import org.careerbot.knowledge.Task;

/**
 * The matrix of who does what: every role (rows, in the knowledge's order) against every task of the life cycle
 * (columns), a solid mark where the role carries the task out, a hatched one where only some in the role take it
 * on. Drawn from the knowledge alone, so that it changes when the knowledge does.
 */
public final class MatrixPicture {
    /** The picture's title. */
    public static final String TITLE = "Who does what in an AI project";
    private static final String SUBTITLE = "Each row is a role, each column a task of the AI project life cycle";
    private static final double MARK_INSET_X = 12;
    private static final double MARK_INSET_Y = 9;

    private final List<Role> roles;
    private final List<Task> tasks;
    private final MatrixLayout layout;

    /** A matrix of the knowledge's roles and tasks. */
    public MatrixPicture(KnowledgeBase kb) {
        roles = List.copyOf(kb.roles());
        tasks = List.copyOf(kb.tasks());
        layout = new MatrixLayout(roles, tasks, TITLE, SUBTITLE, "Source: " + sources());
    }

    /** Where each cell lies in the rendered image, in image pixels. */
    public MatrixGeometry geometry() {
        return layout.geometry(roles.stream().map(Role::id).toList(), tasks.stream().map(Task::id).toList());
    }

    /** Draws the matrix. */
    public Picture render() {
        Canvas canvas = new Canvas(layout.width, layout.height);
        double left = MatrixLayout.MARGIN;
        double y = canvas.text(layout.titleLines, Type.TITLE, Palette.INK, left, layout.titleTop);
        canvas.text(List.of(SUBTITLE), Type.SUBTITLE, Palette.MUTED, left, y + 4);
        Legend.draw(canvas, List.of(Mark.CORE, Mark.SOME), left, layout.legendTop);
        drawHeader(canvas);
        drawRows(canvas);
        canvas.text(layout.sourceLines, Type.SOURCE, Palette.MUTED, left, layout.sourceTop);
        return canvas.picture(altText(), TITLE);
    }

    /** Task names centred over their columns, their last lines on one baseline, on a band. */
    private void drawHeader(Canvas canvas) {
        double lineHeight = Type.lineHeight(Type.HEADING);
        canvas.fill(new Rectangle2D.Double(layout.gridLeft(), layout.headerTop - 8,
                layout.gridRight() - layout.gridLeft(), layout.gridTop - layout.headerTop + 8), Palette.BAND);
        for (int t = 0; t < tasks.size(); t++) {
            List<String> lines = layout.taskLines.get(t);
            double top = layout.gridTop - 6 - lines.size() * lineHeight;
            double centre = layout.columnLeft(t) + layout.columnWidth / 2;
            for (String line : lines) {
                canvas.centred(line, Type.HEADING, Palette.INK, centre, top);
                top += lineHeight;
            }
        }
    }

    /** Role names, the rules between rows and columns, and the marks. */
    private void drawRows(Canvas canvas) {
        double left = MatrixLayout.MARGIN;
        double right = layout.gridRight();
        for (int r = 0; r < roles.size(); r++) {
            double top = layout.rowTops.get(r);
            double h = layout.rowHeights.get(r);
            List<String> lines = layout.roleLines.get(r);
            double textTop = top + (h - lines.size() * Type.lineHeight(Type.LABEL)) / 2;
            canvas.text(lines, Type.LABEL, Palette.INK, left, textTop);
            canvas.line(left, top + h, right, top + h, Palette.RULE, 1f);
            for (int t = 0; t < tasks.size(); t++) {
                drawMark(canvas, roles.get(r), tasks.get(t).id(), layout.columnLeft(t), top, h);
            }
        }
        for (int t = 0; t <= tasks.size(); t++) {
            double x = layout.columnLeft(t);
            canvas.line(x, layout.gridTop, x, layout.gridBottom, Palette.RULE, 1f);
        }
        canvas.line(left, layout.gridTop, right, layout.gridTop, Palette.MUTED, 1.2f);
    }

    private void drawMark(Canvas canvas, Role role, String taskId, double x, double y, double h) {
        Mark mark = role.coreTasks().contains(taskId) ? Mark.CORE
                : role.someTasks().contains(taskId) ? Mark.SOME : null;
        if (mark != null) {
            mark.draw(canvas, Mark.box(x + MARK_INSET_X, y + MARK_INSET_Y, layout.columnWidth - 2 * MARK_INSET_X,
                    h - 2 * MARK_INSET_Y));
        }
    }

    /** The grid in words, role by role. */
    String altText() {
        List<String> parts = new ArrayList<>();
        for (Role role : roles) {
            String core = role.coreTasks().isEmpty() ? "carries out none of the tasks"
                    : "carries out " + taskNames(role.coreTasks());
            String some = role.someTasks().isEmpty() ? "" : " (some also do " + taskNames(role.someTasks()) + ")";
            parts.add("the " + Words.lower(role.name()) + " " + core + some);
        }
        return "Grid of " + roles.size() + " roles by " + tasks.size() + " tasks: " + String.join("; ", parts) + ".";
    }

    private String taskNames(List<String> ids) {
        return Words.and(tasks.stream().filter(t -> ids.contains(t.id())).map(t -> Words.lower(t.name())).toList());
    }

    /** The documents the role task facts cite. */
    String sources() {
        return Captions.files(roles.stream().flatMap(r -> r.tasks().stream()).map(Role.RoleTask::source).toList());
    }
}
