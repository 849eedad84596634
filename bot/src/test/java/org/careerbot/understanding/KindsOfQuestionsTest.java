package org.careerbot.understanding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.careerbot.core.TestBot;
import org.careerbot.model.Answer;
import org.careerbot.model.Intent;
import org.careerbot.model.Question;
import org.junit.jupiter.api.Test;

/** The kinds of questions people really ask, through the whole core: what is understood and what is answered. */
class KindsOfQuestionsTest {
    private final String conversation = "kinds-" + UUID.randomUUID();

    private Answer ask(String q) {
        return TestBot.get().answer(Question.of(q, conversation));
    }

    @Test
    void whatTheSourcesLackIsNotCoveredAndTheLeadNamesIt() {
        Answer a = ask("what can I expect to earn as a junior data scientist?");
        assertFalse(a.covered());
        assertEquals(List.of("data-scientist"), a.entities().roles());
        assertTrue(a.lead().startsWith("The sources say nothing about salaries"), a.lead());
    }

    @Test
    void tooLateQuestionsGetTheShortageAndItsDate() {
        Answer a = ask("I am 37, is it too late for me to get into machine learning?");
        assertFalse(a.covered());
        assertTrue(a.lead().contains("age") && a.lead().contains("as of 2020"), a.lead());
    }

    @Test
    void aRoleTheSourcesLackIsNamedAndTheClosestDescribedRolesOffered() {
        Answer a = ask("What is an MLOps engineer?");
        assertEquals(List.of(), a.entities().roles());
        assertFalse(a.covered());
        assertTrue(a.lead().startsWith("The sources don't describe an MLOps engineer."), a.lead());
        assertTrue(a.lead().contains("deployment"), a.lead());
    }

    @Test
    void dataEngineerIsATitleOfTheSoftwareEngineerNotARoleOfItsOwn() {
        Answer a = ask("what does a data engineer do?");
        assertEquals(List.of(), a.entities().roles());
        assertTrue(a.lead().contains("titles of the software engineer"), a.lead());
    }

    @Test
    void degreesInGeneralGetWhatTheSourcesSayOfAnyRole() {
        Answer a = ask("do I need a master's degree to work in machine learning?");
        assertEquals("role.education", a.intent().id());
        assertTrue(a.lead().contains("Master's"), a.lead());
    }

    @Test
    void demandQuestionsGetTheShortage() {
        Answer a = ask("Is there demand for AI roles?");
        assertEquals("career.outlook", a.intent().id());
        assertTrue(a.lead().contains("shortage as of 2020"), a.lead());
    }

    @Test
    void toolsWeighedAreNotRanked() {
        Answer a = ask("should I learn pytorch or tensorflow?");
        assertEquals("tool.roles", a.intent().id());
        assertEquals(List.of("pytorch", "tensorflow"), a.entities().tools());
        assertTrue(a.lead().startsWith("The sources don't rank PyTorch or TensorFlow"), a.lead());
    }

    @Test
    void aFollowUpWithOnlyAnAspectContinuesTheConversation() {
        ask("what tools does a data analyst use?");
        Answer a = ask("and what about their team?");
        assertEquals("role.team", a.intent().id());
        assertEquals(List.of("data-analyst"), a.entities().roles());
    }

    @Test
    void aQuestionThatStandsOnItsOwnStartsAfresh() {
        ask("compare data scientist and data analyst");
        Answer a = ask("what programming language should i learn first");
        assertTrue(a.entities().roles().isEmpty(), a.entities().toString());
    }

    @Test
    void aTypoInTheSecondRoleOfAComparisonKeepsBothRoles() {
        Answer a = ask("compare data scientist and mahcine lerning engneer");
        assertEquals("role.compare", a.intent().id());
        assertEquals(List.of("data-scientist", "machine-learning-engineer"), a.entities().roles());
    }

    @Test
    void aSkillRightAfterAnotherSkillAndInIsTheFieldNotASecondSubject() {
        Answer a = ask("How important is mathematics in machine learning?");
        assertEquals(List.of("mathematics"), a.entities().skills());
    }

    @Test
    void theWorkOfARoleNamedAsAFieldIsThatRole() {
        Answer a = ask("Is deep learning engineering a good career choice?");
        assertEquals(List.of("deep-learning-engineer"), a.entities().roles());
    }

    @Test
    void greetingsAndThanksGetOneFriendlyLine() {
        for (String q : List.of("hi", "thanks!", "thank you so much")) {
            Answer a = ask(q);
            assertTrue(a.sections().isEmpty(), q);
            assertTrue(a.lead().split("\\. |! ").length <= 2, a.lead());
        }
    }

    @Test
    void aRoleNamedAsTheGoalGetsTheAdviceForThatRoleWhateverTheBackground() {
        Answer a = ask("I finish my PhD in chemistry next year. What is the best way to get a data analyst job after"
                + " that?");
        assertEquals("career.tips", a.intent().id());
        assertTrue(a.lead().startsWith("For the data analyst role"), a.lead());
        assertTrue(a.lead().contains("projects"), a.lead());
    }

    @Test
    void aToolAskedOfTheGoalRoleIsSaidToBeAmongItsToolsOrNot() {
        Answer a = ask("how should I prepare to become a data scientist? is Excel or Docker worth learning?");
        assertEquals("career.tips", a.intent().id());
        assertTrue(a.lead().contains("Its tools include Excel"), a.lead());
        assertTrue(a.lead().contains("don't list Docker"), a.lead());
    }

    @Test
    void fromAPresentRoleIntoAFieldTheNearestRoleOfTheFieldIsNamed() {
        Answer a = ask("I work as a software engineer and want to move into deep learning: where do I start?");
        assertEquals("career.tips", a.intent().id());
        assertTrue(a.lead().contains("nearest is the software engineer - deep learning"), a.lead());
    }

    @Test
    void anAspectAskedOfTheGoalIsThatAspectNotGeneralAdvice() {
        assertEquals("role.skills", ask("which skills do I need to become a machine learning engineer?").intent().id());
        assertEquals("role.education", ask("do I need a PhD to become a machine learning researcher?").intent().id());
    }

    @Test
    void twoRolesAimedAtAreWeighedNotAdvisedOn() {
        Answer a = ask("should I become a data analyst first and then a data scientist?");
        assertNotEquals(Intent.CAREER_TIPS, a.intent());
    }

    @Test
    void anArrowReadsAsAMoveFromOneRoleToAnother() {
        Answer a = ask("SWE -> machine learning engineer: how did you get started?");
        assertEquals(List.of("software-engineer", "machine-learning-engineer"), a.entities().roles());
    }

    @Test
    void aConceptTheSourcesOnlyNameInAListIsNotExplainedAsIfTheyDid() {
        Answer a = ask("explain hypothesis testing");
        assertFalse(a.covered());
        assertTrue(a.lead().startsWith("The sources don't explain that: they only name it"), a.lead());
        assertTrue(ask("what is PCA used for in business analysis?").covered());
    }

    @Test
    void theLanguageOfAFieldIsTheLanguageOfTheTaskThatUsesItMost() {
        Answer a = ask("which programming language should I use for deep learning?");
        assertEquals("role.tools", a.intent().id());
        assertTrue(a.lead().startsWith("Deep learning is used most in modeling, and modeling is usually programmed in"
                + " Python"), a.lead());
    }

    @Test
    void aDescribedRoleSetAgainstOneTheSourcesLackGetsTheDescribedHalf() {
        Answer a = ask("how is a data scientist different from an analytics engineer?");
        assertEquals("role.compare", a.intent().id());
        assertTrue(a.lead().startsWith("The sources don't describe an analytics engineer."), a.lead());
        assertTrue(a.lead().contains("business analysis"), a.lead());
    }

    @Test
    void aToolTheSourcesLackIsNamedAndTheToolsForItsWorkOffered() {
        Answer a = ask("is apache airflow worth learning?");
        assertEquals(List.of("airflow"), a.entities().tools());
        assertFalse(a.covered());
        assertTrue(a.lead().startsWith("The sources don't name Airflow. For data engineering"), a.lead());
    }

    @Test
    void aKnownToolWeighedAgainstOneTheSourcesLackKeepsBothInQuestionOrder() {
        Answer a = ask("Power BI or Tableau?");
        assertEquals(List.of("power-bi", "tableau"), a.entities().tools());
        assertFalse(a.covered());
        assertTrue(a.lead().startsWith("The sources don't name Power BI."), a.lead());
        assertTrue(a.lead().contains("Tableau"), a.lead());
    }

    @Test
    void aToolTheSourcesLackAskedOfARoleIsSaidNotToBeAmongItsTools() {
        Answer a = ask("do data analysts use Looker?");
        assertEquals("role.tools", a.intent().id());
        assertTrue(a.lead().startsWith("The sources don't list Looker among its tools."), a.lead());
    }

    @Test
    void twoRolesWeighedByDemandGetTheOutlookNotTheirWork() {
        assertEquals("career.outlook", ask("which has more job openings, data analysts or data scientists?").intent().id());
    }

    @Test
    void describingOnesWorkAndAskingTheTitleGetsTheRoleThatDoesThatWork() {
        Answer a = ask("I clean data and build dashboards for sales all day, what would my title be?");
        assertEquals("role.recommend", a.intent().id());
    }

    @Test
    void anAspectAskedOfAGoalIsAnsweredForTheGoalNotThePresentRole() {
        Answer a = ask("can a data analyst become a machine learning engineer without a degree?");
        assertTrue(a.lead().contains("machine learning engineer"), a.lead());
        assertFalse(a.lead().contains("degrees of the data analyst"), a.lead());
    }

    @Test
    void aRoleComparedWithItsVariantIsSaidToBeThatVariantFirst() {
        Answer a = ask("machine learning engineer vs deep learning engineer?");
        assertTrue(a.lead().startsWith("A variant of machine learning engineer is called deep learning engineer."),
                a.lead());
    }

    @Test
    void moreOptionsThanTwoRolesAsksForTheListOfRoles() {
        assertEquals("role.list", ask("are there other options besides data scientist or ML engineer?").intent().id());
    }

    @Test
    void anAgeSaidAsANumberAfterAtIsTheAgeTheSourcesSayNothingAbout() {
        Answer a = ask("can I still get into data science at 35?");
        assertFalse(a.covered());
        assertTrue(a.lead().contains("age"), a.lead());
    }

    @Test
    void theRolePeopleHoldIsNotTheRoleTheyWish() {
        Answer a = ask("I'm a data analyst and I love statistics and building models, which role suits me?");
        assertFalse(a.lead().startsWith("The data analyst"), a.lead());
    }

    @Test
    void aTitleManyRolesShareIsNoRoleNamedInARecommendation() {
        Answer a = ask("machine learning engineer or research scientist, which path should I choose?");
        String text = new org.careerbot.render.PlainTextRenderer().render(a);
        assertFalse(text.contains("The data analyst is the role you named"), text);
    }

    @Test
    void whatATaskIsComesBeforeWhyItIsHard() {
        Answer a = ask("What is deployment, and why is it hard?");
        assertEquals("task.define", a.intent().id());
        assertTrue(a.lead().contains("production"), a.lead());
    }

    @Test
    void whatARoleDoesAskedWithMoreGetsItsWholePictureFirst() {
        Answer a = ask("what does a data analyst do all day and who do they work with?");
        assertEquals("role.define", a.intent().id());
        assertTrue(a.lead().contains("business analysis"), a.lead());
        assertEquals("role.tasks", ask("what does a data analyst do in a project, task-wise?").intent().id());
    }

    @Test
    void howToStartAskedWithWhetherThereIsACareerInItGetsTheDemandToo() {
        Answer a = ask("how do I get started in machine learning, and is there a good career in it?");
        assertEquals(Intent.CAREER_TIPS, a.intent());
        assertTrue(a.lead().contains("On demand, the report says: all roles defined in this report are in"
                + " significant shortage"), a.lead());
    }

    @Test
    void whoIsPaidMoreAndInternshipsAreSubjectsTheSourcesLack() {
        Answer pay = ask("do data scientists make more than data analysts?");
        assertFalse(pay.covered());
        assertTrue(pay.lead().startsWith("The sources say nothing about salaries."), pay.lead());
        Answer intern = ask("how do I find an internship in machine learning?");
        assertFalse(intern.covered());
        assertTrue(intern.lead().startsWith("The sources say nothing about internships."), intern.lead());
    }

    @Test
    void cPlusPlusTypedWithASpaceIsTheLanguage() {
        assertTrue(ask("who uses c ++?").entities().tools().contains("c++"));
    }

    @Test
    void aPieceOfAiWorkAskedInAnInterviewStyleLeadsWithTheSourcesRowForIt() {
        Answer a = ask("What would you do when a model in production slowly loses accuracy, i.e. concept drift?");
        assertTrue(a.covered());
        assertTrue(a.lead().contains("retraining") && a.lead().contains("deployment"), a.lead());
        Answer withTask = ask("what does split testing look like in business analysis?");
        assertEquals("task.subtasks", withTask.intent().id());
        assertTrue(withTask.lead().startsWith("In the sources, running A/B tests is part of business analysis"),
                withTask.lead());
    }

    @Test
    void aPresentJobTheSourcesLackDoesNotHideTheToolAskedAbout() {
        Answer a = ask("I'm currently working as a prompt engineer in a fintech company. I want to learn CUDA. "
                + "Where is it used?");
        assertEquals(List.of("cuda"), a.entities().tools());
        assertTrue(a.lead().contains("accelerating training"), a.lead());
    }

    @Test
    void aFurtherPartTheSourcesLackIsAnsweredAfterTheMainAsk() {
        Answer a = ask("What should I learn to become a data analyst? Are certificates worth it?");
        assertTrue(a.covered());
        assertEquals("career.tips", a.intent().id());
        assertTrue(a.sections().stream().anyMatch(s -> s.heading().equals("You also asked")
                && s.bullets().get(0).startsWith("The sources say nothing about")), a.sections().toString());
    }

    @Test
    void aSharedTitleNamedBesideTheRolesComparedIsSaidFor() {
        Answer a = ask("research scientist or data analyst: how do they differ?");
        assertEquals("role.compare", a.intent().id());
        assertTrue(a.sections().stream().anyMatch(s -> s.heading().equals("About the title")
                && s.bullets().get(0).startsWith("\"Research scientist\" is a title companies give several roles")),
                a.sections().toString());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "are data analysts going to be obsolete in ten years? | career.outlook",
        "what steps does the process of building a machine learning product involve? | lifecycle",
        "what should I look for in a junior ML engineer when hiring? | role.skills",
        "how can I land a data analyst job with zero experience? | career.tips",
        "what does an applied scientist do all day? | search",
        "ml ops vs data scientist, which is better? | role.compare",
        "do hackathons and kaggle help a beginner? | career.tips",
        "I'm a data analyst: how do I choose the right path into AI? | role.recommend",
        "is R still used much in the finance industry for data work? | tool.roles",
        "is machine learning oversaturated? is it too late to get into machine learning? | career.outlook",
        "what is modeling and how is it different from software engineering? | task.define",
        "how does a data analyst keep up with new research? | career.tips",
        "is Java widely used in the deep learning industry? | tool.roles",
        "what is machine learning, really? where would I study it? what do ML engineers do? | role.define",
        "is a master's degree really required for AI research labs? should I go back and get one? | role.education",
        "can you suggest projects that teach deploying models? | career.tips",
        "is it still worth getting into data science? | career.outlook",
        "how much coding does a data analyst do? | role.skills",
        "my formula with vlookup returns N/A for one row, what am I missing? | out_of_scope",
        "which markets hire the most data analysts? | role.industries",
        "why would a data analyst bother with source control? | role.tools",
        "should we include a data analyst in our project from day one? | role.team",
        "is data science a dying field? my advisor says I should look into other fields | career.outlook"})
    void kindsOfRealQuestionsAreUnderstood(String question, String intent) {
        assertEquals(intent, ask(question).intent().id(), question);
    }

    @Test
    void personalityAndSprintsAreSubjectsTheSourcesLack() {
        Answer shy = ask("I'm shy and an introvert, can I still be a data scientist?");
        assertFalse(shy.covered());
        assertTrue(shy.lead().startsWith("The sources say nothing about personality"), shy.lead());
        assertFalse(ask("how should our data scientist estimate story points in scrum?").covered());
    }

    @Test
    void theOrderOfLearningSubjectsIsNotInTheSourcesButTheOrderOfTheTasksIs() {
        assertFalse(ask("should statistics come before calculus, or the other way round?").covered());
        assertEquals("lifecycle", ask("in what order do the five tasks happen?").intent().id());
    }

    @Test
    void howMuchOfASkillIsNotARecommendation() {
        Answer a = ask("I'm aiming for an entry level AI role and I like SQL. how much math should I learn?");
        assertEquals("skill.define", a.intent().id());
        assertTrue(a.entities().skills().contains("mathematics"), a.entities().toString());
        assertTrue(a.lead().contains("linear algebra"), a.lead());
    }

    @Test
    void aDropInABusinessMetricIsTheWorkOfEvaluatingDeployedModels() {
        Answer a = ask("our conversion dropped 5% after the new model shipped: what do you check first?");
        assertTrue(a.lead().contains("running experiments to evaluate deployed models"), a.lead());
    }

    @Test
    void anAgeWrittenAsAnAdjectiveIsAnAge() {
        assertFalse(ask("can a 45-year-old accountant become a data analyst?").covered());
    }

    @Test
    void reducingInferenceTimeIsSpeedingUpPrediction() {
        Answer a = ask("How would you cut inference latency in half without retraining?");
        assertTrue(a.lead().contains("speeding up prediction time"), a.lead());
    }

    @Test
    void feelingOverwhelmedIsASubjectTheSourcesLackAndTheyOfferTheirTips() {
        Answer a = ask("I'm learning SQL and Python at night and I feel overwhelmed. How do I stay motivated?");
        assertFalse(a.covered());
        assertTrue(a.lead().startsWith("The sources say nothing about motivation"), a.lead());
    }

    @Test
    void howLongItTakesAndHowHardItIsAreSubjectsTheSourcesLack() {
        assertFalse(ask("how many months would it take me to become a data analyst?").covered());
        assertFalse(ask("which is easier to learn, deep learning or data science?").covered());
        assertEquals("skill.roles", ask("which roles lean hardest on software engineering skills").intent().id());
    }

    @Test
    void remoteWorkAndHardwareAreSubjectsTheSourcesLack() {
        assertFalse(ask("can a data analyst live as a digital nomad?").covered());
        assertFalse(ask("should I get a dedicated GPU for deep learning at home?").covered());
    }

    @Test
    void aRoleTheSourcesLackSetAgainstOneTheyDescribeLeavesTheDifferenceUncovered() {
        Answer a = ask("what is an analytics engineer and how is it different from a data scientist?");
        assertFalse(a.covered());
        assertTrue(a.lead().startsWith("The sources don't describe an analytics engineer."), a.lead());
    }

    @Test
    void theReturnOfAModelAndTrainingOnSeveralMachinesAreKindsOfWork() {
        assertTrue(ask("how do you show the ROI of a churn model?").lead()
                .contains("running experiments to evaluate deployed models"));
        assertTrue(ask("any guide to training on several machines at once?").lead().contains("accelerating training"));
    }

    @Test
    void twoToolsAskedOfARoleGetNoYesAndOneToolDoes() {
        assertTrue(ask("tableau or excel for a data analyst?").lead().startsWith("The sources list Tableau"));
        assertTrue(ask("does a data analyst use SQL?").lead().startsWith("Yes: the sources list SQL"));
    }

    @Test
    void aProfileSaysWhatARoleDemonstratesOnce() {
        String lead = ask("how do I become a data analyst?").lead();
        assertEquals(lead.indexOf("demonstrates"), lead.lastIndexOf("demonstrates"), lead);
    }

    @Test
    void aKindOfWorkAPersonLikesOrAvoidsCountsForItsTask() {
        Answer a = ask("I hate cleaning messy data but love tuning hyperparameters. What role suits me?");
        assertEquals("role.recommend", a.intent().id());
        assertTrue(a.lead().contains("fits your modeling"), a.lead());
        assertTrue(a.lead().contains("data engineering, which you'd rather avoid"), a.lead());
    }

    @Test
    void leetcodeIsAlgorithmicCoding() {
        assertEquals(List.of("algorithmic-coding"), ask("is leetcode needed for data analysts?").entities().skills());
    }
}
