package org.careerbot.exchange;

import org.careerbot.model.Answer;

/**
 * An answer kept for its buttons.
 *
 * @param id       its unguessable id, which the buttons carry
 * @param answer   the answer
 * @param question the question it answers in words, which "Helpful?" reports: the text typed, or for a
 *                 structured request the ids of what it is about
 */
public record Kept(String id, Answer answer, String question) {
    /** Null parts read as empty. */
    public Kept {
        id = id == null ? "" : id;
        question = question == null ? "" : question;
    }
}
