package org.careerbot.understanding;

import java.util.Arrays;
import java.util.Optional;

/** The intents of the answer contract. */
public enum Intent {
    ROLE_DEFINE("role.define"), ROLE_TASKS("role.tasks"), ROLE_SKILLS("role.skills"), ROLE_TOOLS("role.tools"),
    ROLE_TITLES("role.titles"), ROLE_TEAM("role.team"), ROLE_EDUCATION("role.education"),
    ROLE_INDUSTRIES("role.industries"), ROLE_COMPARE("role.compare"), ROLE_LIST("role.list"),
    ROLE_RECOMMEND("role.recommend"), TASK_DEFINE("task.define"), TASK_SUBTASKS("task.subtasks"),
    TASK_ROLES("task.roles"), TASK_SKILLS("task.skills"), SKILL_DEFINE("skill.define"), SKILL_ROLES("skill.roles"),
    TOOL_ROLES("tool.roles"), ORG_TYPES("org.types"), LIFECYCLE("lifecycle"), CAREER_TIPS("career.tips"),
    CAREER_OUTLOOK("career.outlook"), HELP("help"), SEARCH("search"), OUT_OF_SCOPE("out_of_scope");

    private final String id;

    Intent(String id) {
        this.id = id;
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
