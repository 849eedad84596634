package org.careerbot.answer;

import java.util.List;

/** Small helpers for writing English lists and names, in answers and in the pictures that go with them. */
public final class Words {
    private Words() {
    }

    /** "a", "a and b", "a, b and c". */
    public static String and(List<String> items) {
        return join(items, "and");
    }

    /** "a", "a or b", "a, b or c". */
    static String or(List<String> items) {
        return join(items, "or");
    }

    private static String join(List<String> items, String last) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + last + " " + items.get(items.size() - 1);
    }

    /** The name with an article: "a data analyst", "an ML engineer". */
    static String a(String name) {
        boolean acronym = name.length() > 1 && Character.isUpperCase(name.charAt(1));
        if (acronym) { // "an MLOps engineer", "an NLP engineer", "a SQL developer": letters are said by name
            return ("AEFHILMNORSX".indexOf(name.charAt(0)) >= 0 && name.charAt(0) != 'S' ? "an " : "a ") + name;
        }
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return ("aeiou".indexOf(lower.charAt(0)) >= 0 ? "an " : "a ") + lower;
    }

    /** Lower-case form of a display name for use inside a sentence; acronyms ("AI infrastructure") stay. */
    public static String lower(String name) {
        boolean acronym = name.length() > 1 && Character.isUpperCase(name.charAt(1));
        return name.isEmpty() || acronym ? name
                : name.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + name.substring(1);
    }

    /** A name's identity for comparison: lower case, hyphens and extra spaces folded ("software engineer-ML"). */
    static String key(String name) {
        // one pass rather than a pattern: titles are compared by key many times an answer
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '#') {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                out.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    /** "1 subtask", "3 subtasks". */
    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** Upper-case first letter. */
    public static String capital(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + text.substring(1);
    }
}
