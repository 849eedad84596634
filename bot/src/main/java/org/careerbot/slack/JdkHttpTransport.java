package org.careerbot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP mode on the JDK's own server: events, commands, interactivity and shortcuts all arrive at one endpoint,
 * are signature-checked, parsed by Bolt and run through the Bolt app, whose response is written back. Anything
 * unsigned, too big or unreadable is refused with a status code; the server keeps serving.
 */
final class JdkHttpTransport implements Transport {
    /** Slack's biggest payloads (a click on a full message, with its blocks) stay well below this. */
    static final int MAX_BODY = 2 * 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(JdkHttpTransport.class);
    private static final String NO_DELAY = "sun.net.httpserver.nodelay";

    static {
        // The JDK's server writes a response's headers and body separately; with Nagle's algorithm on, the body
        // then waits for the client's delayed ACK (40 ms on Linux), which a load test showed on every refusal
        // ("busy") and error. The server reads this setting once, when the process's first server starts.
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
    }

    private final App app;
    private final SlackRequestParser parser;
    private final RequestSignatures signatures;
    private final int requestedPort;
    private HttpServer server;
    private ExecutorService threads;

    JdkHttpTransport(App app, RequestSignatures signatures, int port) {
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
        this.signatures = signatures;
        this.requestedPort = port;
    }

    @Override
    public void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(requestedPort), 64);
        threads = Executors.newFixedThreadPool(16, r -> {
            Thread t = new Thread(r, "slack-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
        LOG.info("Slack HTTP endpoint: POST {} on port {}", SlackSettings.EVENTS_PATH, port());
    }

    @Override
    public boolean connected() {
        return server != null && !threads.isShutdown();
    }

    @Override
    public int port() {
        return server == null ? -1 : server.getAddress().getPort();
    }

    /** Lets requests being acknowledged finish first: {@code HttpServer.stop} would wait out its whole delay. */
    @Override
    public void close() {
        if (server != null) {
            threads.shutdown();
            try {
                threads.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            server.stop(0);
        }
    }

    private void handle(HttpExchange exchange) {
        try {
            reply(exchange, respond(exchange));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Slack HTTP request failed: {}", e.getClass().getSimpleName());
        } finally {
            exchange.close();
        }
    }

    private Response respond(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if ("/health".equals(path) && "GET".equals(exchange.getRequestMethod())) {
            return Response.ok("ok");
        }
        if (!SlackSettings.EVENTS_PATH.equals(path)) {
            return Response.builder().statusCode(404).body("not found").build();
        }
        if (!"POST".equals(exchange.getRequestMethod())) {
            return Response.builder().statusCode(405).body("POST only").build();
        }
        byte[] bytes = body(exchange);
        if (bytes == null) {
            // The rest of the body is never read, so the connection cannot carry another request.
            exchange.getResponseHeaders().set("Connection", "close");
            return Response.builder().statusCode(413).body("too large").build();
        }
        String body = new String(bytes, StandardCharsets.UTF_8);
        RequestHeaders headers = new RequestHeaders(exchange.getRequestHeaders());
        if (!signatures.valid(headers.getFirstValue("X-Slack-Request-Timestamp"), body,
                headers.getFirstValue("X-Slack-Signature"))) {
            return Response.json(401, Map.of("error", "invalid request"));
        }
        return run(exchange, body, headers);
    }

    private Response run(HttpExchange exchange, String body, RequestHeaders headers) {
        Request<?> request;
        try {
            request = parser.parse(SlackRequestParser.HttpRequest.builder().requestUri(SlackSettings.EVENTS_PATH)
                    .queryString(Map.of()).requestBody(body).headers(headers)
                    .remoteAddress(exchange.getRemoteAddress().getAddress().getHostAddress()).build());
        } catch (RuntimeException e) {
            request = null;
        }
        if (request == null) {
            return Response.json(400, Map.of("error", "unreadable request"));
        }
        try {
            return app.run(request);
        } catch (Exception e) {
            LOG.error("Slack request failed in Bolt: {}", e.getClass().getSimpleName(), e);
            return Response.json(500, Map.of("error", "internal error"));
        }
    }

    /** The body, or null when it is bigger than {@link #MAX_BODY} (read no further than that). */
    private static byte[] body(HttpExchange exchange) throws IOException {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length != null && length.strip().matches("\\d{1,18}") && Long.parseLong(length.strip()) > MAX_BODY) {
            return null;
        }
        try (InputStream in = exchange.getRequestBody()) {
            byte[] bytes = in.readNBytes(MAX_BODY + 1);
            return bytes.length > MAX_BODY ? null : bytes;
        }
    }

    private static void reply(HttpExchange exchange, Response response) throws IOException {
        byte[] body = response.getBody() == null ? new byte[0] : response.getBody().getBytes(StandardCharsets.UTF_8);
        if (response.getContentType() != null) {
            exchange.getResponseHeaders().set("Content-Type", response.getContentType());
        }
        if (response.getHeaders() != null) {
            for (Map.Entry<String, List<String>> h : response.getHeaders().entrySet()) {
                exchange.getResponseHeaders().put(h.getKey(), h.getValue());
            }
        }
        exchange.sendResponseHeaders(response.getStatusCode(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }
}
