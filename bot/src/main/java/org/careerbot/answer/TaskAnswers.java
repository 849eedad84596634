package org.careerbot.answer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careerbot.knowledge.EntityKind;
import org.careerbot.knowledge.KnowledgeBase;
import org.careerbot.knowledge.Role;
import org.careerbot.knowledge.Task;

/** Answers about a task of the AI project life cycle: what it is, the work it includes, who does it, its skills. */
final class TaskAnswers {
    private final KnowledgeBase kb;

    TaskAnswers(KnowledgeBase kb) {
        this.kb = kb;
    }

    void define(Draft d, Task t) {
        d.title(t.name()).lead(d.use(t.summary()));
        List<Role> core = kb.rolesFor(t.id(), false);
        List<String> glance = new java.util.ArrayList<>(t.description().stream().limit(1).map(d::use).toList());
        glance.add("It includes " + Words.and(t.subtasks().stream().map(s -> Words.lower(RoleAnswers.cite(d,
                s.name(), s.source()))).toList()) + ".");
        if (!core.isEmpty()) {
            glance.add("Carried out by the " + Words.and(core.stream().map(r -> Words.lower(r.name())).toList())
                    + ".");
        }
        d.section("In short", glance);
        d.facts("In more detail", t.description().stream().skip(1).toList());
        d.section("Roles that carry it out", roleNames(d, t));
        followUps(d, t);
    }

    /**
     * The work a task includes; when the question names one kind of it ("examples of A/B tests in business
     * analysis"), that kind first, then the rest.
     */
    void subtasks(Draft d, Task t, java.util.Optional<Task.Subtask> asked) {
        d.title("What " + Words.lower(t.name()) + " includes");
        if (asked.isPresent()) {
            d.cite(asked.get().source());
            d.lead(work(t, asked.get()));
            d.section("Also part of " + Words.lower(t.name()), t.subtasks().stream()
                    .filter(s -> !s.equals(asked.get())).map(s -> s.name()).toList());
            followUps(d, t);
            return;
        }
        d.lead(Words.capital(Words.lower(t.name())) + " work includes " + Words.and(t.subtasks().stream()
                .map(s -> Words.lower(RoleAnswers.cite(d, s.name(), s.source()))).toList()) + ".");
        d.section("Examples", t.subtasks().stream().map(s -> {
            d.cite(s.source());
            return s.name() + ": " + Words.lower(s.examples().get(0)) + ".";
        }).toList());
        d.facts("About it", t.description().stream().limit(2).toList());
        d.section("Subtasks in full, with their skills", t.subtasks().stream().map(s -> {
            d.cite(s.source());
            String note = s.note() == null ? "" : " " + s.note();
            return s.name() + ": " + String.join("; ", s.examples()) + ". Skills: " + s.skillsText() + "." + note;
        }).toList());
        followUps(d, t);
    }

    /**
     * One kind of work in a sentence or three: the task it belongs to, the sources' examples, the skills it
     * involves and the sources' remark on it.
     */
    static String work(Task t, Task.Subtask s) {
        List<String> skills = java.util.Arrays.stream(s.skillsText() == null ? new String[0]
                : s.skillsText().split(",\\s*(?![^()]*\\))")).filter(x -> !x.isBlank()).map(Words::lower).toList();
        return "In the sources, " + Words.lower(s.name()) + " is part of " + Words.lower(t.name()) + ": "
                + String.join("; ", s.examples().stream().map(Words::lower).toList()) + "."
                + (skills.isEmpty() ? "" : " It involves " + Words.and(skills) + ".")
                + (s.note() == null ? "" : " " + s.note());
    }

    void roles(Draft d, Task t) {
        d.title("Who does " + Words.lower(t.name()));
        List<Role> core = kb.rolesFor(t.id(), false);
        d.lead(core.isEmpty() ? "No role carries out " + Words.lower(t.name()) + " as a core task in the sources."
                : Words.capital(Words.lower(t.name())) + " is carried out by the "
                + Words.and(core.stream().map(r -> Words.lower(r.name())).toList()) + ".");
        d.section("Roles", roleNames(d, t));
        d.section("Roles that don't carry it out", kb.roles().stream()
                .filter(r -> r.tasks().stream().noneMatch(x -> x.task().equals(t.id())))
                .map(r -> r.name() + " (carries out " + Words.and(r.coreTasks().stream()
                        .map(x -> kb.task(x).map(k -> Words.lower(k.name())).orElse(x)).toList()) + ")").toList());
        followUps(d, t);
    }

    void skills(Draft d, Task t, List<String> askedSkills) {
        d.title("Skills for " + Words.lower(t.name()));
        d.lead(t.skills().isEmpty() ? "The sources name the skills of " + Words.lower(t.name())
                + " only in its subtasks." : String.join(" ", t.skills().stream().map(d::use).toList()));
        Map<String, Integer> counts = new LinkedHashMap<>();
        t.subtasks().forEach(s -> {
            d.cite(s.source());
            s.skills().forEach(k -> counts.merge(k, 1, Integer::sum));
        });
        d.section("Skills involved in its subtasks", counts.entrySet().stream()
                .sorted((a, b) -> b.getValue() - a.getValue())
                .map(e -> kb.name(EntityKind.SKILL, e.getKey()) + ": " + e.getValue() + " of "
                        + Words.count(t.subtasks().size(), "subtask")).toList());
        for (String skill : askedSkills) {
            d.section("Subtasks that involve " + Words.lower(kb.name(EntityKind.SKILL, skill)), t.subtasks().stream()
                    .filter(s -> s.skills().contains(skill)).map(s -> s.name() + " (" + s.skillsText() + ")").toList());
        }
        followUps(d, t);
    }

    private List<String> roleNames(Draft d, Task t) {
        return kb.rolesFor(t.id(), true).stream().map(r -> {
            Role.RoleTask rt = r.tasks().stream().filter(x -> x.task().equals(t.id())).findFirst().orElseThrow();
            d.cite(rt.source());
            return rt.core() ? r.name() : r.name() + " (some of them): " + rt.text();
        }).toList();
    }

    private static void followUps(Draft d, Task t) {
        String name = Words.lower(t.name());
        d.followUp("What it includes", "What does " + name + " include?", "task.subtasks");
        d.followUp("Who does it", "Which roles do " + name + "?", "task.roles");
        d.followUp("Skills", "What skills does " + name + " need?", "task.skills");
        d.followUp("Life cycle", "How does the AI project life cycle work?", "lifecycle");
    }
}
