package org.careerbot.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import org.careerbot.console.Consoles;
import org.careerbot.core.Answerer;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code chat}: an interactive chat in the terminal, with follow-ups, line editing, history and completion;
 * {@code quit} or Ctrl-D ends it. JLine is loaded only here, so that the other commands start without it.
 */
@Command(name = "chat", description = "Chat with Career Bot in the terminal (help, quit or Ctrl-D to leave).")
final class ChatCommand implements Runnable {
    /** The history file's name in the user's home directory. */
    static final String HISTORY = ".career-bot_history";

    @ParentCommand
    Main main;

    @Override
    public void run() {
        run(main);
    }

    int run(Main parent) {
        Components components = parent.components();
        Map<String, String> env = System.getenv();
        Answerer core = ConsoleAnswers.of(components.answerer(), env);
        Answerer guarded = q -> Guard.answer(core, q);
        try {
            return Consoles.chat(guarded, Consoles.names(components.knowledge()), history(env), env);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the terminal", e);
        }
    }

    /** {@code CAREER_BOT_HISTORY}, else {@value #HISTORY} in the user's home. */
    static Path history(Map<String, String> env) {
        String file = env.get("CAREER_BOT_HISTORY");
        return file == null || file.isBlank() ? Path.of(System.getProperty("user.home"), HISTORY) : Path.of(file);
    }
}
