package org.careerbot.understanding;

import java.util.List;
import java.util.Set;
import org.careerbot.knowledge.EntityKind;
import org.careerbot.knowledge.index.Mention;

/**
 * Finds what a person wants to become or get into: a role or a field named right after a word of aim ("become a
 * data scientist", "land an ML engineer role", "move into machine learning", "from academia to a data scientist
 * job"). A role named as the person's present work ("I work as a software engineer") is their background, not
 * their goal. The words of aim are data in the lexicon ({@code goals}).
 */
final class Goals {
    /** How far before a name a word of aim may stand: "become a junior data analyst". */
    private static final int WINDOW = 3;
    /** How far before "to" a word of leaving may stand: "hopping from academia to a ...". */
    private static final int FROM_WINDOW = 6;
    /** Skills that name a field a person can go into. */
    private static final Set<String> FIELDS = Set.of("machine-learning", "deep-learning", "data-science");

    private final Set<String> aims;
    private final Set<String> leaving;
    private final Set<String> after;
    private final Set<String> qualified;
    /** Words right before a name that make it the person's present work: "I'm a", "working as an". */
    private final Set<String> present;

    Goals(Set<String> aims, Set<String> leaving, Set<String> after, Set<String> qualified, Set<String> present) {
        this.aims = Set.copyOf(aims);
        this.leaving = Set.copyOf(leaving);
        this.after = Set.copyOf(after);
        this.qualified = Set.copyOf(qualified);
        this.present = Set.copyOf(present);
    }

    /** Whether the name starting at word {@code start} is the person's present work ("I work as an AI engineer"). */
    boolean background(List<String> words, int start) {
        for (int n = 2; n <= 3; n++) {
            if (start >= n && present.contains(String.join(" ", words.subList(start - n, start)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The id of the role, or else the field, named as a goal in the lower-case words; empty when none is, or when
     * two roles are ("become a data analyst before becoming a data scientist?" weighs two paths).
     */
    String find(List<String> words, List<Mention> mentions) {
        for (EntityKind kind : List.of(EntityKind.ROLE, EntityKind.SKILL)) {
            List<String> aimed = mentions.stream().filter(m -> m.kind() == kind && m.unambiguous()
                    && (kind == EntityKind.ROLE || FIELDS.contains(m.ids().get(0))) && aimed(words, m))
                    .map(m -> m.ids().get(0)).distinct().toList();
            if (!aimed.isEmpty()) {
                return aimed.size() == 1 || kind == EntityKind.SKILL ? aimed.get(0) : "";
            }
        }
        return "";
    }

    private boolean aimed(List<String> words, Mention m) {
        if (m.end() < words.size() && qualified.contains(words.get(m.end()))) {
            return false; // "prepare for MLE interviews" aims at the interviews, which the role only qualifies
        }
        for (int i = Math.max(0, m.start() - WINDOW); i < m.start(); i++) {
            String w = words.get(i);
            if (aims.contains(w) || w.equals("to") && leaves(words, i)) {
                return true;
            }
        }
        // "a career in machine learning" is aimed by the word before; "data science career" by the word after
        return m.kind() == EntityKind.SKILL && m.end() < words.size() && after.contains(words.get(m.end()))
                && m.start() > 0 && !words.get(m.start() - 1).equals("the");
    }

    /** "from academia to", "switch careers to": a "to" that ends a move. */
    private boolean leaves(List<String> words, int to) {
        for (int i = Math.max(0, to - FROM_WINDOW); i < to; i++) {
            if (leaving.contains(words.get(i))) {
                return true;
            }
        }
        return false;
    }
}
