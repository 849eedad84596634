package org.careerbot.discord;

import java.time.Clock;
import java.util.EnumSet;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.careerbot.core.Answerer;
import org.careerbot.core.Catalog;
import org.careerbot.core.ConnectionEvents;
import org.careerbot.core.Feedback;
import org.careerbot.exchange.Workers;
import org.careerbot.picture.Illustrations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Career Bot on Discord: connects through JDA's shard manager with no gateway intents (slash commands, buttons
 * and message commands arrive as interactions, which need none), registers the commands, and answers on a small
 * pool of workers so the gateway threads never wait for the core.
 */
public final class ShardedDiscordPlatform implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ShardedDiscordPlatform.class);
    /**
     * Replies being worked on at once. JDA queues each send without waiting for Discord, so a worker is taken only
     * while the core answers: a few per CPU do, unlike Slack's, which wait for every post.
     */
    private static final int WORKERS = 4;
    /** Beyond this many waiting questions, new ones get "busy" at once rather than an answer after the deadline. */
    private static final int QUEUE = 256;
    private static final long READY_TIMEOUT_SECONDS = 120;

    private final DiscordSettings settings;
    private final Answerer answerer;
    private final Catalog catalog;
    private final Feedback feedback;
    private final Illustrations illustrations;
    private final Workers workers;
    private final ConnectionLog connection = new ConnectionLog();
    private final ShardHealth health;
    private volatile ShardManager shards;

    /**
     * A platform, not yet connected.
     *
     * @param settings      the token, shards and registration scope
     * @param answerer      the core
     * @param catalog       the entities, for choices and suggestions
     * @param feedback      where "Helpful?" clicks are recorded
     * @param illustrations the pictures attached to the answers that have one
     * @param connections   where the shards' reconnects are counted
     */
    public ShardedDiscordPlatform(DiscordSettings settings, Answerer answerer, Catalog catalog, Feedback feedback,
                                  Illustrations illustrations, ConnectionEvents connections) {
        this.settings = settings;
        this.answerer = answerer;
        this.catalog = catalog;
        this.feedback = feedback;
        this.illustrations = illustrations;
        this.health = new ShardHealth(connections);
        // Defence in depth: every reply sets its allowed mentions, and a message that forgets to still pings nobody.
        MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
        this.workers = Workers.bounded("Discord", WORKERS, QUEUE);
    }

    /** The platform's name. */
    public String name() {
        return "discord";
    }

    /**
     * Connects every shard of this process and registers the commands; returns once a shard is ready.
     *
     * @throws IllegalStateException if Discord refuses the token or no shard gets ready in time
     * @throws InterruptedException  if interrupted while waiting
     */
    public void start() throws InterruptedException {
        LOG.info("connecting to Discord: {}", settings);
        DefaultShardManagerBuilder builder = DefaultShardManagerBuilder
                .createLight(settings.token(), EnumSet.noneOf(GatewayIntent.class))
                .setEnableShutdownHook(false) // close() stops in order: answers in flight first
                .addEventListeners(connection, health,
                        new InteractionListener(answerer, catalog, feedback, illustrations, workers,
                                Clock.systemUTC()),
                        new CommandRegistrar(new CommandDefinitions(catalog).commands(), settings.guildId()));
        if (settings.shards() != null) {
            builder.setShardsTotal(settings.shards().total())
                    .setShards(settings.shards().from(), settings.shards().to());
        }
        try {
            shards = builder.build();
        } catch (RuntimeException e) {
            // JDA's messages name the problem (e.g. an invalid token) without the token itself.
            throw new IllegalStateException("Could not connect to Discord: " + e.getMessage(), e);
        }
        if (!connection.awaitReady(READY_TIMEOUT_SECONDS)) {
            throw new IllegalStateException("no Discord shard got ready within " + READY_TIMEOUT_SECONDS + " s");
        }
    }

    /** Whether every shard of this process is connected now, as JDA reports it. */
    public boolean connected() {
        return ShardHealth.up(shards);
    }

    /** Each shard's state when one is not connected, e.g. {@code shard 1/2 reconnecting (RECONNECT_QUEUED)}. */
    public String state() {
        return ShardHealth.state(shards);
    }

    /**
     * Stops taking questions, lets the answers accepted finish (up to 6 s, so that a stop fits Docker's 10 s),
     * then disconnects; answers that could not finish are counted in the log.
     */
    @Override
    public void close() {
        workers.stop(System.nanoTime() + TimeUnit.SECONDS.toNanos(6));
        ShardManager s = shards;
        if (s != null) {
            s.shutdown();
            LOG.info("disconnected from Discord");
        }
    }
}
