package org.careerbot.discord;

import java.util.List;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.command.MessageContextInteractionEvent;
import org.careerbot.exchange.Exchange;
import org.careerbot.exchange.Kept;
import org.careerbot.model.Question;

/**
 * The "Answer with Career Bot" message command: a mentor answers someone's message in place. The answer is a
 * public reply to that message that mentions its author; if the bot may not post there (no permission, or not a
 * member), the answer is posted through the interaction instead, with a link to the message.
 */
final class MentorMenu {
    static final String NO_TEXT = "That message has no text I can answer.";
    /** Discord messages hold at most 4000 characters; questions are far shorter, so more is noise. */
    private static final int MAX_QUESTION = 2000;

    private final Replies replies;

    MentorMenu(Replies replies) {
        this.replies = replies;
    }

    void answer(MessageContextInteractionEvent event) {
        Message target = event.getTarget();
        String text = target.getContentDisplay() == null ? "" : target.getContentDisplay().strip();
        if (text.isEmpty()) {
            event.reply(EmbedRenderer.notice(NO_TEXT)).setEphemeral(true).queue(null, Sending.logged("notice"));
            return;
        }
        long author = target.getAuthor().getIdLong();
        long mentor = event.getUser().getIdLong();
        // The author's conversation: it is they who will click the follow-ups.
        Question question = Exchange.read(Text.cut(text, MAX_QUESTION),
                ConversationIds.of(event.getChannelIdLong(), author)).by(Long.toUnsignedString(mentor));
        String content = Text.mention(author) + (author == mentor ? ", here is Career Bot's answer:"
                : ", " + Text.mention(mentor) + " asked Career Bot to answer you:");
        replies.deferred(event, true, hook -> {
            Kept answer = replies.ask(question);
            List<Long> ping = List.of(author);
            Sending.replyTo(target, replies.render(answer, Delivery.publicly(answer.id(), content, ping)),
                    () -> Sending.note(hook, "Answered " + Text.mention(author) + "'s message."),
                    error -> {
                        Sending.logged("reply to the message").accept(error);
                        String linked = content + " " + target.getJumpUrl();
                        Sending.noteThenPost(hook, "I could not reply in this channel, so I answered here.",
                                replies.render(answer, Delivery.publicly(answer.id(), linked, ping)));
                    });
        });
    }
}
