package org.careerbot.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.slack.api.bolt.App;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.socket_mode.request.SocketModeRequest;
import com.slack.api.bolt.socket_mode.request.SocketModeRequestParser;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs each Socket Mode envelope through the Bolt app and acknowledges it on the socket it came on, as Bolt's own
 * {@code SocketModeApp} does: Bolt parses the envelope, its listeners acknowledge, and a response body becomes
 * the acknowledgement's payload. Envelopes run on a few threads of their own, so that a slow listener never holds
 * up the socket.
 */
final class BoltEnvelopes implements BiConsumer<String, SlackSocket>, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BoltEnvelopes.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private final App app;
    private final SocketModeRequestParser parser;
    private final ExecutorService pool;

    BoltEnvelopes(App app) {
        this.app = app;
        this.parser = new SocketModeRequestParser(app.config());
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "slack-envelope-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void accept(String message, SlackSocket socket) {
        try {
            pool.execute(() -> run(message, socket));
        } catch (RejectedExecutionException e) {
            // closing: Slack sends the envelope again on the next connection
        }
    }

    private void run(String message, SlackSocket socket) {
        try {
            SocketModeRequest request = parser.parse(message);
            if (request == null) {
                return;
            }
            Response response = app.run(request.getBoltRequest());
            if (response.getStatusCode() != 200) {
                LOG.warn("Slack envelope not acknowledged: the app answered {}", response.getStatusCode());
                return;
            }
            socket.sendQuietly(acknowledgement(request.getEnvelope().getEnvelopeId(), response));
        } catch (Exception e) {
            LOG.error("Slack envelope failed: {}", e.getClass().getSimpleName(), e);
        }
    }

    /** {@code {"envelope_id": …}}, with the response's body as its payload when there is one. */
    static String acknowledgement(String envelopeId, Response response) throws Exception {
        ObjectNode ack = JSON.createObjectNode().put("envelope_id", envelopeId);
        String body = response.getBody();
        if (body != null) {
            String type = response.getContentType();
            if (type != null && type.startsWith("application/json")) {
                ack.set("payload", JSON.readTree(body));
            } else {
                ack.putObject("payload").put("text", body);
            }
        }
        return JSON.writeValueAsString(ack);
    }

    @Override
    public void close() {
        pool.shutdown();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
