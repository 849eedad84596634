package org.careerbot.understanding;

import java.util.List;
import org.careerbot.model.Intent;

/**
 * The topic intents (asked of nothing named), from the catalogue: those whose cues are topics, in rank order, and
 * the advice among them, which may also be asked of an entity and then weighs against its aspects.
 */
final class Topics {
    static final List<Intent> ALL = Intent.chosenByCues(Intent.Needs.NOTHING);
    /** The topics that may be asked of a skill named: not help, nor the list of roles. */
    static final List<Intent> NOT_LIST = ALL.stream().filter(i -> i != Intent.HELP && i != Intent.ROLE_LIST)
            .toList();
    static final List<Intent> ADVICE = ALL.stream().filter(i -> i.cues().stream().anyMatch(c -> c.startsWith(
            "advice:"))).toList();

    private final Lexicon lexicon;
    private final Scorer scorer;

    Topics(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.scorer = new Scorer(lexicon);
    }

    /** The best-scoring topic among some, earlier ones winning ties. */
    Best best(List<String> words, List<Intent> among) {
        Scorer.Scored s = scorer.best(among, Intent.SEARCH, words);
        return new Best(s.intent(), s.score());
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
