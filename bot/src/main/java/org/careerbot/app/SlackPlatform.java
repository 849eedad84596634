package org.careerbot.app;

import org.careerbot.slack.SlackBot;

/** Slack as a {@link Platform}: a thin shell over the Slack adapter, which keeps all Slack types to itself. */
final class SlackPlatform implements Platform {
    private final SlackBot bot;

    SlackPlatform(SlackBot bot) {
        this.bot = bot;
    }

    @Override
    public String name() {
        return "slack";
    }

    @Override
    public void start() throws Exception {
        bot.start();
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
