package org.careerbot.app;

/**
 * A chat platform the bot serves (Slack, Discord). Started from the environment's settings; when no subcommand is
 * given, every platform whose variables are set runs in one process.
 */
interface Platform extends AutoCloseable {
    /** The platform's name, for logs and health. */
    String name();

    /** Connects and starts serving; returns once serving (events are handled on the platform's threads). */
    void start() throws Exception;

    /** Whether it is connected and serving now. */
    boolean connected();

    /** The connection's state in a few words; when it is not connected, why. */
    default String state() {
        return connected() ? "connected" : "disconnected";
    }

    /** The local port it listens on (Slack's HTTP mode), or -1 when it connects out. */
    default int port() {
        return -1;
    }

    /** Stops taking new events, finishes answers in flight, and disconnects. */
    @Override
    void close();
}
