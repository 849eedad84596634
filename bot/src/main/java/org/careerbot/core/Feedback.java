package org.careerbot.core;

/**
 * Where users' verdicts on answers go ("Helpful? yes / no"): adapters report clicks here, the operations side
 * keeps them. Implementations must be thread-safe and must not throw.
 */
public interface Feedback {
    /** Feedback that goes nowhere, for tests and tools that run without the operations side. */
    Feedback NONE = (platform, userId, intent, question, helpful) -> { };

    /**
     * Records one verdict.
     *
     * @param platform the platform's name, e.g. {@code slack}
     * @param userId   who clicked, as the platform names them (the keeper hashes it)
     * @param intent   the intent of the answer judged
     * @param question the question it answered (possibly shortened)
     * @param helpful  whether the user found it helpful
     */
    void record(String platform, String userId, String intent, String question, boolean helpful);
}
