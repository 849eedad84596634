package org.careerbot.knowledge.index;

import java.util.List;

/** Finds the passages of the knowledge that best match a text. */
public interface PassageSearch {
    /**
     * The best passages for a text, best first; never throws on odd input (query syntax is not interpreted).
     *
     * @param text the question
     * @param max  how many at most
     */
    List<Passage> search(String text, int max);

    /**
     * Like {@link #search}, without picking snippets: for callers that only weigh the passages, which is much
     * cheaper. Each passage's snippet is its whole text.
     */
    List<Passage> find(String text, int max);

    /** In how many passages a word occurs (after the same analysis as searches); 0 for words it never holds. */
    int frequency(String word);
}
