package org.careerbot.model;

import java.util.ArrayList;
import java.util.List;

/**
 * How much of an answer a chat shows: a lead of at most {@value #LEAD_WORDS} words, and a default body that stops
 * at whole bullets once {@value #BODY_WORDS} words are shown. It lives with {@link Answer} because an answer splits
 * itself into its brief part and its "More" part by it, whoever composed it.
 */
public final class ChatLength {
    /** Longest lead, in words. */
    public static final int LEAD_WORDS = 60;
    /** Words of details the default answer shows after its lead. */
    public static final int BODY_WORDS = 56;
    /** The first detail is shown whatever the budget, up to this many words. */
    public static final int FIRST_DETAIL_WORDS = 80;

    private ChatLength() {
    }

    /** The number of words in a text. */
    public static int words(String text) {
        if (text == null) {
            return 0;
        }
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            n += !space && !in ? 1 : 0;
            in = !space;
        }
        return n;
    }

    /** The first sections that fit the default body, the last one possibly with its first bullets only. */
    public static List<Answer.Section> shown(String lead, List<Answer.Section> sections) {
        List<Answer.Section> out = new ArrayList<>();
        int budget = BODY_WORDS;
        for (Answer.Section s : sections) {
            int cost = words(s.heading());
            List<String> bullets = new ArrayList<>();
            for (String b : s.bullets()) {
                int w = words(b);
                // the first detail is always shown unless it is long: an answer of a lead alone says too little
                boolean first = out.isEmpty() && bullets.isEmpty() && w <= FIRST_DETAIL_WORDS;
                if (cost + w > budget && !first) {
                    break;
                }
                cost += w;
                bullets.add(b);
            }
            if (bullets.isEmpty()) {
                break;
            }
            out.add(bullets.size() == s.bullets().size() ? s : new Answer.Section(s.heading(), bullets));
            budget -= cost;
            if (bullets.size() < s.bullets().size()) {
                break;
            }
        }
        return out;
    }
}
