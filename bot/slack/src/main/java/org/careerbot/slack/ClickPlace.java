package org.careerbot.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload.Container;
import java.util.Optional;

/** Where a clicked button lives, read from the click: Home, a private answer, a DM, or a channel thread. */
final class ClickPlace {
    private ClickPlace() {
    }

    /** The place to answer a click in, or empty if the click does not say where it came from. */
    static Optional<Place> of(BlockActionPayload p, String contextTeam) {
        if (p == null || p.getUser() == null || MessageListeners.blank(p.getUser().getId())) {
            return Optional.empty();
        }
        String user = p.getUser().getId();
        String team = !MessageListeners.blank(contextTeam) ? contextTeam
                : p.getTeam() == null ? null : p.getTeam().getId();
        Container container = p.getContainer();
        if (p.getView() != null || container != null && "view".equals(container.getType())) {
            return Optional.of(Place.home(team, user));
        }
        String channel = p.getChannel() != null ? p.getChannel().getId()
                : container == null ? null : container.getChannelId();
        if (MessageListeners.blank(channel)) {
            return Optional.empty();
        }
        if (container != null && container.isEphemeral()) {
            return MessageListeners.blank(p.getResponseUrl()) ? Optional.empty()
                    : Optional.of(Place.privately(team, channel, user, p.getResponseUrl()));
        }
        String threadTs = p.getMessage() != null && !MessageListeners.blank(p.getMessage().getThreadTs())
                ? p.getMessage().getThreadTs() : container == null ? null : container.getThreadTs();
        if (channel.startsWith("D")) {
            return Optional.of(Place.direct(team, channel, threadTs, user).withResponseUrl(p.getResponseUrl()));
        }
        String messageTs = p.getMessage() != null && !MessageListeners.blank(p.getMessage().getTs())
                ? p.getMessage().getTs() : container == null ? null : container.getMessageTs();
        String root = MessageListeners.blank(threadTs) ? messageTs : threadTs;
        return MessageListeners.blank(root) ? Optional.empty()
                : Optional.of(Place.thread(team, channel, root, user).withResponseUrl(p.getResponseUrl()));
    }
}
