package org.careerbot.slack;

/**
 * Where a question was asked and its answer goes, which also names the conversation whose context follow-ups
 * use.
 *
 * @param kind        how the answer is delivered
 * @param teamId      the workspace
 * @param channelId   the channel or DM; null for App Home
 * @param threadTs    the thread to answer in, or null
 * @param userId      who asked (for private answers, App Home and error notes)
 * @param responseUrl where Slack takes replies to a command or click, or null
 * @param mention     a user to mention above the answer (the author of a message a mentor answers), or null
 */
record Place(Kind kind, String teamId, String channelId, String threadTs, String userId, String responseUrl,
             String mention) {
    /** How an answer is delivered. */
    enum Kind {
        /** Only the asker sees it (a slash command's answer): through the response URL. */
        PRIVATE,
        /** In a channel thread, for everyone. */
        THREAD,
        /** In the direct messages with the bot. */
        DIRECT,
        /** In the asker's App Home tab. */
        HOME
    }

    /** A slash command's private answer in a channel; the conversation is the asker's in that channel. */
    static Place privately(String team, String channel, String user, String responseUrl) {
        return new Place(Kind.PRIVATE, team, channel, null, user, responseUrl, null);
    }

    /** A public answer in the thread that starts at {@code threadTs}. */
    static Place thread(String team, String channel, String threadTs, String user) {
        return new Place(Kind.THREAD, team, channel, threadTs, user, null, null);
    }

    /** An answer in the direct messages, in a thread if the question was in one. */
    static Place direct(String team, String channel, String threadTs, String user) {
        return new Place(Kind.DIRECT, team, channel, threadTs, user, null, null);
    }

    /** An answer in the user's App Home. */
    static Place home(String team, String user) {
        return new Place(Kind.HOME, team, null, null, user, null, null);
    }

    /** The same place, also reachable through a response URL (for error notes). */
    Place withResponseUrl(String url) {
        return new Place(kind, teamId, channelId, threadTs, userId, url, mention);
    }

    /** The same place, mentioning this user above the answer. */
    Place mentioning(String user) {
        return new Place(kind, teamId, channelId, threadTs, userId, responseUrl, user);
    }

    /** The key of the conversation's short context: team and thread, DM, asker's channel, or Home. */
    String conversationId() {
        String team = teamId == null ? "" : teamId;
        return switch (kind) {
            case PRIVATE -> "slack:" + team + ":" + channelId + ":" + userId;
            case THREAD -> "slack:" + team + ":" + channelId + ":" + threadTs;
            case DIRECT -> "slack:" + team + ":" + channelId;
            case HOME -> "slack:" + team + ":home:" + userId;
        };
    }
}
