package org.careerbot.knowledge;

import java.util.List;

/**
 * A role of an AI team, with everything the sources say about it.
 *
 * @param id               contract id, e.g. {@code data-analyst}
 * @param name             display name
 * @param variantOf        id of the role this one is the deep-learning variant of, or null
 * @param summary          one sentence saying what the role is
 * @param definition       what the role is and does
 * @param tasks            the tasks it carries out ({@code core}) or that only some in the role take on ({@code some})
 * @param profile          its skill profile in the texts' words
 * @param skillFacts       other statements about its skills
 * @param titles           other titles companies give it
 * @param tools            tools, grouped as the sources group them
 * @param team             how it fits in a team
 * @param codeStyle        prototyping versus production code
 * @param education        usual degrees
 * @param responsibilities what the job involves day to day
 * @param industries       industries that employ it
 * @param outlook          demand for it
 */
public record Role(String id, String name, String variantOf, Fact summary, List<Fact> definition,
                   List<RoleTask> tasks, List<ProfileEntry> profile, List<Fact> skillFacts,
                   List<Title> titles, List<ToolGroup> tools, List<Fact> team, List<Fact> codeStyle,
                   List<Fact> education, List<Fact> responsibilities, List<Industry> industries,
                   List<Fact> outlook) {
    /** Missing lists read as empty ones. */
    public Role {
        definition = Lists.orEmpty(definition);
        tasks = Lists.orEmpty(tasks);
        profile = Lists.orEmpty(profile);
        skillFacts = Lists.orEmpty(skillFacts);
        titles = Lists.orEmpty(titles);
        tools = Lists.orEmpty(tools);
        team = Lists.orEmpty(team);
        codeStyle = Lists.orEmpty(codeStyle);
        education = Lists.orEmpty(education);
        responsibilities = Lists.orEmpty(responsibilities);
        industries = Lists.orEmpty(industries);
        outlook = Lists.orEmpty(outlook);
    }

    /** Ids of the tasks the role carries out, core ones only. */
    public List<String> coreTasks() {
        // loops rather than streams: answers ask this many times each
        List<String> out = new java.util.ArrayList<>(tasks.size());
        for (RoleTask t : tasks) {
            if (t.core()) {
                out.add(t.task());
            }
        }
        return java.util.Collections.unmodifiableList(out);
    }

    /** Ids of the tasks only some people in the role take on. */
    public List<String> someTasks() {
        return tasks.stream().filter(t -> !t.core()).map(RoleTask::task).distinct().toList();
    }

    /** Ids of every tool the role's tool groups name, in order, once each. */
    public List<String> toolIds() {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (ToolGroup g : tools) {
            out.addAll(g.tools());
        }
        return List.copyOf(out);
    }

    /**
     * A task the role carries out.
     *
     * @param task   task id
     * @param scope  {@code core} or {@code some}
     * @param text   the sentence that says so
     * @param source where it is said
     */
    public record RoleTask(String task, String scope, String text, String source) {
        /** Whether the role as a whole carries out the task. */
        public boolean core() {
            return "core".equals(scope);
        }
    }

    /**
     * One statement of a skill profile.
     *
     * @param area   what the statement rates (scientific, engineering, communication...)
     * @param level  the texts' word for the level
     * @param skill  the skill id it names, or null
     * @param text   the sentence
     * @param source where it is said
     */
    public record ProfileEntry(String area, String level, String skill, String text, String source) {
    }

    /**
     * Another title companies give the role.
     *
     * @param title  the title, lower case
     * @param source where it is said
     */
    public record Title(String title, String source) {
    }

    /**
     * Tools the sources list together, usually for one task.
     *
     * @param group  the group's heading
     * @param tasks  task ids the group is about
     * @param tools  tool ids named
     * @param text   the sentence
     * @param source where it is said
     */
    public record ToolGroup(String group, List<String> tasks, List<String> tools, String text, String source) {
        /** Missing lists read as empty ones. */
        public ToolGroup {
            tasks = Lists.orEmpty(tasks);
            tools = Lists.orEmpty(tools);
        }
    }

    /**
     * An industry that employs the role.
     *
     * @param name   the industry
     * @param detail what the role does there, or null
     * @param source where it is said
     */
    public record Industry(String name, String detail, String source) {
    }
}
