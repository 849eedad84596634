package org.careerbot.slack;

import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.careerbot.model.Answer;

/** The buttons under an answer: the rest of it, share it, and ask its follow-ups. */
final class AnswerButtons {
    /** More suggestions than this crowd the message; the core rarely offers more. */
    static final int MAX_FOLLOW_UPS = 5;
    static final String BLOCK_ID = "career_actions";
    /** Longer labels make a wide button: headings beyond this many characters are left out of More's label. */
    static final int MORE_LABEL = 45;

    private AnswerButtons() {
    }

    /**
     * The actions block, or empty when there is nothing to click.
     *
     * @param answer     the answer shown, whose follow-ups are offered
     * @param moreLabel  the More button's label; null for no More button
     * @param moreId     the id of the kept answer whose rest More shows
     * @param shareValue the share reference; null for no share button
     */
    static Optional<LayoutBlock> of(Answer answer, String moreLabel, String moreId, String shareValue) {
        List<BlockElement> buttons = new ArrayList<>();
        if (moreLabel != null && moreId != null) {
            buttons.add(button(moreLabel, SlackNames.MORE, moreId));
        }
        if (shareValue != null) {
            ButtonElement share = button("Share in channel", SlackNames.SHARE, shareValue);
            share.setStyle("primary");
            buttons.add(share);
        }
        int followUps = 0;
        for (Answer.FollowUp followUp : answer.followUps()) {
            if (followUps == MAX_FOLLOW_UPS || followUp.question() == null || followUp.question().isBlank()) {
                continue;
            }
            String label = followUp.label() == null || followUp.label().isBlank()
                    ? followUp.question() : followUp.label();
            buttons.add(button(label, SlackNames.FOLLOW_UP + followUps++, followUp.question()));
        }
        return buttons.isEmpty() ? Optional.empty()
                : Optional.of(ActionsBlock.builder().blockId(BLOCK_ID).elements(buttons).build());
    }

    /** A button within Slack's limits: a short label, a compact value. */
    static ButtonElement button(String label, String actionId, String value) {
        return ButtonElement.builder()
                .text(plainText(Mrkdwn.cut(label.strip(), SlackLimits.BUTTON_TEXT)))
                .actionId(Mrkdwn.cut(actionId, SlackLimits.ID))
                .value(Mrkdwn.cut(value.strip(), SlackLimits.VALUE))
                .build();
    }
}
