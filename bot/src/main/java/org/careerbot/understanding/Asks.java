package org.careerbot.understanding;

import java.util.ArrayList;
import java.util.List;
import org.careerbot.knowledge.index.SearchWords;
import org.careerbot.knowledge.index.Tokens;

/**
 * The words of the sentences that ask. In "I work in healthcare. Does CUDA open doors to other roles?" the first
 * sentence is background: its "healthcare" does not ask which industries hire. A message with no question mark,
 * or only questions, asks with all its words.
 */
final class Asks {
    /** Words that end with a full stop inside a sentence. */
    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("vs", "e.g", "i.e", "etc", "eg",
            "ie", "mr", "ms", "dr", "prof", "approx", "no");

    /** Words of their own (not stop words; an entity counts) the questions need to ask without the rest. */
    private static final int SAYING = 2;
    private Asks() {
    }

    /**
     * The masked words of the asking sentences.
     *
     * @param text  the cleaned message, with its punctuation
     * @param words its masked words, as many as {@link Tokens#split} cuts from it
     */
    static List<String> words(String text, List<String> words) {
        List<List<String>> questions = questions(text, words);
        List<String> asked = questions.stream().flatMap(List::stream).toList();
        // no question, or nothing but questions: the whole message asks
        return questions.isEmpty() || asked.size() == words.size() ? words : asked;
    }

    /**
     * The words that name what is asked about: the questions' own, or the whole message's when the questions only
     * point back to it ("I've heard about bootcamps. But are they worth it?").
     */
    static List<String> about(String text, List<String> words) {
        List<String> asked = words(text, words);
        long saying = asked.stream().filter(w -> !SearchWords.STOP.contains(w)).count();
        return saying < SAYING ? words : asked;
    }

    /**
     * The masked words of each sentence that ends with a question mark, in order; none when the message has no
     * question mark or its words were cut otherwise than {@link Tokens#split} cuts its text.
     */
    static List<List<String>> questions(String text, List<String> words) {
        // one question is read by several rules: the last reading is kept per thread
        Object[] last = LAST.get();
        if (last[0] == text && last[1] == words) {
            @SuppressWarnings("unchecked")
            List<List<String>> known = (List<List<String>>) last[2];
            return known;
        }
        List<List<String>> out = cut(text, words);
        last[0] = text;
        last[1] = words;
        last[2] = out;
        return out;
    }

    /** The last text and words read on this thread, and their questions. */
    private static final ThreadLocal<Object[]> LAST = ThreadLocal.withInitial(() -> new Object[3]);

    private static List<List<String>> cut(String text, List<String> words) {
        List<List<String>> out = new ArrayList<>();
        int at = 0;
        for (String sentence : sentences(text)) {
            int n = Tokens.count(sentence);
            if (at + n > words.size()) {
                return List.of(); // cut otherwise than the words were
            }
            if (sentence.endsWith("?") && n > 0) {
                out.add(words.subList(at, at + n));
            }
            at += n;
        }
        return at == words.size() ? out : List.of();
    }

    /**
     * The sentences: cut at line ends and after ".", "!" or "?" followed by a space, except after an abbreviation
     * ("startup vs. a FAANG company" is one sentence).
     */
    private static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean spaced = i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1));
            boolean end = c == '\n' || c == '?' && spaced || c == '!' && spaced
                    || c == '.' && spaced && !ABBREVIATIONS.contains(wordBefore(text, i));
            if (end) {
                out.add(text.substring(start, i + 1).strip());
                start = i + 1;
            }
        }
        if (start < text.length()) {
            out.add(text.substring(start).strip());
        }
        return out;
    }

    /** The word that ends at {@code end}, lower case: "vs" in "startup vs. a FAANG company". */
    private static String wordBefore(String text, int end) {
        int start = end;
        while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
            start--;
        }
        return text.substring(start, end).toLowerCase(java.util.Locale.ROOT);
    }
}
