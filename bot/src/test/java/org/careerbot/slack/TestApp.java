package org.careerbot.slack;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.careerbot.core.Answerer;
import org.careerbot.core.Catalog;
import org.careerbot.core.Feedback;
import org.careerbot.picture.Illustrations;

/**
 * The Slack app in HTTP mode on a free loopback port, talking to a {@link FakeSlack}, with one answer worker (so
 * requests are answered in the order they came) and retry pauses recorded instead of waited.
 */
final class TestApp implements AutoCloseable {
    static final String BOT_TOKEN = "xoxb-test-bot-token-0123456789";
    static final String APP_TOKEN = "xapp-test-app-token-0123456789";
    final FakeSlack slack;
    final List<Duration> pauses = new CopyOnWriteArrayList<>();
    final SlackBot bot;
    final SignedClient client;
    /** Where "Helpful?" clicks go; tests may swap it. */
    volatile Feedback feedback = Feedback.NONE;

    private TestApp(FakeSlack slack, SlackSettings settings, Answerer answerer, Catalog catalog,
                    Illustrations illustrations) throws Exception {
        this.slack = slack;
        Feedback forward = (platform, user, intent, question, helpful) -> feedback.record(platform, user, intent,
                question, helpful);
        this.bot = new SlackBot(settings, answerer, catalog, forward, illustrations, SlackBot.workers(1, 100),
                pauses::add, SlackBot.STOP_BOUND);
        bot.start();
        this.client = bot.port() > 0 ? new SignedClient(bot.port()) : null;
    }

    static TestApp http(Answerer answerer, Catalog catalog) throws Exception {
        return http(answerer, catalog, Illustrations.NONE);
    }

    /** HTTP mode, sharing these pictures after the answers that have one. */
    static TestApp http(Answerer answerer, Catalog catalog, Illustrations illustrations) throws Exception {
        FakeSlack slack = new FakeSlack();
        return new TestApp(slack, new SlackSettings(BOT_TOKEN, null, SignedClient.SECRET, slack.apiUrl(), 0),
                answerer, catalog, illustrations);
    }

    /** Socket Mode against {@code slack}, whose {@code apps.connections.open} must point at a WebSocket server. */
    static TestApp socketMode(FakeSlack slack, Answerer answerer, Catalog catalog) throws Exception {
        return new TestApp(slack, new SlackSettings(BOT_TOKEN, APP_TOKEN, null, slack.apiUrl(), 0), answerer,
                catalog, Illustrations.NONE);
    }

    @Override
    public void close() {
        bot.close();
        slack.close();
    }
}
