package org.careerbot.slack;

import org.careerbot.core.MovableClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.careerbot.answer.Answer;
import org.careerbot.core.Question;
import org.junit.jupiter.api.Test;

/** What the app remembers stays bounded: event ids expire and make room, kept answers make room. */
class SlackMemoryTest {
    private final MovableClock clock = new MovableClock();

    @Test
    void anEventIdIsSeenOnceUntilItExpires() {
        RecentIds ids = new RecentIds(10, Duration.ofMinutes(15), clock);
        assertTrue(ids.firstTime("Ev1"));
        assertFalse(ids.firstTime("Ev1"));
        clock.advance(Duration.ofMinutes(16));
        assertTrue(ids.firstTime("Ev1"), "forgotten after it expired");
    }

    @Test
    void theOldestIdsGiveWayWhenTheMemoryIsFull() {
        RecentIds ids = new RecentIds(3, Duration.ofHours(1), clock);
        for (String id : new String[] {"a", "b", "c", "d"}) {
            assertTrue(ids.firstTime(id));
        }
        assertEquals(3, ids.size());
        assertTrue(ids.firstTime("a"), "the oldest was dropped");
        assertFalse(ids.firstTime("d"));
    }

    @Test
    void keptAnswersAreBoundedAndFoundByTheirIds() {
        AnswerCache cache = new AnswerCache(2);
        Answer one = ScriptedAnswerer.small(Question.of("one", "c"));
        String first = cache.put(one);
        String second = cache.put(ScriptedAnswerer.small(Question.of("two", "c")));
        assertEquals(one, cache.get(first).orElseThrow());
        cache.put(ScriptedAnswerer.small(Question.of("three", "c")));
        assertTrue(cache.get(second).isEmpty(), "the least recently used went");
        assertTrue(cache.get(first).isPresent());
        assertTrue(first.matches("[0-9a-z]{1,13}"), "fits a share reference: " + first);
    }
}
