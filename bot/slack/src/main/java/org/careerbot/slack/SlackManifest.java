package org.careerbot.slack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.net.URI;
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
    /** Installed in many workspaces, it also hears when it is removed from one. */
    static final List<String> DISTRIBUTED_EVENTS = List.of(SlackNames.APP_HOME_OPENED, SlackNames.APP_MENTION,
            SlackNames.APP_UNINSTALLED, SlackNames.MESSAGE_IM, SlackNames.TOKENS_REVOKED);

    private SlackManifest() {
    }

    /**
     * The manifest as JSON.
     *
     * @param requestUrl the public HTTPS URL of {@value SlackSettings#EVENTS_PATH} for HTTP mode, or null for
     *                   Socket Mode
     */
    public static String json(String requestUrl) {
        return json(requestUrl, false);
    }

    /**
     * The manifest as JSON, for an app installed into one workspace or, {@code distributed}, into many through
     * Slack's install flow: then it names the redirect URL, on the same host as {@code requestUrl}, and subscribes to
     * the events that say the app was removed.
     *
     * @throws IllegalArgumentException if a distributed app has no request URL (it needs HTTP mode)
     */
    public static String json(String requestUrl, boolean distributed) {
        if (distributed && requestUrl == null) {
            throw new IllegalArgumentException("an app installed into many workspaces runs in HTTP mode: give"
                    + " --request-url too");
        }
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(
                    manifest(requestUrl, distributed));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> manifest(String requestUrl) {
        return manifest(requestUrl, false);
    }

    static Map<String, Object> manifest(String requestUrl, boolean distributed) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("display_information", ordered("name", SlackNames.APP_NAME,
                "description", "Answers AI career questions from cited sources.",
                "background_color", "#1d3557"));
        m.put("features", features(requestUrl));
        Map<String, Object> oauth = new LinkedHashMap<>();
        if (distributed) {
            oauth.put("redirect_urls", List.of(redirectUrl(requestUrl)));
        }
        oauth.put("scopes", ordered("bot", SlackNames.scopes(BOT_EVENTS)));
        m.put("oauth_config", oauth);
        m.put("settings", settings(requestUrl, distributed ? DISTRIBUTED_EVENTS : BOT_EVENTS));
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

    /** {@value SlackSettings#OAUTH_REDIRECT_PATH} on the host of the request URL. */
    static String redirectUrl(String requestUrl) {
        URI uri = URI.create(requestUrl);
        return uri.getScheme() + "://" + uri.getRawAuthority() + SlackSettings.OAUTH_REDIRECT_PATH;
    }

    private static Map<String, Object> settings(String requestUrl, List<String> botEvents) {
        Map<String, Object> events = new LinkedHashMap<>();
        Map<String, Object> interactivity = new LinkedHashMap<>();
        interactivity.put("is_enabled", true);
        if (requestUrl != null) {
            events.put("request_url", requestUrl);
            interactivity.put("request_url", requestUrl);
        }
        events.put("bot_events", botEvents);
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
