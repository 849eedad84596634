package org.careerbot.knowledge;

import java.util.List;

/**
 * Passages that belong to no single entity: organizations, the life cycle, advice, outlook.
 *
 * @param id    e.g. {@code organizations}
 * @param title display title
 * @param facts the passages
 */
public record Topic(String id, String title, List<Fact> facts) {
    /** Missing lists read as empty ones. */
    public Topic {
        facts = Lists.orEmpty(facts);
    }
}
