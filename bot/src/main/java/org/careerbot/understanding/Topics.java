package org.careerbot.understanding;

import java.util.List;
import org.careerbot.model.Intent;

/** The topic intents (not about one entity) and which of them may override an entity's own intents. */
final class Topics {
    static final List<String> ALL = List.of("help", "org.types", "lifecycle", "career.tips", "career.outlook",
            "role.list");
    static final List<String> NOT_LIST = List.of("org.types", "lifecycle", "career.tips", "career.outlook");
    static final List<String> ADVICE = List.of("career.tips", "career.outlook");

    private final Lexicon lexicon;

    Topics(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The best-scoring topic among some, earlier ones winning ties. */
    Best best(List<String> words, List<String> among) {
        Best best = new Best(Intent.SEARCH, 0);
        for (String name : among) {
            int score = lexicon.topic(name, words);
            if (score > best.score()) {
                best = new Best(Intent.of(name).orElseThrow(), score);
            }
        }
        return best;
    }

    int score(String name, List<String> words) {
        return lexicon.topic(name, words);
    }

    /**
     * A topic and its score.
     *
     * @param intent the topic's intent
     * @param score  its cue score
     */
    record Best(Intent intent, int score) {
    }
}
