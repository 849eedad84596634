package org.careerbot.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.app_backend.interactive_components.payload.MessageShortcutPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.Context;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.context.builtin.MessageShortcutContext;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.MessageShortcutRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.Message;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import org.careerbot.exchange.Notes;

/**
 * Questions asked in words: the slash command, mentions, direct messages, and the mentor shortcut. Each is
 * acknowledged at once and answered by the {@link AnswerFlow}.
 */
final class MessageListeners {
    private final AnswerFlow flow;

    MessageListeners(AnswerFlow flow) {
        this.flow = flow;
    }

    void register(Routes routes) {
        routes.command(SlackNames.COMMAND, this::command);
        routes.event(SlackNames.APP_MENTION, AppMentionEvent.class, this::mention);
        routes.event(SlackNames.MESSAGE_IM, MessageEvent.class, this::directMessage);
        routes.shortcut(SlackNames.SHORTCUT, this::shortcut);
    }

    /** {@code /career question}: a private answer; no text or "help" gets the help. */
    Response command(SlashCommandRequest request, SlashCommandContext ctx) {
        SlashCommandPayload p = request.getPayload();
        if (p == null || blank(p.getResponseUrl()) || blank(p.getChannelId()) || blank(p.getUserId())) {
            return ctx.ack(Routes.UNREADABLE);
        }
        String question = orHelp(IncomingText.question(p.getText()));
        Place place = Place.privately(team(ctx, p.getTeamId()), p.getChannelId(), p.getUserId(),
                p.getResponseUrl());
        return flow.askOrDecline(question, place, "You asked " + AnswerFlow.quote(question)) ? ctx.ack()
                : ctx.ack(Notes.BUSY);
    }

    /** {@code @Career Bot question} in a channel: answered in the message's thread, which keeps the context. */
    Response mention(EventsApiPayload<AppMentionEvent> payload, EventContext ctx) {
        AppMentionEvent e = payload.getEvent();
        if (e == null || e.getBotId() != null || blank(e.getChannel()) || blank(e.getTs())) {
            return ctx.ack();
        }
        String thread = blank(e.getThreadTs()) ? e.getTs() : e.getThreadTs();
        flow.ask(orHelp(IncomingText.question(e.getText())),
                Place.thread(team(ctx, payload.getTeamId()), e.getChannel(), thread, e.getUser()), "");
        return ctx.ack();
    }

    /** A direct message from a person (not a bot, not an edit or join: Bolt routes subtypes elsewhere). */
    Response directMessage(EventsApiPayload<MessageEvent> payload, EventContext ctx) {
        MessageEvent e = payload.getEvent();
        if (e == null || !"im".equals(e.getChannelType()) || e.getBotId() != null || blank(e.getUser())
                || e.getUser().equals(ctx.getBotUserId()) || blank(e.getChannel())) {
            return ctx.ack();
        }
        flow.ask(orHelp(IncomingText.question(e.getText())),
                Place.direct(team(ctx, payload.getTeamId()), e.getChannel(), e.getThreadTs(), e.getUser()), "");
        return ctx.ack();
    }

    /** "Answer with Career Bot" on a message: a public answer in its thread, mentioning its author. */
    Response shortcut(MessageShortcutRequest request, MessageShortcutContext ctx) {
        MessageShortcutPayload p = request.getPayload();
        Message m = p == null ? null : p.getMessage();
        if (m == null || p.getChannel() == null || p.getUser() == null || blank(m.getTs())) {
            return ctx.ack();
        }
        String mentor = p.getUser().getId();
        String team = team(ctx, p.getTeam() == null ? null : p.getTeam().getId());
        Place place = Place.thread(team, p.getChannel().getId(), blank(m.getThreadTs()) ? m.getTs()
                : m.getThreadTs(), mentor).withResponseUrl(p.getResponseUrl());
        String question = IncomingText.question(m.getText());
        if (question.isEmpty()) {
            flow.tell(place, "That message has no text for me to answer.");
            return ctx.ack();
        }
        String to = blank(m.getUser()) ? "" : Mrkdwn.mention(m.getUser()) + ", here is an answer to your message";
        String note = (to.isEmpty() ? "An answer" : to) + " (asked for by " + Mrkdwn.mention(mentor) + ")";
        flow.ask(question, place, note);
        return ctx.ack();
    }

    static String team(Context ctx, String fallback) {
        return blank(ctx.getTeamId()) ? fallback : ctx.getTeamId();
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String orHelp(String question) {
        return question.isEmpty() ? "help" : question;
    }
}
