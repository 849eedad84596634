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
        List<String> words = SPLIT.get(typed); // the same words are read against every role
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int end = i;
            while (end + 1 < words.size() && pair(r, words.get(end), words.get(end + 1))) {
                end++;
            }
            if (end > i) {
                out.add(String.join(" ", words.subList(i, end + 1)));
            } else if (acronym(words.get(i)) && telling(r, wordsByRole, lower(words.get(i)))) {
                out.add(words.get(i));
            }
            i = end + 1;
        }
        return out;
    }

    private static final com.github.benmanes.caffeine.cache.LoadingCache<String, List<String>> SPLIT =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(1_000).build(Tokens::split);

    private boolean pair(Role r, String a, String b) {
        return !JOINING.contains(lower(a)) && !JOINING.contains(lower(b))
                && telling(r, pairsByRole, lower(a) + " " + lower(b));
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
