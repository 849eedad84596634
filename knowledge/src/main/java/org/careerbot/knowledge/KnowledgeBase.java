package org.careerbot.knowledge;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The loaded, validated career knowledge: roles, tasks, skills, tools, topics, synonyms and the source texts.
 * Immutable; safe to share between threads. Built by {@link KnowledgeLoader}.
 */
public final class KnowledgeBase {
    private final Map<String, Role> roles;
    private final Map<String, Task> tasks;
    private final Map<String, Skill> skills;
    private final Map<String, Tool> tools;
    private final Map<String, Topic> topics;
    private final Map<String, SourceDoc> sources;
    private final Synonyms synonyms;
    private final Map<String, String> sectionTexts;

    KnowledgeBase(Map<String, Role> roles, Map<String, Task> tasks, Map<String, Skill> skills,
                  Map<String, Tool> tools, Map<String, Topic> topics, Map<String, SourceDoc> sources,
                  Synonyms synonyms, Map<String, String> sectionTexts) {
        this.roles = copy(roles);
        this.tasks = copy(tasks);
        this.skills = copy(skills);
        this.tools = copy(tools);
        this.topics = copy(topics);
        this.sources = copy(sources);
        this.synonyms = synonyms;
        this.sectionTexts = copy(sectionTexts);
    }

    private static <T> Map<String, T> copy(Map<String, T> map) {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /** Every role, in file order. */
    public Collection<Role> roles() {
        return roles.values();
    }

    /** Every task, in life-cycle order. */
    public Collection<Task> tasks() {
        return tasks.values();
    }

    /** Every skill. */
    public Collection<Skill> skills() {
        return skills.values();
    }

    /** Every tool. */
    public Collection<Tool> tools() {
        return tools.values();
    }

    /** Every topic. */
    public Collection<Topic> topics() {
        return topics.values();
    }

    /** Every source document. */
    public Collection<SourceDoc> sources() {
        return sources.values();
    }

    /** The names people type for entities. */
    public Synonyms synonyms() {
        return synonyms;
    }

    /** The text of every section of the source texts, keyed by citation ({@code FILE#Section}). */
    public Map<String, String> sectionTexts() {
        return sectionTexts;
    }

    /** A role by id. */
    public Optional<Role> role(String id) {
        return Optional.ofNullable(roles.get(id));
    }

    /** A task by id. */
    public Optional<Task> task(String id) {
        return Optional.ofNullable(tasks.get(id));
    }

    /** A skill by id. */
    public Optional<Skill> skill(String id) {
        return Optional.ofNullable(skills.get(id));
    }

    /** A tool by id. */
    public Optional<Tool> tool(String id) {
        return Optional.ofNullable(tools.get(id));
    }

    /** A topic by id. */
    public Optional<Topic> topic(String id) {
        return Optional.ofNullable(topics.get(id));
    }

    /** The display name of an entity, or its id where it is unknown. */
    public String name(EntityKind kind, String id) {
        Optional<String> name = switch (kind) {
            case ROLE -> role(id).map(Role::name);
            case TASK -> task(id).map(Task::name);
            case SKILL -> skill(id).map(Skill::name);
            case TOOL -> tool(id).map(Tool::name);
        };
        return name.orElse(id);
    }

    /** The ids of one kind, in file order. */
    public List<String> ids(EntityKind kind) {
        return List.copyOf(switch (kind) {
            case ROLE -> roles.keySet();
            case TASK -> tasks.keySet();
            case SKILL -> skills.keySet();
            case TOOL -> tools.keySet();
        });
    }

    /** Roles that carry out a task, core ones first, then those where only some take it on. */
    public List<Role> rolesFor(String taskId, boolean includeSome) {
        return roles().stream()
                .filter(r -> r.coreTasks().contains(taskId) || includeSome && r.someTasks().contains(taskId))
                .sorted((a, b) -> Boolean.compare(!a.coreTasks().contains(taskId), !b.coreTasks().contains(taskId)))
                .toList();
    }

    /** Roles whose alternative titles include this one (lower case). */
    public List<Role> rolesTitled(String title) {
        return roles().stream()
                .filter(r -> r.titles().stream().anyMatch(t -> t.title().equalsIgnoreCase(title)))
                .toList();
    }

    /** Subtasks whose examples name a tool, each with its task. */
    public List<Map.Entry<Task, Task.Subtask>> subtasksUsing(String toolId) {
        return tasks().stream().flatMap(t -> t.subtasks().stream()
                        .filter(s -> s.tools().contains(toolId))
                        .map(s -> Map.entry(t, s)))
                .toList();
    }

    /** Subtasks that involve a skill, each with its task. */
    public List<Map.Entry<Task, Task.Subtask>> subtasksNeeding(String skillId) {
        return tasks().stream().flatMap(t -> t.subtasks().stream()
                        .filter(s -> s.skills().contains(skillId))
                        .map(s -> Map.entry(t, s)))
                .toList();
    }
}
