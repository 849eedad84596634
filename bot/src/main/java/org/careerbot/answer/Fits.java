package org.careerbot.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.careerbot.knowledge.Fact;
import org.careerbot.knowledge.KnowledgeBase;
import org.careerbot.knowledge.Role;
import org.careerbot.knowledge.Skill;
import org.careerbot.knowledge.Task;

/**
 * Weighs one role against what a person likes and would rather avoid, from the role's tasks, skill profile, tools
 * and own statements only. What they avoid counts against a role only where its core tasks or its profile need
 * it; a task that merely touches it costs a little.
 */
final class Fits {
    /** A skill that more than this share of a task's work involves is something the task needs. */
    private static final double NEEDED_SHARE = 0.5;
    private static final double TASK_POINTS = 2;
    /** A liked task counts more for a role that does few tasks: it is more of that role's work. */
    private static final double FOCUS_POINTS = 4;
    private static final double NAMED_ROLE = 3;
    private static final double TOOL_POINTS = 2;
    private static final double STATED_POINTS = 2;
    private static final double SLIGHT = 0.5;
    /** A liked skill that most of one of the role's tasks involves. */
    private static final double NEEDED_POINTS = 1.5;
    private static final int DISTINCT_ROLES = 2;
    private static final double DESCRIBED_POINTS = 1.5;

    /** Which few roles' own statements speak of a skill ("a research environment"), by skill id. */
    private final Map<String, Set<String>> statedBy = new HashMap<>();
    private final KnowledgeBase kb;
    private final RoleWords roleWords;

    Fits(KnowledgeBase kb) {
        this.kb = kb;
        this.roleWords = new RoleWords(kb);
        for (Skill skill : kb.skills()) {
            String name = skill.name().toLowerCase(Locale.ROOT);
            Set<String> roles = kb.roles().stream()
                    .filter(r -> statements(r).map(this::withoutRoleNames).anyMatch(x -> x.contains(name)))
                    .map(Role::id).collect(Collectors.toSet());
            // a skill most roles' statements name ("machine learning") tells none of them apart
            if (roles.size() <= DISTINCT_ROLES) {
                statedBy.put(skill.id(), roles);
            }
        }
    }

    RoleFit of(Role r, List<Wish> wishes) {
        Tally t = new Tally(r);
        for (Wish w : wishes) {
            switch (w.kind()) {
                case TASK -> task(t, w);
                case SKILL -> skill(t, w);
                case TOOL -> tool(t, w);
                case ROLE -> role(t, w);
                case AREA -> Profiles.entries(r).stream().filter(p -> p.area().equals(w.id())).findFirst()
                        .ifPresent(p -> profile(t, w, p));
                case WORDS -> described(t, w);
            }
        }
        return t.fit();
    }

    private void task(Tally t, Wish w) {
        Optional<Role.RoleTask> rt = t.role.tasks().stream().filter(x -> x.task().equals(w.id())).findFirst();
        String name = taskName(w.id());
        rt.ifPresent(x -> t.sources.add(x.source()));
        if (rt.isEmpty()) {
            if (w.dislike()) {
                t.waived.add("does no " + name);
            }
        } else if (!rt.get().core()) {
            t.score += w.dislike() ? -SLIGHT : 1;
            if (w.dislike()) {
                t.minor.add("some in the role take on " + name);
            } else {
                t.liked.add(w.words());
            }
        } else if (w.dislike()) {
            t.conflict += TASK_POINTS + 1;
            t.needs.add("it does " + name);
        } else {
            t.score += TASK_POINTS + FOCUS_POINTS / t.role.coreTasks().size();
            t.liked.add(w.words());
        }
    }

    private void skill(Tally t, Wish w) {
        Profiles.entries(t.role).stream().filter(p -> w.id().equals(p.skill())).findFirst()
                .ifPresent(p -> profile(t, w, p));
        for (String taskId : t.role.coreTasks()) {
            kb.task(taskId).ifPresent(task -> skillInTask(t, w, task));
        }
        if (statedBy.getOrDefault(w.id(), Set.of()).contains(t.role.id())) {
            t.score += w.dislike() ? -SLIGHT : STATED_POINTS;
            if (!w.dislike()) {
                t.liked.add(w.words());
            }
        }
    }

    /** A skill that the role's task needs (most of its work involves it) or touches. */
    private void skillInTask(Tally t, Wish w, Task task) {
        List<Task.Subtask> involving = task.subtasks().stream().filter(s -> s.skills().contains(w.id())).toList();
        if (involving.isEmpty()) {
            return;
        }
        boolean needed = involving.size() > NEEDED_SHARE * task.subtasks().size();
        if (w.dislike() && needed) {
            t.conflict += TASK_POINTS;
            t.needs.add("its " + Words.lower(task.name()) + " involves " + w.words());
            t.sources.add(involving.get(0).source());
        } else if (w.dislike() && !waives(t.role, w.id())) {
            // the profile's own word ("they don't need algorithmic coding") is the role's, not the task's
            t.score -= SLIGHT;
            t.minor.add("its " + Words.lower(task.name()) + " also involves " + w.words());
            t.sources.add(involving.get(0).source());
        } else if (!w.dislike()) {
            t.score += needed ? NEEDED_POINTS : SLIGHT;
            t.liked.add(w.words());
        }
    }

    /** Whether the role's profile says it does not need the skill. */
    private static boolean waives(Role r, String skillId) {
        return Profiles.entries(r).stream().anyMatch(p -> skillId.equals(p.skill()) && Profiles.notNeeded(p));
    }

    /** What the role's profile says of a skill or area the person named. */
    private static void profile(Tally t, Wish w, Role.ProfileEntry p) {
        int rank = Profiles.rank(p.level());
        t.sources.add(p.source());
        if (Profiles.notNeeded(p)) {
            t.score += w.dislike() ? TASK_POINTS : -TASK_POINTS;
            if (w.dislike()) {
                t.waived.add(Profiles.phrase(p));
            }
        } else if (w.dislike() && rank >= 2) {
            t.conflict += rank;
            t.needs.add("it " + Profiles.phrase(p));
        } else if (w.dislike()) {
            t.score -= SLIGHT;
        } else if (rank != Profiles.UNRANKED) {
            // a level that varies among teams says nothing of whether the role fits
            t.score += rank;
            t.liked.add(w.words());
            t.strengths.add(Profiles.phrase(p));
        }
    }

    /** Their own words that the sources use to describe the role, and few others. */
    private void described(Tally t, Wish w) {
        for (String phrase : roleWords.describing(t.role, w.words())) {
            t.score += w.dislike() ? -SLIGHT : DESCRIBED_POINTS;
            if (!w.dislike()) {
                t.liked.add(phrase);
            }
        }
    }

    private static void tool(Tally t, Wish w) {
        List<Role.ToolGroup> groups = t.role.tools().stream().filter(g -> g.tools().contains(w.id())).toList();
        if (!groups.isEmpty()) {
            t.sources.add(groups.get(0).source());
            t.score += w.dislike() ? -SLIGHT : TOOL_POINTS;
            if (!w.dislike()) {
                t.liked.add(w.words());
            }
        }
    }

    private static void role(Tally t, Wish w) {
        if (!w.id().equals(t.role.id())) {
            return;
        }
        if (w.dislike()) {
            t.conflict += NAMED_ROLE;
            t.needs.add("it is the role you said you'd rather not take");
        } else {
            t.score += NAMED_ROLE;
            t.named = true;
        }
    }

    /** What the sources say of the role in its own words: its definition, team fit and tool groups. */
    private static Stream<String> statements(Role r) {
        return Stream.of(r.definition().stream().map(Fact::text), r.team().stream().map(Fact::text),
                r.tools().stream().map(Role.ToolGroup::group)).flatMap(s -> s).map(s -> s.toLowerCase(Locale.ROOT));
    }

    /** The statement without role names: "machine learning engineers ..." says nothing of machine learning. */
    private String withoutRoleNames(String statement) {
        String out = statement;
        for (Role r : kb.roles()) {
            out = out.replace(r.name().toLowerCase(Locale.ROOT), " ");
        }
        return out;
    }

    private String taskName(String id) {
        return kb.task(id).map(x -> Words.lower(x.name())).orElse(id);
    }

    /** The running count for one role. */
    private static final class Tally {
        private final Role role;
        private double score;
        private double conflict;
        private boolean named;
        private final Set<String> liked = new LinkedHashSet<>();
        private final Set<String> waived = new LinkedHashSet<>();
        private final Set<String> strengths = new LinkedHashSet<>();
        private final Set<String> needs = new LinkedHashSet<>();
        private final Set<String> minor = new LinkedHashSet<>();
        private final Set<String> sources = new LinkedHashSet<>();

        Tally(Role role) {
            this.role = role;
        }

        RoleFit fit() {
            return new RoleFit(role, score, conflict, named, new ArrayList<>(liked), new ArrayList<>(waived),
                    new ArrayList<>(strengths), new ArrayList<>(needs), new ArrayList<>(minor),
                    new ArrayList<>(sources));
        }
    }
}
