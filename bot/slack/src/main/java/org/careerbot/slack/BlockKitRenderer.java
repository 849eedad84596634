package org.careerbot.slack;

import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import org.careerbot.model.Answer;
import org.careerbot.render.MoreLabel;
import org.careerbot.render.PlainTextRenderer;

/**
 * Renders an answer as Block Kit: a header, the lead as the first section, the brief answer's sections, the sources
 * named for people in a context block, and buttons (More when the brief answer leaves something out, share,
 * follow-ups, and "Helpful?"). What the brief answer leaves out is a message of its own, which More posts.
 * Every Slack limit holds by construction; a message too long for Slack ends with a note that it was trimmed
 * rather than being refused by Slack.
 */
final class BlockKitRenderer {
    static final String TRIMMED = Mrkdwn.ELLIPSIS + "trimmed to fit Slack: ask about one part of it to see the rest.";
    private final PlainTextRenderer plain = new PlainTextRenderer();

    /** The brief answer as one message, with a More button when it leaves something out and is kept. */
    SlackMessage render(Answer answer, Framing framing) {
        return new SlackMessage(fallback(answer), blocks(answer, framing, SlackLimits.MESSAGE_BLOCKS));
    }

    /** What the brief answer left out, as one message: the rest of its sections and the comparison. */
    SlackMessage renderMore(Answer answer, Framing framing) {
        String text = Mrkdwn.cut(Mrkdwn.escape(plain.renderMore(answer)), SlackLimits.FALLBACK_TEXT);
        return new SlackMessage(text, moreBlocks(answer, framing, SlackLimits.MESSAGE_BLOCKS));
    }

    /** The plain text of the brief answer, escaped and cut for notifications. */
    String fallback(Answer answer) {
        return Mrkdwn.cut(Mrkdwn.escape(plain.render(answer.brief())), SlackLimits.FALLBACK_TEXT);
    }

    /** The brief answer in at most {@code maxBlocks} blocks; the body gives way first so sources and buttons stay. */
    List<LayoutBlock> blocks(Answer answer, Framing framing, int maxBlocks) {
        boolean more = answer.hasMore() && framing.answerId() != null;
        return layout(answer.brief(), framing, more ? MoreLabel.of(answer, AnswerButtons.MORE_LABEL) : null,
                maxBlocks);
    }

    /** The rest of the answer in at most {@code maxBlocks} blocks, as {@link #renderMore} shows it. */
    List<LayoutBlock> moreBlocks(Answer answer, Framing framing, int maxBlocks) {
        return layout(answer.more(), framing.keptAs(null), null, maxBlocks);
    }

    /**
     * The blocks of {@code shown} as it is.
     *
     * @param moreLabel the label of the More button, which shows the rest of the answer kept under the framing's
     *                  id; null for no More button
     */
    private static List<LayoutBlock> layout(Answer shown, Framing framing, String moreLabel, int maxBlocks) {
        List<LayoutBlock> head = new ArrayList<>();
        String title = shown.title().isBlank() ? SlackNames.APP_NAME : shown.title();
        head.add(HeaderBlock.builder().text(plainText(Mrkdwn.cut(title.strip(), SlackLimits.HEADER_TEXT)))
                .build());
        if (!framing.note().isBlank()) {
            head.add(context(List.of(Mrkdwn.cut(framing.note(), SlackLimits.CONTEXT_TEXT))));
        }
        List<LayoutBlock> tail = new ArrayList<>();
        if (!shown.credits().isEmpty()) {
            tail.add(context(sources(shown.credits())));
        }
        AnswerButtons.of(shown, moreLabel, framing.answerId(), framing.shareValue()).ifPresent(tail::add);
        if (framing.question() != null) {
            tail.add(FeedbackButtons.of(framing.answerId(), shown.intent().id(), framing.question()));
        }
        List<LayoutBlock> body = fit(AnswerBlocks.of(shown), maxBlocks - head.size() - tail.size());
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
        kept.add(context(List.of(TRIMMED)));
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
