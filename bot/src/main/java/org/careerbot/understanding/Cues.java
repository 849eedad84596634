package org.careerbot.understanding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Weighted cue phrases for one meaning (an aspect, a topic). A phrase matches words in order; a trailing
 * {@code *} on a word matches any ending, and {@code ##} matches a number from 30 to 99, an age at which people ask
 * whether it is too late ("i m ##": "I'm 45", not "I'm 19"). Each phrase counts once, however often it occurs. Phrases are indexed by
 * their first word, so scoring a question costs a look-up per word rather than a scan of every phrase.
 */
final class Cues {
    /** The word of a phrase that matches a number from 30 to 99. */
    private static final String NUMBER = "##";
    private static final int WILD_START = 3;
    private final Map<String, List<Cue>> byFirstWord = new HashMap<>();
    /** Phrases whose first word has a wildcard, by the first three letters of that word. */
    private final Map<String, List<Cue>> wildByStart = new HashMap<>();
    /** Phrases whose first word is a wildcard of fewer than three letters: tried at every word. */
    private final List<Cue> wildFirstWord = new ArrayList<>();
    /**
     * The keys of {@link #wildByStart} by their first letter (its low seven bits): a word is tested against the
     * few that may start as it does rather than cut for a look-up.
     */
    private final String[][] wildStarts = new String[128][];
    private final List<String> words = new ArrayList<>();
    private int count;

    Cues(Map<String, Integer> weighted) {
        weighted.forEach((phrase, weight) -> {
            Cue cue = Cue.of(List.of(phrase.split(" ")), weight, count++);
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
        wildByStart.keySet().stream().collect(java.util.stream.Collectors.groupingBy(start -> start.charAt(0) & 127))
                .forEach((first, starts) -> wildStarts[first] = starts.toArray(String[]::new));
    }

    /** The summed weight of the phrases found in the words. */
    int score(List<String> text) {
        boolean[] found = new boolean[count];
        int score = 0;
        for (int i = 0; i < text.size(); i++) {
            String word = text.get(i);
            score += score(byFirstWord.get(word), text, i, found);
            String[] starts = word.isEmpty() ? null : wildStarts[word.charAt(0) & 127];
            for (int k = 0; starts != null && k < starts.length; k++) {
                if (word.startsWith(starts[k])) {
                    score += score(wildByStart.get(starts[k]), text, i, found);
                }
            }
        }
        for (Cue cue : wildFirstWord) {
            if (!found[cue.index()] && cue.in(text)) {
                found[cue.index()] = true;
                score += cue.weight();
            }
        }
        return score;
    }

    /** The weight of the phrases, among these, that start at word i and were not found before. */
    private static int score(List<Cue> cues, List<String> text, int i, boolean[] found) {
        int score = 0;
        if (cues != null) {
            for (Cue cue : cues) {
                if (!found[cue.index()] && cue.at(text, i)) {
                    found[cue.index()] = true;
                    score += cue.weight();
                }
            }
        }
        return score;
    }

    /** Every word the phrases use, without wildcards: words that must never be "corrected" into others. */
    List<String> words() {
        return words;
    }

    /**
     * One phrase.
     *
     * @param words  its words, a trailing {@code *} matching any ending
     * @param parts  its words without the {@code *}, cut once rather than at every match
     * @param open   for each word, whether it has a {@code *}
     * @param weight what it adds to the score
     * @param index  its place among the phrases, so that a score can note it as found without comparing phrases
     */
    private record Cue(List<String> words, String[] parts, boolean[] open, int weight, int index) {
        static Cue of(List<String> words, int weight, int index) {
            String[] parts = new String[words.size()];
            boolean[] open = new boolean[words.size()];
            for (int j = 0; j < parts.length; j++) {
                open[j] = words.get(j).endsWith("*");
                parts[j] = open[j] ? words.get(j).substring(0, words.get(j).length() - 1) : words.get(j);
            }
            return new Cue(words, parts, open, weight, index);
        }

        boolean in(List<String> text) {
            for (int i = 0; i + parts.length <= text.size(); i++) {
                if (at(text, i)) {
                    return true;
                }
            }
            return false;
        }

        boolean at(List<String> text, int i) {
            if (i + parts.length > text.size()) {
                return false;
            }
            for (int j = 0; j < parts.length; j++) {
                String word = text.get(i + j);
                boolean matches = parts[j].equals(NUMBER) ? word.length() == 2 && word.charAt(0) >= '3'
                        && word.charAt(0) <= '9' && Character.isDigit(word.charAt(1))
                        : open[j] ? word.startsWith(parts[j]) : parts[j].equals(word);
                if (!matches) {
                    return false;
                }
            }
            return true;
        }
    }
}
