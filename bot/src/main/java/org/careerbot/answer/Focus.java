package org.careerbot.answer;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.careerbot.knowledge.index.SearchWords;
import org.careerbot.knowledge.index.Tokens;
import org.careerbot.model.Answer;

/**
 * What the question asks about, word by word, so that the brief answer shows first the details that answer it:
 * "does a deep learning engineer need GPU programming?" shows the skill that names GPU programming before the
 * rest of the profile. Words are compared by their first five letters, so "deploying" meets "deployment".
 */
final class Focus {
    private static final int STEM = 5;
    private static final Focus NONE = new Focus(List.of());
    /**
     * The stems each text offers, kept for the texts seen most (bounded): answers are built from the same facts
     * again and again, and every bullet of every answer is scored.
     */
    private static final LoadingCache<String, Set<String>> OFFERED = Caffeine.newBuilder().maximumSize(20_000)
            .build(Focus::offered);
    private final List<String> stems;

    private Focus(List<String> stems) {
        this.stems = stems;
    }

    /** The focus of a question: its words that say what it is about. */
    static Focus of(String question) {
        if (question == null || question.isBlank()) {
            return NONE;
        }
        List<String> stems = Tokens.of(question).stream().map(w -> w.toLowerCase(Locale.ROOT))
                .filter(w -> w.length() >= 3 && !SearchWords.STOP.contains(w) && w.chars()
                        .allMatch(Character::isLetterOrDigit)).map(Focus::stem).distinct().toList();
        return new Focus(stems);
    }

    /** The share of the question's words a text uses, 0 to 1; 0 for a question of no such words. */
    double share(String text) {
        return stems.isEmpty() ? 0 : (double) score(text) / stems.size();
    }

    /** How many of the question's words a text uses; fast, as it runs on every bullet of every answer. */
    int score(String text) {
        if (stems.isEmpty()) {
            return 0;
        }
        Set<String> offered = OFFERED.get(text);
        int n = 0;
        for (String stem : stems) {
            n += offered.contains(stem) ? 1 : 0;
        }
        return n;
    }

    /**
     * The stems a text's words offer: a word of fewer than {@value #STEM} letters whole (only a short word can
     * match a short stem), a longer one by its first {@value #STEM}, folded as a case-blind comparison folds
     * letters. A stem is used by the text when it is among these.
     */
    private static Set<String> offered(String text) {
        Set<String> out = new HashSet<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                StringBuilder key = new StringBuilder(STEM);
                for (int j = start; j < Math.min(i, start + STEM); j++) {
                    key.append(Character.toLowerCase(Character.toUpperCase(text.charAt(j))));
                }
                out.add(key.toString());
                start = -1;
            }
        }
        return out;
    }

    /**
     * The sections with the bullets that use more of the question's words first, and the sections holding them
     * first; the first section (what the composer says first) keeps its place, ties keep the composer's order.
     */
    List<Answer.Section> order(List<Answer.Section> sections) {
        // when every detail fits the brief answer, the composer's order stands
        if (stems.isEmpty() || !longerThanBody(sections)) {
            return sections;
        }
        java.util.Map<String, Integer> scores = new java.util.HashMap<>(); // each text is scored once
        java.util.function.ToIntFunction<String> scored = t -> scores.computeIfAbsent(t, this::score);
        List<Answer.Section> sorted = new ArrayList<>();
        for (Answer.Section s : sections) {
            List<String> bullets = new ArrayList<>(s.bullets());
            bullets.sort(Comparator.comparingInt((String b) -> -scored.applyAsInt(b)));
            sorted.add(new Answer.Section(s.heading(), bullets));
        }
        java.util.function.ToIntFunction<Answer.Section> best = s -> Math.max(scored.applyAsInt(s.heading()),
                s.bullets().stream().mapToInt(scored).max().orElse(0));
        List<Answer.Section> rest = new ArrayList<>(sorted.subList(1, sorted.size()));
        rest.sort(Comparator.comparingInt((Answer.Section s) -> -best.applyAsInt(s)));
        List<Answer.Section> out = new ArrayList<>();
        Answer.Section first = sorted.get(0);
        // a later section that answers the question better than the first goes before it
        if (!rest.isEmpty() && best.applyAsInt(rest.get(0)) > best.applyAsInt(first) + 1) {
            out.add(rest.remove(0));
        }
        out.add(first);
        out.addAll(rest);
        return out;
    }

    /** Whether the sections hold more words than the brief answer shows; counting stops once they do. */
    private static boolean longerThanBody(List<Answer.Section> sections) {
        int words = 0;
        for (Answer.Section s : sections) {
            words += Brevity.words(s.heading());
            for (String b : s.bullets()) {
                words += Brevity.words(b);
                if (words > Brevity.BODY_WORDS) {
                    return true;
                }
            }
        }
        return words > Brevity.BODY_WORDS;
    }

    private static String stem(String w) {
        return w.length() > STEM ? w.substring(0, STEM) : w;
    }
}
