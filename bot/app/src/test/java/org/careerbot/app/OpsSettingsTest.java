package org.careerbot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
    void aRateLimitTooLargeToCountIsRefusedNamingTheVariable() {
        for (String value : List.of("99999999999/1s", "5/99999999999s", "2000000/1s", "5/2000m", "0/1s", "5/0s")) {
            IllegalArgumentException e = refused(Map.of("RATE_LIMIT", value));
            assertTrue(e.getMessage().startsWith("RATE_LIMIT must look like 5/10s"), e.getMessage());
            assertTrue(e.getMessage().endsWith("got '" + value + "'"), e.getMessage());
        }
        assertEquals(1_000_000, OpsSettings.fromEnvironment(Map.of("RATE_LIMIT", "1000000/1440m")).rateLimit());
    }

    @Test
    void anUnknownLogLevelIsRefusedRatherThanTakenForDebug() {
        IllegalArgumentException e = refused(Map.of("LOG_LEVEL", "garbage"));
        assertEquals("LOG_LEVEL must be DEBUG, INFO, WARN or ERROR (unset: INFO); got 'garbage'", e.getMessage());
        for (String ok : List.of("debug", "INFO", " warn ", "Error", "")) {
            OpsSettings.fromEnvironment(Map.of("LOG_LEVEL", ok));
        }
    }

    @Test
    void anUnknownLogLevelStopsTheStartWithStatusTwoAndTheMessage() throws Exception {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertEquals(2, new Main().serve(Map.of("DISCORD_TOKEN", "t.o.k", "LOG_LEVEL", "verbose"), false, true));
        } finally {
            System.setErr(err);
        }
        assertTrue(captured.toString(StandardCharsets.UTF_8).startsWith("LOG_LEVEL must be"), captured::toString);
    }

    @Test
    void anUnknownLogLevelStopsEveryCommandBeforeItLogs() throws Exception {
        ProcessBuilder command = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "knowledge")
                .redirectErrorStream(true);
        command.environment().put("LOG_LEVEL", "garbage");
        Process run = command.start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(run.waitFor(30, TimeUnit.SECONDS), "ended");
        assertEquals(2, run.exitValue(), output);
        assertEquals("LOG_LEVEL must be DEBUG, INFO, WARN or ERROR (unset: INFO); got 'garbage'", output.strip());
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
