package org.careerbot.slack;

import org.careerbot.core.TestBot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.StreamSupport;
import org.careerbot.core.CareerBot;
import org.careerbot.model.Question;
import org.careerbot.testing.LoopbackSlack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every way to ask, end to end over signed HTTP requests with the real core and a fake Slack. */
class SlackHttpModeTest {
    private static TestApp app;
    private static LoopbackSlack slack;
    /** Every question the core was asked, in order. */
    private static final List<Question> ASKED = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        CareerBot core = TestBot.fresh();
        app = TestApp.http(q -> {
            ASKED.add(q);
            return core.answer(q);
        }, core.catalog());
        slack = app.slack;
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void checksTheBotTokenWithAuthTestAtStart() {
        LoopbackSlack.Call auth = slack.await("auth.test", c -> true);
        assertEquals("Bearer " + TestApp.BOT_TOKEN, auth.auth());
    }

    @Test
    void slashCommandIsAcknowledgedAtOnceAndAnsweredPrivatelyWithShareAndFollowUps() {
        String url = slack.responseUrl("cmd-1");
        HttpResponse<String> ack = app.client.command(Payloads.command("what does a data analyst do?", "C10", "U1",
                url));
        assertEquals(200, ack.statusCode());
        assertTrue(ack.body().isEmpty(), "an empty ack shows nothing in the channel");
        LoopbackSlack.Call reply = slack.await("response", c -> c.path().endsWith("cmd-1"));
        assertEquals("ephemeral", reply.param("response_type"));
        assertEquals("false", reply.param("replace_original"));
        assertFalse(reply.param("text").isBlank(), "fallback text");
        JsonNode blocks = reply.blocks();
        BlockKitLimits.assertWithin(blocks, SlackLimits.MESSAGE_BLOCKS);
        assertEquals("Data analyst", blocks.get(0).path("text").path("text").asText());
        JsonNode buttons = actions(blocks);
        assertEquals(List.of(SlackNames.SHARE, SlackNames.FOLLOW_UP + "0"), StreamSupport.stream(
                buttons.spliterator(), false).map(b -> b.path("action_id").asText())
                .filter(id -> !id.equals(SlackNames.MORE)).limit(2).toList(), "share, then follow-ups");
        assertTrue(slack.calls("chat.postMessage").stream().noneMatch(c -> "C10".equals(c.param("channel"))));
    }

    @Test
    void slashCommandWithoutTextOrWithHelpShowsWhatTheBotCanDo() {
        app.client.command(Payloads.command("", "C11", "U1", slack.responseUrl("cmd-empty")));
        app.client.command(Payloads.command("help", "C11", "U1", slack.responseUrl("cmd-help")));
        for (String id : new String[] {"cmd-empty", "cmd-help"}) {
            LoopbackSlack.Call reply = slack.await("response", c -> c.path().endsWith(id));
            assertEquals("Career Bot", reply.blocks().get(0).path("text").path("text").asText());
            assertTrue(reply.all().contains("What does a machine learning engineer do?"), "example questions");
        }
    }

    @Test
    void shareButtonPostsTheSameAnswerForTheWholeChannel() {
        app.client.command(Payloads.command("what tools does a data scientist use?", "C12", "U2",
                slack.responseUrl("share-src")));
        JsonNode privately = slack.await("response", c -> c.path().endsWith("share-src")).blocks();
        String value = button(privately, SlackNames.SHARE).path("value").asText();

        HttpResponse<String> ack = app.client.interaction(Payloads.click(SlackNames.SHARE, value, "C12", "U2",
                "1700.1", null, true, slack.responseUrl("share-click")));
        assertEquals(200, ack.statusCode());
        LoopbackSlack.Call shared = slack.await("response", c -> c.path().endsWith("share-click"));
        assertEquals("in_channel", shared.param("response_type"));
        JsonNode blocks = shared.blocks();
        BlockKitLimits.assertWithin(blocks, SlackLimits.MESSAGE_BLOCKS);
        assertEquals(privately.get(0), blocks.get(0), "the same answer");
        assertTrue(blocks.get(1).toString().contains("<@U2> shared an answer"));
        assertTrue(StreamSupport.stream(actions(blocks).spliterator(), false)
                .noneMatch(b -> b.path("action_id").asText().equals(SlackNames.SHARE)), "no share button");
    }

    @Test
    void followUpOnAPrivateAnswerIsAnsweredPrivatelyInTheSameConversation() {
        app.client.command(Payloads.command("what does a data analyst do?", "C13", "U3",
                slack.responseUrl("fu-src")));
        slack.await("response", c -> c.path().endsWith("fu-src"));
        app.client.interaction(Payloads.click(SlackNames.FOLLOW_UP + "0", "and their tools?", "C13", "U3",
                "1700.2", null, true, slack.responseUrl("fu-click")));
        LoopbackSlack.Call reply = slack.await("response", c -> c.path().endsWith("fu-click"));
        assertEquals("ephemeral", reply.param("response_type"));
        assertEquals("Tools of the data analyst", reply.blocks().get(0).path("text").path("text").asText(),
                "the follow-up kept the conversation's context");
    }

    @Test
    void mentionIsAnsweredInItsThreadAndFollowUpMentionsKeepTheContext() {
        app.client.event(Payloads.event("Ev-m1", Payloads.mention("C20", "U4",
                "<@UBOT> what does a data analyst do?", "1700000100.000100", null)), Map.of());
        LoopbackSlack.Call first = slack.await("chat.postMessage", c -> "C20".equals(c.param("channel")));
        assertEquals("1700000100.000100", first.param("thread_ts"));
        BlockKitLimits.assertWithin(first.blocks(), SlackLimits.MESSAGE_BLOCKS);
        assertEquals("Data analyst", first.blocks().get(0).path("text").path("text").asText());
        assertEquals("Bearer " + TestApp.BOT_TOKEN, first.auth());

        app.client.event(Payloads.event("Ev-m2", Payloads.mention("C20", "U4", "<@UBOT> and their tools?",
                "1700000100.000500", "1700000100.000100")), Map.of());
        LoopbackSlack.Call second = slack.awaitAll("chat.postMessage", c -> "C20".equals(c.param("channel")), 2).get(1);
        assertEquals("1700000100.000100", second.param("thread_ts"));
        assertEquals("Tools of the data analyst", second.blocks().get(0).path("text").path("text").asText());
    }

    @Test
    void directMessagesAreAnsweredInTheDmWithContext() {
        app.client.event(Payloads.event("Ev-d1", Payloads.directMessage("D30", "U5",
                "what does a machine learning engineer do?", "1700000200.000100")), Map.of());
        LoopbackSlack.Call first = slack.await("chat.postMessage", c -> "D30".equals(c.param("channel")));
        assertNull(first.param("thread_ts"), "a DM answer is not threaded");
        app.client.event(Payloads.event("Ev-d2", Payloads.directMessage("D30", "U5", "what skills do they need?",
                "1700000200.000300")), Map.of());
        LoopbackSlack.Call second = slack.awaitAll("chat.postMessage", c -> "D30".equals(c.param("channel")), 2).get(1);
        assertTrue(second.blocks().get(0).path("text").path("text").asText().toLowerCase()
                .contains("machine learning engineer"), "context kept: " + second.blocks().get(0));
    }

    @Test
    void followUpButtonInAThreadPostsInThatThread() {
        app.client.interaction(Payloads.click(SlackNames.FOLLOW_UP + "1", "What skills does a data analyst need?",
                "C21", "U6", "1700000300.000200", "1700000300.000100", false, slack.responseUrl("fu-thread")));
        LoopbackSlack.Call reply = slack.await("chat.postMessage", c -> "C21".equals(c.param("channel")));
        assertEquals("1700000300.000100", reply.param("thread_ts"));
        assertTrue(reply.blocks().get(1).toString().contains("<@U6> asked"), "says who asked");
    }

    @Test
    void messageShortcutAnswersInTheMessagesThreadMentioningItsAuthor() {
        HttpResponse<String> ack = app.client.interaction(Payloads.shortcut("C22", "U7", "U8",
                "how do I get started in machine learning?", "1700000400.000100", slack.responseUrl("sc")));
        assertEquals(200, ack.statusCode());
        LoopbackSlack.Call reply = slack.await("chat.postMessage", c -> "C22".equals(c.param("channel")));
        assertEquals("1700000400.000100", reply.param("thread_ts"));
        String note = reply.blocks().get(1).toString();
        assertTrue(note.contains("<@U8>") && note.contains("<@U7>"), note);
        assertTrue(reply.blocks().toString().contains("Sources:"), "cited");
    }

    @Test
    void openingAppHomePublishesTheIntroductionRolesAndExamples() {
        app.client.event(Payloads.event("Ev-h1", Payloads.homeOpened("U9")), Map.of());
        LoopbackSlack.Call publish = slack.await("views.publish", c -> "U9".equals(c.param("user_id")));
        JsonNode blocks = publish.blocks();
        BlockKitLimits.assertWithin(blocks, SlackLimits.HOME_BLOCKS);
        assertTrue(publish.param("view").contains("\"type\":\"home\""));
        String all = blocks.toString();
        assertTrue(all.contains(SlackNames.ROLE + "0") && all.contains("Data analyst"), "roles as buttons");
        assertTrue(all.contains(SlackNames.EXAMPLE + "0"), "example questions");
    }

    @Test
    void aRoleButtonInAppHomeShowsWhatTheRoleIsInHome() {
        app.client.interaction(Payloads.homeClick(SlackNames.ROLE + "3", "Data scientist", "U10"));
        LoopbackSlack.Call publish = slack.await("views.publish", c -> "U10".equals(c.param("user_id")));
        JsonNode blocks = publish.blocks();
        BlockKitLimits.assertWithin(blocks, SlackLimits.HOME_BLOCKS);
        assertTrue(blocks.toString().contains("What is a Data scientist?"), "the question asked");
        assertTrue(StreamSupport.stream(blocks.spliterator(), false)
                .anyMatch(b -> b.path("text").path("text").asText().equals("Data scientist")), "its answer");
    }

    @Test
    void everyWayToAskTellsTheCoreWhoIsAsking() {
        app.client.command(Payloads.command("who asks by command?", "C40", "U40", slack.responseUrl("who-cmd")));
        app.client.event(Payloads.event("Ev-who-m", Payloads.mention("C41", "U41", "<@UBOT> who asks by mention?",
                "1700000500.000100", null)), Map.of());
        app.client.event(Payloads.event("Ev-who-d", Payloads.directMessage("D42", "U42", "who asks by DM?",
                "1700000500.000200")), Map.of());
        app.client.interaction(Payloads.click(SlackNames.FOLLOW_UP + "0", "who asks by button?", "C43", "U43",
                "1700000500.000300", null, true, slack.responseUrl("who-click")));
        app.client.interaction(Payloads.shortcut("C44", "U44", "U99", "who asks by shortcut?", "1700000500.000400",
                slack.responseUrl("who-sc")));
        app.client.interaction(Payloads.homeClick(SlackNames.EXAMPLE + "0", "who asks in Home?", "U45"));
        slack.await("response", c -> c.path().endsWith("who-cmd"));
        slack.await("chat.postMessage", c -> "C41".equals(c.param("channel")));
        slack.await("chat.postMessage", c -> "D42".equals(c.param("channel")));
        slack.await("response", c -> c.path().endsWith("who-click"));
        slack.await("chat.postMessage", c -> "C44".equals(c.param("channel")));
        slack.await("views.publish", c -> "U45".equals(c.param("user_id")));

        assertEquals("U40", asker("who asks by command?"));
        assertEquals("U41", asker("who asks by mention?"));
        assertEquals("U42", asker("who asks by DM?"));
        assertEquals("U43", asker("who asks by button?"));
        assertEquals("U44", asker("who asks by shortcut?"), "the mentor who used the shortcut asks");
        assertEquals("U45", asker("who asks in Home?"));
    }

    private static String asker(String question) {
        return ASKED.stream().filter(q -> q.text().equals(question)).findFirst().orElseThrow().userId();
    }

    static JsonNode button(JsonNode blocks, String actionId) {
        return StreamSupport.stream(actions(blocks).spliterator(), false)
                .filter(b -> b.path("action_id").asText().equals(actionId)).findFirst().orElseThrow();
    }

    static JsonNode actions(JsonNode blocks) {
        return StreamSupport.stream(blocks.spliterator(), false).filter(b -> b.path("block_id").asText()
                .equals(AnswerButtons.BLOCK_ID)).reduce((a, b) -> b).orElseThrow().path("elements");
    }
}
