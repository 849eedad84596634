package org.careerbot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.careerbot.ops.GapsLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code career-bot gaps}: the report alone on standard output, whatever state the log is in. */
class GapsCommandTest {
    private static final String SALARY = "How much do prompt engineers earn?";

    @TempDir
    Path dir;
    private Path log;


    /** A log as the bot writes it, over the last ten days, whose last line a crash cut short mid-character. */
    @BeforeEach
    void writeLog() throws Exception {
        log = dir.resolve("gaps.jsonl");
        GapsLog hourAgo = at(Duration.ofHours(1), true);
        hourAgo.unanswered("slack", "U1", "search", SALARY);
        hourAgo.unanswered("discord", "2", "search", "how much do PROMPT engineers earn");
        at(Duration.ofHours(3), true).unanswered("slack", "U3", "search", SALARY);
        at(Duration.ofHours(2), true).unanswered("slack", "U4", "out_of_scope", "best pizza in town?");
        at(Duration.ofDays(10), true).unanswered("slack", "U5", "search", "what is quantum annealing?");
        hourAgo.record("slack", "U1", "role.tools", "what tools does a data analyst use?", false);
        hourAgo.record("discord", "7", "role.tools", "which tools do data analysts use", false);
        hourAgo.record("slack", "U2", "role.define", "what is a data scientist?", false);
        hourAgo.record("slack", "U2", "role.define", "what is a data scientist?", true);
        Files.writeString(log, "{\"at\":\"" + Instant.now() + "\",\"event\":\"unanswered\",\"question\":\"caf\u00e9",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        byte[] bytes = Files.readAllBytes(log);
        Files.write(log, java.util.Arrays.copyOf(bytes, bytes.length - 1)); // cut inside the two bytes of "é"
    }

    private GapsLog at(Duration ago, boolean keepText) {
        return new GapsLog(log, keepText, Clock.fixed(Instant.now().minus(ago), ZoneOffset.UTC));
    }

    @Test
    void reportsTheMostFrequentUnansweredTopicsAndTheUnhelpfulAnswersWithCounts() {
        CommandRun r = CommandRun.of("gaps", "--file", log.toString(), "--since", "7d");

        assertEquals(0, r.status(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith("Gaps since ") && lines.get(0).endsWith("(7d) in " + log), lines.get(0));
        assertTrue(r.out().contains("Unanswered questions: 4,"), r.out());
        assertEquals("      3  earn engineer much prompt  e.g. \"" + SALARY + "\"", lineAfter(lines, "Unanswered"));
        assertTrue(r.out().contains("      1  best pizza town  e.g. \"best pizza in town?\""), r.out());
        assertTrue(r.out().contains("Unhelpful answers: 3 (helpful: 1)"), r.out());
        assertEquals("      2  role.tools  analyst data tool use  e.g. \"what tools does a data analyst use?\"",
                lineAfter(lines, "Unhelpful"));
        assertTrue(r.out().contains("      1  role.define  data scientist"), r.out());
        assertFalse(r.out().contains("quantum"), "older than seven days");
    }

    @Test
    void aLineCutShortByACrashIsSkippedAndCountedOnStandardErrorOnly() {
        CommandRun r = CommandRun.of("gaps", "--file", log.toString());

        assertEquals(0, r.status());
        assertEquals("Skipped 1 unreadable line(s) in " + log + ".", r.err().strip());
        assertFalse(r.out().contains("Skipped") || r.out().contains("caf"), r.out());
    }

    @Test
    void sinceTakesHoursAndMinutesAndTopLimitsEachList() {
        CommandRun hours = CommandRun.of("gaps", "--file", log.toString(), "--since", "90m", "--top", "1");
        assertTrue(hours.out().contains("Unanswered questions: 2,"), "only the last 90 minutes: " + hours.out());
        assertEquals(1, hours.out().lines().filter(l -> l.matches(" +\\d+  .*")).filter(l -> l.contains("earn"))
                .count());
        assertEquals(2, hours.out().lines().filter(l -> l.matches(" +\\d+  .*")).count(), "one line per list");

        CommandRun month = CommandRun.of("gaps", "--file", log.toString(), "--since", "30d");
        assertTrue(month.out().contains("quantum annealing"), month.out());
    }

    @Test
    void aMalformedAgeOrTopIsRefusedWithStatusTwoAndNoReport() {
        CommandRun age = CommandRun.of("gaps", "--file", log.toString(), "--since", "a week");
        assertEquals(2, age.status());
        assertTrue(age.err().contains("--since must look like 7d"), age.err());
        assertEquals("", age.out());
        assertEquals(2, CommandRun.of("gaps", "--file", log.toString(), "--top", "0").status());
    }

    @Test
    void aLogNotWrittenYetGivesAnEmptyReportAndANote() {
        CommandRun r = CommandRun.of("gaps", "--file", dir.resolve("none.jsonl").toString());
        assertEquals(0, r.status());
        assertTrue(r.out().contains("Unanswered questions: 0,"), r.out());
        assertTrue(r.err().contains("No gaps log at"), r.err());
    }

    private static String lineAfter(List<String> lines, String heading) {
        for (int i = 0; i < lines.size() - 1; i++) {
            if (lines.get(i).startsWith(heading)) {
                return lines.get(i + 1);
            }
        }
        throw new AssertionError("no " + heading + " in " + lines);
    }
}
