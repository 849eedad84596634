package org.careerbot.discord;

/**
 * Conversation ids for the core's short memory: one conversation per person per channel (a server channel, a
 * thread or the DM with the bot), so that "and their tools?" follows what that person last asked there.
 */
final class ConversationIds {
    private ConversationIds() {
    }

    static String of(long channelId, long userId) {
        return "discord:" + Long.toUnsignedString(channelId) + ":" + Long.toUnsignedString(userId);
    }
}
