package org.careerbot.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.careerbot.core.Answerer;
import org.careerbot.model.Answer;
import org.careerbot.model.Question;
import org.careerbot.render.PlainTextRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code ask}: answers one question, or every line of standard input, as text or as contract JSON lines. */
@Command(name = "ask", description = "Answer a question (or each line of standard input).")
final class AskCommand implements Runnable {
    /** Logging starts only when something is logged: a command that logs nothing starts faster without it. */
    private static Logger log() {
        return LoggerFactory.getLogger(AskCommand.class);
    }

    /** What {@code ask} without a question says in a terminal. */
    static final String WAITING = "Type a question and press Enter; each line gets an answer. Ctrl-D ends.";

    @ParentCommand
    Main main;

    @Option(names = "--json", description = "Print one JSON answer per question (the answer contract).")
    boolean json;

    @Parameters(arity = "0..*", paramLabel = "QUESTION", description = "The question; none: read standard input.")
    List<String> words;

    @Override
    public void run() {
        Answerer bot = ConsoleAnswers.of(main.components().answerer(), System.getenv());
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        if (words != null && !words.isEmpty()) {
            out.println(answer(bot, String.join(" ", words)));
        } else {
            if (System.console() != null) {
                // In a terminal, say what the blank screen is waiting for; a pipe gets only answers.
                System.err.println(WAITING);
            }
            try (BufferedReader in = new InputLines(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    out.println(answer(bot, line));
                }
            } catch (IOException e) {
                log().error("cannot read standard input: {}", e.getMessage());
            }
        }
        out.flush();
    }

    /** One answer; each question is its own conversation, so batch lines never influence each other. */
    private String answer(Answerer bot, String question) {
        Answer a = Guard.answer(bot, Question.of(question, "ask-" + UUID.randomUUID()));
        return json ? new AnswerJson().line(question, a) : new PlainTextRenderer().render(a);
    }
}
