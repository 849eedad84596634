package org.careerbot.model;

import java.util.List;

/**
 * A role people ask about that the sources do not describe ("MLOps engineer", "AI engineer"), with the tasks of
 * the life cycle its name points to, so that the answer can offer the closest roles the sources do describe.
 *
 * @param name  how to name it in an answer
 * @param tasks task ids its name points to; empty when the name says nothing of the work
 */
public record UnknownRole(String name, List<String> tasks) {
    /** Lists are copied; null reads as empty. */
    public UnknownRole {
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
    }
}
