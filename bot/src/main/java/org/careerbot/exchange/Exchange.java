package org.careerbot.exchange;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import org.careerbot.core.Answerer;
import org.careerbot.core.Feedback;
import org.careerbot.model.Answer;
import org.careerbot.model.Entities;
import org.careerbot.model.Question;
import org.careerbot.picture.Illustrations;
import org.careerbot.picture.Picture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One platform's side of every exchange with its users: asks the core (an unexpected failure becomes the apology),
 * keeps each answer for its buttons, and answers those buttons: More, Share, follow-ups and "Helpful?". Also says
 * whether a picture goes with an answer. Thread-safe; meant to be called on a {@link Workers} thread.
 */
public final class Exchange {
    private static final Logger LOG = LoggerFactory.getLogger(Exchange.class);
    private final String platform;
    private final Answerer answerer;
    private final KeptAnswers kept;
    private final AnswerPictures pictures;
    private final Feedback feedback;
    /**
     * Workers that may ask the core at once. Workers mostly wait for the platform; under overload, all of them
     * answering at once would leave the threads that acknowledge requests waiting for a CPU for hundreds of ms.
     */
    private final Semaphore cores = new Semaphore(Runtime.getRuntime().availableProcessors());

    /**
     * The exchanges of one platform.
     *
     * @param platform      its name, as feedback records it, e.g. {@code slack}
     * @param answerer      the core
     * @param kept          where answers are kept for their buttons
     * @param illustrations the pictures that go with answers
     * @param feedback      where "Helpful?" verdicts go
     */
    public Exchange(String platform, Answerer answerer, KeptAnswers kept, Illustrations illustrations,
                    Feedback feedback) {
        this.platform = platform;
        this.answerer = answerer;
        this.kept = kept;
        this.pictures = new AnswerPictures(illustrations);
        this.feedback = feedback;
    }

    /** The exchanges of one platform, with answers kept by the one policy ({@link KeptAnswers#KeptAnswers(Clock)}). */
    public Exchange(String platform, Answerer answerer, Illustrations illustrations, Feedback feedback) {
        this(platform, answerer, new KeptAnswers(Clock.systemUTC()), illustrations, feedback);
    }

    /** The question typed words ask in a conversation ({@link PictureWords}). */
    public static Question read(String text, String conversationId) {
        return PictureWords.question(text, conversationId);
    }

    /** Asks the core and keeps the answer for its buttons; should the core fail, the apology is kept instead. */
    public Kept ask(Question question) {
        return kept.keep(answer(question), asked(question));
    }

    /** The answer kept under a button's id, unless it has gone. */
    public Optional<Kept> kept(String id) {
        return kept.get(id);
    }

    /** What Share posts: the answer kept under the id, or when it has gone, the answer to its question asked again. */
    public Kept share(String id, Question again) {
        return kept.get(id).orElseGet(() -> ask(again));
    }

    /** What More shows: the kept answer, or a note saying it has gone or that it was the whole answer. */
    public Rest more(String id) {
        Optional<Kept> k = kept.get(id);
        if (k.isEmpty()) {
            return Rest.none(Notes.MORE_GONE);
        }
        return k.get().answer().hasMore() ? Rest.of(k.get().answer()) : Rest.none(Notes.WHOLE);
    }

    /** The question of a kept answer's follow-up, by its place among them; empty when the answer has gone. */
    public Optional<String> followUp(String id, int index) {
        return kept.get(id).map(Kept::answer).filter(a -> index >= 0 && index < a.followUps().size())
                .map(a -> a.followUps().get(index).question());
    }

    /**
     * Records a "Helpful?" verdict: with the whole question while the answer is kept, the start of it that the
     * button carries after that.
     *
     * @param userId who clicked, as the platform names them (the feedback keeper hashes it)
     */
    public void judge(Verdict verdict, String userId) {
        String question = kept.get(verdict.answerId()).map(Kept::question).filter(q -> !q.isBlank())
                .orElse(verdict.question());
        feedback.record(platform, userId, verdict.intent(), question, verdict.helpful());
    }

    /** The answer's picture; empty when it has none, or when drawing it failed (the answer goes without). */
    public Optional<Picture> picture(Answer answer) {
        return pictures.of(answer);
    }

    /** Whether the answer has a picture, without drawing it: for a message that can only mention it. */
    public boolean pictured(Answer answer) {
        return pictures.has(answer);
    }

    /** The question in words: its text, or for a structured request the ids of what it is about. */
    static String asked(Question question) {
        if (!question.text().isBlank()) {
            return question.text();
        }
        Entities e = question.entities();
        List<String> ids = new ArrayList<>(e.roles());
        ids.addAll(e.tasks());
        ids.addAll(e.skills());
        ids.addAll(e.tools());
        return String.join(" ", ids);
    }

    private Answer answer(Question question) {
        cores.acquireUninterruptibly();
        try {
            return answerer.answer(question);
        } catch (RuntimeException e) {
            LOG.error("answering failed on {} ({} chars of input)", platform, question.text().length(), e);
            return Answer.apology();
        } finally {
            cores.release();
        }
    }
}
