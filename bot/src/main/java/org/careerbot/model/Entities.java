package org.careerbot.model;

import java.util.List;

/**
 * The entities a question is about, by id, in question order.
 *
 * @param roles  role ids
 * @param tasks  task ids
 * @param skills skill ids
 * @param tools  tool ids
 */
public record Entities(List<String> roles, List<String> tasks, List<String> skills, List<String> tools) {
    /** No entities. */
    public static final Entities NONE = new Entities(List.of(), List.of(), List.of(), List.of());

    /** Lists are copied. */
    public Entities {
        roles = List.copyOf(roles);
        tasks = List.copyOf(tasks);
        skills = List.copyOf(skills);
        tools = List.copyOf(tools);
    }

    /** Whether there are none at all. */
    public boolean isEmpty() {
        return roles.isEmpty() && tasks.isEmpty() && skills.isEmpty() && tools.isEmpty();
    }
}
