package org.careerbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.careerbot.core.TestBot;
import org.careerbot.model.Question;
import org.careerbot.render.PlainTextRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole answers, as a user reads them, against expected-output files in {@code answers/}: any change to what the
 * bot says (wording, facts, sources, order) shows up here and must be looked at. To accept a deliberate change,
 * write the new output over the file.
 */
class GoldenAnswersTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "what tools does a data analyst use?|data-analyst-tools.txt",
        "which tools does a data analyst use for deployment?|wrong-premise.txt",
        "what degree does a data analyst need?|silent-education.txt",
        "DL researcher vs DL engineer|compare-dl.txt",
        "Who does business analysis?|business-analysis-roles.txt",
        "what is algorithmic coding|algorithmic-coding.txt",
        "what does a research scientist do|shared-title.txt",
    })
    void answerReadsAsExpected(String question, String file) throws IOException {
        String actual = new PlainTextRenderer().render(TestBot.get().answer(Question.of(question, "")));
        assertEquals(expected(file), actual + "\n", "answer to \"" + question + "\" changed; see answers/" + file);
    }

    private static String expected(String file) throws IOException {
        try (InputStream in = GoldenAnswersTest.class.getClassLoader().getResourceAsStream("answers/" + file)) {
            return in == null ? "(missing file answers/" + file + ")" : new String(in.readAllBytes(),
                    StandardCharsets.UTF_8);
        }
    }
}
