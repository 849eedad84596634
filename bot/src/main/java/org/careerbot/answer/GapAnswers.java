package org.careerbot.answer;

import java.util.Comparator;
import java.util.List;
import org.careerbot.knowledge.EntityKind;
import org.careerbot.knowledge.KnowledgeBase;
import org.careerbot.knowledge.Role;
import org.careerbot.model.UnknownRole;
import org.careerbot.model.UnknownTool;

/**
 * Honest answers where the sources are silent: the lead names what is missing, then what related thing the
 * sources do say, if anything, never unrelated passages. Covers subjects the sources lack (salaries, age, visas)
 * and roles they do not describe (MLOps engineer), for which it offers the closest roles they do describe.
 */
final class GapAnswers {
    /** How many tools an answer on a tool the sources lack offers instead. */
    private static final int LISTED_TOOLS = 5;
    private final KnowledgeBase kb;
    private final RoleAnswers roles;
    private final TopicAnswers topics;

    GapAnswers(KnowledgeBase kb, RoleAnswers roles, TopicAnswers topics) {
        this.kb = kb;
        this.roles = roles;
        this.topics = topics;
    }

    /** A subject the sources say nothing about, with what they say nearby. */
    void gap(Draft d, String gap, List<Role> named, String related) {
        d.uncovered().title("Not in the sources: " + gap);
        String missing = "The sources say nothing about " + gap + ".";
        switch (related) {
            case "outlook" -> d.lead(missing + " " + topics.shortage(d)).section("What they do say",
                    topics.tipLine(d));
            case "tips" -> d.lead(missing + " " + topics.foundationTip(d));
            case "skills" -> d.lead(missing + (named.isEmpty() ? " They do describe the skills each role needs."
                    : " They do describe what " + RoleAnswers.the(named.get(0)) + " needs: "
                    + Words.lower(skillsOf(d, named.get(0)))));
            case "industries" -> d.lead(missing + " " + roles.industriesKnownLine(d));
            case "communication" -> d.lead(missing + " What they do say of working with people: "
                    + Words.lower(kb.skill("communication").flatMap(k -> k.notes().stream().findFirst())
                    .map(d::use).orElse("the level of communication skills each role needs varies among teams.")));
            default -> d.lead(missing + (named.isEmpty() ? " They describe the roles of an AI team, their tasks, "
                    + "skills and tools." : " They do describe " + RoleAnswers.the(named.get(0)) + ": "
                    + Words.lower(d.use(named.get(0).summary()))));
        }
        d.followUp("What they cover", "help");
        named.stream().findFirst().ifPresent(r -> d.followUp("About the " + Words.lower(r.name()),
                "What does " + Words.a(r.name()) + " do?"));
    }

    /** Tools the sources do not name: say so, and offer the tools they list for the work it is used for. */
    void unknownTools(Draft d, List<UnknownTool> unknown) {
        UnknownTool t = unknown.get(0);
        d.uncovered().title("Not in the sources: " + t.name());
        String missing = "The sources don't name " + Words.and(unknown.stream().map(UnknownTool::name).toList())
                + (unknown.size() > 1 ? "; they rank no tool above another." : ".");
        List<String> listed = toolsFor(d, t.tasks());
        d.lead(missing + (listed.isEmpty() ? " They list tools by role: ask me for the tools of one."
                : " For " + Words.and(t.tasks().stream().map(roles::taskName).toList()) + ", the work it is used for,"
                + " they list " + Words.and(listed) + "."));
        d.followUp("Tools of a data scientist", "What tools does a data scientist use?", "role.tools");
    }

    /** The tools the roles' tool lists give for these tasks, most listed first. */
    private List<String> toolsFor(Draft d, List<String> tasks) {
        java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
        kb.roles().forEach(r -> r.tools().stream().filter(g -> g.tasks().stream().anyMatch(tasks::contains))
                .forEach(g -> {
                    d.cite(g.source());
                    g.tools().forEach(x -> counts.merge(x, 1L, Long::sum));
                }));
        return counts.entrySet().stream().sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(LISTED_TOOLS).map(e -> kb.name(EntityKind.TOOL, e.getKey())).toList();
    }

    /** Roles the sources do not describe: say so, and offer the closest described roles by the work named. */
    void unknownRoles(Draft d, List<UnknownRole> unknown) {
        UnknownRole u = unknown.get(0);
        d.uncovered().title("Not in the sources: " + Words.a(u.name()));
        StringBuilder lead = new StringBuilder("The sources don't describe " + Words.and(unknown.stream()
                .map(r -> Words.a(r.name())).toList()) + ".");
        List<Role> titled = kb.rolesTitled(u.name());
        if (!titled.isEmpty()) {
            titled.forEach(r -> r.titles().stream().filter(t -> Words.key(t.title()).equals(Words.key(u.name())))
                    .forEach(t -> d.cite(t.source())));
            lead.append(" They list \"").append(u.name()).append("\" as one of the titles of the ")
                    .append(Words.and(titled.stream().map(r -> Words.lower(r.name())).toList())).append('.');
        }
        List<Role> closest = closest(u.tasks());
        if (!closest.isEmpty()) {
            List<String> work = u.tasks().stream().map(roles::taskName).toList();
            lead.append(" For ").append(Words.and(work)).append(", the work its name points to, they describe the ")
                    .append(Words.and(closest.stream().map(r -> Words.lower(r.name())).toList())).append('.');
            closest.forEach(r -> d.followUp(r.name(), "What does " + Words.a(r.name()) + " do?"));
        } else {
            lead.append(" They describe nine roles; ask me for the list, or about the work you have in mind.");
            d.followUp("The roles", "What roles are there in an AI team?");
        }
        d.lead(lead.toString());
        u.tasks().forEach(t -> kb.task(t).ifPresent(task -> d.section(task.name(), List.of(d.use(task.summary())))));
        closest.forEach(r -> d.section(r.name(), List.of(d.use(r.summary()))));
    }

    /** Roles that carry out all the tasks, those with the fewest other tasks first; at most three. */
    private List<Role> closest(List<String> tasks) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        return kb.roles().stream().filter(r -> r.coreTasks().containsAll(tasks))
                .sorted(Comparator.comparingInt((Role r) -> r.coreTasks().size())
                        .thenComparing(r -> r.variantOf() != null))
                .limit(3).toList();
    }

    private static String skillsOf(Draft d, Role r) {
        return r.profile().stream().findFirst().map(p -> RoleAnswers.cite(d, p.text(), p.source()))
                .orElse("its skill profile.");
    }
}
