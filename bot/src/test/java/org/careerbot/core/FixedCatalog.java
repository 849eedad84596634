package org.careerbot.core;

import java.util.List;
import java.util.stream.IntStream;

/** A catalog with just the given roles, suggesting all of them (up to the maximum) whatever is typed. */
public class FixedCatalog implements Catalog {
    private final List<Entry> roles;

    /** A catalog of these roles. */
    public FixedCatalog(List<Entry> roles) {
        this.roles = List.copyOf(roles);
    }

    /** A catalog of {@code n} made-up roles ("role_0", "Role number 0", ...). */
    public static FixedCatalog ofSize(int n) {
        return new FixedCatalog(IntStream.range(0, n).mapToObj(i -> new Entry("role_" + i, "Role number " + i))
                .toList());
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
        return roles.stream().limit(max).toList();
    }
}
