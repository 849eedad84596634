package org.careerbot.understanding;

import java.util.ArrayList;
import java.util.List;
import org.careerbot.knowledge.index.Tokens;

/**
 * The words of the sentences that ask. In "I work in healthcare. Does CUDA open doors to other roles?" the first
 * sentence is background: its "healthcare" does not ask which industries hire. A message with no question mark,
 * or only questions, asks with all its words.
 */
final class Asks {
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
        int asked = questions.stream().mapToInt(List::size).sum();
        // no question, or nothing but questions: the whole message asks
        if (questions.isEmpty() || asked == words.size()) {
            return words;
        }
        return questions.stream().flatMap(List::stream).toList();
    }

    /**
     * The masked words of each sentence that ends with a question mark, in order; none when the message has no
     * question mark or its words were cut otherwise than {@link Tokens#split} cuts its text.
     */
    static List<List<String>> questions(String text, List<String> words) {
        List<List<String>> out = new ArrayList<>();
        int at = 0;
        for (String sentence : sentences(text)) {
            int n = Tokens.split(sentence).size();
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

    /** The sentences: cut after ".", "!" or "?" followed by a space, and at line ends. */
    private static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = c == '\n' || (c == '.' || c == '!' || c == '?')
                    && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
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
}
