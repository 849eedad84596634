package org.careerbot.answer;

import java.util.List;

/**
 * A platform-neutral answer: what the bot says, structured so that each platform can render it natively.
 *
 * @param intent    the contract intent answered, e.g. {@code role.tools}
 * @param entities  the entities the question was about
 * @param title     a short title
 * @param lead      the one or two sentences that answer the question
 * @param sections  details, each a heading and bullets
 * @param table     a side-by-side comparison, or null
 * @param sources   citations of every fact used, {@code FILE#Section}
 * @param followUps questions worth asking next
 */
public record Answer(String intent, Entities entities, String title, String lead, List<Section> sections,
                     Table table, List<String> sources, List<FollowUp> followUps) {
    /** Lists are copied; null reads as empty. */
    public Answer {
        sections = sections == null ? List.of() : List.copyOf(sections);
        sources = sources == null ? List.of() : List.copyOf(sources);
        followUps = followUps == null ? List.of() : List.copyOf(followUps);
        entities = entities == null ? Entities.NONE : entities;
    }

    /** What the user gets when answering failed unexpectedly: an apology, never silence. */
    public static Answer apology() {
        return new Answer("search", Entities.NONE, "Sorry, something went wrong",
                "I could not answer that one. Please try rephrasing it, or type help.", List.of(), null, List.of(),
                List.of());
    }

    /** The same answer with other entities. */
    public Answer withEntities(Entities other) {
        return new Answer(intent, other, title, lead, sections, table, sources, followUps);
    }

    /**
     * A titled list of details.
     *
     * @param heading the heading
     * @param bullets the details, plain text
     */
    public record Section(String heading, List<String> bullets) {
        /** Bullets are copied. */
        public Section {
            bullets = List.copyOf(bullets);
        }
    }

    /**
     * A comparison: one column per compared item, one row per aspect.
     *
     * @param columns the compared items' names
     * @param rows    the aspects
     */
    public record Table(List<String> columns, List<Row> rows) {
        /** Lists are copied. */
        public Table {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }
    }

    /**
     * One aspect of a comparison.
     *
     * @param aspect the aspect, e.g. "Tasks"
     * @param cells  one cell per column
     */
    public record Row(String aspect, List<String> cells) {
        /** Cells are copied. */
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * A suggested next question.
     *
     * @param label    a short button label
     * @param question the question it asks
     */
    public record FollowUp(String label, String question) {
    }
}
