package org.careerbot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.careerbot.ops.HttpServers;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP mode on Jetty ({@link HttpServers}): events, commands, interactivity and shortcuts all arrive at one
 * endpoint, are signature-checked, parsed by Bolt and run through the Bolt app, whose response is written back.
 * Headers and body are read without holding a thread, so slow or idle clients cannot starve Slack's requests.
 * Anything unsigned, too big, too slow or unreadable is refused with a status code; the server keeps serving.
 */
final class JettyHttpTransport implements Transport {
    /** Slack's biggest payloads (a click on a full message, with its blocks) stay well below this. */
    static final int MAX_BODY = 2 * 1024 * 1024;
    /** A body must arrive within this long of its headers; Slack sends it at once. */
    static final Duration BODY_TIMEOUT = Duration.ofSeconds(10);
    /** Threads that acknowledge requests (Bolt runs on them) at most, Jetty's own two included. */
    static final int THREADS = 16;
    private static final Logger LOG = LoggerFactory.getLogger(JettyHttpTransport.class);

    private final App app;
    private final SlackRequestParser parser;
    private final RequestSignatures signatures;
    private final int requestedPort;
    private final boolean installs;
    private volatile Server server;

    /**
     * @param installs whether the app installs into many workspaces: then {@value SlackSettings#INSTALL_PATH} and
     *                 {@value SlackSettings#OAUTH_REDIRECT_PATH} serve Slack's install flow to installers' browsers
     */
    JettyHttpTransport(App app, RequestSignatures signatures, int port, boolean installs) {
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
        this.signatures = signatures;
        this.requestedPort = port;
        this.installs = installs;
    }

    @Override
    public void start() throws IOException {
        server = HttpServers.start("slack-http", requestedPort, THREADS, new Handler.Abstract() {
            @Override
            public boolean handle(org.eclipse.jetty.server.Request request, org.eclipse.jetty.server.Response response,
                                  Callback callback) {
                JettyHttpTransport.this.handle(request, response, callback);
                return true;
            }
        });
        LOG.info("Slack HTTP endpoint: POST {} on port {}", SlackSettings.EVENTS_PATH, port());
    }

    @Override
    public boolean connected() {
        Server s = server;
        return s != null && s.isRunning();
    }

    @Override
    public int port() {
        Server s = server;
        return s == null ? -1 : HttpServers.port(s);
    }

    /** Stops taking connections and lets the requests being acknowledged finish first. */
    @Override
    public void close() {
        Server s = server;
        if (s != null) {
            HttpServers.stop(s);
        }
    }

    private void handle(org.eclipse.jetty.server.Request request, org.eclipse.jetty.server.Response response,
                        Callback callback) {
        String path = org.eclipse.jetty.server.Request.getPathInContext(request);
        if ("/health".equals(path) && "GET".equals(request.getMethod())) {
            reply(response, callback, Response.ok("ok"));
        } else if (installs && "GET".equals(request.getMethod()) && (SlackSettings.INSTALL_PATH.equals(path)
                || SlackSettings.OAUTH_REDIRECT_PATH.equals(path))) {
            reply(response, callback, install(request, path));
        } else if (!SlackSettings.EVENTS_PATH.equals(path)) {
            reply(response, callback, Response.builder().statusCode(404).body("not found").build());
        } else if (!"POST".equals(request.getMethod())) {
            reply(response, callback, Response.builder().statusCode(405).body("POST only").build());
        } else if (request.getLength() > MAX_BODY) {
            refuse(response, callback, 413, "too large");
        } else {
            Content.Source.asByteArrayAsync(request, MAX_BODY).orTimeout(BODY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                    .whenComplete((body, failure) -> {
                        if (failure == null) {
                            reply(response, callback, respond(request, new String(body, StandardCharsets.UTF_8)));
                        } else {
                            failed(response, callback, failure);
                        }
                    });
        }
    }

    /** A body that did not arrive: too slow (408), too big without saying so (413), or the client went away. */
    private static void failed(org.eclipse.jetty.server.Response response, Callback callback, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof TimeoutException) {
            refuse(response, callback, 408, "request too slow");
        } else if (cause instanceof IllegalStateException) {
            refuse(response, callback, 413, "too large");
        } else {
            callback.failed(cause);
        }
    }

    private Response respond(org.eclipse.jetty.server.Request http, String body) {
        RequestHeaders headers = headers(http);
        if (!signatures.valid(headers.getFirstValue("X-Slack-Request-Timestamp"), body,
                headers.getFirstValue("X-Slack-Signature"))) {
            return Response.json(401, Map.of("error", "invalid request"));
        }
        Request<?> request;
        try {
            request = parser.parse(SlackRequestParser.HttpRequest.builder().requestUri(SlackSettings.EVENTS_PATH)
                    .queryString(Map.of()).requestBody(body).headers(headers)
                    .remoteAddress(org.eclipse.jetty.server.Request.getRemoteAddr(http)).build());
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

    /**
     * A step of the install flow, which comes from the installer's browser, unsigned: Bolt checks the state it
     * signed (and its cookie) instead, and exchanges the code for the workspace's token.
     */
    private Response install(org.eclipse.jetty.server.Request http, String path) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        org.eclipse.jetty.server.Request.extractQueryParameters(http).forEach(field -> query.put(field.getName(),
                new ArrayList<>(field.getValues())));
        try {
            Request<?> request = parser.parse(SlackRequestParser.HttpRequest.builder().requestUri(path)
                    .queryString(query).requestBody("").headers(headers(http))
                    .remoteAddress(org.eclipse.jetty.server.Request.getRemoteAddr(http)).build());
            return request == null ? Response.builder().statusCode(400).body("unreadable request").build()
                    : app.run(request);
        } catch (Exception e) {
            LOG.error("Slack install step {} failed: {}", path, e.getClass().getSimpleName());
            return Response.builder().statusCode(500).body("The installation failed. Please try again.").build();
        }
    }

    private static RequestHeaders headers(org.eclipse.jetty.server.Request request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (HttpField field : request.getHeaders()) {
            headers.computeIfAbsent(field.getName(), n -> new ArrayList<>()).add(field.getValue());
        }
        return new RequestHeaders(headers);
    }

    /** A refusal whose request was not read to its end: the connection cannot carry another request. */
    private static void refuse(org.eclipse.jetty.server.Response response, Callback callback, int status,
                               String why) {
        response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
        reply(response, callback, Response.builder().statusCode(status).body(why).build());
    }

    private static void reply(org.eclipse.jetty.server.Response http, Callback callback, Response response) {
        http.setStatus(response.getStatusCode());
        if (response.getContentType() != null) {
            http.getHeaders().put(HttpHeader.CONTENT_TYPE, response.getContentType());
        }
        if (response.getHeaders() != null) {
            response.getHeaders().forEach((name, values) -> values.forEach(v -> http.getHeaders().add(name, v)));
        }
        String body = response.getBody() == null ? "" : response.getBody();
        http.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    }
}
