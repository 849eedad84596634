package org.careerbot.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.careerbot.knowledge.EntityKind;
import org.careerbot.knowledge.Fact;
import org.careerbot.knowledge.KnowledgeBase;
import org.careerbot.knowledge.Role;

/**
 * Two or more roles side by side. The lead says the key difference (the tasks only some of them carry out, then
 * the sharpest contrasts that fit); the details keep to the aspects where the roles differ; the table holds the
 * full side by side for "more".
 */
final class CompareAnswers {
    /** Aspects whose facts the details show per role, when at least two roles state them differently. */
    private static final Map<String, Function<Role, List<Fact>>> STATED = Map.of(
            "code", Role::codeStyle, "education", Role::education, "outlook", Role::outlook);
    private static final List<String> STATED_ORDER = List.of("code", "education", "outlook");

    private final KnowledgeBase kb;
    private final RoleAnswers roles;
    private final Contrasts contrasts;
    private final CompareTable table;

    CompareAnswers(KnowledgeBase kb, RoleAnswers roles) {
        this.kb = kb;
        this.roles = roles;
        this.contrasts = new Contrasts(kb);
        this.table = new CompareTable(kb, roles);
    }

    /** Compares the roles with no aspect asked about in particular. */
    void compare(Draft d, List<Role> rs) {
        compare(d, rs, "");
    }

    /** Compares the roles, saying first what the question asks about in so many words (education, code...). */
    void compare(Draft d, List<Role> rs, String question) {
        if (rs.size() < 2) {
            one(d, rs);
            return;
        }
        d.title(Words.capital(String.join(" vs. ", rs.stream().map(r -> Words.lower(r.name())).toList())));
        List<String> asked = AskedAspects.in(question);
        Set<String> said = lead(d, rs, asked);
        for (String aspect : asked) {
            if (!said.contains(aspect)) {
                d.section(Words.capital(aspect), AskedAspects.lines(d, rs, aspect, facts(aspect)));
            }
        }
        d.section("Tasks", taskLines(d, rs));
        d.section("Skill profiles", profileLines(d, rs, said));
        List<String> differing = new ArrayList<>();
        for (Contrast c : contrasts.others(rs)) {
            if (c.aspect().startsWith("task:") && !said.contains(c.aspect())) {
                c.sources().forEach(d::cite);
                differing.add(Words.capital(taskName(c.aspect().substring(5))) + ": " + c.sentence());
            }
        }
        d.section("The tasks that differ", differing);
        for (String aspect : STATED_ORDER) {
            if (!said.contains(aspect) && !asked.contains(aspect)) {
                d.section(Words.capital(aspect), stated(d, rs, STATED.get(aspect)));
            }
        }
        d.section("Tools only one of them lists", toolLines(d, rs));
        d.table(table.of(d, rs));
        for (Role r : rs) {
            d.followUp(r.name(), "What is " + Words.a(r.name()) + "?", "role.define");
        }
    }

    /** A role's own facts on an aspect. */
    private Function<Role, List<Fact>> facts(String aspect) {
        return aspect.equals("team") ? table::ownTeamFacts : STATED.getOrDefault(aspect, r -> List.of());
    }

    /** A comparison needs two roles: say what the one named does, and ask for the other. */
    private void one(Draft d, List<Role> rs) {
        d.title("Compare roles");
        if (rs.isEmpty()) {
            d.lead("Name two roles to compare, for example \"data scientist vs data analyst\".");
        } else {
            Role r = rs.get(0);
            Role other = roles.related(r).orElse(r);
            d.lead(d.use(r.summary()) + " Name a second role to compare it with, for example the "
                    + Words.lower(other.name()) + ".");
            d.followUp("Compare with " + Words.lower(other.name()), "Compare the " + Words.lower(r.name())
                    + " and the " + Words.lower(other.name()));
        }
        d.followUp("Roles", "What roles are there in an AI team?", "role.list");
    }

    /**
     * Says the task contrast, then the sharpest others that fit the lead, those on what was asked first; returns
     * the aspects said.
     */
    private Set<String> lead(Draft d, List<Role> rs, List<String> asked) {
        Contrast first = contrasts.tasks(rs);
        List<Contrast> chosen = new ArrayList<>(List.of(first));
        Set<String> said = new HashSet<>(first.aspects());
        int words = first.words();
        int sentences = Brevity.sentences(first.sentence()).size();
        // once the tasks tell the roles apart, a faint contrast would only lengthen the lead
        double least = contrasts.differingTasks(rs).isEmpty() ? 0 : Contrasts.CLEAR;
        List<Contrast> others = new ArrayList<>(contrasts.others(rs));
        others.sort(Comparator.comparing((Contrast c) -> !asked.contains(c.aspect())));
        for (Contrast c : others) {
            int n = Brevity.sentences(c.sentence()).size();
            boolean wanted = c.sharpness() >= least || asked.contains(c.aspect());
            if (c.aspects().stream().noneMatch(said::contains) && wanted
                    && words + c.words() <= Brevity.LEAD_WORDS && sentences + n <= Brevity.LEAD_SENTENCES) {
                chosen.add(c);
                said.addAll(c.aspects());
                words += c.words();
                sentences += n;
            }
        }
        chosen.forEach(c -> c.sources().forEach(d::cite));
        String variant = variant(d, rs);
        d.lead((variant.isEmpty() ? "" : variant + " ") + String.join(" ", chosen.stream().map(Contrast::sentence)
                .toList()));
        return said;
    }

    /**
     * "A variant of machine learning engineer is called deep learning engineer": when one of two roles is a variant
     * of the other, the sources' sentence saying so is the first thing to know.
     */
    private static String variant(Draft d, List<Role> rs) {
        if (rs.size() != 2) {
            return ""; // among several roles, one pair's kinship is not the first thing to know
        }
        for (Role r : rs) {
            if (r.variantOf() != null && rs.stream().anyMatch(o -> o.id().equals(r.variantOf()))) {
                for (Role o : rs) {
                    for (Fact f : o.definition()) {
                        java.util.Optional<String> said = Brevity.sentences(f.text()).stream()
                                .filter(x -> x.startsWith("A variant of")).findFirst();
                        if (said.isPresent()) {
                            d.cite(f.source());
                            return said.get();
                        }
                    }
                }
            }
        }
        return "";
    }

    /** Each role's tasks, unless every role carries out the same ones. */
    private List<String> taskLines(Draft d, List<Role> rs) {
        if (rs.stream().map(r -> List.of(r.coreTasks(), r.someTasks())).distinct().count() == 1) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        for (Role r : rs) {
            r.tasks().forEach(t -> d.cite(t.source()));
            String some = r.someTasks().isEmpty() ? ""
                    : "; some also take on " + Words.and(r.someTasks().stream().map(this::taskName).toList());
            lines.add(r.name() + ": " + Words.and(r.coreTasks().stream().map(this::taskName).toList()) + some);
        }
        return lines;
    }

    /** Each role's profile, only in the areas where the roles' levels differ and the lead did not contrast. */
    private List<String> profileLines(Draft d, List<Role> rs, Set<String> said) {
        List<String> lines = new ArrayList<>();
        for (Role r : rs) {
            List<Role.ProfileEntry> differing = new ArrayList<>();
            for (Role.ProfileEntry p : Profiles.entries(r)) {
                boolean same = rs.stream().allMatch(o -> Profiles.entry(o, p.area())
                        .filter(x -> x.level().equalsIgnoreCase(p.level())).isPresent());
                if (!same && !said.contains("profile:" + p.area())) {
                    d.cite(p.source());
                    differing.add(p);
                }
            }
            if (!differing.isEmpty()) {
                lines.add("The " + Words.lower(r.name()) + " " + Profiles.phrase(differing) + ".");
            }
        }
        return lines;
    }

    /** Each role's own facts on an aspect, when at least two roles state it and they say different things. */
    private static List<String> stated(Draft d, List<Role> rs, Function<Role, List<Fact>> facts) {
        List<Role> stating = rs.stream().filter(r -> !facts.apply(r).isEmpty()).toList();
        if (stating.size() < 2 || stating.stream().map(r -> facts.apply(r).stream().map(Fact::text).toList())
                .distinct().count() == 1) {
            return List.of();
        }
        return stating.stream().map(r -> r.name() + ": " + String.join(" ", facts.apply(r).stream()
                .map(d::use).toList())).toList();
    }

    /** The tools only one of the roles lists, when the sources list tools for every one of them. */
    private List<String> toolLines(Draft d, List<Role> rs) {
        if (rs.stream().anyMatch(r -> r.toolIds().isEmpty())) {
            return List.of();
        }
        rs.forEach(r -> r.tools().forEach(g -> d.cite(g.source())));
        List<String> lines = new ArrayList<>();
        java.util.Map<Role, java.util.Set<String>> tools = new java.util.IdentityHashMap<>();
        rs.forEach(r -> tools.put(r, java.util.Set.copyOf(r.toolIds()))); // once each, not once per tool
        for (Role r : rs) {
            List<String> own = r.toolIds().stream()
                    .filter(t -> rs.stream().filter(o -> o != r).noneMatch(o -> tools.get(o).contains(t)))
                    .map(t -> kb.name(EntityKind.TOOL, t)).toList();
            if (!own.isEmpty()) {
                lines.add("Only the " + Words.lower(r.name()) + " lists " + Words.and(own) + ".");
            }
        }
        return lines;
    }

    private String taskName(String id) {
        return kb.task(id).map(t -> Words.lower(t.name())).orElse(id);
    }
}
