package org.careerbot.understanding;

import java.util.List;
import org.careerbot.model.Intent;

/**
 * The one general choice among intents: each catalogue entry ({@link Intent}) is scored by its cue sets in the
 * lexicon (the best of them), the highest score wins, a tie goes to the lower rank, and the choice is as sure as
 * its margin over the next entry ({@link Margin}). With no cue found, the subject's default stands.
 */
final class Scorer {
    private final Lexicon lexicon;

    Scorer(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Checks that every cue set the catalogue names is in the lexicon: an intent whose cues are missing would
     * never be chosen, so the bot does not start with one.
     *
     * @param holds whether the lexicon holds a cue set ({@link Lexicon#holds})
     * @throws IllegalStateException naming the intents and their missing cue sets
     */
    static void check(java.util.function.Predicate<String> holds) {
        List<String> missing = java.util.Arrays.stream(Intent.values()).flatMap(i -> i.cues().stream()
                .filter(c -> !holds.test(c)).map(c -> i.id() + " (" + c + ")")).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("cue sets missing from the lexicon: " + String.join(", ", missing));
        }
    }

    /** The best of a subject's intents for these words; its default when no cue asks for another. */
    Scored best(Intent.Needs subject, List<String> words) {
        return best(Intent.chosenByCues(subject), Intent.byDefault(subject), words);
    }

    /** The best of these intents (in rank order), or the fallback when none scores. */
    Scored best(List<Intent> candidates, Intent fallback, List<String> words) {
        Intent best = fallback;
        int top = 0;
        int next = 0;
        for (Intent i : candidates) {
            int s = score(i, words);
            if (s > top) {
                next = top;
                best = i;
                top = s;
            } else if (s > next) {
                next = s;
            }
        }
        return new Scored(best, top, next);
    }

    /** An intent's score: the best of its cue sets ({@code aspect:tools}, {@code topic:lifecycle}). */
    int score(Intent intent, List<String> words) {
        int best = 0;
        for (String[] cue : CUES.get(intent)) {
            best = Math.max(best, cue[0].equals("aspect") ? lexicon.aspect(cue[1], words)
                    : lexicon.topic(cue[1], words));
        }
        return best;
    }

    /** Each intent's cue sets cut into kind and name once, as every question scores them. */
    private static final java.util.Map<Intent, List<String[]>> CUES = new java.util.EnumMap<>(Intent.class);

    static {
        for (Intent i : Intent.values()) {
            CUES.put(i, i.cues().stream().map(c -> new String[] {c.substring(0, c.indexOf(':')),
                    c.substring(c.indexOf(':') + 1)}).toList());
        }
    }

    /**
     * A choice.
     *
     * @param intent the intent chosen
     * @param score  its cue score
     * @param next   the next entry's score
     */
    record Scored(Intent intent, int score, int next) {
        /** How sure the choice is, from its margin. */
        double confidence() {
            return Margin.confidence(score, next);
        }
    }
}
