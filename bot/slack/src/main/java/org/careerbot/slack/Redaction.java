package org.careerbot.slack;

import java.util.regex.Pattern;

/** Removes what must not reach a log from text that comes from a library: URLs (a WebSocket URL holds a ticket). */
final class Redaction {
    private static final Pattern URL = Pattern.compile("\\S*://\\S*|\\S*ticket=\\S*");

    private Redaction() {
    }

    static String clean(String text) {
        return URL.matcher(text).replaceAll("<url>");
    }
}
