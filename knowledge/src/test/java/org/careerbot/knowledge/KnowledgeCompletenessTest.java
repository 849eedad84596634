package org.careerbot.knowledge;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The built-in knowledge holds everything the contract promises, and spot checks of each source came through. */
class KnowledgeCompletenessTest {
    private static final String S000 = "000_f0e2716c1acb6f1f.txt";
    private static final String S001 = "001_fa10bec0cd53a95f.txt";
    private static final String S002 = "002_4766a7e2123826a9.txt";
    private static final String S003 = "003_f0ede787a5c62240.txt";
    private static final String S004 = "004_955694f24f5fc927.txt";

    private static KnowledgeBase kb;

    @BeforeAll
    static void load() {
        kb = KnowledgeLoader.loadBuiltIn();
    }

    private static Role role(String id) {
        return kb.role(id).orElseThrow(() -> new AssertionError("no role " + id));
    }

    private static Task task(String id) {
        return kb.task(id).orElseThrow(() -> new AssertionError("no task " + id));
    }

    private static boolean mentions(Fact f, String words) {
        return f.text().toLowerCase(Locale.ROOT).contains(words.toLowerCase(Locale.ROOT));
    }

    private static boolean anyMentions(List<Fact> facts, String words) {
        return facts.stream().anyMatch(f -> mentions(f, words));
    }

    // ---- counts and contract ids

    @Test
    void exactlyNineRolesWithTheContractIdsInOrder() {
        assertEquals(List.of("data-scientist", "data-analyst", "machine-learning-engineer",
                        "machine-learning-researcher", "software-engineer-machine-learning", "software-engineer",
                        "deep-learning-engineer", "deep-learning-researcher", "software-engineer-deep-learning"),
                kb.ids(EntityKind.ROLE));
    }

    @Test
    void deepLearningRolesAreVariantsOfTheirMachineLearningRoles() {
        assertEquals("machine-learning-engineer", role("deep-learning-engineer").variantOf());
        assertEquals("machine-learning-researcher", role("deep-learning-researcher").variantOf());
        assertEquals("software-engineer-machine-learning", role("software-engineer-deep-learning").variantOf());
        Stream.of("data-scientist", "data-analyst", "machine-learning-engineer", "machine-learning-researcher",
                        "software-engineer-machine-learning", "software-engineer")
                .forEach(id -> assertNull(role(id).variantOf(), id + " is no variant"));
    }

    @Test
    void fiveTasksInLifeCycleOrderWithEightNineEightSevenEightSubtasks() {
        assertEquals(List.of("data-engineering", "modeling", "deployment", "business-analysis", "ai-infrastructure"),
                kb.ids(EntityKind.TASK));
        List<Integer> counts = kb.tasks().stream().map(t -> t.subtasks().size()).toList();
        assertEquals(List.of(8, 9, 8, 7, 8), counts);
        assertEquals(40, counts.stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void subtaskIdsAreUniqueAcrossTasks() {
        List<String> ids = kb.tasks().stream().flatMap(t -> t.subtasks().stream()).map(Task.Subtask::id).toList();
        assertEquals(ids.size(), ids.stream().distinct().count(), "duplicate subtask ids in " + ids);
    }

    @Test
    void everyTaskHasSummaryDescriptionSkillsAndSubtasksWithExamples() {
        for (Task t : kb.tasks()) {
            assertAll(t.id(),
                    () -> assertNotNull(t.summary()),
                    () -> assertFalse(t.description().isEmpty(), "description"),
                    () -> assertFalse(t.skills().isEmpty(), "skills"),
                    () -> assertTrue(t.subtasks().stream().noneMatch(s -> s.examples().isEmpty()), "examples"),
                    () -> assertTrue(t.subtasks().stream().noneMatch(s -> s.skills().isEmpty()), "subtask skills"));
        }
    }

    @Test
    void tenSkillsWithTheContractIds() {
        assertEquals(List.of("machine-learning", "deep-learning", "data-science", "mathematics", "algorithmic-coding",
                        "software-engineering", "business-acumen", "communication", "domain-specific-languages",
                        "research"),
                kb.ids(EntityKind.SKILL));
    }

    @Test
    void theSixAppendixSkillsAreDefinedFromTheAppendixAndTheOtherFourAreNot() {
        for (String id : List.of("machine-learning", "deep-learning", "data-science", "mathematics",
                "algorithmic-coding", "software-engineering")) {
            Fact definition = kb.skill(id).orElseThrow().definition();
            assertNotNull(definition, id + " is defined in the appendix");
            assertEquals(S002 + "#Appendix: Defining the Skills", definition.source(), id);
            assertTrue(definition.text().startsWith("People with "), id);
        }
        for (String id : List.of("business-acumen", "communication", "domain-specific-languages", "research")) {
            assertNull(kb.skill(id).orElseThrow().definition(), id + " has no definition in the sources");
        }
    }

    @Test
    void toolsIncludeEveryToolTheSourcesName() {
        List<String> expected = List.of("python", "sql", "r", "tableau", "excel", "tensorflow", "pytorch",
                "scikit-learn", "numpy", "pandas", "skimage", "mechanical-turk", "automl", "cuda", "hadoop", "hive",
                "aws", "gcp", "azure", "git", "jira", "jupyter-notebook", "docker", "jenkins", "keras", "opencv",
                "arxiv", "neurips");
        List<String> missing = expected.stream().filter(id -> kb.tool(id).isEmpty()).toList();
        assertEquals(List.of(), missing);
    }

    @Test
    void everyToolHasANameAndAKnownKind() {
        List<String> kinds = List.of("language", "library", "framework", "platform", "database", "tool", "service",
                "venue", "channel", "practice");
        for (Tool t : kb.tools()) {
            assertFalse(t.name().isBlank(), t.id());
            assertTrue(kinds.contains(t.kind()), t.id() + " has kind " + t.kind());
        }
    }

    // ---- every role is complete

    @Test
    void everyRoleHasSummaryDefinitionTasksProfileAndTitles() {
        for (Role r : kb.roles()) {
            assertAll(r.id(),
                    () -> assertFalse(r.name().isBlank(), "name"),
                    () -> assertNotNull(r.summary(), "summary"),
                    () -> assertFalse(r.summary().text().isBlank(), "summary text"),
                    () -> assertFalse(r.definition().isEmpty(), "definition"),
                    () -> assertFalse(r.coreTasks().isEmpty(), "core tasks"),
                    () -> assertFalse(r.profile().isEmpty(), "profile"),
                    () -> assertFalse(r.titles().isEmpty(), "titles"));
        }
    }

    @Test
    void profileAreasAndTaskScopesUseTheDocumentedWords() {
        List<String> areas = List.of("scientific", "engineering", "coding", "analytical", "business",
                "communication", "query-languages", "spreadsheets", "deep-learning", "algorithmic-coding",
                "software-engineering");
        List<String> problems = new ArrayList<>();
        for (Role r : kb.roles()) {
            r.profile().stream().filter(p -> !areas.contains(p.area()))
                    .forEach(p -> problems.add(r.id() + ": area " + p.area()));
            r.tasks().stream().filter(t -> !List.of("core", "some").contains(t.scope()))
                    .forEach(t -> problems.add(r.id() + ": scope " + t.scope()));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void profileLevelsAreTheWordsTheReadmeLists() {
        List<String> levels = List.of("solid", "outstanding", "developing", "accomplished", "demonstrated",
                "commonly used", "usually required", "varies among teams", "not needed", "required");
        List<String> problems = kb.roles().stream().flatMap(r -> r.profile().stream()
                        .filter(p -> !levels.contains(p.level()))
                        .map(p -> r.id() + " " + p.area() + ": '" + p.level() + "'"))
                .toList();
        assertEquals(List.of(), problems);
    }

    @Test
    void rolesCarryOutTheTasksTheReportAssignsThem() {
        assertEquals(List.of("data-engineering", "modeling", "business-analysis"), role("data-scientist").coreTasks());
        assertEquals(List.of("data-engineering", "business-analysis"), role("data-analyst").coreTasks());
        assertEquals(List.of("data-engineering", "modeling", "deployment"),
                role("machine-learning-engineer").coreTasks());
        assertEquals(List.of("data-engineering", "modeling"), role("machine-learning-researcher").coreTasks());
        assertEquals(List.of("deployment", "ai-infrastructure"), role("machine-learning-researcher").someTasks());
        assertEquals(List.of("data-engineering", "modeling", "deployment", "ai-infrastructure"),
                role("software-engineer-machine-learning").coreTasks());
        assertEquals(List.of("data-engineering", "ai-infrastructure"), role("software-engineer").coreTasks());
        assertEquals(List.of("data-engineering", "modeling", "deployment"),
                role("deep-learning-engineer").coreTasks());
        assertEquals(List.of("data-engineering", "modeling"), role("deep-learning-researcher").coreTasks());
        assertEquals(List.of("data-engineering", "modeling", "deployment", "ai-infrastructure"),
                role("software-engineer-deep-learning").coreTasks());
    }

    @Test
    void rolesForDeploymentListCoreRolesBeforeThoseWhereOnlySomeTakeItOn() {
        List<String> ids = kb.rolesFor("deployment", true).stream().map(Role::id).toList();
        assertTrue(ids.indexOf("machine-learning-engineer") < ids.indexOf("machine-learning-researcher"),
                ids::toString);
        assertTrue(ids.contains("deep-learning-researcher"), ids::toString);
        assertFalse(kb.rolesFor("deployment", false).stream().map(Role::id).toList()
                .contains("machine-learning-researcher"));
    }

    // ---- spot checks, source 002 (the Workera report)

    @Test
    void dataAnalystTitlesIncludeRiskAndMarketingAnalyst() {
        List<String> titles = role("data-analyst").titles().stream().map(Role.Title::title).toList();
        assertTrue(titles.containsAll(List.of("risk analyst", "marketing analyst", "business analyst")),
                titles::toString);
        assertTrue(role("data-analyst").titles().stream().allMatch(t -> t.source().equals(S002 + "#Data Analyst")));
    }

    @Test
    void modelingHasNineSubtasksIncludingSearchingHyperparameters() {
        Task modeling = task("modeling");
        assertEquals(9, modeling.subtasks().size());
        Task.Subtask search = modeling.subtasks().stream().filter(s -> s.name().equals("Searching hyperparameters"))
                .findFirst().orElseThrow(() -> new AssertionError("no 'Searching hyperparameters' subtask"));
        assertEquals(S002 + "#Modeling", search.source());
        assertTrue(search.tools().contains("automl"));
        assertTrue(search.examples().stream().anyMatch(e -> e.contains("AutoML")), search.examples()::toString);
    }

    @Test
    void augmentingDataUsesSkimageAndTestTimeAugmentation() {
        Task.Subtask augmenting = task("data-engineering").subtasks().stream()
                .filter(s -> s.id().equals("augmenting-data")).findFirst().orElseThrow();
        assertTrue(augmenting.tools().containsAll(List.of("python", "skimage")));
        assertTrue(augmenting.examples().stream().anyMatch(e -> e.contains("test-time augmentation")));
        assertEquals(List.of("augmenting-data"),
                kb.subtasksUsing("skimage").stream().map(e -> e.getValue().id()).toList());
    }

    @Test
    void dataAnalystProfileSaysAlgorithmicCodingIsNotNeeded() {
        Role.ProfileEntry entry = role("data-analyst").profile().stream()
                .filter(p -> "algorithmic-coding".equals(p.area())).findFirst()
                .orElseThrow(() -> new AssertionError("no algorithmic-coding entry"));
        assertEquals("not needed", entry.level());
        assertEquals("algorithmic-coding", entry.skill());
        assertTrue(entry.text().contains("don't need algorithmic coding"), entry.text());
    }

    @Test
    void machineLearningResearcherToolsIncludeArxivAndNeurips() {
        List<String> tools = role("machine-learning-researcher").toolIds();
        assertTrue(tools.containsAll(List.of("arxiv", "neurips", "twitter", "reddit", "iclr")), tools::toString);
    }

    @Test
    void dataScientistTitlesIncludeQuantitativeAnalystAndStatistician() {
        List<String> titles = role("data-scientist").titles().stream().map(Role.Title::title).toList();
        assertTrue(titles.containsAll(List.of("quantitative analyst", "statistician")), titles::toString);
    }

    // ---- source 000 (software engineer - deep learning)

    @Test
    void softwareEngineerDeepLearningIsTheGoToRoleForStartUpsDeployingDeepLearning() {
        Role r = role("software-engineer-deep-learning");
        List<Fact> goTo = r.team().stream().filter(f -> mentions(f, "go-to role")).toList();
        assertEquals(1, goTo.size(), r.team()::toString);
        assertTrue(mentions(goTo.get(0), "start-ups aiming to deploy deep learning models"), goTo.get(0)::text);
        assertEquals(S000 + "#Team structure", goTo.get(0).source());
    }

    @Test
    void softwareEngineerDeepLearningMostlyWritesProductionCode() {
        List<Fact> code = role("software-engineer-deep-learning").codeStyle();
        assertTrue(anyMentions(code, "mostly write production code"), code::toString);
        assertTrue(code.stream().allMatch(f -> f.source().startsWith(S000)));
    }

    // ---- source 001 (deep learning engineer)

    @Test
    void deepLearningEngineerWritesBothPrototypingAndProductionCode() {
        List<Fact> code = role("deep-learning-engineer").codeStyle();
        assertTrue(anyMentions(code, "both prototyping and production code"), code::toString);
        assertEquals(S001 + "#Skills", code.get(0).source());
    }

    @Test
    void deepLearningEngineerTitlesComeFromItsArticle() {
        Role r = role("deep-learning-engineer");
        List<String> titles = r.titles().stream().map(Role.Title::title).toList();
        assertTrue(titles.containsAll(List.of("software engineer - deep learning", "algorithm engineer")),
                titles::toString);
        assertTrue(r.titles().stream().allMatch(t -> t.source().equals(S001 + "#Conclusion")));
    }

    // ---- source 003 (deep learning researcher)

    @Test
    void deepLearningResearchersSomeTasksIncludeDeploymentAndAiInfrastructure() {
        Role r = role("deep-learning-researcher");
        assertEquals(List.of("deployment", "ai-infrastructure"), r.someTasks());
        for (Role.RoleTask t : r.tasks().stream().filter(t -> !t.core()).toList()) {
            assertEquals(S003 + "#Tasks", t.source(), t.task());
            assertTrue(t.text().startsWith("Some deep learning researchers"), t.text());
        }
    }

    @Test
    void deepLearningResearcherThrowsOutMostOfTheirCode() {
        assertTrue(anyMentions(role("deep-learning-researcher").codeStyle(), "throw out most of the code"));
    }

    // ---- source 004 (deep learning engineer vs. machine learning software engineer)

    @Test
    void deepLearningEngineerIndustriesIncludeAutomotive() {
        List<Role.Industry> industries = role("deep-learning-engineer").industries();
        Role.Industry automotive = industries.stream().filter(i -> i.name().equals("Automotive")).findFirst()
                .orElseThrow(() -> new AssertionError(industries.toString()));
        assertEquals("autonomous vehicles", automotive.detail());
        assertEquals(S004 + "#Common Industries", automotive.source());
        assertEquals(List.of("Healthcare", "Automotive", "Finance", "Technology"),
                industries.stream().map(Role.Industry::name).toList());
    }

    @Test
    void softwareEngineerMachineLearningEducationMentionsBachelor() {
        List<Fact> education = role("software-engineer-machine-learning").education();
        assertTrue(anyMentions(education, "Bachelor"), education::toString);
        assertTrue(education.stream().allMatch(f -> f.source().equals(S004 + "#Educational Backgrounds")));
        assertTrue(anyMentions(role("deep-learning-engineer").education(), "Ph.D."));
    }

    @Test
    void softwareEngineerMachineLearningIndustriesAndToolsFrom004() {
        Role r = role("software-engineer-machine-learning");
        assertEquals(List.of("E-commerce", "Telecommunications", "Finance", "Gaming"),
                r.industries().stream().map(Role.Industry::name).toList());
        assertTrue(r.toolIds().containsAll(List.of("jenkins", "scala")), r.toolIds()::toString);
        assertTrue(role("deep-learning-engineer").toolIds().containsAll(List.of("keras", "opencv", "docker")));
    }

    // ---- topics

    @Test
    void organizationsLifecycleCareerTipsAndOutlookTopicsExist() {
        for (String id : List.of("organizations", "lifecycle", "career-tips", "career-outlook")) {
            Topic t = kb.topic(id).orElseThrow(() -> new AssertionError("no topic " + id));
            assertFalse(t.facts().isEmpty(), id);
            assertFalse(t.title().isBlank(), id);
        }
    }

    @Test
    void careerOutlookMentionsThe2020Shortage() {
        List<Fact> outlook = kb.topic("career-outlook").orElseThrow().facts();
        Predicate<Fact> shortage = f -> mentions(f, "shortage") && f.text().contains("2020");
        Fact fact = outlook.stream().filter(shortage).findFirst()
                .orElseThrow(() -> new AssertionError(outlook.toString()));
        assertEquals(S002 + "#Conclusion", fact.source());
    }

    @Test
    void careerTipsAreTheFiveLabelledTipsOf004() {
        List<String> labels = kb.topic("career-tips").orElseThrow().facts().stream().map(Fact::label)
                .filter(l -> l != null).toList();
        assertEquals(List.of("Build a Strong Foundation", "Hands-On Experience", "Networking", "Stay Updated",
                "Consider Further Education"), labels);
    }

    @Test
    void organizationsTopicDistinguishesDataScienceFromMachineLearningOrganizations() {
        List<Fact> facts = kb.topic("organizations").orElseThrow().facts();
        assertTrue(anyMentions(facts, "Data science organizations help"));
        assertTrue(anyMentions(facts, "Machine learning organizations automate tasks"));
    }

    @Test
    void everySourceFileIsCitedSomewhere() {
        List<String> citations = new ArrayList<>();
        kb.roles().forEach(r -> {
            citations.add(r.summary().source());
            r.definition().forEach(f -> citations.add(f.source()));
            r.titles().forEach(t -> citations.add(t.source()));
            r.tasks().forEach(t -> citations.add(t.source()));
        });
        kb.topics().forEach(t -> t.facts().forEach(f -> citations.add(f.source())));
        for (String file : List.of(S000, S001, S002, S003, S004)) {
            assertTrue(citations.stream().anyMatch(c -> c.startsWith(file + "#")), file + " is never cited");
        }
    }
}
