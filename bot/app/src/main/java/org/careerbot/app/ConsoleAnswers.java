package org.careerbot.app;

import java.time.Clock;
import java.util.Map;
import org.careerbot.core.Answerer;
import org.careerbot.ops.GapsLog;
import org.careerbot.ops.GapsRecorder;

/**
 * The core as {@code chat} and {@code ask} use it: when {@code GAPS_FILE} is set, questions the knowledge could not
 * answer go to that gaps log (as on Slack and Discord), so that {@code gaps} can be tried locally. Without it,
 * nothing is written: a terminal session leaves no files behind unless asked to.
 */
final class ConsoleAnswers {
    /** The platform's name in the gaps log. */
    static final String PLATFORM = "console";

    private ConsoleAnswers() {
    }

    /**
     * The core, recording gaps if {@code GAPS_FILE} is set.
     *
     * @throws BadSetting if a gaps setting is malformed; the message names it
     */
    static Answerer of(Answerer core, Map<String, String> env) {
        String file = env.get("GAPS_FILE");
        if (file == null || file.isBlank()) {
            return core;
        }
        OpsSettings ops;
        try {
            ops = OpsSettings.fromEnvironment(env);
        } catch (IllegalArgumentException e) {
            throw new BadSetting(e.getMessage());
        }
        return new GapsRecorder(core, PLATFORM, System.getProperty("user.name", ""),
                new GapsLog(ops.gapsFile(), ops.keepText(), Clock.systemUTC()));
    }

    /** A malformed setting: the command stops with its message and status 2. */
    static final class BadSetting extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadSetting(String message) {
            super(message);
        }
    }
}
