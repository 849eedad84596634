package org.careerbot.knowledge;

import java.util.List;

/**
 * One statement taken from a source, with where it comes from and the entities it speaks of.
 *
 * @param text   the statement, as close to the source's words as a readable sentence allows
 * @param source where it comes from, {@code FILE#Section}
 * @param label  an optional short heading (a tip's title, say), or null
 * @param roles  role ids the statement speaks of
 * @param tasks  task ids the statement speaks of
 * @param skills skill ids the statement speaks of
 * @param tools  tool ids the statement speaks of
 */
public record Fact(String text, String source, String label,
                   List<String> roles, List<String> tasks, List<String> skills, List<String> tools) {
    /** Missing lists read as empty ones, so callers never meet null. */
    public Fact {
        roles = Lists.orEmpty(roles);
        tasks = Lists.orEmpty(tasks);
        skills = Lists.orEmpty(skills);
        tools = Lists.orEmpty(tools);
    }

    /** A fact that links no entity. */
    public static Fact of(String text, String source) {
        return new Fact(text, source, null, List.of(), List.of(), List.of(), List.of());
    }
}
