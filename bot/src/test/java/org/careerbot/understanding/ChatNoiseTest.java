package org.careerbot.understanding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.careerbot.core.TestBot;
import org.careerbot.model.Answer;
import org.careerbot.model.Question;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Chat noise (mentions, channel links, links, emoji, case, punctuation) never changes the answer. */
class ChatNoiseTest {
    private static final List<String> NOISE = List.of(
            "<@U024BE7LH> %s", "%s <#C024BE7LR|general>", ":wave: %s :pray:", "%s 🙏🚀", "hey <@U1|bob>, %s?!",
            "%s (see <https://example.com/x?y=1|this link>)", "%s https://example.com/a/b", "  %s   ",
            "<@123456789012345678> %s", "%s <:blob:123456789012345678>");

    @ParameterizedTest
    @ValueSource(strings = {"what tools does a data analyst use", "DS vs DA", "which roles carry out deployment",
            "what is algorithmic coding", "who uses Tableau", "how do I get started in machine learning",
            "what does a machine learning engineer do"})
    void noiseAroundAQuestionDoesNotChangeItsAnswer(String question) {
        Answer clean = TestBot.get().answer(Question.of(question, ""));
        for (String pattern : NOISE) {
            Answer noisy = TestBot.get().answer(Question.of(String.format(pattern, question), ""));
            assertEquals(clean.intent(), noisy.intent(), pattern);
            assertEquals(clean.entities(), noisy.entities(), pattern);
            assertEquals(clean.lead(), noisy.lead(), pattern);
        }
        Answer shouted = TestBot.get().answer(Question.of(question.toUpperCase().replace("?", ""), ""));
        assertEquals(clean.intent(), shouted.intent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"skils for machien learning engineer", "what does a data sceintist do",
            "wht tools does a data analsyt use"})
    void typosAreCorrected(String question) {
        Answer a = TestBot.get().answer(Question.of(question, ""));
        assertEquals(1, a.entities().roles().size(), a.toString());
    }
}
