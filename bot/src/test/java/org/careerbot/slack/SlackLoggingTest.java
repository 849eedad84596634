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
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Tokens and the signing secret never reach the logs, even at DEBUG and when Slack calls fail. */
class SlackLoggingTest {
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
