package org.careerbot.understanding;

import java.util.List;
import java.util.Optional;
import org.careerbot.model.Intent;
import org.careerbot.model.Understanding;

/**
 * "How is a machine learning engineer different from a data engineer?": a described role set against one the
 * sources do not describe. It asks for a comparison, but only one side can be drawn from the sources: what they say
 * of the described role is the honest half, and the answer opens by naming the role they lack.
 */
final class SetAgainstARoleTheSourcesLack implements Reading {
    private final Lexicon lexicon;

    SetAgainstARoleTheSourcesLack(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public Optional<Understanding> read(Understanding u, List<String> w) {
        boolean against = u.entities().roles().size() == 1 && !u.unknownRoles().isEmpty()
                && u.ambiguous().isEmpty() && lexicon.aspect("compare", w) >= 2;
        return against ? Optional.of(u.withIntent(Intent.ROLE_COMPARE, 0.8)) : Optional.empty();
    }
}
