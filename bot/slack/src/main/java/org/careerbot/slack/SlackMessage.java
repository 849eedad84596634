package org.careerbot.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/**
 * A message ready for Slack.
 *
 * @param text   the plain fallback shown in notifications and by clients without Block Kit
 * @param blocks the Block Kit layout
 */
record SlackMessage(String text, List<LayoutBlock> blocks) {
    /** The list is copied. */
    SlackMessage {
        blocks = List.copyOf(blocks);
    }

    /** A message of text only, escaped. */
    static SlackMessage plain(String text) {
        return new SlackMessage(Mrkdwn.cut(Mrkdwn.escape(text), SlackLimits.FALLBACK_TEXT), List.of());
    }
}
