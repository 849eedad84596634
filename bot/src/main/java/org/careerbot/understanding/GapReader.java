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
     * The subject the sources lack that the question asks about, or empty. When it names a role, what it asks of
     * the role must not weigh more:
     * "an interview for a marketing analyst spot: what would that person do?" asks what the role does.
     */
    String run(List<String> words, boolean namesARole) {
        String gap = lexicon.gap(words);
        if (gap == null) {
            return "";
        }
        int aspect = Math.max(IntentRules.bestRoleAspect(lexicon, words).getValue(), lexicon.aspect("titles", words));
        return !namesARole || lexicon.gapScore(words) >= aspect ? gap : "";
    }
}
