package org.careerbot.slack;

import org.careerbot.exchange.Notes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.careerbot.core.FixedCatalog;
import org.careerbot.testing.LoopbackSlack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The More button end to end, through the local fake Web API: answers show brief, and More brings the rest where
 * the answer is (privately, in the thread, in Home), also on a shared answer and for anyone who clicks it.
 */
class SlackMoreTest {
    private final ScriptedAnswerer core = new ScriptedAnswerer();
    private TestApp app;
    private LoopbackSlack slack;

    @BeforeEach
    void start() throws Exception {
        core.answerWith(q -> q.text().contains("short") ? ScriptedAnswerer.small(q)
                : SlackBlockKitRendererTest.longAnswer());
        app = TestApp.http(core, FixedCatalog.ofSize(3));
        slack = app.slack;
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void moreOnAPrivateAnswerShowsTheRestOnlyToTheAsker() {
        app.client.command(Payloads.command("what does a data analyst do?", "C1", "U1", slack.responseUrl("ask")));
        JsonNode answer = slack.await("response", c -> c.path().endsWith("ask")).blocks();
        assertFalse(answer.toString().contains("Excel"), "brief");
        String id = SlackHttpModeTest.button(answer, SlackNames.MORE).path("value").asText();

        app.client.interaction(Payloads.click(SlackNames.MORE, id, "C1", "U1", "10.1", null, true,
                slack.responseUrl("more")));
        LoopbackSlack.Call more = slack.await("response", c -> c.path().endsWith("more"));
        assertEquals("ephemeral", more.param("response_type"));
        assertEquals("false", more.param("replace_original"), "the brief answer stays");
        assertEquals("More: Data analyst", more.blocks().get(0).path("text").path("text").asText());
        assertTrue(more.blocks().toString().contains("Excel"), "the rest");
        BlockKitLimits.assertWithin(more.blocks(), SlackLimits.MESSAGE_BLOCKS);
        assertEquals(1, core.asked().size(), "More asks nothing again");
        assertTrue(slack.calls("chat.postMessage").isEmpty(), "nothing public");
    }

    @Test
    void moreOnASharedAnswerBringsTheRestInItsThreadForWhoeverClicks() {
        app.client.command(Payloads.command("what does a data analyst do?", "C2", "U1", slack.responseUrl("src")));
        JsonNode answer = slack.await("response", c -> c.path().endsWith("src")).blocks();
        String share = SlackHttpModeTest.button(answer, SlackNames.SHARE).path("value").asText();
        app.client.interaction(Payloads.click(SlackNames.SHARE, share, "C2", "U1", "11.1", null, true,
                slack.responseUrl("share")));
        JsonNode shared = slack.await("response", c -> c.path().endsWith("share")).blocks();
        assertFalse(shared.toString().contains("Excel"), "the brief answer is shared");
        String id = SlackHttpModeTest.button(shared, SlackNames.MORE).path("value").asText();

        app.client.interaction(Payloads.click(SlackNames.MORE, id, "C2", "U7", "11.2", null, false,
                slack.responseUrl("more-shared")));
        LoopbackSlack.Call more = slack.await("chat.postMessage", c -> "C2".equals(c.param("channel")));
        assertEquals("11.2", more.param("thread_ts"), "under the shared answer");
        assertTrue(more.blocks().toString().contains("Excel"));
        assertTrue(more.blocks().get(1).toString().contains("<@U7> asked for more"), "says who asked");
        BlockKitLimits.assertWithin(more.blocks(), SlackLimits.MESSAGE_BLOCKS);
        assertEquals(1, core.asked().size());
    }

    @Test
    void whenTheBotIsNotInTheChannelOfASharedAnswerTheClickerGetsTheRestPrivately() {
        app.client.command(Payloads.command("what does a data analyst do?", "C7", "U1", slack.responseUrl("src7")));
        String share = SlackHttpModeTest.button(slack.await("response", c -> c.path().endsWith("src7")).blocks(),
                SlackNames.SHARE).path("value").asText();
        app.client.interaction(Payloads.click(SlackNames.SHARE, share, "C7", "U1", "15.1", null, true,
                slack.responseUrl("share7")));
        String id = SlackHttpModeTest.button(slack.await("response", c -> c.path().endsWith("share7")).blocks(),
                SlackNames.MORE).path("value").asText();
        slack.script("chat.postMessage", 200, null, "{\"ok\":false,\"error\":\"not_in_channel\"}");

        List<String> logs = Logs.capture(() -> {
            app.client.interaction(Payloads.click(SlackNames.MORE, id, "C7", "U8", "15.2", null, false,
                    slack.responseUrl("more7")));
            slack.await("response", c -> c.path().endsWith("more7"));
        });
        assertTrue(logs.contains("Slack chat.postMessage failed: not_in_channel"), logs.toString());
        LoopbackSlack.Call reply = slack.await("response", c -> c.path().endsWith("more7"));
        assertEquals("ephemeral", reply.param("response_type"));
        assertTrue(reply.param("text").contains("/invite @Career Bot"), reply.param("text"));
        assertTrue(reply.param("text").contains("Excel"), "the rest itself");
    }

    @Test
    void moreOnAMentionsAnswerFollowsInItsThread() {
        app.client.event(Payloads.event("Ev-1", Payloads.mention("C3", "U1", "<@UBOT> data analyst?", "12.1", null)),
                Map.of());
        LoopbackSlack.Call answer = slack.await("chat.postMessage", c -> "C3".equals(c.param("channel")));
        String id = SlackHttpModeTest.button(answer.blocks(), SlackNames.MORE).path("value").asText();

        app.client.interaction(Payloads.click(SlackNames.MORE, id, "C3", "U2", "12.2", "12.1", false,
                slack.responseUrl("more-thread")));
        LoopbackSlack.Call more = slack.awaitAll("chat.postMessage", c -> "C3".equals(c.param("channel")), 2).get(1);
        assertEquals("12.1", more.param("thread_ts"));
        assertEquals("More: Data analyst", more.blocks().get(0).path("text").path("text").asText());
    }

    @Test
    void moreInAppHomeShowsTheRestInHome() {
        app.client.interaction(Payloads.homeClick(SlackNames.ROLE + "0", "Data analyst", "U3"));
        JsonNode home = slack.await("views.publish", c -> "U3".equals(c.param("user_id"))).blocks();
        String id = SlackHttpModeTest.button(home, SlackNames.MORE).path("value").asText();

        app.client.interaction(Payloads.homeClick(SlackNames.MORE, id, "U3"));
        JsonNode more = slack.awaitAll("views.publish", c -> "U3".equals(c.param("user_id")), 2).get(1).blocks();
        BlockKitLimits.assertWithin(more, SlackLimits.HOME_BLOCKS);
        assertTrue(more.toString().contains("More: Data analyst") && more.toString().contains("Excel"));
        assertTrue(more.toString().contains(SlackNames.ROLE + "0"), "the menu stays");
    }

    @Test
    void anAnswerWithNothingMoreHasNoMoreButton() {
        app.client.command(Payloads.command("short one", "C4", "U1", slack.responseUrl("short")));
        JsonNode answer = slack.await("response", c -> c.path().endsWith("short")).blocks();
        assertTrue(answer.toString().contains(SlackNames.SHARE));
        assertFalse(answer.toString().contains(SlackNames.MORE));
    }

    @Test
    void moreOnAnAnswerNoLongerKeptSaysSoPrivately() {
        app.client.interaction(Payloads.click(SlackNames.MORE, "zz404", "C5", "U1", "13.1", null, true,
                slack.responseUrl("gone-private")));
        app.client.interaction(Payloads.click(SlackNames.MORE, "zz405", "C5", "U2", "13.2", "13.0", false,
                slack.responseUrl("gone-thread")));
        for (String url : new String[] {"gone-private", "gone-thread"}) {
            LoopbackSlack.Call note = slack.await("response", c -> c.path().endsWith(url));
            assertEquals("ephemeral", note.param("response_type"));
            assertEquals(Notes.MORE_GONE, note.param("text"));
        }
        assertTrue(slack.calls("chat.postMessage").isEmpty(), "nothing posted for everyone");
    }

    @Test
    void theRestOfAHugeAnswerKeepsEveryLimitPrivatelyAndInAThread() {
        core.answerWith(q -> HugeAnswers.huge());
        app.client.command(Payloads.command("huge", "C6", "U1", slack.responseUrl("huge")));
        String id = SlackHttpModeTest.button(slack.await("response", c -> c.path().endsWith("huge")).blocks(),
                SlackNames.MORE).path("value").asText();
        app.client.interaction(Payloads.click(SlackNames.MORE, id, "C6", "U1", "14.1", null, true,
                slack.responseUrl("huge-more")));
        app.client.interaction(Payloads.click(SlackNames.MORE, id, "C6", "U1", "14.2", "14.0", false,
                slack.responseUrl("huge-thread")));

        LoopbackSlack.Call privately = slack.await("response", c -> c.path().endsWith("huge-more"));
        BlockKitLimits.assertWithin(privately.blocks(), SlackLimits.MESSAGE_BLOCKS);
        assertTrue(privately.param("text").length() <= SlackLimits.FALLBACK_TEXT);
        LoopbackSlack.Call thread = slack.await("chat.postMessage", c -> "C6".equals(c.param("channel")));
        BlockKitLimits.assertWithin(thread.blocks(), SlackLimits.MESSAGE_BLOCKS);
        assertFalse(thread.param("text").contains("<!channel>"), "escaped");
    }
}
