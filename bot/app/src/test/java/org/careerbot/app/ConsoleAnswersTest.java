package org.careerbot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.careerbot.core.Answerer;
import org.careerbot.core.TestBot;
import org.careerbot.model.Question;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chat} and {@code ask} keep the gaps log when GAPS_FILE is set, so that {@code gaps} can be tried locally. */
class ConsoleAnswersTest {
    @TempDir
    Path dir;

    @Test
    void withoutGapsFileTheTerminalWritesNothing() {
        Answerer core = TestBot.get();
        assertSame(core, ConsoleAnswers.of(core, Map.of()));
        assertSame(core, ConsoleAnswers.of(core, Map.of("GAPS_FILE", " ")));
    }

    @Test
    void withGapsFileWhatTheKnowledgeCouldNotAnswerReachesTheGapsReport() throws Exception {
        Path log = dir.resolve("gaps.jsonl");
        Answerer console = ConsoleAnswers.of(TestBot.get(),
                Map.of("GAPS_FILE", log.toString(), "GAPS_KEEP_TEXT", "true"));
        console.answer(Question.of("best pizza in town?", "console-1"));
        console.answer(Question.of("what is a data scientist", "console-1"));

        List<String> lines = Files.readAllLines(log);
        assertEquals(1, lines.size(), "only the unanswered question: " + lines);
        assertTrue(lines.get(0).contains("\"platform\":\"console\""), lines.get(0));
        CommandRun report = CommandRun.of("gaps", "--file", log.toString());
        assertEquals(0, report.status(), report.err());
        assertTrue(report.out().contains("Unanswered questions: 1,"), report.out());
        assertTrue(report.out().contains("e.g. \"best pizza in town?\""), report.out());
    }

    @Test
    void aMalformedGapsSettingStopsTheCommandNamingIt() {
        ConsoleAnswers.BadSetting e = assertThrows(ConsoleAnswers.BadSetting.class, () -> ConsoleAnswers.of(
                TestBot.get(), Map.of("GAPS_FILE", dir.resolve("g").toString(), "GAPS_KEEP_TEXT", "maybe")));
        assertTrue(e.getMessage().contains("GAPS_KEEP_TEXT"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("g")));
    }
}
