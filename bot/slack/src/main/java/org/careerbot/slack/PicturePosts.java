package org.careerbot.slack;

import java.util.Optional;
import org.careerbot.exchange.Exchange;
import org.careerbot.model.Answer;
import org.careerbot.picture.Picture;
import org.careerbot.slack.SlackCalls.Outcome;

/**
 * The picture that goes with an answer, shared right after it: in the answer's thread or DM, or in the channel
 * after a shared answer. Slack cannot attach files to private (ephemeral) answers, so a private answer says that
 * sharing it posts the picture too; App Home shows none. The answer always goes first: a picture that cannot be
 * drawn is left out (the {@link Exchange} logs why), one that cannot be uploaded is logged with Slack's error code.
 */
final class PicturePosts {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PicturePosts.class);
    /** Added to the note of a private answer that has a picture. */
    static final String ON_SHARE = "_Share in channel_ posts it with its picture.";
    private final Exchange exchange;
    private final SlackReplies replies;

    PicturePosts(Exchange exchange, SlackReplies replies) {
        this.exchange = exchange;
        this.replies = replies;
    }

    /**
     * A private answer's note, saying that sharing it posts its picture when it has one. The picture is not drawn
     * for this, so the private answer does not wait for it.
     */
    String privateNote(Answer answer, String note) {
        if (!exchange.pictured(answer)) {
            return note;
        }
        return note.isBlank() ? ON_SHARE : note + " · " + ON_SHARE;
    }

    /**
     * Shares the answer's picture, if it has one, in this workspace's channel and thread (null: none); OK if it has
     * none.
     */
    Outcome post(Answer answer, String team, String channel, String threadTs) {
        Optional<Picture> picture = exchange.picture(answer);
        if (picture.isEmpty()) {
            return Outcome.OK;
        }
        String comment = "Picture: " + Mrkdwn.escape(picture.get().title());
        try {
            return replies.upload(team, channel, threadTs, picture.get(), comment);
        } catch (RuntimeException e) {
            // a reply Slack's client cannot read (no upload URL) must not turn an answer already sent into an
            // apology; only the kind of failure is logged, since the message may quote the reply
            LOG.warn("Slack picture upload failed: {}", e.getClass().getSimpleName());
            return Outcome.failed("upload_failed");
        }
    }
}
