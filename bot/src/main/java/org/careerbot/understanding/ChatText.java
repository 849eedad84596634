package org.careerbot.understanding;

import java.util.regex.Pattern;

/**
 * Removes what chat adds to a question but does not change its meaning: Slack and Discord mention tokens, channel
 * links, links, {@code :emoji:} codes, Unicode emoji and control characters. Overlong input is cut.
 */
public final class ChatText {
    /** Longest question looked at; the rest is ignored (and the answer says so). */
    public static final int MAX_CHARS = 1_000;

    private static final Pattern SLACK_CHANNEL = Pattern.compile("<#[A-Z0-9]+(\\|[^>]*)?>");
    private static final Pattern SLACK_MENTION = Pattern.compile("<[@!][A-Za-z0-9^|&-]*(\\|[^>]*)?>");
    private static final Pattern SLACK_LINK = Pattern.compile("<(https?|mailto)[^|>]*(\\|([^>]*))?>");
    private static final Pattern DISCORD_TOKEN = Pattern.compile("<(@[!&]?|#|a?:[A-Za-z0-9_]+:)[0-9]+>");
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final Pattern EMOJI_CODE = Pattern.compile(":[a-z0-9_+\\-]+:");
    private static final Pattern SYMBOLS = Pattern.compile("[\\p{So}\\p{Cs}\\p{Co}\\p{Cn}\\x{FE0F}\\x{200D}]");
    private static final Pattern NUMBER_UNIT = Pattern.compile("\\b(\\d+)([a-zA-Z]{2,})\\b");
    /** "backend → ML", "SWE -> ML engineer": an arrow is a move from one thing to another. */
    private static final Pattern ARROW = Pattern.compile("\\s*(->|=>|[\\x{2192}\\x{21D2}\\x{27A1}\\x{27F6}])\\s*");
    /** "learn ML at 30": an age said as a bare number after "at" reads as an age. */
    private static final Pattern AT_AGE = Pattern.compile("(?i)\\bat ([1-9][0-9])\\b(?!\\s*(%|percent|k\\b|am\\b|pm\\b))");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t]]");

    private ChatText() {
    }

    /** Whether the text is longer than is looked at. */
    public static boolean tooLong(String text) {
        return text.length() > MAX_CHARS;
    }

    /** The question without chat noise, at most {@link #MAX_CHARS} characters of it. */
    public static String clean(String text) {
        String s = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        s = CONTROL.matcher(s).replaceAll(" ");
        s = SLACK_CHANNEL.matcher(s).replaceAll(" ");
        s = SLACK_MENTION.matcher(s).replaceAll(" ");
        s = SLACK_LINK.matcher(s).replaceAll(" ");
        s = DISCORD_TOKEN.matcher(s).replaceAll(" ");
        s = URL.matcher(s).replaceAll(" ");
        s = EMOJI_CODE.matcher(s).replaceAll(" ");
        s = ARROW.matcher(s).replaceAll(" to ");
        s = SYMBOLS.matcher(s).replaceAll(" ");
        s = NUMBER_UNIT.matcher(s).replaceAll("$1 $2"); // "40yrs" is "40 yrs"
        s = AT_AGE.matcher(s).replaceAll("at age $1");
        return s.replaceAll("\\s+", " ").strip();
    }
}
