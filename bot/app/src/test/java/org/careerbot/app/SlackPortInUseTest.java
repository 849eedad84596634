package org.careerbot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.careerbot.testing.LoopbackSlack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** Slack's HTTP mode on a port something else holds: the start fails saying which variable and which port. */
@Timeout(60)
class SlackPortInUseTest {
    @Test
    void aPortInUseIsNamedWithItsVariable(@TempDir Path dir) throws Exception {
        Logger serving = (Logger) LoggerFactory.getLogger(Serving.class);
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        serving.addAppender(logs);
        serving.setAdditive(false); // asserted here, not printed
        try (ServerSocket taken = new ServerSocket();
             LoopbackSlack slack = new LoopbackSlack(true)) {
            taken.bind(new InetSocketAddress(0));
            int port = taken.getLocalPort();
            try (Serving s = new Main().serving(Map.of("SLACK_BOT_TOKEN", "xoxb-1-2-abc", "SLACK_SIGNING_SECRET",
                    "s3cr3t-signing", "SLACK_API_URL", slack.apiUrl(), "PORT", Integer.toString(port), "HEALTH_PORT",
                    "0", "GAPS_FILE", dir.resolve("gaps.jsonl").toString()), true, false)) {
                assertFalse(s.start());
            }
            List<String> lines = logs.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
            String error = lines.stream().filter(l -> l.startsWith("slack could not start")).findFirst()
                    .orElseThrow(() -> new AssertionError(lines.toString()));
            assertTrue(error.startsWith("slack could not start: PORT " + port + " is in use ("), error);
            assertTrue(error.endsWith("set PORT to a free port"), error);
            assertEquals(1, lines.stream().filter(l -> l.contains("could not start")).count());
        } finally {
            serving.detachAppender(logs);
            serving.setAdditive(true);
        }
    }
}
