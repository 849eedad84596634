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
import org.careerbot.model.UnknownRole;
import org.careerbot.model.UnknownTool;

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
    private final Cues askRole;
    private final Cues persona;
    private final Cues offTopic;
    private final List<List<String>> pronouns;
    private final Map<String, String> areas;
    private final Set<String> domain;
    private final Set<String> vocabulary = new HashSet<>();
    private final Set<String> english;
    private final Map<String, Cues> gaps = new LinkedHashMap<>();
    /** Any gap phrase's first word: a question with none of them asks about no gap. */
    private final Cues gapStarts;
    private final Map<String, String> gapsRelated;
    /** Subjects the sources lack that count when the person only states them ("I am 40 years old. ..."). */
    private final Set<String> gapsInBackground;
    private final Map<List<String>, UnknownRole> unknownRoles = new LinkedHashMap<>();
    private final Map<List<String>, UnknownTool> unknownTools = new LinkedHashMap<>();
    private final Goals goals;

    private Lexicon(Raw raw, Set<String> english) {
        this.english = english;
        raw.aspects.forEach((k, v) -> aspects.put(k, new Cues(v)));
        raw.topics.forEach((k, v) -> topics.put(k, new Cues(v)));
        unsupported = new Cues(raw.unsupported);
        why = new Cues(raw.why);
        askRole = new Cues(raw.askRole);
        persona = new Cues(raw.persona);
        offTopic = new Cues(raw.offtopic);
        pronouns = raw.pronouns.stream().map(p -> List.of(p.split(" "))).toList();
        areas = Map.copyOf(raw.areas);
        domain = Set.copyOf(raw.domain);
        aspects.values().forEach(c -> vocabulary.addAll(c.words()));
        topics.values().forEach(c -> vocabulary.addAll(c.words()));
        vocabulary.addAll(unsupported.words());
        vocabulary.addAll(why.words());
        vocabulary.addAll(askRole.words());
        vocabulary.addAll(persona.words());
        vocabulary.addAll(offTopic.words());
        vocabulary.addAll(raw.domain);
        vocabulary.addAll(raw.common);
        vocabulary.addAll(raw.areas.keySet());
        raw.gaps.forEach((k, v) -> gaps.put(k, new Cues(v)));
        // the first word of every gap phrase: most questions hold none, and then no gap need be scored
        Map<String, Integer> starts = new java.util.HashMap<>();
        raw.gaps.values().forEach(v -> v.keySet().forEach(phrase -> starts.put(phrase.split(" ")[0], 1)));
        gapStarts = new Cues(starts);
        gaps.values().forEach(c -> vocabulary.addAll(c.words()));
        gapsRelated = Map.copyOf(raw.gapsRelated);
        gapsInBackground = Set.copyOf(raw.gapsInBackground);
        goals = new Goals(Set.copyOf(raw.goals.getOrDefault("aims", List.of())),
                Set.copyOf(raw.goals.getOrDefault("leaving", List.of())),
                Set.copyOf(raw.goals.getOrDefault("after", List.of())),
                Set.copyOf(raw.goals.getOrDefault("qualified", List.of())),
                Set.copyOf(raw.goals.getOrDefault("present", List.of())));
        raw.goals.forEach((k, v) -> {
            if (!k.equals("present")) {
                vocabulary.addAll(v);
            }
        });
        // longer names first, so that "ml platform engineer" is found before the "platform engineer" inside it
        longestFirst(raw.unknownRoles, unknownRoles);
        longestFirst(raw.unknownTools, unknownTools);
    }

    /** Names by their words, longer names first, so that "ml platform engineer" is found before "platform engineer". */
    private <T> void longestFirst(Map<String, T> raw, Map<List<String>, T> into) {
        raw.entrySet().stream().sorted((a, b) -> b.getKey().split(" ").length - a.getKey().split(" ").length)
                .forEach(e -> {
                    into.put(List.of(e.getKey().split(" ")), e.getValue());
                    vocabulary.addAll(List.of(e.getKey().split(" ")));
                });
    }

    /** The built-in lexicon. */
    public static Lexicon load() {
        try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream("understanding/lexicon.json")) {
            if (in == null) {
                throw new IllegalStateException("understanding/lexicon.json is missing from the class path");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A lexicon from its JSON; a cue phrase written twice in one set is refused. */
    static Lexicon read(InputStream in) throws IOException {
        // a cue phrase written twice would silently keep only its last weight: refuse it
        ObjectMapper json = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        return new Lexicon(json.readValue(in, new TypeReference<Raw>() { }), readEnglish());
    }

    /** A plain English word list: real words are never "corrected", however close to a known term. */
    private static Set<String> readEnglish() throws IOException {
        try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream("understanding/english-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("understanding/english-words.txt is missing from the class path");
            }
            // a hash set: every word of every question is looked up here, and most are not in it
            return java.util.Collections.unmodifiableSet(new HashSet<>(new String(in.readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8).lines().map(String::strip).filter(w -> !w.isEmpty())
                    .toList()));
        }
    }

    /** English words that are not the lexicon's: known, but never a target of correction. */
    public Set<String> english() {
        return english;
    }

    /** Every word the lexicon knows: spelling correction leaves these alone and may correct towards them. */
    public Set<String> vocabulary() {
        return Set.copyOf(vocabulary);
    }

    /**
     * The scores of the question being read, per thread: its rules ask for the same cue sets of the same words
     * again and again (the words are one list, compared by identity).
     */
    private final ThreadLocal<Memo> memo = ThreadLocal.withInitial(Memo::new);

    private int scored(Cues cues, List<String> words) {
        Memo m = memo.get();
        if (m.words != words) {
            m.words = words;
            m.scores.clear();
        }
        Integer known = m.scores.get(cues);
        if (known != null) {
            return known;
        }
        int score = cues.score(words);
        m.scores.put(cues, score);
        return score;
    }

    /** The words last scored on a thread and their scores by cue set. */
    private static final class Memo {
        private List<String> words;
        private final Map<Cues, Integer> scores = new java.util.IdentityHashMap<>();
    }

    /** Whether the lexicon holds a cue set, named as the catalogue names it ({@code aspect:tools}). */
    boolean holds(String cue) {
        String name = cue.substring(cue.indexOf(':') + 1);
        return cue.startsWith("aspect:") ? aspects.containsKey(name) : topics.containsKey(name);
    }

    int aspect(String name, List<String> words) {
        return scored(aspects.get(name), words);
    }

    int topic(String name, List<String> words) {
        return scored(topics.get(name), words);
    }

    int unsupported(List<String> words) {
        return scored(unsupported, words);
    }

    int why(List<String> words) {
        return scored(why, words);
    }

    /** How strongly the words ask which role to choose ("which role fits", "what should I aim for"). */
    int asksForRole(List<String> words) {
        return scored(askRole, words);
    }

    /** How strongly the words speak of a person (I, my mentee, someone who). */
    int persona(List<String> words) {
        return scored(persona, words);
    }

    /** How strongly the words ask for something no career source holds (code, jokes, the weather). */
    int offTopic(List<String> words) {
        return scored(offTopic, words);
    }

    boolean refersBack(List<String> words) {
        return pronouns.stream().anyMatch(p -> java.util.Collections.indexOfSubList(words, p) >= 0);
    }

    /**
     * What the question asks that the sources hold nothing on (salaries, age, visas...), or null: the subject
     * whose cues score highest, if they are decisive.
     */
    String gap(List<String> words) {
        if (scored(gapStarts, words) == 0) {
            return null;
        }
        String best = null;
        int bestScore = 2;
        for (Map.Entry<String, Cues> g : gaps.entrySet()) {
            int score = scored(g.getValue(), words);
            if (score > bestScore) {
                best = g.getKey();
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * A subject the sources lack that bears on a question when the person only states it (their age), if the
     * words state one decisively; null otherwise. Only those subjects are scored.
     */
    String backgroundGap(List<String> words) {
        for (String g : gapsInBackground) {
            Cues cues = gaps.get(g);
            if (cues != null && scored(cues, words) > 2) {
                return g;
            }
        }
        return null;
    }

    /** How strongly the words ask about a subject the sources lack: the best gap's score. */
    int gapScore(List<String> words) {
        return gaps.values().stream().mapToInt(c -> scored(c, words)).max().orElse(0);
    }

    /** What related thing the sources do say for a gap: "outlook", "tips", "skills", "industries" or "". */
    public String gapRelated(String gap) {
        return gapsRelated.getOrDefault(gap, "");
    }

    /**
     * Roles the sources do not describe, named in the words (lower case, unmasked), each with the span it takes;
     * longer names win over the shorter names inside them ("ml platform engineer" over "platform engineer").
     */
    List<Found<UnknownRole>> unknownRoles(List<String> words) {
        return find(unknownRoles, words);
    }

    /** Tools the sources do not name ("power bi", "spark"), found as {@link #unknownRoles} are. */
    List<Found<UnknownTool>> unknownTools(List<String> words) {
        return find(unknownTools, words);
    }

    private static <T> List<Found<T>> find(Map<List<String>, T> names, List<String> words) {
        List<Found<T>> out = new java.util.ArrayList<>();
        boolean[] taken = new boolean[words.size()];
        // most questions name none: a look-up of each name's last word among the question's words rules it out
        Set<String> present = new HashSet<>(words);
        for (Map.Entry<List<String>, T> e : names.entrySet()) {
            List<String> name = e.getKey();
            if (!present.contains(name.get(name.size() - 1))) {
                continue;
            }
            int at = java.util.Collections.indexOfSubList(words, name);
            if (at >= 0 && !taken[at] && !taken[at + name.size() - 1]) {
                java.util.Arrays.fill(taken, at, at + name.size(), true);
                out.add(new Found<>(e.getValue(), at, at + name.size()));
            }
        }
        return out;
    }

    /**
     * Something the sources lack, found in a question.
     *
     * @param thing what was found
     * @param start its first word
     * @param end   the word after its last
     * @param <T>   what kind of thing
     */
    record Found<T>(T thing, int start, int end) {
    }

    /** What a person names as the role or field they aim for. */
    Goals goals() {
        return goals;
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
        public Map<String, Integer> askRole = Map.of();
        public Map<String, Integer> persona = Map.of();
        public Map<String, Integer> offtopic = Map.of();
        public List<String> pronouns = List.of();
        public Map<String, String> areas = Map.of();
        public List<String> domain = List.of();
        public List<String> common = List.of();
        public Map<String, Map<String, Integer>> gaps = Map.of();
        public Map<String, String> gapsRelated = Map.of();
        public List<String> gapsInBackground = List.of();
        public Map<String, UnknownRole> unknownRoles = Map.of();
        public Map<String, UnknownTool> unknownTools = Map.of();
        public Map<String, List<String>> goals = Map.of();
    }
}
