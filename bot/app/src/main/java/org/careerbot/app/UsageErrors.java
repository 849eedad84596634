package org.careerbot.app;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Wrong usage, said briefly on standard error: what was wrong, the command's synopsis, and where the full help is.
 * An unknown command is answered with the real commands (and the one meant, when the typo is small), not with
 * picocli's guesses, which for a word far from every command name nothing.
 */
final class UsageErrors implements IParameterExceptionHandler {
    /** Edits (letters added, left out or changed) up to which a typo is taken to mean a command. */
    private static final int TYPO = 2;

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(problem(e));
        err.print(cmd.getHelp().synopsisHeading() + cmd.getHelp().synopsis(0));
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more.");
        err.flush();
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
    }

    private static String problem(ParameterException e) {
        if (!(e instanceof UnmatchedArgumentException unmatched) || unmatched.getUnmatched().isEmpty()) {
            return e.getMessage();
        }
        CommandLine cmd = e.getCommandLine();
        String word = unmatched.getUnmatched().get(0);
        if (unmatched.isUnknownOption()) {
            List<String> similar = unmatched.getSuggestions();
            return e.getMessage() + (similar.isEmpty() ? "" : "; did you mean " + similar.get(0) + "?");
        }
        if (cmd.getSubcommands().isEmpty() || !cmd.getCommandSpec().positionalParameters().isEmpty()) {
            return "Unexpected argument: '" + word + "' (" + cmd.getCommandSpec().qualifiedName()
                    + " takes no more arguments)";
        }
        List<String> commands = commands(cmd);
        return "Unknown command: '" + word + "'." + closest(word, commands).map(c -> " Did you mean '" + c + "'?")
                .orElse("") + " Commands: " + String.join(", ", commands) + ".";
    }

    private static List<String> commands(CommandLine cmd) {
        return cmd.getSubcommands().keySet().stream().toList();
    }

    /** The command a small typo most likely meant, if any. */
    static Optional<String> closest(String typed, List<String> commands) {
        return commands.stream().filter(c -> distance(typed, c) <= TYPO)
                .min(Comparator.comparingInt(c -> distance(typed, c)));
    }

    /** Levenshtein distance, case-insensitive. */
    static int distance(String a, String b) {
        String x = a.toLowerCase(java.util.Locale.ROOT);
        String y = b.toLowerCase(java.util.Locale.ROOT);
        int[] previous = new int[y.length() + 1];
        int[] current = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= y.length(); j++) {
                int change = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + change);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[y.length()];
    }
}
