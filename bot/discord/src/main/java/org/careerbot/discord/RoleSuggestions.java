package org.careerbot.discord;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.careerbot.core.Catalog;

/**
 * Roles for what a user typed: the catalog's typo-tolerant suggestions (names, titles, abbreviations), except that
 * a role whose own name is what was typed, or begins with it, comes first. The catalog ranks by every title, so
 * "data analyst" would otherwise put the data scientist (also titled "data analyst") above the data analyst.
 */
final class RoleSuggestions {
    private final Catalog catalog;

    RoleSuggestions(Catalog catalog) {
        this.catalog = catalog;
    }

    /** At most {@code max} roles, best first. */
    List<Catalog.Entry> suggest(String typed, int max) {
        String t = normal(typed);
        List<Catalog.Entry> suggested = catalog.suggestRoles(typed == null ? "" : typed, max);
        if (t.isEmpty()) {
            return suggested;
        }
        // A stable sort: within each rank the catalog's order stays.
        return suggested.stream().sorted(Comparator.comparingInt(e -> rank(normal(e.name()), t))).toList();
    }

    /**
     * The role id a command option stands for: the id itself (autocomplete sends ids), else the best suggestion
     * for what was typed without picking one, else the value unchanged (the core then drops it).
     */
    String resolve(String value) {
        if (value.isEmpty() || catalog.roles().stream().anyMatch(e -> e.id().equals(value))) {
            return value;
        }
        return suggest(value, 1 + catalog.roles().size()).stream().findFirst().map(Catalog.Entry::id).orElse(value);
    }

    private static int rank(String name, String typed) {
        return name.equals(typed) ? 0 : name.startsWith(typed) ? 1 : 2;
    }

    private static String normal(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\-_]+", " ");
    }
}
