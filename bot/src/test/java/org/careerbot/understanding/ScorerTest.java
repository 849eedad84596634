package org.careerbot.understanding;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.careerbot.model.Intent;
import org.junit.jupiter.api.Test;

/** The one general choice among a subject's intents, from the catalogue's cues, ranks and defaults. */
class ScorerTest {
    private static final Lexicon LEXICON = Lexicon.load();
    private final Scorer scorer = new Scorer(LEXICON);

    private static List<String> words(String text) {
        return List.of(text.split(" "));
    }

    @Test
    void theAspectAskedWinsAndTheSubjectsDefaultStandsWhenNoneIs() {
        assertEquals(Intent.ROLE_TOOLS, scorer.best(Intent.Needs.ROLE, words("what tools does a _ _ use")).intent());
        assertEquals(Intent.ROLE_DEFINE, scorer.best(Intent.Needs.ROLE, words("tell me about _ _")).intent());
        assertEquals(Intent.TASK_ROLES, scorer.best(Intent.Needs.TASK, words("who does _")).intent());
        assertEquals(Intent.SKILL_DEFINE, scorer.best(Intent.Needs.SKILL, words("explain _")).intent());
        assertEquals(Intent.TOOL_ROLES, scorer.best(Intent.Needs.TOOL, words("who uses _")).intent());
    }

    @Test
    void aTieGoesToTheLowerRankAndTheMarginSaysHowSureTheChoiceIs() {
        Scorer.Scored tie = scorer.best(Intent.Needs.ROLE, words("what tools and what degree does a _ _ need"));
        assertEquals(tie.score(), tie.next(), tie.toString());
        assertEquals(Intent.ROLE_EDUCATION, tie.intent(), "a degree named is asked more surely than tools");
        Scorer.Scored clear = scorer.best(Intent.Needs.ROLE, words("what tools does a _ _ use"));
        assertTrue(clear.confidence() > tie.confidence(), clear + " vs " + tie);
    }

    @Test
    void topicsAreTheCataloguesEntriesAskedOfNothingNamed() {
        assertEquals(List.of(Intent.HELP, Intent.ORG_TYPES, Intent.LIFECYCLE, Intent.CAREER_TIPS,
                Intent.CAREER_OUTLOOK, Intent.ROLE_LIST), Topics.ALL);
        assertEquals(List.of(Intent.CAREER_TIPS, Intent.CAREER_OUTLOOK), Topics.ADVICE);
    }

    @Test
    void everyCueSetTheCatalogueNamesIsInTheLexiconOrTheBotDoesNotStart() {
        assertDoesNotThrow(() -> Scorer.check(LEXICON::holds));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Scorer.check(c -> !c.equals("aspect:tools")));
        assertTrue(e.getMessage().contains("role.tools (aspect:tools)"), e.getMessage());
    }

    @Test
    void aCuePhraseWrittenTwiceInTheLexiconIsRefused() {
        String twice = "{\"aspects\": {\"tools\": {\"use\": 1, \"use\": 2}}}";
        java.io.IOException e = assertThrows(java.io.IOException.class, () -> Lexicon.read(
                new java.io.ByteArrayInputStream(twice.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains("Duplicate field 'use'"), e.getMessage());
    }
}
