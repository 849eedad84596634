package org.careerbot.knowledge.index;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The one way text is cut into words, shared by entity names and questions so that both meet on the same
 * tokens: lower case, accents folded, words of letters, digits, {@code +} and {@code #} (so C++ and C# survive).
 */
public final class Tokens {
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

    private Tokens() {
    }

    /** The words of a text, lower case. */
    public static List<String> of(String text) {
        return split(text).stream().map(w -> w.toLowerCase(java.util.Locale.ROOT)).toList();
    }

    /** The words of a text as typed (case kept), cut exactly as {@link #of} cuts them. */
    public static List<String> split(String text) {
        String folded = ascii(text) ? text // nothing to fold: most text is plain ASCII
                : MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            boolean part = c < 128 && (Character.isLetterOrDigit(c) || (c == '+' || c == '#') && word.length() > 0);
            if (part) {
                word.append(c);
            } else {
                flush(word, out);
            }
        }
        flush(word, out);
        return out;
    }

    /** The words of a text joined by single spaces: the key under which a name is looked up. */
    public static String key(String text) {
        return String.join(" ", of(text));
    }

    /** How many words {@link #split} cuts from a text, without cutting them: counting is all some callers need. */
    public static int count(String text) {
        if (!ascii(text)) {
            return split(text).size();
        }
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean part = Character.isLetterOrDigit(c) || (c == '+' || c == '#') && in;
            n += part && !in ? 1 : 0;
            in = part;
        }
        return n;
    }

    private static boolean ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    private static void flush(StringBuilder word, List<String> out) {
        if (word.length() > 0) {
            out.add(word.toString());
            word.setLength(0);
        }
    }
}
