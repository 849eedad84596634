package org.careerbot.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The health port answers exactly {@code /healthz} and {@code /metrics}, to GET and HEAD only, over loopback. */
@Timeout(60)
class HealthRoutesTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** One server for every case: stopping one waits for its exchanges to end. */
    private static HealthServer server;

    @BeforeAll
    static void start() throws IOException {
        server = new HealthServer(0, () -> Map.of("slack", new PlatformHealth(true, "connected")), Map.of("roles", 9),
                new Metrics());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(10)).method(method, HttpRequest.BodyPublishers.noBody()).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest
    @CsvSource({"GET, /healthz, 200", "HEAD, /healthz, 200", "GET, /healthz?probe=1, 200", "GET, /metrics, 200",
            "HEAD, /metrics, 200", "GET, /healthzXYZ, 404", "GET, /healthz/, 404", "GET, /healthz/x, 404",
            "GET, /metricsfoo, 404", "GET, /, 404", "GET, /admin, 404", "POST, /healthzXYZ, 404"})
    void exactPathsOnly(String method, String path, int status) throws Exception {
        assertEquals(status, send(method, path).statusCode(), method + " " + path);
    }

    @ParameterizedTest
    @CsvSource({"POST, /healthz", "PUT, /healthz", "DELETE, /metrics", "OPTIONS, /metrics", "PATCH, /healthz"})
    void otherMethodsAreNotAllowedAndTheAllowedOnesAreNamed(String method, String path) throws Exception {
        HttpResponse<String> r = send(method, path);
        assertEquals(405, r.statusCode(), method + " " + path);
        assertEquals("GET, HEAD", r.headers().firstValue("Allow").orElse(""));
        assertEquals("", r.body());
    }

    @Test
    void theRulesHoldWhateverServesThem() {
        assertEquals(java.util.OptionalInt.empty(), HealthRoutes.refusal("GET", "/healthz"));
        assertEquals(java.util.OptionalInt.of(404), HealthRoutes.refusal("GET", "/HEALTHZ"));
        assertEquals(java.util.OptionalInt.of(405), HealthRoutes.refusal("get", "/healthz"), "methods are exact");
    }
}
