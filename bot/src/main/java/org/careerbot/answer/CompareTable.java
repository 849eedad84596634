package org.careerbot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.careerbot.knowledge.EntityKind;
import org.careerbot.knowledge.Fact;
import org.careerbot.knowledge.KnowledgeBase;
import org.careerbot.knowledge.Role;
import org.careerbot.model.Answer;

/**
 * The full side by side of a comparison, for "more": one row per aspect that the sources state for at least one
 * of the roles, each role's own facts only.
 */
final class CompareTable {
    /** A cell for a role the sources say nothing of on an aspect they state for another role. */
    static final String UNSTATED = "not stated";

    private final KnowledgeBase kb;
    private final RoleAnswers roles;

    CompareTable(KnowledgeBase kb, RoleAnswers roles) {
        this.kb = kb;
        this.roles = roles;
    }

    Answer.Table of(Draft d, List<Role> rs) {
        List<Answer.Row> rows = new ArrayList<>();
        add(rows, "Tasks", rs, r -> tasks(r.coreTasks()));
        if (rs.stream().anyMatch(r -> !r.someTasks().isEmpty())) {
            add(rows, "Some also take on", rs, r -> r.someTasks().isEmpty() ? "none" : tasks(r.someTasks()));
        }
        add(rows, "Skill profile", rs, r -> String.join(" ", r.profile().stream()
                .map(p -> RoleAnswers.cite(d, p.text(), p.source())).distinct().toList()));
        add(rows, "Code", rs, r -> facts(d, r.codeStyle()));
        add(rows, "Tools", rs, r -> {
            r.tools().forEach(g -> d.cite(g.source()));
            return Words.and(r.toolIds().stream().map(t -> kb.name(EntityKind.TOOL, t)).toList());
        });
        add(rows, "Other titles", rs, r -> titles(d, r));
        add(rows, "Education", rs, r -> facts(d, r.education()));
        add(rows, "Industries", rs, r -> Words.and(r.industries().stream()
                .map(i -> RoleAnswers.cite(d, i.name(), i.source())).toList()));
        add(rows, "Team fit", rs, r -> facts(d, ownTeamFacts(r)));
        add(rows, "Outlook", rs, r -> facts(d, r.outlook()));
        return new Answer.Table(rs.stream().map(Role::name).toList(), rows);
    }

    /** Adds the row unless the sources state the aspect for none of the roles. */
    private static void add(List<Answer.Row> rows, String aspect, List<Role> rs, Function<Role, String> cell) {
        List<String> cells = rs.stream().map(cell).map(s -> s.isBlank() ? UNSTATED : s).toList();
        if (cells.stream().anyMatch(c -> !c.equals(UNSTATED))) {
            rows.add(new Answer.Row(aspect, cells));
        }
    }

    /** The other titles companies give the role: its own name is not another title. */
    static List<String> otherTitles(Role r) {
        return RoleAnswers.otherTitles(r).stream().map(Role.Title::title).distinct().toList();
    }

    private static String titles(Draft d, Role r) {
        r.titles().forEach(t -> d.cite(t.source()));
        return Words.and(otherTitles(r));
    }

    /** Team facts the role does not share with every other role: a general remark says nothing of the role. */
    List<Fact> ownTeamFacts(Role r) {
        return roles.ownTeam(r);
    }

    private String tasks(List<String> ids) {
        return Words.and(ids.stream().map(roles::taskName).toList());
    }

    private static String facts(Draft d, List<Fact> facts) {
        return String.join(" ", facts.stream().map(d::use).toList());
    }
}
