package org.careerbot.slack;

import org.careerbot.core.FixedCatalog;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careerbot.knowledge.KnowledgeLoader;
import org.careerbot.model.Answer;
import org.careerbot.model.Entities;
import org.careerbot.model.Intent;
import org.careerbot.model.Question;
import org.careerbot.picture.Illustrations;
import org.careerbot.picture.Picture;
import org.careerbot.picture.Pictures;
import org.careerbot.picture.Pixels;
import org.careerbot.testing.LoopbackSlack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Pictures in Slack, through the local fake Web API: the answer first, then its picture shared with Slack's upload
 * flow in the same thread or DM; private answers offer it on sharing; a failed upload never costs the answer.
 */
class SlackPictureTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Pictures pictures;
    private final ScriptedAnswerer core = new ScriptedAnswerer();
    private TestApp app;
    private LoopbackSlack slack;

    @BeforeAll
    static void draw() {
        pictures = new Pictures(KnowledgeLoader.loadBuiltIn());
    }

    @BeforeEach
    void start() throws Exception {
        core.answerWith(SlackPictureTest::answer);
        app = TestApp.http(core, FixedCatalog.ofSize(3), pictures);
        slack = app.slack;
    }

    @AfterEach
    void stop() {
        app.close();
    }

    /** The list of roles for the structured request, a comparison when asked to compare, else a small answer. */
    private static Answer answer(Question q) {
        if ("role.list".equals(q.intent())) {
            return new Answer(Intent.ROLE_LIST, Entities.NONE, "Roles of an AI team", "Nine roles.", List.of(), null,
                    List.of("roles.txt#Roles"), List.of());
        }
        if (q.text().contains("compare")) {
            return new Answer(Intent.ROLE_COMPARE, new Entities(List.of("data-scientist", "data-analyst"), List.of(),
                    List.of(), List.of()), "Data scientist vs. data analyst", "Both prepare data.", List.of(), null,
                    List.of("roles.txt#DS"), List.of());
        }
        return ScriptedAnswerer.small(q);
    }

    @Test
    void aComparisonInAThreadIsAnsweredFirstThenItsPictureIsSharedInThatThread() throws Exception {
        app.client.event(Payloads.event("Ev-p1", Payloads.mention("C1", "U1", "<@UBOT> compare DS and DA", "5.1",
                null)), Map.of());
        LoopbackSlack.Call complete = slack.await("files.completeUploadExternal",
                c -> "C1".equals(c.param("channel_id")));

        Picture expected = pictures.compare("data-scientist", "data-analyst");
        List<String> order = slack.replies().stream().map(LoopbackSlack.Call::method).toList();
        assertEquals(List.of("chat.postMessage", "files.getUploadURLExternal", "upload",
                "files.completeUploadExternal"), order, "the answer first, then the picture");
        LoopbackSlack.Call url = slack.calls("files.getUploadURLExternal").get(0);
        assertEquals("Bearer " + TestApp.BOT_TOKEN, url.auth());
        assertEquals(expected.fileName(), url.param("filename"));
        assertEquals(expected.altText(), url.param("alt_txt"));
        assertTrue(url.param("alt_txt").length() <= SlackLimits.ALT_TEXT);
        byte[] uploaded = slack.calls("upload").get(0).bytes();
        assertEquals(Integer.toString(uploaded.length), url.param("length"));
        assertArrayEquals(expected.png(), uploaded);
        BufferedImage image = Pixels.decode(uploaded);
        assertEquals(expected.width(), image.getWidth());
        assertEquals(expected.height(), image.getHeight());
        assertEquals("5.1", complete.param("thread_ts"), "in the answer's thread");
        JsonNode files = JSON.readTree(complete.param("files"));
        assertEquals(expected.title(), files.get(0).path("title").asText());
        assertEquals("F1", files.get(0).path("id").asText());
        assertEquals("Picture: " + expected.title(), complete.param("initial_comment"));
    }

    @Test
    void matrixInADirectMessageAsksForTheRolesAndSharesWhoDoesWhatInTheDm() {
        app.client.event(Payloads.event("Ev-p2", Payloads.directMessage("D2", "U2", "Matrix?", "6.1")), Map.of());
        LoopbackSlack.Call complete = slack.await("files.completeUploadExternal",
                c -> "D2".equals(c.param("channel_id")));

        Question asked = core.questions.stream().filter(q -> q.text().equals("Matrix?")).findFirst().orElseThrow();
        assertEquals("role.list", asked.intent(), "the list of roles, which comes with the matrix");
        assertNull(complete.param("thread_ts"), "a DM answer is not threaded, nor is its picture");
        Picture matrix = pictures.matrix();
        assertEquals(matrix.fileName(), slack.calls("files.getUploadURLExternal").get(0).param("filename"));
        assertEquals(matrix.height(), Pixels.decode(slack.calls("upload").get(0).bytes()).getHeight());
    }

    @Test
    void aPrivateAnswerSaysThatSharingPostsThePictureAndSharingDoes() {
        app.client.command(Payloads.command("who does what", "C3", "U3", slack.responseUrl("p-private")));
        LoopbackSlack.Call privately = slack.await("response", c -> c.path().endsWith("p-private"));
        assertEquals("role.list", core.questions.get(core.questions.size() - 1).intent());
        assertTrue(privately.blocks().get(1).toString().contains(PicturePosts.ON_SHARE), "says how to see it");
        assertTrue(slack.calls("files.getUploadURLExternal").isEmpty(), "nothing uploaded for a private answer");

        String share = button(privately.blocks(), SlackNames.SHARE).path("value").asText();
        app.client.interaction(Payloads.click(SlackNames.SHARE, share, "C3", "U3", "7.1", null, true,
                slack.responseUrl("p-share")));
        LoopbackSlack.Call complete = slack.await("files.completeUploadExternal",
                c -> "C3".equals(c.param("channel_id")));
        assertNull(complete.param("thread_ts"), "right after the shared answer in the channel");
        assertEquals("in_channel", slack.await("response", c -> c.path().endsWith("p-share")).param("response_type"));
        assertEquals(List.of("who does what"), core.asked(), "the share posts the kept answer, not asked again");
    }

    @Test
    void aPrivateAnswerDoesNotWaitForItsPictureToBeDrawn() throws Exception {
        Illustrations undrawable = new Illustrations() {
            @Override
            public Optional<Picture> forAnswer(Answer answer) {
                throw new AssertionError("a private answer drew its picture");
            }

            @Override
            public boolean illustrates(Answer answer) {
                return true;
            }
        };
        try (TestApp quick = TestApp.http(core, FixedCatalog.ofSize(3), undrawable)) {
            quick.client.command(Payloads.command("matrix", "C9", "U9", quick.slack.responseUrl("p-quick")));
            LoopbackSlack.Call reply = quick.slack.await("response", c -> c.path().endsWith("p-quick"));
            assertTrue(reply.blocks().get(1).toString().contains(PicturePosts.ON_SHARE));
        }
    }

    @Test
    void whenGettingAnUploadUrlFailsTheAnswerStillArrivesAndTheLogNamesTheErrorButNoToken() {
        slack.script("files.getUploadURLExternal", 200, null, "{\"ok\":false,\"error\":\"missing_scope\"}");
        List<String> logs = Logs.capture(() -> {
            app.client.event(Payloads.event("Ev-p4", Payloads.directMessage("D4", "U4", "compare them", "8.1")),
                    Map.of());
            // One worker answers in order: once the next answer is posted, the upload has been tried.
            app.client.event(Payloads.event("Ev-p4b", Payloads.directMessage("D4", "U4", "hi", "8.2")), Map.of());
            slack.awaitAll("chat.postMessage", c -> "D4".equals(c.param("channel")), 2);
        });

        LoopbackSlack.Call answer = slack.calls("chat.postMessage").get(0);
        assertTrue(answer.param("text").startsWith("Both prepare data."), "the lead first");
        assertTrue(slack.calls("upload").isEmpty());
        assertTrue(slack.calls("files.completeUploadExternal").isEmpty());
        assertTrue(logs.contains("Slack files.uploadV2 failed: missing_scope"), logs.toString());
        assertTrue(logs.stream().noneMatch(l -> l.contains(TestApp.BOT_TOKEN) || l.contains("xoxb-")));
    }

    @Test
    void anUploadUrlReplyTheClientCannotReadLeavesTheAnswerAloneWithNoApology() {
        slack.script("files.getUploadURLExternal", 200, null, "{\"ok\":true}");
        List<String> logs = Logs.capture(() -> {
            app.client.event(Payloads.event("Ev-p9", Payloads.directMessage("D9", "U9", "compare them", "9.1")),
                    Map.of());
            app.client.event(Payloads.event("Ev-p9b", Payloads.directMessage("D9", "U9", "hi", "9.2")), Map.of());
            slack.awaitAll("chat.postMessage", c -> "D9".equals(c.param("channel")), 2);
        });

        List<LoopbackSlack.Call> posts = slack.calls("chat.postMessage");
        assertTrue(posts.get(0).param("text").startsWith("Both prepare data."), "the answer first");
        assertTrue(posts.stream().noneMatch(c -> c.param("text").startsWith("Sorry")), "no apology after it");
        assertTrue(logs.contains("Slack picture upload failed: NullPointerException"), logs.toString());
    }

    @Test
    void whenTheBytesAreRefusedTheAnswerStandsAndNothingIsShared() {
        slack.script("upload", 500, null, "server error");
        List<String> logs = Logs.capture(() -> {
            app.client.event(Payloads.event("Ev-p5", Payloads.mention("C5", "U5", "<@UBOT> compare", "9.1", null)),
                    Map.of());
            app.client.event(Payloads.event("Ev-p5b", Payloads.mention("C5", "U5", "<@UBOT> hi", "9.2", null)),
                    Map.of());
            slack.awaitAll("chat.postMessage", c -> "C5".equals(c.param("channel")), 2);
        });

        assertEquals(1, slack.calls("upload").size());
        assertTrue(slack.calls("files.completeUploadExternal").isEmpty());
        assertTrue(logs.contains("Slack files.uploadV2 failed: upload_http_500"), logs.toString());
        assertTrue(logs.stream().noneMatch(l -> l.contains("/upload/F")), "upload URLs are never logged");
    }

    @Test
    void aRateLimitedUploadIsRetriedAfterTheWaitSlackAsksFor() {
        slack.script("files.getUploadURLExternal", 429, "2", "{\"ok\":false,\"error\":\"ratelimited\"}");
        app.client.event(Payloads.event("Ev-p6", Payloads.mention("C6", "U6", "<@UBOT> compare", "10.1", null)),
                Map.of());

        slack.await("files.completeUploadExternal", c -> "C6".equals(c.param("channel_id")));
        assertEquals(List.of(Duration.ofSeconds(2)), app.pauses);
    }

    @Test
    void aShareWhosePictureCannotBePostedTellsTheSharerWhy() {
        slack.script("files.completeUploadExternal", 200, null, "{\"ok\":false,\"error\":\"not_in_channel\"}");
        app.client.interaction(Payloads.click(SlackNames.SHARE, "zz:compare them", "C7", "U7", "11.1", null, true,
                slack.responseUrl("p-fail")));

        List<LoopbackSlack.Call> replies = slack.awaitAll("response", c -> c.path().endsWith("p-fail"), 2);
        assertEquals("in_channel", replies.get(0).param("response_type"), "the answer is shared");
        assertEquals("ephemeral", replies.get(1).param("response_type"));
        assertTrue(replies.get(1).param("text").contains("not_in_channel"), replies.get(1).param("text"));
        assertTrue(replies.get(1).param("text").contains("/invite @Career Bot"));
    }

    /** The button with this action id, wherever it is among the blocks. */
    private static JsonNode button(JsonNode blocks, String actionId) {
        for (JsonNode block : blocks) {
            for (JsonNode element : block.path("elements")) {
                if (actionId.equals(element.path("action_id").asText())) {
                    return element;
                }
            }
        }
        throw new AssertionError("no " + actionId + " in " + blocks);
    }

    @Test
    void appHomeAndAnswersWithoutAPictureUploadNothing() {
        app.client.interaction(Payloads.homeClick(SlackNames.EXAMPLE + "0", "compare them", "U8"));
        slack.await("views.publish", c -> "U8".equals(c.param("user_id")));
        app.client.event(Payloads.event("Ev-p8", Payloads.directMessage("D8", "U8", "hi", "12.1")), Map.of());
        LoopbackSlack.Call post = slack.await("chat.postMessage", c -> "D8".equals(c.param("channel")));

        assertFalse(post.all().contains(PicturePosts.ON_SHARE));
        assertTrue(slack.calls("files.getUploadURLExternal").isEmpty());
    }
}
