package org.careerbot.understanding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.careerbot.knowledge.index.Tokens;
import org.junit.jupiter.api.Test;

/** Which sentences of a message ask: background sentences do not. */
class AsksTest {
    private static List<String> asked(String text) {
        return Asks.words(text, Tokens.of(text));
    }

    @Test
    void theQuestionsOfAMessageWithBackgroundAreItsAsk() {
        assertEquals(List.of("does", "cuda", "open", "doors"),
                asked("I work in healthcare. It is mostly imaging. Does CUDA open doors?"));
    }

    @Test
    void aMessageOfOnlyQuestionsOrWithNoQuestionMarkAsksWithAllItsWords() {
        assertEquals(Tokens.of("What is a DS? What does it do?"), asked("What is a DS? What does it do?"));
        assertEquals(Tokens.of("I work in healthcare. tell me about industries"),
                asked("I work in healthcare. tell me about industries"));
    }

    @Test
    void wordsCutOtherwiseThanTheTextAreReadWhole() {
        List<String> words = List.of("something", "else");
        assertEquals(words, Asks.words("I work in healthcare. Does CUDA open doors?", words));
    }

    @Test
    void anAbbreviationEndsNoSentenceButALowerCaseStartAfterAFullStopDoes() {
        assertEquals(Tokens.of("how do pay and hours look at a startup vs. a big company?"),
                asked("how do pay and hours look at a startup vs. a big company?"));
        assertEquals(List.of("what", "daily", "work", "does", "that", "involve"),
                asked("I'm on deployment next sprint. what daily work does that involve?"));
    }

    @Test
    void questionsThatOnlyPointBackAreAboutTheWholeMessage() {
        String text = "I've heard about bootcamps that train people quickly. But are they worth it?";
        assertEquals(Tokens.of("But are they worth it?"), asked(text));
        assertEquals(Tokens.of(text), Asks.about(text, Tokens.of(text)));
        String own = "I work in healthcare. Does CUDA open doors?";
        assertEquals(asked(own), Asks.about(own, Tokens.of(own)));
    }
}
