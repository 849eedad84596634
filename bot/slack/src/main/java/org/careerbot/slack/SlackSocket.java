package org.careerbot.slack;

import java.net.URI;
import java.util.Map;
import org.java_websocket.WebSocket;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.drafts.Draft_6455;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.framing.Framedata;
import org.java_websocket.handshake.ServerHandshake;

/**
 * One Socket Mode WebSocket. It remembers when Slack was last heard from (any message or pong), so that a silent
 * socket can be told from a quiet one, and it reports its events with itself as the sender, so that the events
 * of an abandoned socket cannot be mistaken for those of the current one.
 */
final class SlackSocket extends WebSocketClient {
    /** What happens on a socket; called on the socket's own thread. */
    interface Events {
        void message(SlackSocket socket, String text);

        void closed(SlackSocket socket, int code, String reason);
    }

    private final Events events;
    private volatile long heardAt = System.nanoTime();

    SlackSocket(URI uri, int connectTimeoutMillis, Events events) {
        super(uri, new Draft_6455(), Map.of(), connectTimeoutMillis);
        this.events = events;
        // The supervisor pings on its own schedule and decides when a socket is dead.
        setConnectionLostTimeout(0);
    }

    /** Nanoseconds since Slack was last heard from on this socket. */
    long silentNanos(long now) {
        return now - heardAt;
    }

    /** Pings Slack; a socket that is already closing just reports its close. */
    void ping() {
        try {
            sendPing();
        } catch (RuntimeException e) {
            // not open any more: its close event follows
        }
    }

    /** Sends a message if the socket is still open; an acknowledgement lost here is sent again by Slack. */
    void sendQuietly(String text) {
        try {
            send(text);
        } catch (RuntimeException e) {
            // closed meanwhile
        }
    }

    /** Drops the connection at once, without waiting for a close handshake that a dead peer would never answer. */
    void abort() {
        closeConnection(CloseFrame.ABNORMAL_CLOSE, "abandoned");
    }

    @Override
    public void onOpen(ServerHandshake handshake) {
        heardAt = System.nanoTime();
    }

    @Override
    public void onMessage(String message) {
        heardAt = System.nanoTime();
        events.message(this, message);
    }

    @Override
    public void onWebsocketPong(WebSocket conn, Framedata f) {
        heardAt = System.nanoTime();
    }

    @Override
    public void onClose(int code, String reason, boolean remote) {
        events.closed(this, code, reason);
    }

    @Override
    public void onError(Exception e) {
        // The close event that follows reports the failure; the exception's text could name the URL.
    }
}
