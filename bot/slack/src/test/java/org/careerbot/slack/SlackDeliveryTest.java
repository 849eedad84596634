package org.careerbot.slack;

import org.careerbot.core.FixedCatalog;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.careerbot.testing.LoopbackSlack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.careerbot.testing.LoggedEvents;
import org.junit.jupiter.api.Test;

/** Getting answers to people whatever Slack says back: huge answers, rate limits, refusals, core failures. */
class SlackDeliveryTest {
    private final ScriptedAnswerer core = new ScriptedAnswerer();
    private TestApp app;
    private LoopbackSlack slack;

    @BeforeEach
    void start() throws Exception {
        app = TestApp.http(core, FixedCatalog.ofSize(40));
        slack = app.slack;
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void aHugeAnswerStaysWithinEveryLimitWhereverItIsPosted() {
        core.answerWith(q -> HugeAnswers.huge());
        app.client.command(Payloads.command("huge", "C1", "U1", slack.responseUrl("huge-private")));
        app.client.event(Payloads.event("Ev-huge", Payloads.mention("C1", "U1", "<@UBOT> huge", "5.1", null)),
                Map.of());
        app.client.interaction(Payloads.homeClick(SlackNames.ROLE + "39", "Role number 39", "U1"));

        LoopbackSlack.Call privately = slack.await("response", c -> c.path().endsWith("huge-private"));
        BlockKitLimits.assertWithin(privately.blocks(), SlackLimits.MESSAGE_BLOCKS);
        assertTrue(privately.param("text").length() <= SlackLimits.FALLBACK_TEXT);
        LoopbackSlack.Call thread = slack.await("chat.postMessage", c -> "C1".equals(c.param("channel")));
        BlockKitLimits.assertWithin(thread.blocks(), SlackLimits.MESSAGE_BLOCKS);
        assertTrue(thread.param("text").length() <= SlackLimits.FALLBACK_TEXT);
        assertFalse(thread.param("text").contains("<!channel>"), "the fallback text is escaped too");
        LoopbackSlack.Call home = slack.await("views.publish", c -> true);
        BlockKitLimits.assertWithin(home.blocks(), SlackLimits.HOME_BLOCKS);
        assertEquals("What is a Role number 39?", core.asked().get(2));

        JsonNode buttons = privately.blocks().get(privately.blocks().size() - 2);
        assertEquals(AnswerButtons.BLOCK_ID, buttons.path("block_id").asText(), "share and follow-ups, then Helpful?");
        String share = SlackHttpModeTest.button(privately.blocks(), SlackNames.SHARE).path("value").asText();
        app.client.interaction(Payloads.click(SlackNames.SHARE, share, "C1", "U1", "5.2", null, true,
                slack.responseUrl("huge-share")));
        BlockKitLimits.assertWithin(slack.await("response", c -> c.path().endsWith("huge-share")).blocks(),
                SlackLimits.MESSAGE_BLOCKS);
    }

    @Test
    void aRateLimitedPostIsRetriedAfterTheWaitSlackAsksFor() {
        slack.script("chat.postMessage", 429, "7", "{\"ok\":false,\"error\":\"ratelimited\"}");
        app.client.event(Payloads.event("Ev-rl", Payloads.mention("C2", "U1", "<@UBOT> busy?", "6.1", null)),
                Map.of());
        slack.awaitAll("chat.postMessage", c -> "C2".equals(c.param("channel")), 2);
        assertEquals(List.of(Duration.ofSeconds(7)), app.pauses);
        assertEquals(2, slack.calls("chat.postMessage").size(), "one retry, then done");
    }

    @Test
    void retriesAreBoundedAndTheAskerIsToldWhenSlackKeepsFailing() {
        for (int i = 0; i < SlackCalls.ATTEMPTS; i++) {
            slack.script("chat.postMessage", 503, null, "{\"ok\":false,\"error\":\"service_unavailable\"}");
        }
        app.client.event(Payloads.event("Ev-5xx", Payloads.mention("C3", "U1", "<@UBOT> hello?", "7.1", null)),
                Map.of());
        LoopbackSlack.Call note = slack.await("chat.postEphemeral", c -> "C3".equals(c.param("channel")));
        assertEquals("U1", note.param("user"));
        assertEquals("7.1", note.param("thread_ts"));
        assertTrue(note.param("text").contains("could not post my answer"), note.param("text"));
        assertEquals(SlackCalls.ATTEMPTS, slack.calls("chat.postMessage").size());
        assertEquals(SlackCalls.ATTEMPTS - 1, app.pauses.size());
    }

    @Test
    void whenTheBotIsNotInTheChannelTheAskerGetsTheAnswerPrivatelyWithHowToInviteIt() {
        slack.script("chat.postMessage", 200, null, "{\"ok\":false,\"error\":\"not_in_channel\"}");
        app.client.interaction(Payloads.shortcut("C4", "U1", "U2", "what is a data engineer?", "8.1",
                slack.responseUrl("sc-private")));
        LoopbackSlack.Call reply = slack.await("response", c -> c.path().endsWith("sc-private"));
        assertEquals("ephemeral", reply.param("response_type"));
        assertTrue(reply.param("text").contains("/invite @Career Bot"), reply.param("text"));
        assertTrue(reply.param("text").contains("A short answer to what is a data engineer?"), "the answer itself");
    }

    @Test
    void whenAResponseUrlHasExpiredThePrivateAnswerGoesAsAnEphemeralMessage() {
        slack.script("response", 404, null, "expired_url");
        app.client.command(Payloads.command("late", "C8", "U1", slack.responseUrl("expired")));
        LoopbackSlack.Call note = slack.await("chat.postEphemeral", c -> "C8".equals(c.param("channel")));
        assertEquals("U1", note.param("user"));
        assertTrue(note.param("text").startsWith("A short answer to late"), "the lead first");
        BlockKitLimits.assertWithin(note.blocks(), SlackLimits.MESSAGE_BLOCKS);
    }

    @Test
    void blocksSlackRefusesAreSentAgainAsPlainText() {
        slack.script("chat.postMessage", 200, null, "{\"ok\":false,\"error\":\"invalid_blocks\"}");
        app.client.event(Payloads.event("Ev-ib", Payloads.directMessage("D5", "U1", "hi", "9.1")), Map.of());
        List<LoopbackSlack.Call> posts = slack.awaitAll("chat.postMessage", c -> "D5".equals(c.param("channel")), 2);
        assertTrue(posts.get(0).form().containsKey("blocks"));
        assertFalse(posts.get(1).form().containsKey("blocks"));
        assertTrue(posts.get(1).param("text").startsWith("A short answer to hi"), "the lead first");
    }

    @Test
    void aFailingCoreStillGetsTheAskerAnApology() {
        core.answerWith(q -> {
            throw new IllegalStateException("boom");
        });
        LoopbackSlack.Call reply;
        try (LoggedEvents logs = LoggedEvents.capture()) {
            app.client.command(Payloads.command("anything", "C6", "U1", slack.responseUrl("apology")));
            reply = slack.await("response", c -> c.path().endsWith("apology"));
            assertTrue(logs.loggedErrorCausedBy("boom"), logs.errors().toString());
        }
        assertEquals("Sorry, something went wrong", reply.blocks().get(0).path("text").path("text").asText());
    }

    @Test
    void aShortcutOnAMessageWithoutTextSaysSoPrivately() {
        app.client.interaction(Payloads.shortcut("C7", "U1", "U2", "", "10.1", slack.responseUrl("sc-empty")));
        LoopbackSlack.Call reply = slack.await("response", c -> c.path().endsWith("sc-empty"));
        assertTrue(reply.param("text").contains("no text"), reply.param("text"));
        assertTrue(core.asked().isEmpty());
    }
}
