package org.careerbot.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.careerbot.knowledge.KnowledgeBase;
import org.careerbot.knowledge.Role;
import org.careerbot.knowledge.index.EntityFinder;
import org.careerbot.knowledge.index.Mention;
import org.careerbot.knowledge.index.Tokens;

/**
 * Reads what a person says they like, have and would rather avoid. A message is cut where it turns ("but",
 * "though", a full stop); within a part, each thing named takes the mood of the nearest word before it that
 * says one: "like", "good at" and "enjoy" for, "no", "hate" and "anxious about" against, and "don't enjoy"
 * against. Commas do not cut, so "I hate maths, dashboards and deploying" avoids all three.
 */
final class Wishes {
    private static final Pattern TURNS = Pattern.compile("[.;!?\\n]| but | however | although | though | whereas ");
    private static final Set<String> AGAINST = Set.of("not", "no", "don", "dont", "never", "hate", "hates",
            "dislike", "dislikes", "avoid", "without", "anxious", "afraid", "scared", "fear", "nervous", "worried",
            "struggle", "weak", "bad", "cannot", "nor", "neither", "isn", "doesn", "won", "didn", "nothing",
            "tired", "bored", "boring", "less", "except", "zero");
    private static final Set<String> FOR = Set.of("like", "likes", "love", "loves", "enjoy", "enjoys", "good",
            "great", "strong", "want", "wants", "prefer", "interested", "passionate", "skilled", "experience",
            "experienced", "comfortable", "confident", "familiar", "know", "have", "fan", "excited", "into");
    /** How far before a word of liking a negation turns it ("don't really enjoy"). */
    private static final int TURN_REACH = 3;
    /** How far after a thing named a negation still speaks of it ("Python and SQL are not my favourites"). */
    private static final int AFTER_REACH = 4;

    private final KnowledgeBase kb;
    private final EntityFinder finder;
    private final WorkWords workWords;
    private final org.careerbot.knowledge.index.WorkFinder work;

    /** The skill-profile areas of every role, once each. */
    private final List<String> areas;

    Wishes(KnowledgeBase kb, EntityFinder finder, org.careerbot.knowledge.index.WorkFinder work) {
        this.kb = kb;
        this.finder = finder;
        this.workWords = new WorkWords(kb);
        this.work = work;
        this.areas = kb.roles().stream().flatMap(r -> r.profile().stream()).map(Role.ProfileEntry::area).distinct()
                .toList();
    }

    /** What the text says the person likes, has or would rather avoid, in the order said, once each. */
    List<Wish> read(String text) {
        Set<Wish> out = new LinkedHashSet<>();
        boolean namesWork = work.find(text).isPresent();
        for (String part : TURNS.split(" " + text + " ")) {
            List<String> typed = Tokens.split(part);
            List<String> words = typed.stream().map(w -> w.toLowerCase(java.util.Locale.ROOT)).toList();
            boolean[] named = new boolean[words.size()];
            for (Mention m : finder.find(typed)) {
                for (int i = m.start(); i < m.end(); i++) {
                    named[i] = true;
                }
                boolean against = against(words, m.start(), m.end());
                // a title six roles share ("research scientist") names none of them in particular, and "I'm a
                // software engineer" is where the person comes from, not where they want to go
                boolean role = m.kind() == org.careerbot.knowledge.EntityKind.ROLE;
                if (!role || m.unambiguous() && !present(words, m.start())) {
                    m.ids().forEach(id -> out.add(new Wish(kind(m), id, name(m, id), against)));
                }
            }
            for (int i = 0; i < words.size(); i++) {
                if (!named[i] && unnamed(words, i, out)) {
                    named[i] = true;
                }
            }
            // a kind of work named in the part ("building APIs", "A/B tests") is its task's work; most messages
            // name none, which one look-up of the whole text (made when it was understood) says
            if (namesWork) {
                work.find(part).ifPresent(found -> out.add(new Wish(Wish.Kind.TASK, found.task().id(),
                        Words.lower(found.task().name()), words.stream().anyMatch(AGAINST::contains))));
            }
            runs(typed, words, named, out);
        }
        return List.copyOf(out);
    }

    /** Words before a role that make it the person's present job: "I'm a", "I work as a", "as an". */
    private static final Set<String> PRESENT = Set.of("i m a", "i am a", "i m an", "i am an", "as a", "as an",
            "currently a", "currently an", "im a", "im an");

    private static boolean present(List<String> words, int start) {
        for (int n = 2; n <= 3; n++) {
            if (start >= n && PRESENT.contains(String.join(" ", words.subList(start - n, start)))) {
                return true;
            }
        }
        return false;
    }

    /** The runs of words nothing else read, as typed, for matching against how the sources describe roles. */
    private static void runs(List<String> typed, List<String> words, boolean[] named, Set<Wish> out) {
        int start = -1;
        for (int i = 0; i <= words.size(); i++) {
            boolean free = i < words.size() && !named[i] && !AGAINST.contains(words.get(i))
                    && !FOR.contains(words.get(i));
            if (free && start < 0) {
                start = i;
            } else if (!free && start >= 0) {
                out.add(new Wish(Wish.Kind.WORDS, String.join(" ", words.subList(start, i)),
                        String.join(" ", typed.subList(start, i)), against(words, start, i)));
                start = -1;
            }
        }
    }

    /** A word no entity name covers may still name a task's work or a profile area; whether it does. */
    private boolean unnamed(List<String> words, int i, Set<Wish> out) {
        String w = words.get(i);
        boolean against = against(words, i, i + 1);
        boolean read = false;
        for (String t : workWords.tasks(w)) {
            out.add(new Wish(Wish.Kind.TASK, t, Words.lower(kb.task(t).orElseThrow().name()), against));
            read = true;
        }
        for (String a : areas) {
            if (names(a, w)) {
                out.add(new Wish(Wish.Kind.AREA, a, Profiles.area(a), against));
                read = true;
            }
        }
        return read;
    }

    /** Word starts that name a profile area in everyday words: "theory" and "proofs" are scientific work. */
    private static final java.util.Map<String, List<String>> AREA_WORDS = java.util.Map.of(
            "analytical", List.of("analy"),
            "coding", List.of("code", "programming"),
            "scientific", List.of("scien", "theor", "proof", "rigor", "rigour"));

    /** Whether a word names a profile area: "spreadsheets", "analysis" for analytical, "coding", "theory". */
    private static boolean names(String area, String word) {
        return area.equals(word) || word.length() == area.length() + 1 && word.startsWith(area) && word.endsWith("s")
                || area.length() == word.length() + 1 && area.startsWith(word) && area.endsWith("s")
                || AREA_WORDS.getOrDefault(area, List.of()).stream().anyMatch(word::startsWith);
    }

    /**
     * The mood of the nearest word before the words {@code at} to {@code end} that says one; where none does, a
     * negation just after them ("math is not my thing"); liking otherwise.
     */
    private static boolean against(List<String> words, int at, int end) {
        for (int i = at - 1; i >= 0; i--) {
            String w = words.get(i);
            if (AGAINST.contains(w) || w.equals("t") && i > 0 && words.get(i - 1).equals("can")) {
                return true;
            }
            if (FOR.contains(w)) {
                for (int j = Math.max(0, i - TURN_REACH); j < i; j++) {
                    if (AGAINST.contains(words.get(j))) {
                        return true;
                    }
                }
                return false;
            }
        }
        for (int i = end; i < Math.min(words.size(), end + AFTER_REACH); i++) {
            if (AGAINST.contains(words.get(i)) || FOR.contains(words.get(i))) {
                return AGAINST.contains(words.get(i));
            }
        }
        return false;
    }

    private static Wish.Kind kind(Mention m) {
        return switch (m.kind()) {
            case ROLE -> Wish.Kind.ROLE;
            case TASK -> Wish.Kind.TASK;
            case SKILL -> Wish.Kind.SKILL;
            case TOOL -> Wish.Kind.TOOL;
        };
    }

    private String name(Mention m, String id) {
        String name = kb.name(m.kind(), id);
        return m.kind() == org.careerbot.knowledge.EntityKind.TOOL ? name : Words.lower(name);
    }
}
