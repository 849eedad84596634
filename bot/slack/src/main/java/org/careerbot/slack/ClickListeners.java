package org.careerbot.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.event.AppHomeOpenedEvent;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.careerbot.exchange.Verdict;

/**
 * Buttons and App Home: More, Share, follow-ups, "Helpful?", and the roles and examples in Home. A click is
 * answered in the conversation its message belongs to (the private answer, the thread, the DM or Home), so context
 * carries over.
 */
final class ClickListeners {
    private final AnswerFlow flow;

    ClickListeners(AnswerFlow flow) {
        this.flow = flow;
    }

    void register(Routes routes) {
        routes.event(SlackNames.APP_HOME_OPENED, AppHomeOpenedEvent.class, this::homeOpened);
        routes.action(Pattern.compile("^" + Pattern.quote(SlackNames.SHARE) + "$"), this::share);
        routes.action(Pattern.compile("^" + Pattern.quote(SlackNames.MORE) + "$"), this::more);
        routes.action(SlackNames.FOLLOW_UPS, (req, ctx) -> ask(req, ctx, UnaryOperator.identity()));
        routes.action(SlackNames.EXAMPLES, (req, ctx) -> ask(req, ctx, UnaryOperator.identity()));
        routes.action(SlackNames.ROLES, (req, ctx) -> ask(req, ctx, HomeTab::roleQuestion));
        routes.action(Pattern.compile("^(" + Pattern.quote(SlackNames.HELPFUL) + "|"
                + Pattern.quote(SlackNames.UNHELPFUL) + ")$"), this::feedback);
    }

    /** Opening the Home tab shows the introduction and menu. */
    Response homeOpened(EventsApiPayload<AppHomeOpenedEvent> payload, EventContext ctx) {
        AppHomeOpenedEvent e = payload.getEvent();
        if (e != null && "home".equals(e.getTab()) && !MessageListeners.blank(e.getUser())) {
            flow.showHome(Place.home(MessageListeners.team(ctx, payload.getTeamId()), e.getUser()));
        }
        return ctx.ack();
    }

    /** Share in channel: the private answer, posted for everyone through the click's response URL. */
    Response share(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload p = request.getPayload();
        Optional<Place> place = ClickPlace.of(p, MessageListeners.team(ctx, null));
        String value = value(p);
        if (place.isPresent() && !value.isEmpty() && !MessageListeners.blank(p.getResponseUrl())) {
            flow.share(ShareReference.parse(value), place.get().withResponseUrl(p.getResponseUrl()));
        }
        return ctx.ack();
    }

    /**
     * More: the rest of the kept answer, where the button is. Under a private answer only the clicker sees it; under
     * a public one (a thread, a DM, a shared answer) it follows in that message's thread, for whoever clicked.
     */
    Response more(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload p = request.getPayload();
        Optional<Place> place = ClickPlace.of(p, MessageListeners.team(ctx, null));
        String value = value(p);
        if (place.isPresent() && !value.isEmpty()) {
            flow.more(value, place.get());
        }
        return ctx.ack();
    }

    /** "Helpful?" yes or no: recorded with who clicked, and thanked; the answer is not asked again. */
    Response feedback(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload p = request.getPayload();
        Optional<Place> place = ClickPlace.of(p, MessageListeners.team(ctx, null));
        String value = value(p);
        if (place.isPresent() && !value.isEmpty()) {
            boolean helpful = SlackNames.HELPFUL.equals(p.getActions().get(0).getActionId());
            List<LayoutBlock> view = p.getView() == null ? null : p.getView().getBlocks();
            flow.feedback(place.get(), Verdict.parse(helpful, value), view);
        }
        return ctx.ack();
    }

    /** A follow-up, role or example button: its question, asked where the button is. */
    private Response ask(BlockActionRequest request, ActionContext ctx, UnaryOperator<String> question) {
        BlockActionPayload p = request.getPayload();
        Optional<Place> place = ClickPlace.of(p, MessageListeners.team(ctx, null));
        String value = value(p);
        if (place.isPresent() && !value.isEmpty()) {
            String asked = question.apply(value);
            Place where = place.get();
            boolean privately = where.kind() == Place.Kind.PRIVATE || where.kind() == Place.Kind.HOME;
            String who = privately ? "You" : Mrkdwn.mention(where.userId());
            flow.ask(asked, where, who + " asked " + AnswerFlow.quote(asked));
        }
        return ctx.ack();
    }

    private static String value(BlockActionPayload p) {
        if (p == null || p.getActions() == null || p.getActions().isEmpty()) {
            return "";
        }
        String value = p.getActions().get(0).getValue();
        return value == null ? "" : value.strip();
    }
}
