package org.careerbot.slack;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a Slack message's text (mentions, links, escapes) into the plain question a user meant. */
final class IncomingText {
    private static final Pattern MARKUP = Pattern.compile("<([^<>]*)>");

    private IncomingText() {
    }

    /**
     * The question in a message: mentions of users (the bot among them) dropped, channels and links shown as
     * their names, Slack's escapes undone.
     */
    static String question(String text) {
        if (text == null) {
            return "";
        }
        Matcher m = MARKUP.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(readable(m.group(1))));
        }
        m.appendTail(out);
        String plain = out.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        return plain.replaceAll("\\s+", " ").strip();
    }

    private static String readable(String markup) {
        if (markup.startsWith("@") || markup.startsWith("!")) {
            return "";
        }
        int bar = markup.indexOf('|');
        if (markup.startsWith("#")) {
            return bar >= 0 ? "#" + markup.substring(bar + 1) : "";
        }
        return bar >= 0 ? markup.substring(bar + 1) : markup;
    }
}
