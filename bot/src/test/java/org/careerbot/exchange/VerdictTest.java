package org.careerbot.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VerdictTest {
    @Test
    void aTokenRoundTripsWithAColonInTheQuestion() {
        Verdict verdict = new Verdict(false, "abc123XYZ", "role.tools", "what: tools?");
        assertEquals(verdict, Verdict.parse(false, verdict.token(100)));
    }

    @Test
    void aLongQuestionIsCutToFitAndKeepsItsStart() {
        Verdict verdict = new Verdict(true, "abc", "role.tools", "which tools " + "really ".repeat(50));
        String token = verdict.token(60);
        assertEquals(60, token.length());
        Verdict parsed = Verdict.parse(true, token);
        assertEquals("role.tools", parsed.intent());
        assertTrue(parsed.question().startsWith("which tools really"), parsed.question());
    }

    @Test
    void aCutNeverSplitsACharacter() {
        String token = new Verdict(true, "", "help", "😀😀😀").token(9);
        assertEquals(":help:😀", token);
    }

    @Test
    void anAnswerWithoutAnIdCarriesAnEmptyOne() {
        Verdict verdict = new Verdict(true, null, "role.define", "data-scientist");
        assertEquals(verdict, Verdict.parse(true, verdict.token(100)));
        assertEquals("", verdict.answerId());
    }

    @Test
    void aTokenWithoutAnAnswerIdReadsAsIntentAndQuestion() {
        Verdict parsed = Verdict.parse(true, "role.tools:which tools: really?");
        assertEquals(new Verdict(true, "", "role.tools", "which tools: really?"), parsed);
        assertEquals(new Verdict(false, "", "", "just words"), Verdict.parse(false, "just words"));
    }
}
