package org.careerbot.slack;

/**
 * What surrounds an answer in one place: a line above it, whether it can be shared, whether the user is asked if it
 * helped, and whether the rest of it is one click away.
 *
 * @param note       mrkdwn shown under the title (already escaped), e.g. who asked what; blank for none
 * @param shareValue the share button's reference to the answer; null for no share button
 * @param question   the question answered, which the "Helpful?" buttons report; null for no such buttons
 * @param answerId   the {@link org.careerbot.exchange.KeptAnswers} id of the answer, which its More and "Helpful?"
 *                   buttons carry; null for no More
 */
record Framing(String note, String shareValue, String question, String answerId) {
    /** Nothing around the answer. */
    static final Framing NONE = new Framing("", null, null, null);

    /** Null reads as no note. */
    Framing {
        note = note == null ? "" : note;
    }

    /** A note, maybe a share button and "Helpful?" buttons; no More button. */
    Framing(String note, String shareValue, String question) {
        this(note, shareValue, question, null);
    }

    /** A note and maybe a share button; no "Helpful?" buttons. */
    Framing(String note, String shareValue) {
        this(note, shareValue, null, null);
    }

    /** A note and no share button. */
    static Framing note(String note) {
        return new Framing(note, null, null, null);
    }

    /** The same framing, asking whether the answer to this question helped. */
    Framing asking(String question) {
        return new Framing(note, shareValue, question, answerId);
    }

    /** The same framing, with a More button that shows the rest of the answer kept under this id (null: none). */
    Framing keptAs(String id) {
        return new Framing(note, shareValue, question, id);
    }
}
