package org.careerbot.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.careerbot.knowledge.index.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The guard that nothing is invented: every statement of the knowledge is checked against the text of the section
 * it cites ({@link KnowledgeBase#sectionTexts()}).
 *
 * <p>A statement's content words are its words of letters only, lower case, at least four letters long, minus a few
 * connective words the curators add to turn a bullet into a sentence ("Data scientists <b>handle</b> collaboration
 * and workflow using ..."). A word is found in a section when the section has it, with or without one trailing
 * "s" (the sources say "Deep Learning Engineer" where a sentence says "engineers"). With that, every statement of
 * the built-in knowledge finds all of its content words in its section; {@link #THRESHOLD} leaves room for one
 * connective in ten words, no more, so an invented clause fails.
 */
class SourceFaithfulnessTest {
    /** The share of a statement's content words its cited section must hold. */
    static final double THRESHOLD = 0.9;

    /** Words added to make sentences from bullets; they carry no claim of their own. */
    static final Set<String> CONNECTIVES = Set.of("they", "their", "them", "does", "need", "needs", "uses",
            "carry", "carries", "have", "hold", "handle", "follow");

    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private static KnowledgeBase kb;
    private static List<Claim> claims;

    /** A statement of the knowledge, where it is, and the section it cites. */
    record Claim(String where, String text, String source) {
        @Override
        public String toString() {
            return where + ": \"" + text + "\" [" + source + "]";
        }
    }

    @BeforeAll
    static void load() {
        kb = KnowledgeLoader.loadBuiltIn();
        claims = claims(kb);
    }

    // ---- the checks

    @Test
    void thereAreHundredsOfClaimsToCheckAndEveryKindIsCovered() {
        assertTrue(claims.size() > 400, "only " + claims.size() + " claims collected");
        for (String kind : List.of(".summary", ".definition", ".team", ".codeStyle", ".education",
                ".responsibilities", ".outlook", ".skillFacts", ".task", ".profile", ".tools", ".industry",
                "subtask", ".example", "skill ", "topic ")) {
            assertTrue(claims.stream().anyMatch(c -> c.where().contains(kind)), "no claim of kind " + kind);
        }
    }

    @Test
    void everyCitedSectionHasText() {
        List<String> missing = claims.stream().map(Claim::source).distinct()
                .filter(s -> kb.sectionTexts().getOrDefault(s, "").isBlank()).toList();
        assertEquals(List.of(), missing, "cited sections without text");
    }

    @Test
    void everyStatementsContentWordsAreInItsCitedSection() {
        List<String> failures = new ArrayList<>();
        claims.stream()
                .sorted(Comparator.comparingDouble(c -> coverage(c.text(), section(c))))
                .forEach(c -> {
                    double coverage = coverage(c.text(), section(c));
                    if (coverage < THRESHOLD) {
                        failures.add(String.format(Locale.ROOT, "%.2f %s, missing %s", coverage, c,
                                missingWords(c.text(), section(c))));
                    }
                });
        if (!failures.isEmpty()) {
            fail(failures.size() + " statement(s) say more than their section:\n" + String.join("\n", failures));
        }
    }

    @Test
    void titlesAppearVerbatimInTheirCitedSection() {
        List<String> failures = new ArrayList<>();
        for (Role r : kb.roles()) {
            for (Role.Title t : r.titles()) {
                if (!verbatim(t.title(), kb.sectionTexts().getOrDefault(t.source(), ""))) {
                    failures.add(r.id() + ": title '" + t.title() + "' [" + t.source() + "]");
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void industryNamesAndSubtaskNamesAppearVerbatimInTheirCitedSection() {
        List<String> failures = new ArrayList<>();
        for (Role r : kb.roles()) {
            for (Role.Industry i : r.industries()) {
                String section = kb.sectionTexts().getOrDefault(i.source(), "");
                if (!verbatim(i.name(), section) || i.detail() != null && !verbatim(i.detail(), section)) {
                    failures.add(r.id() + ": industry " + i + "");
                }
            }
        }
        for (Task t : kb.tasks()) {
            for (Task.Subtask s : t.subtasks()) {
                if (!verbatim(s.name(), kb.sectionTexts().getOrDefault(s.source(), ""))) {
                    failures.add(t.id() + ": subtask '" + s.name() + "' [" + s.source() + "]");
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void numbersInStatementsAppearInTheirCitedSection() {
        List<String> failures = new ArrayList<>();
        for (Claim c : claims) {
            Set<String> numbers = new HashSet<>();
            NUMBER.matcher(section(c)).results().forEach(m -> numbers.add(m.group()));
            Matcher m = NUMBER.matcher(c.text());
            while (m.find()) {
                if (!numbers.contains(m.group())) {
                    failures.add(m.group() + " in " + c);
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void toolsLinkedToAStatementAreNamedInIt() {
        List<String> failures = new ArrayList<>();
        for (Role r : kb.roles()) {
            for (Role.ToolGroup g : r.tools()) {
                g.tools().stream().filter(id -> !namesTool(g.text(), id))
                        .forEach(id -> failures.add(r.id() + " tool group '" + g.group() + "': " + id));
            }
        }
        for (Task t : kb.tasks()) {
            for (Task.Subtask s : t.subtasks()) {
                String text = String.join("; ", s.examples()) + "; " + s.skillsText();
                s.tools().stream().filter(id -> !namesTool(text, id))
                        .forEach(id -> failures.add("subtask " + s.id() + ": " + id));
            }
        }
        allFacts().forEach(f -> f.tools().stream().filter(id -> !namesTool(f.text(), id))
                .forEach(id -> failures.add("fact \"" + f.text() + "\": " + id)));
        assertEquals(List.of(), failures);
    }

    @Test
    void skillsLinkedToSubtasksAndProfilesAreNamedInTheirWords() {
        List<String> failures = new ArrayList<>();
        for (Task t : kb.tasks()) {
            for (Task.Subtask s : t.subtasks()) {
                s.skills().stream().filter(id -> !namesSkill(s.skillsText(), id))
                        .forEach(id -> failures.add("subtask " + s.id() + " (" + s.skillsText() + "): " + id));
            }
        }
        for (Role r : kb.roles()) {
            r.profile().stream().filter(p -> p.skill() != null && !namesSkill(p.text(), p.skill()))
                    .forEach(p -> failures.add(r.id() + " profile \"" + p.text() + "\": " + p.skill()));
        }
        assertEquals(List.of(), failures);
    }

    // ---- the measure itself can fail

    @Test
    void anInventedStatementFallsBelowTheThreshold() {
        String section = kb.sectionTexts().get("002_4766a7e2123826a9.txt#Data Analyst");
        assertTrue(coverage("Data analysts earn high salaries in healthcare and banking.", section) < THRESHOLD);
        assertTrue(coverage("Data analysts carry out data engineering, modeling and deployment tasks and "
                + "usually hold a doctorate.", section) < THRESHOLD);
        assertEquals(1.0, coverage("Data analysts carry out data engineering and business analysis tasks.", section));
    }

    @Test
    void aStatementCitingTheWrongSectionFails() {
        String scientist = kb.sectionTexts().get("002_4766a7e2123826a9.txt#Data Scientist");
        assertFalse(verbatim("risk analyst", scientist));
        assertTrue(coverage("Machine learning researchers follow updates via channels such as Twitter, Reddit, Arxiv "
                + "and conferences such as NeurIPS.", scientist) < THRESHOLD);
    }

    @Test
    void pluralsAndConnectivesAreToleratedButNothingElse() {
        assertEquals(List.of("engineer", "skills"), contentWords("They need the engineer's skills"));
        assertEquals(1.0, coverage("engineers", "Deep Learning Engineer"));
        assertEquals(0.5, coverage("engineers write", "Deep Learning Engineer"));
    }

    // ---- collecting the claims

    private static List<Claim> claims(KnowledgeBase kb) {
        List<Claim> out = new ArrayList<>();
        for (Role r : kb.roles()) {
            String at = "role " + r.id();
            fact(out, at + ".summary", r.summary());
            facts(out, at + ".definition", r.definition());
            facts(out, at + ".skillFacts", r.skillFacts());
            facts(out, at + ".team", r.team());
            facts(out, at + ".codeStyle", r.codeStyle());
            facts(out, at + ".education", r.education());
            facts(out, at + ".responsibilities", r.responsibilities());
            facts(out, at + ".outlook", r.outlook());
            r.tasks().forEach(t -> out.add(new Claim(at + ".task " + t.task(), t.text(), t.source())));
            r.profile().forEach(p -> out.add(new Claim(at + ".profile " + p.area(), p.text(), p.source())));
            r.tools().forEach(g -> out.add(new Claim(at + ".tools " + g.group(), g.group() + ": " + g.text(),
                    g.source())));
            r.titles().forEach(t -> out.add(new Claim(at + ".title", t.title(), t.source())));
            r.industries().forEach(i -> out.add(new Claim(at + ".industry", i.name()
                    + (i.detail() == null ? "" : " (" + i.detail() + ")"), i.source())));
        }
        for (Task t : kb.tasks()) {
            String at = "task " + t.id();
            fact(out, at + ".summary", t.summary());
            facts(out, at + ".description", t.description());
            facts(out, at + ".skills", t.skills());
            for (Task.Subtask s : t.subtasks()) {
                String sub = "subtask " + s.id();
                out.add(new Claim(sub + ".name", s.name(), s.source()));
                s.examples().forEach(e -> out.add(new Claim(sub + ".example", e, s.source())));
                out.add(new Claim(sub + ".skillsText", s.skillsText(), s.source()));
                if (s.note() != null) {
                    out.add(new Claim(sub + ".note", s.note(), s.source()));
                }
            }
        }
        for (Skill s : kb.skills()) {
            if (s.definition() != null) {
                fact(out, "skill " + s.id() + ".definition", s.definition());
            }
            facts(out, "skill " + s.id() + ".notes", s.notes());
        }
        kb.topics().forEach(t -> facts(out, "topic " + t.id(), t.facts()));
        return out;
    }

    private static void facts(List<Claim> out, String where, List<Fact> facts) {
        for (int i = 0; i < facts.size(); i++) {
            fact(out, where + "[" + i + "]", facts.get(i));
        }
    }

    private static void fact(List<Claim> out, String where, Fact f) {
        out.add(new Claim(where, f.label() == null ? f.text() : f.label() + ": " + f.text(), f.source()));
    }

    private static Stream<Fact> allFacts() {
        Stream.Builder<Fact> all = Stream.builder();
        kb.roles().forEach(r -> Stream.of(List.of(r.summary()), r.definition(), r.skillFacts(), r.team(),
                r.codeStyle(), r.education(), r.responsibilities(), r.outlook()).flatMap(List::stream).forEach(all));
        kb.tasks().forEach(t -> Stream.of(List.of(t.summary()), t.description(), t.skills())
                .flatMap(List::stream).forEach(all));
        kb.skills().forEach(s -> {
            if (s.definition() != null) {
                all.add(s.definition());
            }
            s.notes().forEach(all);
        });
        kb.topics().forEach(t -> t.facts().forEach(all));
        return all.build();
    }

    // ---- the measure

    private static String section(Claim c) {
        return kb.sectionTexts().getOrDefault(c.source(), "");
    }

    /** The content words of a text, in order. */
    static List<String> contentWords(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        return LETTERS.matcher(folded).results().map(java.util.regex.MatchResult::group)
                .filter(w -> w.length() >= 4 && !CONNECTIVES.contains(w)).toList();
    }

    private static String stem(String word) {
        return word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    }

    /** The share of a statement's content words that the section holds; 1 for a statement without any. */
    static double coverage(String statement, String section) {
        List<String> words = contentWords(statement);
        if (words.isEmpty()) {
            return 1.0;
        }
        return 1.0 - (double) missingWords(statement, section).size() / words.size();
    }

    private static List<String> missingWords(String statement, String section) {
        Set<String> have = contentWords(section).stream().map(SourceFaithfulnessTest::stem)
                .collect(Collectors.toSet());
        return contentWords(statement).stream().filter(w -> !have.contains(stem(w))).toList();
    }

    /** Whether a phrase is in a text, ignoring case, white space and typographic apostrophes. */
    static boolean verbatim(String phrase, String text) {
        return squeeze(text).contains(squeeze(phrase));
    }

    private static String squeeze(String s) {
        return s.replace('\u2019', '\'').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String padded(List<String> words) {
        return " " + String.join(" ", words) + " ";
    }

    /** Whether a text names a tool by its name, its id or a synonym (a plural counts: "PowerPoints"). */
    private static boolean namesTool(String text, String toolId) {
        String words = padded(Tokens.of(text));
        List<String> names = new ArrayList<>(List.of(kb.name(EntityKind.TOOL, toolId), toolId.replace('-', ' ')));
        names.addAll(kb.synonyms().tools().getOrDefault(toolId, List.of()));
        return names.stream().map(Tokens::of).filter(n -> !n.isEmpty())
                .anyMatch(n -> words.contains(padded(n)) || words.contains(padded(n).stripTrailing() + "s "));
    }

    /** Whether a text has every word of a skill's name or of one of its synonyms, in any order. */
    private static boolean namesSkill(String text, String skillId) {
        Set<String> words = new HashSet<>(Tokens.of(text));
        List<String> names = new ArrayList<>(List.of(kb.name(EntityKind.SKILL, skillId)));
        names.addAll(kb.synonyms().skills().getOrDefault(skillId, List.of()));
        return names.stream().map(Tokens::of).filter(n -> !n.isEmpty()).anyMatch(words::containsAll);
    }
}
