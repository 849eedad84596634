package org.careerbot.understanding;

import java.util.Set;
import org.careerbot.knowledge.index.EntityFinder;
import org.careerbot.knowledge.index.PassageSearch;
import org.careerbot.knowledge.index.TypoCorrector;
import org.careerbot.knowledge.index.WorkFinder;
import org.careerbot.model.Context;
import org.careerbot.model.Intent;
import org.careerbot.model.Understanding;

/**
 * Turns what people type into an {@link Understanding}, one stage after another: {@link Cleaner} (chat noise,
 * spelling), {@link EntityLinker} (what the question names), {@link ConversationResolver} (what the conversation
 * supplies), {@link GapReader} (what it asks that the sources lack), then {@link IntentRules} decides the intent.
 */
public final class Understander {
    private final Cleaner cleaner;
    private final EntityLinker linker;
    private final ConversationResolver conversation;
    private final GapReader gaps;
    private final IntentRules rules;

    /**
     * An understander over the knowledge's indexes.
     *
     * @param finder     entity linking
     * @param typos      spelling correction
     * @param lexicon    cue phrases
     * @param passages   retrieval, to tell in-domain questions from others
     * @param vocabulary every word the bot gives meaning to (entity names, cues, common chat words)
     * @param english    other real words: never corrected, but of no meaning to the bot
     * @param work       the kinds of work of the tasks, by how people name them
     */
    public Understander(EntityFinder finder, TypoCorrector typos, Lexicon lexicon, PassageSearch passages,
                        Set<String> vocabulary, Set<String> english, WorkFinder work) {
        this.cleaner = new Cleaner(typos, vocabulary, english);
        this.linker = new EntityLinker(finder, lexicon, cleaner);
        this.conversation = new ConversationResolver(lexicon);
        this.gaps = new GapReader(lexicon);
        this.rules = new IntentRules(lexicon, passages, work);
    }

    /** What a question means, in the context of its conversation. */
    public Understanding understand(String question, Context context) {
        Cleaner.Cleaned cleaned = cleaner.run(question);
        EntityLinker.Linked named = linker.run(cleaned);
        ConversationResolver.Resolved about = conversation.run(named.entities(), named.ambiguous(), named.words(),
                context);
        boolean namesARole = !about.entities().roles().isEmpty();
        String gap = gaps.run(cleaned.text(), named.words(), namesARole);
        String further = gaps.further(cleaned.text(), named.words(), namesARole, gap);
        return rules.run(new Understanding(Intent.SEARCH, about.entities(), named.ambiguous(), named.areas(),
                cleaned.text(), named.words(), named.unknown(), named.titled(), named.titles(), cleaned.truncated(),
                about.fromContext(), 0, further.isEmpty() ? gap : "", named.unknownRoles(), named.goal(),
                named.unknownTools(), further));
    }
}
