package org.careerbot.ops;

import java.util.List;
import java.util.regex.Pattern;
import org.careerbot.core.Answerer;
import org.careerbot.core.RateLimiter;
import org.careerbot.model.Answer;
import org.careerbot.model.Entities;
import org.careerbot.model.Intent;
import org.careerbot.model.Question;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The core as one platform sees it: rate-limited per user, measured, logged (one line per answer, without the
 * question unless enabled), with unanswered questions recorded for the gaps report, and any failure turned into
 * an apology. The user always gets an answer.
 */
public final class ObservedAnswerer implements Answerer {
    private static final Logger LOG = LoggerFactory.getLogger("careerbot.answers");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]+");

    private final Answerer core;
    private final String platform;
    private final Observers observers;

    /**
     * A wrapper of the core for one platform.
     *
     * @param core      the core
     * @param platform  the platform's name, for metrics and logs
     * @param observers the shared metrics, limiter, gaps log and logging choice
     */
    public ObservedAnswerer(Answerer core, String platform, Observers observers) {
        this.core = core;
        this.platform = platform;
        this.observers = observers;
    }

    @Override
    public Answer answer(Question q) {
        RateLimiter limiter = observers.limiter();
        if (!limiter.tryAcquire(platform + ":" + q.askerKey())) {
            observers.metrics().limited(platform);
            return slowDown(limiter);
        }
        long start = System.nanoTime();
        Answer a;
        try {
            a = core.answer(q);
        } catch (RuntimeException e) {
            observers.metrics().failed(platform);
            LOG.error("answering failed on {} ({} chars of input)", platform, q.text().length(), e);
            return Answer.apology();
        }
        long nanos = System.nanoTime() - start;
        observers.metrics().answered(platform, a.intent().id(), nanos);
        log(q, a, nanos);
        if (GapsRecorder.isGap(q, a)) {
            observers.gaps().unanswered(platform, q.askerKey(), a.intent().id(), q.text());
        }
        return a;
    }

    private void log(Question q, Answer a, long nanos) {
        var line = LOG.atInfo().addKeyValue("platform", platform).addKeyValue("intent", a.intent().id())
                .addKeyValue("latency_ms", String.format("%.2f", nanos / 1e6));
        if (observers.logQuestions()) {
            line = line.addKeyValue("question", printable(q.text()));
        }
        line.log("answered");
    }

    /**
     * A question as it may be logged: control characters (terminal escape sequences, line breaks that would forge
     * log lines) and the invisible marks that reverse text are each run replaced with one space.
     */
    static String printable(String text) {
        return CONTROL.matcher(text).replaceAll(" ");
    }

    private static Answer slowDown(RateLimiter limiter) {
        return new Answer(Intent.HELP, Entities.NONE, "One moment, please",
                "You're asking faster than I can keep up with (the limit is " + limiter
                        + " questions). Please wait a few seconds and ask again.", List.of(), null, List.of(),
                List.of());
    }
}
