package org.careerbot.understanding;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words that carry meaning in questions, kept as data ({@code understanding/lexicon.json}): cue phrases for
 * each aspect of an entity and each topic, phrases for questions the sources cannot answer, pronouns that refer
 * back, skill-profile words, in-domain words, and common words that spelling correction must leave alone.
 */
public final class Lexicon {
    private final Map<String, Cues> aspects = new LinkedHashMap<>();
    private final Map<String, Cues> topics = new LinkedHashMap<>();
    private final Cues unsupported;
    private final Cues why;
    private final List<List<String>> pronouns;
    private final Map<String, String> areas;
    private final Set<String> domain;
    private final Set<String> vocabulary = new HashSet<>();

    private Lexicon(Raw raw) {
        raw.aspects.forEach((k, v) -> aspects.put(k, new Cues(v)));
        raw.topics.forEach((k, v) -> topics.put(k, new Cues(v)));
        unsupported = new Cues(raw.unsupported);
        why = new Cues(raw.why);
        pronouns = raw.pronouns.stream().map(p -> List.of(p.split(" "))).toList();
        areas = Map.copyOf(raw.areas);
        domain = Set.copyOf(raw.domain);
        aspects.values().forEach(c -> vocabulary.addAll(c.words()));
        topics.values().forEach(c -> vocabulary.addAll(c.words()));
        vocabulary.addAll(unsupported.words());
        vocabulary.addAll(why.words());
        vocabulary.addAll(raw.domain);
        vocabulary.addAll(raw.common);
        vocabulary.addAll(raw.areas.keySet());
    }

    /** The built-in lexicon. */
    public static Lexicon load() {
        try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream("understanding/lexicon.json")) {
            if (in == null) {
                throw new IllegalStateException("understanding/lexicon.json is missing from the class path");
            }
            ObjectMapper json = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
            return new Lexicon(json.readValue(in, new TypeReference<Raw>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every word the lexicon knows: spelling correction leaves these alone and may correct towards them. */
    public Set<String> vocabulary() {
        return Set.copyOf(vocabulary);
    }

    int aspect(String name, List<String> words) {
        return aspects.get(name).score(words);
    }

    int topic(String name, List<String> words) {
        return topics.get(name).score(words);
    }

    int unsupported(List<String> words) {
        return unsupported.score(words);
    }

    int why(List<String> words) {
        return why.score(words);
    }

    boolean refersBack(List<String> words) {
        return pronouns.stream().anyMatch(p -> java.util.Collections.indexOfSubList(words, p) >= 0);
    }

    /** The skill-profile area a word names (scientific, engineering...), or null. */
    String area(String word) {
        return areas.get(word);
    }

    boolean inDomain(String word) {
        return domain.contains(word);
    }

    /** The file's shape. */
    static final class Raw {
        public Map<String, Map<String, Integer>> aspects = Map.of();
        public Map<String, Map<String, Integer>> topics = Map.of();
        public Map<String, Integer> unsupported = Map.of();
        public Map<String, Integer> why = Map.of();
        public List<String> pronouns = List.of();
        public Map<String, String> areas = Map.of();
        public List<String> domain = List.of();
        public List<String> common = List.of();
    }
}
