package org.careerbot.app;

import java.io.IOException;
import java.net.BindException;
import org.careerbot.slack.SlackBot;

/** Slack as a {@link Platform}: a thin shell over the Slack adapter, which keeps all Slack types to itself. */
final class SlackPlatform implements Platform {
    private final SlackBot bot;
    private final int requestedPort;

    /**
     * Slack served by this bot.
     *
     * @param requestedPort {@code PORT}, the HTTP mode's port, so that a port in use can be named
     * @param bot           the adapter
     */
    SlackPlatform(int requestedPort, SlackBot bot) {
        this.bot = bot;
        this.requestedPort = requestedPort;
    }

    @Override
    public String name() {
        return "slack";
    }

    @Override
    public void start() throws Exception {
        try {
            bot.start();
        } catch (Exception e) {
            if (portInUse(e)) {
                throw new IOException("PORT " + requestedPort + " is in use (" + e.getMessage() + "): stop what "
                        + "uses it or set PORT to a free port", e);
            }
            throw e;
        }
    }

    /** Whether binding the port failed because something else listens on it, however the server wraps that. */
    private static boolean portInUse(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean connected() {
        return bot.connected();
    }

    @Override
    public String state() {
        return bot.state();
    }

    @Override
    public int port() {
        return bot.port();
    }

    @Override
    public void close() {
        bot.close();
    }
}
