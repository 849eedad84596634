package org.careerbot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The operations settings: each malformed one is refused with a message naming the variable and the fix. */
class OpsSettingsTest {
    private static final String KEY = "a-long-enough-secret-for-the-gaps-log";

    @TempDir
    Path dir;

    private static IllegalArgumentException refused(Map<String, String> env) {
        return assertThrows(IllegalArgumentException.class, () -> OpsSettings.fromEnvironment(env));
    }

    @Test
    void gapsKeyIsTakenAndNeverShownInTheSettings() {
        OpsSettings ops = OpsSettings.fromEnvironment(Map.of("GAPS_KEY", KEY));
        assertEquals(KEY, ops.gapsKey());
        assertFalse(ops.toString().contains(KEY), ops.toString());
        assertNull(OpsSettings.fromEnvironment(Map.of()).gapsKey(), "unset: a key kept beside the log");
    }

    @Test
    void aShortGapsKeyIsRefusedWithoutRepeatingIt() {
        IllegalArgumentException e = refused(Map.of("GAPS_KEY", "hunter2"));
        assertTrue(e.getMessage().startsWith("GAPS_KEY must have at least 16 characters"), e.getMessage());
        assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
    }

    @Test
    void anUnwritableGapsFileIsReportedAtStartAndTheBotStillServes() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");
        Path gaps = notAFolder.resolve("gaps.jsonl");
        Logger main = (Logger) LoggerFactory.getLogger(Main.class);
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        main.addAppender(logs);
        main.setAdditive(false); // asserted here, not printed
        try (Serving serving = new Main().serving(Map.of("GAPS_FILE", gaps.toString(), "HEALTH_PORT", "0"), false,
                false)) {
            List<String> lines = logs.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
            assertEquals(1, lines.size(), lines::toString);
            assertTrue(lines.get(0).startsWith("GAPS_FILE " + gaps + " cannot be written"), lines.get(0));
            assertTrue(serving.start(), "the bot serves without its gaps log");
        } finally {
            main.detachAppender(logs);
            main.setAdditive(true);
        }
    }
}
