package org.careerbot.slack;

import org.careerbot.state.Installation;
import org.careerbot.state.Installations;

/** The bot token that answers in a workspace: the one token of a single workspace, or each installation's own. */
@FunctionalInterface
interface BotTokens {
    /** The token for this workspace, or null when the bot is not installed there. */
    String of(String teamId);

    /** {@code SLACK_BOT_TOKEN}, for every request: the bot serves one workspace. */
    static BotTokens single(String botToken) {
        return team -> botToken;
    }

    /** The token each workspace's installation holds. */
    static BotTokens installed(Installations installations) {
        return team -> team == null ? null : installations.find(null, team).map(Installation::botToken).orElse(null);
    }
}
