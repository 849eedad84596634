package org.careerbot.slack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careerbot.testing.LoopbackSlack;

/** Slack payloads as Slack sends them, trimmed to the fields the app reads (plus a few it must ignore). */
public final class Payloads {
    public static final String TEAM = LoopbackSlack.TEAM;
    private static final ObjectMapper JSON = new ObjectMapper();

    private Payloads() {
    }

    /** The form fields of {@code /career text}. */
    public static Map<String, String> command(String text, String channel, String user, String responseUrl) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("token", "legacy-verification-token");
        f.put("team_id", TEAM);
        f.put("team_domain", "fake");
        f.put("channel_id", channel);
        f.put("channel_name", "general");
        f.put("user_id", user);
        f.put("user_name", "someone");
        f.put("command", SlackNames.COMMAND);
        f.put("text", text);
        f.put("api_app_id", "A1");
        f.put("response_url", responseUrl);
        f.put("trigger_id", "1.2.3");
        return f;
    }

    /** An Events API envelope around one event. */
    public static String event(String eventId, Map<String, Object> event) {
        return event(eventId, event, TEAM);
    }

    /** An Events API envelope around one event in workspace {@code team}. */
    public static String event(String eventId, Map<String, Object> event, String team) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("token", "legacy-verification-token");
        e.put("team_id", team);
        e.put("api_app_id", "A1");
        e.put("event", event);
        e.put("type", "event_callback");
        e.put("event_id", eventId);
        e.put("event_time", 1_700_000_000);
        e.put("authorizations", List.of(Map.of("team_id", team, "user_id", LoopbackSlack.BOT_USER, "is_bot", true)));
        return json(e);
    }

    /** An app_mention; {@code threadTs} null for a top-level message. */
    public static Map<String, Object> mention(String channel, String user, String text, String ts, String threadTs) {
        Map<String, Object> m = message(channel, user, text, ts, threadTs);
        m.put("type", "app_mention");
        return m;
    }

    /** A message in a DM. */
    public static Map<String, Object> directMessage(String channel, String user, String text, String ts) {
        Map<String, Object> m = message(channel, user, text, ts, null);
        m.put("channel_type", "im");
        return m;
    }

    public static Map<String, Object> message(String channel, String user, String text, String ts, String threadTs) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "message");
        if (user != null) {
            m.put("user", user);
        }
        m.put("text", text);
        m.put("ts", ts);
        m.put("channel", channel);
        m.put("event_ts", ts);
        if (threadTs != null) {
            m.put("thread_ts", threadTs);
        }
        return m;
    }

    public static Map<String, Object> homeOpened(String user) {
        return new LinkedHashMap<>(Map.of("type", "app_home_opened", "user", user, "channel", "D0HOME",
                "tab", "home", "event_ts", "1700000000.1"));
    }

    /** A click on a button in a message (ephemeral or not; in a thread when {@code threadTs} is set). */
    public static String click(String actionId, String value, String channel, String user, String messageTs,
                        String threadTs, boolean ephemeral, String responseUrl) {
        Map<String, Object> container = new LinkedHashMap<>();
        container.put("type", "message");
        container.put("message_ts", messageTs);
        container.put("channel_id", channel);
        container.put("is_ephemeral", ephemeral);
        Map<String, Object> p = interaction("block_actions", user, responseUrl);
        p.put("container", container);
        p.put("channel", Map.of("id", channel, "name", "general"));
        if (!ephemeral) {
            Map<String, Object> message = new LinkedHashMap<>(Map.of("type", "message", "ts", messageTs,
                    "user", LoopbackSlack.BOT_USER, "text", "an answer"));
            if (threadTs != null) {
                message.put("thread_ts", threadTs);
            }
            p.put("message", message);
        }
        p.put("actions", List.of(action(actionId, value)));
        return json(p);
    }

    /** A click on a button in the App Home tab. */
    public static String homeClick(String actionId, String value, String user) {
        Map<String, Object> p = interaction("block_actions", user, null);
        p.put("container", Map.of("type", "view", "view_id", "V1"));
        p.put("view", Map.of("id", "V1", "type", "home", "team_id", TEAM));
        p.put("actions", List.of(action(actionId, value)));
        return json(p);
    }

    /** A click on a button in the App Home tab, whose view holds these blocks (as Slack sends them back). */
    public static String homeClick(String actionId, String value, String user, Object blocks) {
        Map<String, Object> p = interaction("block_actions", user, null);
        p.put("container", Map.of("type", "view", "view_id", "V1"));
        p.put("view", Map.of("id", "V1", "type", "home", "team_id", TEAM, "blocks", blocks));
        p.put("actions", List.of(action(actionId, value)));
        return json(p);
    }

    /** The message shortcut on a message by {@code author}. */
    public static String shortcut(String channel, String mentor, String author, String text, String ts,
                           String responseUrl) {
        Map<String, Object> p = interaction("message_action", mentor, responseUrl);
        p.put("callback_id", SlackNames.SHORTCUT);
        p.put("trigger_id", "1.2.3");
        p.put("message_ts", ts);
        p.put("channel", Map.of("id", channel, "name", "general"));
        p.put("message", Map.of("type", "message", "user", author, "text", text, "ts", ts));
        return json(p);
    }

    private static Map<String, Object> interaction(String type, String user, String responseUrl) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", type);
        p.put("token", "legacy-verification-token");
        p.put("team", Map.of("id", TEAM, "domain", "fake"));
        p.put("user", Map.of("id", user, "username", "someone", "team_id", TEAM));
        p.put("api_app_id", "A1");
        if (responseUrl != null) {
            p.put("response_url", responseUrl);
        }
        return p;
    }

    private static Map<String, Object> action(String actionId, String value) {
        return Map.of("type", "button", "action_id", actionId, "block_id", "career_actions", "value", value,
                "text", Map.of("type", "plain_text", "text", "label"), "action_ts", "1700000000.5");
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A Socket Mode envelope carrying {@code /career text}. */
    public static String commandEnvelope(String envelopeId, String text, String responseUrl) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("envelope_id", envelopeId);
        envelope.put("type", "slash_commands");
        envelope.put("accepts_response_payload", true);
        envelope.put("payload", new LinkedHashMap<>(command(text, "C40", "U1", responseUrl)));
        return json(envelope);
    }
}
