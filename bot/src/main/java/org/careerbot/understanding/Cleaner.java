package org.careerbot.understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.careerbot.knowledge.index.Tokens;
import org.careerbot.knowledge.index.TypoCorrector;

/**
 * The first stage of understanding: removes chat noise ({@link ChatText}), splits the words and corrects their
 * spelling. Words the bot gives meaning to, and other real English words, are never "corrected".
 */
final class Cleaner {
    private final TypoCorrector typos;
    private final Set<String> vocabulary;
    private final Set<String> english;

    Cleaner(TypoCorrector typos, Set<String> vocabulary, Set<String> english) {
        this.typos = typos;
        this.vocabulary = java.util.Collections.unmodifiableSet(new java.util.HashSet<>(vocabulary)); // fast misses
        this.english = english;
    }

    /** The question cleaned, its words as typed, as corrected, and in lower case. */
    Cleaned run(String question) {
        String text = ChatText.clean(question);
        List<String> typed = Tokens.split(text);
        List<String> surface = corrected(typed);
        List<String> lower = surface.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        return new Cleaned(text, typed, surface, lower, ChatText.tooLong(question));
    }

    /** Whether the bot gives the word meaning. */
    boolean known(String lowerCaseWord) {
        return vocabulary.contains(lowerCaseWord);
    }

    private List<String> corrected(List<String> surface) {
        List<String> out = new ArrayList<>(surface.size());
        for (String word : surface) {
            String lower = word.toLowerCase(Locale.ROOT);
            out.add(vocabulary.contains(lower) || english.contains(lower) ? word : typos.correct(lower));
        }
        return out;
    }

    /**
     * A cleaned question.
     *
     * @param text      the question without chat noise
     * @param typed     its words as typed
     * @param surface   its words, spelling corrected, case kept
     * @param lower     its words, spelling corrected, lower case
     * @param truncated whether it was cut for length
     */
    record Cleaned(String text, List<String> typed, List<String> surface, List<String> lower, boolean truncated) {
    }
}
