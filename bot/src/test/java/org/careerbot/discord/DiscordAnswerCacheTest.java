package org.careerbot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.careerbot.answer.Answer;
import org.careerbot.answer.Entities;
import org.junit.jupiter.api.Test;

class DiscordAnswerCacheTest {
    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2025-01-01T00:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static Answer answer(String title) {
        return new Answer("help", Entities.NONE, title, "", List.of(), null, List.of(), List.of());
    }

    @Test
    void keysAreShortDistinctAndFindTheirAnswer() {
        AnswerCache cache = new AnswerCache(100, Duration.ofHours(1), Clock.systemUTC());
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            String key = cache.put(answer("a" + i));
            assertTrue(key.matches("[0-9a-zA-Z]{10}"), key);
            keys.add(key);
            assertEquals("a" + i, cache.get(key).orElseThrow().title());
        }
        assertEquals(50, keys.size());
    }

    @Test
    void answersExpire() {
        ManualClock clock = new ManualClock();
        AnswerCache cache = new AnswerCache(100, Duration.ofMinutes(30), clock);
        String key = cache.put(answer("a"));
        clock.advance(Duration.ofMinutes(29));
        assertTrue(cache.get(key).isPresent());
        clock.advance(Duration.ofMinutes(2));
        assertTrue(cache.get(key).isEmpty());
        assertEquals(0, cache.size());
    }

    @Test
    void theLeastRecentlyUsedAreForgottenBeyondCapacity() {
        AnswerCache cache = new AnswerCache(2, Duration.ofHours(1), Clock.systemUTC());
        String first = cache.put(answer("1"));
        String second = cache.put(answer("2"));
        cache.get(first);
        String third = cache.put(answer("3"));
        assertTrue(cache.get(first).isPresent(), "used recently");
        assertTrue(cache.get(second).isEmpty(), "least recently used");
        assertTrue(cache.get(third).isPresent());
        assertNotEquals(first, third);
        assertEquals(2, cache.size());
    }
}
