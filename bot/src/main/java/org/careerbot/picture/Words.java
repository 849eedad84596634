package org.careerbot.picture;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** English lists and names for titles and alt texts, and the source lines under every picture. */
final class Words {
    private Words() {
    }

    /** "a", "a and b", "a, b and c". */
    static String and(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** A display name inside a sentence: "data scientist", but "AI infrastructure" keeps its acronym. */
    static String lower(String name) {
        boolean acronym = name.length() > 1 && Character.isUpperCase(name.charAt(1));
        return name.isEmpty() || acronym ? name : name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
    }

    /** Upper-case first letter. */
    static String capital(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    /** A profile area as words: "query-languages" reads "query languages". */
    static String area(String area) {
        return area.replace('-', ' ');
    }

    /**
     * The source files of some citations ({@code FILE#Section}), the one with the most cited sections first, then by
     * name: a picture of the whole knowledge names its documents, not each of their sections.
     */
    static String files(Collection<String> citations) {
        Map<String, Long> counts = citations.stream().distinct()
                .collect(Collectors.groupingBy(Words::file, LinkedHashMap::new, Collectors.counting()));
        return counts.keySet().stream()
                .sorted(Comparator.comparing((String f) -> -counts.get(f)).thenComparing(Function.identity()))
                .collect(Collectors.joining(", "));
    }

    /** The distinct citations, in order. */
    static String citations(Collection<String> citations) {
        return citations.stream().distinct().collect(Collectors.joining(", "));
    }

    private static String file(String citation) {
        int hash = citation.indexOf('#');
        return hash < 0 ? citation : citation.substring(0, hash);
    }
}
