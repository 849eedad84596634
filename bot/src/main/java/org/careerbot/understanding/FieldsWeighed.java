package org.careerbot.understanding;

import java.util.List;
import java.util.Optional;
import org.careerbot.model.Intent;
import org.careerbot.model.Understanding;

/**
 * "Machine learning or data science?" asked as fields to work in, with no role named: the sources answer it with
 * the two kinds of AI organization, one automating tasks, the other helping leaders decide from data.
 */
final class FieldsWeighed implements Reading {
    private final Lexicon lexicon;

    FieldsWeighed(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public Optional<Understanding> read(Understanding u, List<String> w) {
        List<String> skills = u.entities().skills();
        boolean fields = skills.contains("machine-learning") && skills.contains("data-science")
                && u.entities().roles().isEmpty() && u.ambiguous().isEmpty()
                && (lexicon.aspect("compare", w) >= 3 || w.contains("choosing") || w.contains("choose")
                || w.contains("between") || w.contains("vs") || w.contains("versus"));
        return fields ? Optional.of(u.withIntent(Intent.ORG_TYPES, 0.8)) : Optional.empty();
    }
}
