package org.careerbot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Socket Mode: the app opens a WebSocket to Slack (through {@code apps.connections.open}) and Bolt acknowledges
 * each envelope on it; no public URL needed. Uses the Java-WebSocket backend, and Bolt reconnects when Slack
 * asks it to.
 */
final class SocketModeTransport implements Transport {
    private static final Logger LOG = LoggerFactory.getLogger(SocketModeTransport.class);
    private final App app;
    private final String appToken;
    private final AtomicBoolean connected = new AtomicBoolean();
    private SocketModeApp socketMode;

    SocketModeTransport(App app, String appToken) {
        this.app = app;
        this.appToken = appToken;
    }

    @Override
    public void start() throws Exception {
        try {
            socketMode = new SocketModeApp(appToken, app, SocketModeClient.Backend.JavaWebSocket);
            socketMode.startAsync();
        } catch (Exception e) {
            // The SDK's message names the failure (e.g. invalid_auth), never the token.
            throw new IllegalStateException("Socket Mode could not connect: " + e.getMessage()
                    + " (check SLACK_APP_TOKEN: an app-level token with connections:write)", e);
        }
        SocketModeClient client = socketMode.getClient();
        client.addWebSocketMessageListener(message -> connected.set(true));
        client.addWebSocketCloseListener((code, reason) -> connected.set(false));
        LOG.info("Slack Socket Mode: connecting");
    }

    /** True from Slack's first message on the socket (its hello) until the socket closes. */
    @Override
    public boolean connected() {
        return connected.get();
    }

    @Override
    public int port() {
        return -1;
    }

    @Override
    public void close() {
        if (socketMode == null) {
            return;
        }
        SocketModeClient client = socketMode.getClient();
        try {
            socketMode.stop();
            if (client != null) {
                client.close();
            }
        } catch (Exception e) {
            LOG.warn("Slack Socket Mode did not close cleanly: {}", e.getClass().getSimpleName());
        }
        connected.set(false);
    }
}
