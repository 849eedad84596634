package org.careerbot.discord;

import org.careerbot.core.CareerBot;
import org.careerbot.knowledge.KnowledgeBase;
import org.careerbot.knowledge.KnowledgeLoader;
import org.careerbot.knowledge.index.LuceneEntityIndex;
import org.careerbot.knowledge.index.LucenePassageIndex;

/** The real core over the built-in knowledge, built as {@code Main.components()} builds it. */
final class TestCore {
    private TestCore() {
    }

    static CareerBot create() {
        KnowledgeBase kb = KnowledgeLoader.loadBuiltIn();
        return new CareerBot(kb, new LuceneEntityIndex(kb), new LucenePassageIndex(kb));
    }
}
