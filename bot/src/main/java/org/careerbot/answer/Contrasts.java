package org.careerbot.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.careerbot.knowledge.Fact;
import org.careerbot.knowledge.KnowledgeBase;
import org.careerbot.knowledge.Role;
import org.careerbot.knowledge.Task;

/**
 * What sets compared roles apart, worked out from the knowledge: first the tasks only some of them carry out, then
 * the sharpest contrasts of their skill profiles and of what the sources state for each of them (code, education,
 * industries), then what the differing tasks are. Nothing here is said of a role that its own facts do not say.
 */
final class Contrasts {
    /** Facts stated for every compared role, in different words: education, code. */
    private static final double STATED_FOR_ALL = 5;
    private static final double TASK_SUMMARY = 3;
    /** Contrasts at least this sharp are worth a sentence of a lead that already names a task difference. */
    static final double CLEAR = TASK_SUMMARY;
    private static final double INDUSTRIES = 1.5;
    /** A longer sentence on who does which task leaves no room in the lead for anything else. */
    private static final int MOST_TASK_WORDS = 40;

    /** More sets of roles than are ever compared in earnest: a bound, so that odd requests cannot grow memory. */
    private static final int KEPT_SETS = 10_000;

    private final KnowledgeBase kb;
    /**
     * The other contrasts of each set of roles compared so far, by their ids: they depend on the knowledge alone,
     * and the same few pairs are compared again and again.
     */
    private final Map<List<String>, List<Contrast>> othersBySet = new java.util.concurrent.ConcurrentHashMap<>();

    Contrasts(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** The task ids some but not all of the roles carry out, in the life cycle's order. */
    List<String> differingTasks(List<Role> rs) {
        return kb.tasks().stream().map(Task::id)
                .filter(t -> rs.stream().anyMatch(r -> r.coreTasks().contains(t))
                        && !rs.stream().allMatch(r -> r.coreTasks().contains(t)))
                .toList();
    }

    /** The sentence on tasks, said first: what one role does that another does not, or what they share. */
    Contrast tasks(List<Role> rs) {
        List<String> sources = rs.stream().flatMap(r -> r.tasks().stream().map(Role.RoleTask::source)).toList();
        if (differingTasks(rs).isEmpty()) {
            List<String> shared = rs.get(0).coreTasks().stream().map(this::task).toList();
            String who = rs.size() == 2 ? "Both" : "All " + rs.size() + " of them";
            return new Contrast("tasks", 0, who + " carry out " + Words.and(shared) + ".", sources);
        }
        return rs.size() == 2 ? pair(rs.get(0), rs.get(1), sources) : several(rs, sources);
    }

    private Contrast pair(Role a, Role b, List<String> sources) {
        List<String> onlyA = only(a, b);
        List<String> onlyB = only(b, a);
        if (!onlyA.isEmpty() && !onlyB.isEmpty()) {
            return new Contrast("tasks", 0, "The " + name(a) + " does " + taskList(onlyA) + ", which the " + name(b)
                    + " does not; the " + name(b) + " does " + taskList(onlyB) + ", which the " + name(a)
                    + " does not.", sources);
        }
        Role more = onlyA.isEmpty() ? b : a;
        Role less = more == a ? b : a;
        List<String> extra = onlyA.isEmpty() ? onlyB : onlyA;
        String text = "The " + name(more) + " also does " + taskList(extra) + "; the " + name(less) + " does not";
        List<String> some = extra.stream().filter(less.someTasks()::contains).toList();
        if (!some.isEmpty()) {
            String which = some.size() == extra.size() ? "do" : "take on " + taskList(some);
            return new Contrast("tasks", 0, text + ", though some in the role " + which + ".", sources);
        }
        Optional<Role.ProfileEntry> needless = ProfileContrasts.needless(less, more);
        if (needless.isEmpty()) {
            return new Contrast("tasks", 0, text + ".", sources);
        }
        List<String> cited = new ArrayList<>(sources);
        cited.add(needless.get().source());
        return new Contrast("profile:" + needless.get().area(), 0,
                text + ", and " + Profiles.phrase(needless.get()) + ".", cited);
    }

    /** Three roles or more: for each differing task, who carries it out ("only the data analyst does ..."). */
    private Contrast several(List<Role> rs, List<String> sources) {
        Map<List<Role>, List<String>> byDoers = new LinkedHashMap<>();
        for (String t : differingTasks(rs)) {
            byDoers.computeIfAbsent(rs.stream().filter(r -> r.coreTasks().contains(t)).toList(),
                    k -> new ArrayList<>()).add(t);
        }
        List<String> clauses = new ArrayList<>();
        byDoers.forEach((doers, ts) -> {
            List<Role> others = rs.stream().filter(r -> !doers.contains(r)).toList();
            if (doers.size() == 1) {
                clauses.add("only the " + name(doers.get(0)) + " does " + taskList(ts));
            } else if (others.size() == 1) {
                clauses.add("the " + name(others.get(0)) + " does no " + Words.or(ts.stream().map(this::task)
                        .toList()));
            } else if (others.size() < doers.size()) {
                clauses.add("all but " + Words.and(others.stream().map(r -> "the " + name(r)).toList()) + " do "
                        + taskList(ts));
            } else {
                clauses.add(Words.and(doers.stream().map(r -> "the " + name(r)).toList()) + " do " + taskList(ts));
            }
        });
        String sentence = Words.capital(String.join("; ", clauses)) + ".";
        if (Brevity.words(sentence) <= MOST_TASK_WORDS) {
            return new Contrast("tasks", 0, sentence, sources);
        }
        // who does what among many roles reads better in the task list than in one long sentence
        List<String> shared = kb.tasks().stream().map(Task::id)
                .filter(t -> rs.stream().allMatch(r -> r.coreTasks().contains(t))).map(this::task).toList();
        String differ = "they differ in " + taskList(differingTasks(rs)) + ".";
        return new Contrast("tasks", 0, shared.isEmpty() ? "These " + rs.size() + " roles " + differ
                : "All " + rs.size() + " carry out " + Words.and(shared) + "; " + differ, sources);
    }

    /** Every other contrast worth saying, the sharpest first. */
    List<Contrast> others(List<Role> rs) {
        List<String> ids = rs.stream().map(Role::id).toList();
        List<Contrast> known = othersBySet.get(ids);
        if (known == null) {
            if (othersBySet.size() >= KEPT_SETS) {
                othersBySet.clear();
            }
            known = List.copyOf(workOutOthers(rs));
            othersBySet.put(ids, known);
        }
        return known;
    }

    private List<Contrast> workOutOthers(List<Role> rs) {
        List<Contrast> out = new ArrayList<>(ProfileContrasts.of(rs));
        stated(rs, "code", Role::codeStyle).ifPresent(out::add);
        stated(rs, "education", Role::education).ifPresent(out::add);
        industries(rs).ifPresent(out::add);
        List<String> differing = differingTasks(rs);
        for (int i = 0; i < differing.size(); i++) {
            Task t = kb.task(differing.get(i)).orElseThrow();
            out.add(new Contrast("task:" + t.id(), TASK_SUMMARY - i * 0.1, t.summary().text(),
                    List.of(t.summary().source())));
        }
        out.sort(Comparator.comparingDouble(Contrast::sharpness).reversed());
        return out;
    }

    /** Facts every role states, in different words: the first of each, in one sentence. */
    private static Optional<Contrast> stated(List<Role> rs, String aspect, Function<Role, List<Fact>> facts) {
        if (rs.stream().anyMatch(r -> facts.apply(r).isEmpty())
                || rs.stream().map(r -> facts.apply(r).get(0).text()).distinct().count() < rs.size()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        for (Role r : rs) {
            String text = facts.apply(r).get(0).text().strip().replaceAll("\\.$", "");
            parts.add(parts.isEmpty() ? text : Words.lower(text));
        }
        return Optional.of(new Contrast(aspect, STATED_FOR_ALL, String.join("; ", parts) + ".",
                rs.stream().map(r -> facts.apply(r).get(0).source()).toList()));
    }

    private Optional<Contrast> industries(List<Role> rs) {
        if (rs.stream().anyMatch(r -> r.industries().isEmpty())) {
            return Optional.empty();
        }
        List<String> parts = rs.stream().map(r -> Words.and(r.industries().stream()
                .map(i -> Words.lower(i.name())).toList()) + " for the " + name(r)).toList();
        return Optional.of(new Contrast("industries", INDUSTRIES, "The sources name " + String.join("; ", parts) + ".",
                rs.stream().flatMap(r -> r.industries().stream().map(Role.Industry::source)).toList()));
    }

    private List<String> only(Role r, Role other) {
        return r.coreTasks().stream().filter(t -> !other.coreTasks().contains(t)).toList();
    }

    private String taskList(List<String> ids) {
        return Words.and(ids.stream().map(this::task).toList());
    }

    private String task(String id) {
        return kb.task(id).map(t -> Words.lower(t.name())).orElse(id);
    }

    private static String name(Role r) {
        return Words.lower(r.name());
    }
}
