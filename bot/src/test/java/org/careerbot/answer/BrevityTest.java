package org.careerbot.answer;

import org.careerbot.model.Entities;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.careerbot.model.Answer;
import org.careerbot.model.ChatLength;
import org.careerbot.model.Intent;
import org.junit.jupiter.api.Test;

/** Answers are short and say nothing twice by construction. */
class BrevityTest {
    @Test
    void aLeadOfMoreThanThreeSentencesKeepsThreeAndPassesTheRestOn() {
        String[] fit = Brevity.fitLead("One two. Three four. Five six. Seven eight.");
        assertEquals("One two. Three four. Five six.", fit[0]);
        assertEquals("Seven eight.", fit[1]);
    }

    @Test
    void aLeadStopsBeforeTheSentenceThatWouldPassSixtyWords() {
        String first = "word ".repeat(40).strip() + ".";
        String second = "Other " + "word ".repeat(30).strip() + ".";
        String[] fit = Brevity.fitLead(first + " " + second);
        assertEquals(first, fit[0]);
        assertEquals(second, fit[1]);
    }

    @Test
    void aFirstSentenceLongerThanTheLimitIsShortenedAtAWord() {
        String[] fit = Brevity.fitLead("word ".repeat(90).strip() + ".");
        assertTrue(Brevity.words(fit[0]) <= Brevity.LEAD_WORDS, fit[0]);
    }

    @Test
    void aSentenceOfTheLeadIsNotSaidAgainInTheDetails() {
        String lead = "Data analysts carry out data engineering and business analysis tasks.";
        List<Answer.Section> out = Brevity.withoutRepeats(lead, List.of(new Answer.Section("What it is",
                List.of(lead + " Their skills complement those of people who train models."))));
        assertEquals(List.of("Their skills complement those of people who train models."), out.get(0).bullets());
    }

    @Test
    void aSentenceSaidInsideALongerOneIsNotSaidAgain() {
        List<Answer.Section> out = Brevity.withoutRepeats("", List.of(new Answer.Section("Tips", List.of(
                "Consider further education: a Master's or Ph.D. may be beneficial for research roles.",
                "a Master's or Ph.D. may be beneficial for research roles."))));
        assertEquals(1, out.get(0).bullets().size());
    }

    @Test
    void theBriefAnswerStopsAtWholeBulletsOnceItsBudgetIsSpent() {
        int half = ChatLength.BODY_WORDS / 2 - 1; // two such bullets fit the budget, a third does not
        List<String> bullets = List.of("word ".repeat(half).strip(), "word ".repeat(half).strip(),
                "word ".repeat(half).strip());
        List<Answer.Section> shown = ChatLength.shown("A lead.", List.of(new Answer.Section("H", bullets)));
        assertEquals(2, shown.get(0).bullets().size());
    }

    @Test
    void moreHoldsExactlyWhatTheBriefAnswerLeftOut() {
        List<String> bullets = List.of("a ".repeat(40).strip(), "b ".repeat(40).strip(), "c ".repeat(40).strip());
        Answer a = new Answer(Intent.SEARCH, Entities.NONE, "T", "Lead.", List.of(new Answer.Section("H", bullets),
                new Answer.Section("Later", List.of("d"))), null, List.of(), List.of());
        assertTrue(a.hasMore());
        List<String> all = new java.util.ArrayList<>();
        a.brief().sections().forEach(s -> all.addAll(s.bullets()));
        a.more().sections().forEach(s -> all.addAll(s.bullets()));
        assertEquals(List.of(bullets.get(0), bullets.get(1), bullets.get(2), "d"), all);
    }
}
