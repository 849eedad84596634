package org.careerbot.slack;

import java.time.Duration;
import org.careerbot.core.ConnectionEvents;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.careerbot.core.Answerer;
import org.careerbot.core.Catalog;
import org.careerbot.core.Feedback;
import org.careerbot.picture.Illustrations;
import org.careerbot.state.SharedState;
import org.careerbot.testing.LoopbackSlack;

/**
 * The Slack app in HTTP mode on a free loopback port, talking to a {@link LoopbackSlack}, with one answer worker (so
 * requests are answered in the order they came) and retry pauses recorded instead of waited.
 */
final class TestApp implements AutoCloseable {
    static final String BOT_TOKEN = "xoxb-test-bot-token-0123456789";
    static final String APP_TOKEN = "xapp-test-app-token-0123456789";
    static final String CLIENT_ID = "1234.5678";
    static final String CLIENT_SECRET = "test-client-secret-0123456789";
    final LoopbackSlack slack;
    final List<Duration> pauses = new CopyOnWriteArrayList<>();
    final SlackBot bot;
    final SignedClient client;
    /** Where "Helpful?" clicks go; tests may swap it. */
    volatile Feedback feedback = Feedback.NONE;

    /**
     * Socket Mode timings for tests: a silent socket is noticed within two seconds (long enough that a busy machine
     * does not drop a healthy one), and retries come within a second.
     */
    static final SocketTimings FAST = new SocketTimings(Duration.ofMillis(50), Duration.ofMillis(250),
            Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofSeconds(3), Duration.ofMillis(100),
            Duration.ofMillis(800));

    private TestApp(LoopbackSlack slack, SlackSettings settings, Answerer answerer, Catalog catalog,
                    Illustrations illustrations, ConnectionEvents connections) throws Exception {
        this(slack, settings, answerer, catalog, illustrations, connections, SharedState.inMemory());
    }

    private TestApp(LoopbackSlack slack, SlackSettings settings, Answerer answerer, Catalog catalog,
                    Illustrations illustrations, ConnectionEvents connections, SharedState state) throws Exception {
        this.slack = slack;
        Feedback forward = (platform, user, intent, question, helpful) -> feedback.record(platform, user, intent,
                question, helpful);
        this.bot = new SlackBot(settings, answerer, catalog, forward, illustrations, SlackBot.workers(1, 100),
                pauses::add, SlackBot.STOP_BOUND, FAST, connections, state);
        try {
            bot.start();
        } catch (Exception e) {
            bot.close();
            throw e;
        }
        this.client = bot.port() > 0 ? new SignedClient(bot.port()) : null;
    }

    static TestApp http(Answerer answerer, Catalog catalog) throws Exception {
        return http(answerer, catalog, Illustrations.NONE);
    }

    /** HTTP mode, sharing these pictures after the answers that have one. */
    static TestApp http(Answerer answerer, Catalog catalog, Illustrations illustrations) throws Exception {
        LoopbackSlack slack = new LoopbackSlack();
        return new TestApp(slack, new SlackSettings(BOT_TOKEN, null, SignedClient.SECRET, slack.apiUrl(), 0),
                answerer, catalog, illustrations, ConnectionEvents.NONE);
    }

    /**
     * HTTP mode for many workspaces: installed through the OAuth flow with this client id and secret, each answered
     * with its own token, the installations kept in {@code state}.
     */
    static TestApp installing(Answerer answerer, Catalog catalog, SharedState state) throws Exception {
        LoopbackSlack slack = new LoopbackSlack();
        return new TestApp(slack, new SlackSettings(null, null, SignedClient.SECRET, slack.apiUrl(), 0, CLIENT_ID,
                CLIENT_SECRET, null), answerer, catalog, Illustrations.NONE, ConnectionEvents.NONE, state);
    }

    /** Socket Mode against {@code slack}, whose {@code apps.connections.open} must point at a WebSocket server. */
    static TestApp socketMode(LoopbackSlack slack, Answerer answerer, Catalog catalog) throws Exception {
        return socketMode(slack, answerer, catalog, ConnectionEvents.NONE);
    }

    /** Socket Mode with {@link #FAST} timings, reporting reconnects and failed attempts to {@code connections}. */
    static TestApp socketMode(LoopbackSlack slack, Answerer answerer, Catalog catalog, ConnectionEvents connections)
            throws Exception {
        return new TestApp(slack, new SlackSettings(BOT_TOKEN, APP_TOKEN, null, slack.apiUrl(), 0), answerer,
                catalog, Illustrations.NONE, connections);
    }

    @Override
    public void close() {
        bot.close();
        slack.close();
    }
}
