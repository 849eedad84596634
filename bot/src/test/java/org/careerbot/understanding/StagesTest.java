package org.careerbot.understanding;

import org.careerbot.model.Context;
import org.careerbot.model.Intent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.careerbot.knowledge.KnowledgeBase;
import org.careerbot.knowledge.KnowledgeLoader;
import org.careerbot.knowledge.index.LuceneEntityIndex;
import org.careerbot.knowledge.index.LuceneTypoCorrector;
import org.careerbot.model.Entities;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each stage of understanding on its own: what it takes, what it gives. */
class StagesTest {
    private static Lexicon lexicon;
    private static Cleaner cleaner;
    private static EntityLinker linker;

    @BeforeAll
    static void stages() {
        KnowledgeBase kb = KnowledgeLoader.loadBuiltIn();
        LuceneEntityIndex entities = new LuceneEntityIndex(kb);
        lexicon = Lexicon.load();
        Set<String> vocabulary = new HashSet<>(entities.vocabulary());
        vocabulary.addAll(lexicon.vocabulary());
        cleaner = new Cleaner(new LuceneTypoCorrector(vocabulary), vocabulary, lexicon.english());
        linker = new EntityLinker(entities, lexicon, cleaner);
    }

    @Test
    void cleaningRemovesChatNoiseAndCorrectsSpellingButLeavesRealWords() {
        Cleaner.Cleaned c = cleaner.run("<@U123> which tools does a data analsyt use? :wave:");
        assertEquals(List.of("which", "tools", "does", "a", "data", "analyst", "use"), c.lower());
        assertFalse(c.truncated());
    }

    @Test
    void linkingNamesTheEntitiesMasksTheirWordsAndFindsTheGoal() {
        EntityLinker.Linked l = linker.run(cleaner.run("how do I become a machine learning engineer? is Spark used?"));
        assertEquals(List.of("machine-learning-engineer"), l.entities().roles());
        assertEquals(List.of("spark"), l.entities().tools());
        assertEquals("machine-learning-engineer", l.goal());
        assertTrue(l.words().contains(EntityLinker.MASK) && !l.words().contains("engineer"), l.words().toString());
    }

    @Test
    void theConversationSuppliesTheSubjectOfABareFollowUp() {
        ConversationResolver resolver = new ConversationResolver(lexicon);
        Entities last = new Entities(List.of("data-analyst"), List.of(), List.of(), List.of());
        ConversationResolver.Resolved r = resolver.run(Entities.NONE, List.of(), List.of("and", "their", "tools"),
                new Context(last, Intent.ROLE_SKILLS));
        assertEquals(List.of("data-analyst"), r.entities().roles());
        assertTrue(r.fromContext());
        assertFalse(resolver.run(Entities.NONE, List.of(), List.of("hi"), null).fromContext());
    }

    @Test
    void aGapIsReadUnlessTheRoleNamedIsAskedSomethingThatWeighsMore() {
        GapReader gaps = new GapReader(lexicon);
        assertEquals("salaries", gaps.run(List.of("what", "do", "_", "_", "earn"), true));
        assertEquals("", gaps.run(List.of("what", "tools", "does", "_", "_", "use"), true));
    }

    @Test
    void aRoleTheSourcesLackThatIsOnlyThePersonsPresentWorkIsNoSubject() {
        EntityLinker.Linked background = linker.run(cleaner.run(
                "I work as an AI engineer. Is CUDA used for modeling?"));
        assertTrue(background.unknownRoles().isEmpty());
        assertEquals(List.of("cuda"), background.entities().tools());
        EntityLinker.Linked asked = linker.run(cleaner.run("what does an AI engineer do?"));
        assertEquals(1, asked.unknownRoles().size());
    }

    @Test
    void aNameIsThePersonsPresentWorkAfterWordsThatSaySo() {
        assertTrue(lexicon.goals().background(List.of("i", "am", "an", "ai", "engineer"), 3));
        assertFalse(lexicon.goals().background(List.of("become", "an", "ai", "engineer"), 2));
    }

    @Test
    void namingsCountSeparateNamesNotTheirWords() {
        assertEquals(2, RoleRules.namings(List.of("_", "vs", "_", "_")));
        assertEquals(1, RoleRules.namings(List.of("the", "research", "world", "if", "i", "do", "_", "_")));
    }

    @Test
    void aGapAskedOnlyAfterAMainAskTheSourcesAnswerIsAFurtherPart() {
        GapReader gaps = new GapReader(lexicon);
        String after = "How do I get into data science? Do I need a bootcamp?";
        List<String> words = linker.run(cleaner.run(after)).words();
        String gap = gaps.run(words, false);
        assertFalse(gap.isEmpty());
        assertEquals(gap, gaps.further(after, words, false, gap));
        String first = "Do I need a bootcamp? How do I get into data science?";
        assertEquals("", gaps.further(first, linker.run(cleaner.run(first)).words(), false, gap));
        String one = "Do I need a bootcamp to get into data science?";
        assertEquals("", gaps.further(one, linker.run(cleaner.run(one)).words(), false, gap));
    }

    @Test
    void aSubjectTheSourcesLackCountsWhenAskedNotWhenOnlyInTheBackgroundExceptTheAskersAge() {
        GapReader gaps = new GapReader(lexicon);
        String googled = "I googled around for self-taught ML engineers. Is it possible to become one?";
        assertEquals("", gaps.run(googled, linker.run(cleaner.run(googled)).words(), true));
        String asked = "Does Google hire ML engineers without a degree?";
        assertEquals("particular companies", gaps.run(asked, linker.run(cleaner.run(asked)).words(), true));
        String older = "I am 47 and work in logistics. How do I start in data science?";
        assertEquals("age", gaps.run(older, linker.run(cleaner.run(older)).words(), false));
        String young = "I'm 19 and want to be a data analyst. How do I start?";
        assertEquals("", gaps.run(young, linker.run(cleaner.run(young)).words(), true));
    }
}
