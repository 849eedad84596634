package org.careerbot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.careerbot.exchange.Notes;
import org.careerbot.slack.Payloads;
import org.careerbot.slack.SignedClient;
import org.careerbot.state.redis.TestRedis;
import org.careerbot.testing.LoopbackSlack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two replicas of the bot, wired as {@code main} wires them, sharing one Redis behind an imagined load balancer:
 * each request goes to one or the other, and together they behave as one bot.
 */
@Tag("redis")
class TwoReplicasTest {
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static LoopbackSlack slack;
    private static Serving first;
    private static Serving second;
    private static SignedClient a;
    private static SignedClient b;
    @TempDir
    static Path dir;

    @BeforeAll
    static void start() throws Exception {
        String redis = TestRedis.url();
        slack = new LoopbackSlack();
        Map<String, String> env = new HashMap<>(Map.of("SLACK_BOT_TOKEN", "xoxb-two-replicas",
                "SLACK_SIGNING_SECRET", SignedClient.SECRET, "SLACK_API_URL", slack.apiUrl(), "PORT", "0",
                "HEALTH_PORT", "0", "REDIS_URL", redis, "RATE_LIMIT", "3/1m", "GAPS_KEEP_TEXT", "true"));
        env.put("GAPS_FILE", dir.resolve("gaps-a.jsonl").toString());
        first = new Main().serving(env, true, false);
        env.put("GAPS_FILE", dir.resolve("gaps-b.jsonl").toString());
        second = new Main().serving(env, true, false);
        assertTrue(first.start());
        assertTrue(second.start());
        a = new SignedClient(first.platforms().get(0).port());
        b = new SignedClient(second.platforms().get(0).port());
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable c : new AutoCloseable[] {first, second, slack}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                // closing what a skipped or failed start left
            }
        }
    }

    @Test
    void aRetryThatReachesTheOtherReplicaIsNotAnsweredTwice() throws Exception {
        String channel = "CR" + RUN;
        String event = Payloads.event("EvR" + RUN, Payloads.mention(channel, "UR" + RUN,
                "<@UBOT> what does a data analyst do?", "1700000200.000100", null));
        assertEquals(200, a.event(event, Map.of()).statusCode());
        slack.await("chat.postMessage", c -> channel.equals(c.param("channel")));
        assertEquals(200, b.event(event, Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"))
                .statusCode());
        Thread.sleep(500);
        assertEquals(1, slack.calls("chat.postMessage").stream().filter(c -> channel.equals(c.param("channel")))
                .count(), "answered once");
    }

    @Test
    void aFollowUpInAThreadKeepsItsContextOnTheOtherReplica() {
        String channel = "CF" + RUN;
        a.event(Payloads.event("EvF1" + RUN, Payloads.mention(channel, "UF" + RUN,
                "<@UBOT> what does a data analyst do?", "1700000300.000100", null)), Map.of());
        slack.await("chat.postMessage", c -> channel.equals(c.param("channel")));
        b.event(Payloads.event("EvF2" + RUN, Payloads.mention(channel, "UF" + RUN, "<@UBOT> and their tools?",
                "1700000301.000100", "1700000300.000100")), Map.of());
        LoopbackSlack.Call followUp = slack.awaitAll("chat.postMessage", c -> channel.equals(c.param("channel")), 2)
                .get(1);
        assertEquals("Tools of the data analyst", followUp.blocks().get(0).path("text").path("text").asText());
    }

    @Test
    void shareMoreAndHelpfulWorkOnTheOtherReplica() throws Exception {
        String user = "US" + RUN;
        a.command(Payloads.command("compare a data analyst and a data scientist", "CS" + RUN, user,
                slack.responseUrl("s-src" + RUN)));
        JsonNode answer = slack.await("response", c -> c.path().endsWith("s-src" + RUN)).blocks();

        b.interaction(Payloads.click("career_share", value(answer, "career_share"), "CS" + RUN, user, "1700.1",
                null, true, slack.responseUrl("s-share" + RUN)));
        LoopbackSlack.Call shared = slack.await("response", c -> c.path().endsWith("s-share" + RUN));
        assertEquals("in_channel", shared.param("response_type"));
        assertEquals(answer.get(0), shared.blocks().get(0), "the same answer, found in the shared store");

        b.interaction(Payloads.click("career_more", value(answer, "career_more"), "CS" + RUN, user, "1700.1",
                null, true, slack.responseUrl("s-more" + RUN)));
        LoopbackSlack.Call more = slack.await("response", c -> c.path().endsWith("s-more" + RUN));
        assertFalse(more.all().contains(Notes.MORE_GONE.substring(0, 30)), more.all());
        assertFalse(more.blocks().isEmpty(), "the rest of the answer");

        b.interaction(Payloads.click("career_helpful", value(answer, "career_helpful"), "CS" + RUN, user, "1700.1",
                null, true, slack.responseUrl("s-helpful" + RUN)));
        slack.await("response", c -> c.path().endsWith("s-helpful" + RUN));
        String gaps = Files.readString(dir.resolve("gaps-b.jsonl"));
        assertTrue(gaps.contains("\"event\":\"helpful\""), gaps);
        assertTrue(gaps.contains("compare a data analyst and a data scientist"), "the whole question, from the"
                + " answer kept by the other replica: " + gaps);
    }

    @Test
    void oneUsersLimitHoldsAcrossBothReplicas() {
        String user = "UL" + RUN;
        SignedClient[] replicas = {a, b, a, b};
        for (int i = 0; i < replicas.length; i++) {
            replicas[i].command(Payloads.command("what does a data engineer do?", "CL" + RUN, user,
                    slack.responseUrl("l" + i + RUN)));
        }
        // The replicas answer on workers, in whatever order: three of the four are answered, one is refused.
        int refused = 0;
        for (int i = 0; i < replicas.length; i++) {
            String id = "l" + i + RUN;
            refused += slack.await("response", c -> c.path().endsWith(id)).all().contains("One moment, please")
                    ? 1 : 0;
        }
        assertEquals(1, refused, "the limit of 3 held across both replicas");
    }

    /** The value of the first button with this action id, wherever it is among the blocks. */
    private static String value(JsonNode blocks, String actionId) {
        return find(blocks, actionId).map(b -> b.path("value").asText()).orElseThrow(() -> new AssertionError(
                "no " + actionId + " button in " + blocks));
    }

    private static Optional<JsonNode> find(JsonNode node, String actionId) {
        if (actionId.equals(node.path("action_id").asText())) {
            return Optional.of(node);
        }
        for (JsonNode child : node) {
            Optional<JsonNode> found = find(child, actionId);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
