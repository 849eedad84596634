package org.careerbot.core;

import java.util.List;

/** What adapters need to build menus: the entities by name, and suggestions for what a user is typing. */
public interface Catalog {
    /** Every role. */
    List<Entry> roles();

    /** Every task. */
    List<Entry> tasks();

    /** Every skill. */
    List<Entry> skills();

    /** Roles matching partial, possibly misspelt input (names, titles, abbreviations), best first. */
    List<Entry> suggestRoles(String typed, int max);

    /**
     * An entity by id and display name.
     *
     * @param id   contract id
     * @param name display name
     */
    record Entry(String id, String name) {
    }
}
