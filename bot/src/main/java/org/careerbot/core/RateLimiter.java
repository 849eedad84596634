package org.careerbot.core;

/** Decides whether a user may ask another question now. */
public interface RateLimiter {
    /** Whether the user may ask now; counts the question when it may. */
    boolean tryAcquire(String userKey);
}
