package org.careerbot.discord;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.careerbot.model.Intent;

/**
 * The names of the {@code /career} command, its subcommands and options, and what each {@code about} choice asks
 * the core: shared by the definitions and the handlers so that the two never drift apart.
 */
final class CareerCommand {
    static final String NAME = "career";
    static final String MENTOR = "Answer with Career Bot";

    static final String ASK = "ask";
    static final String ROLE = "role";
    static final String COMPARE = "compare";
    static final String TASK = "task";
    static final String SKILL = "skill";
    static final String ROLES = "roles";
    static final String MATRIX = "matrix";
    static final String HELP = "help";

    static final String QUESTION = "question";
    static final String ABOUT = "about";
    static final String FIRST = "first";
    static final String SECOND = "second";
    static final String SHARE = "share";
    static final String FOR = "for";

    /** The options that name a role and so get role autocomplete. */
    static final Set<String> ROLE_OPTIONS = Set.of(ROLE, FIRST, SECOND);

    /** {@code /career role about:} choice → intent; the first is the default. */
    static final Map<String, Intent> ROLE_ABOUT = ordered(
            "overview", Intent.ROLE_DEFINE, "tasks", Intent.ROLE_TASKS, "skills", Intent.ROLE_SKILLS,
            "tools", Intent.ROLE_TOOLS, "titles", Intent.ROLE_TITLES, "team", Intent.ROLE_TEAM,
            "education", Intent.ROLE_EDUCATION, "industries", Intent.ROLE_INDUSTRIES);

    /** {@code /career task about:} choice → intent; the first is the default. */
    static final Map<String, Intent> TASK_ABOUT = ordered(
            "overview", Intent.TASK_DEFINE, "subtasks", Intent.TASK_SUBTASKS, "roles", Intent.TASK_ROLES,
            "skills", Intent.TASK_SKILLS);

    /** {@code /career skill about:} choice → intent; the first is the default. */
    static final Map<String, Intent> SKILL_ABOUT = ordered(
            "overview", Intent.SKILL_DEFINE, "roles", Intent.SKILL_ROLES);

    private CareerCommand() {
    }

    private static Map<String, Intent> ordered(Object... pairs) {
        Map<String, Intent> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Intent) pairs[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}
