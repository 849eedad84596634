package org.careerbot.understanding;

import java.util.List;
import java.util.Optional;
import org.careerbot.model.Intent;
import org.careerbot.model.Understanding;

/**
 * "Should I learn Spark?", "Is Power BI worth it?": a tool the sources do not name, and no tool or role they do.
 * The answer says so and offers the tools they list for the work it is used for; answering with some other tool's
 * users would pass them off as the answer.
 */
final class ToolTheSourcesLack implements Reading {
    @Override
    public Optional<Understanding> read(Understanding u, List<String> w) {
        boolean onlyUnknown = !u.unknownTools().isEmpty() && u.knownTools().isEmpty()
                && u.entities().roles().isEmpty() && u.ambiguous().isEmpty();
        return onlyUnknown ? Optional.of(u.withIntent(Intent.SEARCH, 0.8)) : Optional.empty();
    }
}
