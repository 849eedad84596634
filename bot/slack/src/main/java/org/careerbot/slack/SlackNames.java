package org.careerbot.slack;

import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.AppUninstalledEvent;
import com.slack.api.model.event.TokensRevokedEvent;
import com.slack.api.model.event.MessageEvent;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The names Slack knows the app by. The handlers register under them and the manifest is written from them, so
 * the two cannot drift apart.
 */
final class SlackNames {
    static final String APP_NAME = "Career Bot";
    static final String COMMAND = "/career";
    static final String COMMAND_HINT = "what does a data analyst do?  |  matrix  |  help";
    static final String SHORTCUT = "answer_with_career_bot";
    static final String SHORTCUT_NAME = "Answer with Career Bot";

    static final String APP_MENTION = AppMentionEvent.TYPE_NAME;
    static final String APP_HOME_OPENED = AppHomeOpenedEvent.TYPE_NAME;
    /** Direct messages: the {@code message} event in an {@code im} channel. */
    static final String MESSAGE_IM = MessageEvent.TYPE_NAME + ".im";
    /** Installed in many workspaces: the app was removed from one, or its tokens there were revoked. */
    static final String APP_UNINSTALLED = AppUninstalledEvent.TYPE_NAME;
    static final String TOKENS_REVOKED = TokensRevokedEvent.TYPE_NAME;

    static final String SHARE = "career_share";
    static final String MORE = "career_more";
    static final String FOLLOW_UP = "career_follow_up_";
    static final String ROLE = "career_role_";
    static final String EXAMPLE = "career_example_";
    static final String HELPFUL = "career_helpful";
    static final String UNHELPFUL = "career_unhelpful";
    static final Pattern FOLLOW_UPS = numbered(FOLLOW_UP);
    static final Pattern ROLES = numbered(ROLE);
    static final Pattern EXAMPLES = numbered(EXAMPLE);

    /**
     * The bot scope each event needs; posting needs chat:write, sharing pictures files:write, commands and shortcuts
     * need commands.
     */
    static final Map<String, String> EVENT_SCOPES = Map.of(APP_MENTION, "app_mentions:read",
            MESSAGE_IM, "im:history", APP_HOME_OPENED, "", APP_UNINSTALLED, "", TOKENS_REVOKED, "");
    static final String POSTING_SCOPE = "chat:write";
    static final String COMMANDS_SCOPE = "commands";
    static final String FILES_SCOPE = "files:write";

    private SlackNames() {
    }

    /** The scopes for these events, sorted: exactly what the app uses, nothing more. */
    static List<String> scopes(List<String> events) {
        SortedSet<String> scopes = new TreeSet<>(List.of(POSTING_SCOPE, COMMANDS_SCOPE, FILES_SCOPE));
        events.stream().map(EVENT_SCOPES::get).filter(s -> s != null && !s.isEmpty()).forEach(scopes::add);
        return List.copyOf(scopes);
    }

    private static Pattern numbered(String prefix) {
        return Pattern.compile("^" + Pattern.quote(prefix) + "\\d{1,3}$");
    }
}
