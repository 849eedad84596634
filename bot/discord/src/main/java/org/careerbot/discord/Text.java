package org.careerbot.discord;

/** Cutting text to Discord's limits without splitting a character, marking every cut with an ellipsis. */
final class Text {
    static final String ELLIPSIS = "…";

    private Text() {
    }

    /**
     * The text, or its start and "…" when longer than {@code max} UTF-16 units. JDA checks field and title limits in
     * UTF-16 units and totals in code points, so measuring in units is safe for both.
     */
    static String cut(String text, int max) {
        String s = text == null ? "" : text.strip();
        if (s.length() <= max) {
            return s;
        }
        int end = max - ELLIPSIS.length();
        if (end > 0 && Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, Math.max(end, 0)).stripTrailing() + ELLIPSIS;
    }

    /** A user mention, {@code <@id>}; Discord renders it as the name and pings only if allowed. */
    static String mention(long userId) {
        return "<@" + Long.toUnsignedString(userId) + ">";
    }
}
