package org.careerbot.slack;

import java.time.Duration;

/**
 * How the Socket Mode connection is watched and retried. Production uses {@link #DEFAULTS}; tests shorten them
 * so that faults heal in a second.
 *
 * @param tick           how often the connection's state is checked
 * @param ping           how often the live socket is pinged
 * @param silence        a socket that has sent nothing (not even a pong) for this long is dead
 * @param helloTimeout   a new socket must get Slack's {@code hello} within this time
 * @param connectTimeout the TCP and TLS connect timeout of a new socket
 * @param firstRetry     the pause after the first failed attempt; it doubles with each failure
 * @param maxRetry       the longest pause between attempts
 */
record SocketTimings(Duration tick, Duration ping, Duration silence, Duration helloTimeout, Duration connectTimeout,
                     Duration firstRetry, Duration maxRetry) {
    /** Pings every 3 s, gives up on a silent socket after 10 s, retries after 1, 2, 4 ... 30 s (with jitter). */
    static final SocketTimings DEFAULTS = new SocketTimings(Duration.ofMillis(500), Duration.ofSeconds(3),
            Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(1),
            Duration.ofSeconds(30));

    /** Checks that the timings can work together. */
    SocketTimings {
        if (silence.compareTo(ping.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("silence must allow at least two pings");
        }
        if (maxRetry.compareTo(firstRetry) < 0) {
            throw new IllegalArgumentException("maxRetry must not be shorter than firstRetry");
        }
    }
}
