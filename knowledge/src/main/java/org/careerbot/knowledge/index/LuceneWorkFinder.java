package org.careerbot.knowledge.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.careerbot.knowledge.KnowledgeBase;
import org.careerbot.knowledge.Task;

/**
 * Finds work by stems, with the Porter stemmer Lucene ships (so "testing" meets "tests", "retraining" meets
 * "retrain"):
 * a subtask is named when one of the phrases people use for it appears in the text, its stems in order, or when
 * all the stems of its own name (at least two) do, in any order. The subtask with the most stems matched wins, its
 * own name before a phrase of as many.
 */
public final class LuceneWorkFinder implements WorkFinder {
    /** Texts longer than this are not read whole: a question is far shorter. */
    private static final int MAX_CHARS = 2_000;
    /**
     * The last few texts looked up, per thread: a question is looked up to understand it and again to answer it,
     * and the repeat costs nothing.
     */
    private final ThreadLocal<java.util.Map<String, Optional<Work>>> recent = ThreadLocal.withInitial(
            () -> new java.util.LinkedHashMap<>(8, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<String, Optional<Work>> eldest) {
                    return size() > 4;
                }
            });
    /** The phrases by their first stem, which a text must hold for any of them to match. */
    private final java.util.Map<String, List<Phrase>> byFirstStem = new java.util.HashMap<>();

    /** Finds the subtasks of the knowledge's tasks. */
    public LuceneWorkFinder(KnowledgeBase kb) {
        List<Phrase> phrases = new ArrayList<>();
        for (Task t : kb.tasks()) {
            for (Task.Subtask s : t.subtasks()) {
                Work work = new Work(t, s);
                List<String> name = stems(s.name().replaceAll("\\(.*?\\)", " "));
                if (name.size() >= 2) {
                    phrases.add(new Phrase(name, work, false, 2, phrases.size()));
                }
                s.askedAs().forEach(a -> phrases.add(new Phrase(stems(a), work, true, a.split(" ").length,
                        phrases.size())));
            }
        }
        // a phrase cut down to one stem by its stop words ("explain a model to" → "model") would name no work
        phrases.removeIf(p -> p.stems().size() < (p.words() > 1 ? 2 : 1));
        phrases.forEach(p -> byFirstStem.computeIfAbsent(p.stems().get(0), k -> new ArrayList<>()).add(p));
    }

    @Override
    public Optional<Work> find(String text) {
        return recent.get().computeIfAbsent(text, this::best);
    }

    private Optional<Work> best(String text) {
        List<String> stems = stems(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text);
        Work best = null;
        int bestScore = 0;
        for (Phrase p : candidates(stems)) {
            // the subtask's own name outweighs a phrase of as many stems: "labeling data requirements" is labeling
            int matched = p.matched(stems);
            int score = matched == 0 ? 0 : matched * 2 + (p.inOrder() ? 0 : 1);
            if (score > bestScore) {
                best = p.work();
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The phrases whose first stem the text holds, in the order they were made (which breaks ties). */
    private List<Phrase> candidates(List<String> stems) {
        List<Phrase> out = new ArrayList<>();
        for (String stem : new java.util.LinkedHashSet<>(stems)) {
            out.addAll(byFirstStem.getOrDefault(stem, List.of()));
        }
        out.sort(java.util.Comparator.comparingInt(Phrase::order));
        return out;
    }

    /**
     * The stems of a text's words that carry meaning: its words as {@link Tokens} cuts them, without stop words,
     * each through the Porter stemmer (each word's stem is kept: questions use the same words again and again).
     */
    private List<String> stems(String text) {
        List<String> out = new ArrayList<>();
        for (String word : Tokens.of(text)) {
            if (!SearchWords.STOP.contains(word)) {
                out.add(STEMS.size() < MAX_STEMS ? STEMS.computeIfAbsent(word, LuceneWorkFinder::stem) : stem(word));
            }
        }
        return out;
    }

    private static String stem(String word) {
        org.tartarus.snowball.ext.PorterStemmer stemmer = STEMMER.get();
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    /** Stems by word, bounded: hostile input must not grow memory without end. */
    private static final java.util.concurrent.ConcurrentHashMap<String, String> STEMS =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_STEMS = 50_000;
    private static final ThreadLocal<org.tartarus.snowball.ext.PorterStemmer> STEMMER =
            ThreadLocal.withInitial(org.tartarus.snowball.ext.PorterStemmer::new);

    /**
     * A way of naming a subtask.
     *
     * @param stems   its stems
     * @param work    the subtask
     * @param inOrder whether the stems must stand together in order (a phrase people use) or may be spread out
     *                (the subtask's own, longer name)
     * @param words   how many words it has before analysis
     * @param order   its place among all phrases, which breaks ties
     */
    private record Phrase(List<String> stems, Work work, boolean inOrder, int words, int order) {
        /** How many stems of the text this phrase matches; 0 when it does not match. */
        int matched(List<String> text) {
            if (inOrder) {
                return Collections.indexOfSubList(text, stems) >= 0 ? stems.size() : 0;
            }
            return text.containsAll(stems) ? stems.size() : 0;
        }
    }
}
