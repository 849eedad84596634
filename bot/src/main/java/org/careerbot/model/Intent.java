package org.careerbot.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The catalogue of intents of the answer contract: each entry says what a request for it must name (its subject:
 * a role, two roles, a task, a skill, a tool, or nothing), the lexicon's cue sets that ask for it and its rank in a
 * tie among its subject's intents. Understanding scores every entry of a question's subject by its cues and takes
 * the best, as sure as its margin over the next; its answer is written by {@code Composer}'s entry for it, which
 * the bot checks for every intent when it starts.
 */
public enum Intent {
    ROLE_DEFINE("role.define", Needs.ROLE, 0),
    ROLE_TASKS("role.tasks", Needs.ROLE, 7, "aspect:tasks"),
    ROLE_SKILLS("role.skills", Needs.ROLE, 5, "aspect:skills"),
    ROLE_TOOLS("role.tools", Needs.ROLE, 4, "aspect:tools"),
    ROLE_TITLES("role.titles", Needs.ROLE, 1, "aspect:titles"),
    ROLE_TEAM("role.team", Needs.ROLE, 6, "aspect:team"),
    ROLE_EDUCATION("role.education", Needs.ROLE, 2, "aspect:education"),
    ROLE_INDUSTRIES("role.industries", Needs.ROLE, 3, "aspect:industries"),
    ROLE_COMPARE("role.compare", Needs.TWO_ROLES, 0),
    ROLE_LIST("role.list", Needs.NOTHING, 6, "topic:role.list"),
    ROLE_RECOMMEND("role.recommend", Needs.NOTHING, 0),
    TASK_DEFINE("task.define", Needs.TASK, 0),
    TASK_SUBTASKS("task.subtasks", Needs.TASK, 3, "aspect:subtasks"),
    TASK_ROLES("task.roles", Needs.TASK, 1, "aspect:roles"),
    TASK_SKILLS("task.skills", Needs.TASK, 2, "aspect:skills", "aspect:tools"),
    SKILL_DEFINE("skill.define", Needs.SKILL, 0),
    SKILL_ROLES("skill.roles", Needs.SKILL, 1, "aspect:roles"),
    TOOL_ROLES("tool.roles", Needs.TOOL, 0),
    ORG_TYPES("org.types", Needs.NOTHING, 2, "topic:org.types"),
    LIFECYCLE("lifecycle", Needs.NOTHING, 3, "topic:lifecycle"),
    CAREER_TIPS("career.tips", Needs.NOTHING, 4, "advice:career.tips"),
    CAREER_OUTLOOK("career.outlook", Needs.NOTHING, 5, "advice:career.outlook"),
    HELP("help", Needs.NOTHING, 1, "topic:help"),
    SEARCH("search", Needs.NOTHING, 0),
    OUT_OF_SCOPE("out_of_scope", Needs.NOTHING, 0);

    private final String id;
    private final Needs needs;
    private final int rank;
    private final java.util.List<String> cues;

    /**
     * An entry of the catalogue.
     *
     * @param id    the contract name
     * @param needs what a question must name for it: its subject, among whose intents it is chosen
     * @param rank  which intent of the same subject wins a tie of cue scores, lowest first: a title or a degree
     *              named is asked more surely than tools or tasks, which many questions touch in passing
     * @param cues  the lexicon's cue sets that ask for it, as {@code kind:name}: {@code aspect:tools} (asked of
     *              an entity), {@code topic:lifecycle} (asked of nothing named) or {@code advice:career.tips} (a
     *              topic that may also be asked of an entity, and then weighs against its aspects). None: the
     *              intent is its subject's default, or is chosen by a named reading
     */
    Intent(String id, Needs needs, int rank, String... cues) {
        this.id = id;
        this.needs = needs;
        this.rank = rank;
        this.cues = java.util.List.of(cues);
    }

    /** The lexicon's cue sets that ask for it ({@code aspect:tools}), empty for defaults and named readings. */
    public java.util.List<String> cues() {
        return cues;
    }

    /** Its rank among the intents of its subject: the lowest wins a tie. */
    public int rank() {
        return rank;
    }

    /** What a question must name for it. */
    public Needs needs() {
        return needs;
    }

    /** The name of its first cue set ("tools" of {@code aspect:tools}): what it is about, in a word; or empty. */
    public String cue() {
        return cues.isEmpty() ? "" : cues.get(0).substring(cues.get(0).indexOf(':') + 1);
    }

    /** The lexicon's aspect cue name of a role aspect ("tools"), or empty for intents that are not one. */
    public String aspect() {
        return needs == Needs.ROLE ? cue() : "";
    }

    /** The role aspects, in the order that breaks ties. */
    public static java.util.List<Intent> roleAspects() {
        return chosenByCues(Needs.ROLE);
    }

    /** The intents of a subject that cues choose, in the order that breaks ties. */
    public static java.util.List<Intent> chosenByCues(Needs subject) {
        return Catalogue.BY_CUES.get(subject);
    }

    /** A subject's default: its intent that no cue asks for ("role.define" for a role named with no aspect). */
    public static Intent byDefault(Needs subject) {
        return Arrays.stream(values()).filter(i -> i.needs == subject && i.cues.isEmpty()).findFirst()
                .orElse(SEARCH);
    }

    /** Whether these entities are enough to answer the intent ("role.compare" needs two roles). */
    public boolean answerableWith(org.careerbot.model.Entities e) {
        return switch (needs) {
            case NOTHING -> true;
            case ROLE -> !e.roles().isEmpty();
            case TWO_ROLES -> e.roles().size() >= 2;
            case TASK -> !e.tasks().isEmpty();
            case SKILL -> !e.skills().isEmpty();
            case TOOL -> !e.tools().isEmpty();
        };
    }

    /** What a request for an intent must name: its subject. */
    public enum Needs {
        NOTHING, ROLE, TWO_ROLES, TASK, SKILL, TOOL
    }

    /** The contract name, e.g. {@code role.tools}. */
    public String id() {
        return id;
    }

    /** The intent with this contract name. */
    public static Optional<Intent> of(String id) {
        return Arrays.stream(values()).filter(i -> i.id.equals(id)).findFirst();
    }

    /** The catalogue's lists, worked out once: they are asked for on every question. */
    private static final class Catalogue {
        static final java.util.Map<Needs, java.util.List<Intent>> BY_CUES = new java.util.EnumMap<>(Needs.class);

        static {
            for (Needs n : Needs.values()) {
                BY_CUES.put(n, Arrays.stream(values()).filter(i -> i.needs == n && !i.cues.isEmpty())
                        .sorted(java.util.Comparator.comparingInt(i -> i.rank)).toList());
            }
        }
    }
}
