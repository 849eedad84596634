package org.careerbot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.careerbot.testing.LoopbackSlack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slow and idle clients (slow loris: a request's headers sent a byte at a time, or nothing at all) hold no thread
 * of either HTTP server: while hundreds of them are connected, Slack's requests and health probes are answered at
 * once.
 */
class SlowClientsTest {
    private static final String SECRET = "slow-clients-signing-secret";
    private static final int SLOW_CLIENTS = 200;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    @Timeout(30)
    void aSignedCommandAndHealthzAreAnsweredWithinASecondWhile200SlowClientsHoldEachServer(@TempDir Path dir)
            throws Exception {
        int healthPort = freePort();
        List<Socket> slow = new ArrayList<>();
        try (LoopbackSlack slack = new LoopbackSlack(true);
             Serving serving = new Main().serving(Map.of("SLACK_BOT_TOKEN", "xoxb-slow-clients", "SLACK_SIGNING_SECRET",
                     SECRET, "SLACK_API_URL", slack.apiUrl(), "PORT", "0", "HEALTH_PORT",
                     Integer.toString(healthPort), "GAPS_FILE", dir.resolve("gaps.jsonl").toString()), true, false)) {
            assertTrue(serving.start());
            int slackPort = serving.platforms().get(0).port();
            for (int i = 0; i < SLOW_CLIENTS; i++) {
                slow.add(slowClient(slackPort, i % 2 == 0 ? "POST /slack/events HTTP/1.1\r\nHost: x\r\nX-Slow: "
                        : ""));
                slow.add(slowClient(healthPort, i % 2 == 0 ? "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: " : ""));
            }
            trickle(slow);

            long start = System.nanoTime();
            HttpResponse<String> ack = slashCommand(slackPort, slack.responseUrl("r1"));
            long ackMs = (System.nanoTime() - start) / 1_000_000;
            assertEquals(200, ack.statusCode());
            assertTrue(ackMs < 1_000, "acknowledged in " + ackMs + " ms");
            assertTrue(slack.awaitResponse().contains("Tools of the data analyst"));

            start = System.nanoTime();
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + healthPort + "/healthz")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            long healthMs = (System.nanoTime() - start) / 1_000_000;
            assertEquals(200, health.statusCode(), health.body());
            assertTrue(healthMs < 1_000, "/healthz answered in " + healthMs + " ms");
            trickle(slow);
        } finally {
            for (Socket s : slow) {
                s.close();
            }
        }
    }

    /** A connection that has sent the start of a request, or nothing. */
    private static Socket slowClient(int port, String start) throws IOException {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
        s.getOutputStream().write(start.getBytes(StandardCharsets.US_ASCII));
        s.getOutputStream().flush();
        return s;
    }

    /** One more header byte on every slow connection that has started a request, as a slow loris does. */
    private static void trickle(List<Socket> slow) throws IOException {
        for (int i = 0; i < slow.size(); i += 4) {
            OutputStream out = slow.get(i).getOutputStream();
            out.write('a');
            out.flush();
        }
    }

    private HttpResponse<String> slashCommand(int port, String responseUrl) throws Exception {
        String body = "team_id=T1&channel_id=C1&user_id=U1&command=%2Fcareer&text="
                + URLEncoder.encode("what tools does a data analyst use?", StandardCharsets.UTF_8)
                + "&response_url=" + URLEncoder.encode(responseUrl, StandardCharsets.UTF_8) + "&trigger_id=1.2.3";
        String ts = Long.toString(System.currentTimeMillis() / 1000);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = "v0=" + HexFormat.of().formatHex(mac.doFinal(("v0:" + ts + ":" + body)
                .getBytes(StandardCharsets.UTF_8)));
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slack/events"))
                .timeout(Duration.ofSeconds(5)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", ts).header("X-Slack-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
