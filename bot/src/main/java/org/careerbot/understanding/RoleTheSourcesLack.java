package org.careerbot.understanding;

import java.util.List;
import java.util.Optional;
import org.careerbot.model.Intent;
import org.careerbot.model.Understanding;

/**
 * "What is an MLOps engineer?": a role the sources do not describe, and no role they do. The answer says so and
 * offers the closest described roles; mapping it silently to a known role would state what the sources do not.
 */
final class RoleTheSourcesLack implements Reading {
    @Override
    public Optional<Understanding> read(Understanding u, List<String> w) {
        boolean onlyUnknown = !u.unknownRoles().isEmpty() && u.entities().roles().isEmpty()
                && u.ambiguous().isEmpty();
        return onlyUnknown ? Optional.of(u.withIntent(Intent.SEARCH, 0.8)) : Optional.empty();
    }
}
