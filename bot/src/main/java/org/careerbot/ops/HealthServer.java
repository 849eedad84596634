package org.careerbot.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * {@code /healthz} (is the bot up, are its platforms connected, is the knowledge loaded) and {@code /metrics}
 * (Prometheus text) on a small HTTP server of the JDK, for orchestrators and monitoring.
 */
public final class HealthServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;

    /**
     * A started server.
     *
     * @param port      the port (0 picks a free one)
     * @param platforms each platform's name and its connection now
     * @param knowledge what is loaded (counts), for the health document
     * @param metrics   the metrics to expose
     * @throws IOException when the port cannot be bound
     */
    public HealthServer(int port, Supplier<Map<String, PlatformHealth>> platforms, Map<String, Integer> knowledge,
                        Metrics metrics) throws IOException {
        server = HttpServer.create(new InetSocketAddress(port), 0);
        server.setExecutor(Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "health");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/healthz", exchange -> {
            if (!refused(exchange)) {
                health(exchange, platforms.get(), knowledge);
            }
        });
        server.createContext("/metrics", exchange -> {
            if (!refused(exchange)) {
                send(exchange, 200, "text/plain; version=0.0.4; charset=utf-8", metrics.scrape());
            }
        });
        server.start();
    }

    /** The port it listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    private static void health(HttpExchange exchange, Map<String, PlatformHealth> platforms,
                               Map<String, Integer> knowledge) throws IOException {
        boolean up = platforms.values().stream().allMatch(PlatformHealth::up) && !knowledge.isEmpty();
        Map<String, Boolean> connected = new LinkedHashMap<>();
        Map<String, String> states = new LinkedHashMap<>();
        platforms.forEach((name, health) -> {
            connected.put(name, health.up());
            states.put(name, health.state());
        });
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("status", up ? "up" : "degraded");
        doc.put("platforms", connected);
        doc.put("connections", states); // why a platform is down, for the person reading the 503
        doc.put("knowledge", knowledge);
        send(exchange, up ? 200 : 503, "application/json", JSON.writeValueAsString(doc));
    }

    /** Answers 404 or 405 to what {@link HealthRoutes} does not serve: contexts match any path they begin. */
    private static boolean refused(HttpExchange exchange) throws IOException {
        OptionalInt status = HealthRoutes.refusal(exchange.getRequestMethod(), exchange.getRequestURI().getPath());
        if (status.isPresent()) {
            if (status.getAsInt() == 405) {
                exchange.getResponseHeaders().set("Allow", HealthRoutes.ALLOW);
            }
            exchange.sendResponseHeaders(status.getAsInt(), -1);
            exchange.close();
        }
        return status.isPresent();
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        if ("HEAD".equals(exchange.getRequestMethod())) {
            exchange.sendResponseHeaders(status, -1);
        } else {
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(1);
    }
}
