package org.careerbot.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends an answer's messages strictly one after another. Order matters twice over: pages must read in order, and
 * Discord turns the first message sent after a deferral into an edit of the "thinking…" reply, so follow-up
 * messages may only go once that edit is done. Failures are logged with Discord's error, never a token.
 */
final class Sending {
    private static final Logger LOG = LoggerFactory.getLogger(Sending.class);

    private Sending() {
    }

    /** Replaces the deferred reply with the first page; the other pages follow with the same visibility. */
    static void editThenFollow(InteractionHook hook, List<MessageCreateData> pages, boolean ephemeral) {
        List<Supplier<RestAction<?>>> steps = new ArrayList<>();
        steps.add(() -> hook.editOriginal(MessageEditData.fromCreateData(pages.get(0))));
        pages.stream().skip(1).forEach(page -> steps.add(() -> hook.sendMessage(page).setEphemeral(ephemeral)));
        inOrder(steps, () -> { }, logged("answer"));
    }

    /**
     * Replaces the deferred (private) reply with a note, then posts the pages publicly as new messages. New
     * messages, because Discord notifies mentions in new messages but never in edits.
     */
    static void noteThenPost(InteractionHook hook, String note, List<MessageCreateData> pages) {
        List<Supplier<RestAction<?>>> steps = new ArrayList<>();
        steps.add(() -> hook.editOriginal(edit(note)));
        pages.forEach(page -> steps.add(() -> hook.sendMessage(page).setEphemeral(false)));
        inOrder(steps, () -> { }, logged("public answer"));
    }

    /** Posts the pages as replies to a message; {@code failed} runs if the first cannot be posted. */
    static void replyTo(Message target, List<MessageCreateData> pages, Runnable done, Consumer<Throwable> failed) {
        List<Supplier<RestAction<?>>> steps = new ArrayList<>();
        pages.forEach(page -> steps.add(() -> target.reply(page)));
        RestAction<?> first = steps.get(0).get();
        first.queue(ok -> {
            done.run();
            inOrder(steps.subList(1, steps.size()), () -> { }, logged("reply"));
        }, failed);
    }

    /** Replaces the deferred reply with a short note. */
    static void note(InteractionHook hook, String text) {
        hook.editOriginal(edit(text)).queue(null, logged("note"));
    }

    static MessageEditData edit(String text) {
        return MessageEditData.fromCreateData(EmbedRenderer.notice(text));
    }

    static Consumer<Throwable> logged(String what) {
        return error -> LOG.warn("Discord did not take the {}: {}", what, error.getMessage());
    }

    private static void inOrder(List<Supplier<RestAction<?>>> steps, Runnable done, Consumer<Throwable> failed) {
        if (steps.isEmpty()) {
            done.run();
            return;
        }
        steps.get(0).get().queue(ok -> inOrder(steps.subList(1, steps.size()), done, failed), failed);
    }
}
