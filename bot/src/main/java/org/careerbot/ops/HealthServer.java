package org.careerbot.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.Callback;

/**
 * {@code /healthz} (is the bot up, are its platforms connected, is the knowledge loaded) and {@code /metrics}
 * (Prometheus text) on a small HTTP server ({@link HttpServers}: slow clients hold no thread), for orchestrators
 * and monitoring.
 */
public final class HealthServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Server server;

    /**
     * A started server.
     *
     * @param port      the port (0 picks a free one)
     * @param platforms each platform's name and whether it is connected now
     * @param knowledge what is loaded (counts), for the health document
     * @param metrics   the metrics to expose
     * @throws IOException when the port cannot be bound
     */
    public HealthServer(int port, Supplier<Map<String, Boolean>> platforms, Map<String, Integer> knowledge,
                        Metrics metrics) throws IOException {
        Handler handler = new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws IOException {
                String path = Request.getPathInContext(request);
                if (path.startsWith("/healthz")) {
                    health(request, response, callback, platforms.get(), knowledge);
                } else if (path.startsWith("/metrics")) {
                    send(request, response, callback, 200, "text/plain; version=0.0.4; charset=utf-8",
                            metrics.scrape());
                } else {
                    return false;
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

    private static void health(Request request, Response response, Callback callback, Map<String, Boolean> platforms,
                               Map<String, Integer> knowledge) throws IOException {
        boolean up = platforms.values().stream().allMatch(Boolean::booleanValue) && !knowledge.isEmpty();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("status", up ? "up" : "degraded");
        doc.put("platforms", platforms);
        doc.put("knowledge", knowledge);
        send(request, response, callback, up ? 200 : 503, "application/json", JSON.writeValueAsString(doc));
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
