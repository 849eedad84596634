package org.careerbot.answer;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.careerbot.knowledge.EntityKind;
import org.careerbot.knowledge.KnowledgeBase;
import org.careerbot.knowledge.Role;
import org.careerbot.knowledge.Skill;

/**
 * How to get into the role or field a person aims for, whatever background they come from: first what the goal
 * is made of (the role's work and skills, or the roles a field leads to, nearest to the background first), then
 * the sources' practical advice. Built from the knowledge, so every role and field gets the same answer shape.
 */
final class GoalAnswers {
    /** How many skill statements the lead names: the first ones are the role's headline skills. */
    private static final int LEAD_SKILLS = 2;

    private final KnowledgeBase kb;

    GoalAnswers(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** Getting into a role: its work and skills, the tools asked about, then the hands-on tip. */
    void role(Draft d, Role goal, List<String> toolsAsked, java.util.function.Function<String, String> toolNames) {
        List<Role.ProfileEntry> skills = Profiles.entries(goal).stream().limit(LEAD_SKILLS).toList();
        skills.forEach(p -> d.cite(p.source()));
        d.cite(goal.summary().source());
        String work = "it does " + Words.and(goal.coreTasks().stream().map(this::taskName).toList())
                + (skills.isEmpty() ? "" : " and " + Profiles.phrase(skills));
        d.lead("For the " + Words.lower(goal.name()) + " role, aim at its work and skills: " + work + "."
                + tools(d, goal, toolsAsked, toolNames) + " " + handsOn(d));
        goal.skillFacts().stream().filter(f -> f.text().contains("recommend")).findFirst()
                .ifPresent(f -> d.facts("What the sources recommend for it", List.of(f)));
        d.facts("Its education", goal.education());
    }

    /** Getting into a field: the roles whose skill profile names it, nearest to the person's present role first. */
    void field(Draft d, Skill field, List<Role> background) {
        List<Role> leads = kb.roles().stream().filter(r -> r.profile().stream()
                .anyMatch(p -> field.id().equals(p.skill()) && !p.level().contains("not"))).toList();
        if (leads.isEmpty()) {
            working(d, field, background);
            return;
        }
        leads.forEach(r -> r.profile().stream().filter(p -> field.id().equals(p.skill())).findFirst()
                .ifPresent(p -> d.cite(p.source())));
        StringBuilder lead = new StringBuilder("In " + Words.lower(field.name()) + ", the roles whose skill profile"
                + " names it are the " + Words.and(leads.stream().map(r -> Words.lower(r.name())).toList()) + ".");
        nearest(leads, background).ifPresent(n -> {
            d.cite(n.summary().source());
            lead.append(" From the ").append(Words.lower(background.get(0).name())).append(" role, the nearest is the ")
                    .append(Words.lower(n.name())).append(": it does ")
                    .append(Words.and(n.coreTasks().stream().map(this::taskName).toList())).append('.');
        });
        d.lead(lead + " " + handsOn(d));
    }

    /**
     * A field no skill profile names (machine learning): the roles that carry out the task whose work involves it
     * most, nearest to the person's present role first.
     */
    private void working(Draft d, Skill field, List<Role> background) {
        Optional<org.careerbot.knowledge.Task> task = kb.tasks().stream().max(Comparator.comparingLong(t -> t
                .subtasks().stream().filter(x -> x.skills().contains(field.id())).count()));
        List<Role> doers = task.map(t -> kb.rolesFor(t.id(), false)).orElse(List.of());
        Optional<Role> near = nearest(doers, background);
        if (task.isEmpty() || near.isEmpty()) {
            d.lead(handsOn(d));
            return;
        }
        d.cite(near.get().summary().source());
        d.lead("In the sources, " + Words.lower(field.name()) + " skills are used most in "
                + Words.lower(task.get().name()) + "; from the " + Words.lower(background.get(0).name()) + " role"
                + ", the nearest role that does it is the "
                + Words.lower(near.get().name()) + ": it does " + Words.and(near.get().coreTasks().stream()
                .map(this::taskName).toList()) + ". " + handsOn(d));
    }

    /** The role of the field that shares the most work with the person's present role. */
    private static Optional<Role> nearest(List<Role> leads, List<Role> background) {
        if (background.isEmpty()) {
            return Optional.empty();
        }
        List<String> work = background.get(0).coreTasks();
        return leads.stream().filter(r -> !background.contains(r))
                .max(Comparator.comparingLong(r -> r.coreTasks().stream().filter(work::contains).count()));
    }

    /** Whether the sources list each tool asked about among the role's tools. */
    private String tools(Draft d, Role goal, List<String> asked, java.util.function.Function<String, String> names) {
        if (asked.isEmpty()) {
            return "";
        }
        goal.tools().forEach(g -> d.cite(g.source()));
        List<String> listed = asked.stream().filter(goal.toolIds()::contains).map(names).toList();
        List<String> unlisted = asked.stream().filter(t -> !goal.toolIds().contains(t)).map(names).toList();
        return (listed.isEmpty() ? "" : " Its tools include " + Words.and(listed) + ".")
                + (unlisted.isEmpty() ? "" : " The sources don't list " + Words.and(unlisted) + " among its tools.");
    }

    /** The practical tip on hands-on experience, in its own words. */
    private String handsOn(Draft d) {
        return kb.topic("career-tips").flatMap(t -> t.facts().stream().filter(f -> f.text().contains("projects"))
                .findFirst()).map(f -> RoleAnswers.cite(d, Brevity.sentences(f.text()).get(0), f.source()))
                .orElse("");
    }

    private String taskName(String id) {
        return Words.lower(kb.name(EntityKind.TASK, id));
    }
}
