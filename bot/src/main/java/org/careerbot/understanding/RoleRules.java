package org.careerbot.understanding;

import java.util.List;
import java.util.Map;
import org.careerbot.model.Entities;
import org.careerbot.model.Intent;
import org.careerbot.model.Understanding;

/** The intent of a question about one or more roles. */
final class RoleRules {
    /** A cue score that asks for an aspect on its own. */
    private static final int STRONG = 3;
    private final Lexicon lexicon;
    private final Topics topics;

    RoleRules(Lexicon lexicon, Topics topics) {
        this.lexicon = lexicon;
        this.topics = topics;
    }

    Understanding decide(Understanding u, List<String> w, Map.Entry<Intent, Integer> best) {
        Entities e = u.entities();
        int aspect = best.getValue();
        int compare = lexicon.aspect("compare", w);
        int titles = lexicon.aspect("titles", w);
        boolean same = w.contains("same") || w.contains("another");
        boolean asksWhichRole = lexicon.asksForRole(w) >= 2;
        // "statistician vs data scientist": one of the role's own titles set against it asks about the title; "the
        // research world vs the industry, to do ML research" sets no title against the role it names once
        boolean titleAgainstRole = u.titled() && compare >= 1 && e.roles().size() == 1 && namings(w) >= 2;
        if (!u.ambiguous().isEmpty() && (titles >= 2 || same) || u.titled() && (same || asksWhichRole)
                || titleAgainstRole) {
            return u.withIntent(Intent.ROLE_TITLES, 0.85);
        }
        if (e.roles().isEmpty()) {
            return u.withIntent(aspect >= 3 ? best.getKey() : Intent.ROLE_TITLES, 0.7);
        }
        if (topics.score("role.list", w) >= 4 && topics.score("role.list", w) > compare && aspect < 3) {
            return u.withIntent(Intent.ROLE_LIST, 0.7); // "are there more options than DS and MLE?"
        }
        // "which is more in demand, data scientists or ML engineers?" weighs their outlook, not their work
        int outlook = topics.score("career.outlook", w);
        if (e.roles().size() >= 2 && outlook >= 3 && outlook > compare && aspect < 3) {
            return u.withIntent(Intent.CAREER_OUTLOOK, 0.85);
        }
        if (e.roles().size() + u.ambiguous().size() >= 2 && (compare >= 1 || aspect < 3)) {
            return u.withIntent(Intent.ROLE_COMPARE, compare >= 3 ? 0.95 : 0.8);
        }
        if (topics.score("org.types", w) >= 4) {
            return u.withIntent(Intent.ORG_TYPES, 0.75);
        }
        if (topics.score("role.list", w) >= 4 && aspect < 3) {
            return u.withIntent(Intent.ROLE_LIST, 0.7);
        }
        Topics.Best advice = topics.best(w, Topics.ADVICE);
        // "do I need a PhD to become ...?" names a way in, but asks about the degree
        boolean degree = best.getKey() == Intent.ROLE_EDUCATION && GettingIn.asksForADegree(lexicon, w);
        if (advice.score() >= 3 && advice.score() > aspect && !degree) {
            return u.withIntent(advice.intent(), 0.85);
        }
        if (!e.tasks().isEmpty() && lexicon.aspect("roles", w) >= 3) {
            return u.withIntent(Intent.TASK_ROLES, 0.8);
        }
        // "what does a DS do every day, who do they work with?" asks what the role does first: its whole picture;
        // so does "what is data science? can you study it? what do data scientists do?", where no aspect is
        // asked strongly
        boolean whatItDoes = Asks.questions(u.text(), w).stream().anyMatch(RoleRules::asksWhatItDoes);
        if ((asksWhatItDoes(w) && IntentRules.nextRoleAspect(lexicon, w, Intent.ROLE_TASKS) >= STRONG
                || whatItDoes && aspect < STRONG) && !u.fromContext()) {
            return u.withIntent(Intent.ROLE_DEFINE, 0.85);
        }
        // a follow-up names only the aspect it wants ("and their team?"): one cue word is enough there
        if (aspect >= 2 || aspect >= 1 && u.fromContext()) {
            return u.withIntent(best.getKey(), Margin.confidence(aspect,
                    IntentRules.nextRoleAspect(lexicon, w, best.getKey())));
        }
        return byEntities(u, w, e);
    }

    /** How many separate names the question has (runs of masked words): "_ vs _ _" has two. */
    static int namings(List<String> w) {
        int runs = 0;
        for (int i = 0; i < w.size(); i++) {
            if (w.get(i).equals("_") && (i == 0 || !w.get(i - 1).equals("_"))) {
                runs++;
            }
        }
        return runs;
    }

    /** "What does a data scientist do", "what do ML engineers do": the question opens by asking what a role does. */
    static boolean asksWhatItDoes(List<String> w) {
        int role = w.indexOf("_");
        boolean opens = w.size() > 2 && w.get(0).equals("what") && (w.get(1).equals("does") || w.get(1).equals("do"));
        return opens && role > 1 && role < 5 && w.subList(role, Math.min(w.size(), role + 5)).contains("do");
    }

    /** No aspect cue: the other entities named say what is asked ("does a DS do deployment?"). */
    private Understanding byEntities(Understanding u, List<String> w, Entities e) {
        if (!e.tasks().isEmpty()) {
            return u.withIntent(Intent.ROLE_TASKS, 0.8);
        }
        if (!e.skills().isEmpty()) {
            return u.withIntent(Intent.ROLE_SKILLS, 0.8);
        }
        if (!e.tools().isEmpty()) {
            return u.withIntent(Intent.ROLE_TOOLS, 0.8);
        }
        if (lexicon.unsupported(w) >= 2) {
            return u.withIntent(Intent.SEARCH, 0.6);
        }
        return u.withIntent(Intent.ROLE_DEFINE, lexicon.aspect("define", w) >= 1 ? 0.9 : 0.7);
    }
}
