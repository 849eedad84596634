package org.careerbot.console;

import java.util.List;
import java.util.function.Function;

/**
 * A word the chat acts on itself instead of asking the bot, such as {@code quit}.
 *
 * @param names  the words that run it, in lower case; the first is the one shown
 * @param help   what it does, for the chat's help
 * @param action what it does; says whether the chat goes on
 */
public record ConsoleCommand(List<String> names, String help, Function<ConsoleChat, Next> action) {
    /** What the chat does after a command. */
    public enum Next {
        /** Wait for the next question. */
        CONTINUE,
        /** End the chat. */
        LEAVE
    }

    /** A command; {@code names} must not be empty. */
    public ConsoleCommand {
        names = List.copyOf(names);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("a console command needs a name");
        }
    }
}
