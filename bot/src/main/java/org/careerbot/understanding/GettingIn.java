package org.careerbot.understanding;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.careerbot.model.Intent;
import org.careerbot.model.Understanding;

/**
 * "How do I best prepare for an ML engineer role after a math PhD?", "advice on hopping from academia to a data
 * scientist job": a person names the role or field they aim for and asks how to get there. The answer is the
 * advice for that goal (its work, skills and the sources' practical tips), whatever background they describe on
 * the way. Asking whether a degree is needed ("do I need a PhD to become ...?") or whether a role fits them is
 * another question.
 */
final class GettingIn implements Reading {
    /**
     * Words that make a named degree the thing asked: "do I need a PhD", "is a master's required", "the ideal
     * academic background".
     */
    private static final Set<String> NEED = Set.of("need", "needed", "necessary", "required", "require", "must",
            "worth", "without", "mandatory", "essential", "ideal", "background");
    /** Words that ask whether a goal suits the person, not how to reach it. */
    private static final Set<String> FIT = Set.of("fit", "fits", "suit", "suits", "suited", "realistic", "possible",
            "feasible");

    private final Lexicon lexicon;

    GettingIn(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public Optional<Understanding> read(Understanding u, List<String> w) {
        if (u.goal().isEmpty() || u.entities().roles().size() > 2 || w.stream().anyMatch(FIT::contains)) {
            return Optional.empty();
        }
        // the named goal itself says where the person wants to go: it counts as one cue of advice
        int advice = lexicon.topic("career.tips", w) + 1;
        boolean degreeAsked = asksForADegree(lexicon, w);
        // "what skills do I need to become a data scientist?" asks one thing of the goal: that aspect answers it
        int aspect = IntentRules.bestRoleAspect(lexicon, w).getValue();
        int education = lexicon.aspect("education", w);
        // a degree named as background ("after my PhD") is not asked: then the best aspect but education's counts
        int asked = aspect == education && !degreeAsked
                ? IntentRules.nextRoleAspect(lexicon, w, Intent.ROLE_EDUCATION) : aspect;
        boolean gettingIn = advice >= 3 && !degreeAsked && advice > asked && advice > lexicon.asksForRole(w)
                && advice > lexicon.topic("role.recommend", w);
        // "is data science dying? is it too late to get into it?" asks about the outlook of the goal
        int outlook = lexicon.topic("career.outlook", w);
        if (gettingIn && outlook >= advice) {
            return Optional.of(u.withIntent(Intent.CAREER_OUTLOOK, 0.8));
        }
        return gettingIn ? Optional.of(u.withIntent(Intent.CAREER_TIPS, 0.85)) : Optional.empty();
    }

    /** Whether the words ask whether a degree is needed, not only name one: "do I need a PhD to ...?". */
    static boolean asksForADegree(Lexicon lexicon, List<String> w) {
        return lexicon.aspect("education", w) >= 3 && w.stream().anyMatch(NEED::contains);
    }

}
