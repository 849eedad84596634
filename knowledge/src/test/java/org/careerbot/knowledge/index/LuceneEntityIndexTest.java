package org.careerbot.knowledge.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.careerbot.knowledge.EntityKind;
import org.careerbot.knowledge.KnowledgeBase;
import org.careerbot.knowledge.KnowledgeLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Entity linking over every name, synonym and title, and suggestions for partial, misspelt input. */
class LuceneEntityIndexTest {
    private static KnowledgeBase kb;
    private static LuceneEntityIndex index;

    @BeforeAll
    static void build() {
        kb = KnowledgeLoader.loadBuiltIn();
        index = new LuceneEntityIndex(kb);
    }

    private static List<Mention> find(String question) {
        return index.find(Tokens.split(question));
    }

    /** The one mention a question holds. */
    private static Mention only(String question) {
        List<Mention> found = find(question);
        assertEquals(1, found.size(), () -> question + " -> " + found);
        return found.get(0);
    }

    private static void assertLinks(String question, EntityKind kind, String id) {
        Mention m = only(question);
        assertEquals(kind, m.kind(), () -> question + " -> " + m);
        assertEquals(List.of(id), m.ids(), () -> question + " -> " + m);
    }

    // ---- roles

    @Test
    void abbreviationMleLinksMachineLearningEngineer() {
        Mention m = only("What does an MLE do?");
        assertEquals(EntityKind.ROLE, m.kind());
        assertEquals(List.of("machine-learning-engineer"), m.ids());
        assertFalse(m.title());
        assertTrue(m.unambiguous());
    }

    @Test
    void dsVsDaLinksDataScientistThenDataAnalystInQuestionOrder() {
        List<Mention> found = find("ds vs da");
        assertEquals(2, found.size(), found::toString);
        assertEquals(List.of("data-scientist"), found.get(0).ids());
        assertEquals(List.of("data-analyst"), found.get(1).ids());
        assertEquals(0, found.get(0).start());
        assertEquals(2, found.get(1).start());
        assertEquals(3, found.get(1).end());
    }

    @Test
    void quantitativeAnalystIsADataScientistTitle() {
        Mention m = only("is a quantitative analyst a good job");
        assertEquals(List.of("data-scientist"), m.ids());
        assertTrue(m.title(), "matched an alternative title");
        assertEquals(2, m.start());
        assertEquals(4, m.end());
    }

    @Test
    void researchScientistIsOneAmbiguousMentionOfSeveralRoles() {
        Mention m = only("I want to be a research scientist");
        assertEquals(EntityKind.ROLE, m.kind());
        assertTrue(m.title());
        assertFalse(m.unambiguous());
        assertTrue(m.ids().containsAll(List.of("data-scientist", "data-analyst", "machine-learning-engineer",
                        "machine-learning-researcher", "deep-learning-engineer", "deep-learning-researcher")),
                m.ids()::toString);
        assertEquals(m.ids().size(), m.ids().stream().distinct().count(), "each role once");
    }

    @ParameterizedTest
    @ValueSource(strings = {"software engineer - machine learning", "machine learning software engineer",
            "Software Engineer-Machine Learning", "software engineer for machine learning", "SWE-ML"})
    void longestNameBeatsSoftwareEngineer(String question) {
        Mention m = only(question);
        assertEquals(List.of("software-engineer-machine-learning"), m.ids(), m::toString);
        assertFalse(m.title(), "the role's own name or synonym, not a shared title");
        assertEquals(Tokens.split(question).size(), m.end(), "the whole name is consumed");
    }

    @Test
    void softwareEngineerAloneIsTheSoftwareEngineerRoleNotATitle() {
        Mention m = only("software engineer");
        assertEquals(List.of("software-engineer"), m.ids());
        assertFalse(m.title(), "own name beats the titles other roles share");
    }

    @Test
    void deepLearningVariantsAreFoundToo() {
        assertLinks("software engineer - deep learning", EntityKind.ROLE, "software-engineer-deep-learning");
        assertLinks("deep learning engineer", EntityKind.ROLE, "deep-learning-engineer");
        assertLinks("DL researcher", EntityKind.ROLE, "deep-learning-researcher");
    }

    @ParameterizedTest
    @CsvSource({"data analysts, data-analyst", "Data Scientists, data-scientist",
            "machine learning engineers, machine-learning-engineer", "statisticians, data-scientist"})
    void pluralsAreFound(String question, String id) {
        assertEquals(List.of(id), only(question).ids());
    }

    @Test
    void wordOrderIsToleratedForNamesOfSeveralWords() {
        // NameTable.anyOrder matches the words of a name as a bag: "engineer machine learning" is the bag of
        // "machine learning engineer"
        Mention m = only("engineer machine learning");
        assertEquals(List.of("machine-learning-engineer"), m.ids());
        assertEquals(3, m.end());
    }

    @Test
    void exactOrderBeatsAnyOrderWhenBothCouldMatch() {
        // "software engineer machine learning" is itself a synonym of the SWE-ML role
        assertLinks("software engineer machine learning", EntityKind.ROLE, "software-engineer-machine-learning");
    }

    @Test
    void mentionsCarryTheirPositionsAndMatchedName() {
        List<Mention> found = find("Should a Data Analyst learn SQL or Tableau?");
        assertEquals(3, found.size(), found::toString);
        assertEquals(List.of("data-analyst"), found.get(0).ids());
        assertEquals(2, found.get(0).start());
        assertEquals(4, found.get(0).end());
        assertEquals(EntityKind.TOOL, found.get(1).kind());
        assertEquals(List.of("sql"), found.get(1).ids());
        assertEquals(List.of("tableau"), found.get(2).ids());
    }

    // ---- the R language

    @Test
    void loneLowerCaseRIsAWordNotTheRLanguage() {
        assertTrue(find("r u a data scientist").stream().noneMatch(m -> m.ids().contains("r")),
                () -> find("r u a data scientist").toString());
    }

    @Test
    void upperCaseRIsTheRLanguage() {
        List<Mention> found = find("Should I learn R or Python?");
        assertEquals(2, found.size(), found::toString);
        assertEquals(EntityKind.TOOL, found.get(0).kind());
        assertEquals(List.of("r"), found.get(0).ids());
        assertEquals(List.of("python"), found.get(1).ids());
    }

    @Test
    void lowerCaseLettersIAndAAreNotEntities() {
        assertEquals(List.of(), find("i a"));
    }

    // ---- tasks, skills, tools

    @ParameterizedTest
    @CsvSource({"AI infra, ai-infrastructure", "data eng, data-engineering", "modelling, modeling",
            "MLOps, deployment", "business analysis, business-analysis", "data pipelines, data-engineering"})
    void tasksAreFoundByNameAndSynonym(String question, String id) {
        assertLinks(question, EntityKind.TASK, id);
    }

    @ParameterizedTest
    @CsvSource({"algorithmic coding, algorithmic-coding", "linear algebra, mathematics",
            "communication skills, communication", "neural networks, deep-learning", "stats, data-science"})
    void skillsAreFoundByNameAndSynonym(String question, String id) {
        assertLinks(question, EntityKind.SKILL, id);
    }

    @ParameterizedTest
    @CsvSource({"jupyter notebooks, jupyter-notebook", "sklearn, scikit-learn", "scikit-learn, scikit-learn",
            "C++, c++", "amazon mechanical turk, mechanical-turk", "NIPS, neurips", "TensorFlow, tensorflow"})
    void toolsAreFoundByNameIdAndSynonym(String question, String id) {
        assertLinks(question, EntityKind.TOOL, id);
    }

    @Test
    void aQuestionWithoutEntitiesFindsNothing() {
        assertEquals(List.of(), find("how is the weather today"));
        assertEquals(List.of(), index.find(List.of()));
    }

    @Test
    void vocabularyHoldsEveryWordOfEveryNameLowerCase() {
        assertTrue(index.vocabulary().containsAll(List.of("machine", "learning", "scientist", "skills", "jupyter",
                "analysts", "mle", "c++")), index.vocabulary()::toString);
        assertTrue(index.vocabulary().stream().allMatch(w -> w.equals(w.toLowerCase(java.util.Locale.ROOT))));
    }

    // ---- suggestions

    @Test
    void misspeltMachineLearningEngineerIsSuggestedFirst() {
        List<String> ids = index.suggest(EntityKind.ROLE, "machin lerning eng", 25);
        assertFalse(ids.isEmpty());
        assertEquals("machine-learning-engineer", ids.get(0), ids::toString);
    }

    @Test
    void sdeSuggestsSoftwareEngineer() {
        List<String> ids = index.suggest(EntityKind.ROLE, "sde", 5);
        assertTrue(ids.contains("software-engineer"), ids::toString);
        assertTrue(ids.size() <= 5);
    }

    @Test
    void prefixOfANameSuggestsIt() {
        // "data analyst" is also one of the data scientist's titles, so both rank alike
        assertTrue(index.suggest(EntityKind.ROLE, "data anal", 2).contains("data-analyst"));
        assertEquals("machine-learning-researcher", index.suggest(EntityKind.ROLE, "machine learning res", 3).get(0));
        assertTrue(index.suggest(EntityKind.TOOL, "tensorfl", 3).contains("tensorflow"));
        assertTrue(index.suggest(EntityKind.TASK, "deploy", 3).contains("deployment"));
    }

    @Test
    void suggestionsAreOfTheKindAskedForOnly() {
        List<String> tools = index.suggest(EntityKind.TOOL, "data", 50);
        assertTrue(tools.stream().allMatch(id -> kb.tool(id).isPresent()), tools::toString);
        List<String> roles = index.suggest(EntityKind.ROLE, "python", 50);
        assertTrue(roles.stream().allMatch(id -> kb.role(id).isPresent()), roles::toString);
    }

    @Test
    void emptyOrNullInputSuggestsAtMostMax() {
        assertTrue(index.suggest(EntityKind.ROLE, "", 3).size() <= 3);
        assertEquals(3, index.suggest(EntityKind.ROLE, "", 3).size(), "something to choose from");
        assertTrue(index.suggest(EntityKind.ROLE, null, 3).size() <= 3);
        assertTrue(index.suggest(EntityKind.TOOL, "   ", 4).size() <= 4);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 5, 9, 100})
    void neverMoreThanMaxAndEachIdOnce(int max) {
        for (String typed : List.of("", "engineer", "data", "learning", "a", "s")) {
            List<String> ids = index.suggest(EntityKind.ROLE, typed, max);
            assertTrue(ids.size() <= max, () -> typed + " -> " + ids);
            assertEquals(ids.size(), ids.stream().distinct().count(), () -> typed + " -> " + ids);
        }
        assertTrue(index.suggest(EntityKind.ROLE, "", max).size() <= Math.min(max, 9));
    }

    @Test
    void zeroMaxSuggestsNothing() {
        assertEquals(List.of(), index.suggest(EntityKind.ROLE, "engineer", 0));
    }

    @Test
    void veryLongTypedTextDoesNotThrow() {
        assertTrue(index.suggest(EntityKind.ROLE, "x".repeat(1_500), 5).size() <= 5);
        assertTrue(index.suggest(EntityKind.ROLE, "data ".repeat(300), 5).size() <= 5);
    }

    @Test
    void hostileInputToSuggestDoesNotThrow() {
        for (String typed : List.of("title:* AND (", "\"foo", "\\", "*", "?", "🙂🙂", "机器学习工程师",
                "x".repeat(900), "data ".repeat(150))) {
            assertTrue(index.suggest(EntityKind.ROLE, typed, 5).size() <= 5, typed);
        }
    }
}
