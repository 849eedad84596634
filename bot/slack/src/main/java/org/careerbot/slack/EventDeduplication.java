package org.careerbot.slack;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.response.Response;
import org.careerbot.state.SeenEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure a Slack event is answered once. Slack retries an event it thinks went unanswered (with
 * {@code X-Slack-Retry-Num}, or {@code retry_attempt} in Socket Mode) under the same {@code event_id}. Every event
 * id is remembered for a while, and an event whose id was seen is acknowledged without being processed. A retry
 * whose first delivery never arrived (the process was restarting, or the delivery failed on the way) is therefore
 * answered, once. Runs after Bolt's signature check, so forged requests never fill the memory.
 *
 * <p>The ids are kept in the {@link SeenEvents} given: this process's memory, or a store that several replicas
 * share, so that a retry reaching another replica is not answered twice.
 */
final class EventDeduplication implements Middleware {
    private static final Logger LOG = LoggerFactory.getLogger(EventDeduplication.class);
    private final SeenEvents seen;

    EventDeduplication(SeenEvents seen) {
        this.seen = seen;
    }

    @Override
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        if (req.getRequestType() != RequestType.Event) {
            return chain.next(req);
        }
        String id = eventId(req.getRequestBodyAsString());
        if (id != null && !seen.firstTime(id)) {
            LOG.debug("Slack event {} already handled (retry {})", id, retryNumber(req));
            return Response.ok();
        }
        if (retryNumber(req) > 0) {
            LOG.info("Slack event {}: retry {} of a delivery that never arrived, answering it", id, retryNumber(req));
        }
        return chain.next(req);
    }

    /** Slack's retry number ({@code X-Slack-Retry-Num}), 0 for a first delivery. */
    private static int retryNumber(Request<?> req) {
        String value = req.getHeaders() == null ? null : req.getHeaders().getFirstValue("X-Slack-Retry-Num");
        try {
            return value == null ? 0 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String eventId(String body) {
        try {
            JsonElement json = JsonParser.parseString(body);
            JsonElement id = json.isJsonObject() ? ((JsonObject) json).get("event_id") : null;
            return id != null && id.isJsonPrimitive() ? id.getAsString() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
