package org.careerbot.slack;

import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import java.time.Clock;
import org.careerbot.state.SharedState;

/**
 * The Bolt app for the settings: one workspace answered with {@code SLACK_BOT_TOKEN}, or many, each installed
 * through Slack's OAuth flow ({@value SlackSettings#INSTALL_PATH}, {@value SlackSettings#OAUTH_REDIRECT_PATH}) and
 * answered with its own token from the installations in the shared state. Every setting is given here, so that
 * none comes from the environment variables Bolt would otherwise read by itself.
 */
final class BoltApps {
    private BoltApps() {
    }

    static App create(SlackSettings settings, Slack slack, SharedState state) {
        boolean many = settings.distributed();
        AppConfig config = AppConfig.builder().slack(slack)
                .singleTeamBotToken(many ? null : settings.botToken())
                .signingSecret(settings.signingSecret()).allEventsApiAutoAckEnabled(true)
                // BotEvents filters bots' events without asking Slack about each bot.
                .ignoringSelfEventsEnabled(false)
                .clientId(many ? settings.clientId() : null).clientSecret(many ? settings.clientSecret() : null)
                .redirectUri(settings.redirectUri()).userScope(null)
                .scope(String.join(",", SlackNames.scopes(SlackManifest.BOT_EVENTS)))
                .oauthStartPath(SlackSettings.INSTALL_PATH).oauthInstallPath(SlackSettings.INSTALL_PATH)
                .oauthCallbackPath(SlackSettings.OAUTH_REDIRECT_PATH)
                .oauthRedirectUriPath(SlackSettings.OAUTH_REDIRECT_PATH)
                .oauthCompletionUrl(null).oauthCancellationUrl(null)
                // Each workspace's token is checked once, not on every request.
                .authTestCacheEnabled(true)
                .build();
        App app = new App(config);
        if (many) {
            app.asOAuthApp(true);
            app.service(new SignedOAuthState(settings.clientSecret(), state.events(), Clock.systemUTC()));
            app.service(new StoredInstallations(state.installations()));
            InstallFailures.register(app);
        }
        return app;
    }
}
