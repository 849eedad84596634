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

/** {@code career-bot discord …} as an operator runs it: no connection, data alone on standard output. */
class DiscordCommandLineTest {
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

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void commandsPrintsOnlyTheJsonArrayOfTheDefinitions() throws Exception {
        assertEquals(0, Main.run("discord", "commands"));

        JsonNode json = new ObjectMapper().readTree(stdout());
        assertTrue(json.isArray());
        assertEquals(2, json.size());
        assertEquals("career", json.get(0).get("name").asText());
        assertEquals("Answer with Career Bot", json.get(1).get("name").asText());
        assertEquals(1, stdout().strip().lines().count(), "one line, nothing else");
    }

    @Test
    void invitePrintsTheOauthLinkForTheApplication() {
        assertEquals(0, Main.run("discord", "invite", "--client-id", "123456789012345678"));
        String url = stdout().strip();
        assertTrue(url.startsWith("https://discord.com/oauth2/authorize?client_id=123456789012345678&"), url);
        assertTrue(url.endsWith("scope=bot+applications.commands"), url);
    }

    @Test
    void inviteRefusesAnIdThatIsNotNumeric() {
        assertEquals(2, Main.run("discord", "invite", "--client-id", "career-bot"));
        assertEquals("", stdout());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("application id"));
    }

    @Test
    void servingWithoutATokenExplainsWhatIsMissing() {
        assumeTrue(System.getenv("DISCORD_TOKEN") == null, "a token is set: this would connect");
        assertEquals(2, Main.run("discord"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("DISCORD_TOKEN"));
        assertEquals("", stdout());
    }
}
