package org.careerbot.console;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.careerbot.core.Answerer;
import org.careerbot.knowledge.KnowledgeBase;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;

/** Opens the chat on the process's terminal, or on standard input and output when they are not a terminal. */
public final class Consoles {
    /** Questions kept in the history file. */
    static final int HISTORY_SIZE = 1000;

    private Consoles() {
    }

    /**
     * Chats on this process's terminal until the user leaves: line editing, history in {@code history}, completion
     * of names, answers wrapped at the terminal's width, colour unless {@code NO_COLOR} is set. When standard input
     * or output is not a terminal (a pipe, a file), lines are read one by one through a dumb terminal: no history,
     * no colour, no wrapping.
     *
     * @param bot     what answers; it must turn its own failures into an answer
     * @param names   role, task and skill names by group, for completion
     * @param history the history file of an interactive chat
     * @param env     the environment ({@code NO_COLOR})
     * @return the exit status
     */
    public static int chat(Answerer bot, Map<String, List<String>> names, Path history, Map<String, String> env)
            throws IOException {
        if (System.console() == null) {
            // Built directly: the builder would open a pseudo-terminal over the streams, which echoes the input.
            Terminal dumb = new DumbTerminal("career-bot", Terminal.TYPE_DUMB, System.in, System.out,
                    StandardCharsets.UTF_8);
            return new ConsoleChat(bot, reader(dumb, names, null), false, "console").run();
        }
        try (Terminal terminal = TerminalBuilder.builder().name("career-bot").system(true)
                .encoding(StandardCharsets.UTF_8).build()) {
            boolean styled = !Terminal.TYPE_DUMB.equals(terminal.getType()) && !noColour(env);
            return new ConsoleChat(bot, reader(terminal, names, history), styled, "console").run();
        }
    }

    /** Role, task and skill names as they read in a sentence, by group, for completion. */
    public static Map<String, List<String>> names(KnowledgeBase kb) {
        Map<String, List<String>> names = new LinkedHashMap<>();
        names.put("roles", kb.roles().stream().map(r -> inSentence(r.name())).toList());
        names.put("tasks", kb.tasks().stream().map(t -> inSentence(t.name())).toList());
        names.put("skills", kb.skills().stream().map(s -> inSentence(s.name())).toList());
        return names;
    }

    /** "Data scientist" as in "what does a data scientist do"; "SQL" stays as it is. */
    private static String inSentence(String name) {
        if (name.length() < 2 || Character.isUpperCase(name.charAt(1))) {
            return name;
        }
        return name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
    }

    /** Whether the user asked for no colour (https://no-color.org: any non-empty value). */
    static boolean noColour(Map<String, String> env) {
        String value = env.get("NO_COLOR");
        return value != null && !value.isEmpty();
    }

    /**
     * The line reader of a chat.
     *
     * @param terminal the terminal
     * @param names    names to complete, by group
     * @param history  where the history is kept between runs; null: in memory only
     */
    static LineReader reader(Terminal terminal, Map<String, List<String>> names, Path history) {
        LineReaderBuilder builder = LineReaderBuilder.builder().terminal(terminal).appName("career-bot")
                .parser(new WholeLineParser()).completer(new NameCompleter(names))
                .variable(LineReader.HISTORY_SIZE, HISTORY_SIZE)
                .variable(LineReader.HISTORY_FILE_SIZE, HISTORY_SIZE)
                // "!" in a question is punctuation, not a history reference
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.INSERT_TAB, false)
                .option(LineReader.Option.CASE_INSENSITIVE, true);
        if (history != null) {
            builder.variable(LineReader.HISTORY_FILE, history);
        }
        return builder.build();
    }
}
