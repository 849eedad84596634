package org.careerbot.knowledge;

import java.util.List;

/**
 * One of the five tasks of the AI project life cycle.
 *
 * @param id          contract id, e.g. {@code modeling}
 * @param name        display name
 * @param summary     one sentence saying what the task is
 * @param description the task's paragraphs
 * @param skills      what the sources say the task needs
 * @param subtasks    the work it includes
 */
public record Task(String id, String name, Fact summary, List<Fact> description, List<Fact> skills,
                   List<Subtask> subtasks) {
    /** Missing lists read as empty ones. */
    public Task {
        description = Lists.orEmpty(description);
        skills = Lists.orEmpty(skills);
        subtasks = Lists.orEmpty(subtasks);
    }

    /**
     * A row of a task's table: one kind of work, its examples and the skills involved.
     *
     * @param id         unique id
     * @param name       as in the table
     * @param examples   the table's examples
     * @param skills     skill ids involved
     * @param skillsText the table's "skills involved" words
     * @param tools      tool ids the examples name
     * @param note       an extra remark of the source, or null
     * @param source     where it is said
     * @param askedAs    how people name this work when they ask about it ("model drift" for retraining models):
     *                   curated words for finding it, never shown as the sources' words
     */
    public record Subtask(String id, String name, List<String> examples, List<String> skills, String skillsText,
                          List<String> tools, String note, String source, List<String> askedAs) {
        /** Missing lists read as empty ones. */
        public Subtask {
            examples = Lists.orEmpty(examples);
            skills = Lists.orEmpty(skills);
            tools = Lists.orEmpty(tools);
            askedAs = Lists.orEmpty(askedAs);
        }
    }
}
