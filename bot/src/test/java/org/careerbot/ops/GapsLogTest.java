package org.careerbot.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gaps log keeps what the report needs and no more: hashed users, topics, text only when allowed. */
class GapsLogTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void withoutKeepingTextOnlyTheTopicOfTheQuestionIsKeptAndTheUserIsHashed() throws Exception {
        Path file = dir.resolve("logs/gaps.jsonl");
        new GapsLog(file, false, CLOCK).unanswered("slack", "U123", "search", "How much do prompt engineers earn?");

        JsonNode line = JSON.readTree(Files.readAllLines(file).get(0));
        assertEquals("2026-01-02T03:04:05Z", line.path("at").asText());
        assertEquals("unanswered", line.path("event").asText());
        assertTrue(line.path("question").isNull(), "no text");
        assertEquals("earn engineer much prompt", line.path("topic").asText(), "content words, singular, sorted");
        assertEquals(GapsLog.hash("U123"), line.path("user").asText());
        assertFalse(Files.readString(file).contains("U123"));
    }

    @Test
    void feedbackAppendsOneWholeLinePerVerdictWithTheTextWhenKept() throws Exception {
        GapsLog log = new GapsLog(dir.resolve("gaps.jsonl"), true, CLOCK);
        log.record("discord", "42", "role.tools", "what tools?", true);
        log.record("discord", "42", "role.tools", "what tools?", false);

        List<String> lines = Files.readAllLines(dir.resolve("gaps.jsonl"));
        assertEquals(2, lines.size());
        assertEquals("helpful", JSON.readTree(lines.get(0)).path("event").asText());
        assertEquals("unhelpful", JSON.readTree(lines.get(1)).path("event").asText());
        assertEquals("what tools?", JSON.readTree(lines.get(1)).path("question").asText());
    }

    @Test
    void hashesAreStableAndTellUsersApart() {
        assertEquals(GapsLog.hash("U1"), GapsLog.hash("U1"));
        assertNotEquals(GapsLog.hash("U1"), GapsLog.hash("U2"));
        assertTrue(GapsLog.hash("U1").matches("[0-9a-f]{16}"));
    }
}
