package org.careerbot.discord;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.careerbot.answer.Answer;
import org.careerbot.answer.Entities;
import org.careerbot.core.Answerer;
import org.careerbot.core.Question;
import org.careerbot.picture.Illustrations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers interactions within Discord's three seconds: acknowledges at once with a deferred reply, asks the core on
 * a worker thread (never the gateway's), then edits the answer in, with its picture if it has one. Any failure
 * still reaches the user as a "Sorry, …" message.
 */
final class Replies {
    static final String SORRY = "Sorry, something went wrong while answering. Please try again in a moment.";
    static final String BUSY = "Sorry, Career Bot is busy or restarting. Please try again in a minute.";
    static final String THANKS = "Thanks for the feedback!";
    private static final Logger LOG = LoggerFactory.getLogger(Replies.class);

    private final Answerer answerer;
    private final AnswerCache cache;
    private final EmbedRenderer renderer;
    private final Illustrations illustrations;
    private final Executor executor;

    Replies(Answerer answerer, AnswerCache cache, EmbedRenderer renderer, Illustrations illustrations,
            Executor executor) {
        this.answerer = answerer;
        this.cache = cache;
        this.renderer = renderer;
        this.illustrations = illustrations;
        this.executor = executor;
    }

    /**
     * An answer and its cache key.
     *
     * @param answer   the answer
     * @param key      its key, which its buttons carry
     * @param question the question it answers, for its "Helpful?" buttons
     */
    record Keyed(Answer answer, String key, String question) {
    }

    /** Answers privately or in the channel; follow-up pages keep that visibility. */
    void answer(IReplyCallback event, Question question, boolean ephemeral) {
        deferred(event, ephemeral, hook -> {
            Keyed a = ask(question);
            Delivery d = ephemeral ? Delivery.privately(a.key()) : Delivery.publicly(a.key(), "", List.of());
            Sending.editThenFollow(hook, render(a, d), ephemeral);
        });
    }

    /** The mentor flow: the mentor sees a private note, the learner a public answer that mentions (pings) them. */
    void answerFor(IReplyCallback event, Question question, long learnerId, long mentorId) {
        deferred(event, true, hook -> {
            Keyed a = ask(question);
            String content = Text.mention(learnerId) + ", " + Text.mention(mentorId)
                    + " asked Career Bot this for you:";
            Sending.noteThenPost(hook, "Posted for " + Text.mention(learnerId) + " in this channel.",
                    render(a, Delivery.publicly(a.key(), content, List.of(learnerId))));
        });
    }

    /** Posts a cached answer in the channel, with its follow-ups. */
    void share(IReplyCallback event, Keyed answer, long sharerId) {
        String content = "Shared by " + Text.mention(sharerId) + ":";
        deferred(event, false, hook -> Sending.editThenFollow(hook,
                render(answer, Delivery.publicly(answer.key(), content, List.of())), false));
    }

    /** What the brief answer left out, privately or in the channel like the answer whose More was clicked. */
    void more(IReplyCallback event, Answer answer, boolean ephemeral) {
        deferred(event, ephemeral, hook -> Sending.editThenFollow(hook, renderer.renderMore(answer), ephemeral));
    }

    /** Posts embeds as they are: the share of an answer that has left the cache. */
    void shareEmbeds(IReplyCallback event, List<MessageEmbed> embeds, long sharerId) {
        MessageCreateData page = new MessageCreateBuilder().setContent("Shared by " + Text.mention(sharerId) + ":")
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class)).setEmbeds(embeds).build();
        deferred(event, false, hook -> Sending.editThenFollow(hook, List.of(page), false));
    }

    /** Asks the core and caches the answer for its buttons. */
    Keyed ask(Question question) {
        Answer answer = answerer.answer(question);
        String asked = asked(question);
        return new Keyed(answer, cache.put(answer, asked), asked);
    }

    /** The answer's messages, with its picture if it has one. */
    List<MessageCreateData> render(Keyed answer, Delivery delivery) {
        return renderer.render(answer.answer(), delivery.about(answer.question()), picture(answer.answer()));
    }

    /** The answer's picture; should drawing it fail, the answer goes without rather than not at all. */
    private Optional<PictureAttachment> picture(Answer answer) {
        try {
            return illustrations.forAnswer(answer).flatMap(PictureAttachment::of);
        } catch (RuntimeException e) {
            LOG.error("drawing the picture of a {} answer failed; answering without it", answer.intent(), e);
            return Optional.empty();
        }
    }

    /** Thanks the user privately at once; records their feedback on a worker, as it may wait for the disk. */
    void thank(IReplyCallback event, Runnable record) {
        event.reply(EmbedRenderer.notice(THANKS)).setEphemeral(true).queue(null, Sending.logged("thanks"));
        try {
            executor.execute(() -> {
                try {
                    record.run();
                } catch (RuntimeException e) {
                    LOG.error("recording feedback failed", e);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.warn("feedback dropped: no worker free");
        }
    }

    /** The question in words: its text, or for a structured request the ids of what it is about. */
    static String asked(Question question) {
        if (!question.text().isBlank()) {
            return question.text();
        }
        Entities e = question.entities();
        List<String> ids = new ArrayList<>(e.roles());
        ids.addAll(e.tasks());
        ids.addAll(e.skills());
        ids.addAll(e.tools());
        return String.join(" ", ids);
    }

    /**
     * Acknowledges now, then does the work on a worker; a failure or a full queue edits in an apology.
     *
     * @param work what to do with the interaction's hook once acknowledged
     */
    void deferred(IReplyCallback event, boolean ephemeral, Consumer<InteractionHook> work) {
        event.deferReply(ephemeral).queue(null, Sending.logged("deferral"));
        InteractionHook hook = event.getHook();
        try {
            executor.execute(() -> {
                try {
                    work.accept(hook);
                } catch (RuntimeException e) {
                    LOG.error("answering an interaction failed", e);
                    Sending.note(hook, SORRY);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.warn("no worker free for an interaction: {}", e.getMessage());
            Sending.note(hook, BUSY);
        }
    }
}
