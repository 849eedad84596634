package org.careerbot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The {@code slack} command line: the manifest on standard output, and a clear refusal without settings. */
class SlackCommandTest {
    @Test
    void slackManifestPrintsOnlyTheManifestJson() throws Exception {
        CommandRun r = CommandRun.of("slack", "manifest");
        assertEquals(0, r.status());
        JsonNode manifest = new ObjectMapper().readTree(r.out());
        assertEquals("/career", manifest.path("features").path("slash_commands").get(0).path("command").asText());
        assertTrue(manifest.path("settings").path("socket_mode_enabled").asBoolean());
    }

    @Test
    void slackManifestForHttpModeTakesTheRequestUrl() throws Exception {
        CommandRun r = CommandRun.of("slack", "manifest", "--request-url", "https://x.example/slack/events");
        assertEquals(0, r.status());
        JsonNode manifest = new ObjectMapper().readTree(r.out());
        assertEquals("https://x.example/slack/events",
                manifest.path("settings").path("interactivity").path("request_url").asText());
    }

    @Test
    void slackWithoutTokensSaysWhatToSetAndExitsWith2() {
        assumeTrue(System.getenv("SLACK_BOT_TOKEN") == null, "runs where no Slack token is set");
        CommandRun r = CommandRun.of("slack");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("SLACK_BOT_TOKEN"));
        assertEquals("", r.out());
    }
}
