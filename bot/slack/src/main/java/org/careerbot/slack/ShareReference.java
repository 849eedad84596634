package org.careerbot.slack;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the Share button carries: the id of the kept answer and the question, so a share still works when the
 * answer is no longer kept (another replica, a restart). Fits a button value.
 *
 * @param answerId the {@link org.careerbot.exchange.KeptAnswers} id, or empty
 * @param question the question asked, possibly cut
 */
record ShareReference(String answerId, String question) {
    private static final Pattern VALUE = Pattern.compile("([0-9A-Za-z]{1,13}):(.*)", Pattern.DOTALL);

    /** The button value: the id, a colon, the question cut to fit. */
    String value() {
        return Mrkdwn.cut(answerId + ":" + question, SlackLimits.VALUE);
    }

    /** The reference in a button value; a value of another shape reads as a bare question. */
    static ShareReference parse(String value) {
        String v = value == null ? "" : value.strip();
        Matcher m = VALUE.matcher(v);
        return m.matches() ? new ShareReference(m.group(1), m.group(2).strip()) : new ShareReference("", v);
    }
}
