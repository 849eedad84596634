package org.careerbot.understanding;

import org.careerbot.model.Intent;
import org.careerbot.model.Understanding;
import org.careerbot.model.UnknownRole;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.careerbot.model.Entities;
import org.junit.jupiter.api.Test;

/** Each special reading, on its own: when it applies, what it decides, and when it leaves a question alone. */
class ReadingsTest {
    private static final Lexicon LEXICON = Lexicon.load();
    private static final Entities NONE = Entities.NONE;
    private static final Entities DATA_SCIENTIST = new Entities(List.of("data-scientist"), List.of(), List.of(),
            List.of());
    private static final Entities TWO_TOOLS = new Entities(List.of(), List.of(), List.of(),
            List.of("pytorch", "tensorflow"));

    /** An understanding of these words, before any intent is decided. */
    private static Understanding draft(String text, Entities e, String gap, List<UnknownRole> unknown) {
        List<String> words = List.of(text.toLowerCase().split(" "));
        return new Understanding(Intent.SEARCH, e, List.of(), List.of(), text, words, List.of(), false, List.of(),
                false, false, 0, gap, unknown, "", List.of(), "");
    }

    @Test
    void aSubjectTheSourcesLackInACareerQuestionGoesToTheHonestAnswer() {
        Understanding u = draft("what do data scientists earn", DATA_SCIENTIST, "salaries", List.of());
        assertEquals(Intent.SEARCH, new SubjectTheSourcesLack(LEXICON).read(u, u.words()).orElseThrow().intent());
    }

    @Test
    void aSubjectTheSourcesLackOutsideCareersIsNotAGapOfTheirs() {
        Understanding u = draft("recommend a good netflix show for tonight", NONE, "particular companies",
                List.of());
        assertTrue(new SubjectTheSourcesLack(LEXICON).read(u, u.words()).isEmpty());
    }

    @Test
    void aRoleTheSourcesLackAloneIsSaidToBeMissing() {
        Understanding u = draft("what is an mlops engineer", NONE, "",
                List.of(new UnknownRole("MLOps engineer", List.of("deployment"))));
        assertEquals(Intent.SEARCH, new RoleTheSourcesLack().read(u, u.words()).orElseThrow().intent());
    }

    @Test
    void aRoleTheSourcesLackBesideOneTheyDescribeLeavesTheDescribedRoleToTheRules() {
        Understanding u = draft("ai engineer vs ml engineer", new Entities(List.of("machine-learning-engineer"),
                List.of(), List.of(), List.of()), "", List.of(new UnknownRole("AI engineer", List.of())));
        assertTrue(new RoleTheSourcesLack().read(u, u.words()).isEmpty());
    }

    @Test
    void twoToolsWeighedAgainstEachOtherAskWhoUsesEach() {
        Understanding u = draft("should i learn _ or _", TWO_TOOLS, "", List.of());
        assertEquals(Intent.TOOL_ROLES, new ChoiceBetweenTools().read(u, u.words()).orElseThrow().intent());
    }

    @Test
    void twoToolsNamedTogetherAreNotAChoice() {
        Understanding u = draft("what are _ and _ used for", TWO_TOOLS, "", List.of());
        assertTrue(new ChoiceBetweenTools().read(u, u.words()).isEmpty());
    }

    @Test
    void anOrThatJoinsNoToolsWeighsNothing() {
        Understanding u = draft("i know _ and _ can i land a job or is this futile", TWO_TOOLS, "", List.of());
        assertTrue(new ChoiceBetweenTools().read(u, u.words()).isEmpty());
    }

    @Test
    void twoToolsWeighedForANamedRoleAreThatRolesTools() {
        Entities e = new Entities(List.of("deep-learning-engineer"), List.of(), List.of(), TWO_TOOLS.tools());
        Understanding u = draft("is _ or _ the thing for _", e, "", List.of());
        assertTrue(new ChoiceBetweenTools().read(u, u.words()).isEmpty());
    }

    @Test
    void degreesAskedOfNoRoleAreEducationInGeneral() {
        Understanding u = draft("is a masters degree necessary for a career in ml", NONE, "", List.of());
        Reading education = new AspectInGeneral(LEXICON, "education", Intent.ROLE_EDUCATION);
        assertEquals(Intent.ROLE_EDUCATION, education.read(u, u.words()).orElseThrow().intent());
    }

    @Test
    void aDegreeToldAsBackgroundIsNotTheQuestion() {
        Understanding u = draft("i have a phd in physics how do i land a job in ml", NONE, "", List.of());
        Reading education = new AspectInGeneral(LEXICON, "education", Intent.ROLE_EDUCATION);
        assertTrue(education.read(u, u.words()).isEmpty());
    }

    private static final org.careerbot.knowledge.index.WorkFinder WORK =
            new org.careerbot.knowledge.index.LuceneWorkFinder(org.careerbot.knowledge.KnowledgeLoader.loadBuiltIn());

    @Test
    void oneKindOfWorkAskedOnItsOwnGoesToTheSourcesRowForIt() {
        Understanding u = draft("how do you handle concept drift after deployment", NONE, "", List.of());
        assertEquals(Intent.SEARCH, new WorkOfATask(LEXICON, WORK).read(u, u.words()).orElseThrow().intent());
    }

    @Test
    void oneKindOfWorkNamedWithItsTaskIsThatTasksWork() {
        Understanding u = draft("what does split testing look like in business analysis",
                new Entities(List.of(), List.of("business-analysis"), List.of(), List.of()), "", List.of());
        assertEquals(Intent.TASK_SUBTASKS,
                new WorkOfATask(LEXICON, WORK).read(u, u.words()).orElseThrow().intent());
    }

    @Test
    void workNamedBesideARoleOrAsTheSkillsQuestionIsLeftToTheRules() {
        Understanding role = draft("does a data scientist handle concept drift", DATA_SCIENTIST, "", List.of());
        assertTrue(new WorkOfATask(LEXICON, WORK).read(role, role.words()).isEmpty());
        Understanding skill = draft("is hyperparameter tuning part of the ml skill",
                new Entities(List.of(), List.of(), List.of("machine-learning"), List.of()), "", List.of());
        assertTrue(new WorkOfATask(LEXICON, WORK).read(skill, skill.words()).isEmpty());
    }

    @Test
    void aQuestionNamingNoWorkIsLeftToTheRules() {
        Understanding u = draft("what is modeling about", NONE, "", List.of());
        assertTrue(new WorkOfATask(LEXICON, WORK).read(u, u.words()).isEmpty());
    }

    @Test
    void anAspectNamedOnlyInTheBackgroundIsNotAskedInGeneral() {
        Understanding u = draft("I build models in healthcare. Is PyTorch worth learning?", NONE, "", List.of());
        List<String> words = List.of("i", "build", "models", "in", "healthcare", "is", "pytorch", "worth",
                "learning");
        assertTrue(new AspectInGeneral(LEXICON, "industries", Intent.ROLE_INDUSTRIES).read(u, words).isEmpty());
        Understanding asked = draft("Which industries hire people who know PyTorch?", NONE, "", List.of());
        List<String> askedWords = List.of("which", "industries", "hire", "people", "who", "know", "pytorch");
        assertEquals(Intent.ROLE_INDUSTRIES, new AspectInGeneral(LEXICON, "industries", Intent.ROLE_INDUSTRIES)
                .read(asked, askedWords).orElseThrow().intent());
    }

    @Test
    void toolsWeighedAgainstEachOtherAreTheMainAskBesideASubjectTheSourcesLack() {
        Understanding u = draft("for a certificate should i pick _ or _", TWO_TOOLS,
                "bootcamps, courses or certificates", List.of());
        Understanding read = new ChoiceBetweenTools().read(u, u.words()).orElseThrow();
        assertEquals(Intent.TOOL_ROLES, read.intent());
        assertEquals("", read.gap());
        assertEquals("bootcamps, courses or certificates", read.furtherGap());
    }
}
