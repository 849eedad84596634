package org.careerbot.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careerbot.knowledge.EntityKind;
import org.careerbot.knowledge.KnowledgeBase;
import org.careerbot.knowledge.Role;

/** A role's skills and tools, including questions about one skill, one tool or one task of the role. */
final class RoleProfileAnswers {
    private final KnowledgeBase kb;
    private final RoleAnswers roles;

    RoleProfileAnswers(KnowledgeBase kb, RoleAnswers roles) {
        this.kb = kb;
        this.roles = roles;
    }

    /** How many skills named at once make a list of guesses rather than one skill asked about. */
    private static final int LISTED = 3;

    void skills(Draft d, Role r, List<String> askedSkills) {
        d.title("Skills of the " + Words.lower(r.name()));
        List<String> lead = new ArrayList<>();
        // "math, statistics, machine learning... and what else?" lists guesses: the role's own profile answers it
        for (String skill : askedSkills.size() >= LISTED ? List.<String>of() : askedSkills) {
            lead.add(aboutSkill(d, r, skill));
        }
        if (lead.isEmpty()) {
            List<String> needs = needs(d, r);
            lead.add(String.join(" ", r.profile().stream().map(p -> RoleAnswers.cite(d, p.text(), p.source()))
                    .filter(t -> !t.startsWith("Communication")).distinct().limit(needs.isEmpty() ? 2 : 1)
                    .toList()));
            if (!needs.isEmpty()) { // the comparison article lists what the role needs: its first three in the lead
                lead.add("They also need " + Words.and(needs) + ".");
            }
        }
        d.lead(String.join(" ", lead));
        d.facts("What the sources list", r.skillFacts());
        d.section("Skill profile", r.profile().stream().map(p -> RoleAnswers.cite(d, p.text(), p.source())).toList());
        d.facts("Code", r.codeStyle());
        d.section("Skills involved in the tasks it carries out", taskSkills(d, r));
        roles.followUps(d, r);
    }

    /** How many of the listed needs the lead names. */
    private static final int LEAD_NEEDS = 3;

    /**
     * What the role's skill list says it needs, as objects of "need": "proficiency in programming languages such
     * as Python, Java, or C++". Facts of the list that say something else (a recommended assessment) are not needs.
     */
    private static List<String> needs(Draft d, Role r) {
        List<String> out = new ArrayList<>();
        for (org.careerbot.knowledge.Fact f : r.skillFacts()) {
            int at = f.text().indexOf(" need ");
            if (at >= 0 && out.size() < LEAD_NEEDS) {
                d.cite(f.source());
                out.add(f.text().substring(at + " need ".length()).replaceAll("[.]$", ""));
            }
        }
        return out;
    }

    /** What the sources say of one skill for one role: its profile, or else the tasks of the role that need it. */
    private String aboutSkill(Draft d, Role r, String skillId) {
        String name = Words.lower(kb.name(EntityKind.SKILL, skillId));
        Optional<Role.ProfileEntry> rated = r.profile().stream().filter(p -> skillId.equals(p.skill())).findFirst();
        if (rated.isPresent()) {
            return "On " + name + ": " + RoleAnswers.cite(d, rated.get().text(), rated.get().source());
        }
        List<String> subtasks = kb.subtasksNeeding(skillId).stream()
                .filter(e -> r.coreTasks().contains(e.getKey().id()))
                .map(e -> Words.lower(RoleAnswers.cite(d, e.getValue().name(), e.getValue().source()))).toList();
        if (subtasks.isEmpty()) {
            return "The sources don't rate " + name + " for " + RoleAnswers.the(r)
                    + ", and none of the tasks it carries out lists it.";
        }
        return "The sources don't rate " + name + " for " + RoleAnswers.the(r) + " directly, but the tasks it "
                + "carries out involve " + name + " in: " + Words.and(subtasks) + ".";
    }

    private List<String> taskSkills(Draft d, Role r) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String taskId : r.coreTasks()) {
            kb.task(taskId).ifPresent(t -> t.subtasks().forEach(s -> {
                d.cite(s.source());
                s.skills().forEach(k -> counts.merge(k, 1, Integer::sum));
            }));
        }
        return counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
                .map(e -> kb.name(EntityKind.SKILL, e.getKey()) + " (in " + Words.count(e.getValue(), "subtask") + ")")
                .toList();
    }

    /**
     * The tools of a skill's field: those of the roles whose skill profile names the skill. Asked for a language,
     * the lead opens with what the sources say of the languages of the task that uses the skill most.
     */
    void toolsOfField(Draft d, List<String> skills, boolean asksLanguage) {
        toolsOfField(d, skills);
        String skill = skills.isEmpty() ? "" : skills.get(0);
        java.util.Optional<org.careerbot.knowledge.Task> task = kb.tasks().stream().max(java.util.Comparator
                .comparingLong(t -> t.subtasks().stream().filter(x -> x.skills().contains(skill)).count()));
        if (asksLanguage && task.isPresent()) {
            languageOf(task.get()).ifPresent(f -> d.lead(Words.capital(Words.lower(kb.name(EntityKind.SKILL, skill)))
                    + " is used most in " + Words.lower(task.get().name()) + ", and " + Words.lower(RoleAnswers.cite(
                    d, Brevity.sentences(f.text()).get(0), f.source())) + " " + d.lead()));
        }
    }

    /** What the sources say of the programming languages of a task. */
    private static java.util.Optional<org.careerbot.knowledge.Fact> languageOf(org.careerbot.knowledge.Task t) {
        return java.util.stream.Stream.concat(t.skills().stream(), t.description().stream())
                .filter(f -> Brevity.sentences(f.text()).get(0).contains("language")).findFirst();
    }

    private void toolsOfField(Draft d, List<String> skills) {
        String skill = skills.isEmpty() ? "" : skills.get(0);
        String name = Words.lower(kb.name(EntityKind.SKILL, skill));
        List<Role> rated = kb.roles().stream().filter(r -> !r.tools().isEmpty() && r.profile().stream()
                .anyMatch(p -> skill.equals(p.skill()) || skill.equals(p.area()))).toList();
        d.title("Tools for " + name);
        if (rated.isEmpty()) {
            d.lead("The sources name no tools for " + name + " as such; they list tools by role.");
            return;
        }
        Role first = rated.get(0);
        d.lead("For " + name + ", the sources list the tools of the " + Words.and(rated.stream()
                .map(r -> Words.lower(r.name())).toList()) + ". " + Words.capital(RoleAnswers.the(first)) + " uses "
                + Words.and(first.toolIds().stream().map(t -> kb.name(EntityKind.TOOL, t)).toList()) + ".");
        rated.forEach(r -> d.section(r.name(), r.tools().stream().map(g -> RoleAnswers.cite(d, g.text(),
                g.source())).toList()));
    }

    void tools(Draft d, Role r, List<String> askedTasks, List<String> askedTools,
               java.util.function.Function<String, String> toolNames) {
        d.title("Tools of the " + Words.lower(r.name()));
        List<String> lead = new ArrayList<>();
        askedTasks.stream().filter(t -> !r.coreTasks().contains(t)).forEach(t -> lead.add(roles.premise(r, t)));
        for (String tool : askedTools) {
            String name = toolNames.apply(tool);
            // "yes" answers one tool asked about; of "Tableau or Power BI?" each is said for itself
            lead.add(r.toolIds().contains(tool) ? (askedTools.size() == 1 ? "Yes: the" : "The") + " sources list "
                    + name + " among its tools." : "The sources don't list " + name + " among its tools.");
        }
        Role listed = r;
        if (r.tools().isEmpty() && r.variantOf() != null) {
            listed = kb.role(r.variantOf()).orElse(r);
            lead.add("The sources list no tools for " + RoleAnswers.the(r) + " itself; it is a variant of the "
                    + Words.lower(listed.name()) + ", whose tools they do list.");
        }
        List<Role.ToolGroup> groups = new ArrayList<>(listed.tools());
        groups.sort((a, b) -> Boolean.compare(a.tasks().stream().noneMatch(askedTasks::contains),
                b.tasks().stream().noneMatch(askedTasks::contains)));
        List<String> parts = new ArrayList<>();
        for (Role.ToolGroup g : groups) {
            if (!g.tools().isEmpty()) {
                d.cite(g.source());
                parts.add(Words.and(g.tools().stream().map(t -> kb.name(EntityKind.TOOL, t)).toList()) + " ("
                        + Words.lower(g.group()) + ")");
            }
        }
        if (!parts.isEmpty()) { // one sentence, so that every tool is in the lead
            String last = parts.size() == 1 ? "" : parts.size() == 2 ? ", and " : "; and ";
            lead.add(Words.capital(RoleAnswers.the(listed)) + " uses " + String.join("; ", parts.subList(0,
                    parts.size() - 1)) + last + parts.get(parts.size() - 1) + ".");
        }
        d.lead(String.join(" ", lead));
        d.section("In the sources' words", groups.stream().map(g -> RoleAnswers.cite(d, g.text(), g.source()))
                .toList());
        roles.followUps(d, r);
    }
}
