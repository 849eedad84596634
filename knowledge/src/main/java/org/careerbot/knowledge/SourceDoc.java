package org.careerbot.knowledge;

import java.util.List;

/**
 * A source text and its sections.
 *
 * @param file     file name, the part of a citation before {@code #}
 * @param title    the document's title
 * @param cite     how answers name it for people ("Workera, AI Career Pathways"), or null for the title
 * @param end      the line where the text's content ends (page furniture follows), or null
 * @param sections its sections, in order
 */
public record SourceDoc(String file, String title, String cite, String end, List<Section> sections) {
    /** Missing lists read as empty ones. */
    public SourceDoc {
        sections = Lists.orEmpty(sections);
    }

    /**
     * A section of a source text.
     *
     * @param name  the name citations use after {@code #}
     * @param start the line the section starts at (white space folded)
     */
    public record Section(String name, String start) {
    }
}
