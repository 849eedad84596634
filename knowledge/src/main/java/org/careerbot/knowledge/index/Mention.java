package org.careerbot.knowledge.index;

import java.util.List;
import org.careerbot.knowledge.EntityKind;

/**
 * Words of a question that name an entity.
 *
 * @param kind    what kind of entity
 * @param ids     the entity's id; several where a shared job title names more than one role
 * @param start   index of the first word
 * @param end     index after the last word
 * @param matched the name that matched
 * @param title   whether it matched an alternative job title rather than a role's own name
 */
public record Mention(EntityKind kind, List<String> ids, int start, int end, String matched, boolean title) {
    /** Whether the words name exactly one entity. */
    public boolean unambiguous() {
        return ids.size() == 1;
    }
}
