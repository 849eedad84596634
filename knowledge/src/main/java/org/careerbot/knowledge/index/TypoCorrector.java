package org.careerbot.knowledge.index;

/** Corrects a misspelt word to a word the bot knows. */
public interface TypoCorrector {
    /** The word the bot knows that {@code word} most likely misspells, or {@code word} itself. */
    String correct(String word);
}
