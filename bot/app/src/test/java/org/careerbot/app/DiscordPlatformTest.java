package org.careerbot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.careerbot.core.ConnectionEvents;
import org.careerbot.core.Feedback;
import org.careerbot.picture.Illustrations;
import org.careerbot.discord.DiscordSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Discord as one of the platforms the command line can run, chosen by its environment variables. */
class DiscordPlatformTest {
    private static Components components;

    @BeforeAll
    static void core() {
        components = new Main().components();
    }

    @Test
    void withoutATokenDiscordIsNotConfigured() {
        assertFalse(DiscordSettings.configured(Map.of()));
    }

    @Test
    void aTokenMakesAnUnconnectedDiscordPlatformThatClosesCleanly() {
        Platform discord = new DiscordPlatform(DiscordSettings.fromEnvironment(Map.of("DISCORD_TOKEN", "t.o.k")),
                components.answerer(), components.catalog(), Feedback.NONE, Illustrations.NONE,
                ConnectionEvents.NONE);
        assertEquals("discord", discord.name());
        assertFalse(discord.connected());
        assertEquals("not started", discord.state());
        discord.close();
    }

    @Test
    void malformedSettingsFailWithTheVariableNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DiscordSettings
                .fromEnvironment(Map.of("DISCORD_TOKEN", "t", "DISCORD_SHARDS", "many")));
        assertTrue(e.getMessage().contains("DISCORD_SHARDS"));
    }

    @Test
    void malformedOperationsSettingsStopTheStartWithStatusTwoNamingTheVariable() throws Exception {
        Map<String, String> bad = Map.of("HEALTH_PORT", "eighty", "RATE_LIMIT", "lots", "LOG_QUESTIONS", "maybe");
        for (Map.Entry<String, String> setting : bad.entrySet()) {
            CommandRun r = serve(Map.of("DISCORD_TOKEN", "t.o.k", setting.getKey(), setting.getValue()));
            assertEquals(2, r.status(), setting.getKey());
            assertTrue(r.err().startsWith(setting.getKey() + " must "), r.err());
            assertTrue(r.err().contains("got '" + setting.getValue() + "'"), r.err());
        }
    }

    /** Serves Discord with this environment, standard error captured; stops at once on a settings problem. */
    private static CommandRun serve(Map<String, String> env) throws InterruptedException {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int status = new Main().serve(env, false, true);
            return new CommandRun(status, "", err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(saved);
        }
    }
}
