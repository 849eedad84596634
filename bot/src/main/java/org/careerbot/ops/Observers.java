package org.careerbot.ops;

import org.careerbot.core.Feedback;
import org.careerbot.core.RateLimiter;

/**
 * What every platform's answers are observed with; one set per process.
 *
 * @param metrics      the metrics
 * @param limiter      the per-user rate limit
 * @param gaps         the log of unanswered questions and feedback
 * @param logQuestions whether answer log lines include the question's text
 */
public record Observers(Metrics metrics, RateLimiter limiter, GapsLog gaps, boolean logQuestions) {
    /**
     * Where the adapters' "Helpful?" clicks go: counted, and kept in the gaps log. Clicks beyond the rate limit
     * (its own budget, apart from questions) are dropped, so that nobody can flood the log by clicking.
     */
    public Feedback feedback() {
        return (platform, userId, intent, question, helpful) -> {
            if (limiter.tryAcquire(platform + ":feedback:" + userId)) {
                metrics.feedback(platform, helpful);
                gaps.record(platform, userId, intent, question, helpful);
            }
        };
    }
}
