package org.careerbot.understanding;

/**
 * How sure a choice between readings is, from the margin between the best reading's cue score and the next one's:
 * "what tools does a DS use?" (tools 3, nothing else) is surer than "what tools and skills does a DS need?"
 * (tools 3, skills 3), where the tie-break rank decided. Confidence stays within [{@link #LEAST}, {@link #MOST}]:
 * a reading chosen by cues is never below the bar under which the core answers by retrieval instead.
 */
final class Margin {
    static final double LEAST = 0.55;
    static final double MOST = 0.95;
    /** What each point of margin, and each point of the best score, adds. */
    private static final double PER_MARGIN = 0.1;
    private static final double PER_SCORE = 0.05;

    private Margin() {
    }

    /** The confidence of a choice whose best reading scored {@code best} and the next {@code next}. */
    static double confidence(int best, int next) {
        double c = LEAST + PER_MARGIN * Math.max(0, best - next) + PER_SCORE * Math.max(0, best);
        return Math.min(MOST, Math.max(LEAST, c));
    }
}
