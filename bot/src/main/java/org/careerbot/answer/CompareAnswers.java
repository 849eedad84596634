package org.careerbot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careerbot.knowledge.Fact;
import org.careerbot.knowledge.KnowledgeBase;
import org.careerbot.knowledge.Role;

/** Two or more roles side by side: what they share, what differs, and a table over every known aspect. */
final class CompareAnswers {
    private final KnowledgeBase kb;
    private final RoleAnswers roles;

    CompareAnswers(KnowledgeBase kb, RoleAnswers roles) {
        this.kb = kb;
        this.roles = roles;
    }

    void compare(Draft d, List<Role> rs) {
        List<String> names = rs.stream().map(r -> Words.lower(r.name())).toList();
        d.title(Words.capital(String.join(" vs. ", names)));
        List<String> shared = kb.ids(org.careerbot.knowledge.EntityKind.TASK).stream()
                .filter(t -> rs.stream().allMatch(r -> r.coreTasks().contains(t))).map(roles::taskName).toList();
        d.lead(shared.isEmpty() ? "These roles share no core task in the sources."
                : "Both carry out " + Words.and(shared) + (rs.size() > 2 ? " (all of them)." : "."));
        d.section("Differences in tasks", differences(d, rs));
        List<Answer.Row> rows = new ArrayList<>();
        rows.add(row("Tasks", rs, r -> Words.and(r.coreTasks().stream().map(roles::taskName).toList())));
        rows.add(row("Some also do", rs, r -> r.someTasks().isEmpty() ? "-"
                : Words.and(r.someTasks().stream().map(roles::taskName).toList())));
        rows.add(row("Skill profile", rs, r -> String.join(" ", r.profile().stream()
                .map(p -> RoleAnswers.cite(d, p.text(), p.source())).distinct().toList())));
        rows.add(row("Code", rs, r -> code(d, r)));
        rows.add(row("Tools", rs, r -> r.toolIds().isEmpty() ? "not listed in the sources"
                : Words.and(r.toolIds().stream().map(t -> kb.name(org.careerbot.knowledge.EntityKind.TOOL, t))
                .toList())));
        rows.add(row("Other titles", rs, r -> roles.titleList(d, r)));
        rows.add(row("Education", rs, r -> facts(d, r.education())));
        rows.add(row("Industries", rs, r -> r.industries().isEmpty() ? "not stated in the sources"
                : Words.and(r.industries().stream().map(i -> RoleAnswers.cite(d, i.name(), i.source())).toList())));
        rows.add(row("Team fit", rs, r -> own(r.team()).isEmpty() ? "not stated in the sources"
                : facts(d, own(r.team()))));
        rows.add(row("Outlook", rs, r -> r.outlook().isEmpty() ? "not stated for this role" : facts(d, r.outlook())));
        rs.forEach(r -> r.tools().forEach(g -> d.cite(g.source())));
        d.table(new Answer.Table(rs.stream().map(Role::name).toList(), rows));
        for (Role r : rs) {
            d.followUp(r.name(), "What is " + Words.a(r.name()) + "?");
        }
    }

    private List<String> differences(Draft d, List<Role> rs) {
        List<String> lines = new ArrayList<>();
        for (Role r : rs) {
            List<String> only = r.coreTasks().stream()
                    .filter(t -> rs.stream().filter(o -> o != r).noneMatch(o -> o.coreTasks().contains(t)))
                    .toList();
            if (!only.isEmpty()) {
                String detail = only.stream().map(t -> roles.taskName(t) + " ("
                        + kb.task(t).map(x -> Words.lower(d.use(x.summary()))).orElse("") + ")").toList()
                        .stream().reduce((a, b) -> a + "; " + b).orElse("");
                lines.add("Only the " + Words.lower(r.name()) + " carries out " + detail);
            }
        }
        return lines;
    }

    /** The role's own words on code, or what another role's article says of it ("data scientists who ..."). */
    private String code(Draft d, Role r) {
        if (!r.codeStyle().isEmpty()) {
            return facts(d, r.codeStyle());
        }
        Pattern about = Pattern.compile(Pattern.quote(Words.lower(r.name()) + "s") + " who [^,.]*",
                Pattern.CASE_INSENSITIVE);
        for (Role o : kb.roles()) {
            for (Fact f : o.codeStyle()) {
                Matcher m = about.matcher(f.text());
                if (m.find()) {
                    d.cite(f.source());
                    return "The sources contrast it with " + m.group() + ".";
                }
            }
        }
        return "not stated in the sources";
    }

    /** A role's facts that no other role shares: general remarks repeated for every role say nothing of it. */
    private List<Fact> own(List<Fact> facts) {
        return facts.stream().filter(f -> kb.roles().stream().filter(o -> o.team().stream()
                .anyMatch(x -> x.text().equals(f.text()))).count() <= 1).toList();
    }

    private static String facts(Draft d, List<Fact> facts) {
        return facts.isEmpty() ? "not stated in the sources"
                : String.join(" ", facts.stream().map(d::use).toList());
    }

    private static Answer.Row row(String aspect, List<Role> rs, java.util.function.Function<Role, String> cell) {
        return new Answer.Row(aspect, rs.stream().map(cell).map(s -> s.isBlank() ? "-" : s).toList());
    }
}
