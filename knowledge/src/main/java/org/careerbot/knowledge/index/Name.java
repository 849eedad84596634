package org.careerbot.knowledge.index;

import org.careerbot.knowledge.EntityKind;

/**
 * A name under which an entity can be found.
 *
 * @param kind  the entity's kind
 * @param id    the entity's id
 * @param text  the name as written in the knowledge
 * @param title whether it is an alternative job title (which several roles may share) rather than a name
 */
record Name(EntityKind kind, String id, String text, boolean title) {
}
