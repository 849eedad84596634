package org.careerbot.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.careerbot.knowledge.KnowledgeLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gaps log keeps what the report needs and no more: users hashed with a secret key, topics of the knowledge's
 * own words, text only when allowed; and its lines stay whole whatever happened to the file before.
 */
class GapsLogTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);
    private static final String OPERATOR_KEY = "0123456789abcdef0123456789abcdef";
    private static DomainWords domain;

    @TempDir
    Path dir;

    @BeforeAll
    static void knowledge() {
        domain = new DomainWords(KnowledgeLoader.loadBuiltIn());
    }

    private GapsLog log(Path file, boolean keepText) {
        return new GapsLog(file, keepText, domain, null, CLOCK);
    }

    private static JsonNode only(Path file) throws Exception {
        List<String> lines = Files.readAllLines(file);
        assertEquals(1, lines.size(), lines::toString);
        return JSON.readTree(lines.get(0));
    }

    // ---- what is kept

    @Test
    void withoutKeepingTextTheTopicKeepsOnlyTheKnowledgesWords() throws Exception {
        Path file = dir.resolve("logs/gaps.jsonl");
        log(file, false).unanswered("slack", "U123", "search",
                "Hi, I'm Priya Raghunathan (priya.r@examplemail.com, +44 7700 900123): do data analysts use Tableau?");

        JsonNode line = only(file);
        assertEquals("2026-01-02T03:04:05Z", line.path("at").asText());
        assertEquals("unanswered", line.path("event").asText());
        assertTrue(line.path("question").isNull(), "no text");
        assertEquals("analyst data tableau use", line.path("topic").asText(), "domain words, singular, sorted");
        String written = Files.readString(file);
        for (String personal : List.of("priya", "raghunathan", "examplemail", "7700", "900123", "U123")) {
            assertFalse(written.toLowerCase().contains(personal.toLowerCase()), personal + " in " + written);
        }
    }

    @Test
    void keepingTextKeepsTheQuestionAndEveryContentWordOfItsTopic() throws Exception {
        Path file = dir.resolve("gaps.jsonl");
        log(file, true).unanswered("slack", "U1", "search", "How much do prompt engineers earn?");

        JsonNode line = only(file);
        assertEquals("How much do prompt engineers earn?", line.path("question").asText());
        assertEquals("earn engineer much prompt", line.path("topic").asText());
    }

    @Test
    void feedbackAppendsOneWholeLinePerVerdictWithTheTextWhenKept() throws Exception {
        GapsLog log = log(dir.resolve("gaps.jsonl"), true);
        log.record("discord", "42", "role.tools", "what tools?", true);
        log.record("discord", "42", "role.tools", "what tools?", false);

        List<String> lines = Files.readAllLines(dir.resolve("gaps.jsonl"));
        assertEquals(2, lines.size());
        assertEquals("helpful", JSON.readTree(lines.get(0)).path("event").asText());
        assertEquals("unhelpful", JSON.readTree(lines.get(1)).path("event").asText());
        assertEquals("what tools?", JSON.readTree(lines.get(1)).path("question").asText());
    }

    // ---- users

    @Test
    void usersAreHashedWithAKeyKeptBesideTheLogForItsOwnerOnly() throws Exception {
        Path file = dir.resolve("gaps.jsonl");
        log(file, false).unanswered("slack", "U123", "search", "what is a data analyst?");
        String user = only(file).path("user").asText();

        assertTrue(user.matches("[0-9a-f]{16}"), user);
        assertNotEquals(unkeyed("U123"), user, "a plain hash of the id can be reversed by hashing every user id");
        Path key = GapsLog.keyFile(file);
        assertEquals(dir.resolve("gaps.jsonl.key"), key);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));

        Path again = dir.resolve("again.jsonl");
        Files.copy(key, GapsLog.keyFile(again));
        log(again, false).unanswered("slack", "U123", "search", "what is a data analyst?");
        assertEquals(user, only(again).path("user").asText(), "the same key, after a restart: the same user");

        Path other = dir.resolve("other/gaps.jsonl");
        log(other, false).unanswered("slack", "U123", "search", "what is a data analyst?");
        assertNotEquals(user, only(other).path("user").asText(), "another log, another key");
    }

    @Test
    void theOperatorsKeyIsUsedAndNoKeyFileIsMade() throws Exception {
        Path file = dir.resolve("gaps.jsonl");
        new GapsLog(file, false, domain, OPERATOR_KEY, CLOCK).unanswered("slack", "U1", "search", "hello");

        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(OPERATOR_KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal("U1".getBytes(StandardCharsets.UTF_8)), 0, 8);
        assertEquals(expected, only(file).path("user").asText());
        assertFalse(Files.exists(GapsLog.keyFile(file)));
    }

    @Test
    void hashesTellUsersApart() throws Exception {
        Path file = dir.resolve("gaps.jsonl");
        GapsLog log = log(file, false);
        log.unanswered("slack", "U1", "search", "hello");
        log.unanswered("slack", "U1", "search", "hello");
        log.unanswered("slack", "U2", "search", "hello");
        List<String> users = new java.util.ArrayList<>();
        for (String l : Files.readAllLines(file)) {
            users.add(JSON.readTree(l).path("user").asText());
        }
        assertEquals(users.get(0), users.get(1));
        assertNotEquals(users.get(0), users.get(2));
    }

    // ---- the file

    @Test
    void aTornLastLineIsClosedBeforeTheNextIsAppended() throws Exception {
        Path file = dir.resolve("gaps.jsonl");
        Files.writeString(file, "{\"at\":\"2026-01-02T03:00:00Z\",\"event\":\"unans", StandardCharsets.UTF_8);
        log(file, false).unanswered("slack", "U1", "search", "what does a data analyst do?");

        List<String> lines = Files.readAllLines(file);
        assertEquals(2, lines.size(), lines::toString);
        assertEquals("unanswered", JSON.readTree(lines.get(1)).path("event").asText());
        GapsReport report = GapsReport.read(file, Instant.EPOCH);
        assertEquals(1, report.malformed(), "only the torn line is lost");
        assertEquals(1, report.unanswered(10).size());
    }

    @Test
    void theReportReadsLinesWrittenBeforeTheKeyedHashAndAfter() throws Exception {
        Path file = dir.resolve("gaps.jsonl");
        Files.writeString(file, "{\"at\":\"2026-01-01T00:00:00Z\",\"event\":\"unanswered\",\"platform\":\"slack\","
                + "\"user\":\"" + unkeyed("U1") + "\",\"intent\":\"search\",\"question\":null,"
                + "\"topic\":\"analyst data salary\"}\n", StandardCharsets.UTF_8);
        log(file, false).unanswered("slack", "U1", "search", "what salary does a data analyst earn?");

        GapsReport report = GapsReport.read(file, Instant.EPOCH);
        assertEquals(0, report.malformed());
        assertEquals(2, report.unanswered(10).stream().mapToInt(GapsReport.Group::count).sum());
    }

    @Test
    void aLogThatCannotBeWrittenIsReportedWithTheVariableAndTheFile() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");
        for (Path file : List.of(notAFolder.resolve("gaps.jsonl"), notAFolder.resolve("deeper/gaps.jsonl"), dir)) {
            Optional<String> problem = log(file, false).problem();
            assertTrue(problem.isPresent(), file.toString());
            assertTrue(problem.get().startsWith("GAPS_FILE " + file + " cannot be written ("), problem.get());
            assertTrue(problem.get().endsWith("Set GAPS_FILE to a file in a writable folder."), problem.get());
        }
    }

    @Test
    void aWritableLogHasNoProblemAndIsCreatedOnlyWhenFirstNeeded() throws Exception {
        Path file = dir.resolve("data/gaps.jsonl");
        assertEquals(Optional.empty(), log(file, false).problem());
        assertFalse(Files.exists(dir.resolve("data")), "checking creates nothing");
        log(file, false).unanswered("slack", "U1", "search", "hello");
        assertTrue(Files.isRegularFile(file));
        assertTrue(Files.isRegularFile(GapsLog.keyFile(file)));
    }

    /** The hash the log used to write: SHA-256 of a fixed prefix and the id, reversible by trying every id. */
    private static String unkeyed(String user) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest(("career-bot:" + user).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 8);
    }
}
