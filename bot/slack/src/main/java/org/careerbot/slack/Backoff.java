package org.careerbot.slack;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with jitter: after the n-th failure in a row, a pause between half and all of
 * {@code first * 2^(n-1)}, never more than {@code max}. The jitter spreads the reconnects of many bots after a
 * shared outage; the half that is kept makes sure a pause never shrinks to nothing.
 */
final class Backoff {
    private final long firstNanos;
    private final long maxNanos;
    private final DoubleSupplier random;

    /**
     * @param random a source of numbers in [0, 1)
     */
    Backoff(Duration first, Duration max, DoubleSupplier random) {
        this.firstNanos = first.toNanos();
        this.maxNanos = max.toNanos();
        this.random = random;
    }

    /** The pause after {@code failures} failures in a row (1 or more). */
    Duration after(int failures) {
        int doublings = Math.min(Math.max(failures, 1) - 1, 40);
        long full = firstNanos << Math.min(doublings, Long.numberOfLeadingZeros(firstNanos) - 1);
        long capped = Math.min(full, maxNanos);
        long half = capped / 2;
        return Duration.ofNanos(half + (long) (random.getAsDouble() * (capped - half)));
    }
}
