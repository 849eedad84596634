package org.careerbot.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * The one stand-in for Slack's Web API and response URLs in the tests, on loopback: records every call and answers
 * as Slack would ({@code auth.test}, {@code chat.postMessage}, {@code chat.postEphemeral}, {@code views.publish},
 * {@code apps.connections.open}, {@code bots.info}, response URL posts, and file uploads: {@code
 * files.getUploadURLExternal} hands out an upload URL on this server, whose POST is recorded as method {@code
 * upload} with its bytes, then {@code files.completeUploadExternal}), and the install flow's {@code oauth.v2.access},
 * which exchanges a code granted with {@link #grant} for its workspace's token ({@code auth.test} then names that
 * workspace for that token). Tests can script the next answer to a method,
 * e.g. a rate limit, or have {@code auth.test} refuse the token. {@link #close()} stops the server and its threads.
 */
public final class LoopbackSlack implements AutoCloseable {
    /** The bot's user id, as {@code auth.test} says it. */
    public static final String BOT_USER = "UBOT";
    /** The workspace's id, as {@code auth.test} says it. */
    public static final String TEAM = "T1";
    /** How long the waits for a call last before they fail. */
    public static final Duration WAIT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;
    private final ExecutorService threads;
    private final boolean tokenValid;
    private final List<Call> calls = new ArrayList<>();
    private final Map<String, Deque<Reply>> scripted = new LinkedHashMap<>();
    private volatile String socketUrl = "ws://127.0.0.1:1/";
    private volatile Duration latency = Duration.ZERO;
    private final Map<String, String[]> grants = new LinkedHashMap<>();
    private final Map<String, String> teamsOfTokens = new LinkedHashMap<>();
    private int ts = 1000;
    private int files = 0;

    /**
     * One recorded call.
     *
     * @param method  the Web API method, or {@code response} for a response URL post
     * @param path    the request path
     * @param auth    the Authorization header
     * @param form    the form parameters (Web API)
     * @param json    the JSON body (response URLs), or a missing node
     * @param bytes   the raw body
     */
    public record Call(String method, String path, String auth, Map<String, String> form, JsonNode json, byte[] bytes) {
        /** A parameter, from the form or the JSON body. */
        public String param(String name) {
            if (form.containsKey(name)) {
                return form.get(name);
            }
            JsonNode value = json.path(name);
            return value.isMissingNode() || value.isNull() ? null : value.asText();
        }

        /** The Block Kit blocks sent, wherever the method carries them. */
        public JsonNode blocks() {
            try {
                if (form.containsKey("blocks")) {
                    return JSON.readTree(form.get("blocks"));
                }
                if (form.containsKey("view")) {
                    return JSON.readTree(form.get("view")).path("blocks");
                }
                return json.path("blocks");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Everything sent, as text, for "contains" checks. */
        public String all() {
            return form.isEmpty() ? json.toString() : form.toString();
        }
    }

    private record Reply(int status, String retryAfter, String body, Duration delay) {
        Reply(int status, String retryAfter, String body) {
            this(status, retryAfter, body, Duration.ZERO);
        }
    }

    /** A Slack that takes the bot's token. */
    public LoopbackSlack() throws IOException {
        this(true);
    }

    /** A Slack whose {@code auth.test} takes the bot's token, or refuses it ({@code invalid_auth}). */
    public LoopbackSlack(boolean tokenValid) throws IOException {
        this.tokenValid = tokenValid;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        // As many calls at once as the app makes, so that a latency delays each call rather than queueing them.
        threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "loopback-slack");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Where the app's Web API calls go ({@code SLACK_API_URL}). */
    public String apiUrl() {
        return base() + "/api/";
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A response URL on this server, as Slack hands out with a request. */
    public String responseUrl(String id) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/response/" + id;
    }

    /** The Socket Mode URL that {@code apps.connections.open} hands out. */
    public void socketUrl(String url) {
        socketUrl = url;
    }

    /** From now on, every call but {@code auth.test} takes this long to answer, as the real Slack does. */
    public void latency(Duration latency) {
        this.latency = latency;
    }

    /** The next call to {@code method} gets this answer instead of success. */
    public synchronized void script(String method, int status, String retryAfter, String body) {
        scripted.computeIfAbsent(method, m -> new ArrayDeque<>()).add(new Reply(status, retryAfter, body));
    }

    /** The next call to {@code method} succeeds, but only after {@code delay}: a slow or stuck Slack. */
    public synchronized void scriptDelay(String method, Duration delay) {
        scripted.computeIfAbsent(method, m -> new ArrayDeque<>()).add(new Reply(200, null, null, delay));
    }

    /**
     * Makes {@code code} an install's code: {@code oauth.v2.access} exchanges it for {@code token}, the bot token of
     * workspace {@code team}, and {@code auth.test} names that workspace for that token from then on.
     */
    public synchronized void grant(String code, String team, String token) {
        grants.put(code, new String[] {team, token});
        teamsOfTokens.put(token, team);
    }

    /** Every call to a method so far. */
    public synchronized List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    /** Calls other than the start-up {@code auth.test}. */
    public synchronized List<Call> replies() {
        return calls.stream().filter(c -> !c.method().equals("auth.test")).toList();
    }

    /** Waits for the first call to {@code method} that matches. */
    public Call await(String method, Predicate<Call> matching) {
        return awaitAll(method, matching, 1).get(0);
    }

    /** Waits until {@code count} calls to {@code method} match; fails after {@link #WAIT}. */
    public synchronized List<Call> awaitAll(String method, Predicate<Call> matching, int count) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            List<Call> found = calls.stream().filter(c -> c.method().equals(method)).filter(matching).toList();
            long left = deadline - System.nanoTime();
            if (found.size() >= count) {
                return found;
            }
            if (left <= 0) {
                throw new AssertionError("no " + count + " matching " + method + " call(s) in " + WAIT
                        + "; calls: " + calls.stream().map(Call::method).toList());
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] raw = exchange.getRequestBody().readAllBytes();
            String body = new String(raw, StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            boolean response = path.startsWith("/response/");
            boolean upload = path.startsWith("/upload/");
            String method = response ? "response" : upload ? "upload" : path.substring(path.lastIndexOf('/') + 1);
            Call call = new Call(method, path, exchange.getRequestHeaders().getFirst("Authorization"),
                    response || upload ? Map.of() : form(body),
                    response ? JSON.readTree(body) : MissingNode.getInstance(), raw);
            if (!latency.isZero() && !"auth.test".equals(method)) {
                pause(latency);
            }
            Reply reply = record(call);
            pause(reply.delay());
            if (reply.retryAfter() != null) {
                exchange.getResponseHeaders().set("Retry-After", reply.retryAfter());
            }
            exchange.getResponseHeaders().set("Content-Type", response || upload ? "text/plain" : "application/json");
            byte[] bytes = (reply.body() == null ? answer(call) : reply.body()).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(reply.status(), bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    private synchronized Reply record(Call call) {
        calls.add(call);
        notifyAll();
        Deque<Reply> next = scripted.get(call.method());
        if (next != null && !next.isEmpty()) {
            return next.poll();
        }
        return new Reply(200, null, answer(call));
    }

    private String answer(Call call) {
        return switch (call.method()) {
            case "response" -> "ok";
            case "upload" -> "OK - " + call.bytes().length;
            case "files.getUploadURLExternal" -> "{\"ok\":true,\"upload_url\":\"" + base() + "/upload/F" + (++files)
                    + "\",\"file_id\":\"F" + files + "\"}";
            case "files.completeUploadExternal" -> "{\"ok\":true,\"files\":" + call.param("files") + "}";
            case "auth.test" -> !tokenValid ? "{\"ok\":false,\"error\":\"invalid_auth\"}"
                    : "{\"ok\":true,\"url\":\"https://fake.slack.com/\",\"team\":\"Fake\",\"user\":"
                    + "\"career_bot\",\"team_id\":\"" + teamOf(call) + "\",\"user_id\":\"" + BOT_USER
                    + "\",\"bot_id\":\"B1\"}";
            case "oauth.v2.access" -> exchange(call.param("code"));
            case "chat.postMessage" -> "{\"ok\":true,\"channel\":\"" + call.param("channel") + "\",\"ts\":\""
                    + (++ts) + ".000100\"}";
            case "chat.postEphemeral" -> "{\"ok\":true,\"message_ts\":\"" + (++ts) + ".000200\"}";
            case "views.publish" -> "{\"ok\":true,\"view\":{\"id\":\"V1\",\"type\":\"home\"}}";
            case "apps.connections.open" -> "{\"ok\":true,\"url\":\"" + socketUrl + "\"}";
            case "bots.info" -> "{\"ok\":true,\"bot\":{\"id\":\"B1\",\"user_id\":\"" + BOT_USER + "\"}}";
            default -> "{\"ok\":false,\"error\":\"unknown_method\"}";
        };
    }

    /** The workspace of the token a call carries: one granted by the install flow, else {@link #TEAM}. */
    private synchronized String teamOf(Call call) {
        String token = call.auth() != null && call.auth().startsWith("Bearer ") ? call.auth().substring(7)
                : call.param("token");
        return token == null ? TEAM : teamsOfTokens.getOrDefault(token, TEAM);
    }

    /** {@code oauth.v2.access}: the token of a granted code, or Slack's {@code invalid_code}. */
    private synchronized String exchange(String code) {
        String[] grant = code == null ? null : grants.get(code);
        if (grant == null) {
            return "{\"ok\":false,\"error\":\"invalid_code\"}";
        }
        return "{\"ok\":true,\"app_id\":\"A1\",\"authed_user\":{\"id\":\"UINSTALLER\"},\"scope\":"
                + "\"app_mentions:read,chat:write,commands,files:write,im:history\",\"token_type\":\"bot\","
                + "\"access_token\":\"" + grant[1] + "\",\"bot_user_id\":\"" + BOT_USER + "\",\"team\":{\"id\":\""
                + grant[0] + "\",\"name\":\"Workspace " + grant[0] + "\"},\"enterprise\":null,"
                + "\"is_enterprise_install\":false}";
    }

    private static void pause(Duration latency) {
        try {
            Thread.sleep(latency.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            form.put(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return form;
    }

    /** The body of the first response URL post, once it came. */
    public String awaitResponse() {
        return new String(await("response", c -> true).bytes(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
