package org.careerbot.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.careerbot.core.ConnectionEvents;
import org.careerbot.model.Answer;
import org.careerbot.model.Entities;
import org.careerbot.model.Intent;
import org.careerbot.model.Question;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /healthz} and {@code /metrics} over loopback, as an orchestrator and Prometheus read them. */
class HealthServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicBoolean discordConnected = new AtomicBoolean(true);
    private final AtomicBoolean redisUp = new AtomicBoolean(true);
    private final Metrics metrics = new Metrics();
    private HealthServer server;

    @BeforeEach
    void start() throws IOException {
        Map<String, Integer> knowledge = new LinkedHashMap<>(Map.of("roles", 9));
        knowledge.put("tasks", 5);
        server = new HealthServer(0, () -> {
            Map<String, PlatformHealth> platforms = new LinkedHashMap<>();
            platforms.put("slack", new PlatformHealth(true, "connected"));
            platforms.put("discord", discordConnected.get() ? new PlatformHealth(true, "connected")
                    : new PlatformHealth(false, "shard 0/1 reconnecting (WAITING_TO_RECONNECT)"));
            return platforms;
        }, () -> Map.of("redis", redisUp.get() ? new PlatformHealth(true, "connected")
                : new PlatformHealth(false, "cannot reach redis://10.0.0.5:6379/0: Connection refused")),
                knowledge, metrics);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void healthzIsUpWithEachPlatformAndTheKnowledgeCountsWhenAllAreConnected() throws Exception {
        HttpResponse<String> r = get("/healthz");
        assertEquals(200, r.statusCode());
        assertEquals("application/json", r.headers().firstValue("Content-Type").orElse(""));
        JsonNode doc = JSON.readTree(r.body());
        assertEquals("up", doc.path("status").asText());
        assertTrue(doc.path("platforms").path("slack").asBoolean());
        assertTrue(doc.path("platforms").path("discord").asBoolean());
        assertEquals(9, doc.path("knowledge").path("roles").asInt());
        assertEquals(5, doc.path("knowledge").path("tasks").asInt());
    }

    @Test
    void healthzIs503AndSaysWhichPlatformIsDisconnectedAndWhy() throws Exception {
        discordConnected.set(false);
        HttpResponse<String> r = get("/healthz");
        assertEquals(503, r.statusCode());
        JsonNode doc = JSON.readTree(r.body());
        assertEquals("degraded", doc.path("status").asText());
        assertEquals(false, doc.path("platforms").path("discord").asBoolean());
        assertEquals("shard 0/1 reconnecting (WAITING_TO_RECONNECT)",
                doc.path("connections").path("discord").asText());
        assertEquals("connected", doc.path("connections").path("slack").asText());

        discordConnected.set(true);
        assertEquals(200, get("/healthz").statusCode(), "up again once reconnected");
    }

    @Test
    void metricsCountAnsweredQuestionsByIntentAndPlatformInPrometheusText(@TempDir java.nio.file.Path dir)
            throws Exception {
        Observers observers = new Observers(metrics, new BucketRateLimiter(5, Duration.ofSeconds(10)),
                new GapsLog(dir.resolve("gaps.jsonl"), false, Clock.systemUTC()), false);
        new ObservedAnswerer(q -> new Answer(Intent.ROLE_TOOLS, Entities.NONE, "Tools", "SQL.", List.of(), null,
                List.of(), List.of()), "slack", observers).answer(Question.of("what tools?", "c").by("U1"));

        HttpResponse<String> r = get("/metrics");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"));
        assertTrue(r.body().contains("careerbot_questions_total{intent=\"role.tools\",platform=\"slack\"} 1.0"),
                r.body());
        assertTrue(r.body().contains("careerbot_answer_latency_seconds_count{platform=\"slack\"} 1"), r.body());
    }

    @Test
    void metricsCountReconnectsAndFailedConnectionAttemptsByPlatform() throws Exception {
        metrics.record("slack", ConnectionEvents.Event.ATTEMPT_FAILED);
        metrics.record("slack", ConnectionEvents.Event.ATTEMPT_FAILED);
        metrics.record("slack", ConnectionEvents.Event.RECONNECTED);
        metrics.record("discord", ConnectionEvents.Event.RECONNECTED);

        String body = get("/metrics").body();
        assertTrue(body.contains("careerbot_connection_failures_total{platform=\"slack\"} 2.0"), body);
        assertTrue(body.contains("careerbot_reconnects_total{platform=\"slack\"} 1.0"), body);
        assertTrue(body.contains("careerbot_reconnects_total{platform=\"discord\"} 1.0"), body);
    }

    @Test
    void aSharedStoreThatIsDownMakesHealthDegradedNamingItWhileTheBotStillAnswers() throws Exception {
        assertEquals("connected", JSON.readTree(get("/healthz").body()).path("state").path("redis").asText());
        redisUp.set(false);
        metrics.stateFailed("redis", "seen_events");
        HttpResponse<String> r = get("/healthz");
        assertEquals(200, r.statusCode(), "still answering: a 503 from every replica would take them all out");
        JsonNode doc = JSON.readTree(r.body());
        assertEquals("degraded", doc.path("status").asText());
        assertEquals("cannot reach redis://10.0.0.5:6379/0: Connection refused",
                doc.path("state").path("redis").asText());
        assertTrue(get("/metrics").body().contains(
                "careerbot_state_failures_total{operation=\"seen_events\",store=\"redis\"} 1.0"));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
