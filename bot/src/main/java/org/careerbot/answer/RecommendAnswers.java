package org.careerbot.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.careerbot.knowledge.KnowledgeBase;
import org.careerbot.knowledge.Role;
import org.careerbot.knowledge.index.EntityFinder;

/**
 * Which roles fit a person, from what they say they like, have and would rather avoid. A role whose core tasks
 * or profile need something they would rather avoid ranks below every role that does not, and the answer says
 * so. Each suggestion is explained in one plain sentence built from the role's tasks and skills.
 */
final class RecommendAnswers {
    private static final int SHOWN = 3;
    /** Roles that would have ranked higher but for a dislike, named in the lead. */
    private static final int RULED_DOWN_NAMED = 2;
    private static final int LIKED_NAMED = 3;
    /**
     * Roles without a dislike first, then by points; at equal points the role doing fewer tasks first, as what
     * they like is more of its work.
     */
    private static final Comparator<RoleFit> BEST_FIRST = Comparator.comparing(RoleFit::ruledDown)
            .thenComparing(Comparator.comparingDouble(RoleFit::score).reversed())
            .thenComparingDouble(RoleFit::conflict)
            .thenComparingInt(f -> f.role().coreTasks().size());

    private final KnowledgeBase kb;
    private final Wishes wishes;
    private final Fits fits;

    /**
     * A recommender over the knowledge. A suggestion is explained from the role's own tasks and skills, never from
     * fragments of text that merely share the person's words; the kinds of work a person names ("building APIs")
     * count as their tasks' work.
     */
    RecommendAnswers(KnowledgeBase kb, EntityFinder finder, org.careerbot.knowledge.index.WorkFinder work) {
        this.kb = kb;
        this.wishes = new Wishes(kb, finder, work);
        this.fits = new Fits(kb);
    }

    /** The roles that fit what the text says, best first, each with the sentence that says why. */
    void recommend(Draft d, String text) {
        d.title("Roles that may fit you");
        List<Wish> said = wishes.read(text);
        List<RoleFit> all = kb.roles().stream().map(r -> fits.of(r, said)).toList();
        List<RoleFit> matching = all.stream().filter(RoleFit::matches).sorted(BEST_FIRST).toList();
        boolean avoidOnly = matching.isEmpty() && said.stream().anyMatch(Wish::dislike);
        List<RoleFit> ranked = avoidOnly ? all.stream().sorted(Comparator.comparingDouble(RoleFit::conflict)
                .thenComparing(Comparator.comparingDouble(RoleFit::score).reversed())).toList() : matching;
        if (ranked.isEmpty()) {
            tellMore(d);
            return;
        }
        List<RoleFit> shown = ranked.stream().limit(SHOWN).toList();
        List<RoleFit> lower = matching.stream().filter(RoleFit::ruledDown).filter(f -> f != shown.get(0))
                .filter(f -> f.score() >= shown.get(0).score()).limit(RULED_DOWN_NAMED).toList();
        d.lead(explain(d, shown.get(0), avoidOnly) + ruledDown(lower));
        sections(d, shown, lower, avoidOnly);
        followUps(d, shown);
    }

    /** The other suggestions, and apart from them those that need what the person would rather avoid. */
    private void sections(Draft d, List<RoleFit> shown, List<RoleFit> lower, boolean avoidOnly) {
        // a role that needs what they avoid is not "worth a look" unless every suggestion does
        List<RoleFit> worth = shown.stream().skip(1).filter(f -> !f.ruledDown() || shown.get(0).ruledDown())
                .toList();
        List<RoleFit> below = new ArrayList<>(shown.stream().skip(1).filter(f -> !worth.contains(f)).toList());
        lower.stream().filter(f -> !below.contains(f)).forEach(below::add);
        d.section("Also worth a look", worth.stream().map(f -> explain(d, f, avoidOnly)).toList());
        d.section("Ranked lower for what you'd rather avoid", below.stream().map(f -> explain(d, f, avoidOnly))
                .toList());
    }

    private static void followUps(Draft d, List<RoleFit> shown) {
        Role top = shown.get(0).role();
        d.followUp("About the " + Words.lower(top.name()), "What does " + Words.a(top.name()) + " do?",
                "role.define");
        d.followUp("Its skills", "What skills does " + Words.a(top.name()) + " need?", "role.skills");
        if (shown.size() > 1) {
            d.followUp("Compare", "Compare the " + Words.lower(top.name()) + " and the "
                    + Words.lower(shown.get(1).role().name()), "role.compare");
        }
    }

    /** One plain sentence: what the role shares with the person, what it does and needs, what it asks of them. */
    private String explain(Draft d, RoleFit f, boolean avoidOnly) {
        f.role().tasks().stream().filter(Role.RoleTask::core).forEach(t -> d.cite(t.source()));
        f.sources().forEach(d::cite);
        List<String> does = new ArrayList<>();
        does.add("does " + Words.and(f.role().coreTasks().stream().map(this::taskName).toList()));
        f.waived().stream().limit(f.ruledDown() ? 0 : 2).forEach(does::add);
        f.strengths().stream().limit(does.size() > 2 ? 0 : 1).forEach(does::add);
        String sentence;
        if (!avoidOnly && !f.liked().isEmpty()) {
            sentence = Words.capital(the(f.role())) + (f.named() ? ", which you named," : "") + " fits your "
                    + Words.and(f.liked().stream().limit(LIKED_NAMED).toList()) + ": it " + Words.and(does);
        } else if (!avoidOnly && f.named()) {
            sentence = Words.capital(the(f.role())) + " is the role you named: it " + Words.and(does);
        } else if (!f.ruledDown()) {
            sentence = Words.capital(the(f.role())) + (f.minor().isEmpty() ? " keeps clear of" : " needs little of")
                    + " what you'd rather avoid: it " + Words.and(does);
        } else {
            sentence = Words.capital(the(f.role())) + " " + Words.and(does);
        }
        if (f.ruledDown()) {
            sentence += ", but " + Words.and(f.needs()) + ", which you'd rather avoid";
        } else if (!f.minor().isEmpty()) {
            sentence += ", though " + f.minor().get(0);
        }
        return sentence + ".";
    }

    /** Roles that would have ranked first but for a dislike, and why they did not. */
    private static String ruledDown(List<RoleFit> lower) {
        if (lower.isEmpty()) {
            return "";
        }
        if (lower.size() == 1) {
            RoleFit f = lower.get(0);
            return " " + Words.capital(the(f.role())) + " ranks lower: " + Words.and(f.needs())
                    + ", which you'd rather avoid.";
        }
        String who = " " + Words.capital(Words.and(lower.stream().map(f -> the(f.role())).toList())) + " rank lower: ";
        List<String> needs = lower.get(0).needs();
        if (lower.stream().allMatch(f -> f.needs().equals(needs))) {
            return who + Words.and(needs.stream().map(RecommendAnswers::forEach).toList())
                    + ", which you'd rather avoid.";
        }
        return who + "each needs something you'd rather avoid.";
    }

    /** A clause about one role said of each of several: "it does modeling" reads "each does modeling". */
    private static String forEach(String clause) {
        return clause.startsWith("its ") ? "for each, " + clause.substring("its ".length())
                : clause.startsWith("it ") ? "each " + clause.substring("it ".length()) : clause;
    }

    /** Nothing said points to a role: what to tell the bot so that something does. */
    private void tellMore(Draft d) {
        d.lead("Tell me what you like or are good at and what you'd rather avoid, for example skills such as SQL, "
                + "statistics or software engineering, or work such as modeling, dashboards or deployment, and I "
                + "will match you to a role.");
        d.section("The roles", kb.roles().stream().map(r -> r.name() + ": " + d.use(r.summary())).toList());
        d.followUp("Roles", "What roles are there in an AI team?", "role.list");
    }

    private String taskName(String id) {
        return kb.task(id).map(t -> Words.lower(t.name())).orElse(id);
    }

    private static String the(Role r) {
        return "the " + Words.lower(r.name());
    }
}
