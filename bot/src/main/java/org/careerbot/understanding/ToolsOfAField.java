package org.careerbot.understanding;

import java.util.List;
import java.util.Optional;
import org.careerbot.model.Intent;
import org.careerbot.model.Understanding;

/**
 * "Which language is best for deep learning?": the tools of a skill's field, with no role or tool named. The
 * answer gives the tools of the roles whose skill profile names that skill.
 */
final class ToolsOfAField implements Reading {
    private final Lexicon lexicon;

    ToolsOfAField(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public Optional<Understanding> read(Understanding u, List<String> w) {
        boolean field = !u.entities().skills().isEmpty() && u.entities().roles().isEmpty()
                && u.entities().tools().isEmpty() && u.ambiguous().isEmpty()
                && lexicon.aspect("tools", w) >= 3 && lexicon.aspect("tools", w) > lexicon.aspect("define", w);
        return field ? Optional.of(u.withIntent(Intent.ROLE_TOOLS, 0.8)) : Optional.empty();
    }
}
