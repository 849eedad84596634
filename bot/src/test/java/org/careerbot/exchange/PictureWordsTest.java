package org.careerbot.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.careerbot.model.Intent;
import org.careerbot.model.Question;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PictureWordsTest {
    @ParameterizedTest
    @ValueSource(strings = {"matrix", "The Matrix?", "who does what", "  who does what!  "})
    void matrixWordsAskForTheRolesWhoseAnswerHasThePicture(String words) {
        Question q = PictureWords.question(words, "c1");
        assertEquals(Intent.ROLE_LIST.id(), q.intent());
        assertEquals(words, q.text(), "what was typed stays, for logs and Helpful?");
        assertEquals("c1", q.conversationId());
    }

    @Test
    void otherWordsAreAQuestion() {
        Question q = PictureWords.question("what is the matrix of skills?", "c1");
        assertFalse(q.isStructured());
    }

    @Test
    void thePlatformsMatrixCommandAsksTheSame() {
        assertEquals(Intent.ROLE_LIST.id(), PictureWords.matrix("c1").intent());
    }
}
