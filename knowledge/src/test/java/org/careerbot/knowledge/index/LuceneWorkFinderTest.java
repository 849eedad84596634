package org.careerbot.knowledge.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.careerbot.knowledge.KnowledgeLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Finding the one kind of work a question asks about, by its own name or the words people use for it. */
class LuceneWorkFinderTest {
    private static WorkFinder finder;

    @BeforeAll
    static void index() {
        finder = new LuceneWorkFinder(KnowledgeLoader.loadBuiltIn());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "how do you deal with concept drift in production? | retraining-models",
        "what is a split test and why does it matter | running-ab-tests",
        "how do you run A/B tests on a website? | running-ab-tests",
        "our service must answer millions of users quickly | improving-response-times",
        "tips for distributed training on multiple GPUs | accelerating-training",
        "how should I clean data with lots of missing values | inspecting-and-cleaning-data",
        "what skills does labeling data require? | labeling-data"})
    void findsWorkByHowPeopleNameIt(String question, String subtask) {
        assertEquals(subtask, finder.find(question).orElseThrow().subtask().id());
    }

    @Test
    void theSubtasksOwnNameInAnyOrderAndFormFindsIt() {
        // "Searching hyperparameters" as "hyperparameters ... searched"
        assertEquals("searching-hyperparameters",
                finder.find("how are hyperparameters searched in practice").orElseThrow().subtask().id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"what is modeling", "what is business acumen", "who wrote the report",
        "how do I explain a model to my manager", "hi", "what does a data scientist do?", ""})
    void questionsThatNameNoWorkFindNone(String question) {
        assertTrue(finder.find(question).isEmpty(), question);
    }

    @Test
    void theWorkKnowsItsTask() {
        assertEquals("business-analysis", finder.find("split testing").orElseThrow().task().id());
    }
}
