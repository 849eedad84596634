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
        List<String> asked = new ArrayList<>();
        int at = 0;
        boolean background = false;
        for (String sentence : sentences(text)) {
            int n = Tokens.split(sentence).size();
            if (at + n > words.size()) {
                return words; // cut otherwise than the words were: read the whole message
            }
            if (sentence.endsWith("?")) {
                asked.addAll(words.subList(at, at + n));
            } else if (n > 0) {
                background = true;
            }
            at += n;
        }
        return at != words.size() || asked.isEmpty() || !background ? words : asked;
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
