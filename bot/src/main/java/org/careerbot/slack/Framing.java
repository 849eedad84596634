package org.careerbot.slack;

/**
 * What surrounds an answer in one place: a line above it, whether it can be shared, and whether the user is asked
 * if it helped.
 *
 * @param note       mrkdwn shown under the title (already escaped), e.g. who asked what; blank for none
 * @param shareValue the share button's reference to the answer; null for no share button
 * @param question   the question answered, which the "Helpful?" buttons report; null for no such buttons
 */
record Framing(String note, String shareValue, String question) {
    /** Nothing around the answer. */
    static final Framing NONE = new Framing("", null, null);

    /** Null reads as no note. */
    Framing {
        note = note == null ? "" : note;
    }

    /** A note and maybe a share button; no "Helpful?" buttons. */
    Framing(String note, String shareValue) {
        this(note, shareValue, null);
    }

    /** A note and no share button. */
    static Framing note(String note) {
        return new Framing(note, null, null);
    }

    /** The same framing, asking whether the answer to this question helped. */
    Framing asking(String question) {
        return new Framing(note, shareValue, question);
    }
}
