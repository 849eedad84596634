package org.careerbot.knowledge.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careerbot.knowledge.EntityKind;
import org.careerbot.knowledge.KnowledgeBase;

/**
 * Every name of every entity (its name, synonyms, abbreviations, and for roles the alternative titles), keyed by
 * its words, with plural forms, so that a question's words can be matched against it word for word.
 */
final class NameTable {
    private static final Set<String> HEADS = Set.of("engineer", "scientist", "analyst", "researcher", "developer");

    private final Map<String, List<Name>> byKey = new LinkedHashMap<>();
    private final Map<String, List<Name>> byBag = new LinkedHashMap<>();
    private final List<Name> all = new ArrayList<>();
    /** Every word any name uses, so that spans holding another word are ruled out without building keys. */
    private final Set<String> known;
    private int longest = 1;

    NameTable(KnowledgeBase kb) {
        kb.roles().forEach(r -> {
            add(new Name(EntityKind.ROLE, r.id(), r.name(), false));
            r.titles().forEach(t -> add(new Name(EntityKind.ROLE, r.id(), t.title(), true)));
        });
        kb.tasks().forEach(t -> add(new Name(EntityKind.TASK, t.id(), t.name(), false)));
        kb.skills().forEach(s -> add(new Name(EntityKind.SKILL, s.id(), s.name(), false)));
        kb.tools().forEach(t -> {
            add(new Name(EntityKind.TOOL, t.id(), t.name(), false));
            add(new Name(EntityKind.TOOL, t.id(), t.id().replace('-', ' '), false));
        });
        for (EntityKind kind : EntityKind.values()) {
            kb.synonyms().of(kind).forEach((id, names) -> names.forEach(n -> add(new Name(kind, id, n, false))));
        }
        known = new java.util.HashSet<>(words()); // a hash set rules out a missing word faster than Set.copyOf
    }

    private void add(Name name) {
        List<String> words = Tokens.of(name.text());
        if (words.isEmpty()) {
            return;
        }
        all.add(name);
        put(byKey, String.join(" ", words), name);
        String last = words.get(words.size() - 1);
        if ((last.length() > 2 || words.size() > 1) && !last.endsWith("s")) {
            List<String> plural = new ArrayList<>(words);
            plural.set(plural.size() - 1, last + "s");
            put(byKey, String.join(" ", plural), name);
        }
        for (int i = 0; i < words.size() - 1; i++) {
            // "software engineers - deep learning": the head noun of a role takes the plural mid-name
            if (HEADS.contains(words.get(i))) {
                List<String> plural = new ArrayList<>(words);
                plural.set(i, words.get(i) + "s");
                put(byKey, String.join(" ", plural), name);
            }
        }
        if (words.size() > 1) {
            put(byBag, bag(words), name);
        }
        longest = Math.max(longest, words.size());
    }

    private static void put(Map<String, List<Name>> map, String key, Name name) {
        List<Name> names = map.computeIfAbsent(key, k -> new ArrayList<>());
        if (!names.contains(name)) {
            names.add(name);
        }
    }

    /** The names written exactly with these words, in this order. */
    List<Name> exact(String key) {
        return byKey.getOrDefault(key, List.of());
    }

    /** The names written with these words in any order. */
    List<Name> anyOrder(List<String> words) {
        return byBag.getOrDefault(bag(words), List.of());
    }

    /**
     * How many words from {@code start} on are words of some name: no name, in any word order, spans more.
     */
    int knownRun(List<String> words, int start) {
        int end = start;
        while (end < words.size() && known.contains(words.get(end))) {
            end++;
        }
        return end - start;
    }

    /** The most words a name has. */
    int longest() {
        return longest;
    }

    /** Every name. */
    List<Name> all() {
        return all;
    }

    /** Every word of every name. */
    Set<String> words() {
        Set<String> words = new LinkedHashSet<>();
        byKey.keySet().forEach(k -> words.addAll(Arrays.asList(k.split(" "))));
        return words;
    }

    private static String bag(List<String> words) {
        return String.join(" ", words.stream().sorted().toList());
    }
}
