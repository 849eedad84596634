package org.careerbot.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.careerbot.model.Answer;
import org.careerbot.model.Entities;
import org.careerbot.model.Intent;
import org.junit.jupiter.api.Test;

class KeptAnswersTest {
    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
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

    static Answer answer(String title) {
        return new Answer(Intent.HELP, Entities.NONE, title, "", List.of(), null, List.of(), List.of());
    }

    @Test
    void idsAreShortRandomAlphanumericAndFindTheirAnswerAndQuestion() {
        KeptAnswers kept = new KeptAnswers(100, Duration.ofHours(1), Clock.systemUTC());
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            Kept k = kept.keep(answer("a" + i), "q" + i);
            assertTrue(k.id().matches("[0-9a-zA-Z]{12}"), k.id());
            ids.add(k.id());
            assertEquals("a" + i, kept.get(k.id()).orElseThrow().answer().title());
            assertEquals("q" + i, kept.get(k.id()).orElseThrow().question());
        }
        assertEquals(50, ids.size());
    }

    @Test
    void answersExpire() {
        ManualClock clock = new ManualClock();
        KeptAnswers kept = new KeptAnswers(100, Duration.ofMinutes(30), clock);
        String id = kept.keep(answer("a"), "").id();
        clock.advance(Duration.ofMinutes(29));
        assertTrue(kept.get(id).isPresent());
        clock.advance(Duration.ofMinutes(2));
        assertTrue(kept.get(id).isEmpty());
        assertEquals(0, kept.size());
    }

    @Test
    void neverHoldsMoreThanItsCapacity() {
        KeptAnswers kept = new KeptAnswers(10, Duration.ofHours(1), Clock.systemUTC());
        for (int i = 0; i < 100; i++) {
            kept.keep(answer("a" + i), "");
        }
        assertEquals(10, kept.size());
    }

    @Test
    void unknownEmptyAndMissingIdsFindNothing() {
        KeptAnswers kept = new KeptAnswers(Clock.systemUTC());
        kept.keep(answer("a"), "");
        assertTrue(kept.get("").isEmpty());
        assertTrue(kept.get(null).isEmpty());
        assertTrue(kept.get("000000000000").isEmpty());
    }
}
