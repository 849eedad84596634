package org.careerbot.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The catalogue of intents of the answer contract: each entry says what a request for it must name (a command's
 * options: a role, two roles, a task, a skill, a tool, or nothing) and, for a role's aspects, the lexicon's cue
 * phrases that ask for it and its rank among them. Its answer is written by {@code Composer}'s entry for it, which
 * the bot checks for every intent when it starts.
 */
public enum Intent {
    ROLE_DEFINE("role.define", Needs.ROLE),
    ROLE_TASKS("role.tasks", Needs.ROLE, "tasks", 7),
    ROLE_SKILLS("role.skills", Needs.ROLE, "skills", 5),
    ROLE_TOOLS("role.tools", Needs.ROLE, "tools", 4),
    ROLE_TITLES("role.titles", Needs.ROLE, "titles", 1),
    ROLE_TEAM("role.team", Needs.ROLE, "team", 6),
    ROLE_EDUCATION("role.education", Needs.ROLE, "education", 2),
    ROLE_INDUSTRIES("role.industries", Needs.ROLE, "industries", 3),
    ROLE_COMPARE("role.compare", Needs.TWO_ROLES),
    ROLE_LIST("role.list", Needs.NOTHING),
    ROLE_RECOMMEND("role.recommend", Needs.NOTHING),
    TASK_DEFINE("task.define", Needs.TASK),
    TASK_SUBTASKS("task.subtasks", Needs.TASK),
    TASK_ROLES("task.roles", Needs.TASK),
    TASK_SKILLS("task.skills", Needs.TASK),
    SKILL_DEFINE("skill.define", Needs.SKILL),
    SKILL_ROLES("skill.roles", Needs.SKILL),
    TOOL_ROLES("tool.roles", Needs.TOOL),
    ORG_TYPES("org.types", Needs.NOTHING),
    LIFECYCLE("lifecycle", Needs.NOTHING),
    CAREER_TIPS("career.tips", Needs.NOTHING),
    CAREER_OUTLOOK("career.outlook", Needs.NOTHING),
    HELP("help", Needs.NOTHING),
    SEARCH("search", Needs.NOTHING),
    OUT_OF_SCOPE("out_of_scope", Needs.NOTHING);

    private final String id;
    private final Needs needs;
    private final String aspect;
    private final int rank;

    Intent(String id, Needs needs) {
        this(id, needs, "", 0);
    }

    /**
     * An aspect of a role, asked of it by the cue phrases of {@code aspects.<aspect>} in the lexicon.
     *
     * @param aspect the lexicon's cue name
     * @param rank   which aspect wins a tie, lowest first: a title or a degree named is asked more surely than
     *               tools or tasks, which many questions touch in passing
     */
    Intent(String id, Needs needs, String aspect, int rank) {
        this.id = id;
        this.needs = needs;
        this.aspect = aspect;
        this.rank = rank;
    }

    /** The lexicon's cue name of a role aspect ("tools"), or empty for intents that are not one. */
    public String aspect() {
        return aspect;
    }

    /** The role aspects, in the order that breaks ties. */
    public static java.util.List<Intent> roleAspects() {
        return Arrays.stream(values()).filter(i -> !i.aspect.isEmpty())
                .sorted(java.util.Comparator.comparingInt(i -> i.rank)).toList();
    }

    /** Whether these entities are enough to answer the intent ("role.compare" needs two roles). */
    public boolean answerableWith(org.careerbot.model.Entities e) {
        return switch (needs) {
            case NOTHING -> true;
            case ROLE -> !e.roles().isEmpty();
            case TWO_ROLES -> e.roles().size() >= 2;
            case TASK -> !e.tasks().isEmpty();
            case SKILL -> !e.skills().isEmpty();
            case TOOL -> !e.tools().isEmpty();
        };
    }

    /** What a request for an intent must name. */
    private enum Needs {
        NOTHING, ROLE, TWO_ROLES, TASK, SKILL, TOOL
    }

    /** The contract name, e.g. {@code role.tools}. */
    public String id() {
        return id;
    }

    /** The intent with this contract name. */
    public static Optional<Intent> of(String id) {
        return Arrays.stream(values()).filter(i -> i.id.equals(id)).findFirst();
    }
}
