package org.careerbot.knowledge;

import java.util.List;

/**
 * A skill.
 *
 * @param id         contract id, e.g. {@code algorithmic-coding}
 * @param name       display name
 * @param definition the report's definition, or null where it gives none
 * @param notes      other statements about the skill
 */
public record Skill(String id, String name, Fact definition, List<Fact> notes) {
    /** Missing lists read as empty ones. */
    public Skill {
        notes = Lists.orEmpty(notes);
    }
}
