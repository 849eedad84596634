package org.careerbot.slack;

/**
 * What surrounds an answer in one place: a line above it and whether it can be shared.
 *
 * @param note       mrkdwn shown under the title (already escaped), e.g. who asked what; blank for none
 * @param shareValue the share button's reference to the answer; null for no share button
 */
record Framing(String note, String shareValue) {
    /** Nothing around the answer. */
    static final Framing NONE = new Framing("", null);

    /** Null reads as no note. */
    Framing {
        note = note == null ? "" : note;
    }

    /** A note and no share button. */
    static Framing note(String note) {
        return new Framing(note, null);
    }
}
