package org.careerbot.slack;

import java.util.Optional;
import org.careerbot.answer.Answer;
import org.careerbot.picture.Illustrations;
import org.careerbot.picture.Picture;
import org.careerbot.slack.SlackCalls.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The picture that goes with an answer, shared right after it: in the answer's thread or DM, or in the channel
 * after a shared answer. Slack cannot attach files to private (ephemeral) answers, so a private answer says that
 * sharing it posts the picture too; App Home shows none. The answer always goes first: a picture that cannot be
 * drawn or uploaded is logged (Slack's error code, never a token) and left out.
 */
final class PicturePosts {
    /** Added to the note of a private answer that has a picture. */
    static final String ON_SHARE = "_Share in channel_ posts it with its picture.";
    private static final Logger LOG = LoggerFactory.getLogger(PicturePosts.class);
    private final Illustrations illustrations;
    private final SlackReplies replies;

    PicturePosts(Illustrations illustrations, SlackReplies replies) {
        this.illustrations = illustrations;
        this.replies = replies;
    }

    /** The answer's picture; empty when it has none, or when drawing it failed. */
    Optional<Picture> of(Answer answer) {
        try {
            return illustrations.forAnswer(answer);
        } catch (RuntimeException e) {
            LOG.error("drawing the picture of a {} answer failed; answering without it", answer.intent(), e);
            return Optional.empty();
        }
    }

    /**
     * A private answer's note, saying that sharing it posts its picture when it has one. The picture is not drawn
     * for this, so the private answer does not wait for it.
     */
    String privateNote(Answer answer, String note) {
        boolean pictured;
        try {
            pictured = illustrations.illustrates(answer);
        } catch (RuntimeException e) {
            LOG.error("telling whether a {} answer has a picture failed", answer.intent(), e);
            pictured = false;
        }
        if (!pictured) {
            return note;
        }
        return note.isBlank() ? ON_SHARE : note + " · " + ON_SHARE;
    }

    /** Shares the answer's picture, if it has one, in this channel and thread (null: none); OK if it has none. */
    Outcome post(Answer answer, String channel, String threadTs) {
        Optional<Picture> picture = of(answer);
        if (picture.isEmpty()) {
            return Outcome.OK;
        }
        String comment = "Picture: " + Mrkdwn.escape(picture.get().title());
        return replies.upload(channel, threadTs, picture.get(), comment);
    }
}
