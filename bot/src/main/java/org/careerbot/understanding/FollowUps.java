package org.careerbot.understanding;

import java.util.ArrayList;
import java.util.List;
import org.careerbot.knowledge.index.Mention;
import org.careerbot.model.Context;
import org.careerbot.model.Entities;

/**
 * Resolves a follow-up against the conversation: "and what tools do they use?" takes the last roles; "compare it
 * with a data analyst" adds the last role to the new one. A question that names its own subject is left alone.
 */
final class FollowUps {
    private FollowUps() {
    }

    static Entities resolve(Entities now, List<Mention> ambiguous, List<String> words, Context context,
                            Lexicon lexicon) {
        Entities last = context.entities();
        boolean refers = lexicon.refersBack(words);
        boolean bare = now.isEmpty() && ambiguous.isEmpty();
        if (bare && (refers || asksAnAspect(words, lexicon) && elliptic(words))) {
            return last;
        }
        boolean compares = lexicon.aspect("compare", words) >= 3 || words.contains("with") && refers;
        if (now.roles().size() == 1 && last.roles().size() >= 1 && refers && compares
                && !last.roles().contains(now.roles().get(0))) {
            List<String> roles = new ArrayList<>(last.roles().subList(0, 1));
            roles.addAll(now.roles());
            return new Entities(roles, now.tasks(), now.skills(), now.tools());
        }
        if (now.roles().isEmpty() && refers && !last.roles().isEmpty() && ambiguous.isEmpty()) {
            return new Entities(last.roles(), now.tasks(), now.skills(), now.tools());
        }
        return now;
    }

    /**
     * Whether a question without a subject continues the conversation: it opens as a continuation ("and ...",
     * "what about ...") or is a bare aspect of a few words ("skills?"). "What programming language should I learn
     * first" has no subject, but stands on its own.
     */
    private static boolean elliptic(List<String> words) {
        if (words.size() <= 3) {
            return true;
        }
        String first = words.get(0);
        String two = first + " " + words.get(1);
        return first.equals("and") || first.equals("also") || first.equals("then") || two.equals("what about")
                || two.equals("how about") || two.equals("what of");
    }

    /** Short questions that only name an aspect ("skills?", "what about education") follow the last subject. */
    private static boolean asksAnAspect(List<String> words, Lexicon lexicon) {
        if (words.size() > 8) {
            return false;
        }
        for (String aspect : IntentRules.roleAspects()) {
            if (lexicon.aspect(aspect, words) >= 3) {
                return true;
            }
        }
        return false;
    }
}
