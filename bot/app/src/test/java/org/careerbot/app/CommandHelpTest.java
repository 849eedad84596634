package org.careerbot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Help, version and usage errors of every command, as a newcomer meets them. */
class CommandHelpTest {
    /** For every command, one wrong use and a part of what it must say about it. */
    private static final Map<String, List<String>> WRONG = Map.ofEntries(
            Map.entry("ask", List.of("ask", "--frob")),
            Map.entry("chat", List.of("chat", "extra")),
            Map.entry("knowledge", List.of("knowledge", "--check")),
            Map.entry("bench", List.of("bench", "--rounds", "many")),
            Map.entry("slack", List.of("slack", "start")),
            Map.entry("slack manifest", List.of("slack", "manifest", "now")),
            Map.entry("discord", List.of("discord", "comands")),
            Map.entry("discord commands", List.of("discord", "commands", "--all")),
            Map.entry("discord invite", List.of("discord", "invite")),
            Map.entry("picture", List.of("picture", "draw")),
            Map.entry("picture matrix", List.of("picture", "matrix")),
            Map.entry("picture compare", List.of("picture", "compare", "data-analyst", "--out", "x.png")),
            Map.entry("gaps", List.of("gaps", "--top")),
            Map.entry("help", List.of("help", "frobnicate")));
    private static final Map<String, String> SAYS = Map.ofEntries(
            Map.entry("ask", "Unknown option: '--frob'"),
            Map.entry("chat", "Unexpected argument: 'extra'"),
            Map.entry("knowledge", "Missing required parameter for option '--check'"),
            Map.entry("bench", "Invalid value for option '--rounds': 'many'"),
            Map.entry("slack", "Unknown command: 'start'. Commands: manifest."),
            Map.entry("slack manifest", "Unexpected argument: 'now'"),
            Map.entry("discord", "Did you mean 'commands'?"),
            Map.entry("discord commands", "Unknown option: '--all'"),
            Map.entry("discord invite", "Missing required option: '--client-id=ID'"),
            Map.entry("picture", "Unknown command: 'draw'. Commands: matrix, compare."),
            Map.entry("picture matrix", "Missing required option: '--out=FILE.png'"),
            Map.entry("picture compare", "Missing required parameter: 'ROLE'"),
            Map.entry("gaps", "Missing required parameter for option '--top'"),
            Map.entry("help", "Unknown subcommand 'frobnicate'"));

    @Test
    void everyCommandAndSubcommandAnswersHelpWithItsOwnUsage() {
        for (String command : commands()) {
            List<String> args = new ArrayList<>(List.of(command.split(" ")));
            args.add("--help");
            CommandRun r = CommandRun.of(args.toArray(String[]::new));
            assertEquals(0, r.status(), command + ": " + r.err());
            assertTrue(r.out().startsWith("Usage: career-bot " + command + " "), r.out());
            assertTrue(r.out().contains("-V, --version"), command + " has -V too: " + r.out());
            assertEquals("", r.err(), command);
        }
    }

    @Test
    void helpIsACommandForTheWholeLineAndForEachCommand() {
        CommandRun all = CommandRun.of("help");
        assertEquals(0, all.status(), all.err());
        assertTrue(all.out().startsWith("Usage: career-bot [-hV]"), all.out());
        for (String command : List.of("ask", "chat", "knowledge", "bench", "slack", "discord", "picture", "gaps")) {
            assertTrue(all.out().contains("\n  " + command + " "), command + " listed: " + all.out());
        }
        CommandRun ask = CommandRun.of("help", "ask");
        assertEquals(0, ask.status());
        assertTrue(ask.out().startsWith("Usage: career-bot ask "), ask.out());
    }

    @Test
    void versionIsTheProjectsVersionFromTheBuild() throws Exception {
        String expected = "Career Bot " + projectVersion() + System.lineSeparator();
        assertEquals(expected, CommandRun.of("-V").out());
        assertEquals(expected, CommandRun.of("--version").out());
        assertEquals(expected, CommandRun.of("ask", "-V").out());
        assertEquals(expected, CommandRun.of("picture", "compare", "-V").out());
    }

    @Test
    void anUnknownCommandNamesTheRealOnesRatherThanGuessing() {
        CommandRun r = CommandRun.of("frobnicate");
        assertEquals(2, r.status());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("Unknown command: 'frobnicate'. Commands: ask, chat, knowledge, bench, "
                + "slack, discord, picture, gaps, help."), r.err());
        assertFalse(r.err().contains("Did you mean"), r.err());
        assertTrue(r.err().contains("Try 'career-bot --help' for more."), r.err());
    }

    @Test
    void aSmallTypoInACommandSuggestsTheCommandMeant() {
        CommandRun r = CommandRun.of("chta");
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("Unknown command: 'chta'. Did you mean 'chat'?"), r.err());
        assertEquals("ask", UsageErrors.closest("aks", List.of("ask", "chat")).orElseThrow());
        assertTrue(UsageErrors.closest("frobnicate", List.of("ask", "chat")).isEmpty());
    }

    @Test
    void wrongUsageOfEachCommandSaysWhatWasWrongAndWhereTheHelpIsWithStatusTwo() {
        Set<String> all = new TreeSet<>(commands());
        all.add("help");
        assertEquals(all, new TreeSet<>(WRONG.keySet()), "one wrong use per command");
        WRONG.forEach((command, args) -> {
            CommandRun r = CommandRun.of(args.toArray(String[]::new));
            assertEquals(2, r.status(), command + ": " + r.err());
            assertEquals("", r.out(), command);
            assertTrue(r.err().contains(SAYS.get(command)), command + ": " + r.err());
            String owner = command.equals("help") ? "career-bot" : "career-bot " + command;
            assertTrue(r.err().contains("Try '" + owner + " --help' for more.")
                    || command.equals("help"), command + ": " + r.err());
        });
    }

    /** Every command and subcommand by its path, e.g. "slack manifest"; "help" aside. */
    private static List<String> commands() {
        return subcommands(new CommandLine(new Main()), "").toList();
    }

    private static Stream<String> subcommands(CommandLine cli, String prefix) {
        return cli.getSubcommands().entrySet().stream().filter(e -> !e.getKey().equals("help"))
                .flatMap(e -> Stream.concat(Stream.of(prefix + e.getKey()),
                        subcommands(e.getValue(), prefix + e.getKey() + " ")));
    }

    /** The version in the bot's POM, which the build writes into the jar. */
    private static String projectVersion() throws Exception {
        Matcher m = Pattern.compile("<parent>.*?<version>([^<]+)</version>", Pattern.DOTALL)
                .matcher(Files.readString(Path.of("pom.xml")));
        assertTrue(m.find());
        return m.group(1);
    }
}
