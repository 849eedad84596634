package org.careerbot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.handler.builtin.MessageShortcutHandler;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.Event;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers listeners on Bolt and remembers what it registered, so a test can hold the manifest against what the
 * code really handles. A listener that throws still acknowledges: Slack must not retry a request that cannot
 * succeed, and the server goes on serving.
 */
final class Routes {
    private static final Logger LOG = LoggerFactory.getLogger(Routes.class);
    static final String UNREADABLE = "Sorry, I could not read that request. Please try again, or type "
            + SlackNames.COMMAND + " help.";
    private final App app;
    private final SortedSet<String> commands = new TreeSet<>();
    private final SortedSet<String> events = new TreeSet<>();
    private final SortedSet<String> shortcuts = new TreeSet<>();

    Routes(App app) {
        this.app = app;
    }

    /** A slash command; if its listener fails, the user reads a friendly note. */
    void command(String name, SlashCommandHandler handler) {
        app.command(name, (req, ctx) -> guarded("command", () -> handler.apply(req, ctx), ctx.ack(UNREADABLE)));
        commands.add(name);
    }

    /** An event, under the name the manifest subscribes to. */
    <E extends Event> void event(String manifestName, Class<E> type, BoltEventHandler<E> handler) {
        app.event(type, (payload, ctx) -> guarded(manifestName, () -> handler.apply(payload, ctx), ctx.ack()));
        events.add(manifestName);
    }

    /** A message shortcut. */
    void shortcut(String callbackId, MessageShortcutHandler handler) {
        app.messageShortcut(callbackId, (req, ctx) -> guarded("shortcut", () -> handler.apply(req, ctx), ctx.ack()));
        shortcuts.add(callbackId);
    }

    /** Clicks on buttons whose action id matches. */
    void action(Pattern actionId, BlockActionHandler handler) {
        app.blockAction(actionId, (req, ctx) -> guarded("action", () -> handler.apply(req, ctx), ctx.ack()));
    }

    SortedSet<String> commands() {
        return Collections.unmodifiableSortedSet(commands);
    }

    SortedSet<String> events() {
        return Collections.unmodifiableSortedSet(events);
    }

    SortedSet<String> shortcuts() {
        return Collections.unmodifiableSortedSet(shortcuts);
    }

    @FunctionalInterface
    private interface Listener {
        Response run() throws Exception;
    }

    private static Response guarded(String what, Listener listener, Response fallback) {
        try {
            return listener.run();
        } catch (Exception e) {
            LOG.error("Slack {} listener failed", what, e);
            return fallback;
        }
    }
}
