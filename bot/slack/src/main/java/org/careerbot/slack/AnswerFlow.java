package org.careerbot.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.Set;
import org.careerbot.exchange.Exchange;
import org.careerbot.exchange.Kept;
import org.careerbot.exchange.Notifier;
import org.careerbot.exchange.Rest;
import org.careerbot.exchange.Verdict;
import org.careerbot.exchange.Workers;
import org.careerbot.model.Answer;
import org.careerbot.model.Question;
import org.careerbot.slack.SlackCalls.Outcome;

/**
 * Answers a question where it was asked, on a worker thread: asks the {@link Exchange} in the place's
 * conversation, renders the answer for that place and delivers it, then its picture if it has one. Whatever fails,
 * the asker gets the answer another way or a clear note saying why not.
 */
final class AnswerFlow {
    /** Errors about the blocks rather than the place: the plain text may still go through. */
    private static final Set<String> BLOCK_ERRORS = Set.of("invalid_blocks", "invalid_blocks_format",
            "msg_too_long", "invalid_arguments");
    private static final Set<String> NOT_A_MEMBER = Set.of("not_in_channel", "channel_not_found");
    private final Exchange exchange;
    private final SlackReplies replies;
    private final BlockKitRenderer renderer;
    private final HomeTab home;
    private final PicturePosts pictures;
    private final Workers workers;

    AnswerFlow(Exchange exchange, SlackReplies replies, BlockKitRenderer renderer, HomeTab home,
               PicturePosts pictures, Workers workers) {
        this.exchange = exchange;
        this.replies = replies;
        this.renderer = renderer;
        this.home = home;
        this.pictures = pictures;
        this.workers = workers;
    }

    /** Queues the question; when too busy, the asker is told so. {@code note} is mrkdwn shown above the answer. */
    void ask(String question, Place place, String note) {
        later("answer", () -> answerNow(question, place, note), place);
    }

    /**
     * Queues the question of a slash command; false when too busy to take it, and the caller declines in its
     * acknowledgement.
     */
    boolean askOrDecline(String question, Place place, String note) {
        return workers.offer("answer", () -> answerNow(question, place, note), tell(place));
    }

    /** Queues posting a private answer for the whole channel. */
    void share(ShareReference reference, Place place) {
        later("share", () -> shareNow(reference, place), place);
    }

    /** Queues showing the rest of a kept answer where its More button was clicked. */
    void more(String answerId, Place place) {
        later("more", () -> moreNow(answerId, place), place);
    }

    /** Queues showing the App Home tab without an answer. */
    void showHome(Place place) {
        // Nothing to apologise for: the tab shows its last view, and opening it again tries again.
        workers.offer("home", () -> replies.publishHome(place.teamId(), place.userId(), home.blocks(null, Framing.NONE)),
                Notifier.NONE);
    }

    /** Queues a short note only the user sees. */
    void tell(Place place, String text) {
        later("note", () -> note(place, text), place);
    }

    /**
     * Queues recording a "Helpful?" click, then thanking the user: privately where they clicked, or in App Home by
     * showing the view they saw with thanks in place of the buttons. The answer is not asked again.
     *
     * @param homeView the blocks of the Home view clicked in, or null elsewhere
     */
    void feedback(Place place, Verdict verdict, List<LayoutBlock> homeView) {
        later("feedback", () -> {
            exchange.judge(verdict, place.userId());
            if (place.kind() != Place.Kind.HOME) {
                note(place, Verdict.THANKS);
            } else if (homeView != null && !homeView.isEmpty()) {
                replies.publishHome(place.teamId(), place.userId(), FeedbackButtons.thanked(homeView));
            }
        }, place);
    }

    /** "“question”", escaped and kept short, for notes. */
    static String quote(String question) {
        return "“" + Mrkdwn.escape(Mrkdwn.cut(question, 300)) + "”";
    }

    private void later(String what, Runnable task, Place place) {
        workers.run(what, task, tell(place));
    }

    /** How a note reaches the user of this place: privately, or in their Home tab. */
    private Notifier tell(Place place) {
        return place.kind() == Place.Kind.HOME ? text -> replies.publishHome(place.teamId(), place.userId(), home.note(text))
                : text -> note(place, text);
    }

    private void answerNow(String question, Place place, String note) {
        Kept kept = ask(question, place);
        Answer answer = kept.answer();
        switch (place.kind()) {
            case PRIVATE -> {
                String share = new ShareReference(kept.id(), question).value();
                respondPrivately(place, renderer.render(answer, new Framing(pictures.privateNote(answer, note), share,
                        question, kept.id())));
            }
            case HOME -> replies.publishHome(place.teamId(), place.userId(), home.blocks(answer,
                    Framing.note(note).asking(question).keptAs(kept.id())));
            case THREAD, DIRECT -> {
                if (post(place, renderer.render(answer, Framing.note(note).asking(question).keptAs(kept.id())))) {
                    pictures.post(answer, place.teamId(), place.channelId(), place.threadTs());
                }
            }
        }
    }

    private void shareNow(ShareReference reference, Place place) {
        Kept kept = exchange.share(reference.answerId(), question(reference.question(), place));
        Answer answer = kept.answer();
        String id = kept.id();
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
        Rest rest = exchange.more(answerId);
        if (rest.found().isEmpty()) {
            tell(place).tell(rest.note());
            return;
        }
        Answer answer = rest.answer();
        switch (place.kind()) {
            case PRIVATE -> respondPrivately(place, renderer.renderMore(answer, Framing.NONE));
            case HOME -> replies.publishHome(place.teamId(), place.userId(), home.more(answer));
            case DIRECT -> post(place, renderer.renderMore(answer, Framing.NONE));
            // Anyone may click More under a public answer: the thread reads better saying who asked.
            case THREAD -> post(place, renderer.renderMore(answer,
                    Framing.note(Mrkdwn.mention(place.userId()) + " asked for more")));
        }
    }

    /** A private message through the response URL; should it have expired, as an ephemeral message. */
    private void respondPrivately(Place place, SlackMessage message) {
        if (!replies.respond(place.responseUrl(), message, false).ok()) {
            // A private message still reaches the asker wherever the bot is a member.
            replies.postEphemeral(place.teamId(), place.channelId(), place.userId(), null, message);
        }
    }

    /** The shared answer's picture, in the channel; the sharer hears privately if it could not be posted. */
    private void sharePicture(Answer answer, Place place) {
        // Response URLs return no ts for the shared message, so the picture cannot go in its thread: it follows it.
        Outcome outcome = pictures.post(answer, place.teamId(), place.channelId(), null);
        if (!outcome.ok()) {
            String invite = NOT_A_MEMBER.contains(outcome.error())
                    ? " Invite me with /invite @" + SlackNames.APP_NAME + " to share pictures here." : "";
            replies.respond(place.responseUrl(), SlackMessage.plain("I shared the answer, but not its picture"
                    + " (Slack said: " + outcome.error() + ")." + invite), false);
        }
    }

    /** Posts an answer in a thread or DM; whether it got there, in full or as plain text. */
    private boolean post(Place place, SlackMessage message) {
        Outcome outcome = replies.post(place.teamId(), place.channelId(), place.threadTs(), message);
        if (!outcome.ok() && BLOCK_ERRORS.contains(outcome.error())) {
            outcome = replies.post(place.teamId(), place.channelId(), place.threadTs(), new SlackMessage(message.text(), List.of()));
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
            replies.postEphemeral(place.teamId(), place.channelId(), place.userId(), place.threadTs(), SlackMessage.plain(text));
        }
    }

    /** The answer to words asked in this place, kept for its buttons. */
    private Kept ask(String question, Place place) {
        return exchange.ask(question(question, place));
    }

    private static Question question(String text, Place place) {
        return Exchange.read(text, place.conversationId()).by(place.userId());
    }
}
