package org.careerbot.discord;

import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.careerbot.exchange.Exchange;
import org.careerbot.exchange.Kept;
import org.careerbot.exchange.Notifier;
import org.careerbot.exchange.Verdict;
import org.careerbot.exchange.Workers;
import org.careerbot.model.Answer;
import org.careerbot.model.Question;

/**
 * Answers interactions within Discord's three seconds: acknowledges at once with a deferred reply, asks the
 * {@link Exchange} on a worker thread (never the gateway's), then edits the answer in, with its picture if it has
 * one. Any failure still reaches the user as a note ({@link Workers}).
 */
final class Replies {
    private final Exchange exchange;
    private final EmbedRenderer renderer;
    private final Workers workers;

    Replies(Exchange exchange, EmbedRenderer renderer, Workers workers) {
        this.exchange = exchange;
        this.renderer = renderer;
        this.workers = workers;
    }

    /** Answers privately or in the channel; follow-up pages keep that visibility. */
    void answer(IReplyCallback event, Question question, boolean ephemeral) {
        deferred(event, ephemeral, hook -> {
            Kept a = exchange.ask(question);
            Delivery d = ephemeral ? Delivery.privately(a.id()) : Delivery.publicly(a.id(), "", List.of());
            Sending.editThenFollow(hook, render(a, d), ephemeral);
        });
    }

    /** The mentor flow: the mentor sees a private note, the learner a public answer that mentions (pings) them. */
    void answerFor(IReplyCallback event, Question question, long learnerId, long mentorId) {
        deferred(event, true, hook -> {
            Kept a = exchange.ask(question);
            String content = Text.mention(learnerId) + ", " + Text.mention(mentorId)
                    + " asked Career Bot this for you:";
            Sending.noteThenPost(hook, "Posted for " + Text.mention(learnerId) + " in this channel.",
                    render(a, Delivery.publicly(a.id(), content, List.of(learnerId))));
        });
    }

    /** Posts a kept answer in the channel, with its follow-ups. */
    void share(IReplyCallback event, Kept answer, long sharerId) {
        String content = "Shared by " + Text.mention(sharerId) + ":";
        deferred(event, false, hook -> Sending.editThenFollow(hook,
                render(answer, Delivery.publicly(answer.id(), content, List.of())), false));
    }

    /** What the brief answer left out, privately or in the channel like the answer whose More was clicked. */
    void more(IReplyCallback event, Answer answer, boolean ephemeral) {
        deferred(event, ephemeral, hook -> Sending.editThenFollow(hook, renderer.renderMore(answer), ephemeral));
    }

    /** Posts embeds as they are: the share of an answer that is no longer kept. */
    void shareEmbeds(IReplyCallback event, List<MessageEmbed> embeds, long sharerId) {
        MessageCreateData page = new MessageCreateBuilder().setContent("Shared by " + Text.mention(sharerId) + ":")
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class)).setEmbeds(embeds).build();
        deferred(event, false, hook -> Sending.editThenFollow(hook, List.of(page), false));
    }

    /** Asks the exchange, which keeps the answer for its buttons. */
    Kept ask(Question question) {
        return exchange.ask(question);
    }

    /** The answer's messages, with its picture if it has one and Discord takes it. */
    List<MessageCreateData> render(Kept answer, Delivery delivery) {
        return renderer.render(answer.answer(), delivery.about(answer.question()),
                exchange.picture(answer.answer()).flatMap(PictureAttachment::of));
    }

    /** Thanks the user privately at once; records their verdict on a worker, as it may wait for the disk. */
    void thank(IReplyCallback event, Verdict verdict, String userId) {
        event.reply(EmbedRenderer.notice(Verdict.THANKS)).setEphemeral(true).queue(null, Sending.logged("thanks"));
        workers.run("feedback", () -> exchange.judge(verdict, userId), Notifier.NONE);
    }

    /**
     * Acknowledges now, then does the work on a worker; a failure or a full queue edits in a note.
     *
     * @param work what to do with the interaction's hook once acknowledged
     */
    void deferred(IReplyCallback event, boolean ephemeral, Consumer<InteractionHook> work) {
        event.deferReply(ephemeral).queue(null, Sending.logged("deferral"));
        InteractionHook hook = event.getHook();
        workers.run("interaction", () -> work.accept(hook), note -> Sending.note(hook, note));
    }
}
