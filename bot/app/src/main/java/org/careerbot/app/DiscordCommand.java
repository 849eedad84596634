package org.careerbot.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.Map;
import org.careerbot.discord.CommandDefinitions;
import org.careerbot.discord.DiscordSettings;
import org.careerbot.discord.InviteLink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code discord}: serves Career Bot on Discord until stopped ({@code DISCORD_TOKEN}, optional
 * {@code DISCORD_SHARDS} and {@code DISCORD_GUILD_ID}); {@code discord commands} prints the command definitions
 * without connecting; {@code discord invite} prints the link that adds the bot to a server.
 */
@Command(name = "discord", description = "Serve Career Bot on Discord until stopped (see docs/discord.md).",
        subcommands = {DiscordCommand.Definitions.class, DiscordCommand.Invite.class})
final class DiscordCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Override
    public Integer call() throws Exception {
        Map<String, String> env = System.getenv();
        if (!DiscordSettings.configured(env)) {
            System.err.println("Set DISCORD_TOKEN to the bot token of your Discord application (see docs/discord.md).");
            return 2;
        }
        return main.serve(env, false, true);
    }

    /** {@code discord commands}: the JSON of the commands, exactly as registered; nothing else on stdout. */
    @Command(name = "commands", description = "Print the JSON of the Discord commands, without connecting.")
    static final class Definitions implements Callable<Integer> {
        @ParentCommand
        DiscordCommand discord;

        @Override
        public Integer call() {
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            out.println(new CommandDefinitions(discord.main.components().catalog()).json());
            return 0;
        }
    }

    /** {@code discord invite --client-id ID}: the OAuth2 link that adds the bot to a server. */
    @Command(name = "invite", description = "Print the link that adds the bot to a server.")
    static final class Invite implements Callable<Integer> {
        @Option(names = "--client-id", required = true, paramLabel = "ID",
                description = "The application id from the Discord Developer Portal.")
        String clientId;

        @Override
        public Integer call() {
            try {
                new PrintStream(System.out, true, StandardCharsets.UTF_8).println(InviteLink.url(clientId));
                return 0;
            } catch (IllegalArgumentException e) {
                System.err.println(e.getMessage());
                return 2;
            }
        }
    }
}
