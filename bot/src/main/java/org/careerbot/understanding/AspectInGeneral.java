package org.careerbot.understanding;

import java.util.List;
import java.util.Optional;
import org.careerbot.model.Intent;
import org.careerbot.model.Understanding;

/**
 * "Do I need a master's for ML?", "Which industries hire AI people?": a role's aspect asked of no role. The answer
 * gives what the sources say of the roles they do describe. A degree named as background ("I have a PhD in
 * physics: how do I land an ML job?") weighs less than the advice asked for, and is not this reading.
 */
final class AspectInGeneral implements Reading {
    private final Lexicon lexicon;
    private final String aspect;
    private final Intent intent;

    AspectInGeneral(Lexicon lexicon, String aspect, Intent intent) {
        this.lexicon = lexicon;
        this.aspect = aspect;
        this.intent = intent;
    }

    @Override
    public Optional<Understanding> read(Understanding u, List<String> w) {
        // the aspect must be asked, not only named in the background ("I work in healthcare. Does CUDA ...?")
        int score = lexicon.aspect(aspect, Asks.words(u.text(), w));
        // a tool named is the subject: "is R used in finance?" asks about R, in a setting
        boolean general = u.entities().roles().isEmpty() && u.ambiguous().isEmpty() && u.unknownRoles().isEmpty()
                && u.entities().tools().isEmpty()
                && score >= 3 && score >= lexicon.topic("career.tips", w);
        return general ? Optional.of(u.withIntent(intent, 0.8)) : Optional.empty();
    }
}
