package org.careerbot.knowledge;

import java.util.List;

/** Null-safe list helpers for records read from JSON, where an absent list arrives as null. */
final class Lists {
    private Lists() {
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list.stream().filter(x -> x != null).toList());
    }
}
