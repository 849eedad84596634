package org.careerbot.slack;

import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.TextObject;
import java.util.ArrayList;
import java.util.List;
import org.careerbot.model.Answer;

/** The body of an answer as sections: the lead, each titled list, and the comparison as fields. */
final class AnswerBlocks {
    private AnswerBlocks() {
    }

    /** Every body block, each within the section limits; the caller fits their number to the message. */
    static List<LayoutBlock> of(Answer answer) {
        List<LayoutBlock> blocks = new ArrayList<>();
        texts(blocks, Mrkdwn.escape(answer.lead()));
        for (Answer.Section section : answer.sections()) {
            texts(blocks, section(section));
        }
        if (answer.table() != null) {
            table(blocks, answer.table());
        }
        return blocks;
    }

    private static String section(Answer.Section section) {
        StringBuilder text = new StringBuilder();
        if (!section.heading().isBlank()) {
            text.append('*').append(Mrkdwn.escape(section.heading().strip())).append("*\n");
        }
        section.bullets().forEach(b -> text.append("• ").append(Mrkdwn.escape(b)).append('\n'));
        return text.toString();
    }

    /** Long text becomes several sections rather than one Slack would refuse. */
    private static void texts(List<LayoutBlock> blocks, String text) {
        for (String chunk : Mrkdwn.split(text, SlackLimits.SECTION_TEXT)) {
            blocks.add(SectionBlock.builder().text(markdownText(chunk)).build());
        }
    }

    /** One section per aspect, a field per compared item; more than ten items continue in the next section. */
    private static void table(List<LayoutBlock> blocks, Answer.Table table) {
        for (Answer.Row row : table.rows()) {
            List<TextObject> fields = new ArrayList<>();
            for (int i = 0; i < table.columns().size(); i++) {
                String cell = i < row.cells().size() ? row.cells().get(i) : "";
                fields.add(markdownText(Mrkdwn.cut("*" + Mrkdwn.escape(table.columns().get(i)) + "*\n"
                        + Mrkdwn.escape(cell), SlackLimits.FIELD_TEXT)));
            }
            String aspect = Mrkdwn.cut("*" + Mrkdwn.escape(row.aspect()) + "*", SlackLimits.SECTION_TEXT);
            for (int from = 0; from < fields.size() || from == 0; from += SlackLimits.FIELDS) {
                List<TextObject> part = fields.subList(from, Math.min(fields.size(), from + SlackLimits.FIELDS));
                SectionBlock.SectionBlockBuilder section = SectionBlock.builder().text(markdownText(aspect));
                if (!part.isEmpty()) {
                    section.fields(new ArrayList<>(part));
                }
                blocks.add(section.build());
            }
        }
    }
}
