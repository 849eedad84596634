package org.careerbot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.builtin.OAuthCallbackRequest;
import com.slack.api.bolt.response.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an installer sees, and the log says, when an install does not go through: the page that says why, and one
 * line with Slack's reason. Bolt's own handlers would log the whole redirect, whose code and state are secrets for
 * as long as they are valid; these log only the reason.
 */
final class InstallFailures {
    private static final Logger LOG = LoggerFactory.getLogger(InstallFailures.class);

    private InstallFailures() {
    }

    /** Replaces Bolt's failure handlers of the install flow with these. */
    static void register(App app) {
        app.oauthCallbackError((request, response) -> page(app, response, "Slack said "
                + reason(request.getPayload() == null ? null : request.getPayload().getError())));
        app.oauthCallbackStateError((request, response) -> page(app, response,
                "invalid_state (an old, used or forged link, or another browser)"));
        app.oauthCallbackAccessError((OAuthCallbackRequest request, Response response,
                com.slack.api.methods.response.oauth.OAuthV2AccessResponse access) -> page(app, response,
                "oauth.v2.access answered " + reason(access.getError())));
        app.oauthCallbackException((request, response, e) -> page(app, response,
                e.getClass().getSimpleName()));
    }

    private static Response page(App app, Response response, String why) {
        LOG.warn("Slack install failed: {}", why);
        response.setStatusCode(200);
        response.setContentType("text/html; charset=utf-8");
        response.setBody(app.config().getOAuthRedirectUriPageRenderer().renderFailurePage(
                app.config().getOauthInstallRequestURI(), why));
        return response;
    }

    private static String reason(String error) {
        return error == null ? "an error" : error.replaceAll("[^A-Za-z0-9_.]", "");
    }
}
