package org.careerbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.careerbot.core.TestBot;
import org.careerbot.model.Answer;
import org.careerbot.model.Question;
import org.careerbot.render.PlainTextRenderer;
import org.junit.jupiter.api.Test;

/** What answers say: from the sources, cited, honest where the sources are silent, corrective of wrong premises. */
class AnswerContentTest {
    private static Answer ask(String q) {
        return TestBot.get().answer(Question.of(q, ""));
    }

    private static String text(Answer a) {
        return new PlainTextRenderer().render(a);
    }

    @Test
    void aWrongPremiseGetsTheCorrectionTheSourcesSupport() {
        Answer a = ask("which tools does a data analyst use for deployment?");
        assertTrue(a.lead().contains("not among its tasks"), a.lead());
        assertTrue(a.lead().contains("data engineering and business analysis"), a.lead());
    }

    @Test
    void whereTheSourcesAreSilentTheAnswerSaysSo() {
        Answer a = ask("what degree does a data analyst need?");
        assertEquals("role.education", a.intent().id());
        assertTrue(a.lead().startsWith("The sources don't say"), a.lead());
        assertFalse(a.sections().isEmpty(), "it offers what the sources do say");
    }

    @Test
    void aSharedTitleListsTheRolesThatUseIt() {
        Answer a = ask("what does a research scientist do?");
        assertTrue(a.entities().roles().isEmpty());
        String t = text(a);
        for (String role : List.of("data scientist", "machine learning researcher", "deep learning researcher")) {
            assertTrue(t.toLowerCase().contains(role), role + " in " + t);
        }
    }

    @Test
    void aComparisonHasOneColumnPerRoleAndSaysWhatDiffers() {
        Answer a = ask("data scientist vs data analyst vs machine learning engineer");
        assertEquals("role.compare", a.intent().id());
        assertEquals(3, a.table().columns().size());
        assertTrue(a.table().rows().stream().allMatch(r -> r.cells().size() == 3));
        assertTrue(a.lead().contains("only the machine learning engineer does deployment"), a.lead());
    }

    @Test
    void recommendationsExplainWhyARoleMatched() {
        Answer a = ask("I'm good at SQL and spreadsheets and like presenting insights to business people, "
                + "but I don't enjoy coding algorithms. Which role fits me?");
        assertEquals("role.recommend", a.intent().id());
        assertTrue(a.lead().startsWith("The data analyst fits your"), a.lead());
    }

    @Test
    void everyAnswerFromTheKnowledgeCitesItsSources() {
        for (String q : List.of("what is a data scientist", "what does modeling include", "who uses pytorch",
                "what is algorithmic coding", "how does the AI project life cycle work", "tips to get started",
                "is there demand for AI roles", "what kinds of AI organizations are there",
                "what is test-time augmentation")) {
            Answer a = ask(q);
            assertFalse(a.sources().isEmpty(), q);
            assertTrue(a.sources().stream().allMatch(s -> s.matches("\\d{3}_[0-9a-f]{16}\\.txt(#.+)?")), q);
        }
    }

    @Test
    void outOfScopeQuestionsGetAPoliteRedirect() {
        Answer a = ask("what's the weather in Paris tomorrow?");
        assertEquals("out_of_scope", a.intent().id());
        assertTrue(a.lead().contains("AI careers"));
    }
}
