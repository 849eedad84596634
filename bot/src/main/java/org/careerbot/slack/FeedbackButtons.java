package org.careerbot.slack;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * "Helpful? yes / no" under an answer: two buttons whose value carries the answer's intent and question, so a
 * click needs no memory of the answer (another replica or a restart still records it), and what the user sees
 * once they clicked.
 */
final class FeedbackButtons {
    static final String BLOCK_ID = "career_feedback";
    static final String THANKS = "Thanks for the feedback!";

    private FeedbackButtons() {
    }

    /**
     * What a click reports.
     *
     * @param intent   the intent of the answer judged
     * @param question the question it answered, possibly cut to fit the button
     */
    record Verdict(String intent, String question) {
        /** The button value: the intent, a colon, the question cut to fit. */
        String value() {
            return Mrkdwn.cut(intent + ":" + question.strip(), SlackLimits.VALUE);
        }

        /** The verdict in a button value; intents never hold a colon, questions may. */
        static Verdict parse(String value) {
            String v = value == null ? "" : value.strip();
            int colon = v.indexOf(':');
            return colon < 0 ? new Verdict("", v) : new Verdict(v.substring(0, colon), v.substring(colon + 1));
        }
    }

    /** The pair of buttons for an answer with this intent to this question. */
    static LayoutBlock of(String intent, String question) {
        String value = new Verdict(intent == null ? "" : intent, question).value();
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
        ContextBlock block = BlockKitRenderer.context(List.of(THANKS));
        block.setBlockId(BLOCK_ID);
        return block;
    }
}
