package org.careerbot.slack;

import org.careerbot.core.FixedCatalog;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.careerbot.core.Feedback;
import org.careerbot.picture.Illustrations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The manifest asks Slack for exactly what the code handles: its command, shortcut, events and scopes. */
class SlackManifestTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private SlackBot bot;

    @BeforeEach
    void build() {
        SlackSettings settings = new SlackSettings("xoxb-x", null, "secret", "http://127.0.0.1:9/api", 0);
        bot = new SlackBot(settings, new ScriptedAnswerer(), FixedCatalog.ofSize(1), Feedback.NONE,
                Illustrations.NONE, SlackBot.workers(1, 1), d -> { },
                SlackBot.STOP_BOUND);
    }

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    void isValidJsonForASocketModeAppWithHomeMessagesAndInteractivity() throws Exception {
        JsonNode m = JSON.readTree(SlackManifest.json(null));
        assertEquals("Career Bot", m.path("display_information").path("name").asText());
        assertEquals("Career Bot", m.path("features").path("bot_user").path("display_name").asText());
        assertTrue(m.path("features").path("app_home").path("home_tab_enabled").asBoolean());
        assertTrue(m.path("features").path("app_home").path("messages_tab_enabled").asBoolean());
        assertTrue(m.path("settings").path("interactivity").path("is_enabled").asBoolean());
        assertTrue(m.path("settings").path("socket_mode_enabled").asBoolean());
        assertFalse(m.toString().contains("request_url"));
        JsonNode command = m.path("features").path("slash_commands").get(0);
        assertFalse(command.path("usage_hint").asText().isBlank());
        assertEquals("message", m.path("features").path("shortcuts").get(0).path("type").asText());
    }

    @Test
    void commandShortcutAndEventsAreExactlyThoseTheCodeRegisters() throws Exception {
        JsonNode m = JSON.readTree(SlackManifest.json(null));
        Routes routes = bot.routes();
        assertEquals(routes.commands(), texts(m.path("features").path("slash_commands"), "command"));
        assertEquals(routes.shortcuts(), texts(m.path("features").path("shortcuts"), "callback_id"));
        assertEquals(routes.events(), texts(m.path("settings").path("event_subscriptions").path("bot_events"), null));
    }

    @Test
    void scopesAreExactlyWhatTheEventsRepliesAndPicturesNeedAndNothingMore() throws Exception {
        JsonNode m = JSON.readTree(SlackManifest.json(null));
        Set<String> scopes = texts(m.path("oauth_config").path("scopes").path("bot"), null);
        assertEquals(new TreeSet<>(SlackNames.scopes(new ArrayList<>(bot.routes().events()))), scopes);
        assertEquals(Set.of("app_mentions:read", "chat:write", "commands", "files:write", "im:history"), scopes);
    }

    @Test
    void anHttpModeManifestPointsEverythingAtTheOneEndpoint() throws Exception {
        String url = "https://bot.example.org/slack/events";
        JsonNode m = JSON.readTree(SlackManifest.json(url));
        assertFalse(m.path("settings").path("socket_mode_enabled").asBoolean());
        assertEquals(url, m.path("settings").path("event_subscriptions").path("request_url").asText());
        assertEquals(url, m.path("settings").path("interactivity").path("request_url").asText());
        assertEquals(url, m.path("features").path("slash_commands").get(0).path("url").asText());
    }

    private static Set<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(field == null ? n.asText() : n.path(field).asText()));
        return new TreeSet<>(out);
    }
}
