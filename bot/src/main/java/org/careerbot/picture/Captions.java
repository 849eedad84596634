package org.careerbot.picture;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.careerbot.answer.Words;

/**
 * What only pictures write: profile areas in titles and the source lines under every picture. English lists and
 * names are the answers' {@link Words}, so that a picture names things as its answer does.
 */
final class Captions {
    private Captions() {
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
                .collect(Collectors.groupingBy(Captions::file, LinkedHashMap::new, Collectors.counting()));
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
