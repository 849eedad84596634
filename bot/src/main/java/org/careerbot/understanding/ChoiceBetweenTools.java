package org.careerbot.understanding;

import java.util.List;
import java.util.Optional;
import org.careerbot.model.Intent;
import org.careerbot.model.ToolsWeighed;
import org.careerbot.model.Understanding;

/**
 * "PyTorch or TensorFlow?", "Is SQL harder than Python?": two tools weighed against each other, with no role
 * named (a role's own tools answer "is PyTorch or TensorFlow the thing for DL engineers?"). The answer says who
 * uses each; the sources rank no tool above another. It comes before a subject the sources lack, which is then
 * answered after the choice.
 */
public final class ChoiceBetweenTools implements Reading {
    @Override
    public Optional<Understanding> read(Understanding u, List<String> w) {
        boolean weighs = u.entities().tools().size() >= 2 && u.entities().roles().isEmpty() && ToolsWeighed.in(w);
        // the choice is the main ask: a subject the sources lack beside it ("... to get a certificate") is a further
        // part
        return weighs ? Optional.of(u.withGapAsFurther().withIntent(Intent.TOOL_ROLES, 0.8)) : Optional.empty();
    }
}
