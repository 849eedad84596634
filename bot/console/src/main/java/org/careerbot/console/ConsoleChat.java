package org.careerbot.console;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.careerbot.core.Answerer;
import org.careerbot.model.Answer;
import org.careerbot.model.Question;
import org.careerbot.render.PlainTextRenderer;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;

/**
 * The chat in the terminal: questions are answered in one conversation, so follow-ups work; the words in
 * {@link #COMMANDS} are the console's own. Ctrl-D (or {@code quit}) leaves; Ctrl-C drops the line being typed, or
 * leaves on an empty one.
 */
public final class ConsoleChat {
    /** What the chat does itself; one more command is one more line here. */
    static final List<ConsoleCommand> COMMANDS = List.of(
            new ConsoleCommand(List.of("help", "?"), "what I can answer, and these commands", ConsoleChat::help),
            new ConsoleCommand(List.of("more", "m"), "the rest of the last answer", ConsoleChat::more),
            new ConsoleCommand(List.of("quit", "exit", "bye", "q", ":q"), "leave (Ctrl-D too)",
                    chat -> ConsoleCommand.Next.LEAVE));

    static final String GREETING = "Career Bot: ask me about AI careers (roles, tasks, skills, tools). "
            + "Type help, or quit (or Ctrl-D) to leave.";
    static final String PROMPT = "> ";
    private static final String KEYS = "Keys: Up/Down recall earlier questions (kept between chats), Tab completes "
            + "role, task and skill names, Ctrl-R searches earlier questions, Ctrl-C drops the line, Ctrl-D leaves.";

    private final Answerer bot;
    private final LineReader reader;
    private final AnswerText text;
    private final PlainTextRenderer renderer = new PlainTextRenderer();
    private final String conversation;
    private Answer last;

    /**
     * A chat on a terminal, usually from {@link Consoles#chat}.
     *
     * @param bot          what answers; it must turn its own failures into an answer
     * @param reader       the line reader on the terminal
     * @param styled       whether answers may use bold and colour
     * @param conversation the conversation the questions belong to
     */
    public ConsoleChat(Answerer bot, LineReader reader, boolean styled, String conversation) {
        this.bot = bot;
        this.reader = reader;
        this.text = new AnswerText(styled);
        this.conversation = conversation;
    }

    /** Chats until quit or the end of input; the history is saved. Returns the exit status, 0. */
    public int run() {
        print(GREETING);
        try {
            while (next() == ConsoleCommand.Next.CONTINUE) {
                // one question or command per turn
            }
        } finally {
            saveHistory();
        }
        print("Bye!");
        return 0;
    }

    private ConsoleCommand.Next next() {
        String line;
        try {
            line = reader.readLine(PROMPT);
        } catch (UserInterruptException e) {
            return e.getPartialLine().isBlank() ? ConsoleCommand.Next.LEAVE : ConsoleCommand.Next.CONTINUE;
        } catch (EndOfFileException e) {
            // Input that ends without a newline still ends with a question.
            String partial = e.getPartialLine();
            if (partial != null && !partial.isBlank()) {
                handle(partial);
            }
            return ConsoleCommand.Next.LEAVE;
        }
        return handle(line);
    }

    /** Runs the console command the line names, or asks the bot. */
    private ConsoleCommand.Next handle(String line) {
        Optional<ConsoleCommand> command = command(line);
        if (command.isPresent()) {
            return command.get().action().apply(this);
        }
        if (!line.isBlank()) {
            show(ask(line));
        }
        return ConsoleCommand.Next.CONTINUE;
    }

    /** The console command a line names, if it is one. */
    static Optional<ConsoleCommand> command(String line) {
        String word = line.strip().toLowerCase(Locale.ROOT);
        return COMMANDS.stream().filter(c -> c.names().contains(word)).findFirst();
    }

    /** Asks the bot within this chat's conversation; the answer becomes the last one. */
    Answer ask(String question) {
        last = bot.answer(Question.of(question, conversation));
        return last;
    }

    /** The last answer shown, if any: what commands such as "more" work on. */
    Optional<Answer> last() {
        return Optional.ofNullable(last);
    }

    /** Shows an answer as the renderer writes it, wrapped and styled for this terminal. */
    void show(Answer answer) {
        show(answer, renderer.render(answer));
    }

    /** Shows text rendered from an answer, with that answer's headings emphasised. */
    void show(Answer answer, String rendered) {
        Set<String> headings = new LinkedHashSet<>();
        headings.add(answer.title());
        answer.sections().forEach(s -> headings.add(s.heading() + ":"));
        headings.add("Side by side:");
        writer().print(text.format(rendered, headings, reader.getTerminal().getWidth()));
        writer().println();
        writer().flush();
    }

    /** Prints a line of the console's own. */
    void print(String line) {
        writer().print(text.format(line, Set.of(), reader.getTerminal().getWidth()));
        writer().flush();
    }

    private ConsoleCommand.Next more() {
        last().ifPresentOrElse(a -> show(a, renderer.renderMore(a)),
                () -> print("Ask me something first; more shows the rest of an answer."));
        return ConsoleCommand.Next.CONTINUE;
    }

    private ConsoleCommand.Next help() {
        show(ask("help"));
        print("Console commands:");
        COMMANDS.forEach(c -> print("  " + String.join(", ", c.names()) + ": " + c.help()));
        print(KEYS);
        writer().println();
        return ConsoleCommand.Next.CONTINUE;
    }

    private PrintWriter writer() {
        return reader.getTerminal().writer();
    }

    private void saveHistory() {
        try {
            reader.getHistory().save();
        } catch (IOException e) {
            // The chat itself went well: say so rather than fail at the door.
            print("(The history could not be saved: " + e.getMessage() + ")");
        }
    }
}
