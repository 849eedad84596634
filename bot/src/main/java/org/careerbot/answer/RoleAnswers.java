package org.careerbot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.careerbot.knowledge.EntityKind;
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

    /** What the role is: its tasks and skill profile first, then what sets it apart, its team, tools and titles. */
    void define(Draft d, Role r) {
        d.title(r.name());
        List<Role.ProfileEntry> profile = r.profile();
        String head = profile.isEmpty() ? "" : cite(d, profile.get(0).text(), profile.get(0).source());
        d.lead(d.use(r.summary()) + " " + head + " " + distinctive(d, r, head));
        List<String> glance = new ArrayList<>();
        // at a glance, a definition says its first sentence; the rest follows under "What it is"
        r.definition().stream().skip(1).findFirst().map(d::use).map(t -> Brevity.sentences(t).get(0))
                .ifPresent(glance::add);
        String rest = String.join(" ", profile.stream().skip(1).map(p -> cite(d, p.text(), p.source()))
                .filter(t -> !t.equals(head)).distinct().toList());
        if (!rest.isBlank()) {
            // what the profile adds, and what the role focuses on: its first two sentences
            glance.add(String.join(" ", Brevity.sentences(rest).stream().limit(2).toList()));
        }
        ownTeam(r).stream().findFirst().map(d::use).ifPresent(glance::add);
        if (!r.toolIds().isEmpty()) {
            glance.add("Tools: " + Words.and(r.toolIds().stream().map(t -> kb.name(EntityKind.TOOL, t)).toList())
                    + ".");
        }
        if (!otherTitles(r).isEmpty()) {
            glance.add("Also called: " + titleList(d, r) + ".");
        }
        d.section("In short", glance);
        d.section("What it is", r.definition().stream().skip(1).map(d::use).toList());
        d.section("Skill profile", rest.isBlank() ? List.of() : List.of(rest));
        d.section("Tasks it carries out", taskLines(d, r));
        d.facts("Code", r.codeStyle());
        d.facts("Team fit", ownTeam(r).stream().skip(1).toList());
        followUps(d, r);
    }

    /**
     * The sentence that best sets the role apart, for the lead: the sources' own definition of it (a section
     * named "Definitions"), else where they say it fits best, else the next line of its skill profile that is not
     * about communication or about another role.
     */
    private String distinctive(Draft d, Role r, String head) {
        for (org.careerbot.knowledge.Fact f : r.definition()) {
            if (f.source().endsWith("#Definitions")) {
                d.cite(f.source());
                return Brevity.sentences(f.text()).get(0);
            }
        }
        Optional<org.careerbot.knowledge.Fact> fit = ownTeam(r).stream()
                .filter(f -> FIT.matcher(f.text()).find()).findFirst();
        if (fit.isPresent()) {
            return d.use(fit.get());
        }
        return r.profile().stream().filter(p -> !p.text().equals(head) && !p.text().startsWith("Communication")
                        && !p.text().startsWith("Compared to")).findFirst()
                .map(p -> cite(d, p.text(), p.source())).orElse("");
    }

    /**
     * How the sources say where a role fits best ("the go-to role for start-ups", "their fullest potential in a
     * research environment", "versatile individuals"): after its definition, what sets a role apart most.
     */
    private static final java.util.regex.Pattern FIT = java.util.regex.Pattern.compile(
            "(?i)\\bgo-to role\\b|\\bfullest potential\\b|\\bversatile\\b");

    void tasks(Draft d, Role r, List<String> askedTasks) {
        d.title("Tasks of the " + Words.lower(r.name()));
        List<String> core = r.coreTasks().stream().map(this::taskName).toList();
        List<String> not = kb.tasks().stream().filter(t -> !r.coreTasks().contains(t.id()))
                .map(t -> Words.lower(t.name())).toList();
        String lead = Words.capital(the(r)) + " carries out " + Words.and(core)
                + (not.isEmpty() ? "." : ", not " + Words.or(not) + ".");
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
            return Words.capital(task) + " is not one of its core tasks, but " + Words.lower(some.get().text());
        }
        return Words.capital(task) + " is not among its tasks in the sources: it carries out "
                + Words.and(r.coreTasks().stream().map(this::taskName).toList()) + ".";
    }

    void titles(Draft d, Role r) {
        d.title("Other titles for the " + Words.lower(r.name()));
        d.lead("Companies may call " + the(r) + " " + titleList(d, r) + ", and other titles.");
        List<String> shared = new ArrayList<>();
        for (Role.Title t : otherTitles(r)) {
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
        List<org.careerbot.knowledge.Fact> own = ownTeam(r);
        if (own.isEmpty()) {
            d.uncovered().lead(silence.about(r, "team fit"));
        } else {
            d.lead(String.join(" ", own.stream().limit(2).map(d::use).toList()));
            d.facts("Team fit", own.subList(Math.min(2, own.size()), own.size()));
        }
        kb.topic("team-building").ifPresent(t -> d.facts("Building an AI team", t.facts()));
        followUps(d, r);
    }

    void education(Draft d, Role r) {
        d.title("Education of the " + Words.lower(r.name()));
        if (r.education().isEmpty()) {
            d.uncovered().lead(silence.about(r, "education or degrees") + " " + silence.educationKnown(d)
                    .replace("The sources describe", "They describe"));
            silence.furtherEducation(d);
        } else {
            d.lead(String.join(" ", r.education().stream().map(d::use).toList()));
            silence.furtherEducation(d);
        }
        followUps(d, r);
    }

    void industries(Draft d, Role r) {
        d.title("Industries that employ the " + Words.lower(r.name()));
        if (r.industries().isEmpty()) {
            d.uncovered().lead(silence.about(r, "industries") + " " + silence.industriesKnown(d));
        } else {
            d.lead("The sources name " + Words.and(r.industries().stream().map(i -> cite(d, Words.lower(i.name()),
                    i.source())).toList()) + " for " + the(r) + ".");
            d.section("Industries", r.industries().stream().map(i -> cite(d,
                    i.name() + (i.detail() == null ? "" : " (" + i.detail() + ")"), i.source())).toList());
        }
        followUps(d, r);
    }

    /** Degrees asked about with no role: what the sources say of any role, and their advice. */
    void educationGeneral(Draft d) {
        d.title("Education for AI roles");
        d.lead(silence.educationKnown(d) + " " + silence.furtherEducationLine(d));
        kb.roles().stream().filter(r -> r.education().size() > 1) // the first is in the lead already
                .forEach(r -> d.facts(r.name(), r.education().subList(1, r.education().size())));
        d.followUp("Skills", "What skills does a data scientist need?");
    }

    /** Industries asked about with no role: the roles the sources name industries for. */
    void industriesGeneral(Draft d) {
        d.title("Industries that employ AI roles");
        d.lead(industriesKnownLine(d));
        kb.roles().stream().filter(r -> !r.industries().isEmpty()).forEach(r -> d.section(r.name(),
                r.industries().stream().map(i -> cite(d, i.name() + (i.detail() == null ? "" : " (" + i.detail()
                        + ")"), i.source())).toList()));
    }

    /** "The sources name industries only for ..." */
    String industriesKnownLine(Draft d) {
        return silence.industriesKnown(d).replace("They name", "The sources name");
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
        otherTitles(r).forEach(t -> d.cite(t.source()));
        return Words.and(otherTitles(r).stream().map(Role.Title::title).toList());
    }

    /** The role's titles other than its own name, which the sources list too ("machine learning engineer"). */
    static List<Role.Title> otherTitles(Role r) {
        String own = Words.key(r.name());
        return r.titles().stream().filter(t -> !Words.key(t.title()).equals(own)).toList();
    }

    /**
     * The role's team facts that no other role shares: the general remarks on building a team that every article
     * repeats say nothing of this role.
     */
    List<org.careerbot.knowledge.Fact> ownTeam(Role r) {
        return r.team().stream().filter(f -> kb.roles().stream().filter(o -> o.team().stream()
                .anyMatch(x -> x.text().equals(f.text()))).count() <= 1).toList();
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
        d.followUp("Skills", "What skills does " + a + " need?", "role.skills");
        d.followUp("Tools", "What tools does " + a + " use?", "role.tools");
        related(r).ifPresent(o -> d.followUp("Compare with " + Words.lower(o.name()),
                "Compare the " + Words.lower(r.name()) + " and the " + Words.lower(o.name()), "role.compare"));
        d.followUp("Tasks", "Which tasks does " + a + " carry out?", "role.tasks");
        d.followUp("Titles", "What other titles does " + a + " have?", "role.titles");
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
