package org.careerbot.slack;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Slack's Socket Mode end on loopback: greets each connection with {@code hello}, then sends the envelopes the
 * test queued; records what the app sends back (its acknowledgements).
 */
final class FakeSocketModeServer extends WebSocketServer {
    private final CountDownLatch started = new CountDownLatch(1);
    private final List<String> received = new ArrayList<>();
    private final List<String> onConnect = new CopyOnWriteArrayList<>();
    private final List<WebSocket> connections = new CopyOnWriteArrayList<>();

    FakeSocketModeServer() {
        super(new InetSocketAddress("127.0.0.1", 0));
        setReuseAddr(true);
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
        return "ws://127.0.0.1:" + getPort() + "/link/?ticket=test";
    }

    /** Envelopes sent to every new connection right after its hello. */
    void sendOnConnect(String... envelopes) {
        onConnect.addAll(List.of(envelopes));
    }

    /** Sends an envelope to the connected app. */
    void send(String envelope) {
        connections.forEach(c -> c.send(envelope));
    }

    /** The first message from the app that contains {@code text}; fails after ten seconds. */
    synchronized String awaitMessage(String text) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            for (String message : received) {
                if (message.contains(text)) {
                    return message;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no message containing " + text + " in " + received);
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    private synchronized void record(String message) {
        received.add(message);
        notifyAll();
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        connections.add(conn);
        conn.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"fake\"},"
                + "\"connection_info\":{\"app_id\":\"A1\"}}");
        onConnect.forEach(conn::send);
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        connections.remove(conn);
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        record(message);
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
        record("error: " + ex);
    }

    @Override
    public void onStart() {
        started.countDown();
    }
}
