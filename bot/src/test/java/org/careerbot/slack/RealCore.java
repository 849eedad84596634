package org.careerbot.slack;

import org.careerbot.core.CareerBot;
import org.careerbot.knowledge.KnowledgeBase;
import org.careerbot.knowledge.KnowledgeLoader;
import org.careerbot.knowledge.index.LuceneEntityIndex;
import org.careerbot.knowledge.index.LucenePassageIndex;

/** The real core over the built-in knowledge, built as {@code Main.components()} does. */
final class RealCore {
    private RealCore() {
    }

    static CareerBot load() {
        KnowledgeBase kb = KnowledgeLoader.loadBuiltIn();
        return new CareerBot(kb, new LuceneEntityIndex(kb), new LucenePassageIndex(kb));
    }
}
