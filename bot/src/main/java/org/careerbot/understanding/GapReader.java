package org.careerbot.understanding;

import java.util.List;

/**
 * The stage that reads what a question asks that the sources hold nothing on (salaries, age, visas...), in its
 * masked words ("Google Colab" is a tool, not a question about Google).
 */
final class GapReader {
    /** The cue score that makes a first question a main ask of its own. */
    private static final int MAIN_ASK = 2;
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

    /**
     * The subject the sources lack that a message asks about: named in a sentence that asks, or, for a subject
     * that bears on any question (the person's age), stated anywhere. "I Googled around ..." in the background
     * asks nothing about Google.
     */
    String run(String text, List<String> words, boolean namesARole) {
        List<String> about = Asks.about(text, words);
        String asked = run(about, namesARole);
        if (!asked.isEmpty() || about == words) {
            return asked;
        }
        String stated = lexicon.backgroundGap(words);
        return stated == null ? "" : run(words, namesARole).equals(stated) ? stated : "";
    }

    /**
     * The gap again when only a further question of the message asks it, after a first question the sources
     * answer ("what hard skills do I need? Do I need certifications?"): the first is the main ask, and the answer
     * says what is missing after answering it. Empty when the gap is the main ask or there is none.
     */
    String further(String text, List<String> words, boolean namesARole, String gap) {
        if (gap.isEmpty()) {
            return "";
        }
        List<List<String>> questions = Asks.questions(text, words);
        if (questions.size() < 2 || !run(questions.get(0), namesARole).isEmpty()) {
            return "";
        }
        List<String> first = questions.get(0);
        int asked = Math.max(IntentRules.bestRoleAspect(lexicon, first).getValue(),
                Math.max(lexicon.topic("career.tips", first), lexicon.topic("career.outlook", first)));
        return asked >= MAIN_ASK ? gap : "";
    }
}
