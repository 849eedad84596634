package org.careerbot.knowledge.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.careerbot.knowledge.KnowledgeLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Misspelt words are corrected against the vocabulary of entity names plus a few words; others are left alone. */
class LuceneTypoCorrectorTest {
    /** A few words a chat vocabulary adds to the entity names, some of them one edit from each other. */
    private static final List<String> EXTRA = List.of("career", "salary", "what", "become", "roles",
            "modeling");

    private static Set<String> vocabulary;
    private static LuceneTypoCorrector corrector;

    @BeforeAll
    static void build() {
        vocabulary = new HashSet<>(new LuceneEntityIndex(KnowledgeLoader.loadBuiltIn()).vocabulary());
        vocabulary.addAll(EXTRA);
        corrector = new LuceneTypoCorrector(vocabulary);
    }

    @Test
    void theVocabularyHasTheWordsTheCorrectionsNeed() {
        assertTrue(vocabulary.containsAll(List.of("skills", "scientist", "machine", "learning", "engineer")));
    }

    @ParameterizedTest
    @CsvSource({"skils, skills", "sceintist, scientist", "machien, machine", "lerning, learning",
            "enginer, engineer", "reseacher, researcher", "tensorflwo, tensorflow", "carer, career",
            "pytroch, pytorch", "analsyt, analyst"})
    void correctsCommonMisspellings(String typed, String expected) {
        assertEquals(expected, corrector.correct(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"skl", "mle", "sq", "da", "x", "ml", "dta"})
    void leavesWordsOfThreeLettersOrFewerAlone(String word) {
        assertEquals(word, corrector.correct(word));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sk1lls", "python3", "web3", "2020s", "skil1"})
    void leavesWordsWithDigitsAlone(String word) {
        assertEquals(word, corrector.correct(word));
    }

    @Test
    void ofWordsAsCloseTheOneEndingAsTypedWins() {
        // "science" and "scientist" are both two edits from "scienst"
        assertEquals("scientist", corrector.correct("scienst"));
    }

    @Test
    void leavesWordsOfTheVocabularyAlone() {
        // each of these is one edit from another vocabulary word
        for (String word : List.of("skill", "skills", "roles", "data", "analyst", "analysts", "model", "hive",
                "career")) {
            if (vocabulary.contains(word)) {
                assertEquals(word, corrector.correct(word), word);
            }
        }
        assertEquals("roles", corrector.correct("roles"));
        assertEquals("modeling", corrector.correct("modeling"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xylophone", "qwertyuiop", "zzzzzz", "banana", "weather"})
    void aWordFarFromEveryVocabularyWordStaysAsTyped(String word) {
        assertEquals(word, corrector.correct(word));
    }

    @Test
    void repeatedCorrectionsGiveTheSameAnswer() {
        for (int i = 0; i < 3; i++) {
            assertEquals("skills", corrector.correct("skils"));
            assertEquals("banana", corrector.correct("banana"));
        }
    }

    @Test
    void aTinyVocabularyCorrectsOnlyToItsOwnWords() {
        LuceneTypoCorrector tiny = new LuceneTypoCorrector(List.of("python", "pandas"));
        assertEquals("python", tiny.correct("pyhton"));
        assertEquals("pandas", tiny.correct("pandsa"));
        assertEquals("skils", tiny.correct("skils"));
    }

    @Test
    void aMisspellingOneEditFromTwoWordsBecomesOneOfThem() {
        LuceneTypoCorrector both = new LuceneTypoCorrector(List.of("skill", "skills"));
        assertTrue(List.of("skill", "skills").contains(both.correct("skils")));
        assertEquals("skill", both.correct("skill"));
    }

    @Test
    void emptyVocabularyLeavesEverythingAlone() {
        LuceneTypoCorrector none = new LuceneTypoCorrector(List.of());
        assertEquals("sceintist", none.correct("sceintist"));
    }
}
