package org.careerbot.ops;

import java.util.Set;
import org.careerbot.core.Answerer;
import org.careerbot.model.Answer;
import org.careerbot.model.Intent;
import org.careerbot.model.Question;

/**
 * The core with what it could not answer kept in the gaps log, and nothing else added: for the terminal, where
 * there are no metrics, rate limits or answer log lines, but a mentor may still want to try the gaps report.
 */
public final class GapsRecorder implements Answerer {
    /** Intents that mean the knowledge had no curated answer. */
    private static final Set<Intent> GAPS = Set.of(Intent.SEARCH, Intent.OUT_OF_SCOPE);

    private final Answerer core;
    private final String platform;
    private final String user;
    private final GapsLog gaps;

    /**
     * A recorder.
     *
     * @param core     the core
     * @param platform the platform's name in the log
     * @param user     who asks (hashed in the log)
     * @param gaps     the gaps log
     */
    public GapsRecorder(Answerer core, String platform, String user, GapsLog gaps) {
        this.core = core;
        this.platform = platform;
        this.user = user;
        this.gaps = gaps;
    }

    /** Whether an answer to a question typed in words is one the gaps report should count. */
    public static boolean isGap(Question q, Answer a) {
        return GAPS.contains(a.intent()) && !q.isStructured();
    }

    @Override
    public Answer answer(Question q) {
        Answer a = core.answer(q);
        if (isGap(q, a)) {
            gaps.unanswered(platform, user, a.intent().id(), q.text());
        }
        return a;
    }
}
