package org.careerbot.slack;

/** How Slack's requests reach the app: a WebSocket the app opens, or an HTTP endpoint Slack posts to. */
interface Transport extends AutoCloseable {
    /** Starts taking requests; returns once it does. */
    void start() throws Exception;

    /** Whether requests can reach the app now. */
    boolean connected();

    /** The connection's state in a few words, with the reason when requests cannot reach the app. */
    default String state() {
        return connected() ? "connected" : "not listening";
    }

    /** The local port Slack posts to, or -1 when the app connects out. */
    int port();

    /** Stops taking requests. */
    @Override
    void close();
}
