package org.careerbot.understanding;

import java.util.List;

/**
 * The stage that reads what a question asks that the sources hold nothing on (salaries, age, visas...), in its
 * masked words ("Google Colab" is a tool, not a question about Google).
 */
final class GapReader {
    private final Lexicon lexicon;

    GapReader(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The subject the sources lack that the question asks about, or empty. Advice asked for a named goal weighs
     * more than a subject named on the way. When it names a role, what it asks of the role must not weigh more:
     * "an interview for a marketing analyst spot: what would that person do?" asks what the role does.
     */
    String run(List<String> words, boolean namesARole, boolean namesAGoal) {
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
}
