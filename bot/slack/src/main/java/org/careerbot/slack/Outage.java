package org.careerbot.slack;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A spell without a working Socket Mode connection, from its first problem until a socket is up again. It is
 * logged once as a warning when it starts and once when it ends; the problems between go to {@code DEBUG}, so that
 * an outage of an hour does not write a line every 30 seconds. Used on the supervisor's thread only; the current
 * problem may be read from any thread.
 */
final class Outage {
    private static final Logger LOG = LoggerFactory.getLogger(SocketSupervisor.class);
    private final Duration maxPause;
    private volatile String problem = "connecting";
    private boolean ongoing;
    private long since;

    /**
     * @param maxPause the longest pause between attempts, for the warning
     */
    Outage(Duration maxPause) {
        this.maxPause = maxPause;
    }

    /** A problem: starts the outage (and warns) unless one is going on. */
    void problem(String why) {
        problem = why;
        if (ongoing) {
            LOG.debug("Slack Socket Mode: {}", why);
            return;
        }
        ongoing = true;
        since = System.nanoTime();
        LOG.warn("Slack Socket Mode: {}; reconnecting, with pauses of up to {}", why, seconds(maxPause.toNanos()));
    }

    /**
     * A socket is up: ends the outage, if one was going on, saying how long it lasted.
     *
     * @param again whether the bot had been connected before (else this was its start)
     */
    void end(int failedAttempts, boolean again) {
        if (ongoing) {
            LOG.info("Slack Socket Mode connected{} after {} and {} failed attempt(s)", again ? " again" : "",
                    seconds(System.nanoTime() - since), failedAttempts);
        }
        ongoing = false;
        problem = "connecting";
    }

    /** Whether an outage is going on. */
    boolean ongoing() {
        return ongoing;
    }

    /** The latest problem, or {@code connecting} when there is none. */
    String problem() {
        return problem;
    }

    /** A duration for people, e.g. {@code 7.3 s}. */
    static String seconds(long nanos) {
        return Duration.ofNanos(nanos).toMillis() / 100 / 10.0 + " s";
    }
}
