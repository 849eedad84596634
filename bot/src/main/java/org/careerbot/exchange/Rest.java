package org.careerbot.exchange;

import java.util.Optional;
import org.careerbot.model.Answer;

/**
 * What a click on More brings: the answer kept under the button's id, whose {@link Answer#more()} the adapter
 * renders, or a note saying why there is nothing more ({@link Notes#MORE_GONE}, {@link Notes#WHOLE}).
 *
 * @param answer the whole kept answer, or null
 * @param note   the note when there is no answer; empty otherwise
 */
public record Rest(Answer answer, String note) {
    /** The rest of this answer. */
    static Rest of(Answer answer) {
        return new Rest(answer, "");
    }

    /** Nothing more, and why. */
    static Rest none(String note) {
        return new Rest(null, note);
    }

    /** The kept answer, when there is more to show. */
    public Optional<Answer> found() {
        return Optional.ofNullable(answer);
    }
}
