package org.careerbot.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.careerbot.core.Answerer;
import org.careerbot.core.TestBot;
import org.careerbot.knowledge.KnowledgeLoader;
import org.careerbot.model.Answer;
import org.careerbot.model.Question;
import org.careerbot.render.PlainTextRenderer;
import org.jline.terminal.Size;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The chat on a virtual xterm in memory: keys in, screen out, as a person at a terminal sees it. */
@Timeout(30)
class ConsoleChatTest {
    private static final String UP = "\u001bOA";
    private static final String TAB = "\t";
    private static final String ENTER = "\r";
    private static final String CTRL_D = "\u0004";

    private final List<String> asked = new ArrayList<>();
    private final Answerer bot = q -> {
        asked.add(q.text());
        return TestBot.get().answer(q);
    };

    @TempDir
    Path dir;

    /** Types the keys into a chat on a terminal of this width and returns the screen's text, styling removed. */
    private String chat(int width, Path history, String keys) throws IOException {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        // The keys' end is the end of input, as Ctrl-D on an empty line: a test can never wait for more.
        try (ExternalTerminal terminal = new ExternalTerminal("test", "xterm-256color",
                new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)), screen, StandardCharsets.UTF_8)) {
            terminal.setSize(new Size(width, 40));
            new ConsoleChat(bot, Consoles.reader(terminal, Consoles.names(KnowledgeLoader.loadBuiltIn()), history),
                    true, "test-" + UUID.randomUUID()).run();
        }
        return Screen.text(screen.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theUpArrowRecallsThePreviousQuestion() throws IOException {
        chat(80, null, "what tools does a data analyst use?" + ENTER + UP + ENTER + "quit" + ENTER);
        assertEquals(List.of("what tools does a data analyst use?", "what tools does a data analyst use?"), asked);
    }

    @Test
    void moreShowsWhatTheLastAnswerLeftOutWithoutAskingAgain() throws IOException {
        String screen = chat(120, null, "what does a data analyst do?" + ENTER + "more" + ENTER + CTRL_D);
        assertEquals(List.of("what does a data analyst do?"), asked, "more is the console's, not a question");
        Answer answer = TestBot.get().answer(Question.of("what does a data analyst do?", "t-" + UUID.randomUUID()));
        assertTrue(answer.hasMore());
        String heading = answer.more().sections().get(0).heading();
        assertTrue(screen.contains("More: Data analyst") && screen.contains(heading), screen);
    }

    @Test
    void moreBeforeAnyQuestionSaysWhatItIsFor() throws IOException {
        String screen = chat(120, null, "more" + ENTER + CTRL_D);
        assertTrue(asked.isEmpty());
        assertTrue(screen.contains("Ask me something first"), screen);
    }

    @Test
    void theHistoryIsKeptBetweenChats() throws IOException {
        Path history = dir.resolve("history");
        chat(80, history, "what is a data scientist" + ENTER + CTRL_D);
        assertTrue(Files.readString(history).contains("what is a data scientist"), Files.readString(history));
        asked.clear();
        chat(80, history, UP + ENTER + CTRL_D);
        assertEquals(List.of("what is a data scientist"), asked);
    }

    @Test
    void tabCompletesARoleNameOfSeveralWords() throws IOException {
        chat(80, null, "what does a machine learning eng" + TAB + ENTER + "Deep learning res" + TAB + ENTER + CTRL_D);
        assertEquals(List.of("what does a machine learning engineer", "Deep learning researcher"),
                asked.stream().map(String::strip).toList());
    }

    @Test
    void tabCompletesTheCommonPartOfSeveralNamesAndListsThem() throws IOException {
        String screen = chat(80, null, "data sc" + TAB + TAB);
        assertTrue(screen.contains("data science") && screen.contains("data scientist"), screen);
        assertTrue(asked.get(0).startsWith("data scien"), asked.toString());
    }

    @Test
    void answersWrapAtTheTerminalsWidthWithoutBreakingWords() throws IOException {
        String question = "what does a data analyst do?";
        String screen = chat(50, null, question + ENTER + CTRL_D);
        List<String> lines = Screen.between(screen, "> " + question, "> ");
        assertTrue(lines.size() > 20, screen);
        lines.forEach(line -> assertTrue(line.length() <= 50, "wider than the terminal: " + line));
        String expected = new PlainTextRenderer().render(TestBot.get().answer(
                Question.of(question, "test-" + UUID.randomUUID())));
        assertEquals(Arrays.asList(expected.strip().split("\\s+")),
                Arrays.asList(String.join(" ", lines).strip().split("\\s+")), "every word whole, none lost");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("    ")), "bullets keep their indent: " + lines);
    }

    @Test
    void helpListsTheConsoleCommandsAndKeysAndQuitLeaves() throws IOException {
        String screen = chat(100, null, "help" + ENTER + "quit" + ENTER + "never asked" + ENTER);
        assertTrue(screen.contains("quit, exit, bye, q, :q: leave (Ctrl-D too)"), screen);
        assertTrue(screen.contains("Console commands:\n  help, ?: what I can answer"), screen);
        assertTrue(screen.contains("Tab completes role, task and skill"), screen);
        assertTrue(screen.strip().endsWith("Bye!"), screen);
        assertEquals(List.of("help"), asked, "help asks the bot what it can answer; nothing after quit");
    }

    @Test
    void aQuestionWithAnApostropheOrAnExclamationMarkIsTakenAsTyped() throws IOException {
        chat(80, null, "what's a DS! and \"SQL\"" + ENTER + CTRL_D);
        assertEquals(List.of("what's a DS! and \"SQL\""), asked);
    }

    @Test
    void headingsAreBoldAndColouredWhenStyledAndPlainOtherwise() {
        String text = "Data analyst\nWhat it is:\n  - analyses\nSources: x.txt#A";
        String styled = new AnswerText(true).format(text, java.util.Set.of("Data analyst", "What it is:"), 80);
        assertTrue(styled.contains("\u001b[1;36mWhat it is:") || styled.contains("\u001b[36;1mWhat it is:"),
                styled);
        assertTrue(styled.contains("\u001b[1mSources:"), styled);
        assertEquals(text + "\n", AnswerText.plain(styled));
        String plain = new AnswerText(false).format(text, java.util.Set.of("What it is:"), 80);
        assertEquals(text + "\n", plain);
        assertFalse(plain.contains("\u001b"));
    }

    @Test
    void noColorTurnsColourOffWhateverItsValue() {
        assertTrue(Consoles.noColour(java.util.Map.of("NO_COLOR", "1")));
        assertFalse(Consoles.noColour(java.util.Map.of("NO_COLOR", "")));
        assertFalse(Consoles.noColour(java.util.Map.of()));
    }

    @Test
    void aWordLongerThanTheLineStandsAloneAndBulletsHangUnderTheirText() {
        assertEquals(List.of("  - one two", "    three", "    https://example.org/a/very/long/link", "    end"),
                AnswerText.wrap("  - one two three https://example.org/a/very/long/link end", 12));
        assertEquals(List.of("short"), AnswerText.wrap("short", 0));
    }

    @Test
    void theConsoleCommandsAreFoundInAnyCaseAndOnlyAlone() {
        assertEquals("quit", ConsoleChat.command("  QUIT ").orElseThrow().names().get(0));
        assertTrue(ConsoleChat.command("quit now").isEmpty());
        assertTrue(ConsoleChat.command("what is help").isEmpty());
    }
}
