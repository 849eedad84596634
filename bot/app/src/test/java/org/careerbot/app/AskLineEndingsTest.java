package org.careerbot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code ask --json} counts lines as the answer contract does: only {@code \n} and {@code \r\n} end one. */
@Timeout(60)
class AskLineEndingsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<String> lines(String input) throws IOException {
        List<String> out = new ArrayList<>();
        try (BufferedReader in = new InputLines(new StringReader(input))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                out.add(line);
            }
        }
        return out;
    }

    @Test
    void aLoneCarriageReturnStaysInsideItsLine() throws IOException {
        assertEquals(List.of("a\rb", "c", "", "d"), lines("a\rb\r\nc\n\nd"));
        assertEquals(List.of("", "x\r"), lines("\r\nx\r"), "a last line without its end still counts");
        assertEquals(List.of(), lines(""));
    }

    @Test
    void askJsonAnswersALineWithALoneCarriageReturnOnce() throws Exception {
        String first = "what is a data analyst?\rwhat tools do they use?";
        CommandRun r = CommandRun.withInput(first + "\r\nwhat is a data scientist?\n", "ask", "--json");
        assertEquals(0, r.status(), r.err());
        // JSON escapes \r, so standard output's own lines are the answers
        List<String> answers = List.of(r.out().split("\n"));
        assertEquals(2, answers.size(), r.out());
        assertEquals(first, JSON.readTree(answers.get(0)).path("question").asText());
        assertEquals("what is a data scientist?", JSON.readTree(answers.get(1)).path("question").asText());
    }
}
