package org.careerbot.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.careerbot.knowledge.Fact;
import org.careerbot.knowledge.KnowledgeBase;
import org.careerbot.knowledge.Role;
import org.careerbot.knowledge.index.Tokens;

/**
 * The terms the sources use to describe each role (in its definition, profile and skills), so that someone's own
 * words can point to the few roles described with them: "computer vision" and "speech recognition" for the deep
 * learning roles, "CNNs" for the same. A term is two or more words in a row ("computer vision"), or an acronym as
 * typed ("CNNs", "GPU"), and counts only where it describes at most {@value #DISTINCT_ROLES} roles: single
 * everyday words ("build", "which") are never terms.
 */
final class RoleWords {
    private static final int DISTINCT_ROLES = 3;
    /** Words that join others without saying anything themselves. */
    private static final Set<String> JOINING = Set.of("a", "an", "the", "and", "or", "of", "in", "on", "to", "for",
            "with", "by", "as", "such", "is", "are", "it", "its", "their", "that", "this", "e", "g");

    private final Map<String, Set<String>> pairsByRole = new HashMap<>();
    private final Map<String, Set<String>> wordsByRole = new HashMap<>();
    private final Map<String, Integer> roleCounts = new HashMap<>();

    RoleWords(KnowledgeBase kb) {
        for (Role r : kb.roles()) {
            Set<String> pairs = new HashSet<>();
            Set<String> words = new HashSet<>();
            Stream.of(r.definition().stream().map(Fact::text), r.profile().stream().map(Role.ProfileEntry::text),
                            r.skillFacts().stream().map(Fact::text))
                    .flatMap(s -> s).map(Tokens::of).forEach(ws -> {
                        words.addAll(ws);
                        for (int i = 0; i + 1 < ws.size(); i++) {
                            pairs.add(ws.get(i) + " " + ws.get(i + 1));
                        }
                    });
            pairsByRole.put(r.id(), pairs);
            wordsByRole.put(r.id(), words);
            Stream.concat(pairs.stream(), words.stream()).forEach(x -> roleCounts.merge(x, 1, Integer::sum));
        }
    }

    /** The terms of the typed words that describe this role and few others, as typed. */
    List<String> describing(Role r, String typed) {
        Typed t = TYPED.get(typed); // the same words are read against every role
        List<String> words = t.words();
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int end = i;
            while (end + 1 < words.size() && t.pairs()[end] != null && telling(r, pairsByRole, t.pairs()[end])) {
                end++;
            }
            if (end > i) {
                out.add(String.join(" ", words.subList(i, end + 1)));
            } else if (t.acronyms()[i] && telling(r, wordsByRole, t.lower().get(i))) {
                out.add(words.get(i));
            }
            i = end + 1;
        }
        return out;
    }

    private static final com.github.benmanes.caffeine.cache.LoadingCache<String, Typed> TYPED =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(1_000).build(Typed::of);

    /**
     * Typed words with what reading them against a role needs, worked out once rather than once per role.
     *
     * @param words    the words as typed
     * @param lower    the same, lower case
     * @param pairs    for each word, it and the next as a term ("computer vision"), or null where either only
     *                 joins others
     * @param acronyms for each word, whether it is typed as an acronym
     */
    private record Typed(List<String> words, List<String> lower, String[] pairs, boolean[] acronyms) {
        static Typed of(String typed) {
            List<String> words = Tokens.split(typed);
            List<String> lower = words.stream().map(RoleWords::lower).toList();
            String[] pairs = new String[words.size()];
            boolean[] acronyms = new boolean[words.size()];
            for (int i = 0; i < words.size(); i++) {
                acronyms[i] = acronym(words.get(i));
                boolean joined = i + 1 < words.size() && !JOINING.contains(lower.get(i))
                        && !JOINING.contains(lower.get(i + 1));
                if (joined) {
                    pairs[i] = lower.get(i) + " " + lower.get(i + 1);
                }
            }
            return new Typed(words, lower, pairs, acronyms);
        }
    }

    private boolean telling(Role r, Map<String, Set<String>> terms, String term) {
        return terms.getOrDefault(r.id(), Set.of()).contains(term) && roleCounts.getOrDefault(term, 0) <= DISTINCT_ROLES;
    }

    /** "CNNs", "NLP", "GPU": two capitals or more, as people type acronyms. */
    private static boolean acronym(String word) {
        return word.chars().filter(Character::isUpperCase).count() >= 2;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
