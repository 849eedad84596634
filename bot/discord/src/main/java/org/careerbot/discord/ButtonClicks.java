package org.careerbot.discord;

import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import org.careerbot.exchange.Exchange;
import org.careerbot.exchange.Kept;
import org.careerbot.exchange.Notes;
import org.careerbot.exchange.Rest;

/**
 * Handles clicks on More, follow-up, Share and "Helpful?" buttons. More shows what the brief answer left out, with
 * the answer's visibility, to whoever clicks it (also on a shared answer). A follow-up asks its question in the
 * clicker's conversation in this channel, so the core's context carries on (a role, then "Tools" answers for that
 * role), and answers with the visibility of the answer that held the button. "Helpful?" records the verdict and
 * thanks the clicker privately; it asks nothing again.
 */
final class ButtonClicks {
    private final Replies replies;
    private final Exchange exchange;

    ButtonClicks(Replies replies, Exchange exchange) {
        this.replies = replies;
        this.exchange = exchange;
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
            replies.answer(event, Exchange.read(ask.question(), conversation).by(clicker), ask.ephemeral());
        } else if (click instanceof ButtonIds.AskCached ask) {
            exchange.followUp(ask.key(), ask.index()).ifPresentOrElse(q -> replies.answer(event,
                    Exchange.read(q, conversation).by(clicker), ask.ephemeral()),
                    () -> privately(event, Notes.EXPIRED));
        } else if (click instanceof ButtonIds.More more) {
            Rest rest = exchange.more(more.key());
            rest.found().ifPresentOrElse(a -> replies.more(event, a, more.ephemeral()),
                    () -> privately(event, rest.note()));
        } else if (click instanceof ButtonIds.Share share) {
            Optional<Kept> kept = exchange.kept(share.key());
            if (kept.isPresent()) {
                replies.share(event, kept.get(), user);
            } else {
                // Restarted or expired: the click still carries the message, so share what the user sees.
                replies.shareEmbeds(event, event.getMessage().getEmbeds(), user);
            }
        } else if (click instanceof ButtonIds.Judged judged) {
            replies.thank(event, judged.verdict(), clicker);
        }
    }

    private static void privately(ButtonInteractionEvent event, String text) {
        event.reply(EmbedRenderer.notice(text)).setEphemeral(true).queue(null, Sending.logged("expiry note"));
    }
}
