package org.careerbot.understanding;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careerbot.knowledge.index.Passage;
import org.careerbot.knowledge.index.PassageSearch;
import org.careerbot.knowledge.index.SearchWords;
import org.careerbot.knowledge.index.Tokens;
import org.careerbot.knowledge.index.WorkFinder;
import org.careerbot.model.Entities;
import org.careerbot.model.Intent;
import org.careerbot.model.Understanding;

/**
 * Picks the intent from what a question is about (its entities) and what it asks of them (weighted cue phrases).
 * The subject decides the family (a role, a task, a skill, a tool, or none); the cues decide the aspect. Where
 * neither is clear the question goes to search, or out of scope when nothing in it belongs to the domain.
 */
final class IntentRules {
    private static final float SEARCH_SCORE = 1.5f;
    private static final float STRONG_SEARCH_SCORE = 5.0f;
    private static final int MAX_DETAIL_FREQUENCY = 6;
    /** The cue score at which an aspect is asked rather than touched in passing. */
    private static final int ASKED = 2;

    private final Lexicon lexicon;
    private final PassageSearch passages;
    private final Topics topics;
    private final Scorer scorer;

    /** Readings that come before all else: what the sources lack, or tools weighed against each other. */
    private final List<Reading> first;
    /** Readings of a tool the sources lack or an aspect asked of no role, after a recommendation had its chance. */
    private final List<Reading> general;

    IntentRules(Lexicon lexicon, PassageSearch passages, WorkFinder work) {
        this.lexicon = lexicon;
        this.passages = passages;
        Scorer.check(lexicon::holds);
        this.topics = new Topics(lexicon);
        this.scorer = new Scorer(lexicon);
        this.first = List.of(new ChoiceBetweenTools(), new SubjectTheSourcesLack(lexicon), new RoleTheSourcesLack(),
                new SetAgainstARoleTheSourcesLack(lexicon), new GettingIn(lexicon),
                new WorkOfATask(lexicon, work));
        this.general = List.of(new ToolTheSourcesLack(),
                new AspectInGeneral(lexicon, "education", Intent.ROLE_EDUCATION),
                new AspectInGeneral(lexicon, "industries", Intent.ROLE_INDUSTRIES), new FieldsWeighed(lexicon),
                new ToolsOfAField(lexicon));
    }

    /** The intent of a question whose entities and words are known. */
    Understanding run(Understanding u) {
        List<String> w = u.words();
        Entities e = u.entities();
        if (w.isEmpty()) {
            return u.withIntent(Intent.HELP, 1);
        }
        if (lexicon.offTopic(w) >= 3) {
            return u.withIntent(Intent.OUT_OF_SCOPE, 0.8);
        }
        Optional<Understanding> special = read(first, u, w);
        if (special.isPresent()) {
            return special.get();
        }
        if (recommends(u, w)) {
            return u.withIntent(Intent.ROLE_RECOMMEND, 0.9);
        }
        special = read(general, u, w);
        if (special.isPresent()) {
            return special.get();
        }
        if (!e.roles().isEmpty() || !u.ambiguous().isEmpty()) {
            return new RoleRules(lexicon, topics).decide(u, w, bestRoleAspect(w));
        }
        // "how much math should someone dive into for an analytics role?" asks what the skill covers, whatever
        // tools and tasks it names on the way
        if (!e.skills().isEmpty() && asksHowMuch(w)) {
            return u.withIntent(Intent.SKILL_DEFINE, 0.75);
        }
        if (!e.tasks().isEmpty()) {
            return task(u, w);
        }
        // "is Matlab widely used in the ML industry?" asks about the tool; the field named is its setting
        boolean toolAsked = !e.tools().isEmpty() && !w.contains("skill") && !w.contains("skills")
                && lexicon.aspect("define", w) < 2 && !asksHowMuch(w);
        if (!e.skills().isEmpty() && !toolAsked) {
            return skill(u, w);
        }
        if (!e.tools().isEmpty()) {
            return tool(u, w);
        }
        return none(u, w);
    }

    /** The first of these readings that applies. */
    private static Optional<Understanding> read(List<Reading> readings, Understanding u, List<String> w) {
        for (Reading reading : readings) {
            Optional<Understanding> read = reading.read(u, w);
            if (read.isPresent()) {
                return read;
            }
        }
        return Optional.empty();
    }

    private boolean recommends(Understanding u, List<String> w) {
        int persona = lexicon.persona(w);
        if (persona == 0) {
            return false; // a recommendation is for a person who says something of themselves
        }
        int asks = lexicon.asksForRole(w);
        boolean comparing = u.entities().roles().size() >= 2 && lexicon.aspect("compare", w) >= 3 && persona == 0;
        // "which role is 'software engineer-data'?" asks about a title, not for advice
        boolean aboutTitle = u.titled() || !u.ambiguous().isEmpty();
        int recommend = lexicon.topic("role.recommend", w);
        int tips = lexicon.topic("career.tips", w);
        // "is ML a dying field? should I look into something else?" asks first about the field's outlook
        if (lexicon.topic("career.outlook", w) > Math.max(recommend, asks)) {
            return false;
        }
        // "how do I best prepare for an ML engineer role?" has chosen its role: it asks how to get in; "what does
        // an ML engineer do? is it the right path for me?" asks first what the role does
        if (u.entities().roles().size() == 1 && (asks < 3 && tips >= 3
                || Asks.questions(u.text(), w).stream().anyMatch(RoleRules::asksWhatItDoes))) {
            return false;
        }
        // "how much math should I learn for an analytics role?" asks how deep a skill goes, and "are PhDs really
        // required? should I go back and get one?" whether a degree is needed: not which role fits
        if (!u.entities().skills().isEmpty() && asksHowMuch(w) || GettingIn.asksForADegree(lexicon, w)) {
            return false;
        }
        return !comparing && persona >= 1 && (recommend >= 3 && !aboutTitle && recommend >= tips
                || asks >= 2 && !aboutTitle && asks + 2 >= tips || recommend >= 5 && recommend >= tips);
    }

    /** "How much math ...?": the question asks how deep a skill goes. */
    private static boolean asksHowMuch(List<String> w) {
        for (int i = 0; i + 1 < w.size(); i++) {
            if (w.get(i).equals("how") && w.get(i + 1).equals("much")) {
                return true;
            }
        }
        return false;
    }

    /** The aspects a question can ask of a role, by their cue names in the lexicon. */
    static java.util.Set<String> roleAspects() {
        return ROLE_ASPECTS;
    }

    /** The role aspects' cue names, in the order that breaks ties, worked out once. */
    private static final java.util.Set<String> ROLE_ASPECTS = java.util.Collections.unmodifiableSet(
            new java.util.LinkedHashSet<>(Intent.roleAspects().stream().map(Intent::aspect).toList()));

    /** The best of a role's aspects for these words (the catalogue's choice), role.define when none is asked. */
    static Map.Entry<Intent, Integer> bestRoleAspect(Lexicon lexicon, List<String> w) {
        Scorer.Scored best = new Scorer(lexicon).best(Intent.Needs.ROLE, w);
        return Map.entry(best.intent(), best.score());
    }

    /** The score of the runner-up among a role's aspects: how close the best one's rival came. */
    static int nextRoleAspect(Lexicon lexicon, List<String> w, Intent best) {
        Scorer scorer = new Scorer(lexicon);
        return Intent.roleAspects().stream().filter(a -> a != best).mapToInt(a -> scorer.score(a, w)).max()
                .orElse(0);
    }

    private Map.Entry<Intent, Integer> bestRoleAspect(List<String> w) {
        return bestRoleAspect(lexicon, w);
    }

    private Understanding tool(Understanding u, List<String> w) {
        // "I want to learn CUDA. Where is it used?" states a wish, and asks where the tool is used
        Topics.Best t = topics.best(Asks.words(u.text(), w), Topics.ADVICE);
        if (t.score() >= 3) {
            return u.withIntent(t.intent(), 0.8);
        }
        if (lexicon.aspect("subtasks", w) >= 2 && lexicon.aspect("roles", w) < 2) {
            return u.withIntent(Intent.SEARCH, 0.6); // "what's the pandas example in ..." asks for a detail
        }
        Scorer.Scored asked = scorer.best(Intent.Needs.TOOL, w);
        return u.withIntent(asked.intent(), asked.score() >= ASKED ? Math.max(0.9, asked.confidence()) : 0.9);
    }

    private Understanding task(Understanding u, List<String> w) {
        if (!u.entities().tools().isEmpty()) {
            return tool(u, w);
        }
        // "why ..." asks for the reasons the sources give; "what is deployment, and why is it hard?" asks first what
        // it is
        boolean whatFirst = asksWhatFirst(w);
        if (lexicon.unsupported(w) >= 3 || lexicon.why(w) >= 3 && !whatFirst) {
            return u.withIntent(Intent.SEARCH, 0.6);
        }
        Scorer.Scored asked = scorer.best(Intent.Needs.TASK, w);
        int define = lexicon.aspect("define", w);
        Topics.Best t = topics.best(w, Topics.ALL);
        if (t.score() >= 3 && t.score() > Math.max(asked.score(), define) + 1
                && (t.intent() != Intent.LIFECYCLE || t.score() >= 5)) {
            return u.withIntent(t.intent(), 0.75);
        }
        // "modeling vs data engineering": both, side by side, unless one of their aspects is asked
        if (u.entities().tasks().size() >= 2 && lexicon.aspect("compare", w) >= 3 && asked.score() < ASKED) {
            return u.withIntent(Intent.TASK_DEFINE, 0.85);
        }
        // an aspect asked (two points of cue at least) is the choice; a bare "subtasks" cue beside a detail the
        // sources hold ("what's the pandas example in ...") asks for that detail
        boolean detailAsked = asked.intent() == Intent.TASK_SUBTASKS && asked.score() < ASKED + 1
                && !u.unknown().isEmpty();
        // "what is data engineering, and how is it different from ...?" asks first what it is
        boolean whatItIs = whatFirst && asked.score() <= ASKED;
        if (asked.score() >= ASKED && !detailAsked && !whatItIs) {
            return u.withIntent(asked.intent(), Math.max(0.9, asked.confidence()));
        }
        if (lexicon.why(w) >= 3 && !whatFirst || define < 3 && !whatFirst
                && (!u.unknown().isEmpty() && detailFound(u) || namesASubtask(u))) {
            return u.withIntent(Intent.SEARCH, 0.6);
        }
        return u.withIntent(Intent.TASK_DEFINE, define >= 1 ? 0.9 : 0.7);
    }

    /** "What is (the) deployment, and ...": the question opens by asking what the entity named right there is. */
    private static boolean asksWhatFirst(List<String> w) {
        int at = w.size() > 2 && w.get(0).equals("what") && (w.get(1).equals("is") || w.get(1).equals("s")) ? 2 : -1;
        if (at > 0 && at < w.size() && (w.get(at).equals("the") || w.get(at).equals("a"))) {
            at++;
        }
        return at > 0 && at < w.size() && w.get(at).equals("_");
    }

    private Understanding skill(Understanding u, List<String> w) {
        Topics.Best t = topics.best(w, Topics.NOT_LIST);
        if (t.score() >= 3) {
            return u.withIntent(t.intent(), 0.8);
        }
        Scorer.Scored asked = scorer.best(Intent.Needs.SKILL, w);
        if (lexicon.unsupported(w) >= 3) {
            return u.withIntent(Intent.SEARCH, 0.6);
        }
        if (lexicon.topic("role.list", w) >= 4 && lexicon.aspect("roles", w) < 3) {
            return u.withIntent(Intent.ROLE_LIST, 0.7);
        }
        if (asked.score() >= ASKED) {
            return u.withIntent(asked.intent(), Math.max(0.9, asked.confidence()));
        }
        boolean namesTheSkill = w.contains("skill") || w.contains("skills");
        if (lexicon.why(w) >= 3 || !namesTheSkill && lexicon.aspect("define", w) < 2 && !u.unknown().isEmpty()
                && detailFound(u)) {
            return u.withIntent(Intent.SEARCH, 0.6);
        }
        return u.withIntent(Intent.SKILL_DEFINE, 0.8);
    }

    private Understanding none(Understanding u, List<String> w) {
        int roles = lexicon.aspect("roles", w);
        if (!u.areas().isEmpty() && roles >= 2 && (lexicon.aspect("skills", w) >= 3 || w.contains("coder"))) {
            return u.withIntent(Intent.SKILL_ROLES, 0.8);
        }
        if (lexicon.unsupported(w) >= 3) {
            return u.withIntent(Intent.SEARCH, 0.6); // in domain, but the sources hold nothing on it
        }
        Topics.Best t = topics.best(w, Topics.ALL);
        if (t.score() >= 3 || t.score() >= 2 && !(!u.unknown().isEmpty() && detailFound(u))) {
            return u.withIntent(t.intent(), t.score() >= 3 ? 0.9 : 0.6);
        }
        List<Passage> found = passages.find(u.text(), 1);
        float score = found.isEmpty() ? 0 : found.get(0).score();
        boolean domain = w.stream().anyMatch(lexicon::inDomain) || !u.unknown().isEmpty() && detailFound(u);
        // out of the domain, a strong match must also share most of the question's words ("union square" is no
        // "intersection over union")
        if (domain && score >= SEARCH_SCORE || score >= STRONG_SEARCH_SCORE && shares(u, found.get(0))) {
            return u.withIntent(Intent.SEARCH, 0.5);
        }
        return u.withIntent(Intent.OUT_OF_SCOPE, domain ? 0.5 : 0.9);
    }

    /** Whether a passage uses at least half of the question's words that carry meaning. */
    private static boolean shares(Understanding u, Passage p) {
        List<String> asked = Tokens.of(u.text()).stream().filter(x -> x.length() >= 3 && !SearchWords.STOP.contains(x))
                .map(x -> x.length() > 5 ? x.substring(0, 5) : x).distinct().toList();
        List<String> said = Tokens.of(p.about() + " " + p.text()).stream()
                .map(x -> x.length() > 5 ? x.substring(0, 5) : x).toList();
        return !asked.isEmpty() && asked.stream().filter(said::contains).count() * 2 >= asked.size();
    }

    /**
     * Whether the question names one kind of work of a task ("keep my knowledge up to date in modeling"): the
     * passage on that subtask answers it better than the task's definition. Subtask passages are about
     * "Task: Subtask"; most of the subtask's words (by their first four letters) must be in the question.
     */
    private boolean namesASubtask(Understanding u) {
        List<Passage> found = passages.find(u.text(), 1);
        if (found.isEmpty() || !found.get(0).about().contains(": ")) {
            return false;
        }
        List<String> name = Tokens.of(found.get(0).about().substring(found.get(0).about().indexOf(": ") + 2))
                .stream().filter(x -> x.length() >= 4 && !SearchWords.STOP.contains(x)).toList();
        List<String> asked = Tokens.of(u.text()).stream().map(x -> x.length() > 4 ? x.substring(0, 4) : x).toList();
        long present = name.stream().filter(x -> asked.contains(x.substring(0, 4))).count();
        return name.size() >= 2 && present * 3 >= name.size() * 2;
    }

    /**
     * Whether the question holds a detail of the sources (a word only a few passages use, such as "lifelong")
     * that retrieval finds: such a question is better answered by the passage than by a general answer.
     */
    private boolean detailFound(Understanding u) {
        List<String> details = u.unknown().stream().filter(x -> {
            int f = passages.frequency(x);
            return f >= 1 && f <= MAX_DETAIL_FREQUENCY;
        }).toList();
        if (details.isEmpty()) {
            return false;
        }
        List<Passage> found = passages.find(u.text(), 3);
        return found.stream().anyMatch(p -> details.stream()
                .anyMatch(x -> p.text().toLowerCase(java.util.Locale.ROOT).contains(x)));
    }
}
