package org.careerbot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.EnumSet;
import java.util.Map;
import net.dv8tion.jda.api.Permission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DiscordSettingsTest {
    private static final String TOKEN = "MTIz.secret-token.value";

    @Test
    void tokenAloneMeansRecommendedShardsAndGlobalCommands() {
        DiscordSettings s = DiscordSettings.fromEnvironment(Map.of("DISCORD_TOKEN", TOKEN));
        assertEquals(TOKEN, s.token());
        assertNull(s.shards());
        assertNull(s.guildId());
    }

    @Test
    void missingTokenIsNamedInTheError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DiscordSettings.fromEnvironment(Map.of("DISCORD_SHARDS", "2")));
        assertTrue(e.getMessage().contains("DISCORD_TOKEN"));
        assertFalse(DiscordSettings.configured(Map.of("DISCORD_TOKEN", " ")));
    }

    @Test
    void shardsAreATotalOrATotalWithThisProcesssRange() {
        assertEquals(new ShardRange(4, 0, 3), ShardRange.parse("4"));
        assertEquals(new ShardRange(8, 2, 5), ShardRange.parse(" 8:2-5 "));
        DiscordSettings s = DiscordSettings.fromEnvironment(Map.of("DISCORD_TOKEN", TOKEN, "DISCORD_SHARDS",
                "2:1-1", "DISCORD_GUILD_ID", "123456789012345678"));
        assertEquals(new ShardRange(2, 1, 1), s.shards());
        assertEquals(123456789012345678L, s.guildId());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "x", "4:3-5", "4:2-1", "4:-1-2", "4:1"})
    void malformedShardsAreRefusedWithTheVariableNamed(String value) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ShardRange.parse(value));
        assertTrue(e.getMessage().contains("DISCORD_SHARDS"), e.getMessage());
    }

    @Test
    void malformedGuildIdIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DiscordSettings
                .fromEnvironment(Map.of("DISCORD_TOKEN", TOKEN, "DISCORD_GUILD_ID", "my-server")));
        assertTrue(e.getMessage().contains("DISCORD_GUILD_ID"));
    }

    @Test
    void theTokenNeverShowsInSettingsText() {
        DiscordSettings s = DiscordSettings.fromEnvironment(Map.of("DISCORD_TOKEN", TOKEN, "DISCORD_SHARDS", "2"));
        assertFalse(s.toString().contains(TOKEN), s.toString());
        assertFalse(s.toString().contains("secret"), s.toString());
    }

    @Test
    void inviteAsksForBothScopesAndOnlyThePermissionsRepliesNeed() {
        URI url = URI.create(InviteLink.url("123456789012345678"));
        assertEquals("discord.com", url.getHost());
        assertEquals("/oauth2/authorize", url.getPath());
        Map<String, String> query = new java.util.HashMap<>();
        for (String pair : url.getRawQuery().split("&")) {
            query.put(pair.split("=")[0], pair.split("=")[1]);
        }
        assertEquals("123456789012345678", query.get("client_id"));
        assertEquals("bot+applications.commands", query.get("scope"));
        long raw = Long.parseLong(query.get("permissions"));
        assertEquals(EnumSet.of(Permission.VIEW_CHANNEL, Permission.MESSAGE_SEND, Permission.MESSAGE_SEND_IN_THREADS,
                Permission.MESSAGE_EMBED_LINKS, Permission.MESSAGE_HISTORY), Permission.getPermissions(raw));
        assertFalse(Permission.getPermissions(raw).contains(Permission.ADMINISTRATOR));
    }

    @Test
    void inviteNeedsTheNumericApplicationId() {
        assertThrows(IllegalArgumentException.class, () -> InviteLink.url("my-bot"));
        assertThrows(IllegalArgumentException.class, () -> InviteLink.url(null));
    }
}
