package org.careerbot.slack;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.response.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Acknowledges, without processing, the events that bots write: any with a {@code bot_id}, and any by this app's
 * own bot user. The bot never answers bots (which also keeps two bots from answering each other for ever). It
 * replaces Bolt's own filter, which asks Slack ({@code bots.info}) who another bot is, and asks again on every
 * event and every retry when that call fails (it needs a scope this app does not request).
 */
final class BotEvents implements Middleware {
    private static final Logger LOG = LoggerFactory.getLogger(BotEvents.class);

    @Override
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        if (req.getRequestType() == RequestType.Event && byABot(event(req.getRequestBodyAsString()),
                req.getContext().getBotUserId())) {
            LOG.debug("Slack event written by a bot acknowledged, not processed");
            return Response.ok();
        }
        return chain.next(req);
    }

    private static boolean byABot(JsonObject event, String botUserId) {
        if (event == null) {
            return false;
        }
        JsonElement user = event.get("user");
        return event.has("bot_id") && !event.get("bot_id").isJsonNull()
                || botUserId != null && user != null && user.isJsonPrimitive() && botUserId.equals(user.getAsString());
    }

    private static JsonObject event(String body) {
        try {
            JsonElement json = JsonParser.parseString(body);
            JsonElement event = json.isJsonObject() ? ((JsonObject) json).get("event") : null;
            return event != null && event.isJsonObject() ? (JsonObject) event : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
