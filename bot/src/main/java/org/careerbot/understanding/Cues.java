package org.careerbot.understanding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Weighted cue phrases for one meaning (an aspect, a topic). A phrase matches words in order; a trailing
 * {@code *} on a word matches any ending. Each phrase counts once, however often it occurs. Phrases are indexed by
 * their first word, so scoring a question costs a look-up per word rather than a scan of every phrase.
 */
final class Cues {
    private static final int WILD_START = 3;
    private final Map<String, List<Cue>> byFirstWord = new HashMap<>();
    /** Phrases whose first word has a wildcard, by the first three letters of that word. */
    private final Map<String, List<Cue>> wildByStart = new HashMap<>();
    /** Phrases whose first word is a wildcard of fewer than three letters: tried at every word. */
    private final List<Cue> wildFirstWord = new ArrayList<>();
    private final List<String> words = new ArrayList<>();

    Cues(Map<String, Integer> weighted) {
        weighted.forEach((phrase, weight) -> {
            Cue cue = new Cue(List.of(phrase.split(" ")), weight);
            words.addAll(cue.words().stream().map(w -> w.replace("*", "")).toList());
            if (weight == 0) {
                return;
            }
            String first = cue.words().get(0);
            if (first.endsWith("*") && first.length() > WILD_START) {
                wildByStart.computeIfAbsent(first.substring(0, WILD_START), k -> new ArrayList<>()).add(cue);
            } else if (first.endsWith("*")) {
                wildFirstWord.add(cue);
            } else {
                byFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(cue);
            }
        });
    }

    /** The summed weight of the phrases found in the words. */
    int score(List<String> text) {
        List<Cue> found = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            String word = text.get(i);
            for (Cue cue : byFirstWord.getOrDefault(word, List.of())) {
                if (!found.contains(cue) && cue.at(text, i)) {
                    found.add(cue);
                }
            }
            if (word.length() >= WILD_START) {
                for (Cue cue : wildByStart.getOrDefault(word.substring(0, WILD_START), List.of())) {
                    if (!found.contains(cue) && cue.at(text, i)) {
                        found.add(cue);
                    }
                }
            }
        }
        for (Cue cue : wildFirstWord) {
            if (cue.in(text)) {
                found.add(cue);
            }
        }
        return found.stream().mapToInt(Cue::weight).sum();
    }

    /** Every word the phrases use, without wildcards: words that must never be "corrected" into others. */
    List<String> words() {
        return words;
    }

    private record Cue(List<String> words, int weight) {
        boolean in(List<String> text) {
            for (int i = 0; i + words.size() <= text.size(); i++) {
                if (at(text, i)) {
                    return true;
                }
            }
            return false;
        }

        boolean at(List<String> text, int i) {
            if (i + words.size() > text.size()) {
                return false;
            }
            for (int j = 0; j < words.size(); j++) {
                if (!matches(words.get(j), text.get(i + j))) {
                    return false;
                }
            }
            return true;
        }

        private static boolean matches(String pattern, String word) {
            return pattern.endsWith("*") ? word.startsWith(pattern.substring(0, pattern.length() - 1))
                    : pattern.equals(word);
        }
    }
}
