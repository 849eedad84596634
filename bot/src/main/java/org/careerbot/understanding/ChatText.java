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
    /** "c ++", "C ++": the language's name typed with a space. */
    private static final Pattern C_PLUS_PLUS = Pattern.compile("(?i)\\bc \\+\\+");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t]]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** The arrows {@link #ARROW} knows besides {@code ->} and {@code =>}. */
    private static final String ARROWS = "\u2192\u21D2\u27A1\u27F6";

    private ChatText() {
    }

    /** Whether the text is longer than is looked at. */
    public static boolean tooLong(String text) {
        return text.length() > MAX_CHARS;
    }

    /** The question without chat noise, at most {@link #MAX_CHARS} characters of it. */
    public static String clean(String text) {
        String s = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        // most questions hold nothing these passes change: each runs only when the text has what its pattern needs
        if (s.chars().anyMatch(c -> c < ' ' && c != '\n' && c != '\t' || c == 0x7F)) { // \p{Cntrl} is ASCII only
            s = CONTROL.matcher(s).replaceAll(" ");
        }
        if (s.indexOf('<') >= 0) {
            s = SLACK_CHANNEL.matcher(s).replaceAll(" ");
            s = SLACK_MENTION.matcher(s).replaceAll(" ");
            s = SLACK_LINK.matcher(s).replaceAll(" ");
            s = DISCORD_TOKEN.matcher(s).replaceAll(" ");
        }
        if (s.contains("http")) {
            s = URL.matcher(s).replaceAll(" ");
        }
        if (s.indexOf(':') >= 0) {
            s = EMOJI_CODE.matcher(s).replaceAll(" ");
        }
        if (s.indexOf('>') >= 0 || s.chars().anyMatch(c -> ARROWS.indexOf(c) >= 0)) {
            s = ARROW.matcher(s).replaceAll(" to ");
        }
        if (s.chars().anyMatch(c -> c >= 128)) { // every symbol removed lies outside ASCII
            s = SYMBOLS.matcher(s).replaceAll(" ");
        }
        if (s.chars().anyMatch(c -> c >= '0' && c <= '9')) {
            s = NUMBER_UNIT.matcher(s).replaceAll("$1 $2"); // "40yrs" is "40 yrs"
            s = AT_AGE.matcher(s).replaceAll("at age $1");
        }
        if (s.contains(" ++")) {
            s = C_PLUS_PLUS.matcher(s).replaceAll("c++");
        }
        return SPACES.matcher(s).replaceAll(" ").strip();
    }
}
