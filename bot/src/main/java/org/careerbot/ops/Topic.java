package org.careerbot.ops;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.careerbot.knowledge.index.SearchWords;
import org.careerbot.knowledge.index.Tokens;

/**
 * The gist of a question without its wording: its content words, sorted. Kept in the gaps log even when the
 * question's text is not, so that the most frequent unanswered questions can still be grouped and counted.
 */
final class Topic {
    private static final int MAX_WORDS = 6;

    private Topic() {
    }

    static String of(String question) {
        if (question == null) {
            return "";
        }
        Set<String> words = Tokens.of(question).stream()
                .filter(w -> w.length() > 2 && !SearchWords.STOP.contains(w))
                .map(w -> w.toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        List<String> kept = words.stream().limit(MAX_WORDS).toList();
        return String.join(" ", kept);
    }
}
