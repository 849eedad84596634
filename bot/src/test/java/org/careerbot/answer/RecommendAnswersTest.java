package org.careerbot.answer;

import org.careerbot.model.Entities;
import org.careerbot.model.Intent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.careerbot.knowledge.KnowledgeBase;
import org.careerbot.knowledge.KnowledgeLoader;
import org.careerbot.knowledge.Role;
import org.careerbot.knowledge.Task;
import org.careerbot.knowledge.index.LuceneEntityIndex;
import org.careerbot.model.Answer;
import org.junit.jupiter.api.Test;

/** Recommendations over the real knowledge: ranked by likes and dislikes, each explained in one plain sentence. */
class RecommendAnswersTest {
    private static final KnowledgeBase KB = KnowledgeLoader.loadBuiltIn();
    private static final RecommendAnswers RECOMMEND = new RecommendAnswers(KB, new LuceneEntityIndex(KB),
            new org.careerbot.knowledge.index.LuceneWorkFinder(KB));
    private static final String MENTEE = "My mentee is anxious about heavy math and wants no servers or production "
            + "work. Which role fits her?";

    private static Answer recommend(String text) {
        Draft d = new Draft(Intent.ROLE_RECOMMEND, Entities.NONE, new SourceNames(KB));
        RECOMMEND.recommend(d, text);
        return d.build();
    }

    /** The explanations: the lead's first sentence, then one per further suggestion, those ranked lower last. */
    private static List<String> explanations(Answer a) {
        List<String> out = new ArrayList<>(List.of(Brevity.sentences(a.lead()).get(0)));
        a.sections().stream().filter(s -> s.heading().equals("Also worth a look")
                || s.heading().startsWith("Ranked lower")).forEach(s -> out.addAll(s.bullets()));
        return out;
    }

    /** The roles suggested, best first. */
    private static List<Role> suggested(Answer a) {
        List<Role> byLongestName = KB.roles().stream()
                .sorted(Comparator.comparingInt((Role r) -> r.name().length()).reversed()).toList();
        return explanations(a).stream().map(e -> byLongestName.stream()
                .filter(r -> e.startsWith("The " + r.name().toLowerCase(Locale.ROOT) + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("no role opens " + e))).toList();
    }

    @Test
    void aMenteeAnxiousAboutMathWhoWantsNoServersIsNotOfferedTheScientistOrTheEngineerFirst() {
        Answer a = recommend(MENTEE);
        Role first = suggested(a).get(0);
        assertNotEquals("data-scientist", first.id());
        assertNotEquals("software-engineer", first.id());
        assertTrue(a.lead().startsWith("The data analyst"), a.lead());
    }

    @Test
    void theSuggestionForOnlyDislikesSaysWhatItAvoidsAndWhatItStillTouches() {
        String lead = recommend(MENTEE).lead();
        assertTrue(lead.contains("does no AI infrastructure and does no deployment"), lead);
        assertTrue(lead.contains("though its business analysis also involves mathematics"), lead);
    }

    @Test
    void aDislikeSaidAfterWhatItIsAboutCountsAsOne() {
        Answer a = recommend("math is not my strength but I like SQL and dashboards. which role fits me");
        assertTrue(a.lead().startsWith("The data analyst fits your SQL"), a.lead());
        List<String> scientist = explanations(a).stream().filter(e -> e.startsWith("The data scientist")).toList();
        assertEquals(1, scientist.size(), explanations(a).toString());
        assertTrue(scientist.get(0).contains("its modeling involves mathematics, which you'd rather avoid"),
                scientist.get(0));
    }

    @Test
    void aDislikedTaskPutsEveryRoleThatDoesItBelowEveryRoleThatDoesNot() {
        for (Task t : KB.tasks()) {
            Answer a = recommend("I like SQL and Python but I don't want to do " + t.name().toLowerCase(Locale.ROOT)
                    + ". Which role fits me?");
            List<Role> order = suggested(a);
            boolean seenDoer = false;
            for (Role r : order) {
                boolean does = r.coreTasks().contains(t.id());
                assertFalse(seenDoer && !does, t.id() + ": " + order.stream().map(Role::id).toList());
                seenDoer |= does;
            }
        }
    }

    @Test
    void aRoleThatNeedsWhatTheyDislikeSaysSoInItsExplanation() {
        Answer a = recommend("I love deep learning but I'm anxious about heavy math. What role suits me?");
        String first = explanations(a).get(0);
        assertTrue(first.contains("mathematics") && first.contains("you'd rather avoid"), first);
    }

    @Test
    void rolesRankedLowerForADislikeAreNamedInTheLead() {
        Answer a = recommend("I like Python and deep learning, but no heavy math. What role fits me?");
        assertTrue(a.lead().contains("rank lower") || a.lead().contains("ranks lower"), a.lead());
        assertTrue(a.sections().stream().anyMatch(s -> s.heading().startsWith("Ranked lower")
                && s.bullets().stream().allMatch(b -> b.contains("you'd rather avoid"))));
    }

    @Test
    void eachSuggestionIsExplainedInOnePlainSentenceWithoutQuotes() {
        for (String q : List.of(MENTEE,
                "I'm good at SQL and spreadsheets and like presenting insights to business people but I don't "
                        + "enjoy coding algorithms. Which role fits me?",
                "I love building reliable scalable backend systems and cloud infrastructure, what AI role should "
                        + "I aim for?",
                "Which career suits me if I enjoy reading papers and inventing new neural network architectures?",
                "I like statistics and modeling but I don't want to do production work. Which role fits me?")) {
            Answer a = recommend(q);
            for (String e : explanations(a)) {
                assertEquals(1, Brevity.sentences(e).size(), e);
                assertFalse(e.contains("\"") || e.contains("“") || e.contains("…"), e);
                assertFalse(e.contains("Matched because") || e.contains("doesn't need ("), e);
            }
            assertFalse(a.sections().stream().flatMap(s -> s.bullets().stream())
                    .anyMatch(b -> b.contains("in your words")), q);
        }
    }

    @Test
    void theExplanationNamesWhatTheyLikeTheRolesTasksAndWhatItDoesNotNeed() {
        Answer a = recommend("I'm good at SQL and spreadsheets and like presenting insights to business people "
                + "but I don't enjoy coding algorithms. Which role fits me?");
        String lead = a.lead();
        assertTrue(lead.startsWith("The data analyst fits your SQL"), lead);
        assertTrue(lead.contains("it does data engineering and business analysis"), lead);
        assertTrue(lead.contains("needs no algorithmic coding"), lead);
        assertTrue(a.sources().contains("002_4766a7e2123826a9.txt#Data Analyst"), a.sources().toString());
    }

    @Test
    void interestsPointToTheRolesWhoseWorkTheyAre() {
        assertTrue(recommend("I love building reliable scalable backend systems and cloud infrastructure, what AI "
                + "role should I aim for?").lead().startsWith("The software engineer"));
        assertTrue(recommend("Which career suits me if I enjoy reading papers and inventing new neural network "
                + "architectures?").lead().startsWith("The deep learning researcher"));
    }

    @Test
    void aMessageNamingNothingToMatchSaysWhatToTellTheBot() {
        for (String q : List.of("which role fits me?",
                "which role fits me? I like building things that work and helping people")) {
            Answer a = recommend(q);
            assertTrue(a.lead().startsWith("Tell me what you like or are good at and what you'd rather avoid"),
                    a.lead());
        }
    }

    @Test
    void termsTheSourcesUseForFewRolesPointToThem() {
        Answer a = recommend("I like speech recognition and natural language processing, which role?");
        Role first = suggested(a).get(0);
        assertTrue(first.profile().stream().anyMatch(p -> "deep-learning".equals(p.skill())), first.id());
        assertTrue(a.lead().contains("fits your speech recognition and natural language processing"), a.lead());
    }

    @Test
    void zeroInterestInAKindOfWorkIsADislike() {
        Answer a = recommend("I'm into distributed systems, scaling, databases and cloud. zero interest in "
                + "training models. where do I fit in AI?");
        assertEquals("software-engineer", suggested(a).get(0).id());
        assertTrue(a.lead().contains("each does modeling, which you'd rather avoid"), a.lead());
    }
}
