package org.careerbot.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Entries of one kind merged from the built-in files and a content directory, each remembering the file it came
 * from so that problems can name it. A later entry with an existing id replaces the earlier one in place.
 */
final class Origin<T> {
    private final Map<String, T> entries = new LinkedHashMap<>();
    private final Map<String, String> files = new LinkedHashMap<>();
    private final List<Problem> duplicates = new ArrayList<>();
    private final Function<T, String> key;
    private final String kind;

    Origin(String kind, Function<T, String> key) {
        this.kind = kind;
        this.key = key;
    }

    /** Adds the entries of one file; an id twice in the same file is a problem, across files an override. */
    void add(List<T> list, String file) {
        Map<String, Boolean> seen = new LinkedHashMap<>();
        for (T entry : list) {
            if (entry == null) {
                duplicates.add(new Problem(file, "", "an entry is null"));
                continue;
            }
            String id = String.valueOf(key.apply(entry));
            if (seen.put(id, true) != null) {
                duplicates.add(new Problem(file, kind + " '" + id + "'", "duplicate id"));
            }
            entries.put(id, entry);
            files.put(id, file);
        }
    }

    Map<String, T> entries() {
        return entries;
    }

    String fileOf(String id) {
        return files.getOrDefault(String.valueOf(id), "?");
    }

    String kind() {
        return kind;
    }

    List<Problem> problems() {
        return duplicates;
    }
}
