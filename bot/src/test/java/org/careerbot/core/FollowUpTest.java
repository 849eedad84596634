package org.careerbot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.careerbot.model.Answer;
import org.careerbot.model.Question;
import org.junit.jupiter.api.Test;

/** A conversation keeps a short context, so follow-ups refer back to what was asked before. */
class FollowUpTest {
    private final CareerBot bot = TestBot.create(new Conversations(100, Duration.ofMinutes(30), Clock.systemUTC()));

    @Test
    void aFollowUpAboutToolsKeepsTheRole() {
        bot.answer(Question.of("what does a data analyst do?", "t1"));
        Answer a = bot.answer(Question.of("and what tools do they use?", "t1"));
        assertEquals("role.tools", a.intent().id());
        assertEquals(List.of("data-analyst"), a.entities().roles());
    }

    @Test
    void compareItWithAddsTheRoleFromContext() {
        bot.answer(Question.of("tell me about machine learning engineers", "t2"));
        Answer a = bot.answer(Question.of("compare it with a data scientist", "t2"));
        assertEquals("role.compare", a.intent().id());
        assertEquals(List.of("machine-learning-engineer", "data-scientist"), a.entities().roles());
        assertTrue(a.table() != null && a.table().columns().size() == 2);
    }

    @Test
    void aShortAspectQuestionFollowsTheLastSubject() {
        bot.answer(Question.of("what is a deep learning engineer", "t3"));
        Answer a = bot.answer(Question.of("education?", "t3"));
        assertEquals("role.education", a.intent().id());
        assertEquals(List.of("deep-learning-engineer"), a.entities().roles());
    }

    @Test
    void conversationsDoNotLeakIntoEachOther() {
        bot.answer(Question.of("what does a data analyst do?", "t4"));
        Answer a = bot.answer(Question.of("and what tools do they use?", "t5"));
        assertTrue(a.entities().roles().isEmpty(), "another conversation knows nothing of the first");
    }

    @Test
    void aQuestionNamingItsOwnSubjectIgnoresTheContext() {
        bot.answer(Question.of("what does a data analyst do?", "t6"));
        Answer a = bot.answer(Question.of("what tools does a software engineer use?", "t6"));
        assertEquals(List.of("software-engineer"), a.entities().roles());
    }
}
