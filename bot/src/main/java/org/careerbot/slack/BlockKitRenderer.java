package org.careerbot.slack;

import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import org.careerbot.answer.Answer;
import org.careerbot.render.PlainTextRenderer;

/**
 * Renders an answer as Block Kit: a header, the body as sections, the sources in a context block, and buttons
 * (share, follow-ups, and "Helpful?").
 * Every Slack limit holds by construction; an answer too long for one message ends with a note that it was
 * trimmed rather than being refused by Slack.
 */
final class BlockKitRenderer {
    static final String MORE = Mrkdwn.ELLIPSIS + "more in the full answer: this one was trimmed to fit Slack."
            + " Ask about one part of it to see the rest.";
    private final PlainTextRenderer plain = new PlainTextRenderer();

    /** The answer as one message. */
    SlackMessage render(Answer answer, Framing framing) {
        return new SlackMessage(fallback(answer), blocks(answer, framing, SlackLimits.MESSAGE_BLOCKS));
    }

    /** The plain text of the answer, escaped and cut for notifications. */
    String fallback(Answer answer) {
        return Mrkdwn.cut(Mrkdwn.escape(plain.render(answer)), SlackLimits.FALLBACK_TEXT);
    }

    /** The answer in at most {@code maxBlocks} blocks; the body gives way first so sources and buttons stay. */
    List<LayoutBlock> blocks(Answer answer, Framing framing, int maxBlocks) {
        List<LayoutBlock> head = new ArrayList<>();
        String title = answer.title() == null || answer.title().isBlank() ? SlackNames.APP_NAME : answer.title();
        head.add(HeaderBlock.builder().text(plainText(Mrkdwn.cut(title.strip(), SlackLimits.HEADER_TEXT)))
                .build());
        if (!framing.note().isBlank()) {
            head.add(context(List.of(Mrkdwn.cut(framing.note(), SlackLimits.CONTEXT_TEXT))));
        }
        List<LayoutBlock> tail = new ArrayList<>();
        if (!answer.sources().isEmpty()) {
            tail.add(context(sources(answer.sources())));
        }
        AnswerButtons.of(answer, framing.shareValue()).ifPresent(tail::add);
        if (framing.question() != null) {
            tail.add(FeedbackButtons.of(answer.intent(), framing.question()));
        }
        List<LayoutBlock> body = fit(AnswerBlocks.of(answer), maxBlocks - head.size() - tail.size());
        List<LayoutBlock> all = new ArrayList<>(head);
        all.addAll(body);
        all.addAll(tail);
        return all.size() <= maxBlocks ? all : all.subList(0, maxBlocks);
    }

    /** The body in {@code room} blocks, its last one a note when some had to go. */
    private static List<LayoutBlock> fit(List<LayoutBlock> body, int room) {
        if (body.size() <= room) {
            return body;
        }
        if (room <= 0) {
            return List.of();
        }
        List<LayoutBlock> kept = new ArrayList<>(body.subList(0, room - 1));
        kept.add(context(List.of(MORE)));
        return kept;
    }

    /** "Sources: a · b", in as many context elements as it takes, up to Slack's ten. */
    private static List<String> sources(List<String> sources) {
        String text = "*Sources:* " + String.join(" · ", sources.stream().map(Mrkdwn::escape).toList());
        List<String> parts = new ArrayList<>(Mrkdwn.split(text, SlackLimits.CONTEXT_TEXT));
        if (parts.size() > SlackLimits.CONTEXT_ELEMENTS) {
            parts = new ArrayList<>(parts.subList(0, SlackLimits.CONTEXT_ELEMENTS));
            int last = parts.size() - 1;
            parts.set(last, Mrkdwn.cut(parts.get(last), SlackLimits.CONTEXT_TEXT - 2) + " " + Mrkdwn.ELLIPSIS);
        }
        return parts;
    }

    static ContextBlock context(List<String> texts) {
        List<ContextBlockElement> elements = new ArrayList<>();
        texts.forEach(t -> elements.add(markdownText(t)));
        return ContextBlock.builder().elements(elements).build();
    }
}
