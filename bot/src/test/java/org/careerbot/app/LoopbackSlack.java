package org.careerbot.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;

/**
 * Slack's Web API and response URLs on loopback, as much as a start-up and a slash command need: {@code auth.test}
 * says the token is good (or, when told, that it is not), posts succeed, and response URL bodies are kept.
 */
final class LoopbackSlack implements AutoCloseable {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private final HttpServer server;
    private final List<String> responses = new ArrayList<>();
    private final boolean tokenValid;

    LoopbackSlack(boolean tokenValid) throws IOException {
        this.tokenValid = tokenValid;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "loopback-slack");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    String apiUrl() {
        return base() + "/api/";
    }

    String responseUrl(String id) {
        return base() + "/response/" + id;
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Waits for the first response URL post. */
    synchronized String awaitResponse() throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (responses.isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no response URL post in " + WAIT);
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return responses.get(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            String reply = "{\"ok\":true}";
            if (path.startsWith("/response/")) {
                kept(body);
                reply = "ok";
            } else if (path.endsWith("/auth.test")) {
                reply = tokenValid ? "{\"ok\":true,\"team_id\":\"T1\",\"user_id\":\"UBOT\",\"bot_id\":\"B1\"}"
                        : "{\"ok\":false,\"error\":\"invalid_auth\"}";
            }
            byte[] bytes = reply.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", path.startsWith("/api/") ? "application/json"
                    : "text/plain");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    private synchronized void kept(String body) {
        responses.add(body);
        notifyAll();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
