package org.careerbot.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Settings of a running bot read from the environment; a malformed one fails start-up with a message naming the
 * variable and how to fix it.
 *
 * @param healthPort   port of /healthz and /metrics; 0 turns them off
 * @param rateLimit    questions a user may ask per window
 * @param ratePer      the window
 * @param gapsFile     where unanswered questions and feedback are logged
 * @param keepText     whether the gaps log keeps question text
 * @param logQuestions whether answer log lines include the question
 * @param gapsKey      the secret user ids are hashed with in the gaps log ({@code GAPS_KEY}), or null for a key
 *                     kept beside the log
 * @param dataDir      where the bot keeps what must outlive a restart without Redis (the Slack installations):
 *                     {@code CAREER_BOT_DATA}, else the folder of the gaps log
 */
record OpsSettings(int healthPort, int rateLimit, Duration ratePer, Path gapsFile, boolean keepText,
                   boolean logQuestions, String gapsKey, Path dataDir) {
    /** Where the gaps log goes unless {@code GAPS_FILE} says otherwise. */
    static final String DEFAULT_GAPS_FILE = "career-bot-gaps.jsonl";
    /** The shortest {@code GAPS_KEY} taken: shorter secrets can be guessed. */
    static final int MIN_KEY_LENGTH = 16;
    /** The most questions {@code RATE_LIMIT} may allow per window. */
    static final int MAX_QUESTIONS = 1_000_000;
    /** The longest window {@code RATE_LIMIT} may have. */
    static final Duration MAX_WINDOW = Duration.ofDays(1);
    private static final List<String> LOG_LEVELS = List.of("DEBUG", "INFO", "WARN", "ERROR");
    private static final Pattern RATE = Pattern.compile("(\\d{1,9})\\s*/\\s*(\\d{1,9})\\s*(s|m)?");

    static OpsSettings fromEnvironment(Map<String, String> env) {
        int port = port(env.getOrDefault("HEALTH_PORT", "8081"));
        logLevel(env.get("LOG_LEVEL"));
        String limit = env.getOrDefault("RATE_LIMIT", "5/10s");
        Matcher rate = RATE.matcher(limit.strip().toLowerCase(Locale.ROOT));
        if (!rate.matches()) {
            throw rateLimit(limit);
        }
        // at most 9 digits each, so the numbers fit; then the bounds
        int questions = Integer.parseInt(rate.group(1));
        Duration per = "m".equals(rate.group(3)) ? Duration.ofMinutes(Long.parseLong(rate.group(2)))
                : Duration.ofSeconds(Long.parseLong(rate.group(2)));
        if (questions < 1 || questions > MAX_QUESTIONS || per.isZero() || per.compareTo(MAX_WINDOW) > 0) {
            throw rateLimit(limit);
        }
        Path gaps = gapsFile(env);
        return new OpsSettings(port, questions, per, gaps,
                flag(env, "GAPS_KEEP_TEXT"), flag(env, "LOG_QUESTIONS"), gapsKey(env), dataDir(env, gaps));
    }

    private static IllegalArgumentException rateLimit(String value) {
        return new IllegalArgumentException("RATE_LIMIT must look like 5/10s (questions per seconds) or 30/1m, with "
                + "1 to " + MAX_QUESTIONS + " questions in 1 second to 24 hours (1440m); got '" + value + "'");
    }

    /**
     * Checks {@code LOG_LEVEL}, which the logging configuration reads itself: it would take anything it does not
     * know for DEBUG, the level that logs the most.
     */
    static void logLevel(String value) {
        if (value != null && !value.isBlank()
                && !LOG_LEVELS.contains(value.strip().toUpperCase(Locale.ROOT))) {
            throw new IllegalArgumentException("LOG_LEVEL must be " + String.join(", ", LOG_LEVELS.subList(0, 3))
                    + " or " + LOG_LEVELS.get(3) + " (unset: INFO); got '" + value + "'");
        }
    }

    /** {@code GAPS_KEY}, or null when unset; a secret, so never repeated in a message. */
    private static String gapsKey(Map<String, String> env) {
        String key = env.get("GAPS_KEY");
        if (key == null || key.isBlank()) {
            return null;
        }
        if (key.strip().length() < MIN_KEY_LENGTH) {
            throw new IllegalArgumentException("GAPS_KEY must have at least " + MIN_KEY_LENGTH + " characters (for "
                    + "example the output of 'openssl rand -hex 32'), or be unset to have a key kept beside the gaps "
                    + "log; it has " + key.strip().length());
        }
        return key.strip();
    }

    /** The settings without the secret, should they ever be logged. */
    @Override
    public String toString() {
        return "OpsSettings[healthPort=" + healthPort + ", rateLimit=" + rateLimit + "/" + ratePer + ", gapsFile="
                + gapsFile + ", keepText=" + keepText + ", logQuestions=" + logQuestions + ", gapsKey="
                + (gapsKey == null ? "none" : "set") + ", dataDir=" + dataDir + "]";
    }

    /** {@code CAREER_BOT_DATA}, else the folder the gaps log is in (the working directory by default). */
    static Path dataDir(Map<String, String> env, Path gapsFile) {
        String dir = env.get("CAREER_BOT_DATA");
        if (dir != null && !dir.isBlank()) {
            return Path.of(dir.strip());
        }
        Path parent = gapsFile.toAbsolutePath().getParent();
        return parent == null ? Path.of("") : parent;
    }

    /** The gaps log: {@code GAPS_FILE}, or {@value #DEFAULT_GAPS_FILE} in the working directory. */
    static Path gapsFile(Map<String, String> env) {
        String file = env.get("GAPS_FILE");
        return Path.of(file == null || file.isBlank() ? DEFAULT_GAPS_FILE : file.strip());
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value.strip());
            if (port >= 0 && port <= 65_535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("HEALTH_PORT must be a port number from 1 to 65535, or 0 to turn the "
                + "health endpoint off; got '" + value + "'");
    }

    private static boolean flag(Map<String, String> env, String name) {
        String value = env.getOrDefault(name, "false").strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off", "" -> false;
            default -> throw new IllegalArgumentException(name + " must be true or false; got '" + value + "'");
        };
    }
}
