package org.careerbot.ops;

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
}
