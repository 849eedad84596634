package org.careerbot.app;

import org.careerbot.core.Answerer;
import org.careerbot.core.Catalog;
import org.careerbot.core.ConnectionEvents;
import org.careerbot.core.Feedback;
import org.careerbot.discord.DiscordSettings;
import org.careerbot.discord.ShardedDiscordPlatform;
import org.careerbot.picture.Illustrations;

/** Discord as a {@link Platform}: the sharded JDA connection, serving the guarded core. */
final class DiscordPlatform implements Platform {
    private final ShardedDiscordPlatform discord;

    DiscordPlatform(DiscordSettings settings, Answerer answerer, Catalog catalog, Feedback feedback,
                    Illustrations illustrations, ConnectionEvents connections) {
        // The core never throws, but the guard makes sure a bug becomes an apology rather than silence.
        Answerer guarded = question -> Guard.answer(answerer, question);
        this.discord = new ShardedDiscordPlatform(settings, guarded, catalog, feedback, illustrations,
                connections);
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
    public String state() {
        return discord.state();
    }

    @Override
    public void close() {
        discord.close();
    }
}
