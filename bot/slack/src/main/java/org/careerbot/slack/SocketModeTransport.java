package org.careerbot.slack;

import com.slack.api.Slack;
import com.slack.api.bolt.App;
import java.util.concurrent.ThreadLocalRandom;
import org.careerbot.core.ConnectionEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Socket Mode: the app opens a WebSocket to Slack (through {@code apps.connections.open}) and Bolt acknowledges
 * each envelope on it; no public URL needed. The connection is kept by a {@link SocketSupervisor} rather than by
 * the SDK's {@code SocketModeClient}, whose reconnection stops for good after one unexpected answer from Slack.
 *
 * <p>Starting checks the bot token ({@code auth.test}) and opens the first socket. When Slack cannot be reached,
 * the start succeeds and the connection is retried in the background, reported down meanwhile; only a token
 * Slack refuses stops the start.
 */
final class SocketModeTransport implements Transport {
    private static final Logger LOG = LoggerFactory.getLogger(SocketModeTransport.class);
    private final Runnable startBolt;
    private final Slack connectionClient;
    private final String botToken;
    private final String appToken;
    private final SlackEndpoints endpoints;
    private final BoltEnvelopes envelopes;
    private final SocketSupervisor supervisor;
    private volatile boolean appStarted;

    /**
     * @param app       the Bolt app that handles the envelopes
     * @param startBolt starts the app, once its bot token has been checked
     * @param slack     the client for {@code auth.test} and {@code apps.connections.open}, closed with this
     */
    SocketModeTransport(App app, Runnable startBolt, Slack slack, String botToken, String appToken,
                        SocketTimings timings, ConnectionEvents events) {
        this.startBolt = startBolt;
        this.connectionClient = slack;
        this.botToken = botToken;
        this.appToken = appToken;
        this.endpoints = new SlackEndpoints(slack);
        this.envelopes = new BoltEnvelopes(app);
        this.supervisor = new SocketSupervisor(this::open, envelopes, timings,
                new Backoff(timings.firstRetry(), timings.maxRetry(), () -> ThreadLocalRandom.current().nextDouble()),
                events);
    }

    /**
     * @throws IllegalStateException if Slack refuses the bot or the app token; the message says which
     */
    @Override
    public void start() throws InterruptedException {
        LOG.info("Slack Socket Mode: connecting");
        try {
            supervisor.start();
        } catch (ConnectFailure e) {
            throw new IllegalStateException(rejected(e), e);
        }
    }

    /** The bot token is checked (and Bolt started) once, before the first socket. */
    private String open() throws ConnectFailure {
        if (!appStarted) {
            endpoints.authTest(botToken);
            try {
                startBolt.run(); // Bolt calls auth.test once more, and may fail if Slack just went away
            } catch (RuntimeException e) {
                throw ConnectFailure.transientFailure("the Bolt app could not start (auth.test failed)");
            }
            appStarted = true;
        }
        return endpoints.openConnection(appToken);
    }

    private static String rejected(ConnectFailure e) {
        return e.getMessage().startsWith("auth.test")
                ? "Slack refused SLACK_BOT_TOKEN: " + e.getMessage() + " (use the Bot User OAuth Token, xoxb-)"
                : "Slack refused SLACK_APP_TOKEN: " + e.getMessage()
                + " (use an app-level token, xapp-, with the connections:write scope, and turn Socket Mode on)";
    }

    /** True while a socket that said hello answers pings. */
    @Override
    public boolean connected() {
        return supervisor.live();
    }

    @Override
    public String state() {
        return supervisor.state();
    }

    @Override
    public int port() {
        return -1;
    }

    @Override
    public void close() {
        supervisor.close();
        envelopes.close();
        try {
            connectionClient.close();
        } catch (Exception e) {
            LOG.debug("Slack client did not close cleanly: {}", e.getClass().getSimpleName());
        }
    }
}
