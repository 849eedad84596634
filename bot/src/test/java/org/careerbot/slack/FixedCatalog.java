package org.careerbot.slack;

import java.util.List;
import java.util.stream.IntStream;
import org.careerbot.core.Catalog;

/** A catalog of {@code n} made-up roles. */
final class FixedCatalog implements Catalog {
    private final List<Entry> roles;

    FixedCatalog(int n) {
        roles = IntStream.range(0, n).mapToObj(i -> new Entry("role_" + i, "Role number " + i)).toList();
    }

    @Override
    public List<Entry> roles() {
        return roles;
    }

    @Override
    public List<Entry> tasks() {
        return List.of();
    }

    @Override
    public List<Entry> skills() {
        return List.of();
    }

    @Override
    public List<Entry> suggestRoles(String typed, int max) {
        return List.of();
    }
}
