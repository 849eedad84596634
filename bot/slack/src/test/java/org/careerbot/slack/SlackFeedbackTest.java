package org.careerbot.slack;

import org.careerbot.core.FixedCatalog;
import org.careerbot.exchange.Verdict;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.careerbot.model.Answer;
import org.careerbot.model.Entities;
import org.careerbot.model.Intent;
import org.careerbot.ops.GapsLog;
import org.careerbot.testing.LoopbackSlack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Helpful? yes / no" under answers: recorded through the feedback port with a hashed user, and thanked. */
class SlackFeedbackTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ScriptedAnswerer core = new ScriptedAnswerer();
    private TestApp app;
    private LoopbackSlack slack;
    private Path gaps;

    @BeforeEach
    void start(@TempDir Path dir) throws Exception {
        core.answerWith(q -> new Answer(Intent.ROLE_TOOLS, Entities.NONE, "Tools of the data analyst", "SQL and more.",
                List.of(), null, List.of("a.txt#A"), List.of(new Answer.FollowUp("Skills", "and their skills?"))));
        app = TestApp.http(core, FixedCatalog.ofSize(3));
        slack = app.slack;
        gaps = dir.resolve("gaps.jsonl");
        app.feedback = new GapsLog(gaps, true, Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void notHelpfulOnAPrivateAnswerIsRecordedWithTheHashedUserIntentAndQuestionAndThankedPrivately()
            throws IOException {
        app.client.command(Payloads.command("what tools does a data analyst use?", "C1", "U1",
                slack.responseUrl("fb-src")));
        JsonNode answer = slack.await("response", c -> c.path().endsWith("fb-src")).blocks();
        JsonNode no = button(answer, SlackNames.UNHELPFUL);
        assertEquals("👎 Not helpful", no.path("text").path("text").asText());

        app.client.interaction(Payloads.click(SlackNames.UNHELPFUL, no.path("value").asText(), "C1", "U1", "9.1",
                null, true, slack.responseUrl("fb-click")));
        LoopbackSlack.Call thanks = slack.await("response", c -> c.path().endsWith("fb-click"));
        assertEquals("ephemeral", thanks.param("response_type"));
        assertEquals(Verdict.THANKS, thanks.param("text"));

        JsonNode line = onlyLine();
        assertEquals("unhelpful", line.path("event").asText());
        assertEquals("slack", line.path("platform").asText());
        assertEquals("role.tools", line.path("intent").asText());
        assertEquals("what tools does a data analyst use?", line.path("question").asText());
        assertTrue(line.path("user").asText().matches("[0-9a-f]{16}"), "hashed: " + line.path("user"));
        assertFalse(Files.readString(gaps).contains("U1"), "the user id itself is never kept");
        assertEquals(List.of("what tools does a data analyst use?"), core.asked(), "the click asks nothing again");
    }

    @Test
    void helpfulInAThreadIsRecordedForWhoeverClickedAndThankedOnlyToThem() throws IOException {
        app.client.event(Payloads.event("Ev-fb", Payloads.mention("C2", "U2", "<@UBOT> what tools?", "7.1", null)),
                Map.of());
        JsonNode answer = slack.await("chat.postMessage", c -> "C2".equals(c.param("channel"))).blocks();
        String value = button(answer, SlackNames.HELPFUL).path("value").asText();

        app.client.interaction(Payloads.click(SlackNames.HELPFUL, value, "C2", "U3", "7.2", "7.1", false,
                slack.responseUrl("fb-thread")));
        LoopbackSlack.Call thanks = slack.await("response", c -> c.path().endsWith("fb-thread"));
        assertEquals("ephemeral", thanks.param("response_type"), "only the clicker sees the thanks");

        JsonNode line = onlyLine();
        assertEquals("helpful", line.path("event").asText());
        assertEquals("what tools?", line.path("question").asText());
        assertEquals(1, slack.calls("chat.postMessage").size(), "nothing new in the thread");
    }

    @Test
    void aClickInAppHomeShowsThanksInPlaceOfTheButtonsAndKeepsTheAnswer() throws IOException {
        app.client.interaction(Payloads.homeClick(SlackNames.ROLE + "0", "Role 0", "U4"));
        JsonNode home = slack.await("views.publish", c -> "U4".equals(c.param("user_id"))).blocks();
        String value = button(home, SlackNames.HELPFUL).path("value").asText();

        app.client.interaction(Payloads.homeClick(SlackNames.HELPFUL, value, "U4", home));
        JsonNode thanked = slack.awaitAll("views.publish", c -> "U4".equals(c.param("user_id")), 2).get(1).blocks();
        BlockKitLimits.assertWithin(thanked, SlackLimits.HOME_BLOCKS);
        assertEquals(home.size(), thanked.size());
        assertTrue(thanked.toString().contains(Verdict.THANKS));
        assertFalse(thanked.toString().contains(SlackNames.HELPFUL), "the buttons gave way");
        assertTrue(thanked.toString().contains("Tools of the data analyst"), "the answer stays");
        assertEquals("What is a Role 0?", onlyLine().path("question").asText());
    }

    @Test
    void theButtonValueFitsSlackAndCarriesTheIntentAndTheStartOfALongQuestion() {
        String question = "which tools: " + "really ".repeat(100) + "?";
        String value = new Verdict(true, "abc", "role.tools", question).token(SlackLimits.VALUE);
        assertTrue(value.length() <= SlackLimits.VALUE, value.length() + " characters");
        Verdict parsed = Verdict.parse(true, value);
        assertEquals("role.tools", parsed.intent());
        assertTrue(parsed.question().startsWith("which tools: really"), parsed.question());
    }

    private JsonNode onlyLine() throws IOException {
        List<String> lines = Files.readAllLines(gaps);
        assertEquals(1, lines.size(), lines.toString());
        return JSON.readTree(lines.get(0));
    }

    /** The button with this action id, wherever it is among the blocks. */
    private static JsonNode button(JsonNode blocks, String actionId) {
        return StreamSupport.stream(blocks.spliterator(), false)
                .flatMap(b -> StreamSupport.stream(b.path("elements").spliterator(), false))
                .filter(e -> actionId.equals(e.path("action_id").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + actionId + " in " + blocks));
    }
}
