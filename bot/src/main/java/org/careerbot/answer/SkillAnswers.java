package org.careerbot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.careerbot.knowledge.KnowledgeBase;
import org.careerbot.knowledge.Role;
import org.careerbot.knowledge.Skill;

/** Answers about a skill: what it covers, and which roles need it. */
final class SkillAnswers {
    private final KnowledgeBase kb;

    SkillAnswers(KnowledgeBase kb) {
        this.kb = kb;
    }

    void define(Draft d, Skill s) {
        d.title(s.name());
        if (s.definition() != null) {
            d.lead(d.use(s.definition()));
        } else {
            d.lead("The report does not define " + Words.lower(s.name()) + "; it names it among the skills "
                    + "involved in the subtasks below.");
        }
        d.facts("Also in the sources", s.notes());
        d.section("Subtasks that involve it", subtasks(d, s));
        d.followUp("Who needs it", "Which roles need " + Words.lower(s.name()) + "?");
        d.followUp("All skills", "What does the software engineering skill cover?");
    }

    void roles(Draft d, Skill s) {
        d.title("Roles that need " + Words.lower(s.name()));
        List<String> rated = new ArrayList<>();
        for (Role r : kb.roles()) {
            r.profile().stream().filter(p -> s.id().equals(p.skill()))
                    .forEach(p -> rated.add(r.name() + ": " + RoleAnswers.cite(d, p.text(), p.source())));
        }
        d.lead(rated.isEmpty() ? "No role's skill profile names " + Words.lower(s.name())
                + " in the sources; it is involved in the tasks below, and so in the roles that carry them out."
                : "The skill profiles in the sources name " + Words.lower(s.name()) + " for these roles:");
        d.section("Skill profiles", rated);
        List<String> byTask = new ArrayList<>();
        kb.tasks().forEach(t -> {
            long n = t.subtasks().stream().filter(x -> x.skills().contains(s.id())).count();
            if (n > 0) {
                byTask.add(t.name() + " (" + n + " of " + t.subtasks().size() + " subtasks), carried out by the "
                        + Words.and(kb.rolesFor(t.id(), false).stream().map(r -> Words.lower(r.name())).toList()));
            }
        });
        d.section("Tasks whose subtasks involve it", byTask);
        d.followUp("What it covers", "What does " + Words.lower(s.name()) + " cover?");
    }

    /** Roles by a skill-profile word the question uses ("outstanding scientific skills"). */
    void rolesByArea(Draft d, List<String> areas) {
        d.title("Roles by skill profile");
        List<String> lines = new ArrayList<>();
        for (Role r : kb.roles()) {
            r.profile().stream().filter(p -> areas.contains(p.area()))
                    .forEach(p -> lines.add(r.name() + ": " + RoleAnswers.cite(d, p.text(), p.source())));
        }
        d.lead("What the sources say of each role's " + Words.and(areas) + " skills:");
        d.section("Skill profiles", lines);
    }

    private List<String> subtasks(Draft d, Skill s) {
        return kb.subtasksNeeding(s.id()).stream().map(e -> {
            d.cite(e.getValue().source());
            String examples = s.definition() == null ? ": " + String.join("; ", e.getValue().examples()) : "";
            return e.getValue().name() + " (" + e.getKey().name().toLowerCase(Locale.ROOT) + ")" + examples;
        }).toList();
    }
}
