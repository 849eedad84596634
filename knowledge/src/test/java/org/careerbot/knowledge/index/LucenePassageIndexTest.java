package org.careerbot.knowledge.index;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.careerbot.knowledge.KnowledgeBase;
import org.careerbot.knowledge.KnowledgeLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** BM25 retrieval over every passage, with sources and short snippets, that never throws on odd input. */
class LucenePassageIndexTest {
    private static final String S002 = "002_4766a7e2123826a9.txt";
    /** Snippets are cut at 320 characters; a fragment may run a little longer, plus two ellipses. */
    private static final int SNIPPET_MAX = 400;
    /** What the highlighter guarantees today: a fragment of 320 characters may absorb a remainder of under 160. */
    private static final int SNIPPET_HARD_MAX = 320 + 160 + 20;
    private static final List<String> SNIPPET_QUESTIONS = List.of("data is at the core bottlenecks",
            "modeling python mathematics", "software engineer deep learning start-ups", "movie recommender teenagers",
            "deployment cloud", "one-person team mature projects", "hyperparameter tuning regularization",
            "variant deep learning neural network architectures");

    private static KnowledgeBase kb;
    private static LucenePassageIndex index;

    @BeforeAll
    static void build() {
        kb = KnowledgeLoader.loadBuiltIn();
        index = new LucenePassageIndex(kb);
    }

    @Test
    void indexesEveryFactSubtaskAndProseParagraph() {
        long structured = kb.roles().stream().mapToLong(r -> 1 + r.definition().size() + r.tasks().size()
                + r.profile().size() + r.tools().size() + r.industries().size() + r.skillFacts().size()
                + r.team().size() + r.codeStyle().size() + r.education().size() + r.responsibilities().size()
                + r.outlook().size()).sum()
                + kb.tasks().stream().mapToLong(t -> 1 + t.description().size() + t.skills().size()
                + t.subtasks().size()).sum()
                + kb.skills().stream().mapToLong(s -> (s.definition() == null ? 0 : 1) + s.notes().size()).sum()
                + kb.topics().stream().mapToLong(t -> t.facts().size()).sum();
        assertTrue(index.size() > structured + 50, index.size() + " passages for " + structured
                + " structured ones: too few source paragraphs");
    }

    @Test
    void testTimeAugmentationFindsTheAugmentingDataSubtask() {
        List<Passage> found = index.search("test-time augmentation", 5);
        assertFalse(found.isEmpty());
        Passage best = found.get(0);
        assertEquals(S002 + "#Data Engineering", best.source());
        assertTrue(best.about().endsWith("Augmenting data"), best.about());
        assertTrue(best.text().contains("Using test-time augmentation to reduce the variance of an algorithm"));
        assertTrue(best.score() > 0);
    }

    @Test
    void prepareDataBottlenecksFindsTheDataIsAtTheCoreParagraph() {
        List<Passage> found = index.search("everyone needs to know how to prepare data bottlenecks", 5);
        assertFalse(found.isEmpty());
        assertTrue(found.get(0).text().startsWith("Data is at the core"), found.get(0).text());
        assertEquals(S002 + "#The Six Roles of an AI Team", found.get(0).source());
    }

    @Test
    void resultsAreBestFirstAndEachTextOnce() {
        List<Passage> found = index.search("data scientist business analysis tools", 20);
        for (int i = 1; i < found.size(); i++) {
            assertTrue(found.get(i - 1).score() >= found.get(i).score(), "not sorted at " + i);
        }
        assertEquals(found.size(), found.stream().map(p -> p.text().toLowerCase()).distinct().count());
    }

    @Test
    void everyPassageCitesAKnownSection() {
        for (String q : List.of("python", "deployment cloud aws", "communication skills", "shortage 2020",
                "hyperparameters automl", "autonomous vehicles")) {
            for (Passage p : index.search(q, 10)) {
                assertTrue(kb.sectionTexts().containsKey(p.source()), q + ": " + p.source());
                assertFalse(p.about() == null || p.about().isBlank(), q);
            }
        }
    }

    @Test
    void questionWordsAreNotWhatIsSearched() {
        List<Passage> found = index.search("what does autonomous vehicles mean?", 3);
        assertFalse(found.isEmpty());
        assertTrue(found.get(0).text().contains("autonomous vehicles"), found.get(0).text());
    }

    @Test
    void stemmingMatchesOtherFormsOfAWord() {
        List<Passage> found = index.search("encrypt", 3);
        assertFalse(found.isEmpty());
        assertTrue(found.get(0).text().toLowerCase().contains("encrypt"), found.get(0).text());
    }

    @Test
    void onlyStopWordsFindNothing() {
        assertEquals(List.of(), index.search("what is the", 5));
        assertEquals(List.of(), index.search("how do I", 5));
    }

    static List<String> hostile() {
        Random random = new Random(42);
        String noise = random.ints(5_000, 32, 127).mapToObj(c -> String.valueOf((char) c))
                .collect(Collectors.joining());
        String words = random.ints(1_200, 0, 26).mapToObj(c -> (char) ('a' + c) + " ")
                .collect(Collectors.joining());
        return List.of("title:* AND (", "\"foo", "\\", "\\\\", "5,000 chars: " + noise, "🙂🚀🤖", "",
                "   ", "数据科学家需要什么技能", "机器学习工程师",
                "text:data^10 OR ~ ! : [ ] { } /regex/",
                "AND OR NOT", "*", "?", "data\u0000scientist\u0007", words, "python ".repeat(400));
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void hostileInputNeverThrowsAndReturnsAtMostMax(String text) {
        List<Passage> found = assertDoesNotThrow(() -> index.search(text, 3));
        assertTrue(found.size() <= 3, found::toString);
    }

    @Test
    void querySyntaxIsSearchedAsWords() {
        List<Passage> found = index.search("title:* AND (modeling", 3);
        assertFalse(found.isEmpty(), "the word modeling is still searched");
    }

    @Test
    void snippetsComeFromThePassageAndShortPassagesAreTheirOwnSnippet() {
        int longPassages = 0;
        for (String question : SNIPPET_QUESTIONS) {
            for (Passage p : index.search(question, 10)) {
                String core = p.snippet().replace("\u2026", "").strip();
                assertTrue(p.text().contains(core.substring(0, Math.min(60, core.length()))), p.snippet());
                assertTrue(p.snippet().length() <= SNIPPET_HARD_MAX, () -> p.snippet().length() + ": " + p.snippet());
                if (p.text().length() <= 320) {
                    assertEquals(p.text(), p.snippet(), "a short passage is its own snippet");
                } else {
                    longPassages++;
                }
            }
        }
        assertTrue(longPassages > 5, "the questions should reach long passages");
    }

    @Test
    void snippetsOfVeryLongPassagesAreAFragmentOfThem() {
        List<Passage> found = index.search("one-person team alternative mature machine learning projects", 5);
        Passage p = found.stream().filter(x -> x.text().length() > 500).findFirst()
                .orElseThrow(() -> new AssertionError("no long passage in " + found));
        assertTrue(p.snippet().length() < p.text().length(), p.snippet());
        assertTrue(p.snippet().length() <= SNIPPET_MAX, p.snippet().length() + ": " + p.snippet());
    }

    @Test
    void snippetsOfLongPassagesAreAtMostAbout400Characters() {
        for (String question : SNIPPET_QUESTIONS) {
            for (Passage p : index.search(question, 10)) {
                assertTrue(p.snippet().length() <= SNIPPET_MAX, () -> p.snippet().length() + ": " + p.snippet());
                if (p.snippet().startsWith("\u2026")) {
                    assertFalse(p.snippet().contains(p.text()), "ellipses around a passage that was not cut");
                }
            }
        }
    }

    @Test
    void maxOfOneReturnsOne() {
        assertEquals(1, index.search("python", 1).size());
    }

    @Test
    void zeroOrHugeMaxDoesNotThrow() {
        assertEquals(List.of(), assertDoesNotThrow(() -> index.search("python", 0)));
        assertFalse(assertDoesNotThrow(() -> index.search("python", Integer.MAX_VALUE)).isEmpty());
    }
}
