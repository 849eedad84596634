package org.careerbot.slack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Slack app manifest: paste it at api.slack.com/apps to create the app with exactly the command, shortcut,
 * events and scopes the code handles (all from {@link SlackNames}).
 */
public final class SlackManifest {
    /** The events the app subscribes to, sorted. */
    static final List<String> BOT_EVENTS = List.of(SlackNames.APP_HOME_OPENED, SlackNames.APP_MENTION,
            SlackNames.MESSAGE_IM);

    private SlackManifest() {
    }

    /**
     * The manifest as JSON.
     *
     * @param requestUrl the public HTTPS URL of {@value SlackSettings#EVENTS_PATH} for HTTP mode, or null for
     *                   Socket Mode
     */
    public static String json(String requestUrl) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(
                    manifest(requestUrl));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> manifest(String requestUrl) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("display_information", ordered("name", SlackNames.APP_NAME,
                "description", "Answers AI career questions from cited sources.",
                "background_color", "#1d3557"));
        m.put("features", features(requestUrl));
        m.put("oauth_config", ordered("scopes", ordered("bot", SlackNames.scopes(BOT_EVENTS))));
        m.put("settings", settings(requestUrl));
        return m;
    }

    private static Map<String, Object> features(String requestUrl) {
        Map<String, Object> command = new LinkedHashMap<>();
        command.put("command", SlackNames.COMMAND);
        command.put("description", "Ask about AI careers: roles, tasks, skills, tools");
        command.put("usage_hint", SlackNames.COMMAND_HINT);
        command.put("should_escape", false);
        if (requestUrl != null) {
            command.put("url", requestUrl);
        }
        Map<String, Object> features = new LinkedHashMap<>();
        features.put("app_home", ordered("home_tab_enabled", true, "messages_tab_enabled", true,
                "messages_tab_read_only_enabled", false));
        features.put("bot_user", ordered("display_name", SlackNames.APP_NAME, "always_online", true));
        features.put("shortcuts", List.of(ordered("name", SlackNames.SHORTCUT_NAME, "type", "message",
                "callback_id", SlackNames.SHORTCUT,
                "description", "Post a cited answer to this message in its thread")));
        features.put("slash_commands", List.of(command));
        return features;
    }

    private static Map<String, Object> settings(String requestUrl) {
        Map<String, Object> events = new LinkedHashMap<>();
        Map<String, Object> interactivity = new LinkedHashMap<>();
        interactivity.put("is_enabled", true);
        if (requestUrl != null) {
            events.put("request_url", requestUrl);
            interactivity.put("request_url", requestUrl);
        }
        events.put("bot_events", BOT_EVENTS);
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("event_subscriptions", events);
        settings.put("interactivity", interactivity);
        settings.put("org_deploy_enabled", false);
        settings.put("socket_mode_enabled", requestUrl == null);
        settings.put("token_rotation_enabled", false);
        return settings;
    }

    /** A map in the order written, so the printed manifest reads the same every time. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
