package org.careerbot.understanding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.careerbot.knowledge.EntityKind;
import org.careerbot.knowledge.index.EntityFinder;
import org.careerbot.knowledge.index.Mention;
import org.careerbot.knowledge.index.SearchWords;
import org.careerbot.model.Entities;
import org.careerbot.model.UnknownRole;
import org.careerbot.model.UnknownTool;

/**
 * The stage that finds what a question is about: the roles, tasks, skills and tools it names (and those the
 * sources lack), the titles used for roles, the goal a person names, and the words that carry its ask once entity
 * names are masked.
 */
final class EntityLinker {
    /** Words before a role name that make it a job title being asked about rather than the role itself. */
    private static final Set<String> TITLE_WORDS = Set.of("title", "titled", "titles", "called", "named", "listed",
            "advertised", "says", "say");
    static final String MASK = "_";
    private static final Set<String> QUALIFIED = Set.of("team", "teams", "org", "orgs", "organization",
            "organizations", "organisation", "project", "projects", "lifecycle", "life", "department", "group",
            "world", "field", "industry", "company", "companies", "startup", "career", "careers", "space");
    /** Words after which a skill names the setting ("a data science job"); a role there stays the subject. */
    private static final Set<String> SKILL_QUALIFIED = Set.of("job", "jobs", "position", "positions", "role",
            "roles", "degree", "degrees", "bootcamp", "bootcamps", "course", "courses", "interview", "interviews",
            "certificate", "certification");

    private final EntityFinder finder;
    private final Lexicon lexicon;
    private final Cleaner cleaner;

    EntityLinker(EntityFinder finder, Lexicon lexicon, Cleaner cleaner) {
        this.finder = finder;
        this.lexicon = lexicon;
        this.cleaner = cleaner;
    }

    /** What the cleaned question names, and its masked words. */
    Linked run(Cleaner.Cleaned c) {
        List<String> lower = c.lower();
        List<Lexicon.Found<UnknownRole>> lacking = lexicon.unknownRoles(lower);
        List<Lexicon.Found<UnknownTool>> unknownTools = lexicon.unknownTools(lower);
        // a role the sources lack is not one they describe: "data engineer" is no software engineer here
        List<Mention> all = finder.find(c.surface()).stream()
                .filter(m -> outside(m, lacking) && outside(m, unknownTools)).toList();
        List<Mention> mentions = all.stream()
                .filter(m -> !namedAsTitle(m, lower, all) && !qualifier(m, lower) && !field(m, lower, all)).toList();
        // "I work as an AI engineer; does CUDA open doors?" asks about CUDA: a role the sources lack that is only
        // the person's present work is no subject when the question names one the sources have
        List<Lexicon.Found<UnknownRole>> unknownRoles = mentions.isEmpty() ? lacking
                : lacking.stream().filter(f -> !lexicon.goals().background(lower, f.start())).toList();
        List<String> words = masked(lower, all.stream().filter(m -> !qualifier(m, lower)).toList());
        unknownTools.forEach(f -> java.util.Collections.fill(words.subList(f.start(), f.end()), MASK));
        boolean titled = all.stream().anyMatch(m -> m.kind() == EntityKind.ROLE && m.title() && m.unambiguous())
                || mentions.size() < all.size();
        return new Linked(withTools(entities(mentions), mentions, unknownTools),
                mentions.stream().filter(m -> !m.unambiguous()).toList(), words, unknown(c.typed(), words),
                words.stream().map(lexicon::area).filter(a -> a != null).distinct().toList(), titled,
                mentions.stream().filter(m -> m.kind() == EntityKind.ROLE && m.title() && m.unambiguous()).toList(),
                unknownRoles.stream().map(f -> f.thing()).distinct().toList(),
                unknownTools.stream().map(f -> f.thing()).distinct().toList(), lexicon.goals().find(lower, mentions));
    }

    /** Words the bot has no meaning for: the details a question asks about, which retrieval answers best. */
    private List<String> unknown(List<String> typed, List<String> words) {
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = typed.get(i).toLowerCase(Locale.ROOT);
            // in-domain words ("PCA", "augmentation") can be the detail a question asks about, cue words cannot
            boolean meaningless = !cleaner.known(w) && !cleaner.known(words.get(i)) || lexicon.inDomain(words.get(i));
            if (!words.get(i).equals(MASK) && w.length() >= 3 && meaningless && !SearchWords.STOP.contains(w)) {
                unknown.add(w);
            }
        }
        return unknown;
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

    /**
     * What a question names.
     *
     * @param entities     the entities it names, by id, in question order (tools the sources lack among them)
     * @param ambiguous    titles that several roles share
     * @param words        its lower-case words with role, task and tool names masked as {@link #MASK}
     * @param unknown      words the bot has no meaning for
     * @param areas        skill-profile areas named without a skill
     * @param titled       whether a role was named by another of its titles
     * @param titles       the titles used for roles
     * @param unknownRoles roles the sources do not describe
     * @param unknownTools tools the sources do not name
     * @param goal         the role or field named as the person's goal, or empty
     */
    record Linked(Entities entities, List<Mention> ambiguous, List<String> words, List<String> unknown,
                  List<String> areas, boolean titled, List<Mention> titles, List<UnknownRole> unknownRoles,
                  List<UnknownTool> unknownTools, String goal) {
    }
}
