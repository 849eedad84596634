package org.careerbot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How long an answer may be in a chat: a lead of at most {@value #LEAD_WORDS} words, and a default body that stops
 * at whole bullets once {@value #BODY_WORDS} words are shown. Also removes sentences said twice, so that no answer
 * repeats itself whatever its composer put together.
 */
public final class Brevity {
    /** Longest lead, in words. */
    public static final int LEAD_WORDS = 60;
    /** Words of details the default answer shows after its lead. */
    public static final int BODY_WORDS = 62;
    /** The first detail is shown whatever the budget, up to this many words. */
    public static final int FIRST_DETAIL_WORDS = 80;
    /** The longest lead has at most this many sentences. */
    static final int LEAD_SENTENCES = 3;

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z\"(])");
    private static final Pattern NOT_WORD = Pattern.compile("\\W+");

    private Brevity() {
    }

    /** The number of words in a text. */
    public static int words(String text) {
        String s = text == null ? "" : text.strip();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }

    /** The sentences of a text. */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String s : SENTENCE_END.split(text == null ? "" : text.strip())) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    /** A sentence's identity for repetition: its words, lower case. */
    static String key(String sentence) {
        return NOT_WORD.matcher(sentence.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** The first sections that fit the default body, the last one possibly with its first bullets only. */
    static List<Answer.Section> shown(String lead, List<Answer.Section> sections) {
        List<Answer.Section> out = new ArrayList<>();
        int budget = BODY_WORDS;
        for (Answer.Section s : sections) {
            int cost = words(s.heading());
            List<String> bullets = new ArrayList<>();
            for (String b : s.bullets()) {
                // the first detail is always shown unless it is long: an answer of a lead alone says too little
                boolean first = out.isEmpty() && bullets.isEmpty() && words(b) <= FIRST_DETAIL_WORDS;
                if (cost + words(b) > budget && !first) {
                    break;
                }
                cost += words(b);
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

    private static String fresh(String bullet, List<String> said) {
        List<String> kept = new ArrayList<>();
        for (String s : sentences(bullet)) {
            String k = key(s);
            // short fragments ("Python.") may well recur; only whole sentences count as said twice, also when one
            // was said inside a longer one ("Tip: Depending on ..." and "Their advice: depending on ...")
            boolean again = k.length() >= 25 && said.stream().anyMatch(x -> x.contains(k) || k.contains(x)
                    && x.length() >= 25);
            if (!again) {
                kept.add(s);
                said.add(k);
            }
        }
        return String.join(" ", kept);
    }
}
