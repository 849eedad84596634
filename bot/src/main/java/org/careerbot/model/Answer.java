package org.careerbot.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A platform-neutral answer: what the bot says, structured so that each platform can render it natively.
 *
 * <p>Every answer reads the same way on every platform: the {@link #lead} first (the direct answer, at most
 * {@link ChatLength#LEAD_WORDS} words), then only as many sections as fit a chat message ({@link #brief()}); the rest
 * waits behind "More" ({@link #more()}).
 *
 * @param intent    the contract intent answered, e.g. {@link Intent#ROLE_TOOLS}; its {@link Intent#id()} is what
 *                  leaves the bot (JSON, metrics, logs)
 * @param entities  the entities the question was about
 * @param title     a short title
 * @param lead      the one to three sentences that answer the question, said first
 * @param sections  details, each a heading and bullets, the most relevant first
 * @param table     a side-by-side comparison, or null
 * @param sources   citations of every fact used, {@code FILE#Section} (for machines)
 * @param followUps questions worth asking next
 * @param covered   whether the sources answer the question's main ask
 * @param credits   the sources named for people ("Workera, AI Career Pathways: Data Analyst")
 */
public record Answer(Intent intent, Entities entities, String title, String lead, List<Section> sections,
                     Table table, List<String> sources, List<FollowUp> followUps, boolean covered,
                     List<String> credits) {
    /** Lists are copied; null reads as empty. */
    public Answer {
        sections = sections == null ? List.of() : List.copyOf(sections);
        sources = sources == null ? List.of() : List.copyOf(sources);
        followUps = followUps == null ? List.of() : List.copyOf(followUps);
        credits = credits == null ? List.of() : List.copyOf(credits);
        entities = entities == null ? Entities.NONE : entities;
        lead = lead == null ? "" : lead;
        title = title == null ? "" : title;
    }

    /** An answer the sources cover, with its sources as its credits. */
    public Answer(Intent intent, Entities entities, String title, String lead, List<Section> sections,
                  Table table, List<String> sources, List<FollowUp> followUps) {
        this(intent, entities, title, lead, sections, table, sources, followUps, true, sources);
    }

    /** What the user gets when answering failed unexpectedly: an apology, never silence. */
    public static Answer apology() {
        return new Answer(Intent.SEARCH, Entities.NONE, "Sorry, something went wrong",
                "I could not answer that one. Please try rephrasing it, or type help.", List.of(), null, List.of(),
                List.of());
    }

    /** The same answer with other entities. */
    public Answer withEntities(Entities other) {
        return new Answer(intent, other, title, lead, sections, table, sources, followUps, covered, credits);
    }

    /** The same answer with another lead. */
    public Answer withLead(String other) {
        return new Answer(intent, entities, title, other, sections, table, sources, followUps, covered, credits);
    }

    /** The answer as a chat shows it by default: the lead and the first sections that fit; no table. */
    public Answer brief() {
        List<Section> shown = ChatLength.shown(lead, sections);
        return new Answer(intent, entities, title, lead, shown, null, sources, followUps, covered, credits);
    }

    /** Whether {@link #brief()} leaves something out, which {@link #more()} then shows. */
    public boolean hasMore() {
        return table != null || !ChatLength.shown(lead, sections).equals(sections);
    }

    /** What the brief answer leaves out: the remaining sections and the comparison table, without the lead. */
    public Answer more() {
        List<Section> shown = ChatLength.shown(lead, sections);
        List<Section> rest = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            if (i >= shown.size()) {
                rest.add(s);
            } else if (!shown.get(i).equals(s)) {
                rest.add(new Section(s.heading(), s.bullets().subList(shown.get(i).bullets().size(),
                        s.bullets().size())));
            }
        }
        return new Answer(intent, entities, "More: " + title, "", rest, table, sources, List.of(), covered,
                credits);
    }

    /** The headings of what {@link #more()} holds, to say what a click on More brings. */
    public List<String> moreHeadings() {
        List<String> out = new ArrayList<>(more().sections().stream().map(Section::heading)
                .filter(h -> !h.isBlank()).distinct().toList());
        if (table != null) {
            out.add("side by side");
        }
        return out;
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
