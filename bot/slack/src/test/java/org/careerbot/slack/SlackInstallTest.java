package org.careerbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careerbot.core.CareerBot;
import org.careerbot.core.TestBot;
import org.careerbot.state.SharedState;
import org.careerbot.testing.LoopbackSlack;
import org.careerbot.testing.QuietLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Installed into many workspaces through Slack's OAuth flow: two workspaces install the app, each is answered with
 * its own token, and one that uninstalls it is forgotten. Slack's {@code oauth.v2.access} is the loopback fake's.
 */
class SlackInstallTest {
    private static final Pattern STATE = Pattern.compile("[?&;]state=([A-Za-z0-9_\\-.]+)");
    private final HttpClient browser = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    @TempDir
    Path data;
    private SharedState state;
    private TestApp app;
    private LoopbackSlack slack;

    @BeforeEach
    void start() throws Exception {
        state = SharedState.inMemory(data);
        CareerBot core = TestBot.get();
        app = TestApp.installing(core, core.catalog(), state);
        slack = app.slack;
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void twoWorkspacesInstallAndEachIsAnsweredWithItsOwnToken() throws Exception {
        assertTrue(install("code-a", "TA", "xoxb-team-a").body().contains("Thank you"), "the success page");
        install("code-b", "TB", "xoxb-team-b");
        LoopbackSlack.Call exchange = slack.await("oauth.v2.access", c -> "code-a".equals(c.param("code")));
        assertTrue(exchange.all().contains(TestApp.CLIENT_ID) || String.valueOf(exchange.auth()).startsWith("Basic"),
                "the code is exchanged with the app's credentials");

        mention("TA", "CA", "Ev-a1");
        mention("TB", "CB", "Ev-b1");
        assertEquals("Bearer xoxb-team-a", slack.await("chat.postMessage", c -> "CA".equals(c.param("channel")))
                .auth());
        assertEquals("Bearer xoxb-team-b", slack.await("chat.postMessage", c -> "CB".equals(c.param("channel")))
                .auth());
        String file = Files.readString(data.resolve(SharedState.INSTALLATIONS_FILE));
        assertTrue(file.contains("\"TA\"") && file.contains("\"TB\""), "kept across restarts: " + file);
    }

    @Test
    void anUninstalledWorkspaceIsForgottenAndTheOtherStillAnswered() throws Exception {
        install("code-a", "TA", "xoxb-team-a");
        install("code-b", "TB", "xoxb-team-b");
        app.client.event(Payloads.event("Ev-u1", Map.of("type", "app_uninstalled", "event_ts", "1700000000.1"),
                "TA"), Map.of());
        assertTrue(state.installations().find(null, "TA").isEmpty(), "the workspace that uninstalled");
        assertTrue(state.installations().find(null, "TB").isPresent());

        assertEquals(401, mention("TA", "CA", "Ev-a2").statusCode(), "no token left for it");
        mention("TB", "CB", "Ev-b2");
        assertEquals("Bearer xoxb-team-b", slack.await("chat.postMessage", c -> "CB".equals(c.param("channel")))
                .auth());
        assertTrue(slack.calls("chat.postMessage").stream().noneMatch(c -> "CA".equals(c.param("channel"))));
    }

    @Test
    void aRedirectWithAForgedOrReusedStateInstallsNothing() throws Exception {
        slack.grant("code-f", "TF", "xoxb-team-f");
        try (QuietLog log = new QuietLog(InstallFailures.class)) {
            HttpResponse<String> forged = get("/slack/oauth_redirect?code=code-f&state=abc.1.def",
                    "slack-app-oauth-state=abc.1.def");
            assertTrue(forged.body().contains("invalid_state"), forged.body());
            assertTrue(slack.calls("oauth.v2.access").isEmpty(), "no code exchanged");
            assertEquals(List.of("Slack install failed: invalid_state (an old, used or forged link, or another"
                    + " browser)"), log.at(Level.WARN), "the reason, never the code or the state");
        }

        HttpResponse<String> page = get("/slack/install", null);
        String issued = state(page);
        String cookie = "slack-app-oauth-state=" + issued;
        assertTrue(get("/slack/oauth_redirect?code=code-f&state=" + issued, cookie).body().contains("Thank you"));
        try (QuietLog log = new QuietLog(InstallFailures.class)) {
            HttpResponse<String> again = get("/slack/oauth_redirect?code=code-f&state=" + issued, cookie);
            assertFalse(again.body().contains("Thank you"), "a state is taken once");
            assertEquals(1, log.at(Level.WARN).size());
        }
        assertEquals(1, slack.calls("oauth.v2.access").size());
    }

    /** The installer's way through: the install page, Slack's consent (the grant), the redirect back. */
    private HttpResponse<String> install(String code, String team, String token) throws Exception {
        slack.grant(code, team, token);
        HttpResponse<String> page = get("/slack/install", null);
        String issued = state(page);
        assertTrue(page.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.contains(issued)));
        HttpResponse<String> done = get("/slack/oauth_redirect?code=" + code + "&state=" + issued,
                "slack-app-oauth-state=" + issued);
        assertEquals(200, done.statusCode());
        return done;
    }

    /** The state in the page's or redirect's link to Slack's consent screen. */
    private static String state(HttpResponse<String> page) {
        String where = page.headers().firstValue("Location").orElse(page.body());
        assertTrue(where.contains("https://slack.com/oauth/v2/authorize?client_id=" + TestApp.CLIENT_ID), where);
        Matcher m = STATE.matcher(where);
        assertTrue(m.find(), where);
        return m.group(1);
    }

    private HttpResponse<String> mention(String team, String channel, String eventId) {
        return app.client.event(Payloads.event(eventId, Payloads.mention(channel, "U1",
                "<@UBOT> what does a data analyst do?", "1700000100.000100", null), team), Map.of());
    }

    private HttpResponse<String> get(String pathAndQuery, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.bot.port()
                + pathAndQuery)).timeout(Duration.ofSeconds(10)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
