package org.careerbot.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import org.careerbot.answer.Answer;
import org.careerbot.answer.Entities;
import org.careerbot.core.Answerer;
import org.careerbot.slack.SlackCalls.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a question where it was asked, on a worker thread: asks the core in the place's conversation, renders
 * the answer for that place and delivers it, then its picture if it has one. Whatever fails, the asker gets the
 * answer another way or a clear note saying why not.
 */
final class AnswerFlow {
    private static final Logger LOG = LoggerFactory.getLogger(AnswerFlow.class);
    /** Errors about the blocks rather than the place: the plain text may still go through. */
    private static final Set<String> BLOCK_ERRORS = Set.of("invalid_blocks", "invalid_blocks_format",
            "msg_too_long", "invalid_arguments");
    private static final Set<String> NOT_A_MEMBER = Set.of("not_in_channel", "channel_not_found");
    /** Answers are kept in memory only, so a More button outlives its answer after a restart or a busy day. */
    static final String MORE_GONE = "Sorry, I no longer have the rest of that answer. Please ask again to see it.";
    static final String WHOLE = "That was the whole answer.";
    private final Answerer answerer;
    private final SlackReplies replies;
    private final BlockKitRenderer renderer;
    private final HomeTab home;
    private final AnswerCache cache;
    private final PicturePosts pictures;
    private final Executor workers;
    /**
     * Workers that may ask the core at once. The many workers mostly wait for Slack; under overload, all of them
     * answering at once would leave the threads that acknowledge requests waiting for a CPU for hundreds of ms.
     */
    private final Semaphore cores = new Semaphore(Runtime.getRuntime().availableProcessors());

    AnswerFlow(Answerer answerer, SlackReplies replies, BlockKitRenderer renderer, HomeTab home, AnswerCache cache,
               PicturePosts pictures, Executor workers) {
        this.answerer = answerer;
        this.replies = replies;
        this.renderer = renderer;
        this.home = home;
        this.cache = cache;
        this.pictures = pictures;
        this.workers = workers;
    }

    /** Queues the question; false when too busy to take it. {@code note} is mrkdwn shown above the answer. */
    boolean ask(String question, Place place, String note) {
        return later("answer", () -> answerNow(question, place, note));
    }

    /** Queues posting a private answer for the whole channel. */
    boolean share(ShareReference reference, Place place) {
        return later("share", () -> shareNow(reference, place));
    }

    /** Queues showing the rest of a kept answer where its More button was clicked. */
    boolean more(String answerId, Place place) {
        return later("more", () -> moreNow(answerId, place));
    }

    /** Queues showing the App Home tab without an answer. */
    boolean showHome(Place place) {
        return later("home", () -> replies.publishHome(place.userId(), home.blocks(null, Framing.NONE)));
    }

    /** Queues a short note only the user sees. */
    boolean tell(Place place, String text) {
        return later("note", () -> note(place, text));
    }

    /**
     * Queues recording a "Helpful?" click, then thanking the user: privately where they clicked, or in App Home by
     * showing the view they saw with thanks in place of the buttons. The answer is not asked again.
     *
     * @param homeView the blocks of the Home view clicked in, or null elsewhere
     */
    boolean feedback(Place place, Runnable record, List<LayoutBlock> homeView) {
        return later("feedback", () -> {
            record.run();
            if (place.kind() != Place.Kind.HOME) {
                note(place, FeedbackButtons.THANKS);
            } else if (homeView != null && !homeView.isEmpty()) {
                replies.publishHome(place.userId(), FeedbackButtons.thanked(homeView));
            }
        });
    }

    /** "“question”", escaped and kept short, for notes. */
    static String quote(String question) {
        return "“" + Mrkdwn.escape(Mrkdwn.cut(question, 300)) + "”";
    }

    private boolean later(String what, Runnable task) {
        try {
            workers.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    LOG.error("Slack {} failed", what, e);
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            LOG.warn("Slack {} dropped: too busy or stopping", what);
            return false;
        }
    }

    private void answerNow(String question, Place place, String note) {
        Answer answer = answer(question, place);
        switch (place.kind()) {
            case PRIVATE -> {
                String id = cache.put(answer);
                String share = new ShareReference(id, question).value();
                respondPrivately(place, renderer.render(answer, new Framing(pictures.privateNote(answer, note), share,
                        question, id)));
            }
            case HOME -> replies.publishHome(place.userId(), home.blocks(answer,
                    Framing.note(note).asking(question).keptAs(kept(answer))));
            case THREAD, DIRECT -> {
                if (post(place, renderer.render(answer, Framing.note(note).asking(question).keptAs(kept(answer))))) {
                    pictures.post(answer, place.channelId(), place.threadTs());
                }
            }
        }
    }

    private void shareNow(ShareReference reference, Place place) {
        Optional<Answer> kept = cache.get(reference.answerId());
        Answer answer = kept.orElseGet(() -> answer(reference.question(), place));
        String id = kept.isPresent() ? reference.answerId() : kept(answer);
        String note = Mrkdwn.mention(place.userId()) + " shared an answer to " + quote(reference.question());
        Outcome outcome = replies.respond(place.responseUrl(),
                renderer.render(answer, Framing.note(note).asking(reference.question()).keptAs(id)), true);
        if (!outcome.ok()) {
            replies.respond(place.responseUrl(), SlackMessage.plain("Sorry, I could not share that answer here"
                    + " (Slack said: " + outcome.error() + ")."), false);
            return;
        }
        sharePicture(answer, place);
    }

    /** The rest of a kept answer, where its More button is: privately, in Home, or in the thread or DM. */
    private void moreNow(String answerId, Place place) {
        Optional<Answer> kept = cache.get(answerId);
        if (kept.isEmpty() || !kept.get().hasMore()) {
            String text = kept.isEmpty() ? MORE_GONE : WHOLE;
            if (place.kind() == Place.Kind.HOME) {
                replies.publishHome(place.userId(), home.note(text));
            } else {
                note(place, text);
            }
            return;
        }
        Answer answer = kept.get();
        switch (place.kind()) {
            case PRIVATE -> respondPrivately(place, renderer.renderMore(answer, Framing.NONE));
            case HOME -> replies.publishHome(place.userId(), home.more(answer));
            case DIRECT -> post(place, renderer.renderMore(answer, Framing.NONE));
            // Anyone may click More under a public answer: the thread reads better saying who asked.
            case THREAD -> post(place, renderer.renderMore(answer,
                    Framing.note(Mrkdwn.mention(place.userId()) + " asked for more")));
        }
    }

    /** The id under which an answer with more to show is kept for its More button; null when it has no more. */
    private String kept(Answer answer) {
        return answer.hasMore() ? cache.put(answer) : null;
    }

    /** A private message through the response URL; should it have expired, as an ephemeral message. */
    private void respondPrivately(Place place, SlackMessage message) {
        if (!replies.respond(place.responseUrl(), message, false).ok()) {
            // A private message still reaches the asker wherever the bot is a member.
            replies.postEphemeral(place.channelId(), place.userId(), null, message);
        }
    }

    /** The shared answer's picture, in the channel; the sharer hears privately if it could not be posted. */
    private void sharePicture(Answer answer, Place place) {
        // Response URLs return no ts for the shared message, so the picture cannot go in its thread: it follows it.
        Outcome outcome = pictures.post(answer, place.channelId(), null);
        if (!outcome.ok()) {
            String invite = NOT_A_MEMBER.contains(outcome.error())
                    ? " Invite me with /invite @" + SlackNames.APP_NAME + " to share pictures here." : "";
            replies.respond(place.responseUrl(), SlackMessage.plain("I shared the answer, but not its picture"
                    + " (Slack said: " + outcome.error() + ")." + invite), false);
        }
    }

    /** Posts an answer in a thread or DM; whether it got there, in full or as plain text. */
    private boolean post(Place place, SlackMessage message) {
        Outcome outcome = replies.post(place.channelId(), place.threadTs(), message);
        if (!outcome.ok() && BLOCK_ERRORS.contains(outcome.error())) {
            outcome = replies.post(place.channelId(), place.threadTs(), new SlackMessage(message.text(), List.of()));
        }
        if (!outcome.ok()) {
            String why = "I could not post my answer here (Slack said: " + outcome.error() + ")."
                    + (NOT_A_MEMBER.contains(outcome.error())
                    ? " Invite me with /invite @" + SlackNames.APP_NAME + " and try again."
                    : " Please try again in a moment.");
            if (place.responseUrl() != null) {
                String text = Mrkdwn.escape(why) + " Here it is just for you:\n\n" + message.text();
                replies.respond(place.responseUrl(), new SlackMessage(Mrkdwn.cut(text, SlackLimits.FALLBACK_TEXT),
                        List.of()), false);
            } else {
                note(place, why);
            }
        }
        return outcome.ok();
    }

    private void note(Place place, String text) {
        if (place.responseUrl() != null) {
            replies.respond(place.responseUrl(), SlackMessage.plain(text), false);
        } else if (place.channelId() != null && place.userId() != null) {
            replies.postEphemeral(place.channelId(), place.userId(), place.threadTs(), SlackMessage.plain(text));
        }
    }

    /** The core's answer; should the core ever fail, a friendly apology instead. */
    private Answer answer(String question, Place place) {
        cores.acquireUninterruptibly();
        try {
            return answerer.answer(PictureWords.question(question, place.conversationId()).by(place.userId()));
        } catch (RuntimeException e) {
            LOG.error("answering failed ({} chars of input)", question.length(), e);
            return new Answer("search", Entities.NONE, "Sorry, something went wrong",
                    "I could not answer that one. Please try rephrasing it, or ask for help.", List.of(), null,
                    List.of(), List.of());
        } finally {
            cores.release();
        }
    }
}
