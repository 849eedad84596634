package org.careerbot.answer;

import java.util.ArrayList;
import java.util.List;
import org.careerbot.model.Answer;
import org.careerbot.model.ChatLength;

/**
 * How long an answer may be in a chat: a lead of at most {@value #LEAD_WORDS} words, and a default body that stops
 * at whole bullets once {@value #BODY_WORDS} words are shown. Also removes sentences said twice, so that no answer
 * repeats itself whatever its composer put together.
 *
 * <p>The budgets, the word count and the cut of the default body are {@link ChatLength}'s, in the model, because
 * an {@link Answer} applies them itself when it is shown briefly; this class keeps what only composing needs.
 */
public final class Brevity {
    /** Longest lead, in words. */
    public static final int LEAD_WORDS = ChatLength.LEAD_WORDS;
    /** Words of details the default answer shows after its lead. */
    public static final int BODY_WORDS = ChatLength.BODY_WORDS;
    /** Sentences of fewer characters than this may be said again ("Python."). */
    private static final int REPEAT_CHARS = 25;
    /** The first detail is shown whatever the budget, up to this many words. */
    public static final int FIRST_DETAIL_WORDS = ChatLength.FIRST_DETAIL_WORDS;
    /** The longest lead has at most this many sentences. */
    static final int LEAD_SENTENCES = 3;

    private Brevity() {
    }

    /** The number of words in a text. */
    public static int words(String text) {
        return ChatLength.words(text);
    }

    /** The sentences of a text. */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        String t = text == null ? "" : text.strip();
        int start = 0;
        for (int i = 0; i + 2 < t.length(); i++) {
            char c = t.charAt(i);
            // an end of sentence: . ! or ? then white space, then a capital, a quote or a parenthesis
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(t.charAt(i + 1))) {
                int next = i + 1;
                while (next < t.length() && Character.isWhitespace(t.charAt(next))) {
                    next++;
                }
                if (next < t.length() && (Character.isUpperCase(t.charAt(next)) || t.charAt(next) == '"'
                        || t.charAt(next) == '(')) {
                    out.add(t.substring(start, i + 1).strip());
                    start = next;
                }
            }
        }
        if (start < t.length()) {
            out.add(t.substring(start).strip());
        }
        out.removeIf(String::isBlank);
        return out;
    }

    /** A sentence's identity for repetition: its words, lower case. */
    static String key(String sentence) {
        StringBuilder out = new StringBuilder(sentence.length());
        boolean gap = false;
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '_') {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                out.append(Character.toLowerCase(c));
                gap = false;
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    /**
     * The lead cut to at most {@value #LEAD_SENTENCES} sentences and {@value #LEAD_WORDS} words; what does not fit
     * is returned second, to open the details. A first sentence longer than the limit is shortened at a word.
     */
    static String[] fitLead(String lead) {
        List<String> sentences = sentences(lead);
        StringBuilder kept = new StringBuilder();
        int words = 0;
        int i = 0;
        for (; i < sentences.size() && i < LEAD_SENTENCES; i++) {
            int w = words(sentences.get(i));
            if (words + w > LEAD_WORDS) {
                break;
            }
            kept.append(kept.length() == 0 ? "" : " ").append(sentences.get(i));
            words += w;
        }
        if (i == 0 && !sentences.isEmpty()) {
            String[] first = sentences.get(0).split("\\s+");
            kept.append(String.join(" ", java.util.Arrays.copyOf(first, LEAD_WORDS - 1))).append(" …");
            return new String[] {kept.toString(), String.join(" ", sentences)};
        }
        return new String[] {kept.toString(), String.join(" ", sentences.subList(i, sentences.size()))};
    }

    /**
     * The sections without sentences already said, in the lead or an earlier bullet; a bullet with nothing new
     * is dropped, and so is a section left empty.
     */
    static List<Answer.Section> withoutRepeats(String lead, List<Answer.Section> sections) {
        List<String> said = new ArrayList<>();
        sentences(lead).forEach(s -> said.add(key(s)));
        List<Answer.Section> out = new ArrayList<>();
        for (Answer.Section s : sections) {
            List<String> bullets = new ArrayList<>();
            for (String b : s.bullets()) {
                String fresh = fresh(b, said);
                if (!fresh.isBlank()) {
                    bullets.add(fresh);
                }
            }
            if (!bullets.isEmpty()) {
                out.add(new Answer.Section(s.heading(), bullets));
            }
        }
        return out;
    }

    /**
     * The sentences of a text with their keys. Answers are built from the same facts again and again, so the
     * cutting is kept for the texts seen most (bounded: composed texts vary with the questions).
     */
    private static final com.github.benmanes.caffeine.cache.LoadingCache<String, List<String[]>> CUT =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(20_000)
                    .build(t -> sentences(t).stream().map(x -> new String[] {x, key(x)}).toList());

    private static String fresh(String bullet, List<String> said) {
        StringBuilder kept = new StringBuilder();
        for (String[] cut : CUT.get(bullet)) {
            String s = cut[0];
            String k = cut[1];
            // short fragments ("Python.") may well recur; only whole sentences count as said twice, also when one
            // was said inside a longer one ("Tip: Depending on ..." and "Their advice: depending on ...")
            if (k.length() < REPEAT_CHARS || !saidBefore(k, said)) {
                kept.append(kept.length() == 0 ? "" : " ").append(s);
                said.add(k);
            }
        }
        return kept.toString();
    }

    private static boolean saidBefore(String k, List<String> said) {
        for (String x : said) {
            if (x.contains(k) || x.length() >= REPEAT_CHARS && k.contains(x)) {
                return true;
            }
        }
        return false;
    }
}
