package org.careerbot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** {@code career-bot discord …} as an operator runs it: no connection, data alone on standard output. */
class DiscordCommandLineTest {
    @Test
    void commandsPrintsOnlyTheJsonArrayOfTheDefinitions() throws Exception {
        CommandRun r = CommandRun.of("discord", "commands");
        assertEquals(0, r.status());

        JsonNode json = new ObjectMapper().readTree(r.out());
        assertTrue(json.isArray());
        assertEquals(2, json.size());
        assertEquals("career", json.get(0).get("name").asText());
        assertEquals("Answer with Career Bot", json.get(1).get("name").asText());
        assertEquals(1, r.out().strip().lines().count(), "one line, nothing else");
    }

    @Test
    void invitePrintsTheOauthLinkForTheApplication() {
        CommandRun r = CommandRun.of("discord", "invite", "--client-id", "123456789012345678");
        assertEquals(0, r.status());
        String url = r.out().strip();
        assertTrue(url.startsWith("https://discord.com/oauth2/authorize?client_id=123456789012345678&"), url);
        assertTrue(url.endsWith("scope=bot+applications.commands"), url);
    }

    @Test
    void inviteRefusesAnIdThatIsNotNumeric() {
        CommandRun r = CommandRun.of("discord", "invite", "--client-id", "career-bot");
        assertEquals(2, r.status());
        assertEquals("", r.out());
        assertTrue(r.err().contains("application id"));
    }

    @Test
    void servingWithoutATokenExplainsWhatIsMissing() {
        assumeTrue(System.getenv("DISCORD_TOKEN") == null, "a token is set: this would connect");
        CommandRun r = CommandRun.of("discord");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("DISCORD_TOKEN"));
        assertEquals("", r.out());
    }
}
