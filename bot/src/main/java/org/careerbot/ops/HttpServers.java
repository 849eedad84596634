package org.careerbot.ops;

import java.io.IOException;
import java.time.Duration;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.NetworkConnector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP servers (Jetty) that slow and idle clients cannot starve. Jetty reads requests without blocking: a client
 * that sends its headers a byte at a time, or nothing at all, holds a socket and a few kilobytes of memory but no
 * thread, and a handler runs only once a request's headers are complete. The JDK's own server gave each such
 * client a thread until it finished, so a handful of slow clients stopped it.
 */
public final class HttpServers {
    /** A connection silent this long is closed: while a request arrives, and between requests. */
    public static final Duration IDLE_TIMEOUT = Duration.ofSeconds(10);
    /** Open connections per server at most; further ones wait in the kernel's backlog until one closes. */
    public static final int MAX_CONNECTIONS = 1_000;
    /** How long a stop waits for the requests being handled. */
    public static final Duration STOP_TIMEOUT = Duration.ofSeconds(2);
    /** Request headers larger than this are refused (431). */
    static final int MAX_HEADERS = 16 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(HttpServers.class);

    private HttpServers() {
    }

    /**
     * A started server.
     *
     * @param name       its threads' name
     * @param port       the port (0 picks a free one)
     * @param maxThreads threads that run handlers at most (Jetty's acceptor and selector included)
     * @param handler    what answers requests
     * @throws IOException when it cannot start, e.g. the port is in use; nothing is left running then
     */
    public static Server start(String name, int port, int maxThreads, Handler handler) throws IOException {
        QueuedThreadPool threads = new QueuedThreadPool(maxThreads, 2);
        threads.setName(name);
        threads.setDaemon(true);
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setRequestHeaderSize(MAX_HEADERS);
        ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setPort(port);
        connector.setIdleTimeout(IDLE_TIMEOUT.toMillis());
        // On stop, connections that are between requests (or stalled in one) close at once; a stop waits only for
        // requests being handled.
        connector.setShutdownIdleTimeout(100);
        server.addConnector(connector);
        server.addBean(new NetworkConnectionLimit(MAX_CONNECTIONS, connector));
        server.setHandler(new GracefulHandler(handler));
        server.setStopTimeout(STOP_TIMEOUT.toMillis());
        try {
            server.start();
        } catch (Exception e) {
            stop(server);
            throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
        }
        return server;
    }

    /** The port a started server listens on. */
    public static int port(Server server) {
        return ((NetworkConnector) server.getConnectors()[0]).getLocalPort();
    }

    /** Stops taking connections, lets the requests being handled finish (up to {@link #STOP_TIMEOUT}), and stops. */
    public static void stop(Server server) {
        try {
            server.stop();
        } catch (Exception e) {
            // Stopping is best effort: the process is usually about to exit.
            LOG.warn("HTTP server did not stop cleanly: {}", e.getClass().getSimpleName());
        }
    }
}
