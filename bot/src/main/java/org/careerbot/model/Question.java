package org.careerbot.model;

/**
 * What a user asked: free text, or a structured request from a command (an intent and entities), within a
 * conversation whose short context lets follow-ups such as "and their tools?" work.
 *
 * @param text           the message as typed (may be empty for structured requests)
 * @param conversationId who and where: a thread, a DM, a channel and user; never shown
 * @param intent         for structured requests, the contract intent wanted; else null
 * @param entities       for structured requests, the entities; else {@link Entities#NONE}
 * @param userId         who asks, as the platform names them (for rate limits; hashed in logs); may be empty
 */
public record Question(String text, String conversationId, String intent, Entities entities, String userId) {
    /** Null parts read as empty. */
    public Question {
        text = text == null ? "" : text;
        conversationId = conversationId == null ? "" : conversationId;
        entities = entities == null ? Entities.NONE : entities;
        userId = userId == null ? "" : userId;
    }

    /** A free-text question. */
    public static Question of(String text, String conversationId) {
        return new Question(text, conversationId, null, Entities.NONE, "");
    }

    /** A structured request, e.g. from a slash command's options. */
    public static Question structured(String intent, Entities entities, String conversationId) {
        return new Question("", conversationId, intent, entities, "");
    }

    /** The same question, asked by this user. */
    public Question by(String user) {
        return new Question(text, conversationId, intent, entities, user);
    }

    /** Who to count the question against: the user, or the conversation where the platform names no user. */
    public String askerKey() {
        return userId.isEmpty() ? conversationId : userId;
    }

    /** Whether the request names its intent rather than asking in words. */
    public boolean isStructured() {
        return intent != null;
    }
}
