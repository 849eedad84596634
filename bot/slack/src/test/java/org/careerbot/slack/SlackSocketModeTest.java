package org.careerbot.slack;

import org.careerbot.core.TestBot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.careerbot.core.CareerBot;
import org.careerbot.testing.LoopbackSlack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Socket Mode against a local WebSocket server: hello, envelopes in, acknowledgements out, answers posted. */
class SlackSocketModeTest {
    private static FakeSocketModeServer socket;
    private static LoopbackSlack slack;
    private static TestApp app;

    @BeforeAll
    static void connect() throws Exception {
        socket = new FakeSocketModeServer().listening();
        slack = new LoopbackSlack();
        slack.socketUrl(socket.url());
        socket.sendOnConnect(commandEnvelope("env-cmd", "what does a data analyst do?", slack.responseUrl("sm-cmd")));
        CareerBot core = TestBot.fresh();
        app = TestApp.socketMode(slack, core, core.catalog());
    }

    @AfterAll
    static void disconnect() throws Exception {
        app.close();
        socket.stop(1000);
    }

    @Test
    void aSlashCommandEnvelopeIsAcknowledgedAndAnsweredThroughItsResponseUrl() throws Exception {
        String ack = socket.awaitMessage("env-cmd");
        assertEquals(Map.of("envelope_id", "env-cmd"), new ObjectMapper().readValue(ack, Map.class));
        LoopbackSlack.Call reply = slack.await("response", c -> c.path().endsWith("sm-cmd"));
        assertEquals("ephemeral", reply.param("response_type"));
        assertEquals("Data analyst", reply.blocks().get(0).path("text").path("text").asText());
        BlockKitLimits.assertWithin(reply.blocks(), SlackLimits.MESSAGE_BLOCKS);
        assertTrue(app.bot.connected(), "connected once Slack said hello");
    }

    @Test
    void theSocketIsOpenedWithTheAppTokenAndCallsUseTheBotToken() throws Exception {
        socket.awaitMessage("env-cmd");
        assertEquals("Bearer " + TestApp.APP_TOKEN, slack.await("apps.connections.open", c -> true).auth());
        assertEquals("Bearer " + TestApp.BOT_TOKEN, slack.await("auth.test", c -> true).auth());
    }

    @Test
    void aMentionEnvelopeIsAnsweredInItsThreadAndItsRetryIsOnlyAcknowledged() throws Exception {
        Map<String, Object> mention = Payloads.mention("C50", "U1", "<@UBOT> what does a data engineer do?",
                "1700000500.000100", null);
        String event = Payloads.event("Ev-sm-1", mention);
        socket.send(eventsEnvelope("env-ev-1", event, 0));
        socket.awaitMessage("env-ev-1");
        LoopbackSlack.Call post = slack.await("chat.postMessage", c -> "C50".equals(c.param("channel")));
        assertEquals("1700000500.000100", post.param("thread_ts"));

        socket.send(eventsEnvelope("env-ev-2", event, 1));
        socket.awaitMessage("env-ev-2");
        socket.send(eventsEnvelope("env-ev-3", Payloads.event("Ev-sm-2", Payloads.mention("C50", "U1",
                "<@UBOT> and their skills?", "1700000500.000900", "1700000500.000100")), 0));
        socket.awaitMessage("env-ev-3");
        slack.awaitAll("chat.postMessage", c -> "C50".equals(c.param("channel")), 2);
        assertEquals(2, slack.calls("chat.postMessage").stream().filter(c -> "C50".equals(c.param("channel")))
                .count(), "the retry was not answered again");
    }

    private static String commandEnvelope(String id, String text, String responseUrl) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("envelope_id", id);
        envelope.put("type", "slash_commands");
        envelope.put("accepts_response_payload", true);
        envelope.put("payload", new LinkedHashMap<>(Payloads.command(text, "C40", "U1", responseUrl)));
        return Payloads.json(envelope);
    }

    private static String eventsEnvelope(String id, String eventJson, int retryAttempt) throws Exception {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("envelope_id", id);
        envelope.put("type", "events_api");
        envelope.put("accepts_response_payload", false);
        envelope.put("retry_attempt", retryAttempt);
        envelope.put("retry_reason", retryAttempt == 0 ? "" : "timeout");
        envelope.put("payload", new ObjectMapper().readValue(eventJson, Map.class));
        return Payloads.json(envelope);
    }
}
