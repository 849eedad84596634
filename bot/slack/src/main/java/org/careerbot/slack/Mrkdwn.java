package org.careerbot.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Slack mrkdwn text: escaping, and cutting or splitting to a length without breaking words unannounced. */
final class Mrkdwn {
    static final String ELLIPSIS = "…";
    private static final Pattern USER_ID = Pattern.compile("[UW][A-Z0-9]{1,30}");

    private Mrkdwn() {
    }

    /** Escapes the three characters Slack reads as markup, so no text can mention, link or notify. */
    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** A mention of a user; anything that is not a user id becomes plain words, never markup. */
    static String mention(String userId) {
        return userId != null && USER_ID.matcher(userId).matches() ? "<@" + userId + ">" : "someone";
    }

    /** The text in at most {@code max} characters: whole words and an ellipsis when it had to be shortened. */
    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int space = lastBreak(text, max - 1, " \n\t");
        int end = space >= (max - 1) / 2 ? space : safeEnd(text, max - 1);
        return text.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    /**
     * The text in chunks of at most {@code max} characters, broken at line ends, else spaces; a word longer than
     * a chunk is cut with an ellipsis so the break shows.
     */
    static List<String> split(String text, int max) {
        List<String> chunks = new ArrayList<>();
        String rest = text.strip();
        while (rest.length() > max) {
            int line = lastBreak(rest, max, "\n");
            int space = lastBreak(rest, max, " \t");
            int at = line >= max / 2 ? line : space >= max / 2 ? space : -1;
            if (at > 0) {
                chunks.add(rest.substring(0, at).stripTrailing());
                rest = rest.substring(at).strip();
            } else {
                int end = safeEnd(rest, max - 1);
                chunks.add(rest.substring(0, end) + ELLIPSIS);
                rest = rest.substring(end);
            }
        }
        if (!rest.isBlank()) {
            chunks.add(rest);
        }
        return chunks;
    }

    /** The index of the last break character at or before {@code limit}, or -1. */
    private static int lastBreak(String text, int limit, String breaks) {
        for (int i = Math.min(limit, text.length() - 1); i > 0; i--) {
            if (breaks.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** An end index at or before {@code end} that splits neither a surrogate pair nor an escape such as &amp;amp;. */
    private static int safeEnd(String text, int end) {
        int amp = text.lastIndexOf('&', end - 1);
        int semicolon = amp < 0 ? -1 : text.indexOf(';', amp);
        if (amp >= 0 && amp > end - 5 && (semicolon < 0 || semicolon >= end)) {
            end = amp;
        }
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return Math.max(end, 1);
    }
}
