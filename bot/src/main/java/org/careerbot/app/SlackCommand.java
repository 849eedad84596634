package org.careerbot.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.careerbot.slack.SlackBot;
import org.careerbot.slack.SlackManifest;
import org.careerbot.slack.SlackSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code slack}: runs the Slack app until stopped (Socket Mode with {@code SLACK_APP_TOKEN}, else HTTP with
 * {@code SLACK_SIGNING_SECRET}); {@code slack manifest} prints the app manifest to create it in Slack.
 */
@Command(name = "slack", description = "Run the Slack app (settings from the environment), or print its manifest.",
        subcommands = SlackCommand.Manifest.class)
final class SlackCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(SlackCommand.class);

    @ParentCommand
    Main main;

    @Override
    public Integer call() throws Exception {
        SlackSettings settings;
        try {
            settings = SlackSettings.fromEnvironment(System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        if (settings.mode() == SlackSettings.Mode.NONE) {
            System.err.println(settings.missing());
            return 2;
        }
        Components components = main.components();
        Platform slack = new SlackPlatform(SlackBot.create(settings, components.answerer(), components.catalog()));
        try {
            slack.start();
        } catch (Exception e) {
            LOG.error("Slack app could not start: {}", e.getMessage());
            slack.close();
            return 1;
        }
        // Runs until the process is stopped (SIGTERM, Ctrl-C): then answers in flight finish first.
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("Slack app stopping");
            slack.close();
            stopped.countDown();
        }, "slack-shutdown"));
        LOG.info("Slack app ready ({} ms after JVM start)", components.startupMs());
        stopped.await();
        return 0;
    }

    /** {@code slack manifest}: the app manifest as JSON on standard output, nothing else. */
    @Command(name = "manifest", description = "Print the Slack app manifest (JSON) to create the app from.")
    static final class Manifest implements Runnable {
        @Option(names = "--request-url", paramLabel = "URL",
                description = "HTTP mode: the public URL of /slack/events; default: a Socket Mode manifest.")
        String requestUrl;

        @Override
        public void run() {
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            out.println(SlackManifest.json(requestUrl));
        }
    }
}
