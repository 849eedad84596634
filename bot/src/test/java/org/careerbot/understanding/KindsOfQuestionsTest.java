package org.careerbot.understanding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.careerbot.answer.Answer;
import org.careerbot.core.Question;
import org.careerbot.core.TestBot;
import org.junit.jupiter.api.Test;

/** The kinds of questions people really ask, through the whole core: what is understood and what is answered. */
class KindsOfQuestionsTest {
    private final String conversation = "kinds-" + UUID.randomUUID();

    private Answer ask(String q) {
        return TestBot.get().answer(Question.of(q, conversation));
    }

    @Test
    void whatTheSourcesLackIsNotCoveredAndTheLeadNamesIt() {
        Answer a = ask("what can I expect to earn as a junior data scientist?");
        assertFalse(a.covered());
        assertEquals(List.of("data-scientist"), a.entities().roles());
        assertTrue(a.lead().startsWith("The sources say nothing about salaries"), a.lead());
    }

    @Test
    void tooLateQuestionsGetTheShortageAndItsDate() {
        Answer a = ask("I am 37, is it too late for me to get into machine learning?");
        assertFalse(a.covered());
        assertTrue(a.lead().contains("age") && a.lead().contains("as of 2020"), a.lead());
    }

    @Test
    void aRoleTheSourcesLackIsNamedAndTheClosestDescribedRolesOffered() {
        Answer a = ask("What is an MLOps engineer?");
        assertEquals(List.of(), a.entities().roles());
        assertFalse(a.covered());
        assertTrue(a.lead().startsWith("The sources don't describe an MLOps engineer."), a.lead());
        assertTrue(a.lead().contains("deployment"), a.lead());
    }

    @Test
    void dataEngineerIsATitleOfTheSoftwareEngineerNotARoleOfItsOwn() {
        Answer a = ask("what does a data engineer do?");
        assertEquals(List.of(), a.entities().roles());
        assertTrue(a.lead().contains("titles of the software engineer"), a.lead());
    }

    @Test
    void degreesInGeneralGetWhatTheSourcesSayOfAnyRole() {
        Answer a = ask("do I need a master's degree to work in machine learning?");
        assertEquals("role.education", a.intent());
        assertTrue(a.lead().contains("Master's"), a.lead());
    }

    @Test
    void demandQuestionsGetTheShortage() {
        Answer a = ask("Is there demand for AI roles?");
        assertEquals("career.outlook", a.intent());
        assertTrue(a.lead().contains("shortage as of 2020"), a.lead());
    }

    @Test
    void toolsWeighedAreNotRanked() {
        Answer a = ask("should I learn pytorch or tensorflow?");
        assertEquals("tool.roles", a.intent());
        assertEquals(List.of("pytorch", "tensorflow"), a.entities().tools());
        assertTrue(a.lead().startsWith("The sources don't rank PyTorch or TensorFlow"), a.lead());
    }

    @Test
    void aFollowUpWithOnlyAnAspectContinuesTheConversation() {
        ask("what tools does a data analyst use?");
        Answer a = ask("and what about their team?");
        assertEquals("role.team", a.intent());
        assertEquals(List.of("data-analyst"), a.entities().roles());
    }

    @Test
    void aQuestionThatStandsOnItsOwnStartsAfresh() {
        ask("compare data scientist and data analyst");
        Answer a = ask("what programming language should i learn first");
        assertTrue(a.entities().roles().isEmpty(), a.entities().toString());
    }

    @Test
    void aTypoInTheSecondRoleOfAComparisonKeepsBothRoles() {
        Answer a = ask("compare data scientist and mahcine lerning engneer");
        assertEquals("role.compare", a.intent());
        assertEquals(List.of("data-scientist", "machine-learning-engineer"), a.entities().roles());
    }

    @Test
    void aSkillRightAfterAnotherSkillAndInIsTheFieldNotASecondSubject() {
        Answer a = ask("How important is mathematics in machine learning?");
        assertEquals(List.of("mathematics"), a.entities().skills());
    }

    @Test
    void theWorkOfARoleNamedAsAFieldIsThatRole() {
        Answer a = ask("Is deep learning engineering a good career choice?");
        assertEquals(List.of("deep-learning-engineer"), a.entities().roles());
    }

    @Test
    void greetingsAndThanksGetOneFriendlyLine() {
        for (String q : List.of("hi", "thanks!", "thank you so much")) {
            Answer a = ask(q);
            assertTrue(a.sections().isEmpty(), q);
            assertTrue(a.lead().split("\\. |! ").length <= 2, a.lead());
        }
    }
}
