package org.careerbot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The {@code slack} command line: the manifest on standard output, and a clear refusal without settings. */
class SlackCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream stdout;
    private PrintStream stderr;

    @BeforeEach
    void capture() {
        stdout = System.out;
        stderr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(stdout);
        System.setErr(stderr);
    }

    @Test
    void slackManifestPrintsOnlyTheManifestJson() throws Exception {
        assertEquals(0, Main.run("slack", "manifest"));
        JsonNode manifest = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals("/career", manifest.path("features").path("slash_commands").get(0).path("command").asText());
        assertTrue(manifest.path("settings").path("socket_mode_enabled").asBoolean());
    }

    @Test
    void slackManifestForHttpModeTakesTheRequestUrl() throws Exception {
        assertEquals(0, Main.run("slack", "manifest", "--request-url", "https://x.example/slack/events"));
        JsonNode manifest = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals("https://x.example/slack/events",
                manifest.path("settings").path("interactivity").path("request_url").asText());
    }

    @Test
    void slackWithoutTokensSaysWhatToSetAndExitsWith2() {
        assumeTrue(System.getenv("SLACK_BOT_TOKEN") == null, "runs where no Slack token is set");
        assertEquals(2, Main.run("slack"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("SLACK_BOT_TOKEN"));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }
}
