package org.careerbot.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.careerbot.core.ConnectionEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one live Socket Mode connection, whatever fails. One thread owns the state: it opens sockets, promotes a
 * new socket once Slack says {@code hello} on it, pings the live socket and drops it when it falls silent, opens a
 * new one when Slack asks ({@code disconnect}) or the socket closes, and retries failed attempts with
 * {@link Backoff}. Every step catches everything, and a periodic check repairs any state, so the loop cannot stop
 * the way the SDK's own session monitor does (it dies on the first unchecked exception).
 *
 * <p>An {@link Outage} is logged once when it starts and once when it ends, not at every attempt; its latest
 * problem is what {@link #state()} reports.
 */
final class SocketSupervisor implements SlackSocket.Events, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SocketSupervisor.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PLATFORM = "slack";

    /** Where a new socket's URL comes from: {@code apps.connections.open}, after any check it needs first. */
    interface Opener {
        String open() throws ConnectFailure;
    }

    private final Opener opener;
    private final BiConsumer<String, SlackSocket> envelopes;
    private final SocketTimings timings;
    private final Backoff backoff;
    private final ConnectionEvents events;
    private final ScheduledExecutorService loop = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "slack-socket");
        t.setDaemon(true);
        return t;
    });

    private final Outage outage;

    // Written only on the loop's thread; the volatile ones are read by health checks too.
    private volatile SlackSocket current;
    private volatile long retryAt = System.nanoTime();
    private SlackSocket pending;
    private long pendingSince;
    private long lastPing;
    private boolean refresh;
    private boolean everConnected;
    private int failures;

    /**
     * @param envelopes handles each envelope (anything but {@code hello} and {@code disconnect}) and acknowledges
     *                  it on the socket it came on
     */
    SocketSupervisor(Opener opener, BiConsumer<String, SlackSocket> envelopes, SocketTimings timings,
                     Backoff backoff, ConnectionEvents events) {
        this.opener = opener;
        this.envelopes = envelopes;
        this.timings = timings;
        this.backoff = backoff;
        this.events = events;
        this.outage = new Outage(timings.maxRetry());
    }

    /**
     * Makes the first attempt, then keeps the connection up in the background. Returns without waiting for the
     * socket; a failure that may pass is retried, not thrown.
     *
     * @throws ConnectFailure if Slack refused a token: retrying cannot help
     */
    void start() throws ConnectFailure, InterruptedException {
        Future<ConnectFailure> first = loop.submit(this::firstAttempt);
        ConnectFailure fatal;
        try {
            fatal = first.get();
        } catch (ExecutionException e) {
            fatal = ConnectFailure.transientFailure("unexpected " + e.getCause().getClass().getSimpleName());
        }
        if (fatal != null && fatal.tokenRejected()) {
            loop.shutdownNow();
            throw fatal;
        }
        long tick = timings.tick().toNanos();
        loop.scheduleWithFixedDelay(this::safeTick, tick, tick, TimeUnit.NANOSECONDS);
    }

    /** True while a socket that said hello is open and has been heard from recently. */
    boolean live() {
        SlackSocket s = current;
        return s != null && s.isOpen() && s.silentNanos(System.nanoTime()) < timings.silence().toNanos();
    }

    /** The connection's state in a few words, with the reason when it is down. */
    String state() {
        if (live()) {
            return "connected";
        }
        long wait = Math.max(0, retryAt - System.nanoTime());
        return "no Socket Mode connection: " + outage.problem()
                + (wait > 0 ? "; next attempt in " + seconds(wait) : "");
    }

    private ConnectFailure firstAttempt() {
        try {
            connect(System.nanoTime());
            return null;
        } catch (ConnectFailure e) {
            if (!e.tokenRejected()) {
                failed(e.getMessage());
            }
            return e;
        } catch (RuntimeException e) {
            failed("unexpected " + e.getClass().getSimpleName());
            return null;
        }
    }

    private void safeTick() {
        try {
            tick();
        } catch (RuntimeException | Error e) {
            // Never let the periodic check die: it is what repairs the connection.
            LOG.error("Slack Socket Mode check failed; it runs again shortly", e);
        }
    }

    private void tick() {
        long now = System.nanoTime();
        SlackSocket live = current;
        if (live != null) {
            watch(live, now);
        }
        if (pending != null && now - pendingSince > timings.helloTimeout().toNanos()) {
            SlackSocket late = pending;
            pending = null;
            late.abort();
            failed("no hello from Slack within " + seconds(timings.helloTimeout().toNanos()));
        }
        if (pending == null && (current == null || refresh) && now - retryAt >= 0) {
            attempt(now);
        }
    }

    /** Pings the live socket, and drops it when it has been silent too long. */
    private void watch(SlackSocket socket, long now) {
        if (socket.isClosed() || socket.silentNanos(now) >= timings.silence().toNanos()) {
            lost(socket, socket.isClosed() ? "the socket closed"
                    : "no answer to pings for " + seconds(socket.silentNanos(now)));
            socket.abort();
        } else if (now - lastPing >= timings.ping().toNanos()) {
            lastPing = now;
            socket.ping();
        }
    }

    private void attempt(long now) {
        try {
            connect(now);
        } catch (ConnectFailure e) {
            failed(e.getMessage());
        } catch (RuntimeException e) {
            failed("unexpected " + e.getClass().getSimpleName());
        }
    }

    private void connect(long now) throws ConnectFailure {
        String url = opener.open();
        SlackSocket socket;
        try {
            socket = new SlackSocket(new URI(url), (int) timings.connectTimeout().toMillis(), this);
        } catch (URISyntaxException e) {
            // Not the exception's message: it quotes the URL, whose ticket is a secret.
            throw ConnectFailure.transientFailure("apps.connections.open answered an unusable URL");
        }
        pending = socket;
        pendingSince = now;
        socket.connect();
    }

    @Override
    public void message(SlackSocket socket, String text) {
        String type = type(text);
        if ("hello".equals(type)) {
            post(() -> hello(socket));
        } else if ("disconnect".equals(type)) {
            post(() -> disconnect(socket, text));
        } else {
            envelopes.accept(text, socket);
        }
    }

    @Override
    public void closed(SlackSocket socket, int code, String reason) {
        post(() -> {
            String why = "the socket closed (" + code + (reason == null || reason.isBlank() ? "" : " "
                    + Redaction.clean(reason)) + ")";
            if (socket == current) {
                lost(socket, why);
            } else if (socket == pending) {
                pending = null;
                failed(why + " before Slack said hello");
            }
            // else: a socket already replaced or dropped; its close changes nothing
            tick();
        });
    }

    private void hello(SlackSocket socket) {
        if (socket != pending) {
            return;
        }
        SlackSocket old = current;
        current = socket;
        pending = null;
        refresh = false;
        lastPing = System.nanoTime();
        if (!outage.ongoing()) {
            if (everConnected) {
                LOG.debug("Slack Socket Mode connection refreshed");
            } else {
                LOG.info("Slack Socket Mode connected");
            }
        }
        outage.end(failures, everConnected);
        if (everConnected) {
            events.record(PLATFORM, ConnectionEvents.Event.RECONNECTED);
        }
        everConnected = true;
        failures = 0;
        if (old != null) {
            old.close();
        }
    }

    private void disconnect(SlackSocket socket, String text) {
        if (socket != current) {
            return;
        }
        LOG.info("Slack asked for a new Socket Mode connection ({})", reason(text));
        refresh = true;
        retryAt = System.nanoTime();
        tick();
    }

    /** The live socket is gone: reconnect at once, then with backoff. */
    private void lost(SlackSocket socket, String why) {
        if (socket != current) {
            return;
        }
        current = null;
        refresh = false;
        outage.problem(why);
        retryAt = System.nanoTime();
    }

    private void failed(String why) {
        failures++;
        events.record(PLATFORM, ConnectionEvents.Event.ATTEMPT_FAILED);
        outage.problem(why);
        retryAt = System.nanoTime() + backoff.after(failures).toNanos();
    }

    private void post(Runnable task) {
        try {
            loop.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    LOG.error("Slack Socket Mode event failed; the periodic check repairs the connection", e);
                }
            });
        } catch (RejectedExecutionException e) {
            // closing
        }
    }

    private static String type(String text) {
        try {
            return JSON.readTree(text).path("type").asText("");
        } catch (Exception e) {
            return "";
        }
    }

    private static String reason(String text) {
        try {
            JsonNode reason = JSON.readTree(text).path("reason");
            return reason.isTextual() ? reason.asText() : "no reason given";
        } catch (Exception e) {
            return "no reason given";
        }
    }

    private static String seconds(long nanos) {
        return Outage.seconds(nanos);
    }

    /** Stops reconnecting and closes the sockets. */
    @Override
    public void close() {
        loop.shutdownNow();
        try {
            loop.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        SlackSocket p = pending;
        SlackSocket c = current;
        current = null;
        for (SlackSocket s : new SlackSocket[] {p, c}) {
            if (s != null) {
                s.close();
            }
        }
    }
}
