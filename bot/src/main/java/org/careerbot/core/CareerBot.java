package org.careerbot.core;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.careerbot.answer.Composer;
import org.careerbot.knowledge.EntityKind;
import org.careerbot.knowledge.KnowledgeBase;
import org.careerbot.knowledge.index.LuceneEntityIndex;
import org.careerbot.knowledge.index.LuceneTypoCorrector;
import org.careerbot.knowledge.index.LuceneWorkFinder;
import org.careerbot.knowledge.index.PassageSearch;
import org.careerbot.knowledge.index.WorkFinder;
import org.careerbot.model.Answer;
import org.careerbot.model.Context;
import org.careerbot.model.Entities;
import org.careerbot.model.Intent;
import org.careerbot.model.Question;
import org.careerbot.model.Understanding;
import org.careerbot.understanding.Lexicon;
import org.careerbot.understanding.Understander;

/**
 * The core: understands a question in its conversation's context, composes the answer from the knowledge, and
 * remembers what the conversation is about for the next question.
 */
public final class CareerBot implements Answerer {
    /** Understandings less sure than this are answered by retrieval rather than by an intent's answer. */
    static final double MIN_CONFIDENCE = 0.5;

    private final KnowledgeBase kb;
    private final Understander understander;
    private final Composer composer;
    private final ConversationStore conversations;
    private final KnowledgeCatalog catalog;

    /** The core with the given conversation memory, loading the built-in lexicon. */
    public CareerBot(KnowledgeBase kb, LuceneEntityIndex entities, PassageSearch passages,
                     ConversationStore conversations) {
        this(kb, entities, passages, Lexicon.load(), conversations);
    }

    /**
     * The core over loaded knowledge, its indexes and the lexicon.
     *
     * @param kb            the knowledge
     * @param entities      entity linking and suggestions
     * @param passages      retrieval
     * @param lexicon       the cue phrases of understanding
     * @param conversations the conversations' short memory
     */
    public CareerBot(KnowledgeBase kb, LuceneEntityIndex entities, PassageSearch passages, Lexicon lexicon,
                     ConversationStore conversations) {
        this.kb = kb;
        Set<String> vocabulary = new HashSet<>(entities.vocabulary());
        vocabulary.addAll(lexicon.vocabulary());
        WorkFinder work = new LuceneWorkFinder(kb);
        this.understander = new Understander(entities, new LuceneTypoCorrector(vocabulary), lexicon, passages,
                vocabulary, lexicon.english(), work);
        this.composer = new Composer(kb, entities, passages, work, lexicon::gapRelated);
        this.conversations = conversations;
        this.catalog = new KnowledgeCatalog(kb, entities);
    }

    /** Menus and suggestions for adapters. */
    public Catalog catalog() {
        return catalog;
    }

    @Override
    public Answer answer(Question question) {
        Context context = conversations.get(question.conversationId());
        Understanding u = question.isStructured() ? structured(question)
                : understander.understand(question.text(), context);
        if (u.confidence() < MIN_CONFIDENCE) {
            // never a confident wrong answer: below the bar, the best passages are the honest reply
            u = u.withIntent(Intent.SEARCH, u.confidence());
        }
        Answer answer = composer.compose(u);
        if (!answer.entities().isEmpty()) {
            conversations.put(question.conversationId(), new Context(answer.entities(), u.intent()));
        }
        return answer;
    }

    private Understanding structured(Question q) {
        Intent intent = Intent.of(q.intent()).orElse(Intent.HELP);
        Entities e = known(q.entities());
        boolean missing = !intent.answerableWith(e);
        return Understanding.structured(missing ? Intent.HELP : intent, e);
    }

    /** Ids the knowledge does not hold are dropped, so a stale command option cannot break an answer. */
    private Entities known(Entities e) {
        return new Entities(keep(e.roles(), EntityKind.ROLE), keep(e.tasks(), EntityKind.TASK),
                keep(e.skills(), EntityKind.SKILL), keep(e.tools(), EntityKind.TOOL));
    }

    private List<String> keep(List<String> ids, EntityKind kind) {
        return ids.stream().filter(kb.ids(kind)::contains).toList();
    }
}
