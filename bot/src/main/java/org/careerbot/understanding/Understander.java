package org.careerbot.understanding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.careerbot.knowledge.EntityKind;
import org.careerbot.knowledge.index.EntityFinder;
import org.careerbot.knowledge.index.Mention;
import org.careerbot.knowledge.index.PassageSearch;
import org.careerbot.knowledge.index.SearchWords;
import org.careerbot.knowledge.index.Tokens;
import org.careerbot.knowledge.index.TypoCorrector;
import org.careerbot.model.Context;
import org.careerbot.model.Entities;
import org.careerbot.model.Intent;
import org.careerbot.model.Understanding;
import org.careerbot.model.UnknownRole;
import org.careerbot.model.UnknownTool;

/**
 * Turns what people type into an {@link Understanding}: removes chat noise, corrects spelling, links entities,
 * resolves references to the conversation, then lets {@link IntentRules} pick the intent.
 */
public final class Understander {
    /** Words before a role name that make it a job title being asked about rather than the role itself. */
    private static final Set<String> TITLE_WORDS = Set.of("title", "titled", "titles", "called", "named", "listed",
            "advertised", "says", "say");
    private static final String MASK = "_";
    private static final Set<String> QUALIFIED = Set.of("team", "teams", "org", "orgs", "organization",
            "organizations", "organisation", "project", "projects", "lifecycle", "life", "department", "group",
            "world", "field", "industry", "company", "companies", "startup", "career", "careers", "space");
    /** Words after which a skill names the setting ("a data science job"); a role there stays the subject. */
    private static final Set<String> SKILL_QUALIFIED = Set.of("job", "jobs", "position", "positions", "role",
            "roles", "degree", "degrees", "bootcamp", "bootcamps", "course", "courses", "interview", "interviews",
            "certificate", "certification");

    private final EntityFinder finder;
    private final TypoCorrector typos;
    private final Lexicon lexicon;
    private final IntentRules rules;
    private final Set<String> vocabulary;
    private final Set<String> english;

    /**
     * An understander over the knowledge's indexes.
     *
     * @param finder     entity linking
     * @param typos      spelling correction
     * @param lexicon    cue phrases
     * @param passages   retrieval, to tell in-domain questions from others
     * @param vocabulary every word the bot gives meaning to (entity names, cues, common chat words)
     * @param english    other real words: never corrected, but of no meaning to the bot
     */
    public Understander(EntityFinder finder, TypoCorrector typos, Lexicon lexicon, PassageSearch passages,
                        Set<String> vocabulary, Set<String> english) {
        this.finder = finder;
        this.typos = typos;
        this.lexicon = lexicon;
        this.rules = new IntentRules(lexicon, passages);
        this.vocabulary = java.util.Collections.unmodifiableSet(new java.util.HashSet<>(vocabulary)); // fast misses
        this.english = english;
    }

    /** What a question means, in the context of its conversation. */
    public Understanding understand(String question, Context context) {
        String cleaned = ChatText.clean(question);
        List<String> typed = Tokens.split(cleaned);
        List<String> surface = corrected(typed);
        List<String> lower = surface.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        List<Lexicon.Found<UnknownRole>> unknownRoles = lexicon.unknownRoles(lower);
        List<Lexicon.Found<UnknownTool>> unknownTools = lexicon.unknownTools(lower);
        // a role the sources lack is not one they describe: "data engineer" is no software engineer here
        List<Mention> all = finder.find(surface).stream()
                .filter(m -> outside(m, unknownRoles) && outside(m, unknownTools)).toList();
        List<Mention> mentions = all.stream()
                .filter(m -> !namedAsTitle(m, lower, all) && !qualifier(m, lower) && !field(m, lower, all)).toList();
        List<String> words = masked(lower, all.stream().filter(m -> !qualifier(m, lower)).toList());
        unknownTools.forEach(f -> java.util.Collections.fill(words.subList(f.start(), f.end()), MASK));
        Entities entities = withTools(entities(mentions), mentions, unknownTools);
        List<Mention> ambiguous = mentions.stream().filter(m -> !m.unambiguous()).toList();
        boolean titled = all.stream().anyMatch(m -> m.kind() == EntityKind.ROLE && m.title() && m.unambiguous())
                || mentions.size() < all.size();
        List<String> areas = words.stream().map(lexicon::area).filter(a -> a != null).distinct().toList();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = typed.get(i).toLowerCase(Locale.ROOT);
            // in-domain words ("PCA", "augmentation") can be the detail a question asks about, cue words cannot
            boolean meaningless = !vocabulary.contains(w) && !vocabulary.contains(words.get(i))
                    || lexicon.inDomain(words.get(i));
            if (!words.get(i).equals(MASK) && w.length() >= 3 && meaningless && !SearchWords.STOP.contains(w)) {
                unknown.add(w);
            }
        }
        boolean fromContext = false;
        if (context != null && context.entities() != null && !context.entities().isEmpty()) {
            Entities resolved = FollowUps.resolve(entities, ambiguous, words, context, lexicon);
            fromContext = !resolved.equals(entities);
            entities = resolved;
        }
        List<Mention> titles = mentions.stream()
                .filter(m -> m.kind() == EntityKind.ROLE && m.title() && m.unambiguous()).toList();
        List<UnknownRole> lacking = unknownRoles.stream().map(f -> f.thing()).distinct().toList();
        List<UnknownTool> lackingTools = unknownTools.stream().map(f -> f.thing()).distinct().toList();
        String goal = lexicon.goals().find(lower, mentions);
        Understanding draft = new Understanding(Intent.SEARCH, entities, ambiguous, areas, cleaned, words, unknown,
                titled, titles, ChatText.tooLong(question), fromContext, 0,
                gap(words, !entities.roles().isEmpty(), !goal.isEmpty()), lacking, goal, lackingTools);
        return rules.decide(draft);
    }

    /**
     * What the question asks that the sources lack, read in its masked words ("Google Colab" is a tool, not a
     * question about Google). Advice asked for a named goal weighs more than a subject named on the way. When it
     * names a role, what it asks of the role must not weigh more: "an interview
     * for a marketing analyst spot: what would that person do?" asks what the role does.
     */
    private String gap(List<String> words, boolean namesARole, boolean namesAGoal) {
        String gap = lexicon.gap(words);
        if (gap == null) {
            return "";
        }
        // "people DM me on LinkedIn: how do I become a data scientist?" asks the way in, not about LinkedIn
        if (namesAGoal && lexicon.topic("career.tips", words) > lexicon.gapScore(words)) {
            return "";
        }
        int aspect = Math.max(IntentRules.bestRoleAspect(lexicon, words).getValue(), lexicon.aspect("titles", words));
        return !namesARole || lexicon.gapScore(words) >= aspect ? gap : "";
    }

    /**
     * "hired under the title 'data scientist'": a role name right after a title word, in a question that names
     * another role too, is a title being asked about, not a second subject.
     */
    private static boolean namedAsTitle(Mention m, List<String> words, List<Mention> all) {
        if (m.kind() != EntityKind.ROLE || all.stream().filter(x -> x.kind() == EntityKind.ROLE).count() < 2) {
            return false;
        }
        for (int i = Math.max(0, m.start() - 3); i < m.start(); i++) {
            if (TITLE_WORDS.contains(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "an ML team", "a DS org", "the ML project life cycle": a skill or role abbreviation that only qualifies the
     * next word is the setting of the question, not its subject.
     */
    private static boolean qualifier(Mention m, List<String> words) {
        if (m.kind() == EntityKind.TASK || m.kind() == EntityKind.TOOL || m.end() >= words.size()) {
            return false;
        }
        boolean shortName = m.end() - m.start() <= 2 && (m.kind() == EntityKind.SKILL || m.matched().length() <= 3);
        String next = words.get(m.end());
        return shortName && (QUALIFIED.contains(next) || m.kind() == EntityKind.SKILL && SKILL_QUALIFIED.contains(next));
    }

    /**
     * "How important is mathematics in machine learning?": a skill right after "skill in" or "skill for" is the
     * field the question is set in, not a second subject.
     */
    private static boolean field(Mention m, List<String> words, List<Mention> all) {
        boolean setting = m.kind() == EntityKind.SKILL && m.start() > 0
                && Set.of("in", "for").contains(words.get(m.start() - 1));
        return setting && all.stream().anyMatch(o -> o.kind() == EntityKind.SKILL && o.end() == m.start() - 1);
    }

    /** Words of role, task and tool names become {@code _}: "software engineer" must not count as "software". */
    private static List<String> masked(List<String> words, List<Mention> mentions) {
        List<String> out = new ArrayList<>(words);
        for (Mention m : mentions) {
            if (m.kind() != EntityKind.SKILL) {
                for (int i = m.start(); i < m.end(); i++) {
                    out.set(i, MASK);
                }
            }
        }
        return out;
    }

    private List<String> corrected(List<String> surface) {
        List<String> out = new ArrayList<>(surface.size());
        for (String word : surface) {
            String lower = word.toLowerCase(Locale.ROOT);
            out.add(vocabulary.contains(lower) || english.contains(lower) ? word : typos.correct(lower));
        }
        return out;
    }

    private static boolean outside(Mention m, List<? extends Lexicon.Found<?>> found) {
        return found.stream().noneMatch(f -> m.start() < f.end() && f.start() < m.end());
    }

    /**
     * The tools in the order the question names them, those the sources lack among them ("Tableau or Power BI?"
     * is about both): the answer contract lists what the question is about, not only what the sources know.
     */
    private static Entities withTools(Entities e, List<Mention> mentions, List<Lexicon.Found<UnknownTool>> lacking) {
        if (lacking.isEmpty()) {
            return e;
        }
        java.util.TreeMap<Integer, String> byPlace = new java.util.TreeMap<>();
        mentions.stream().filter(m -> m.kind() == EntityKind.TOOL && m.unambiguous())
                .forEach(m -> byPlace.putIfAbsent(m.start(), m.ids().get(0)));
        lacking.forEach(f -> byPlace.putIfAbsent(f.start(), f.thing().id()));
        return new Entities(e.roles(), e.tasks(), e.skills(), List.copyOf(new LinkedHashSet<>(byPlace.values())));
    }

    private static Entities entities(List<Mention> mentions) {
        return new Entities(ids(mentions, EntityKind.ROLE), ids(mentions, EntityKind.TASK),
                ids(mentions, EntityKind.SKILL), ids(mentions, EntityKind.TOOL));
    }

    private static List<String> ids(List<Mention> mentions, EntityKind kind) {
        Set<String> ids = new LinkedHashSet<>();
        mentions.stream().filter(m -> m.kind() == kind && m.unambiguous()).forEach(m -> ids.add(m.ids().get(0)));
        return List.copyOf(ids);
    }
}
