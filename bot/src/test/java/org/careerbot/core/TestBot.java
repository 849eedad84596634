package org.careerbot.core;

import org.careerbot.knowledge.KnowledgeBase;
import org.careerbot.knowledge.KnowledgeLoader;
import org.careerbot.knowledge.index.LuceneEntityIndex;
import org.careerbot.knowledge.index.LucenePassageIndex;

/** One core over the built-in knowledge, shared by the tests of a JVM (it takes about a second to build). */
public final class TestBot {
    private static CareerBot bot;

    private TestBot() {
    }

    /** The shared core. */
    public static synchronized CareerBot get() {
        if (bot == null) {
            bot = create(new Conversations(1_000, java.time.Duration.ofMinutes(30), java.time.Clock.systemUTC()));
        }
        return bot;
    }

    /** A new core with its own, default conversation memory (as {@code Main.components()} builds it). */
    public static CareerBot fresh() {
        return create(new Conversations(10_000, java.time.Duration.ofMinutes(30), java.time.Clock.systemUTC()));
    }

    /** A new core with its own conversation memory. */
    public static CareerBot create(Conversations conversations) {
        KnowledgeBase kb = KnowledgeLoader.loadBuiltIn();
        return new CareerBot(kb, new LuceneEntityIndex(kb), new LucenePassageIndex(kb), conversations);
    }
}
