package org.careerbot.model;


/**
 * What a conversation was last about, so that a follow-up ("and their tools?") can refer back to it.
 *
 * @param entities the entities of the last answer
 * @param intent   the intent of the last answer
 */
public record Context(Entities entities, Intent intent) {
    /** A conversation that has just begun. */
    public static final Context NONE = new Context(Entities.NONE, null);
}
