package org.careerbot.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The intents of the answer contract, each with what a request for it must name (a command's options): a role,
 * two roles, a task, a skill, a tool, or nothing.
 */
public enum Intent {
    ROLE_DEFINE("role.define", Needs.ROLE), ROLE_TASKS("role.tasks", Needs.ROLE), ROLE_SKILLS("role.skills",
            Needs.ROLE), ROLE_TOOLS("role.tools", Needs.ROLE), ROLE_TITLES("role.titles", Needs.ROLE),
    ROLE_TEAM("role.team", Needs.ROLE), ROLE_EDUCATION("role.education", Needs.ROLE),
    ROLE_INDUSTRIES("role.industries", Needs.ROLE), ROLE_COMPARE("role.compare", Needs.TWO_ROLES),
    ROLE_LIST("role.list", Needs.NOTHING), ROLE_RECOMMEND("role.recommend", Needs.NOTHING),
    TASK_DEFINE("task.define", Needs.TASK), TASK_SUBTASKS("task.subtasks", Needs.TASK),
    TASK_ROLES("task.roles", Needs.TASK), TASK_SKILLS("task.skills", Needs.TASK),
    SKILL_DEFINE("skill.define", Needs.SKILL), SKILL_ROLES("skill.roles", Needs.SKILL),
    TOOL_ROLES("tool.roles", Needs.TOOL), ORG_TYPES("org.types", Needs.NOTHING), LIFECYCLE("lifecycle",
            Needs.NOTHING), CAREER_TIPS("career.tips", Needs.NOTHING), CAREER_OUTLOOK("career.outlook",
            Needs.NOTHING), HELP("help", Needs.NOTHING), SEARCH("search", Needs.NOTHING),
    OUT_OF_SCOPE("out_of_scope", Needs.NOTHING);

    private final String id;
    private final Needs needs;

    Intent(String id, Needs needs) {
        this.id = id;
        this.needs = needs;
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
