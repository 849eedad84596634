package org.careerbot.discord;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.careerbot.exchange.Verdict;
import org.careerbot.model.Answer;
import org.careerbot.render.MoreLabel;

/**
 * Renders a platform-neutral answer as Discord messages. An answer shows brief: embeds (title, the lead as the
 * description, a field per section shown, the sources named for people as footer), a More button when the brief
 * answer leaves something out, follow-up buttons, on private answers a Share button, and a last row asking
 * "Helpful?". What it leaves out (the other sections, the roles side by side as inline fields) is rendered on its
 * own for More. Usually one message; one too long is continued in up to {@value EmbedPacker#MAX_MESSAGES}. A picture
 * that goes with the answer is attached to the first message and shown in its last embed.
 */
final class EmbedRenderer {
    /** Discord allows five action rows of five buttons. */
    static final int ROW = 5;
    static final int MAX_BUTTONS = Message.MAX_COMPONENT_COUNT * ROW;
    /** Discord allows labels of 80; a longer button crowds the row, so More names fewer headings. */
    static final int MORE_LABEL = 45;
    static final String WHOLE = "That was the whole answer.";

    /** The messages, in order: the first carries the content line, the last the buttons. */
    List<MessageCreateData> render(Answer answer, Delivery delivery) {
        return render(answer, delivery, Optional.empty());
    }

    /** The messages, the first also carrying the picture and showing it, if there is one. */
    List<MessageCreateData> render(Answer answer, Delivery delivery, Optional<PictureAttachment> picture) {
        Answer brief = answer.brief();
        List<List<MessageEmbed>> pages = EmbedPacker.pack(brief.title(), brief.lead(), EmbedLayout.groups(brief),
                brief.credits());
        List<MessageCreateData> messages = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            List<MessageEmbed> embeds = i == 0 && picture.isPresent() ? picture.get().shownIn(pages.get(i))
                    : pages.get(i);
            MessageCreateBuilder message = new MessageCreateBuilder().setEmbeds(embeds)
                    .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class));
            if (i == 0) {
                picture.ifPresent(p -> message.setFiles(p.upload()));
            }
            if (i == 0 && !delivery.content().isBlank()) {
                message.setContent(Text.cut(delivery.content(), Message.MAX_CONTENT_LENGTH));
                message.mentionUsers(delivery.ping().stream().map(Long::toUnsignedString).toList());
            }
            if (i == pages.size() - 1) {
                message.setComponents(buttons(answer, delivery));
            }
            messages.add(message.build());
        }
        return messages;
    }

    /** What the brief answer left out, in messages without buttons; a short note if it left nothing out. */
    List<MessageCreateData> renderMore(Answer answer) {
        if (!answer.hasMore()) {
            return List.of(notice(WHOLE));
        }
        Answer more = answer.more();
        List<MessageCreateData> messages = new ArrayList<>();
        for (List<MessageEmbed> page : EmbedPacker.pack(more.title(), more.lead(), EmbedLayout.groups(more),
                more.credits())) {
            messages.add(new MessageCreateBuilder().setEmbeds(page)
                    .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class)).build());
        }
        return messages;
    }

    /** A short plain message, such as an apology; it never pings anybody. */
    static MessageCreateData notice(String text) {
        return new MessageCreateBuilder().setContent(Text.cut(text, Message.MAX_CONTENT_LENGTH))
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class)).build();
    }

    /**
     * More (when there is more), follow-ups in the core's order, then Share, five a row; duplicates are dropped (ids
     * must be unique). The last row is "Helpful?"'s own, so the others give way to it.
     */
    static List<ActionRow> buttons(Answer answer, Delivery delivery) {
        List<Button> buttons = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        if (answer.hasMore() && !delivery.key().isEmpty()) {
            buttons.add(Button.secondary(ButtonIds.more(delivery.key(), delivery.ephemeral()),
                    MoreLabel.of(answer, MORE_LABEL)));
        }
        int room = MAX_BUTTONS - ROW - (delivery.ephemeral() ? 1 : 0);
        List<Answer.FollowUp> followUps = answer.followUps();
        for (int i = 0; i < followUps.size() && buttons.size() < room; i++) {
            Answer.FollowUp f = followUps.get(i);
            if (f.question() == null || f.question().isBlank()) {
                continue;
            }
            String id = ButtonIds.followUp(f.question().strip(), i, delivery.key(), delivery.ephemeral());
            String label = f.label() == null || f.label().isBlank() ? f.question() : f.label();
            if (ids.add(id)) {
                buttons.add(Button.secondary(id, Text.cut(label, Button.LABEL_MAX_LENGTH)));
            }
        }
        if (delivery.ephemeral()) {
            buttons.add(Button.primary(ButtonIds.share(delivery.key()), "Share"));
        }
        List<ActionRow> rows = new ArrayList<>(buttons.isEmpty() ? List.of() : ActionRow.partitionOf(buttons));
        rows.add(feedback(answer.intent().id(), delivery));
        return rows;
    }

    /** 👍 / 👎: whether the answer helped. */
    private static ActionRow feedback(String intent, Delivery delivery) {
        return ActionRow.of(
                Button.secondary(ButtonIds.verdict(new Verdict(true, delivery.key(), intent, delivery.question())),
                        "👍 Helpful"),
                Button.secondary(ButtonIds.verdict(new Verdict(false, delivery.key(), intent, delivery.question())),
                        "👎 Not helpful"));
    }
}
