package org.careerbot.understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Weighted cue phrases for one meaning (an aspect, a topic). A phrase matches words in order; a trailing
 * {@code *} on a word matches any ending. Each phrase counts once, however often it occurs.
 */
final class Cues {
    private final List<Cue> cues = new ArrayList<>();

    Cues(Map<String, Integer> weighted) {
        weighted.forEach((phrase, weight) -> cues.add(new Cue(List.of(phrase.split(" ")), weight)));
    }

    /** The summed weight of the phrases found in the words. */
    int score(List<String> words) {
        int total = 0;
        for (Cue cue : cues) {
            if (cue.weight() != 0 && cue.in(words)) {
                total += cue.weight();
            }
        }
        return total;
    }

    /** Every word the phrases use, without wildcards: words that must never be "corrected" into others. */
    List<String> words() {
        return cues.stream().flatMap(c -> c.words().stream()).map(w -> w.replace("*", "")).toList();
    }

    private record Cue(List<String> words, int weight) {
        boolean in(List<String> text) {
            outer:
            for (int i = 0; i + words.size() <= text.size(); i++) {
                for (int j = 0; j < words.size(); j++) {
                    if (!matches(words.get(j), text.get(i + j))) {
                        continue outer;
                    }
                }
                return true;
            }
            return false;
        }

        private static boolean matches(String pattern, String word) {
            return pattern.endsWith("*") ? word.startsWith(pattern.substring(0, pattern.length() - 1))
                    : pattern.equals(word);
        }
    }
}
