package org.careerbot.slack;

import org.careerbot.core.FixedCatalog;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.careerbot.testing.LoopbackSlack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What must not be answered: forged, stale, replayed, malformed or oversized requests. Each is refused or
 * ignored, and the server goes on answering good requests. With one worker, once a good request's answer is
 * seen, anything queued before it would have been answered too, so "nothing else was answered" is safe to say.
 */
class SlackHttpSecurityTest {
    private final ScriptedAnswerer core = new ScriptedAnswerer();
    private TestApp app;

    @BeforeEach
    void start() throws Exception {
        app = TestApp.http(core, FixedCatalog.ofSize(2));
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void aForgedSignatureIsRefusedWith401AndNothingIsAnswered() {
        String body = SignedClient.form(Payloads.command("forged", "C1", "U1", app.slack.responseUrl("x")));
        String now = Long.toString(System.currentTimeMillis() / 1000);
        HttpResponse<String> forged = app.client.send("/slack/events", body, "application/x-www-form-urlencoded",
                now, "v0=" + "0".repeat(64), Map.of());
        assertEquals(401, forged.statusCode());
        HttpResponse<String> unsigned = app.client.send("/slack/events", body, "application/x-www-form-urlencoded",
                null, null, Map.of());
        assertEquals(401, unsigned.statusCode());
        String signedForOtherBody = app.client.sign(now, body + "x");
        assertEquals(401, app.client.send("/slack/events", body, "application/x-www-form-urlencoded", now,
                signedForOtherBody, Map.of()).statusCode());
        assertOnlyTheNextGoodRequestIsAnswered();
    }

    @Test
    void aStaleOrFutureTimestampIsRefusedEvenWhenSignedRight() {
        String body = SignedClient.form(Payloads.command("replayed", "C1", "U1", app.slack.responseUrl("x")));
        for (long skew : new long[] {-301, 301}) {
            String ts = Long.toString(System.currentTimeMillis() / 1000 + skew);
            HttpResponse<String> response = app.client.send("/slack/events", body,
                    "application/x-www-form-urlencoded", ts, app.client.sign(ts, body), Map.of());
            assertEquals(401, response.statusCode(), "skew " + skew);
        }
        assertOnlyTheNextGoodRequestIsAnswered();
    }

    @Test
    void slackRetriesOfAnEventNeverProduceASecondAnswer() {
        String event = Payloads.event("Ev-retry", Payloads.mention("C5", "U1", "<@UBOT> first", "1.1", null));
        assertEquals(200, app.client.event(event, Map.of()).statusCode());
        app.slack.await("chat.postMessage", c -> "C5".equals(c.param("channel")));
        assertEquals(200, app.client.event(event, Map.of("X-Slack-Retry-Num", "1",
                "X-Slack-Retry-Reason", "http_timeout")).statusCode());
        assertEquals(200, app.client.event(event, Map.of()).statusCode(), "same event id again");
        app.client.event(Payloads.event("Ev-next", Payloads.mention("C5", "U1", "<@UBOT> second", "1.3", null)),
                Map.of());
        app.slack.awaitAll("chat.postMessage", c -> "C5".equals(c.param("channel")), 2);
        assertEquals(List.of("first", "second"), core.asked());
        assertEquals(2, app.slack.calls("chat.postMessage").size());
    }

    @Test
    void aRetryWhoseFirstDeliveryNeverArrivedIsAnsweredOnce() {
        String lost = Payloads.event("Ev-lost", Payloads.mention("C6", "U1", "<@UBOT> retried", "1.2", null));
        assertEquals(200, app.client.event(lost, Map.of("X-Slack-Retry-Num", "1",
                "X-Slack-Retry-Reason", "http_error")).statusCode());
        assertEquals(200, app.client.event(lost, Map.of("X-Slack-Retry-Num", "2",
                "X-Slack-Retry-Reason", "http_timeout")).statusCode());
        app.client.event(Payloads.event("Ev-after", Payloads.mention("C6", "U1", "<@UBOT> after", "1.3", null)),
                Map.of());
        app.slack.awaitAll("chat.postMessage", c -> "C6".equals(c.param("channel")), 2);
        assertEquals(List.of("retried", "after"), core.asked());
        assertEquals(2, app.slack.calls("chat.postMessage").size());
    }

    @Test
    void anotherBotsMessagesAndTheirRetriesCostNoBotsInfoCall() {
        for (int i = 0; i < 3; i++) {
            app.slack.script("bots.info", 200, null, "{\"ok\":false,\"error\":\"missing_scope\"}");
        }
        Map<String, Object> fromBot = Payloads.message("D1", null, "beep", "4.1", null);
        fromBot.put("subtype", "bot_message");
        fromBot.put("bot_id", "B9");
        fromBot.put("channel_type", "im");
        String event = Payloads.event("Ev-bot", fromBot);
        assertEquals(200, app.client.event(event, Map.of()).statusCode());
        for (String retry : List.of("1", "2")) {
            assertEquals(200, app.client.event(event, Map.of("X-Slack-Retry-Num", retry)).statusCode());
        }
        assertEquals(List.of(), app.slack.calls("bots.info"));
        assertOnlyTheNextGoodRequestIsAnswered();
    }

    @Test
    void botMessagesEditsAndTheBotsOwnMessagesAreIgnored() {
        Map<String, Object> fromBot = Payloads.directMessage("D1", "U2", "from a bot", "2.1");
        fromBot.put("bot_id", "B9");
        Map<String, Object> edit = Payloads.directMessage("D1", null, "edited", "2.2");
        edit.put("subtype", "message_changed");
        Map<String, Object> join = Payloads.directMessage("D1", "U2", "joined", "2.3");
        join.put("subtype", "channel_join");
        Map<String, Object> own = Payloads.directMessage("D1", LoopbackSlack.BOT_USER, "my own answer", "2.4");
        Map<String, Object> inChannel = Payloads.message("C1", "U2", "not a DM", "2.5", null);
        int n = 0;
        for (Map<String, Object> event : List.of(fromBot, edit, join, own, inChannel)) {
            assertEquals(200, app.client.event(Payloads.event("Ev-ignored-" + n++, event), Map.of()).statusCode());
        }
        assertOnlyTheNextGoodRequestIsAnswered();
    }

    @Test
    void malformedPayloadsAreRefusedWith400OrAnsweredWithAFriendlyNote() {
        assertEquals(400, app.client.post("{not json", "application/json", Map.of()).statusCode());
        assertEquals(400, app.client.post("{\"type\":\"event_callback\"}", "application/json", Map.of())
                .statusCode());
        assertEquals(400, app.client.post("{\"type\":\"event_callback\",\"event\":{}}", "application/json",
                Map.of()).statusCode());
        assertEquals(400, app.client.post("hello=world", "application/x-www-form-urlencoded", Map.of())
                .statusCode());
        assertEquals(400, app.client.interaction("[1,2]").statusCode());
        HttpResponse<String> noActions = app.client.interaction("{\"type\":\"block_actions\",\"user\":{\"id\":\"U1\"}}");
        assertTrue(noActions.statusCode() == 400 || noActions.statusCode() == 200, "" + noActions.statusCode());
        assertEquals(200, app.client.interaction(Payloads.click(SlackNames.FOLLOW_UP + "0", "", "C1", "U1", "3.1",
                null, false, null)).statusCode(), "a click without a value is ignored");
        Map<String, String> noUrl = Payloads.command("a question", "C1", "U1", "x");
        noUrl.remove("response_url");
        HttpResponse<String> command = app.client.command(noUrl);
        assertEquals(200, command.statusCode());
        assertTrue(command.body().contains("could not read that request"), command.body());
        assertOnlyTheNextGoodRequestIsAnswered();
    }

    @Test
    void aHugeBodyIsRefusedUnreadAndTheServerKeepsServing() {
        String huge = "payload=" + "x".repeat(JettyHttpTransport.MAX_BODY + 10);
        int status;
        try {
            status = app.client.post(huge, "application/x-www-form-urlencoded", Map.of()).statusCode();
        } catch (AssertionError connectionClosedWhileSending) {
            status = 413;
        }
        assertEquals(413, status, "refused (or cut off) without reading it all");
        assertOnlyTheNextGoodRequestIsAnswered();
    }

    @Test
    void otherPathsAndMethodsAreRefusedAndHealthAnswers() {
        assertEquals(404, app.client.send("/other", "{}", "application/json", null, null, Map.of()).statusCode());
        HttpRequest get = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.bot.port() + "/slack/events"))
                .GET().build();
        assertEquals(405, app.client.send(get).statusCode());
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.bot.port() + "/health"))
                .GET().build();
        assertEquals(200, app.client.send(health).statusCode());
    }

    @Test
    void theUrlVerificationChallengeIsEchoedForEventSubscriptionSetUp() {
        HttpResponse<String> response = app.client.post("{\"token\":\"t\",\"challenge\":\"ch4ll3nge\","
                + "\"type\":\"url_verification\"}", "application/json", Map.of());
        assertEquals(200, response.statusCode());
        assertEquals("ch4ll3nge", response.body());
    }

    private void assertOnlyTheNextGoodRequestIsAnswered() {
        app.client.command(Payloads.command("the good one", "C9", "U1", app.slack.responseUrl("good")));
        app.slack.await("response", c -> c.path().endsWith("good"));
        assertEquals(List.of("the good one"), core.asked());
        assertEquals(1, app.slack.replies().size(), "only the good request reached Slack: " + app.slack.replies());
    }
}
