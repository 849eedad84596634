package org.careerbot.understanding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.careerbot.answer.Entities;
import org.careerbot.knowledge.EntityKind;
import org.careerbot.knowledge.index.EntityFinder;
import org.careerbot.knowledge.index.Mention;
import org.careerbot.knowledge.index.PassageSearch;
import org.careerbot.knowledge.index.Tokens;
import org.careerbot.knowledge.index.TypoCorrector;

/**
 * Turns what people type into an {@link Understanding}: removes chat noise, corrects spelling, links entities,
 * resolves references to the conversation, then lets {@link IntentRules} pick the intent.
 */
public final class Understander {
    private final EntityFinder finder;
    private final TypoCorrector typos;
    private final Lexicon lexicon;
    private final IntentRules rules;
    private final Set<String> known;

    /**
     * An understander over the knowledge's indexes.
     *
     * @param finder     entity linking
     * @param typos      spelling correction
     * @param lexicon    cue phrases
     * @param passages   retrieval, to tell in-domain questions from others
     * @param vocabulary every word that must not be corrected
     */
    public Understander(EntityFinder finder, TypoCorrector typos, Lexicon lexicon, PassageSearch passages,
                        Set<String> vocabulary) {
        this.finder = finder;
        this.typos = typos;
        this.lexicon = lexicon;
        this.rules = new IntentRules(lexicon, passages);
        this.known = Set.copyOf(vocabulary);
    }

    /** What a question means, in the context of its conversation. */
    public Understanding understand(String question, Context context) {
        String cleaned = ChatText.clean(question);
        List<String> surface = corrected(Tokens.split(cleaned));
        List<String> words = surface.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        List<Mention> mentions = finder.find(surface);
        Entities entities = entities(mentions);
        List<Mention> ambiguous = mentions.stream().filter(m -> !m.unambiguous()).toList();
        List<String> areas = words.stream().map(lexicon::area).filter(a -> a != null).distinct().toList();
        boolean fromContext = false;
        if (context != null && context.entities() != null && !context.entities().isEmpty()) {
            Entities resolved = FollowUps.resolve(entities, ambiguous, words, context, lexicon);
            fromContext = !resolved.equals(entities);
            entities = resolved;
        }
        Understanding draft = new Understanding(Intent.SEARCH, entities, ambiguous, areas, cleaned, words,
                ChatText.tooLong(question), fromContext, 0);
        return rules.decide(draft);
    }

    private List<String> corrected(List<String> surface) {
        List<String> out = new ArrayList<>(surface.size());
        for (String word : surface) {
            String lower = word.toLowerCase(Locale.ROOT);
            out.add(known.contains(lower) ? word : typos.correct(lower));
        }
        return out;
    }

    private static Entities entities(List<Mention> mentions) {
        return new Entities(ids(mentions, EntityKind.ROLE), ids(mentions, EntityKind.TASK),
                ids(mentions, EntityKind.SKILL), ids(mentions, EntityKind.TOOL));
    }

    private static List<String> ids(List<Mention> mentions, EntityKind kind) {
        Set<String> ids = new LinkedHashSet<>();
        mentions.stream().filter(m -> m.kind() == kind && m.unambiguous()).forEach(m -> ids.add(m.ids().get(0)));
        return List.copyOf(ids);
    }
}
