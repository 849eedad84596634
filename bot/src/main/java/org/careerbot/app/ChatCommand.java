package org.careerbot.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.careerbot.core.Answerer;
import org.careerbot.core.Question;
import org.careerbot.render.PlainTextRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code chat}: an interactive chat in the terminal, with follow-ups; {@code quit} ends it. */
@Command(name = "chat", description = "Chat with Career Bot in the terminal (help, quit).")
final class ChatCommand implements Runnable {
    private static final Set<String> QUIT = Set.of("quit", "exit", "bye", "q", ":q");

    @ParentCommand
    Main main;

    @Override
    public void run() {
        run(main);
    }

    int run(Main parent) {
        Answerer bot = parent.components().answerer();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PlainTextRenderer renderer = new PlainTextRenderer();
        out.println("Career Bot: ask me about AI careers (roles, tasks, skills, tools). Type help, or quit to leave.");
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            while (true) {
                out.print("> ");
                out.flush();
                String line = in.readLine();
                if (line == null || QUIT.contains(line.strip().toLowerCase(Locale.ROOT))) {
                    out.println("Bye!");
                    return 0;
                }
                if (!line.isBlank()) {
                    out.println(renderer.render(Guard.answer(bot, Question.of(line, "console"))));
                    out.println();
                }
            }
        } catch (IOException e) {
            return 1;
        }
    }
}
