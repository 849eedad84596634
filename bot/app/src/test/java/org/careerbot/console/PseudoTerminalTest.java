package org.careerbot.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.careerbot.core.TestBot;
import org.careerbot.model.Question;
import org.careerbot.render.PlainTextRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chat and {@code ask} as a person at a real terminal meets them: the bot runs in its own JVM on a
 * pseudo-terminal made by script(1), 60 columns wide, and gets the bytes a terminal sends for the keys. Skipped
 * where script is missing.
 */
@Timeout(90)
class PseudoTerminalTest {
    /** The Up arrow as a terminal sends it once JLine has put it in application-keypad mode. */
    private static final String UP = "\u001bOA";
    private static final int COLUMNS = 60;

    @TempDir
    Path dir;

    @Test
    void arrowsRecallTabCompletesAndAnswersWrapAtTheTerminalsWidth() throws Exception {
        try (Pty pty = Pty.start(dir, "chat")) {
            pty.awaitPrompts(1);
            pty.type("what tools does a data analyst use?\r");
            pty.awaitPrompts(2);
            pty.type(UP + "\r");
            pty.awaitPrompts(3);
            pty.type("what does a machine learning eng\t");
            pty.await("learning engineer", 1);
            pty.type("\r");
            pty.awaitPrompts(4);
            pty.type("\u0004");
            pty.await("Bye!", 1);

            String screen = pty.screen();
            assertEquals(2, screen.lines().filter("> what tools does a data analyst use?"::equals).count(),
                    "asked, then recalled with the Up arrow and asked again: " + screen);
            assertTrue(screen.contains("> what does a machine learning engineer"), screen);
            List<String> answer = Screen.between(screen, "> what does a machine learning engineer", "> ");
            answer.forEach(line -> assertTrue(line.length() <= COLUMNS, "wider than the terminal: " + line));
            String expected = new PlainTextRenderer().render(TestBot.get().answer(
                    Question.of("what does a machine learning engineer", "pty-" + UUID.randomUUID())));
            assertEquals(Arrays.asList(expected.strip().split("\\s+")),
                    Arrays.asList(String.join(" ", answer).strip().split("\\s+")), "every word whole: " + screen);
        }
        assertTrue(Files.readString(dir.resolve("history")).contains("what tools does a data analyst use?"));
    }

    @Test
    void askWithoutAQuestionSaysWhatItWaitsFor() throws Exception {
        try (Pty pty = Pty.start(dir, "ask")) {
            pty.await("Type a question and press Enter", 1);
            pty.type("what is a DS\r");
            pty.await("Data scientist", 1);
            pty.type("\u0004");
            pty.awaitExit();
        }
    }

    /** A run of the bot on a pseudo-terminal: keys in, everything the terminal shows out. */
    private static final class Pty implements AutoCloseable {
        private final Process process;
        private final OutputStream keys;
        private final StringBuffer shown = new StringBuffer();

        private Pty(Process process) {
            this.process = process;
            this.keys = process.getOutputStream();
            Thread reader = new Thread(() -> copy(process.getInputStream()), "pty-reader");
            reader.setDaemon(true);
            reader.start();
        }

        static Pty start(Path dir, String command) throws IOException {
            assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "script(1) is needed for a pseudo-terminal");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            String run = "stty cols " + COLUMNS + " rows 50; exec '" + java + "' -cp '"
                    + System.getProperty("java.class.path") + "' org.careerbot.app.Main " + command;
            ProcessBuilder builder = new ProcessBuilder("/usr/bin/script", "-qfec", run, "/dev/null")
                    .redirectErrorStream(true);
            builder.environment().put("TERM", "xterm-256color");
            builder.environment().put("CAREER_BOT_HISTORY", dir.resolve("history").toString());
            builder.environment().remove("NO_COLOR");
            builder.environment().remove("GAPS_FILE");
            return new Pty(builder.start());
        }

        private void copy(InputStream in) {
            byte[] buffer = new byte[8192];
            try {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    shown.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                // the process ended
            }
        }

        void type(String text) throws IOException {
            keys.write(text.getBytes(StandardCharsets.UTF_8));
            keys.flush();
        }

        /** Waits until the text has been shown {@code times} times (escape sequences aside). */
        void await(String text, int times) throws InterruptedException {
            while (count(screen(), text) < times) {
                if (!process.isAlive() && count(screen(), text) < times) {
                    throw new AssertionError("ended before showing \"" + text + "\": " + screen());
                }
                Thread.sleep(50);
            }
            Thread.sleep(200); // the rest of the output, e.g. the next prompt
        }

        /** Waits until the chat has shown its prompt {@code times} times: it has answered all but the last. */
        void awaitPrompts(int times) throws InterruptedException {
            while (screen().lines().filter(l -> l.startsWith(ConsoleChat.PROMPT)).count() < times) {
                if (!process.isAlive()) {
                    throw new AssertionError("ended before prompt " + times + ": " + screen());
                }
                Thread.sleep(50);
            }
            Thread.sleep(200);
        }

        void awaitExit() throws InterruptedException {
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "still running: " + screen());
        }

        String screen() {
            return Screen.text(shown.toString());
        }

        private static int count(String in, String text) {
            int n = 0;
            for (int i = in.indexOf(text); i >= 0; i = in.indexOf(text, i + text.length())) {
                n++;
            }
            return n;
        }

        @Override
        public void close() throws InterruptedException {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
