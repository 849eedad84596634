package org.careerbot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.careerbot.core.RobustnessTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as scripts use it: data only on standard output, one answer per question, exit codes. */
class CommandLineTest {
    private static final ObjectMapper JSON = new ObjectMapper();


    @Test
    void askJsonAnswersEveryLineInOrderWithOnlyJsonOnStandardOutput() throws Exception {
        List<String> questions = RobustnessTest.HOSTILE.stream().map(q -> q.replace('\n', ' ').replace('\r', ' '))
                .collect(Collectors.toList());
        questions.add(0, "what tools does a DA use?");
        CommandRun r = CommandRun.withInput(String.join("\n", questions) + "\n", "ask", "--json");
        assertEquals(0, r.status(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(questions.size(), lines.size());
        for (int i = 0; i < lines.size(); i++) {
            JsonNode answer = JSON.readTree(lines.get(i));
            String sent = new String(questions.get(i).getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
            assertEquals(sent, answer.get("question").asText());
            for (String field : List.of("intent", "roles", "tasks", "skills", "tools", "lead", "text",
                    "covered", "sources")) {
                assertTrue(answer.has(field), field);
            }
        }
        JsonNode first = JSON.readTree(lines.get(0));
        assertEquals("role.tools", first.get("intent").asText());
        assertEquals("data-analyst", first.get("roles").get(0).asText());
    }

    @Test
    void askJsonAnswersTenThousandRandomLinesWithOneJsonLineEach() throws Exception {
        List<String> questions = RobustnessTest.randomInputs(10_000, 7).stream()
                .map(q -> q.replaceAll("[\\r\\n\\u0085\\u2028\\u2029]", " ")).toList();
        CommandRun r = CommandRun.withInput(String.join("\n", questions) + "\n", "ask", "--json");
        assertEquals(0, r.status(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(questions.size(), lines.size());
        for (String line : lines) {
            assertTrue(JSON.readTree(line).has("intent"), line);
        }
    }

    @Test
    void askWithAQuestionPrintsReadableText() {
        CommandRun r = CommandRun.withInput("", "ask", "what", "is", "a", "data", "scientist");
        assertEquals(0, r.status());
        assertTrue(r.out().startsWith("Data scientists carry out data engineering, modeling"), r.out());
        assertTrue(r.out().contains("Sources: Workera, AI Career Pathways: Data Scientist"), r.out());
        assertFalse(r.out().contains("002_4766a7e2123826a9.txt"), "file names are for machines: " + r.out());
    }

    @Test
    void knowledgeJsonIsOneDocumentWithEveryKind() throws Exception {
        CommandRun r = CommandRun.withInput("", "knowledge", "--json");
        assertEquals(0, r.status());
        JsonNode doc = JSON.readTree(r.out());
        assertEquals(9, doc.get("roles").size());
        assertEquals(5, doc.get("tasks").size());
        assertEquals(10, doc.get("skills").size());
    }

    @Test
    void knowledgeCheckNamesTheProblemsAndFails(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("roles.json"), "[{\"id\": \"data-analyst\", \"name\": \"\"}]");
        CommandRun r = CommandRun.withInput("", "knowledge", "--check", dir.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("roles.json, role 'data-analyst': name is missing or empty"), r.err());
    }

    @Test
    void aBrokenContentDirectoryStopsTheStartWithItsProblems(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("tools.json"), "[{\"id\": \"x\", \"name\": \"X\", \"kind\": \"tool\"},");
        CommandRun r = CommandRun.withInput("", "--content", dir.toString(), "ask", "hi");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("tools.json: not valid"), r.err());
    }

    @Test
    void chatAnswersUntilQuit() {
        CommandRun r = CommandRun.withInput("what is a data analyst\nand their tools?\nquit\n", "chat");
        assertEquals(0, r.status());
        assertTrue(r.out().contains("The data analyst uses Python and SQL (data engineering)"), r.out());
        assertTrue(r.out().contains("Bye!"));
    }
}
