package org.careerbot.exchange;

import java.util.Optional;
import org.careerbot.model.Answer;
import org.careerbot.picture.Illustrations;
import org.careerbot.picture.Picture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether a picture goes with an answer, and what happens when drawing it fails: the answer always goes, without
 * the picture, and the failure is logged (the intent, never the question).
 */
final class AnswerPictures {
    private static final Logger LOG = LoggerFactory.getLogger(AnswerPictures.class);
    private final Illustrations illustrations;

    AnswerPictures(Illustrations illustrations) {
        this.illustrations = illustrations;
    }

    /** The answer's picture; empty when it has none, or when drawing it failed. */
    Optional<Picture> of(Answer answer) {
        try {
            return illustrations.forAnswer(answer);
        } catch (RuntimeException e) {
            LOG.error("drawing the picture of a {} answer failed; answering without it", answer.intent().id(), e);
            return Optional.empty();
        }
    }

    /** Whether the answer has a picture, without drawing it; false when even that fails. */
    boolean has(Answer answer) {
        try {
            return illustrations.illustrates(answer);
        } catch (RuntimeException e) {
            LOG.error("telling whether a {} answer has a picture failed", answer.intent().id(), e);
            return false;
        }
    }
}
