package org.careerbot.picture;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.careerbot.answer.Words;
import org.careerbot.knowledge.EntityKind;
import org.careerbot.knowledge.KnowledgeBase;
import org.careerbot.knowledge.Role;
import org.careerbot.knowledge.Task;

/** What the comparison shows, worked out from the knowledge before any of it is laid out. */
final class CompareContent {
    /** The dash of an empty cell: the role does not carry the task out / the texts give no level. */
    static final String NONE = "—";

    private CompareContent() {
    }

    /**
     * One role's side of a row.
     *
     * @param text   what the cell says
     * @param mark   the task mark drawn before it, or null
     * @param shared whether the other role has the same
     */
    record Cell(String text, Mark mark, boolean shared) {
    }

    /**
     * A row: a label and one cell per role.
     *
     * @param id    the task id or profile area
     * @param label the row's label
     * @param cells left and right
     */
    record Line(String id, String label, List<Cell> cells) {
    }

    /**
     * A tool as a chip.
     *
     * @param id     tool id, or null for the "more" chip that stands for tools left out
     * @param text   its name
     * @param shared whether both roles list it
     */
    record Chip(String id, String text, boolean shared) {
    }

    /** Every task of the life cycle, with how each role takes it on. */
    static List<Line> tasks(List<Task> tasks, List<Role> roles) {
        List<Line> lines = new ArrayList<>();
        for (Task task : tasks) {
            List<Mark> marks = roles.stream().map(r -> mark(r, task.id())).toList();
            boolean shared = marks.get(0) != null && marks.stream().distinct().count() == 1;
            lines.add(new Line(task.id(), task.name(), marks.stream()
                    .map(m -> new Cell(m == null ? NONE : m.words(), m, shared)).toList()));
        }
        return lines;
    }

    /** How a role takes on a task: carries it out, some also do, or null. */
    static Mark mark(Role role, String taskId) {
        return role.coreTasks().contains(taskId) ? Mark.CORE : role.someTasks().contains(taskId) ? Mark.SOME : null;
    }

    /** Every profile area either role names, the left role's first, with each role's level. */
    static List<Line> profile(List<Role> roles) {
        Set<String> areas = new LinkedHashSet<>();
        roles.forEach(r -> r.profile().forEach(p -> areas.add(p.area())));
        List<Line> lines = new ArrayList<>();
        for (String area : areas) {
            List<String> levels = roles.stream().map(r -> level(r, area)).toList();
            boolean shared = !levels.get(0).equals(NONE) && levels.stream().distinct().count() == 1;
            lines.add(new Line(area, Words.capital(Captions.area(area)),
                    levels.stream().map(l -> new Cell(l, null, shared)).toList()));
        }
        return lines;
    }

    private static String level(Role role, String area) {
        List<String> levels = role.profile().stream().filter(p -> p.area().equals(area))
                .map(Role.ProfileEntry::level).distinct().toList();
        return levels.isEmpty() ? NONE : String.join(", ", levels);
    }

    /** Each role's tools as chips, those both list first (in the left role's order), so that they line up. */
    static List<List<Chip>> tools(KnowledgeBase kb, List<Role> roles) {
        List<String> shared = roles.get(0).toolIds().stream()
                .filter(t -> roles.stream().allMatch(r -> r.toolIds().contains(t))).toList();
        List<List<Chip>> columns = new ArrayList<>();
        for (Role role : roles) {
            List<Chip> chips = new ArrayList<>();
            shared.forEach(t -> chips.add(new Chip(t, kb.name(EntityKind.TOOL, t), true)));
            role.toolIds().stream().filter(t -> !shared.contains(t))
                    .forEach(t -> chips.add(new Chip(t, kb.name(EntityKind.TOOL, t), false)));
            columns.add(chips);
        }
        return columns;
    }

    /** The first {@code limit} chips, and one that says how many more there are. */
    static List<Chip> limit(List<Chip> chips, int limit) {
        if (chips.size() <= limit) {
            return chips;
        }
        List<Chip> shown = new ArrayList<>(chips.subList(0, limit));
        shown.add(new Chip(null, "+" + (chips.size() - limit) + " more", false));
        return shown;
    }
}
