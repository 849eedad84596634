package org.careerbot.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.careerbot.knowledge.index.SearchWords;
import org.careerbot.knowledge.index.Tokens;

/**
 * What the question asks about, word by word, so that the brief answer shows first the details that answer it:
 * "does a deep learning engineer need GPU programming?" shows the skill that names GPU programming before the
 * rest of the profile. Words are compared by their first five letters, so "deploying" meets "deployment".
 */
final class Focus {
    private static final int STEM = 5;
    private static final Focus NONE = new Focus(List.of());
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
                .filter(w -> w.length() >= 3 && !SearchWords.STOP.contains(w)).map(Focus::stem).distinct()
                .toList();
        return new Focus(stems);
    }

    /** The share of the question's words a text uses, 0 to 1; 0 for a question of no such words. */
    double share(String text) {
        return stems.isEmpty() ? 0 : (double) score(text) / stems.size();
    }

    /** How many of the question's words a text uses. */
    int score(String text) {
        if (stems.isEmpty()) {
            return 0;
        }
        List<String> words = Tokens.of(text).stream().map(w -> stem(w.toLowerCase(Locale.ROOT))).toList();
        return (int) stems.stream().filter(words::contains).count();
    }

    /**
     * The sections with the bullets that use more of the question's words first, and the sections holding them
     * first; the first section (what the composer says first) keeps its place, ties keep the composer's order.
     */
    List<Answer.Section> order(List<Answer.Section> sections) {
        if (stems.isEmpty() || sections.size() <= 1 && sections.stream().allMatch(s -> s.bullets().size() <= 1)) {
            return sections;
        }
        List<Answer.Section> sorted = new ArrayList<>();
        for (Answer.Section s : sections) {
            List<String> bullets = new ArrayList<>(s.bullets());
            bullets.sort(Comparator.comparingInt((String b) -> -score(b)));
            sorted.add(new Answer.Section(s.heading(), bullets));
        }
        List<Answer.Section> rest = new ArrayList<>(sorted.subList(1, sorted.size()));
        rest.sort(Comparator.comparingInt((Answer.Section s) -> -best(s)));
        List<Answer.Section> out = new ArrayList<>();
        Answer.Section first = sorted.get(0);
        // a later section that answers the question better than the first goes before it
        if (!rest.isEmpty() && best(rest.get(0)) > best(first) + 1) {
            out.add(rest.remove(0));
        }
        out.add(first);
        out.addAll(rest);
        return out;
    }

    private int best(Answer.Section s) {
        return Math.max(score(s.heading()), s.bullets().stream().mapToInt(this::score).max().orElse(0));
    }

    private static String stem(String w) {
        return w.length() > STEM ? w.substring(0, STEM) : w;
    }
}
