package org.careerbot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void malformedOperationsSettingsStopTheStartWithStatusTwo() throws Exception {
        Map<String, String> env = Map.of("DISCORD_TOKEN", "t.o.k", "HEALTH_PORT", "eighty");
        assertEquals(2, new Main().serve(env, false, true));
        assertEquals(2, new Main().serve(Map.of("DISCORD_TOKEN", "t.o.k", "RATE_LIMIT", "lots"), false, true));
        assertEquals(2, new Main().serve(Map.of("DISCORD_TOKEN", "t.o.k", "LOG_QUESTIONS", "maybe"), false, true));
    }
}
