package org.careerbot.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.careerbot.knowledge.KnowledgeBase;
import org.careerbot.knowledge.Role;
import org.careerbot.knowledge.index.EntityFinder;
import org.careerbot.knowledge.index.Mention;
import org.careerbot.knowledge.index.Passage;
import org.careerbot.knowledge.index.PassageSearch;
import org.careerbot.knowledge.index.Tokens;

/**
 * Ranks roles against what the asker says of their skills, tools and interests: each clause of the message is
 * matched against each role's tasks, skill profile and tools, and a clause that says "don't" or "hate" counts
 * against what it names. The top roles are shown with the reasons they matched and the report's next step.
 */
final class RecommendAnswers {
    private static final Pattern CLAUSES = Pattern.compile("[.;!?]|,| but | however | although | though ");
    private static final Set<String> NEGATIONS = Set.of("not", "don", "dont", "never", "hate", "dislike", "no",
            "avoid", "isn", "doesn", "can", "cannot", "without", "bad", "weak", "least");
    private static final int SHOWN = 3;

    private static final int PASSAGES = 12;
    private static final int PASSAGE_POINTS = 3;

    private final KnowledgeBase kb;
    private final EntityFinder finder;
    private final PassageSearch passages;

    RecommendAnswers(KnowledgeBase kb, EntityFinder finder, PassageSearch passages) {
        this.kb = kb;
        this.finder = finder;
        this.passages = passages;
    }

    void recommend(Draft d, String text) {
        Map<Role, Fit> fits = new LinkedHashMap<>();
        kb.roles().forEach(r -> fits.put(r, new Fit()));
        for (String clause : CLAUSES.split(" " + text.toLowerCase(Locale.ROOT) + " ")) {
            List<String> words = Tokens.of(clause);
            boolean negative = words.stream().anyMatch(NEGATIONS::contains);
            List<Mention> mentions = finder.find(Tokens.split(clause));
            fits.forEach((role, fit) -> score(role, fit, mentions, words, negative));
        }
        described(text, fits);
        List<Map.Entry<Role, Fit>> ranked = fits.entrySet().stream().filter(e -> e.getValue().score > 0)
                .sorted((a, b) -> b.getValue().score - a.getValue().score).limit(SHOWN).toList();
        d.title("Roles that may fit you");
        if (ranked.isEmpty()) {
            d.lead("Tell me more about what you are good at or enjoy (skills such as SQL, statistics or software "
                    + "engineering, or tasks such as modeling or deployment) and I can match you to a role. "
                    + "The roles are: " + Words.and(kb.roles().stream().map(r -> Words.lower(r.name())).toList())
                    + ".");
            return;
        }
        d.lead("From what you said, the closest matches are the "
                + Words.and(ranked.stream().map(e -> Words.lower(e.getKey().name())).toList()) + ".");
        for (Map.Entry<Role, Fit> e : ranked) {
            Role r = e.getKey();
            List<String> lines = new ArrayList<>();
            lines.add("Matched because " + Words.and(e.getValue().reasons.stream().distinct().limit(4).toList()) + ".");
            lines.add("The role: " + d.use(r.summary()));
            r.profile().stream().filter(p -> p.area().equals("scientific") || p.area().equals("engineering")
                            || p.area().equals("deep-learning")).findFirst()
                    .ifPresent(p -> lines.add("Next step: " + RoleAnswers.cite(d, p.text(), p.source())));
            r.skillFacts().stream().filter(f -> f.text().contains("recommend")).findFirst()
                    .ifPresent(f -> lines.add(d.use(f)));
            d.section(r.name(), lines);
            d.followUp(r.name(), "What skills does " + Words.a(r.name()) + " need?");
        }
    }

    /** What the sources say of a role that matches the asker's own words ("ship models at a start-up"). */
    private void described(String text, Map<Role, Fit> fits) {
        Map<Role, Integer> points = new LinkedHashMap<>();
        for (Passage p : passages.find(text, PASSAGES)) {
            fits.keySet().stream().filter(r -> p.about().equals(r.name()) || p.about().startsWith(r.name() + ":"))
                    .findFirst().ifPresent(r -> {
                        if (points.merge(r, 1, Integer::sum) <= PASSAGE_POINTS) {
                            fits.get(r).add(1, "the sources describe it in your words: \"" + cut(p.text()) + "\"",
                                    false);
                        }
                    });
        }
    }

    private static String cut(String s) {
        String plain = s.replace("…", "").strip();
        return plain.length() <= 90 ? plain : plain.substring(0, plain.lastIndexOf(' ', 90)) + "…";
    }

    private void score(Role r, Fit fit, List<Mention> mentions, List<String> words, boolean negative) {
        int sign = negative ? -1 : 1;
        for (Mention m : mentions) {
            String id = m.ids().get(0);
            String name = kb.name(m.kind(), id);
            switch (m.kind()) {
                case TASK -> {
                    if (r.coreTasks().contains(id)) {
                        fit.add(3 * sign, "it carries out " + Words.lower(name), negative);
                    } else if (r.someTasks().contains(id)) {
                        fit.add(sign, "some in the role take on " + Words.lower(name), negative);
                    }
                }
                case SKILL -> skill(r, fit, id, name, sign, negative);
                case TOOL -> {
                    if (r.toolIds().contains(id)) {
                        fit.add(2 * sign, "it uses " + name, negative);
                    }
                }
                case ROLE -> {
                    if (m.ids().contains(r.id())) {
                        fit.add(2 * sign, "you named it", negative);
                    }
                }
            }
        }
        r.profile().stream().filter(p -> words.contains(p.area()) || words.contains(p.area() + "s")
                        || p.area().equals("analytical") && words.contains("analysis")
                        || p.area().equals("coding") && words.contains("coding"))
                .forEach(p -> fit.add(level(p.level()) * sign, "its profile: " + Words.lower(p.text()), negative));
    }

    private void skill(Role r, Fit fit, String id, String name, int sign, boolean negative) {
        for (Role.ProfileEntry p : r.profile()) {
            if (id.equals(p.skill())) {
                boolean needless = p.level().contains("not");
                fit.add((needless ? -2 : 3) * sign, needless ? "it doesn't need " + Words.lower(name)
                        : "its profile includes " + Words.lower(name), negative == needless);
                return;
            }
        }
        boolean inTasks = kb.subtasksNeeding(id).stream().anyMatch(e -> r.coreTasks().contains(e.getKey().id()));
        boolean group = r.tools().stream().anyMatch(g -> g.group().equalsIgnoreCase(name));
        if (inTasks || group) {
            fit.add((group ? 2 : 1) * sign, "its work involves " + Words.lower(name), negative);
        }
    }

    private static int level(String level) {
        String l = level.toLowerCase(Locale.ROOT);
        return l.contains("outstanding") ? 3 : l.contains("developing") ? 1 : l.contains("not") ? -2 : 2;
    }

    /** A role's running score and the reasons for it. */
    private static final class Fit {
        private int score;
        private final List<String> reasons = new ArrayList<>();

        void add(int points, String reason, boolean hide) {
            score += points;
            if (points > 0 && !hide) {
                reasons.add(reason);
            } else if (points > 0) {
                reasons.add("you'd rather avoid what it doesn't need (" + reason.replace("it doesn't need ", "") + ")");
            }
        }
    }
}
