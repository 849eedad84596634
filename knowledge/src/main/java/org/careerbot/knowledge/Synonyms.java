package org.careerbot.knowledge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Other names people type for entities, by kind and id.
 *
 * @param roles  role id to names
 * @param tasks  task id to names
 * @param skills skill id to names
 * @param tools  tool id to names
 */
public record Synonyms(Map<String, List<String>> roles, Map<String, List<String>> tasks,
                       Map<String, List<String>> skills, Map<String, List<String>> tools) {
    /** Missing maps read as empty ones. */
    public Synonyms {
        roles = orEmpty(roles);
        tasks = orEmpty(tasks);
        skills = orEmpty(skills);
        tools = orEmpty(tools);
    }

    /** No synonyms at all. */
    public static Synonyms none() {
        return new Synonyms(null, null, null, null);
    }

    /** This set with another's names added; neither is changed. */
    public Synonyms merge(Synonyms other) {
        return new Synonyms(merge(roles, other.roles), merge(tasks, other.tasks),
                merge(skills, other.skills), merge(tools, other.tools));
    }

    /** The map of one kind. */
    public Map<String, List<String>> of(EntityKind kind) {
        return switch (kind) {
            case ROLE -> roles;
            case TASK -> tasks;
            case SKILL -> skills;
            case TOOL -> tools;
        };
    }

    private static Map<String, List<String>> orEmpty(Map<String, List<String>> map) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        if (map != null) {
            map.forEach((id, names) -> copy.put(id, Lists.orEmpty(names)));
        }
        return Map.copyOf(copy);
    }

    private static Map<String, List<String>> merge(Map<String, List<String>> a, Map<String, List<String>> b) {
        Map<String, List<String>> merged = new LinkedHashMap<>(a);
        b.forEach((id, names) -> merged.merge(id, names,
                (x, y) -> java.util.stream.Stream.concat(x.stream(), y.stream()).distinct().toList()));
        return merged;
    }
}
