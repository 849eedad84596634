package org.careerbot.answer;

import org.careerbot.model.Entities;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.careerbot.core.TestBot;
import org.careerbot.model.Answer;
import org.careerbot.model.Intent;
import org.careerbot.model.Question;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every intent of the contract is answered: a request naming what it needs gets that intent and a lead. */
class EveryIntentTest {
    private static final Entities ENOUGH = new Entities(List.of("data-scientist", "data-analyst"),
            List.of("modeling"), List.of("mathematics"), List.of("python"));

    @ParameterizedTest
    @EnumSource(Intent.class)
    void anIntentRequestedWithWhatItNeedsIsAnswered(Intent intent) {
        Answer a = TestBot.get().answer(Question.structured(intent.id(), ENOUGH, "every-intent"));
        assertEquals(intent, a.intent());
        assertFalse(a.lead().isBlank(), intent.id());
    }

    @ParameterizedTest
    @EnumSource(Intent.class)
    void anIntentRequestedWithoutWhatItNeedsGetsHelpInstead(Intent intent) {
        Answer a = TestBot.get().answer(Question.structured(intent.id(), Entities.NONE, "every-intent"));
        assertEquals(intent.answerableWith(Entities.NONE) ? intent : Intent.HELP, a.intent());
    }
}
