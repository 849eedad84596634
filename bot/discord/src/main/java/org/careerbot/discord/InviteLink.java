package org.careerbot.discord;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import net.dv8tion.jda.api.Permission;

/**
 * The OAuth2 link a server admin opens to add the bot: scopes {@code bot applications.commands}, and only the
 * permissions the bot uses. Interaction replies need no permission at all; the mentor's "Answer with Career Bot"
 * posts a real reply to a message, which needs to see the channel, send there (threads included), embed the
 * answer and read the history it replies to.
 */
public final class InviteLink {
    /** The permissions asked for. */
    public static final Set<Permission> PERMISSIONS = Collections.unmodifiableSet(EnumSet.of(
            Permission.VIEW_CHANNEL, Permission.MESSAGE_SEND, Permission.MESSAGE_SEND_IN_THREADS,
            Permission.MESSAGE_EMBED_LINKS, Permission.MESSAGE_HISTORY));

    private InviteLink() {
    }

    /** The invite URL for an application (client) id. */
    public static String url(String clientId) {
        String id = clientId == null ? "" : clientId.strip();
        if (!id.matches("\\d{1,20}")) {
            throw new IllegalArgumentException("the client id is the application id (digits) from the Developer "
                    + "Portal, got '" + id + "'");
        }
        return "https://discord.com/oauth2/authorize?client_id=" + id + "&permissions=" + Permission.getRaw(PERMISSIONS)
                + "&integration_type=0&scope=bot+applications.commands";
    }
}
