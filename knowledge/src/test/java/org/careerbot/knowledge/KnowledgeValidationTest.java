package org.careerbot.knowledge;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.careerbot.knowledge.index.LuceneEntityIndex;
import org.careerbot.knowledge.index.Mention;
import org.careerbot.knowledge.index.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Content directories that break one thing each are refused with a problem naming the file, the entry and what is
 * wrong; valid ones add to and override the built-in knowledge.
 */
class KnowledgeValidationTest {
    private static final String S002 = "002_4766a7e2123826a9.txt";
    private static final String DATA_ANALYST = S002 + "#Data Analyst";

    private static KnowledgeBase builtIn;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        builtIn = KnowledgeLoader.loadBuiltIn();
    }

    // ---- helpers

    private Path write(String file, String json) throws IOException {
        Path path = dir.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, json, StandardCharsets.UTF_8);
        return path;
    }

    /** A role that passes validation, with the given name, variantOf and task. */
    private static String role(String id, String name, String variantOf, String task) {
        return """
                {"id": "%s", %s "variantOf": %s,
                 "summary": {"text": "Data analysts carry out data engineering and business analysis tasks.",
                             "source": "%s"},
                 "tasks": [{"task": "%s", "scope": "core", "text": "They do it.", "source": "%s"}]}
                """.formatted(id, name == null ? "" : "\"name\": \"" + name + "\",",
                variantOf == null ? "null" : "\"" + variantOf + "\"", DATA_ANALYST, task, DATA_ANALYST);
    }

    private static String topic(String id, String factJson) {
        return "[{\"id\": \"" + id + "\", \"title\": \"A topic\", \"facts\": [" + factJson + "]}]";
    }

    /** The only problem of a directory, after checking that load and check agree. */
    private Problem onlyProblem() {
        KnowledgeException e = assertThrows(KnowledgeException.class, () -> KnowledgeLoader.load(dir));
        assertEquals(e.problems(), KnowledgeLoader.check(dir), "check() reports what load() throws");
        assertEquals(1, e.problems().size(), e::getMessage);
        Problem p = e.problems().get(0);
        assertTrue(e.getMessage().contains(p.toString()), "the exception message lists the problem");
        return p;
    }

    private void assertProblem(Problem p, String file, String entry, String... messageParts) {
        assertAll(p.toString(),
                () -> assertEquals(dir.resolve(file).toString(), p.file(), "file"),
                () -> assertEquals(entry, p.entry(), "entry"),
                () -> {
                    for (String part : messageParts) {
                        assertTrue(p.message().contains(part), "message lacks '" + part + "': " + p.message());
                    }
                });
    }

    // ---- the built-in knowledge

    @Test
    void builtInKnowledgeLoadsWithNoProblems() {
        assertDoesNotThrow(KnowledgeLoader::loadBuiltIn);
        assertEquals(List.of(), KnowledgeLoader.check(dir), "an empty content directory changes nothing");
        KnowledgeBase kb = KnowledgeLoader.load(dir);
        assertEquals(builtIn.ids(EntityKind.ROLE), kb.ids(EntityKind.ROLE));
        assertEquals(builtIn.sectionTexts(), kb.sectionTexts());
    }

    @Test
    void sectionTextsSplitEachSourceAtItsHeadings() {
        String analyst = builtIn.sectionTexts().get(DATA_ANALYST);
        assertTrue(analyst.startsWith("# Data Analyst"), analyst);
        assertTrue(analyst.contains("risk analyst"));
        assertFalse(analyst.contains("# Machine Learning Engineer"), "runs into the next section");
        assertFalse(analyst.contains("Machine learning engineers carry out"), "runs into the next section");
        assertFalse(analyst.contains("Data scientists carry out"), "starts in the previous section");

        String swe = builtIn.sectionTexts().get(S002 + "#Software Engineer");
        assertTrue(swe.startsWith("# Software Engineer\n"), "not confused with '# Software Engineer-Machine Learning'");
        assertFalse(swe.contains("# Appendix"));

        String conclusion = builtIn.sectionTexts().get(S002 + "#Conclusion");
        assertTrue(conclusion.contains("significant shortage as of 2020"));
        assertFalse(conclusion.contains("- The Workera team"), "the text ends at the 'end' line");
    }

    @Test
    void everySectionOfEverySourceHasText() {
        for (SourceDoc doc : builtIn.sources()) {
            for (SourceDoc.Section s : doc.sections()) {
                String text = builtIn.sectionTexts().get(doc.file() + "#" + s.name());
                assertTrue(text != null && !text.isBlank(), doc.file() + "#" + s.name());
            }
        }
        assertEquals(5, builtIn.sources().size());
        assertEquals(builtIn.sources().stream().mapToInt(d -> d.sections().size()).sum(),
                builtIn.sectionTexts().size());
    }

    @ParameterizedTest
    @CsvSource({"000_f0e2716c1acb6f1f.txt, software engineer - deep learning",
            "001_fa10bec0cd53a95f.txt, deep learning engineer", "003_f0ede787a5c62240.txt, deep learning researcher"})
    void articleSectionsStopAtTheNextQuestion(String file, String role) {
        String tasks = builtIn.sectionTexts().get(file + "#Tasks");
        // the heading's gap is a space and an em space; sources.json folds white space to find it
        assertTrue(tasks.replaceAll("[\\s\\u2000-\\u200b]+", " ")
                .startsWith("I What tasks does a " + role + " carry out?"), tasks);
        assertFalse(tasks.contains("What skills"), "runs into the Skills section");
        String team = builtIn.sectionTexts().get(file + "#Team structure");
        assertTrue(team.contains("Building an AI team requires"));
        assertFalse(team.contains("Companies may refer to"), "runs into the Conclusion");
        String conclusion = builtIn.sectionTexts().get(file + "#Conclusion");
        assertTrue(conclusion.contains("Companies may refer to"));
        assertFalse(conclusion.contains("Kian Katanforoosh - Founder"), "the text ends at the 'end' line");
    }

    @Test
    void articleSectionsOf004StopAtTheNextHeading() {
        String industries = builtIn.sectionTexts().get("004_955694f24f5fc927.txt#Common Industries");
        assertTrue(industries.contains("Automotive (autonomous vehicles)"));
        assertFalse(industries.contains("Outlooks"));
        String tips = builtIn.sectionTexts().get("004_955694f24f5fc927.txt#Practical Tips for Getting Started");
        assertFalse(tips.contains("Featured Job"), "page furniture after 'end' is cut");
    }

    // ---- one thing broken at a time

    @Test
    void roleReferencingAnUnknownTaskNamesFileRoleAndTask() throws IOException {
        write("roles.json", "[" + role("quant-developer", "Quant developer", null, "cooking") + "]");
        assertProblem(onlyProblem(), "roles.json", "role 'quant-developer'", "task 'cooking' does not exist");
    }

    @Test
    void duplicateIdWithinOneFileIsAProblem() throws IOException {
        write("tools.json", """
                [{"id": "polars", "name": "Polars", "kind": "library"},
                 {"id": "polars", "name": "Polars again", "kind": "library"}]""");
        assertProblem(onlyProblem(), "tools.json", "tool 'polars'", "duplicate id");
    }

    @Test
    void factCitingAnUnknownSourceNamesTheCitation() throws IOException {
        write("topics.json", topic("salaries", "{\"text\": \"Pay is good.\", \"source\": \"handbook.txt#Pay\"}"));
        assertProblem(onlyProblem(), "topics.json", "topic 'salaries'",
                "facts[0]", "unknown source 'handbook.txt#Pay'");
    }

    @Test
    void factCitingAnUnknownSectionOfAKnownSourceNamesTheCitation() throws IOException {
        write("topics.json", topic("salaries", "{\"text\": \"Pay is good.\", \"source\": \"" + S002
                + "#Salaries\"}"));
        assertProblem(onlyProblem(), "topics.json", "topic 'salaries'",
                "facts[0]", "unknown section '" + S002 + "#Salaries'");
    }

    @Test
    void citationWithoutSectionIsAnUnknownSection() throws IOException {
        write("topics.json", topic("salaries", "{\"text\": \"Pay is good.\", \"source\": \"" + S002 + "\"}"));
        assertProblem(onlyProblem(), "topics.json", "topic 'salaries'", "unknown section");
    }

    @Test
    void roleWithoutNameIsAProblem() throws IOException {
        write("roles.json", "[" + role("quant-developer", null, null, "modeling") + "]");
        assertProblem(onlyProblem(), "roles.json", "role 'quant-developer'", "name is missing or empty");
    }

    @Test
    void roleWithBlankNameIsAProblem() throws IOException {
        write("roles.json", "[" + role("quant-developer", "  ", null, "modeling") + "]");
        assertProblem(onlyProblem(), "roles.json", "role 'quant-developer'", "name is missing or empty");
    }

    @Test
    void factWithoutTextIsAProblem() throws IOException {
        write("topics.json", topic("salaries", "{\"source\": \"" + DATA_ANALYST + "\"}"));
        assertProblem(onlyProblem(), "topics.json", "topic 'salaries'", "facts[0] text is missing or empty");
    }

    @Test
    void factWithoutSourceIsAProblem() throws IOException {
        write("topics.json", topic("salaries", "{\"text\": \"Pay is good.\"}"));
        assertProblem(onlyProblem(), "topics.json", "topic 'salaries'", "facts[0] has no source");
    }

    @Test
    void invalidJsonNamesTheFileLineAndColumn() throws IOException {
        write("roles.json", "[\n  {\"id\": \"quant-developer\",\n   \"name\" \"Quant developer\"}\n]\n");
        Problem p = onlyProblem();
        assertProblem(p, "roles.json", "", "not valid", "(line 3, column");
        assertTrue(KnowledgeLoader.check(dir).get(0).toString().startsWith(dir.resolve("roles.json").toString()));
    }

    @Test
    void unknownJsonPropertyNamesTheTypo() throws IOException {
        write("roles.json", "[{\"id\": \"quant-developer\", \"name\": \"Quant\", \"summry\": null}]");
        assertProblem(onlyProblem(), "roles.json", "", "\"summry\"", "line 1, column");
    }

    @Test
    void synonymForAnUnknownIdNamesKindAndId() throws IOException {
        write("synonyms.json", "{\"roles\": {\"astronaut\": [\"space person\"]}}");
        Problem p = onlyProblem();
        assertTrue(p.file().endsWith("synonyms.json"), p.file());
        assertEquals("role synonyms 'astronaut'", p.entry());
        assertTrue(p.message().contains("'astronaut' does not exist"), p.message());
    }

    @Test
    void synonymProblemNamesTheContentDirectorysFile() throws IOException {
        write("synonyms.json", "{\"roles\": {\"astronaut\": [\"space person\"]}}");
        assertEquals(dir.resolve("synonyms.json").toString(), onlyProblem().file());
    }

    @Test
    void danglingToolIdInASubtaskNamesTaskSubtaskAndTool() throws IOException {
        write("tasks.json", """
                [{"id": "data-labeling", "name": "Data labeling",
                  "summary": {"text": "Labeling data.", "source": "%s#Data Engineering"},
                  "subtasks": [{"id": "labeling-with-a-hammer", "name": "Labeling data",
                                "examples": ["Drawing bounding boxes on images"], "skills": ["machine-learning"],
                                "skillsText": "Machine learning", "tools": ["hammer"],
                                "source": "%s#Data Engineering"}]}]""".formatted(S002, S002));
        assertProblem(onlyProblem(), "tasks.json", "task 'data-labeling'",
                "subtask 'labeling-with-a-hammer' tool 'hammer' does not exist");
    }

    @Test
    void unknownVariantOfIsAProblem() throws IOException {
        write("roles.json", "[" + role("quant-developer", "Quant developer", "astronaut", "modeling") + "]");
        assertProblem(onlyProblem(), "roles.json", "role 'quant-developer'", "variantOf", "'astronaut'");
    }

    @Test
    void roleThatIsAVariantOfItselfIsAProblem() throws IOException {
        write("roles.json", "[" + role("quant-developer", "Quant developer", "quant-developer", "modeling") + "]");
        assertProblem(onlyProblem(), "roles.json", "role 'quant-developer'", "variantOf");
    }

    @Test
    void idThatIsNotLowerCaseWithHyphensIsAProblem() throws IOException {
        write("tools.json", "[{\"id\": \"Polars DF\", \"name\": \"Polars\", \"kind\": \"library\"}]");
        assertProblem(onlyProblem(), "tools.json", "tool 'Polars DF'", "is not an id");
    }

    @Test
    void contentPathThatIsAFileIsNotADirectory() throws IOException {
        Path file = write("roles.json", "[]");
        KnowledgeException e = assertThrows(KnowledgeException.class, () -> KnowledgeLoader.load(file));
        assertEquals(List.of(new Problem(file.toString(), "",
                "is not a directory (set the content directory to a folder of knowledge JSON files)")), e.problems());
        assertEquals(e.problems(), KnowledgeLoader.check(file));
    }

    @Test
    void contentPathThatDoesNotExistIsNotADirectory() {
        Path missing = dir.resolve("no-such-folder");
        List<Problem> problems = KnowledgeLoader.check(missing);
        assertEquals(1, problems.size());
        assertEquals(missing.toString(), problems.get(0).file());
        assertTrue(problems.get(0).message().startsWith("is not a directory"));
    }

    @Test
    void everyProblemIsReportedAtOnce() throws IOException {
        write("roles.json", "[" + role("quant-developer", null, "astronaut", "cooking") + "]");
        write("synonyms.json", "{\"tools\": {\"hammer\": [\"mallet\"]}}");
        KnowledgeException e = assertThrows(KnowledgeException.class, () -> KnowledgeLoader.load(dir));
        assertEquals(4, e.problems().size(), e::getMessage);
        assertTrue(e.getMessage().startsWith("the knowledge files have 4 problem(s):"), e.getMessage());
        for (String part : List.of("name is missing", "astronaut", "'cooking' does not exist", "'hammer'")) {
            assertTrue(e.getMessage().contains(part), part);
        }
    }

    @Test
    void contentSourceWhoseSectionStartIsNotInItsTextIsAProblem() throws IOException {
        write("sources.json", """
                [{"file": "handbook.txt", "title": "Our handbook",
                  "sections": [{"name": "Pay", "start": "# Pay and benefits"}]}]""");
        write("sources/handbook.txt", "# Salaries\nPay is good.\n");
        Problem p = onlyProblem();
        assertProblem(p, "sources.json", "source 'handbook.txt'", "section 'Pay'", "# Pay and benefits");
    }

    @Test
    void nullEntryIsAProblem() throws IOException {
        write("tools.json", "[null]");
        assertProblem(onlyProblem(), "tools.json", "", "an entry is null");
    }

    @Test
    void fileHoldingJsonNullIsEmpty() throws IOException {
        write("roles.json", "null");
        assertProblem(onlyProblem(), "roles.json", "", "the file is empty");
    }

    @Test
    void roleWithoutIdIsAProblem() throws IOException {
        write("roles.json", "[" + role("quant-developer", "Quant developer", null, "modeling")
                .replace("\"id\": \"quant-developer\",", "") + "]");
        Problem p = onlyProblem();
        assertTrue(p.message().contains("is not an id"), p.message());
    }

    @Test
    void roleWithoutIdNamesItsFile() throws IOException {
        write("roles.json", "[" + role("quant-developer", "Quant developer", null, "modeling")
                .replace("\"id\": \"quant-developer\",", "") + "]");
        assertEquals(dir.resolve("roles.json").toString(), onlyProblem().file());
    }

    @Test
    void roleTaskWithoutTaskIdIsAProblemNotACrash() throws IOException {
        write("roles.json", "[" + role("quant-developer", "Quant developer", null, "modeling")
                .replace("\"task\": \"modeling\", ", "") + "]");
        assertTrue(assertDoesNotThrow(() -> KnowledgeLoader.check(dir)).stream()
                .anyMatch(p -> p.entry().equals("role 'quant-developer'")));
    }

    @Test
    void sourceWithoutFileIsAProblemNotACrash() throws IOException {
        write("sources.json", "[{\"title\": \"Community FAQ\", \"sections\": []}]");
        assertFalse(assertDoesNotThrow(() -> KnowledgeLoader.check(dir)).isEmpty(), "a source without file");
        write("topics.json", topic("salaries", "{\"text\": \"Pay is good.\", \"source\": \"handbook.txt#Pay\"}"));
        List<Problem> problems = assertDoesNotThrow(() -> KnowledgeLoader.check(dir));
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("unknown source 'handbook.txt#Pay'")));
    }

    @Test
    void sectionWithoutNameIsAProblemNotACrash() throws IOException {
        write("sources.json", "[{\"file\": \"community-faq\", \"sections\": [{\"start\": \"Pay\"}]}]");
        write("topics.json", topic("salaries", "{\"text\": \"Pay is good.\", \"source\": \"community-faq#Pay\"}"));
        assertFalse(assertDoesNotThrow(() -> KnowledgeLoader.check(dir)).isEmpty());
    }

    @Test
    void sectionWithoutStartIsAProblemNotACrash() throws IOException {
        write("sources.json", "[{\"file\": \"handbook.txt\", \"sections\": [{\"name\": \"Pay\"}]}]");
        write("sources/handbook.txt", "# Pay\nPay is good.\n");
        assertFalse(assertDoesNotThrow(() -> KnowledgeLoader.check(dir)).isEmpty());
    }

    // ---- valid content directories

    @Test
    void contentSourceWithoutTextCanBeCitedByANewTopic() throws IOException {
        write("sources.json", """
                [{"file": "community-faq", "title": "Community FAQ",
                  "sections": [{"name": "Salaries", "start": "Salaries"}]}]""");
        write("topics.json", topic("salaries",
                "{\"text\": \"Ask the community about salaries.\", \"source\": \"community-faq#Salaries\"}"));
        KnowledgeBase kb = assertDoesNotThrow(() -> KnowledgeLoader.load(dir));
        Topic salaries = kb.topic("salaries").orElseThrow();
        assertEquals("community-faq#Salaries", salaries.facts().get(0).source());
        assertTrue(kb.sources().stream().anyMatch(s -> s.file().equals("community-faq")));
        assertEquals(6, kb.sources().size(), "the built-in sources stay");
        assertFalse(kb.sectionTexts().containsKey("community-faq#Salaries"), "no text shipped, none invented");
        assertEquals(builtIn.topics().size() + 1, kb.topics().size());
    }

    @Test
    void contentSourceWithTextIsSplitIntoSections() throws IOException {
        write("sources.json", """
                [{"file": "handbook.txt", "title": "Our handbook", "end": "-- end --",
                  "sections": [{"name": "Pay", "start": "# Pay"}, {"name": "Leave", "start": "# Leave"}]}]""");
        write("sources/handbook.txt", "# Pay\nPay is good.\n\n#   Leave  \nThirty days.\n-- end --\nfooter\n");
        KnowledgeBase kb = KnowledgeLoader.load(dir);
        assertEquals("# Pay\nPay is good.", kb.sectionTexts().get("handbook.txt#Pay"));
        assertEquals("#   Leave  \nThirty days.", kb.sectionTexts().get("handbook.txt#Leave"));
    }

    @Test
    void contentRoleWithABuiltInIdOverridesIt() throws IOException {
        write("roles.json", "[" + role("data-analyst", "Data analyst (our team)", null, "business-analysis") + "]");
        KnowledgeBase kb = KnowledgeLoader.load(dir);
        Role analyst = kb.role("data-analyst").orElseThrow();
        assertEquals("Data analyst (our team)", analyst.name());
        assertEquals(List.of("business-analysis"), analyst.coreTasks());
        assertTrue(analyst.titles().isEmpty(), "replaced whole, not merged");
        assertEquals(builtIn.ids(EntityKind.ROLE), kb.ids(EntityKind.ROLE), "same nine roles, same order");
        assertEquals("Data analyst", builtIn.role("data-analyst").orElseThrow().name(), "built-in untouched");
    }

    @Test
    void contentRoleWithANewIdIsAdded() throws IOException {
        write("roles.json", "[" + role("quant-developer", "Quant developer", "data-scientist", "modeling") + "]");
        KnowledgeBase kb = KnowledgeLoader.load(dir);
        assertEquals(10, kb.roles().size());
        assertEquals("data-scientist", kb.role("quant-developer").orElseThrow().variantOf());
    }

    @Test
    void contentSynonymsAreMergedWithTheBuiltInOnes() throws IOException {
        write("synonyms.json", "{\"roles\": {\"data-analyst\": [\"numbers person\", \"DA\"]}}");
        KnowledgeBase kb = KnowledgeLoader.load(dir);
        List<String> names = kb.synonyms().roles().get("data-analyst");
        assertTrue(names.containsAll(builtIn.synonyms().roles().get("data-analyst")), "built-in names kept");
        assertTrue(names.contains("numbers person"));
        assertEquals(names.size(), names.stream().distinct().count(), "no name twice");
        assertEquals(builtIn.synonyms().tools(), kb.synonyms().tools());

        List<Mention> found = new LuceneEntityIndex(kb).find(Tokens.split("is a numbers person a DA?"));
        assertEquals(2, found.size(), found::toString);
        assertTrue(found.stream().allMatch(m -> m.ids().equals(List.of("data-analyst"))), found::toString);
    }

    @Test
    void contentToolWithItsSynonymsIsAdded() throws IOException {
        write("tools.json", "[{\"id\": \"polars\", \"name\": \"Polars\", \"kind\": \"library\"}]");
        write("synonyms.json", "{\"tools\": {\"polars\": [\"pola rs\"]}}");
        KnowledgeBase kb = KnowledgeLoader.load(dir);
        assertEquals("Polars", kb.name(EntityKind.TOOL, "polars"));
        assertEquals(List.of("pola rs"), kb.synonyms().tools().get("polars"));
    }
}
