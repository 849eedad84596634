package org.careerbot.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.Map;
import org.careerbot.slack.SlackManifest;
import org.careerbot.slack.SlackSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code slack}: runs the Slack app until stopped (Socket Mode with {@code SLACK_APP_TOKEN}, else HTTP with
 * {@code SLACK_SIGNING_SECRET}); {@code slack manifest} prints the app manifest to create it in Slack.
 */
@Command(name = "slack", description = "Run the Slack app (settings from the environment), or print its manifest.",
        subcommands = SlackCommand.Manifest.class)
final class SlackCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Override
    public Integer call() throws Exception {
        Map<String, String> env = System.getenv();
        SlackSettings settings;
        try {
            settings = SlackSettings.fromEnvironment(env);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        if (settings.mode() == SlackSettings.Mode.NONE) {
            System.err.println(settings.missing());
            return 2;
        }
        return main.serve(env, true, false);
    }

    /** {@code slack manifest}: the app manifest as JSON on standard output, nothing else. */
    @Command(name = "manifest", description = "Print the Slack app manifest (JSON) to create the app from.")
    static final class Manifest implements Runnable {
        @Option(names = "--request-url", paramLabel = "URL",
                description = "HTTP mode: the public URL of /slack/events; default: a Socket Mode manifest.")
        String requestUrl;

        @Option(names = "--distributed", description = "For installing into many workspaces (needs --request-url):"
                + " adds the OAuth redirect URL and the uninstall events.")
        boolean distributed;

        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            if (distributed && requestUrl == null) {
                throw new ParameterException(spec.commandLine(), "--distributed needs --request-url: an app"
                        + " installed into many workspaces runs in HTTP mode");
            }
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            out.println(SlackManifest.json(requestUrl, distributed));
        }
    }
}
