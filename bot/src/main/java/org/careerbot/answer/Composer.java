package org.careerbot.answer;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careerbot.knowledge.KnowledgeBase;
import org.careerbot.knowledge.Role;
import org.careerbot.knowledge.index.EntityFinder;
import org.careerbot.knowledge.index.Mention;
import org.careerbot.knowledge.index.PassageSearch;
import org.careerbot.knowledge.index.WorkFinder;
import org.careerbot.model.Answer;
import org.careerbot.model.Intent;
import org.careerbot.model.ToolsWeighed;
import org.careerbot.model.Understanding;

/** Writes the answer for an understood question, from the knowledge only. */
public final class Composer {
    private final KnowledgeBase kb;
    private final RoleAnswers roles;
    private final RoleProfileAnswers profiles;
    private final CompareAnswers compare;
    private final RecommendAnswers recommend;
    private final TaskAnswers tasks;
    private final SkillAnswers skills;
    private final ToolAnswers tools;
    private final TopicAnswers topics;
    private final GoalAnswers goals;
    private final SearchAnswers search;
    private final WorkFinder work;
    private final SourceNames names;
    private final GapAnswers gaps;

    private final java.util.function.UnaryOperator<String> related;
    private final Map<Intent, Writer> writers;

    /**
     * A composer over the knowledge and its indexes.
     *
     * @param work    the kinds of work of the tasks, by how people name them
     * @param related for a subject the sources lack, what related thing to offer ("outlook", "tips", ...)
     */
    public Composer(KnowledgeBase kb, EntityFinder finder, PassageSearch passages, WorkFinder work,
                    java.util.function.UnaryOperator<String> related) {
        this.related = related;
        this.kb = kb;
        this.roles = new RoleAnswers(kb);
        this.profiles = new RoleProfileAnswers(kb, roles);
        this.compare = new CompareAnswers(kb, roles);
        this.recommend = new RecommendAnswers(kb, finder, work);
        this.tasks = new TaskAnswers(kb);
        this.skills = new SkillAnswers(kb);
        this.tools = new ToolAnswers(kb);
        this.topics = new TopicAnswers(kb);
        this.goals = new GoalAnswers(kb);
        this.search = new SearchAnswers(passages, work);
        this.work = work;
        this.names = new SourceNames(kb);
        this.gaps = new GapAnswers(kb, roles, topics);
        this.writers = writers();
    }

    /**
     * Writes the answer of one intent. Every intent has one, registered in {@link #writers()}: a new intent is a
     * new entry there (and its cues in the lexicon), and an intent without one stops the bot at start.
     */
    @FunctionalInterface
    interface Writer {
        void write(Draft d, Understanding u, List<Role> roles);
    }

    /** Each intent's writer; checked complete when the composer is made. */
    private Map<Intent, Writer> writers() {
        Map<Intent, Writer> w = new EnumMap<>(Intent.class);
        Writer eachRole = (d, u, rs) -> rs.forEach(r -> role(d, u, r, rs.size() > 1));
        for (Intent i : List.of(Intent.ROLE_DEFINE, Intent.ROLE_TASKS, Intent.ROLE_SKILLS, Intent.ROLE_TITLES,
                Intent.ROLE_TEAM)) {
            w.put(i, eachRole);
        }
        w.put(Intent.ROLE_EDUCATION, (d, u, rs) -> orGeneral(d, u, rs, eachRole, () -> roles.educationGeneral(d)));
        w.put(Intent.ROLE_INDUSTRIES, (d, u, rs) -> orGeneral(d, u, rs, eachRole,
                () -> roles.industriesGeneral(d)));
        w.put(Intent.ROLE_TOOLS, (d, u, rs) -> orGeneral(d, u, rs, eachRole,
                () -> profiles.toolsOfField(d, u.entities().skills(), u.words().stream()
                        .anyMatch(x -> x.startsWith("language")))));
        w.put(Intent.ROLE_COMPARE, this::compare);
        w.put(Intent.ROLE_LIST, (d, u, rs) -> topics.list(d));
        w.put(Intent.ROLE_RECOMMEND, (d, u, rs) -> recommend.recommend(d, u.text()));
        w.put(Intent.TASK_DEFINE, (d, u, rs) -> u.entities().tasks().forEach(t -> tasks.define(
                u.entities().tasks().size() > 1 ? d.prefix(task(t).name()) : d, task(t))));
        w.put(Intent.TASK_SUBTASKS, (d, u, rs) -> first(u.entities().tasks()).ifPresent(t -> tasks.subtasks(d,
                task(t), work.find(u.text()).filter(x -> x.task().id().equals(t)).map(WorkFinder.Work::subtask))));
        w.put(Intent.TASK_ROLES, (d, u, rs) -> first(u.entities().tasks()).ifPresent(t -> tasks.roles(d, task(t))));
        w.put(Intent.TASK_SKILLS, (d, u, rs) -> first(u.entities().tasks()).ifPresent(t -> tasks.skills(d, task(t),
                u.entities().skills())));
        w.put(Intent.SKILL_DEFINE, (d, u, rs) -> u.entities().skills().forEach(s -> skills.define(
                u.entities().skills().size() > 1 ? d.prefix(kb.skill(s).orElseThrow().name()) : d,
                kb.skill(s).orElseThrow())));
        w.put(Intent.SKILL_ROLES, (d, u, rs) -> skillRoles(d, u));
        w.put(Intent.TOOL_ROLES, (d, u, rs) -> toolRoles(d, u));
        w.put(Intent.ORG_TYPES, (d, u, rs) -> topics.organizations(d));
        w.put(Intent.LIFECYCLE, (d, u, rs) -> topics.lifecycle(d));
        w.put(Intent.CAREER_TIPS, this::tips);
        w.put(Intent.CAREER_OUTLOOK, (d, u, rs) -> topics.outlook(d, rs));
        w.put(Intent.HELP, (d, u, rs) -> topics.help(d, u.text()));
        w.put(Intent.SEARCH, this::search);
        w.put(Intent.OUT_OF_SCOPE, (d, u, rs) -> search.outOfScope(d));
        for (Intent i : Intent.values()) {
            if (!w.containsKey(i)) {
                throw new IllegalStateException("no answer is written for the intent " + i.id());
            }
        }
        return w;
    }

    /** A role's aspect for the roles named, or what the sources say of it for any role when none is. */
    private static void orGeneral(Draft d, Understanding u, List<Role> rs, Writer eachRole, Runnable general) {
        if (rs.isEmpty()) {
            general.run();
        } else {
            eachRole.write(d, u, rs);
        }
    }

    /** The answer to an understood question. */
    public Answer compose(Understanding u) {
        // the entities named are what every detail is about: the question's other words say which details it wants,
        // and so does a title several roles share ("research scientist": the researchers first)
        Draft d = new Draft(u.intent(), u.entities(), names).focus(u.words().isEmpty() ? u.text()
                : u.ambiguous().isEmpty() ? String.join(" ", u.words())
                : String.join(" ", u.words()) + " " + String.join(" ", u.ambiguous().stream().map(Mention::matched)
                .toList()));
        List<Role> rs = u.entities().roles().stream().map(id -> kb.role(id).orElseThrow()).toList();
        if (!u.ambiguous().isEmpty() && isRoleIntent(u.intent()) && u.intent() != Intent.ROLE_COMPARE) {
            return ambiguous(d, u);
        }
        writers.get(u.intent()).write(d, u, aimedAt(u, rs));
        return note(d, u);
    }

    /**
     * "Can a data analyst become an ML engineer without a degree?": of two roles, one the person's present work and
     * one their goal, an aspect is asked of the goal.
     */
    private static List<Role> aimedAt(Understanding u, List<Role> rs) {
        boolean aspect = isRoleIntent(u.intent()) && u.intent() != Intent.ROLE_COMPARE;
        return aspect && rs.size() >= 2 ? rs.stream().filter(r -> r.id().equals(u.goal())).findFirst()
                .map(List::of).orElse(rs) : rs;
    }

    private void role(Draft d, Understanding u, Role r, boolean several) {
        Draft target = several ? d.prefix(r.name()) : d;
        switch (u.intent()) {
            case ROLE_TASKS -> roles.tasks(target, r, u.entities().tasks());
            case ROLE_SKILLS -> profiles.skills(target, r, u.entities().skills());
            case ROLE_TOOLS -> profiles.tools(target, r, u.entities().tasks(), u.entities().tools(), toolNames(u));
            case ROLE_TITLES -> roles.titles(target, r);
            case ROLE_TEAM -> roles.team(target, r);
            case ROLE_EDUCATION -> roles.education(target, r);
            case ROLE_INDUSTRIES -> roles.industries(target, r);
            default -> roles.define(target, r);
        }
        if (several) {
            target.title(String.join(" and ", u.entities().roles().stream()
                    .map(id -> kb.role(id).orElseThrow().name()).toList()));
        }
    }

    /** Retrieval, unless the question asks what the sources lack: then say so and offer what they do say. */
    private void search(Draft d, Understanding u, List<Role> rs) {
        if (u.asksAGap()) {
            gaps.gap(d, u.gap(), rs, related.apply(u.gap()));
        } else if (!u.unknownRoles().isEmpty()) {
            gaps.unknownRoles(d, u.unknownRoles());
        } else if (!u.unknownTools().isEmpty()
                && u.entities().tools().stream().noneMatch(t -> kb.tool(t).isPresent())) {
            gaps.unknownTools(d, u.unknownTools());
        } else {
            search.search(d, u.text());
        }
    }

    private void toolRoles(Draft d, Understanding u) {
        // only the tools the knowledge holds: a follow-up may carry on a tool the sources lack
        List<org.careerbot.knowledge.Tool> ts = u.entities().tools().stream().map(kb::tool)
                .flatMap(java.util.Optional::stream).toList();
        boolean weighs = ToolsWeighed.in(u.words());
        if (ts.size() >= 2 && weighs) {
            tools.choose(d.uncovered(), ts);
        } else if (ts.size() >= 2) {
            tools.several(d, ts);
        } else if (!ts.isEmpty()) {
            tools.roles(weighs && !u.unknownTools().isEmpty() ? d.uncovered() : d, ts.get(0));
        }
        if (!u.unknownTools().isEmpty()) {
            // "Tableau or Power BI?": the half the sources know, said after what they do not
            d.lead("The sources don't name " + Words.and(u.unknownTools().stream()
                    .map(org.careerbot.model.UnknownTool::name).toList()) + ". " + d.lead());
        }
    }

    /** A tool's name, also for the tools the sources do not name. */
    private java.util.function.Function<String, String> toolNames(Understanding u) {
        return id -> u.unknownTools().stream().filter(t -> t.id().equals(id)).findFirst()
                .map(org.careerbot.model.UnknownTool::name)
                .orElseGet(() -> kb.name(org.careerbot.knowledge.EntityKind.TOOL, id));
    }

    private void skillRoles(Draft d, Understanding u) {
        if (!u.entities().skills().isEmpty()) {
            skills.roles(d, kb.skill(u.entities().skills().get(0)).orElseThrow());
        } else {
            skills.rolesByArea(d, u.areas());
        }
    }

    /** A shared title names several roles: say which, rather than guess one. */
    private Answer ambiguous(Draft d, Understanding u) {
        Mention m = u.ambiguous().get(0);
        List<Role> rs = m.ids().stream().map(id -> kb.role(id).orElseThrow()).toList();
        d.title("\"" + m.matched() + "\" can mean several roles");
        d.lead("Companies use the title \"" + m.matched() + "\" for " + rs.size() + " roles in the sources: "
                + Words.and(rs.stream().map(r -> "the " + Words.lower(r.name())).toList()) + ". Which one do you mean?");
        d.section("The roles", rs.stream().map(r -> {
            r.titles().stream().filter(t -> t.title().equalsIgnoreCase(m.matched())).forEach(t -> d.cite(t.source()));
            return r.name() + ": " + d.use(r.summary());
        }).toList());
        rs.forEach(r -> d.followUp(r.name(), "What is " + Words.a(r.name()) + "?"));
        return note(d, u);
    }

    private List<Role> withAmbiguous(Understanding u, List<Role> rs) {
        if (rs.size() >= 2 || u.ambiguous().isEmpty()) {
            return rs;
        }
        java.util.List<Role> all = new java.util.ArrayList<>(rs);
        u.ambiguous().get(0).ids().stream().map(id -> kb.role(id).orElseThrow()).filter(r -> !all.contains(r))
                .limit(3).forEach(all::add);
        return all;
    }

    private static boolean isRoleIntent(Intent i) {
        return i.id().startsWith("role.") && i != Intent.ROLE_LIST && i != Intent.ROLE_RECOMMEND;
    }

    private org.careerbot.knowledge.Task task(String id) {
        return kb.task(id).orElseThrow();
    }

    private static java.util.Optional<String> first(List<String> ids) {
        return ids.stream().findFirst();
    }

    /**
     * Remarks that go before any lead (a title used for a role, a role the sources lack, a cut message), and what
     * the sources lack of a further part of the message, after it.
     */
    private Answer note(Draft d, Understanding u) {
        String intent = d.intent().id();
        if (!u.titles().isEmpty() && intent.startsWith("role.") && !intent.equals("role.titles")) {
            Mention m = u.titles().get(0);
            String role = kb.role(m.ids().get(0)).map(r -> Words.lower(r.name())).orElse(m.ids().get(0));
            d.beforeLead("\"" + Words.capital(m.matched()) + "\" is one of the titles companies give the " + role
                    + ".");
        }
        if (!u.unknownRoles().isEmpty() && !intent.equals("search")) {
            d.beforeLead("The sources don't describe " + Words.and(u.unknownRoles().stream()
                    .map(r -> Words.a(r.name())).toList()) + ".");
        }
        if (u.truncated()) {
            d.beforeLead("(Your message was long: I read its first part only.)");
        }
        if (!u.ambiguous().isEmpty() && intent.startsWith("role.") && !intent.equals("role.titles")
                && (u.entities().roles().size() >= 2 || intent.equals("role.compare"))) {
            // "a data/applied/research scientist", "research scientist vs ML engineer": the answer is about the
            // roles; what the shared title stands for is said after it
            Mention m = u.ambiguous().get(0);
            d.further("About the title", "\"" + Words.capital(m.matched()) + "\" is a title companies give several "
                    + "roles: the " + Words.and(m.ids().stream().map(id -> kb.role(id).map(r -> Words.lower(r.name()))
                    .orElse(id)).toList()) + ".");
        }
        if (!u.furtherGap().isEmpty()) {
            d.further("You also asked", "The sources say nothing about " + u.furtherGap() + ".");
        }
        return d.build();
    }

    /**
     * Roles side by side; a described role set against one the sources lack gets what they say of the described
     * one, after the note naming the other.
     */
    private void compare(Draft d, Understanding u, List<Role> rs) {
        List<Role> all = withAmbiguous(u, rs);
        if (all.size() == 1 && !u.unknownRoles().isEmpty()) {
            // the difference asked is not in the sources: they describe one of the two only
            roles.define(d.uncovered(), all.get(0));
        } else {
            compare.compare(d, all, u.text());
        }
    }

    /** Advice on getting in: for the role or field the person aims at when they name one. */
    private void tips(Draft d, Understanding u, List<Role> roles) {
        Optional<Role> role = kb.role(u.goal());
        if (role.isPresent()) {
            topics.tips(d, List.of(role.get()), List.of(), u.text(), g -> goals.role(g, role.get(),
                    u.entities().tools(), toolNames(u)));
            return;
        }
        Optional<org.careerbot.knowledge.Skill> field = kb.skill(u.goal());
        List<Role> background = roles.stream().filter(r -> !r.id().equals(u.goal())).toList();
        if (field.isPresent() && !background.isEmpty()) {
            // from a role they hold into a field: the roles of the field, the nearest first
            topics.tips(d, List.of(), u.entities().skills(), u.text(), g -> goals.field(g, field.get(), background));
            return;
        }
        topics.tips(d, roles, u.entities().skills(), u.text());
    }
}
