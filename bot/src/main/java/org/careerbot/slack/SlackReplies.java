package org.careerbot.slack;

import com.google.gson.Gson;
import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.util.json.GsonFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careerbot.slack.SlackCalls.Outcome;

/**
 * Delivers messages: the Web API for channels, threads, DMs and App Home; response URLs for private answers and
 * shares, which need neither channel membership nor extra scopes.
 */
final class SlackReplies {
    private static final Gson GSON = GsonFactory.createSnakeCase();
    private final Slack slack;
    private final MethodsClient methods;
    private final SlackCalls calls;

    SlackReplies(Slack slack, String botToken, SlackCalls calls) {
        this.slack = slack;
        this.methods = slack.methods(botToken);
        this.calls = calls;
    }

    /** Posts in a channel or DM, in a thread when {@code threadTs} is set. */
    Outcome post(String channel, String threadTs, SlackMessage message) {
        return calls.web("chat.postMessage", () -> methods.chatPostMessage(r -> r.channel(channel)
                .threadTs(threadTs).text(message.text()).blocks(blocksOrNull(message))
                .unfurlLinks(false).unfurlMedia(false)));
    }

    /** A message only {@code user} sees in a channel, e.g. that an answer could not be posted. */
    Outcome postEphemeral(String channel, String user, String threadTs, SlackMessage message) {
        return calls.web("chat.postEphemeral", () -> methods.chatPostEphemeral(r -> r.channel(channel).user(user)
                .threadTs(threadTs).text(message.text()).blocks(blocksOrNull(message))));
    }

    /** Replies through a response URL: privately, or for the whole channel. */
    Outcome respond(String responseUrl, SlackMessage message, boolean inChannel) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("response_type", inChannel ? "in_channel" : "ephemeral");
        body.put("replace_original", false);
        body.put("text", message.text());
        if (!message.blocks().isEmpty()) {
            body.put("blocks", message.blocks());
        }
        String json = GSON.toJson(body);
        return calls.webhook("response_url", () -> slack.send(responseUrl, json));
    }

    /** Shows these blocks in the user's App Home tab. */
    Outcome publishHome(String user, List<LayoutBlock> blocks) {
        View view = View.builder().type("home").blocks(blocks).build();
        return calls.web("views.publish", () -> methods.viewsPublish(r -> r.userId(user).view(view)));
    }

    /** Slack refuses an empty block list; a text-only message sends none. */
    private static List<LayoutBlock> blocksOrNull(SlackMessage message) {
        return message.blocks().isEmpty() ? null : message.blocks();
    }
}
