package org.careerbot.discord;

import java.util.Map;

/**
 * The Discord settings, from the environment.
 *
 * @param token   the bot token ({@code DISCORD_TOKEN}); never logged or printed
 * @param shards  the shards this process runs ({@code DISCORD_SHARDS}), or null for Discord's recommended count
 * @param guildId the one server to register commands on ({@code DISCORD_GUILD_ID}), or null to register globally
 */
public record DiscordSettings(String token, ShardRange shards, Long guildId) {
    /** The variable holding the bot token. */
    public static final String TOKEN = "DISCORD_TOKEN";
    /** The variable holding the shard range. */
    public static final String SHARDS = "DISCORD_SHARDS";
    /** The variable holding the test server's id. */
    public static final String GUILD_ID = "DISCORD_GUILD_ID";

    /** Checks the token is there. */
    public DiscordSettings {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException(TOKEN + " is not set: create a bot token as docs/discord.md shows");
        }
        token = token.strip();
    }

    /** Whether the environment asks for Discord at all (its token is set). */
    public static boolean configured(Map<String, String> env) {
        String token = env.get(TOKEN);
        return token != null && !token.isBlank();
    }

    /** Reads the settings; a missing token or a malformed value fails with a message naming the variable. */
    public static DiscordSettings fromEnvironment(Map<String, String> env) {
        String shards = env.get(SHARDS);
        String guild = env.get(GUILD_ID);
        return new DiscordSettings(env.get(TOKEN),
                shards == null || shards.isBlank() ? null : ShardRange.parse(shards),
                guild == null || guild.isBlank() ? null : snowflake(guild.strip()));
    }

    private static Long snowflake(String id) {
        if (!id.matches("\\d{1,20}")) {
            throw new IllegalArgumentException(GUILD_ID + " must be a server id (digits), got '" + id + "'");
        }
        return Long.parseUnsignedLong(id);
    }

    /** Without the token, so that settings can be logged. */
    @Override
    public String toString() {
        return "DiscordSettings[token=<redacted>, shards=" + (shards == null ? "recommended" : shards)
                + ", guildId=" + (guildId == null ? "global" : Long.toUnsignedString(guildId)) + "]";
    }
}
