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

    void skills(Draft d, Role r, List<String> askedSkills) {
        d.title("Skills of the " + Words.lower(r.name()));
        List<String> lead = new ArrayList<>();
        for (String skill : askedSkills) {
            lead.add(aboutSkill(d, r, skill));
        }
        if (lead.isEmpty()) {
            lead.add(r.profile().stream().filter(p -> p.skill() == null).findFirst()
                    .or(() -> r.profile().stream().findFirst())
                    .map(p -> RoleAnswers.cite(d, p.text(), p.source())).orElse(""));
        }
        d.lead(String.join(" ", lead));
        d.section("Skill profile", r.profile().stream().map(p -> RoleAnswers.cite(d, p.text(), p.source())).toList());
        d.facts("More on its skills", r.skillFacts());
        d.facts("Code", r.codeStyle());
        d.section("Skills involved in the tasks it carries out", taskSkills(d, r));
        roles.followUps(d, r);
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
                .map(e -> kb.name(EntityKind.SKILL, e.getKey()) + " (in " + e.getValue() + " subtasks)").toList();
    }

    void tools(Draft d, Role r, List<String> askedTasks, List<String> askedTools) {
        d.title("Tools of the " + Words.lower(r.name()));
        List<String> lead = new ArrayList<>();
        askedTasks.stream().filter(t -> !r.coreTasks().contains(t)).forEach(t -> lead.add(roles.premise(r, t)));
        for (String tool : askedTools) {
            String name = kb.name(EntityKind.TOOL, tool);
            lead.add(r.toolIds().contains(tool) ? "Yes: the sources list " + name + " among its tools."
                    : "The sources don't list " + name + " among its tools.");
        }
        Role listed = r;
        if (r.tools().isEmpty() && r.variantOf() != null) {
            listed = kb.role(r.variantOf()).orElse(r);
            lead.add("The article on " + RoleAnswers.the(r) + " groups its tools by task, but that list is a figure "
                    + "lost from the text. It is a variant of the " + Words.lower(listed.name())
                    + ", whose tools the report lists:");
        }
        List<Role.ToolGroup> groups = new ArrayList<>(listed.tools());
        groups.sort((a, b) -> Boolean.compare(a.tasks().stream().noneMatch(askedTasks::contains),
                b.tasks().stream().noneMatch(askedTasks::contains)));
        if (lead.isEmpty()) {
            lead.add(Words.capital(RoleAnswers.the(r)) + " uses " + Words.and(listed.toolIds().stream().limit(8)
                    .map(t -> kb.name(EntityKind.TOOL, t)).toList()) + ", among others.");
        }
        d.lead(String.join(" ", lead));
        d.section("Tools by task", groups.stream().map(g -> RoleAnswers.cite(d, g.group() + ": " + g.text(),
                g.source())).toList());
        roles.followUps(d, r);
    }
}
