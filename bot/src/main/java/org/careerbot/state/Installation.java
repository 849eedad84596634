package org.careerbot.state;

import java.util.Objects;

/**
 * The bot installed in one workspace (or, installed across an organisation, in one enterprise): what answering
 * there needs. The token is a secret: {@link #toString()} never shows it.
 *
 * @param enterpriseId the enterprise (organisation), or null
 * @param teamId       the workspace, or null for an installation across an enterprise
 * @param botToken     the bot token of that workspace ({@code xoxb-})
 * @param botUserId    the bot's user id there
 * @param botId        the bot's id there
 * @param scopes       the scopes granted, comma-separated as Slack says them
 * @param installerId  the user who installed it
 * @param installedAt  when, in milliseconds since the epoch
 */
public record Installation(String enterpriseId, String teamId, String botToken, String botUserId, String botId,
                           String scopes, String installerId, long installedAt) {
    /** An installation names a workspace or an enterprise, and carries a token. */
    public Installation {
        if (teamId == null && enterpriseId == null) {
            throw new IllegalArgumentException("an installation names a workspace or an enterprise");
        }
        Objects.requireNonNull(botToken, "botToken");
    }

    /** The key an installation is found by: the workspace, or the enterprise for one across an enterprise. */
    public String key() {
        return key(enterpriseId, teamId);
    }

    /** The key of the installation for a workspace of an enterprise (either may be null). */
    public static String key(String enterpriseId, String teamId) {
        return teamId != null ? "T:" + teamId : "E:" + enterpriseId;
    }

    /** Everything but the token. */
    @Override
    public String toString() {
        return "Installation[enterpriseId=" + enterpriseId + ", teamId=" + teamId + ", botUserId=" + botUserId
                + ", botId=" + botId + ", scopes=" + scopes + ", installerId=" + installerId + ", installedAt="
                + installedAt + "]";
    }
}
