package org.careerbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.careerbot.core.FixedCatalog;
import org.careerbot.ops.HealthServer;
import org.careerbot.ops.Metrics;
import org.careerbot.ops.PlatformHealth;
import org.careerbot.testing.LoopbackSlack;
import org.careerbot.testing.QuietLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Socket Mode heals itself: after each fault Slack or the network can cause, the app connects again and
 * acknowledges a new envelope within 40 seconds, and {@code /healthz} says 200 only while a live socket answers,
 * 503 with the reason while there is none. Runs on loopback against a fake Slack with short timings.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SlackSocketModeRecoveryTest {
    private static final Duration RECOVERY = Duration.ofSeconds(40);
    private static final Duration NOTICE = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OK_FALSE = "{\"ok\":false,\"error\":\"internal_error\"}";
    private static final String HTML = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Metrics metrics = new Metrics();
    private FakeSocketModeServer socket;
    private LoopbackSlack slack;
    private TestApp app;
    private HealthServer health;
    private QuietLog log;
    private int envelopes;

    @BeforeEach
    void fakeSlack() throws Exception {
        log = new QuietLog(SocketSupervisor.class, SocketModeTransport.class);
        socket = new FakeSocketModeServer().listening();
        slack = new LoopbackSlack();
        slack.socketUrl(socket.url());
    }

    @AfterEach
    void stop() throws Exception {
        if (health != null) {
            health.close();
        }
        if (app != null) {
            app.close();
        } else {
            slack.close();
        }
        socket.stop(1000);
        log.close();
    }

    @Test
    void aRefreshMovesToTheNewSocketAndHealthStaysUpThroughout() throws Exception {
        connected();
        socket.requestRefresh();
        List<Integer> statuses = new ArrayList<>();
        long until = System.nanoTime() + Duration.ofMillis(2_500).toNanos();
        while (System.nanoTime() < until) {
            statuses.add(healthz().statusCode());
            Thread.sleep(25);
        }
        assertEquals(2, socket.opened(), "one new socket");
        assertEquals(1, socket.open(), "the old socket was closed once the new one was up");
        assertTrue(statuses.stream().allMatch(s -> s == 200), "health stayed up: " + statuses);
        assertAcknowledgedWithin(RECOVERY, System.nanoTime());
        assertTrue(metricsText().contains("careerbot_reconnects_total{platform=\"slack\"} 1.0"), metricsText());
        assertTrue(log.at(Level.WARN).isEmpty(), "a refresh is no problem: " + log.all());
    }

    @Test
    void anAbruptCloseIsReconnectedAndHealthIs503WhileNoSocketCanBeOpened() throws Exception {
        connected();
        socket.refuseNewConnections(true);
        long fault = System.nanoTime();
        socket.dropAll();
        JsonNode down = awaitHealth(503, NOTICE);
        assertFalse(down.path("platforms").path("slack").asBoolean());
        // by the time health is read the bot may already be trying again: either says why there is no socket
        String why = down.path("connections").path("slack").asText();
        assertTrue(why.startsWith("no Socket Mode connection: the socket closed")
                || why.startsWith("no Socket Mode connection: connecting"), down.toString());
        socket.refuseNewConnections(false);
        assertAcknowledgedWithin(RECOVERY, fault);
        assertEquals(200, healthz().statusCode());
        assertEquals(1, log.at(Level.WARN).size(), "one warning for the outage: " + log.all());
        assertTrue(log.at(Level.INFO).stream().anyMatch(l -> l.startsWith("Slack Socket Mode connected again")),
                log.all().toString());
    }

    @Test
    void aSilentSocketIsDroppedWithinSecondsAndReplaced() throws Exception {
        connected();
        socket.refuseNewConnections(true);
        long fault = System.nanoTime();
        socket.silenceAll();
        JsonNode down = awaitHealth(503, NOTICE);
        assertTrue(Duration.ofNanos(System.nanoTime() - fault).compareTo(Duration.ofSeconds(5)) < 0,
                "noticed within seconds");
        // health turns 503 as the socket is dropped; the warning may be written a moment later
        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (log.at(Level.WARN).isEmpty() && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        assertTrue(!log.at(Level.WARN).isEmpty() && log.at(Level.WARN).get(0)
                .startsWith("Slack Socket Mode: no answer to pings for"), log.all().toString());
        assertTrue(down.path("connections").path("slack").asText().startsWith("no Socket Mode connection"),
                down.toString());
        socket.refuseNewConnections(false);
        assertAcknowledgedWithin(RECOVERY, fault);
        assertEquals(200, healthz().statusCode());
    }

    @Test
    void okFalseTwiceDuringAReconnectIsRetriedWithBackoffAndLoggedOnce() throws Exception {
        connected();
        slack.script("apps.connections.open", 200, null, OK_FALSE);
        slack.script("apps.connections.open", 200, null, OK_FALSE);
        long fault = System.nanoTime();
        socket.dropAll();
        JsonNode down = awaitHealth(503, NOTICE, doc -> doc.path("connections").path("slack").asText()
                .contains("internal_error"));
        assertTrue(down.path("connections").path("slack").asText()
                .contains("apps.connections.open answered ok:false (internal_error)"), down.toString());
        assertAcknowledgedWithin(RECOVERY, fault);
        assertEquals(4, slack.calls("apps.connections.open").size(), "the start, two failures, the reconnect");
        assertEquals(1, log.at(Level.WARN).size(), "logged once for the whole outage: " + log.all());
        String scrape = metricsText();
        assertTrue(scrape.contains("careerbot_connection_failures_total{platform=\"slack\"} 2.0"), scrape);
        assertTrue(scrape.contains("careerbot_reconnects_total{platform=\"slack\"} 1.0"), scrape);
    }

    @Test
    void anHtmlPageInsteadOfJsonIsRetried() throws Exception {
        connected();
        slack.script("apps.connections.open", 200, null, HTML);
        long fault = System.nanoTime();
        socket.dropAll();
        JsonNode down = awaitHealth(503, NOTICE, doc -> doc.path("connections").path("slack").asText()
                .contains("not JSON"));
        assertTrue(down.path("connections").path("slack").asText()
                .contains("apps.connections.open answered something that is not JSON"), down.toString());
        assertAcknowledgedWithin(RECOVERY, fault);
        assertEquals(200, healthz().statusCode());
    }

    @Test
    void anHttp500IsRetried() throws Exception {
        connected();
        slack.script("apps.connections.open", 500, null, "upstream error");
        slack.script("apps.connections.open", 500, null, "upstream error");
        long fault = System.nanoTime();
        socket.dropAll();
        JsonNode down = awaitHealth(503, NOTICE, doc -> doc.path("connections").path("slack").asText()
                .contains("HTTP 500"));
        assertTrue(down.path("connections").path("slack").asText()
                .contains("apps.connections.open failed with HTTP 500"), down.toString());
        assertAcknowledgedWithin(RECOVERY, fault);
        assertTrue(metricsText().contains("careerbot_connection_failures_total{platform=\"slack\"} 2.0"));
    }

    @Test
    void aReconnectThatTimesOutIsRetried() throws Exception {
        connected();
        slack.scriptDelay("apps.connections.open", TestApp.FAST.connectTimeout().plusMillis(500));
        long fault = System.nanoTime();
        socket.dropAll();
        JsonNode down = awaitHealth(503, NOTICE, doc -> doc.path("connections").path("slack").asText()
                .contains("timed out"));
        assertTrue(down.path("connections").path("slack").asText()
                .contains("apps.connections.open timed out"), down.toString());
        assertAcknowledgedWithin(RECOVERY, fault);
        assertEquals(200, healthz().statusCode());
    }

    @Test
    void failuresAtStartUpAreRetriedWhileHealthSays503() throws Exception {
        slack.script("auth.test", 500, null, "upstream error");
        slack.script("apps.connections.open", 200, null, OK_FALSE);
        slack.script("apps.connections.open", 200, null, HTML);
        slack.script("apps.connections.open", 500, null, "upstream error");
        long fault = System.nanoTime();
        startBot();
        assertFalse(app.bot.connected(), "started without a connection");
        JsonNode down = awaitHealth(503, NOTICE);
        assertTrue(down.path("connections").path("slack").asText().startsWith("no Socket Mode connection"),
                down.toString());
        assertAcknowledgedWithin(RECOVERY, fault);
        assertEquals(200, healthz().statusCode());
        assertEquals(4, slack.calls("apps.connections.open").size());
        assertTrue(metricsText().contains("careerbot_connection_failures_total{platform=\"slack\"} 4.0"));
        assertEquals(List.of("Slack Socket Mode: auth.test failed with HTTP 500; reconnecting, with pauses of up to"
                + " 0.8 s"), log.at(Level.WARN));
        assertTrue(log.at(Level.INFO).stream().anyMatch(l -> l.matches("Slack Socket Mode connected after \\S+ s"
                + " and 4 failed attempt\\(s\\)")), log.all().toString());
    }

    @Test
    void aRejectedAppTokenStopsTheStartWithAClearMessage() throws Exception {
        slack.script("apps.connections.open", 200, null, "{\"ok\":false,\"error\":\"invalid_auth\"}");
        Exception e = assertThrows(IllegalStateException.class, this::startBot);
        assertEquals("Slack refused SLACK_APP_TOKEN: apps.connections.open answered ok:false (invalid_auth) (use an"
                + " app-level token, xapp-, with the connections:write scope, and turn Socket Mode on)",
                e.getMessage());
        Thread.sleep(300);
        assertEquals(1, slack.calls("apps.connections.open").size(), "not retried");
        assertEquals(0, socket.opened());
    }

    @Test
    void aRejectedBotTokenStopsTheStartBeforeAnySocket() throws Exception {
        slack.script("auth.test", 200, null, "{\"ok\":false,\"error\":\"token_revoked\"}");
        Exception e = assertThrows(IllegalStateException.class, this::startBot);
        assertTrue(e.getMessage().startsWith("Slack refused SLACK_BOT_TOKEN: auth.test answered ok:false"
                + " (token_revoked)"), e.getMessage());
        assertTrue(slack.calls("apps.connections.open").isEmpty());
    }

    @Test
    void noTokenOrTicketIsLoggedWhileFailingAndReconnecting() throws Exception {
        List<String> lines = Logs.capture(() -> {
            try {
                slack.script("apps.connections.open", 200, null, HTML);
                connected();
                socket.refuseNewConnections(true);
                long fault = System.nanoTime();
                socket.dropAll();
                awaitHealth(503, NOTICE);
                socket.refuseNewConnections(false);
                socket.requestRefresh();
                assertAcknowledgedWithin(RECOVERY, fault);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        List<String> all = new ArrayList<>(lines);
        all.addAll(log.all());
        assertTrue(all.size() > 5, "logging ran: " + all);
        for (String secret : List.of(TestApp.APP_TOKEN, TestApp.BOT_TOKEN, FakeSocketModeServer.TICKET, "xapp-",
                "ticket=")) {
            assertFalse(all.stream().anyMatch(l -> l.contains(secret)), secret + " was logged");
        }
    }

    /** Starts the app, and the health endpoint over it. */
    private void startBot() throws Exception {
        app = TestApp.socketMode(slack, new ScriptedAnswerer(), FixedCatalog.ofSize(3), metrics);
        health = new HealthServer(0, () -> Map.of("slack", new PlatformHealth(app.bot.connected(),
                app.bot.state())), Map.of("roles", 3), metrics);
    }

    /** Starts the app and waits until its socket is up and /healthz says so. */
    private void connected() throws Exception {
        startBot();
        JsonNode up = awaitHealth(200, NOTICE);
        assertEquals("connected", up.path("connections").path("slack").asText());
    }

    /**
     * Sends envelopes on the newest socket until one is acknowledged, and checks that this happened within
     * {@code limit} of {@code since}.
     */
    private void assertAcknowledgedWithin(Duration limit, long since) throws Exception {
        long deadline = since + limit.toNanos();
        while (System.nanoTime() < deadline) {
            String id = "env-recovery-" + (++envelopes);
            socket.sendToNewest(Payloads.commandEnvelope(id, "hello", slack.responseUrl(id)));
            if (socket.awaitMessage("\"envelope_id\":\"" + id + "\"", Duration.ofMillis(500)) != null) {
                return;
            }
        }
        throw new AssertionError("no envelope acknowledged within " + limit + "; log: " + log.all());
    }

    private JsonNode awaitHealth(int status, Duration within) throws Exception {
        return awaitHealth(status, within, doc -> true);
    }

    /** Polls /healthz until it answers {@code status} with a body that matches; fails after {@code within}. */
    private JsonNode awaitHealth(int status, Duration within, Predicate<JsonNode> matching) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        HttpResponse<String> last;
        do {
            last = healthz();
            if (last.statusCode() == status && matching.test(JSON.readTree(last.body()))) {
                return JSON.readTree(last.body());
            }
            Thread.sleep(20);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("/healthz did not answer " + status + " within " + within + "; last: "
                + last.statusCode() + " " + last.body());
    }

    private HttpResponse<String> healthz() throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + health.port() + "/healthz"))
                .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String metricsText() throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + health.port() + "/metrics"))
                .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
