package org.careerbot.knowledge.index;

import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * Words that say how a question is asked, not what it is about. Left out of retrieval so that "what does X mean"
 * finds X rather than every passage saying "what"; Lucene's English stop words plus question and chat words.
 */
public final class SearchWords {
    /** The stop words, lower case. */
    public static final Set<String> STOP;

    static {
        Set<String> words = new HashSet<>();
        EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.forEach(w -> words.add(new String((char[]) w)));
        words.addAll(Set.of("what", "which", "who", "whom", "whose", "when", "where", "why", "how", "does", "do",
                "did", "done", "doing", "can", "could", "would", "should", "shall", "may", "might", "must", "i", "me",
                "my", "mine", "myself", "you", "your", "yours", "we", "our", "us", "he", "she", "him", "her", "his",
                "its", "am", "been", "being", "were", "has", "have", "had", "having", "tell", "mean", "means",
                "about", "please", "thanks", "hey", "hi", "hello", "so", "just", "really", "also", "any", "some",
                "all", "than", "too", "very", "s", "t", "m", "re", "ve", "ll", "d", "don", "doesn", "isn", "aren",
                "whether", "someone", "something", "anyone", "thing", "things", "get", "got", "kind", "sort", "like",
                "want", "wants", "need", "needs", "know", "explain", "give", "show", "describe", "define", "else", "one", "two", "three", "four", "five", "first", "second", "these", "those",
                "other", "others", "lot", "lots", "way", "ways", "day", "today", "anyway"));
        STOP = Set.copyOf(words);
    }

    private SearchWords() {
    }

    /** The stop words as Lucene wants them. */
    static CharArraySet charArraySet() {
        return new CharArraySet(STOP, true);
    }
}
