package org.careerbot.picture;

import java.util.Optional;
import org.careerbot.model.Answer;

/**
 * Where adapters find the picture that illustrates an answer, if it has one (a comparison of two roles, the matrix
 * of who does what): the port {@code Main} hands to each adapter, which decides how to post the picture.
 * Implementations must be thread-safe and should draw lazily and keep what they drew, since adapters ask for every
 * answer they send. {@link Pictures} is the implementation.
 */
public interface Illustrations {
    /** No pictures at all, for tests and tools that run without them. */
    Illustrations NONE = answer -> Optional.empty();

    /** The picture that goes with this answer; empty for answers without one. */
    Optional<Picture> forAnswer(Answer answer);

    /**
     * Whether this answer has a picture, without drawing it: for an adapter that only mentions the picture, e.g.
     * in a private answer that cannot carry it.
     */
    default boolean illustrates(Answer answer) {
        return forAnswer(answer).isPresent();
    }
}
