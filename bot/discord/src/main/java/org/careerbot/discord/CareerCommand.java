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
    static final Map<String, Intent> ROLE_ABOUT = about(Intent.Needs.ROLE);

    /** {@code /career task about:} choice → intent; the first is the default. */
    static final Map<String, Intent> TASK_ABOUT = about(Intent.Needs.TASK);

    /** {@code /career skill about:} choice → intent; the first is the default. */
    static final Map<String, Intent> SKILL_ABOUT = about(Intent.Needs.SKILL);

    private CareerCommand() {
    }

    /**
     * The choices of a subject's {@code about:} option, from the catalogue: "overview" (its default), then each of
     * its other intents by the name of its cues, in the catalogue's order. A new aspect of the catalogue is a new
     * choice here.
     */
    private static Map<String, Intent> about(Intent.Needs subject) {
        Map<String, Intent> map = new LinkedHashMap<>();
        map.put("overview", Intent.byDefault(subject));
        java.util.Arrays.stream(Intent.values()).filter(i -> i.needs() == subject && !i.cues().isEmpty())
                .forEach(i -> map.put(i.cue(), i));
        return Collections.unmodifiableMap(map);
    }
}
