package org.careerbot.answer;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.careerbot.knowledge.index.SearchWords;
import org.careerbot.knowledge.index.Tokens;

/**
 * "Explain the bias-variance tradeoff": a request to explain a concept that the sources only name, as an item of
 * a list ("statistics (including hypothesis testing, bias/variance tradeoffs, ...)"). Quoting the list as if it
 * were the explanation would pass a mention off as an answer; the honest answer says the sources name it only.
 */
final class NamedOnly {
    private static final Pattern EXPLAIN = Pattern.compile("(?is)^\\W*(can you |could you |please |pls )?"
            + "(explain|define|describe|what('s| is| are)|whats|how does .* work|what does .* mean)\\b.*");
    private static final Pattern USE = Pattern.compile("(?i)\\b(used?|using|uses|useful|where|who|which)\\b");
    /** Words of the request itself, not of the concept. */
    private static final Set<String> ASKING = Set.of("explain", "define", "describe", "concept", "meaning", "mean",
            "means", "work", "works", "significance", "simple", "terms", "please");
    /** Words that open a list of examples inside a sentence. */
    private static final List<String> LIST_OPENERS = List.of("including", "such as", "e.g.", "for example",
            "for instance", "like ");
    /** How far after a list opener an item may stand and still be one of its items. */
    private static final int LIST_REACH = 120;

    private NamedOnly() {
    }

    /** Whether the question asks what a concept is ("explain X", "what is X"), not what it is used for. */
    static boolean asksToExplain(String question) {
        // "what is PCA used for?" asks for its use, which the list's sentence may well give
        return EXPLAIN.matcher(question).matches() && !USE.matcher(question).find();
    }

    /** Whether the question asks to explain something that the passage names only as an item of a list. */
    static boolean in(String question, String passage) {
        if (!asksToExplain(question)) {
            return false;
        }
        String text = passage.toLowerCase(Locale.ROOT);
        int at = -1;
        for (String w : Tokens.of(question)) {
            String word = w.toLowerCase(Locale.ROOT);
            if (word.length() >= 4 && !SearchWords.STOP.contains(word) && !ASKING.contains(word)) {
                int i = text.indexOf(word.length() > 5 ? word.substring(0, 5) : word);
                if (i >= 0 && (at < 0 || i < at)) {
                    at = i;
                }
            }
        }
        return at >= 0 && (insideParentheses(text, at) || afterListOpener(text, at));
    }

    private static boolean insideParentheses(String text, int at) {
        int depth = 0;
        for (int i = 0; i < at; i++) {
            depth += text.charAt(i) == '(' ? 1 : text.charAt(i) == ')' ? -1 : 0;
        }
        return depth > 0;
    }

    private static boolean afterListOpener(String text, int at) {
        int clause = Math.max(text.lastIndexOf(". ", at), text.lastIndexOf(';', at));
        String before = text.substring(Math.max(clause + 1, at - LIST_REACH), at);
        return LIST_OPENERS.stream().anyMatch(before::contains);
    }
}
