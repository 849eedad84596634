package org.careerbot.slack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/** Sends requests to the app's HTTP endpoint as Slack does: signed with the signing secret and a timestamp. */
public final class SignedClient {
    public static final String SECRET = "test-signing-secret";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final RequestSignatures signer = new RequestSignatures(SECRET, Clock.systemUTC());
    private final int port;

    public SignedClient(int port) {
        this.port = port;
    }

    /** A slash command form, signed now. */
    public HttpResponse<String> command(Map<String, String> fields) {
        return post(form(fields), "application/x-www-form-urlencoded", Map.of());
    }

    /** An Events API JSON body, signed now, with extra headers (e.g. retries). */
    public HttpResponse<String> event(String json, Map<String, String> headers) {
        return post(json, "application/json", headers);
    }

    /** An interactivity payload (clicks, shortcuts) as Slack posts it: a form with one payload field. */
    public HttpResponse<String> interaction(String payloadJson) {
        return post(form(Map.of("payload", payloadJson)), "application/x-www-form-urlencoded", Map.of());
    }

    /** A body signed now. */
    public HttpResponse<String> post(String body, String contentType, Map<String, String> headers) {
        String ts = Long.toString(System.currentTimeMillis() / 1000);
        return send("/slack/events", body, contentType, ts, signer.sign(ts, body), headers);
    }

    /** Any request, signed or not as the test decides. */
    public HttpResponse<String> send(String path, String body, String contentType, String ts, String signature,
                              Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (ts != null) {
            request.header("X-Slack-Request-Timestamp", ts);
        }
        if (signature != null) {
            request.header("X-Slack-Signature", signature);
        }
        headers.forEach(request::header);
        return send(request.build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public String sign(String ts, String body) {
        return signer.sign(ts, body);
    }

    public static String form(Map<String, String> fields) {
        StringBuilder out = new StringBuilder();
        fields.forEach((k, v) -> out.append(out.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return out.toString();
    }
}
