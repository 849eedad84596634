package org.careerbot.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppUninstalledEvent;
import com.slack.api.model.event.TokensRevokedEvent;
import org.careerbot.state.Installations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installed in many workspaces: a workspace that removes the app, or revokes its bot token, loses its installation,
 * so that its token is neither kept nor used again.
 */
final class Uninstalls {
    private static final Logger LOG = LoggerFactory.getLogger(Uninstalls.class);
    private final Installations installations;

    Uninstalls(Installations installations) {
        this.installations = installations;
    }

    void register(Routes routes) {
        routes.event(SlackNames.APP_UNINSTALLED, AppUninstalledEvent.class, this::uninstalled);
        routes.event(SlackNames.TOKENS_REVOKED, TokensRevokedEvent.class, this::revoked);
    }

    Response uninstalled(EventsApiPayload<AppUninstalledEvent> payload, EventContext ctx) {
        delete(payload, "the app was uninstalled");
        return ctx.ack();
    }

    /** Only the bot's token matters: the app asks for no user tokens. */
    Response revoked(EventsApiPayload<TokensRevokedEvent> payload, EventContext ctx) {
        TokensRevokedEvent e = payload.getEvent();
        if (e != null && e.getTokens() != null && e.getTokens().getBot() != null
                && !e.getTokens().getBot().isEmpty()) {
            delete(payload, "its bot token was revoked");
        }
        return ctx.ack();
    }

    private void delete(EventsApiPayload<?> payload, String why) {
        installations.delete(payload.getEnterpriseId(), payload.getTeamId());
        LOG.info("Slack workspace {} removed: {}", payload.getTeamId(), why);
    }
}
