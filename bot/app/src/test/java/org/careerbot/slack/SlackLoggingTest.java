package org.careerbot.slack;

import org.careerbot.core.FixedCatalog;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.Map;
import org.careerbot.app.ProductionLogging;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Tokens, the signing secret and what Slack's requests carry (bodies, signatures, response URLs) never reach the
 * logs, even at DEBUG and when Slack calls fail.
 */
class SlackLoggingTest {
    @Test
    void requestBodiesSignaturesAndResponseUrlsAreNotLoggedAtDebug() throws Exception {
        String question = "what does a quokka-7731 engineer do";
        List<String> lines;
        String signature;
        String eventSignature;
        // the jar's own logging configuration: what it keeps quiet is what is tested
        try (ProductionLogging production = ProductionLogging.use();
             TestApp app = TestApp.http(new ScriptedAnswerer(), FixedCatalog.ofSize(3))) {
            // its levels, not its console: the captured lines are read here, not printed into the build
            ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                    .detachAppender("STDERR");
            String responseUrl = app.slack.responseUrl("secret-hook-5150");
            String body = SignedClient.form(Payloads.command(question, "C1", "U1", responseUrl));
            String event = Payloads.event("Ev-quiet", Payloads.mention("C1", "U1", "<@UBOT> wombat-4242", "1.1",
                    null));
            String ts = Long.toString(System.currentTimeMillis() / 1000);
            signature = app.client.sign(ts, body);
            eventSignature = app.client.sign(ts, event);
            lines = Logs.capture(() -> {
                app.client.send("/slack/events", body, "application/x-www-form-urlencoded", ts, signature, Map.of());
                app.client.send("/slack/events", event, "application/json", ts, eventSignature, Map.of());
                app.slack.await("response", c -> c.path().endsWith("secret-hook-5150"));
                app.slack.await("chat.postMessage", c -> true);
            });
        }
        assertTrue(lines.size() > 5, "debug logging ran: " + lines);
        for (String secret : List.of("quokka-7731", "wombat-4242", "secret-hook-5150", signature.substring(3),
                eventSignature.substring(3))) {
            assertFalse(lines.stream().anyMatch(l -> l.contains(secret)), secret + " was logged: " + lines.stream()
                    .filter(l -> l.contains(secret)).findFirst().orElse(""));
        }
    }

    @Test
    void noSecretIsLoggedAtAnyLevelWhileServingAndFailing() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level level = root.getLevel();
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        root.addAppender(logs);
        root.setLevel(Level.DEBUG);
        try (TestApp app = TestApp.http(new ScriptedAnswerer(), FixedCatalog.ofSize(3))) {
            app.slack.script("chat.postMessage", 429, "1", "{\"ok\":false,\"error\":\"ratelimited\"}");
            app.slack.script("chat.postMessage", 200, null, "{\"ok\":false,\"error\":\"not_in_channel\"}");
            app.client.event(Payloads.event("Ev-log", Payloads.mention("C1", "U1", "<@UBOT> hi", "1.1", null)),
                    Map.of());
            app.slack.await("chat.postEphemeral", c -> true);
            app.client.command(Payloads.command("hello", "C1", "U1", app.slack.responseUrl("log")));
            app.slack.await("response", c -> c.path().endsWith("log"));
        } finally {
            root.setLevel(level);
            root.detachAppender(logs);
        }
        List<String> lines = logs.list.stream().map(e -> e.getFormattedMessage() + (e.getThrowableProxy() == null
                ? "" : ThrowableProxyUtil.asString(e.getThrowableProxy()))).toList();
        assertTrue(lines.size() > 10, "debug logging ran");
        for (String secret : List.of(TestApp.BOT_TOKEN, SignedClient.SECRET, "xoxb-test")) {
            assertFalse(lines.stream().anyMatch(l -> l.contains(secret)), secret + " was logged");
        }
    }
}
