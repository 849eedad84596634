package org.careerbot.slack;

import com.google.gson.Gson;
import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackFilesUploadV2Exception;
import com.slack.api.methods.response.files.FilesCompleteUploadExternalResponse;
import com.slack.api.methods.response.files.FilesGetUploadURLExternalResponse;
import com.slack.api.methods.response.files.FilesUploadV2Response;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.util.json.GsonFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careerbot.picture.Picture;
import org.careerbot.slack.SlackCalls.Outcome;

/**
 * Delivers messages: the Web API for channels, threads, DMs and App Home; response URLs for private answers and
 * shares, which need neither channel membership nor extra scopes; Slack's upload flow for pictures.
 */
final class SlackReplies {
    private static final Gson GSON = GsonFactory.createSnakeCase();
    private final Slack slack;
    private final BotTokens tokens;
    private final SlackCalls calls;

    /**
     * Replies through this client, each with the bot token of the workspace it goes to.
     *
     * @param tokens the bot token of each workspace: the one token, or each installation's
     */
    SlackReplies(Slack slack, BotTokens tokens, SlackCalls calls) {
        this.slack = slack;
        this.tokens = tokens;
        this.calls = calls;
    }

    /** Posts in a workspace's channel or DM, in a thread when {@code threadTs} is set. */
    Outcome post(String team, String channel, String threadTs, SlackMessage message) {
        MethodsClient methods = methods(team);
        return calls.web("chat.postMessage", () -> methods.chatPostMessage(r -> r.channel(channel)
                .threadTs(threadTs).text(message.text()).blocks(blocksOrNull(message))
                .unfurlLinks(false).unfurlMedia(false)));
    }

    /** A message only {@code user} sees in a channel, e.g. that an answer could not be posted. */
    Outcome postEphemeral(String team, String channel, String user, String threadTs, SlackMessage message) {
        MethodsClient methods = methods(team);
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

    /**
     * Shares a picture in a channel or DM, in a thread when {@code threadTs} is set, with its title and alt text.
     * Bolt's {@code filesUploadV2} takes Slack's three steps: {@code files.getUploadURLExternal}, the bytes posted
     * to the URL it returns, then {@code files.completeUploadExternal}.
     */
    Outcome upload(String team, String channel, String threadTs, Picture picture, String comment) {
        MethodsClient methods = methods(team);
        return calls.web("files.uploadV2", () -> {
            try {
                return methods.filesUploadV2(r -> r.channel(channel).threadTs(threadTs).fileData(picture.png())
                        .filename(picture.fileName()).title(picture.title())
                        .altTxt(Mrkdwn.cut(picture.altText(), SlackLimits.ALT_TEXT)).initialComment(comment));
            } catch (SlackFilesUploadV2Exception e) {
                return failed(e);
            }
        });
    }

    /** Shows these blocks in the user's App Home tab. */
    Outcome publishHome(String team, String user, List<LayoutBlock> blocks) {
        MethodsClient methods = methods(team);
        View view = View.builder().type("home").blocks(blocks).build();
        return calls.web("views.publish", () -> methods.viewsPublish(r -> r.userId(user).view(view)));
    }

    /**
     * The Web API with the token of this workspace; a workspace without one (uninstalled meanwhile) gets a client
     * without a token, whose calls Slack refuses ({@code not_authed}), as the log then says.
     */
    private MethodsClient methods(String team) {
        return slack.methods(tokens.of(team));
    }

    /** A failed upload as a response, whose error is Slack's code for the step that failed. */
    private static FilesUploadV2Response failed(SlackFilesUploadV2Exception e) {
        FilesUploadV2Response response = new FilesUploadV2Response();
        response.setOk(false);
        response.setError(uploadError(e));
        return response;
    }

    private static String uploadError(SlackFilesUploadV2Exception e) {
        for (FilesGetUploadURLExternalResponse url : e.getGetURLResponses()) {
            if (!url.isOk()) {
                return url.getError();
            }
        }
        for (FilesUploadV2Response.UploadResponse bytes : e.getUploadResponses().values()) {
            if (bytes.getCode() != 200) {
                return "upload_http_" + bytes.getCode();
            }
        }
        FilesCompleteUploadExternalResponse complete = e.getCompleteResponse();
        return complete != null && !complete.isOk() ? complete.getError() : "upload_failed";
    }

    /** Slack refuses an empty block list; a text-only message sends none. */
    private static List<LayoutBlock> blocksOrNull(SlackMessage message) {
        return message.blocks().isEmpty() ? null : message.blocks();
    }
}
