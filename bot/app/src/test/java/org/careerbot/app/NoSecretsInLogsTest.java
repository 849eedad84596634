package org.careerbot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.careerbot.discord.DiscordSettings;
import org.careerbot.testing.LoopbackSlack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Starting, serving and stopping with real-looking secrets, at DEBUG: no token or signing secret ever reaches a log
 * line (message, key-value pair or stack trace) or standard error, on the paths that work and on those that fail.
 */
class NoSecretsInLogsTest {
    private static final String BOT_TOKEN = "xoxb-1111-2222-FAKEbotTOKENsecretValue";
    private static final String SIGNING_SECRET = "f4k3s1gn1ngs3cr3tf4k3s1gn1ngs3cr3";
    private static final String DISCORD_TOKEN = "MTAxMDEwMTAxMDEwMTAxMDEw.FAKE12.discordTOKENsecretValue";
    private static final List<String> SECRETS = List.of(BOT_TOKEN, SIGNING_SECRET, DISCORD_TOKEN, "FAKEbotTOKEN",
            "discordTOKEN", "f4k3s1gn1ng");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private Logger root;
    private Level level;
    private PrintStream err;

    private ProductionLogging production;

    @BeforeEach
    void capture() throws Exception {
        production = ProductionLogging.use();
        root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        level = root.getLevel();
        logs.start();
        root.addAppender(logs);
        root.setLevel(Level.DEBUG);
        err = System.err;
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() throws Exception {
        System.setErr(err);
        root.setLevel(level);
        root.detachAppender(logs);
        production.close();
    }

    @Test
    void slackHttpModeStartsAnswersReportsHealthAndStopsWithoutLoggingASecret(@TempDir Path dir) throws Exception {
        int healthPort = freePort();
        int slackPort;
        try (LoopbackSlack slack = new LoopbackSlack(true);
             Serving serving = new Main().serving(Map.of("SLACK_BOT_TOKEN", BOT_TOKEN, "SLACK_SIGNING_SECRET",
                     SIGNING_SECRET, "SLACK_API_URL", slack.apiUrl(), "PORT", "0", "HEALTH_PORT",
                     Integer.toString(healthPort), "GAPS_FILE", dir.resolve("gaps.jsonl").toString(),
                     "LOG_QUESTIONS", "true"), true, false)) {
            assertTrue(serving.start(), "started: " + lines());
            slackPort = serving.platforms().get(0).port();
            HttpResponse<String> ack = slashCommand(slackPort, "what tools does a data analyst use?",
                    slack.responseUrl("r1"), SIGNING_SECRET);
            assertEquals(200, ack.statusCode());
            assertTrue(slack.awaitResponse().contains("Tools of the data analyst"));
            assertEquals(401, slashCommand(slackPort, "forged", slack.responseUrl("r2"), "wrong").statusCode());

            HttpResponse<String> health = get(healthPort, "/healthz");
            assertEquals(200, health.statusCode(), health.body());
            assertTrue(health.body().contains("\"platforms\":{\"slack\":true}"), health.body());
            assertTrue(health.body().contains("\"roles\":9"), health.body());
            assertTrue(get(healthPort, "/metrics").body()
                    .contains("careerbot_questions_total{intent=\"role.tools\",platform=\"slack\"} 1.0"));
        }
        assertThrows(ConnectException.class, () -> get(healthPort, "/healthz"), "health stopped");
        assertThrows(ConnectException.class, () -> slashCommand(slackPort, "late", "http://127.0.0.1:9/",
                SIGNING_SECRET), "Slack endpoint stopped");

        assertTrue(lines().stream().anyMatch(l -> l.contains("answered") && l.contains("intent=role.tools")),
                "the answer's log line was captured: " + lines());
        assertTrue(lines().stream().anyMatch(l -> l.startsWith("stopped")));
        assertTrue(stderr.toString(StandardCharsets.UTF_8).contains(
                "careerbot.answers - answered platform=slack intent=role.tools latency_ms="),
                "one line per answer on standard error, with its fields");
        assertNoSecret();
    }

    @Test
    void aTokenSlackRefusesStopsTheStartWithoutShowingIt(@TempDir Path dir) throws Exception {
        try (LoopbackSlack slack = new LoopbackSlack(false);
             Serving serving = new Main().serving(Map.of("SLACK_BOT_TOKEN", BOT_TOKEN, "SLACK_SIGNING_SECRET",
                     SIGNING_SECRET, "SLACK_API_URL", slack.apiUrl(), "PORT", "0", "HEALTH_PORT", "0",
                     "GAPS_FILE", dir.resolve("gaps.jsonl").toString()), true, false)) {
            assertFalse(serving.start());
        }
        assertTrue(lines().stream().anyMatch(l -> l.startsWith("slack could not start")), lines().toString());
        assertNoSecret();
    }

    @Test
    void discordSettingsArePrintedAndRefusedWithoutTheToken() throws Exception {
        assertEquals(2, new Main().serve(Map.of("DISCORD_TOKEN", DISCORD_TOKEN, "DISCORD_SHARDS", "many"), false,
                true));
        assertEquals(2, new Main().serve(Map.of("DISCORD_TOKEN", DISCORD_TOKEN, "DISCORD_GUILD_ID", "guild"), false,
                true));
        assertTrue(stderr.toString(StandardCharsets.UTF_8).contains("DISCORD_SHARDS"));
        assertTrue(stderr.toString(StandardCharsets.UTF_8).contains("DISCORD_GUILD_ID"));
        DiscordSettings settings = DiscordSettings.fromEnvironment(Map.of("DISCORD_TOKEN", DISCORD_TOKEN,
                "DISCORD_SHARDS", "4:0-1", "DISCORD_GUILD_ID", "123"));
        LoggerFactory.getLogger(NoSecretsInLogsTest.class).info("settings: {}", settings);
        try (Serving serving = new Main().serving(Map.of("DISCORD_TOKEN", DISCORD_TOKEN, "HEALTH_PORT", "0"),
                false, true)) {
            assertEquals("discord", serving.platforms().get(0).name());
            assertFalse(serving.platforms().get(0).connected());
        }
        assertTrue(lines().stream().anyMatch(l -> l.contains("token=<redacted>")), lines().toString());
        assertNoSecret();
    }

    private void assertNoSecret() {
        String all = String.join("\n", lines()) + "\n" + stderr.toString(StandardCharsets.UTF_8);
        for (String secret : SECRETS) {
            assertFalse(all.contains(secret), secret + " appeared in the logs or on standard error");
        }
    }

    /** Every captured event: its message, key-value pairs and stack trace. */
    private List<String> lines() {
        return logs.list.stream().map(e -> e.getFormattedMessage()
                + (e.getKeyValuePairs() == null ? "" : " " + e.getKeyValuePairs().stream()
                .map(kv -> kv.key + "=" + kv.value).collect(Collectors.joining(" ")))
                + (e.getThrowableProxy() == null ? "" : "\n" + ThrowableProxyUtil.asString(e.getThrowableProxy())))
                .toList();
    }

    private HttpResponse<String> slashCommand(int port, String text, String responseUrl, String secret)
            throws IOException, InterruptedException {
        String body = "team_id=T1&channel_id=C1&user_id=U1&command=%2Fcareer&text="
                + URLEncoder.encode(text, StandardCharsets.UTF_8) + "&response_url="
                + URLEncoder.encode(responseUrl, StandardCharsets.UTF_8) + "&trigger_id=1.2.3";
        String ts = Long.toString(System.currentTimeMillis() / 1000);
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slack/events"))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", ts).header("X-Slack-Signature", sign(secret, ts, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sign(String secret, String ts, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "v0=" + HexFormat.of().formatHex(mac.doFinal(("v0:" + ts + ":" + body)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A port free a moment ago: HEALTH_PORT=0 turns the endpoint off, so the test picks one. */
    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
