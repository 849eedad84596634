package org.careerbot.state.redis;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Map;

/**
 * The Redis server the tests tagged {@code redis} use: {@code CAREER_BOT_TEST_REDIS_URL} (CI starts one on a free
 * loopback port). Without it, those tests are skipped and the rest of the build runs as usual.
 */
public final class TestRedis {
    /** The variable that names the server. */
    public static final String VARIABLE = "CAREER_BOT_TEST_REDIS_URL";

    private TestRedis() {
    }

    /** The server's URL; skips the test when none is set. */
    public static String url() {
        String url = System.getenv(VARIABLE);
        assumeTrue(url != null && !url.isBlank(), VARIABLE + " names no Redis server: skipped");
        return url.strip();
    }

    /** The settings of the test server. */
    public static RedisSettings settings() {
        return RedisSettings.fromEnvironment(Map.of("REDIS_URL", url()));
    }
}
