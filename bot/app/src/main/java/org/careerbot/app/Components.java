package org.careerbot.app;

import org.careerbot.core.Answerer;
import org.careerbot.core.Catalog;
import org.careerbot.knowledge.KnowledgeBase;

/**
 * Everything a command needs, created once by {@link Main#components}.
 *
 * @param knowledge the loaded knowledge
 * @param answerer  the core that answers questions
 * @param catalog   entity menus and suggestions for adapters
 * @param startupMs milliseconds from JVM start until ready
 */
record Components(KnowledgeBase knowledge, Answerer answerer, Catalog catalog, long startupMs) {
}
