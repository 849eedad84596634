package org.careerbot.knowledge.index;

import java.util.List;
import org.careerbot.knowledge.EntityKind;

/** Finds the entities that words name, and suggests entities for what a user has typed so far. */
public interface EntityFinder {
    /**
     * The entities named in a question's words, in question order, longest names first where they overlap.
     *
     * @param words the question's words as typed, as {@link Tokens#split} cuts them
     */
    List<Mention> find(List<String> words);

    /**
     * Entities whose names, titles or abbreviations match what a user has typed so far, best first.
     *
     * @param kind  the kind wanted
     * @param typed the partial input, possibly misspelt
     * @param max   how many at most
     * @return entity ids
     */
    List<String> suggest(EntityKind kind, String typed, int max);
}
