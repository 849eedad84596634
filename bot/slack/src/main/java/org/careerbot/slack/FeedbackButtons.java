package org.careerbot.slack;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import org.careerbot.exchange.Verdict;

/**
 * "Helpful? yes / no" under an answer: two buttons whose value is the {@link Verdict#token}, so a click needs no
 * memory of the answer (another replica or a restart still records it), and what the user sees once they clicked.
 */
final class FeedbackButtons {
    static final String BLOCK_ID = "career_feedback";

    private FeedbackButtons() {
    }

    /** The pair of buttons for the answer kept under this id (null: not kept), with this intent, to this question. */
    static LayoutBlock of(String answerId, String intent, String question) {
        String value = new Verdict(true, answerId, intent, question).token(SlackLimits.VALUE);
        return ActionsBlock.builder().blockId(BLOCK_ID).elements(List.of(
                AnswerButtons.button("👍 Helpful", SlackNames.HELPFUL, value),
                AnswerButtons.button("👎 Not helpful", SlackNames.UNHELPFUL, value))).build();
    }

    /** An App Home view after a click: the buttons give way to thanks, the rest stays as the user saw it. */
    static List<LayoutBlock> thanked(List<LayoutBlock> view) {
        List<LayoutBlock> blocks = new ArrayList<>();
        for (LayoutBlock block : view) {
            boolean buttons = block instanceof ActionsBlock a && BLOCK_ID.equals(a.getBlockId());
            blocks.add(buttons ? thanks() : block);
        }
        return blocks;
    }

    private static ContextBlock thanks() {
        ContextBlock block = BlockKitRenderer.context(List.of(Verdict.THANKS));
        block.setBlockId(BLOCK_ID);
        return block;
    }
}
