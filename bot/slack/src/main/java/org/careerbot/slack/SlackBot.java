package org.careerbot.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.util.http.SlackHttpClient;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import org.careerbot.core.Answerer;
import org.careerbot.core.Catalog;
import org.careerbot.core.ConnectionEvents;
import org.careerbot.core.Feedback;
import org.careerbot.exchange.Exchange;
import org.careerbot.exchange.KeptAnswers;
import org.careerbot.exchange.Workers;
import org.careerbot.model.Answer;
import org.careerbot.model.Intent;
import org.careerbot.model.Question;
import org.careerbot.picture.Illustrations;
import org.careerbot.state.SharedState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack app: Bolt, its listeners, and the transport the settings choose (Socket Mode when an app token is
 * set, else HTTP). Requests are acknowledged on Bolt's threads and answered by a bounded pool of workers, which
 * {@link #close()} lets finish within a bound.
 */
public final class SlackBot implements AutoCloseable {
    /**
     * Replies being worked on at once. Most of a reply's time is spent waiting for Slack (about 100 ms a post),
     * so the workers are many: enough for what two CPUs can answer (about 1,000 a second) at that latency.
     */
    static final int WORKERS = 128;
    /** Replies waiting for a worker at most; beyond, questions are declined as busy ({@link Workers}). */
    static final int QUEUE = 500;
    /** How long a stop may take: stop taking requests, finish the replies accepted, then disconnect. */
    public static final Duration STOP_BOUND = Duration.ofSeconds(6);
    private static final Logger LOG = LoggerFactory.getLogger(SlackBot.class);
    private final SlackSettings settings;
    private final Slack slack;
    private final App app;
    private final Routes routes;
    private final Workers workers;
    private final Duration stopBound;
    private final Transport transport;
    private final SharedState state;

    /**
     * The app for these settings, answering with this core.
     *
     * @param feedback      where "Helpful?" clicks are recorded
     * @param illustrations the pictures shared after the answers that have one
     * @param connections   where Socket Mode reconnects and failed attempts to connect are counted
     * @param state         where handled events and answers kept for buttons are remembered: this process, or a
     *                      store shared with other replicas
     * @throws IllegalArgumentException if the settings cannot run an app ({@link SlackSettings#missing()})
     */
    public static SlackBot create(SlackSettings settings, Answerer answerer, Catalog catalog, Feedback feedback,
                                  Illustrations illustrations, ConnectionEvents connections, SharedState state) {
        return new SlackBot(settings, answerer, catalog, feedback, illustrations, workers(WORKERS, QUEUE),
                d -> TimeUnit.MILLISECONDS.sleep(d.toMillis()), STOP_BOUND, SocketTimings.DEFAULTS, connections,
                state);
    }

    SlackBot(SlackSettings settings, Answerer answerer, Catalog catalog, Feedback feedback,
             Illustrations illustrations, Workers workers, SlackCalls.Pause pause) {
        this(settings, answerer, catalog, feedback, illustrations, workers, pause, STOP_BOUND, SocketTimings.DEFAULTS,
                ConnectionEvents.NONE, SharedState.inMemory());
    }

    SlackBot(SlackSettings settings, Answerer answerer, Catalog catalog, Feedback feedback,
             Illustrations illustrations, Workers workers, SlackCalls.Pause pause, Duration stopBound) {
        this(settings, answerer, catalog, feedback, illustrations, workers, pause, stopBound, SocketTimings.DEFAULTS,
                ConnectionEvents.NONE, SharedState.inMemory());
    }

    SlackBot(SlackSettings settings, Answerer answerer, Catalog catalog, Feedback feedback,
             Illustrations illustrations, Workers workers, SlackCalls.Pause pause, SocketTimings timings,
             ConnectionEvents connections) {
        this(settings, answerer, catalog, feedback, illustrations, workers, pause, STOP_BOUND, timings, connections,
                SharedState.inMemory());
    }

    SlackBot(SlackSettings settings, Answerer answerer, Catalog catalog, Feedback feedback,
             Illustrations illustrations, Workers workers, SlackCalls.Pause pause, Duration stopBound,
             SocketTimings timings, ConnectionEvents connections, SharedState state) {
        if (settings.mode() == SlackSettings.Mode.NONE) {
            throw new IllegalArgumentException(settings.missing());
        }
        this.settings = settings;
        this.state = state;
        SlackConfig config = slackConfig(settings);
        this.slack = Slack.getInstance(config, httpClient(config, workers.threads()));
        this.app = BoltApps.create(settings, slack, state);
        this.workers = workers;
        this.stopBound = stopBound;
        BlockKitRenderer renderer = new BlockKitRenderer();
        HomeTab home = new HomeTab(catalog, renderer, help(answerer));
        SlackReplies replies = new SlackReplies(slack, settings.distributed()
                ? BotTokens.installed(state.installations()) : BotTokens.single(settings.botToken()),
                new SlackCalls(pause));
        Exchange exchange = new Exchange("slack", answerer, new KeptAnswers(state.answers()), illustrations,
                feedback);
        AnswerFlow flow = new AnswerFlow(exchange, replies, renderer, home, new PicturePosts(exchange, replies),
                workers);
        this.routes = new Routes(app);
        new MessageListeners(flow).register(routes);
        new ClickListeners(flow).register(routes);
        if (settings.distributed()) {
            new Uninstalls(state.installations()).register(routes);
        }
        this.transport = settings.mode() == SlackSettings.Mode.SOCKET
                ? new SocketModeTransport(app, this::startBolt,
                Slack.getInstance(connectionConfig(settings, timings)), settings.botToken(), settings.appToken(),
                timings, connections)
                : new JettyHttpTransport(app, new RequestSignatures(settings.signingSecret(), Clock.systemUTC()),
                settings.port(), settings.distributed());
    }

    /** "Socket Mode" or "HTTP mode". */
    public String mode() {
        return settings.mode() == SlackSettings.Mode.SOCKET ? "Socket Mode" : "HTTP mode";
    }

    /**
     * Checks the bot token with Slack ({@code auth.test}) and starts taking requests. In Socket Mode, a Slack that
     * cannot be reached does not stop the start: the connection is retried in the background and
     * {@link #connected()} stays false meanwhile.
     *
     * @throws Exception if Slack refuses a token or the transport cannot start; the message says which
     */
    public void start() throws Exception {
        LOG.info("Slack app starting in {} ({})", mode(), settings);
        if (!StandardCharsets.UTF_8.equals(Charset.defaultCharset())) {
            LOG.warn("The default charset is {}: run Java with -Dfile.encoding=UTF-8 so that Bolt's signature"
                    + " check reads non-ASCII messages right", Charset.defaultCharset());
        }
        if (settings.mode() != SlackSettings.Mode.SOCKET) {
            startBolt(); // Socket Mode starts Bolt itself, once Slack can be reached
        }
        transport.start();
    }

    /** Starts Bolt; its first middleware calls {@code auth.test}, which fails when Slack cannot be reached. */
    private void startBolt() {
        app.use(new BotEvents());
        app.use(new EventDeduplication(state.events()));
        app.start();
    }

    /** Whether Slack can reach the app now. */
    public boolean connected() {
        return transport.connected();
    }

    /** The connection's state in a few words; when Slack cannot reach the app, why. */
    public String state() {
        return transport.state();
    }

    /** The HTTP port, or -1 in Socket Mode. */
    public int port() {
        return transport.port();
    }

    Routes routes() {
        return routes;
    }

    /**
     * Stops taking requests, finishes the replies already accepted, and disconnects, all within {@link
     * #STOP_BOUND}. Replies that could not be sent in time are counted in the log.
     */
    @Override
    public void close() {
        long deadline = System.nanoTime() + stopBound.toNanos();
        transport.close();
        workers.stop(deadline);
        app.stop();
        try {
            slack.close();
        } catch (Exception e) {
            LOG.debug("Slack client did not close cleanly: {}", e.getClass().getSimpleName());
        }
    }

    /** The one worker policy ({@link Workers#bounded}), sized for Slack. */
    static Workers workers(int threads, int queue) {
        return Workers.bounded("Slack", threads, queue);
    }

    /**
     * Slack's HTTP client, keeping as many connections open as the workers can use at once: with the client's
     * default of 5, most posts under load would open a new connection (and a new TLS session with Slack).
     */
    private static SlackHttpClient httpClient(SlackConfig config, int connections) {
        OkHttpClient ok = SlackHttpClient.buildOkHttpClient(config).newBuilder()
                .connectionPool(new ConnectionPool(connections, 5, TimeUnit.MINUTES)).build();
        SlackHttpClient client = new SlackHttpClient(ok);
        client.setConfig(config);
        return client;
    }

    private static SlackConfig slackConfig(SlackSettings settings) {
        SlackConfig config = new SlackConfig();
        if (settings.apiUrl() != null) {
            config.setMethodsEndpointUrlPrefix(settings.apiUrl());
        }
        // No metrics threads or extra auth.test calls: the app reads no rate-limit statistics.
        config.setStatsEnabled(false);
        config.setPrettyResponseLoggingEnabled(false);
        return config;
    }

    /**
     * The Web API calls that connect in Socket Mode get a deadline of their own: a server that answers a byte at a
     * time could otherwise hold up reconnecting for as long as it likes.
     */
    private static SlackConfig connectionConfig(SlackSettings settings, SocketTimings timings) {
        SlackConfig config = slackConfig(settings);
        config.setHttpClientCallTimeoutMillis((int) timings.connectTimeout().toMillis());
        return config;
    }

    /** The core's help, whose examples Home offers; asked once. */
    private static Answer help(Answerer answerer) {
        try {
            return answerer.answer(Question.of("help", "slack:home"));
        } catch (RuntimeException e) {
            LOG.warn("no help answer for App Home: {}", e.getClass().getSimpleName());
            return new Answer(Intent.HELP, null, SlackNames.APP_NAME, "", null, null, null, null);
        }
    }
}
