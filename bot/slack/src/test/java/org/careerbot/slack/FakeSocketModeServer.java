package org.careerbot.slack;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.java_websocket.WebSocket;
import org.java_websocket.drafts.Draft;
import org.java_websocket.exceptions.InvalidDataException;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.framing.Framedata;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.handshake.ServerHandshakeBuilder;
import org.java_websocket.server.WebSocketServer;

/**
 * Slack's Socket Mode end on loopback: greets each connection with {@code hello}, then sends the envelopes the
 * test queued; records what the app sends back (its acknowledgements). It can also misbehave as Slack and the
 * network do: ask for a refresh ({@code disconnect}), drop connections without a close handshake, fall silent
 * (stop answering pings), and refuse new connections.
 */
final class FakeSocketModeServer extends WebSocketServer {
    private final CountDownLatch started = new CountDownLatch(1);
    private final List<String> received = new ArrayList<>();
    private final List<String> onConnect = new CopyOnWriteArrayList<>();
    private final List<WebSocket> connections = new CopyOnWriteArrayList<>();
    private final Set<WebSocket> silent = ConcurrentHashMap.newKeySet();
    private final AtomicInteger opened = new AtomicInteger();
    private volatile boolean refusing;

    FakeSocketModeServer() {
        super(new InetSocketAddress("127.0.0.1", 0));
        setReuseAddr(true);
        setConnectionLostTimeout(0);
    }

    /** Starts and waits until it listens. */
    FakeSocketModeServer listening() throws InterruptedException {
        start();
        if (!started.await(10, TimeUnit.SECONDS)) {
            throw new AssertionError("WebSocket server did not start");
        }
        return this;
    }

    String url() {
        return "ws://127.0.0.1:" + getPort() + "/link/?ticket=" + TICKET;
    }

    /** The secret part of the URL, which must never be logged. */
    static final String TICKET = "tkt-6a1f0c3e9b2d";

    /** Envelopes sent to every new connection right after its hello. */
    void sendOnConnect(String... envelopes) {
        onConnect.addAll(List.of(envelopes));
    }

    /** Sends an envelope to the connected app. */
    void send(String envelope) {
        connections.forEach(c -> c.send(envelope));
    }

    /** Sends an envelope on the newest open connection, as Slack sends each envelope on one of them. */
    void sendToNewest(String envelope) {
        for (int i = connections.size() - 1; i >= 0; i--) {
            WebSocket c = connections.get(i);
            if (c.isOpen() && !silent.contains(c)) {
                c.send(envelope);
                return;
            }
        }
    }

    /** How many connections were opened so far. */
    int opened() {
        return opened.get();
    }

    /** How many connections are open now. */
    int open() {
        return (int) connections.stream().filter(WebSocket::isOpen).count();
    }

    /** Asks every open connection to reconnect, as Slack does before it recycles a server. */
    void requestRefresh() {
        connections.forEach(c -> c.send("{\"type\":\"disconnect\",\"reason\":\"refresh_requested\","
                + "\"debug_info\":{\"host\":\"fake\"}}"));
    }

    /** Drops every connection without a close handshake, as a lost network does. */
    void dropAll() {
        connections.forEach(c -> c.closeConnection(CloseFrame.ABNORMAL_CLOSE, "dropped"));
    }

    /** The open connections stay open but answer nothing any more, not even pings. */
    void silenceAll() {
        silent.addAll(connections);
    }

    /** Whether new connections are refused at the handshake. */
    void refuseNewConnections(boolean refuse) {
        refusing = refuse;
    }

    /** The first message from the app that contains {@code text}; fails after ten seconds. */
    String awaitMessage(String text) throws InterruptedException {
        String found = awaitMessage(text, Duration.ofSeconds(10));
        if (found == null) {
            throw new AssertionError("no message containing " + text + " in " + received());
        }
        return found;
    }

    /** The first message from the app that contains {@code text}, or null after {@code wait}. */
    synchronized String awaitMessage(String text, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            for (String message : received) {
                if (message.contains(text)) {
                    return message;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    private synchronized List<String> received() {
        return List.copyOf(received);
    }

    private synchronized void record(String message) {
        received.add(message);
        notifyAll();
    }

    @Override
    public ServerHandshakeBuilder onWebsocketHandshakeReceivedAsServer(WebSocket conn, Draft draft,
                                                                       ClientHandshake request)
            throws InvalidDataException {
        if (refusing) {
            throw new InvalidDataException(CloseFrame.TRY_AGAIN_LATER, "refused");
        }
        return super.onWebsocketHandshakeReceivedAsServer(conn, draft, request);
    }

    @Override
    public void onWebsocketPing(WebSocket conn, Framedata f) {
        if (!silent.contains(conn)) {
            super.onWebsocketPing(conn, f);
        }
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        opened.incrementAndGet();
        connections.add(conn);
        conn.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"fake\"},"
                + "\"connection_info\":{\"app_id\":\"A1\"}}");
        onConnect.forEach(conn::send);
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        connections.remove(conn);
        silent.remove(conn);
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        record(message);
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
        if (conn != null) {
            record("error: " + ex);
        }
    }

    @Override
    public void onStart() {
        started.countDown();
    }
}
