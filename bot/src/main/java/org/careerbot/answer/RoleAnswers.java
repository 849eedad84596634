package org.careerbot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.careerbot.knowledge.KnowledgeBase;
import org.careerbot.knowledge.Role;
import org.careerbot.knowledge.Task;

/** Answers about one role: what it is, its tasks, skills, titles, team fit, education and industries. */
final class RoleAnswers {
    private final KnowledgeBase kb;
    private final Silence silence;

    RoleAnswers(KnowledgeBase kb) {
        this.kb = kb;
        this.silence = new Silence(kb);
    }

    void define(Draft d, Role r) {
        d.title(r.name()).lead(d.use(r.summary()));
        // the definition often opens with the summary's sentence: say it once
        d.section("What it is", r.definition().stream().map(f -> {
            String text = d.use(f);
            return text.startsWith(r.summary().text()) ? text.substring(r.summary().text().length()).strip() : text;
        }).filter(t -> !t.isEmpty()).toList());
        d.section("Tasks it carries out", taskLines(d, r));
        d.section("Skill profile", r.profile().stream().map(p -> cite(d, p.text(), p.source())).toList());
        d.facts("Code", r.codeStyle());
        d.facts("Team fit", r.team().stream().limit(3).toList());
        d.section("Also called", List.of(titleList(d, r)));
        followUps(d, r);
    }

    void tasks(Draft d, Role r, List<String> askedTasks) {
        d.title("Tasks of the " + Words.lower(r.name()));
        List<String> core = r.coreTasks().stream().map(this::taskName).toList();
        String lead = Words.capital(the(r)) + " carries out " + Words.and(core) + ".";
        for (String asked : askedTasks) {
            lead += " " + premise(r, asked);
        }
        d.lead(lead);
        d.section("Tasks", taskLines(d, r));
        d.section("Not among its tasks", kb.tasks().stream().filter(t -> !r.coreTasks().contains(t.id()))
                .map(t -> Words.lower(t.name()) + (r.someTasks().contains(t.id()) ? " (only some take it on)" : ""))
                .toList());
        d.facts("Responsibilities", r.responsibilities());
        followUps(d, r);
    }

    /** Whether the role carries out a task the question assumed; the sources' correction where it does not. */
    String premise(Role r, String taskId) {
        String task = taskName(taskId);
        if (r.coreTasks().contains(taskId)) {
            return Words.capital(task) + " is one of its tasks.";
        }
        Optional<Role.RoleTask> some = r.tasks().stream().filter(t -> t.task().equals(taskId)).findFirst();
        if (some.isPresent()) {
            return "It is not one of its core tasks, but: " + some.get().text();
        }
        return Words.capital(task) + " is not among its tasks in the sources: it carries out "
                + Words.and(r.coreTasks().stream().map(this::taskName).toList()) + ".";
    }

    void titles(Draft d, Role r) {
        d.title("Other titles for the " + Words.lower(r.name()));
        d.lead("Companies may refer to " + the(r) + " as " + titleList(d, r) + ", and other titles.");
        List<String> shared = new ArrayList<>();
        for (Role.Title t : r.titles()) {
            List<String> others = kb.rolesTitled(t.title()).stream().filter(o -> !o.id().equals(r.id()))
                    .map(o -> Words.lower(o.name())).toList();
            if (!others.isEmpty()) {
                shared.add("\"" + t.title() + "\" is also used for the " + Words.and(others));
            }
        }
        d.section("Titles shared with other roles", shared);
        followUps(d, r);
    }

    void team(Draft d, Role r) {
        d.title("The " + Words.lower(r.name()) + " in a team");
        if (r.team().isEmpty()) {
            d.lead(silence.about(r, "team fit"));
        } else {
            d.lead(d.use(r.team().get(0)));
            d.facts("Team fit", r.team().subList(1, r.team().size()));
        }
        kb.topic("team-building").ifPresent(t -> d.facts("Building an AI team", t.facts()));
        followUps(d, r);
    }

    void education(Draft d, Role r) {
        d.title("Education of the " + Words.lower(r.name()));
        if (r.education().isEmpty()) {
            d.lead(silence.about(r, "education or degrees"));
            silence.nearest(d, r);
        } else {
            d.lead(d.use(r.education().get(0)));
            d.facts("Education", r.education().subList(1, r.education().size()));
        }
        followUps(d, r);
    }

    void industries(Draft d, Role r) {
        d.title("Industries that employ the " + Words.lower(r.name()));
        if (r.industries().isEmpty()) {
            d.lead(silence.about(r, "industries"));
            silence.nearest(d, r);
        } else {
            d.lead("The sources name these industries for " + the(r) + ":");
            d.section("Industries", r.industries().stream().map(i -> cite(d,
                    i.name() + (i.detail() == null ? "" : " (" + i.detail() + ")"), i.source())).toList());
        }
        followUps(d, r);
    }

    List<String> taskLines(Draft d, Role r) {
        List<String> lines = new ArrayList<>();
        for (Role.RoleTask t : r.tasks()) {
            d.cite(t.source());
            Optional<Task> task = kb.task(t.task());
            String summary = task.map(x -> " - " + d.use(x.summary())).orElse("");
            lines.add(t.core() ? taskName(t.task()) + summary : "Some also do " + taskName(t.task()) + ": " + t.text());
        }
        return lines;
    }

    String titleList(Draft d, Role r) {
        r.titles().forEach(t -> d.cite(t.source()));
        return Words.and(r.titles().stream().map(Role.Title::title).toList());
    }

    String taskName(String id) {
        return kb.task(id).map(t -> Words.lower(t.name())).orElse(id);
    }

    static String the(Role r) {
        return "the " + Words.lower(r.name());
    }

    static String cite(Draft d, String text, String source) {
        d.cite(source);
        return text;
    }

    void followUps(Draft d, Role r) {
        String a = Words.a(r.name());
        d.followUp("Skills", "What skills does " + a + " need?");
        d.followUp("Tools", "What tools does " + a + " use?");
        d.followUp("Tasks", "Which tasks does " + a + " carry out?");
        related(r).ifPresent(o -> d.followUp("Compare with " + Words.lower(o.name()),
                "Compare the " + Words.lower(r.name()) + " and the " + Words.lower(o.name())));
        d.followUp("Titles", "What other titles does " + a + " have?");
    }

    /** The role most worth comparing with: its base or variant, or the first role sharing most tasks. */
    Optional<Role> related(Role r) {
        if (r.variantOf() != null) {
            return kb.role(r.variantOf());
        }
        Optional<Role> variant = kb.roles().stream().filter(o -> r.id().equals(o.variantOf())).findFirst();
        return variant.isPresent() ? variant : kb.roles().stream().filter(o -> !o.id().equals(r.id())).findFirst();
    }
}
