package org.careerbot.app;

import java.util.Map;
import java.util.Optional;
import org.careerbot.core.Answerer;
import org.careerbot.discord.DiscordSettings;
import org.careerbot.discord.ShardedDiscordPlatform;

/** Discord as a {@link Platform}: the sharded JDA connection, serving the guarded core. */
final class DiscordPlatform implements Platform {
    private final ShardedDiscordPlatform discord;

    DiscordPlatform(DiscordSettings settings, Components components) {
        Answerer core = components.answerer();
        // The core never throws, but the guard makes sure a bug becomes an apology rather than silence.
        Answerer guarded = question -> Guard.answer(core, question);
        this.discord = new ShardedDiscordPlatform(settings, guarded, components.catalog());
    }

    /** Discord, when the environment sets its token; a malformed setting fails with a message naming it. */
    static Optional<Platform> fromEnvironment(Map<String, String> env, Components components) {
        if (!DiscordSettings.configured(env)) {
            return Optional.empty();
        }
        return Optional.of(new DiscordPlatform(DiscordSettings.fromEnvironment(env), components));
    }

    @Override
    public String name() {
        return discord.name();
    }

    @Override
    public void start() throws Exception {
        discord.start();
    }

    @Override
    public boolean connected() {
        return discord.connected();
    }

    @Override
    public void close() {
        discord.close();
    }
}
