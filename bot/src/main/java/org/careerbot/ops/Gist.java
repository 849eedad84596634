package org.careerbot.ops;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;
import org.careerbot.knowledge.index.SearchWords;
import org.careerbot.knowledge.index.Tokens;

/**
 * The gist of a question without its wording (the topic of the gaps log): its content words, in the singular,
 * sorted. Kept in the gaps log even when the question's text is not, so that the most frequent unanswered questions
 * can still be grouped and counted ("what tools do data analysts use" and "which tools does a data analyst use"
 * share a topic). Which words may be kept is the caller's choice: without the question's text, only the
 * knowledge's own words.
 */
final class Gist {
    private static final int MAX_WORDS = 6;

    private Gist() {
    }

    /**
     * The topic of a question.
     *
     * @param question the question's text, or null
     * @param keep     which words (lower case, singular) may be kept
     */
    static String of(String question, Predicate<String> keep) {
        if (question == null) {
            return "";
        }
        Set<String> words = Tokens.of(question).stream()
                .map(w -> w.toLowerCase(Locale.ROOT))
                .filter(w -> w.length() > 2 && !SearchWords.STOP.contains(w))
                .map(Gist::singular)
                .filter(keep)
                .collect(Collectors.toCollection(TreeSet::new));
        List<String> kept = words.stream().limit(MAX_WORDS).toList();
        return String.join(" ", kept);
    }

    /** Plurals to singulars only ("analysts", "libraries"): the stemmer is stateless, but cheap to make. */
    static String singular(String word) {
        char[] chars = word.toCharArray();
        return new String(chars, 0, new EnglishMinimalStemmer().stem(chars, chars.length));
    }
}
