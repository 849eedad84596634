package org.careerbot.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.Callback;

/**
 * {@code /healthz} (is the bot up, are its platforms connected and why not, is the knowledge loaded) and
 * {@code /metrics} (Prometheus text) on a small HTTP server ({@link HttpServers}: slow clients hold no thread), for
 * orchestrators and monitoring. Only those two paths, to GET and HEAD ({@link HealthRoutes}).
 */
public final class HealthServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Server server;

    /**
     * A started server.
     *
     * @param port      the port (0 picks a free one)
     * @param platforms each platform's name and its connection's health now
     * @param knowledge what is loaded (counts), for the health document
     * @param metrics   the metrics to expose
     * @throws IOException when the port cannot be bound
     */
    public HealthServer(int port, Supplier<Map<String, PlatformHealth>> platforms, Map<String, Integer> knowledge,
                        Metrics metrics) throws IOException {
        this(port, platforms, Map::of, knowledge, metrics);
    }

    /**
     * A started server that also reports the stores the bot keeps its shared state in.
     *
     * @param port      the port (0 picks a free one)
     * @param platforms each platform's name and its connection's health now
     * @param stores    each shared store's name (e.g. {@code redis}) and whether it answers now
     * @param knowledge what is loaded (counts), for the health document
     * @param metrics   the metrics to expose
     * @throws IOException when the port cannot be bound
     */
    public HealthServer(int port, Supplier<Map<String, PlatformHealth>> platforms,
                        Supplier<Map<String, PlatformHealth>> stores, Map<String, Integer> knowledge,
                        Metrics metrics) throws IOException {
        Handler handler = new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws IOException {
                String path = Request.getPathInContext(request);
                OptionalInt refusal = HealthRoutes.refusal(request.getMethod(), path);
                if (refusal.isPresent()) {
                    refuse(response, callback, refusal.getAsInt());
                } else if (path.equals("/healthz")) {
                    health(request, response, callback, platforms.get(), stores.get(), knowledge);
                } else {
                    send(request, response, callback, 200, "text/plain; version=0.0.4; charset=utf-8",
                            metrics.scrape());
                }
                return true;
            }
        };
        server = HttpServers.start("health", port, 8, handler);
    }

    /** The port it listens on. */
    public int port() {
        return HttpServers.port(server);
    }

    /**
     * The health document. A store that is down makes the status {@code degraded} but keeps the code 200: the bot
     * still answers without it, and a 503 from every replica at once would take them all out of a load balancer.
     */
    private static void health(Request request, Response response, Callback callback,
                               Map<String, PlatformHealth> platforms, Map<String, PlatformHealth> stores,
                               Map<String, Integer> knowledge) throws IOException {
        boolean up = platforms.values().stream().allMatch(PlatformHealth::up) && !knowledge.isEmpty();
        boolean storesUp = stores.values().stream().allMatch(PlatformHealth::up);
        Map<String, Boolean> connected = new LinkedHashMap<>();
        Map<String, String> states = new LinkedHashMap<>();
        platforms.forEach((name, health) -> {
            connected.put(name, health.up());
            states.put(name, health.state());
        });
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("status", up && storesUp ? "up" : "degraded");
        doc.put("platforms", connected);
        doc.put("connections", states); // why a platform is down, for the person reading the 503
        if (!stores.isEmpty()) {
            Map<String, String> state = new LinkedHashMap<>();
            stores.forEach((name, health) -> state.put(name, health.state()));
            doc.put("state", state); // e.g. {"redis":"cannot reach redis://10.0.0.5:6379/0: Connection refused"}
        }
        doc.put("knowledge", knowledge);
        send(request, response, callback, up ? 200 : 503, "application/json", JSON.writeValueAsString(doc));
    }

    /** 404 for another path, 405 (with the methods allowed) for another method. */
    private static void refuse(Response response, Callback callback, int status) {
        response.setStatus(status);
        if (status == 405) {
            response.getHeaders().put(HttpHeader.ALLOW, HealthRoutes.ALLOW);
        }
        response.write(true, null, callback);
    }

    private static void send(Request request, Response response, Callback callback, int status, String type,
                             String body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
        boolean head = "HEAD".equals(request.getMethod());
        response.write(true, head ? null : ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    }

    @Override
    public void close() {
        HttpServers.stop(server);
    }
}
