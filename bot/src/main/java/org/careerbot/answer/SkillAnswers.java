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
        List<String> rated = ratedRoles(s);
        if (!rated.isEmpty()) {
            d.section("Who needs it most", List.of("The skill profiles name it for the " + Words.and(rated) + "."));
        }
        d.facts("Also in the sources", s.notes());
        d.section("Subtasks that involve it", subtasks(d, s));
        d.followUp("Who needs it", "Which roles need " + Words.lower(s.name()) + "?", "skill.roles");
    }

    void roles(Draft d, Skill s) {
        d.title("Roles that need " + Words.lower(s.name()));
        List<String> rated = new ArrayList<>();
        for (Role r : kb.roles()) {
            r.profile().stream().filter(p -> s.id().equals(p.skill()))
                    .forEach(p -> rated.add(r.name() + ": " + RoleAnswers.cite(d, p.text(), p.source())));
        }
        List<String> without = kb.roles().stream().filter(r -> r.profile().stream().anyMatch(p -> s.id()
                .equals(p.skill()) && p.level().contains("not"))).map(r -> Words.lower(r.name())).toList();
        String needless = without.isEmpty() ? "" : " The " + Words.and(without) + " does not need it.";
        d.lead((ratedRoles(s).isEmpty() ? "No role's skill profile names " + Words.lower(s.name())
                + " in the sources; it is involved in the tasks below, and so in the roles that carry them out."
                : "The skill profiles in the sources name " + Words.lower(s.name()) + " for the "
                + Words.and(ratedRoles(s)) + ".") + needless);
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
        List<String> names = kb.roles().stream().filter(r -> r.profile().stream()
                .anyMatch(p -> areas.contains(p.area()))).map(r -> Words.lower(r.name())).toList();
        d.lead(names.isEmpty() ? "No role's skill profile speaks of " + Words.and(areas) + " skills."
                : "The sources speak of " + Words.and(areas) + " skills for the " + Words.and(names) + ".");
        d.section("Skill profiles", lines);
    }

    /** The roles whose skill profile names the skill. */
    private List<String> ratedRoles(Skill s) {
        // "they don't need algorithmic coding skills" names the skill too, but as what the role does without
        return kb.roles().stream().filter(r -> r.profile().stream().anyMatch(p -> s.id().equals(p.skill())
                        && !p.level().contains("not")))
                .map(r -> Words.lower(r.name())).toList();
    }

    private List<String> subtasks(Draft d, Skill s) {
        return kb.subtasksNeeding(s.id()).stream().map(e -> {
            d.cite(e.getValue().source());
            String examples = s.definition() == null ? ": " + String.join("; ", e.getValue().examples()) : "";
            return e.getValue().name() + " (" + e.getKey().name().toLowerCase(Locale.ROOT) + ")" + examples;
        }).toList();
    }
}
