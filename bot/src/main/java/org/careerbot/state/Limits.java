package org.careerbot.state;

import java.time.Duration;
import org.careerbot.core.RateLimiter;

/** Makes the per-user rate limits: counted in this process, or shared by several replicas. */
@FunctionalInterface
public interface Limits {
    /** A limiter allowing each user {@code questions} per {@code window}, refilled gradually. */
    RateLimiter limiter(int questions, Duration window);
}
