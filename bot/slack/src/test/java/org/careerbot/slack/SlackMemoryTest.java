package org.careerbot.slack;

import org.careerbot.core.MovableClock;
import org.careerbot.state.RecentIds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
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
}
