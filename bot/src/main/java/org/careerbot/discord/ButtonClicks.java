package org.careerbot.discord;

import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import org.careerbot.answer.Answer;
import org.careerbot.core.Feedback;
import org.careerbot.core.Question;

/**
 * Handles clicks on More, follow-up, Share and "Helpful?" buttons. More shows what the brief answer left out, with
 * the answer's visibility, to whoever clicks it (also on a shared answer). A follow-up asks its question in the
 * clicker's conversation in this channel, so the core's context carries on (a role, then "Tools" answers for that
 * role), and answers with the visibility of the answer that held the button. "Helpful?" records the verdict and thanks the
 * clicker privately; it asks nothing again.
 */
final class ButtonClicks {
    static final String EXPIRED = "Sorry, this button has expired. Ask again with /career.";
    /** Answers are kept for a day in memory only, so a More button can outlive its answer. */
    static final String MORE_GONE = "Sorry, I no longer have the rest of that answer. Ask again with /career to see"
            + " it.";
    private static final String PLATFORM = "discord";

    private final Replies replies;
    private final AnswerCache cache;
    private final Feedback feedback;

    ButtonClicks(Replies replies, AnswerCache cache, Feedback feedback) {
        this.replies = replies;
        this.cache = cache;
        this.feedback = feedback;
    }

    /** Whether a custom id is one of ours. */
    static boolean ours(String componentId) {
        return ButtonIds.parse(componentId).isPresent();
    }

    void click(ButtonInteractionEvent event) {
        ButtonIds.Click click = ButtonIds.parse(event.getComponentId()).orElse(null);
        long user = event.getUser().getIdLong();
        String conversation = ConversationIds.of(event.getChannelIdLong(), user);
        String clicker = Long.toUnsignedString(user);
        if (click instanceof ButtonIds.AskText ask) {
            replies.answer(event, Question.of(ask.question(), conversation).by(clicker), ask.ephemeral());
        } else if (click instanceof ButtonIds.AskCached ask) {
            Optional<String> question = cache.get(ask.key()).filter(a -> ask.index() < a.followUps().size())
                    .map(a -> a.followUps().get(ask.index()).question());
            question.ifPresentOrElse(q -> replies.answer(event, Question.of(q, conversation).by(clicker),
                    ask.ephemeral()), () -> privately(event, EXPIRED));
        } else if (click instanceof ButtonIds.More more) {
            cache.get(more.key()).ifPresentOrElse(a -> replies.more(event, a, more.ephemeral()),
                    () -> privately(event, MORE_GONE));
        } else if (click instanceof ButtonIds.Share share) {
            Optional<Answer> answer = cache.get(share.key());
            if (answer.isPresent()) {
                String question = cache.question(share.key()).orElse("");
                replies.share(event, new Replies.Keyed(answer.get(), share.key(), question), user);
            } else {
                // Restarted or expired: the click still carries the message, so share what the user sees.
                replies.shareEmbeds(event, event.getMessage().getEmbeds(), user);
            }
        } else if (click instanceof ButtonIds.Verdict verdict) {
            // The whole question while the answer is kept; the start carried by the button after that.
            String question = cache.question(verdict.key()).filter(q -> !q.isBlank()).orElse(verdict.question());
            replies.thank(event, () -> feedback.record(PLATFORM, clicker, verdict.intent(), question,
                    verdict.helpful()));
        }
    }

    private static void privately(ButtonInteractionEvent event, String text) {
        event.reply(EmbedRenderer.notice(text)).setEphemeral(true).queue(null, Sending.logged("expiry note"));
    }
}
