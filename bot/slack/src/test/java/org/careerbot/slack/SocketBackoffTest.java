package org.careerbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The pauses between attempts to connect: doubling from the first, with jitter, never above the cap. */
class SocketBackoffTest {
    private static final Duration FIRST = Duration.ofSeconds(1);
    private static final Duration MAX = Duration.ofSeconds(30);

    @Test
    void pausesDoubleWithEachFailureUpToTheCap() {
        Backoff longest = new Backoff(FIRST, MAX, () -> 0.999_999_999);
        assertEquals(1_000, millis(longest.after(1)));
        assertEquals(2_000, millis(longest.after(2)));
        assertEquals(8_000, millis(longest.after(4)));
        assertEquals(16_000, millis(longest.after(5)));
        assertEquals(30_000, millis(longest.after(6)), "the cap");
        assertEquals(30_000, millis(longest.after(1_000)), "no overflow after many failures");
    }

    private static long millis(Duration d) {
        return Math.round(d.toNanos() / 1e6);
    }

    @Test
    void jitterKeepsAtLeastHalfOfEachPause() {
        Backoff shortest = new Backoff(FIRST, MAX, () -> 0.0);
        assertEquals(Duration.ofMillis(500), shortest.after(1));
        assertEquals(Duration.ofSeconds(4), shortest.after(4));
        assertEquals(Duration.ofSeconds(15), shortest.after(Integer.MAX_VALUE));
    }

    @Test
    void theSameFailureCountGivesDifferentPausesWithDifferentLuck() {
        Duration a = new Backoff(FIRST, MAX, () -> 0.2).after(3);
        Duration b = new Backoff(FIRST, MAX, () -> 0.7).after(3);
        assertEquals(Duration.ofMillis(2_400), a);
        assertEquals(Duration.ofMillis(3_400), b);
    }
}
