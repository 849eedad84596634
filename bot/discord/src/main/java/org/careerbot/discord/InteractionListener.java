package org.careerbot.discord;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executor;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.MessageContextInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import org.careerbot.core.Answerer;
import org.careerbot.core.Catalog;
import org.careerbot.core.Feedback;
import org.careerbot.exchange.Exchange;
import org.careerbot.exchange.KeptAnswers;
import org.careerbot.exchange.Notes;
import org.careerbot.exchange.Workers;
import org.careerbot.picture.Illustrations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns Discord interactions into the {@link Exchange}'s questions and clicks, and its answers into replies: event →
 * question → exchange → answer → message. Every handler is guarded, so a failure still gets the user an ephemeral
 * {@link Notes#SORRY}.
 */
final class InteractionListener extends ListenerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(InteractionListener.class);

    private final SlashRequests requests;
    private final Replies replies;
    private final RoleAutocomplete autocomplete;
    private final ButtonClicks buttons;
    private final MentorMenu mentor;

    /** A listener whose work runs on an executor the caller owns (a test's), busy notes on the caller's thread. */
    InteractionListener(Answerer answerer, Catalog catalog, Feedback feedback, Illustrations illustrations,
                        Executor executor, Clock clock) {
        this(answerer, catalog, feedback, illustrations, Workers.on("Discord", executor), clock);
    }

    InteractionListener(Answerer answerer, Catalog catalog, Feedback feedback, Illustrations illustrations,
                        Workers workers, Clock clock) {
        Exchange exchange = new Exchange("discord", answerer, new KeptAnswers(clock), illustrations, feedback);
        this.replies = new Replies(exchange, new EmbedRenderer(), workers);
        RoleSuggestions roles = new RoleSuggestions(catalog);
        this.requests = new SlashRequests(roles);
        this.autocomplete = new RoleAutocomplete(roles);
        this.buttons = new ButtonClicks(replies, exchange);
        this.mentor = new MentorMenu(replies);
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        if (!CareerCommand.NAME.equals(event.getName())) {
            return;
        }
        guarded(event, "/" + event.getFullCommandName(), () -> {
            SlashRequests.Request request = requests.read(event);
            if (request.learnerId() != 0) {
                replies.answerFor(event, request.question(), request.learnerId(), event.getUser().getIdLong());
            } else {
                replies.answer(event, request.question(), request.ephemeral());
            }
        });
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        if (!CareerCommand.NAME.equals(event.getName())) {
            return;
        }
        try {
            autocomplete.suggest(event);
        } catch (RuntimeException e) {
            LOG.error("role suggestions failed", e);
            event.replyChoices(List.of()).queue(null, Sending.logged("empty suggestions"));
        }
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        if (ButtonClicks.ours(event.getComponentId())) {
            guarded(event, "a button", () -> buttons.click(event));
        }
    }

    @Override
    public void onMessageContextInteraction(MessageContextInteractionEvent event) {
        if (CareerCommand.MENTOR.equals(event.getName())) {
            guarded(event, "the message command", () -> mentor.answer(event));
        }
    }

    /** Runs a handler; a failure before or after acknowledging still gets the user a private apology. */
    private static void guarded(IReplyCallback event, String what, Runnable handler) {
        try {
            handler.run();
        } catch (RuntimeException e) {
            LOG.error("handling {} failed", what, e);
            if (event.isAcknowledged()) {
                Sending.note(event.getHook(), Notes.SORRY);
            } else {
                event.reply(EmbedRenderer.notice(Notes.SORRY)).setEphemeral(true)
                        .queue(null, Sending.logged("apology"));
            }
        }
    }
}
