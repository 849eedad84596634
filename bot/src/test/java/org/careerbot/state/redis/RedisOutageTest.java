package org.careerbot.state.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.careerbot.core.RateLimiter;
import org.careerbot.exchange.Kept;
import org.careerbot.exchange.KeptAnswers;
import org.careerbot.model.Answer;
import org.careerbot.model.Context;
import org.careerbot.state.SharedState;
import org.careerbot.testing.QuietLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A Redis that cannot be reached (nothing listens on its port): the bot goes on answering without shared state,
 * every failed operation is counted, the outage is logged once, and health names Redis and why.
 */
class RedisOutageTest {
    private final List<String> failures = new CopyOnWriteArrayList<>();
    private QuietLog log;
    private SharedState state;
    private int port;

    @BeforeEach
    void connectToNothing() throws IOException {
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        log = new QuietLog(RedisStore.class);
        state = RedisState.connect(RedisSettings.fromEnvironment(Map.of("REDIS_URL",
                "redis://:s3cret-pass@127.0.0.1:" + port + "/0")), (store, operation) -> failures.add(store + ":"
                + operation));
    }

    @AfterEach
    void close() {
        state.close();
        log.close();
    }

    @Test
    void everyEventIsAnsweredWithoutADuplicateCheck() {
        assertTrue(state.events().firstTime("Ev1"));
        assertTrue(state.events().firstTime("Ev1"), "no dedupe for that moment rather than no answer");
        assertEquals(List.of("redis:seen_events", "redis:seen_events"), failures);
    }

    @Test
    void aFollowUpHasNoContextAndAnswersStillGetIds() {
        state.conversations().put("slack:T1:C1:1.1", Context.NONE);
        assertEquals(Context.NONE, state.conversations().get("slack:T1:C1:1.1"));
        Kept kept = new KeptAnswers(state.answers()).keep(Answer.apology(), "q");
        assertEquals(12, kept.id().length(), "the answer goes out with its buttons");
        assertTrue(new KeptAnswers(state.answers()).get(kept.id()).isEmpty(), "its buttons then say it has gone");
        assertEquals(4, failures.size());
    }

    @Test
    void questionsAreAllowedWhenTheLimitCannotBeChecked() {
        RateLimiter limiter = state.limits().limiter(1, Duration.ofMinutes(1));
        assertTrue(limiter.tryAcquire("slack:U1"));
        assertTrue(limiter.tryAcquire("slack:U1"));
        assertEquals(List.of("redis:rate_limits", "redis:rate_limits"), failures);
    }

    @Test
    void healthNamesRedisAndWhyWithoutThePassword() {
        assertFalse(state.health().up());
        String why = state.health().state();
        assertTrue(why.startsWith("cannot reach redis://127.0.0.1:" + port + "/0: "), why);
        assertFalse(why.contains("s3cret-pass"), why);
    }

    @Test
    void theOutageIsLoggedOnceAsAWarningWithoutThePassword() {
        for (int i = 0; i < 5; i++) {
            state.events().firstTime("Ev" + i);
        }
        List<String> warnings = log.at(Level.WARN);
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("redis://127.0.0.1:" + port + "/0 cannot be reached"), warnings.get(0));
        assertTrue(log.all().stream().noneMatch(l -> l.contains("s3cret-pass")));
    }
}
