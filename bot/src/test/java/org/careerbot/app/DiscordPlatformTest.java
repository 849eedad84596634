package org.careerbot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
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
    void withoutATokenThereIsNoDiscordPlatform() {
        assertTrue(DiscordPlatform.fromEnvironment(Map.of(), components).isEmpty());
    }

    @Test
    void aTokenMakesAnUnconnectedDiscordPlatformThatClosesCleanly() {
        Optional<Platform> discord = DiscordPlatform.fromEnvironment(Map.of("DISCORD_TOKEN", "t.o.k"), components);
        assertEquals("discord", discord.orElseThrow().name());
        assertFalse(discord.get().connected());
        discord.get().close();
    }

    @Test
    void malformedSettingsFailWithTheVariableNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DiscordPlatform
                .fromEnvironment(Map.of("DISCORD_TOKEN", "t", "DISCORD_SHARDS", "many"), components));
        assertTrue(e.getMessage().contains("DISCORD_SHARDS"));
    }
}
