package org.careerbot.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Splits a source text into its sections, as {@code sources.json} marks them. */
final class SourceTexts {
    private SourceTexts() {
    }

    /**
     * The text of each section of a document, keyed by citation ({@code FILE#Section}).
     *
     * @param doc      the document's description
     * @param text     its full text
     * @param file     the file the description came from, for problems
     * @param problems where a start or end line that cannot be found is reported
     */
    static Map<String, String> sections(SourceDoc doc, String text, String file, List<Problem> problems) {
        List<String> lines = text.lines().toList();
        List<Integer> starts = new ArrayList<>();
        int from = 0;
        for (SourceDoc.Section section : doc.sections()) {
            int at = find(lines, section.start(), from);
            if (at < 0) {
                problems.add(new Problem(file, "source '" + doc.file() + "'",
                        "section '" + section.name() + "' starts at a line that is not in the text (after the "
                                + "previous section): " + section.start()));
                return Map.of();
            }
            starts.add(at);
            from = at + 1;
        }
        int end = doc.end() == null ? lines.size() : find(lines, doc.end(), from);
        if (end < 0) {
            problems.add(new Problem(file, "source '" + doc.file() + "'", "end line not found: " + doc.end()));
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < starts.size(); i++) {
            int stop = i + 1 < starts.size() ? starts.get(i + 1) : end;
            String body = String.join("\n", lines.subList(starts.get(i), stop)).strip();
            out.put(doc.file() + "#" + doc.sections().get(i).name(), body);
        }
        return out;
    }

    /** White space folded, as {@code sources.json} promises. */
    static String fold(String s) {
        return s.replaceAll("[\\s\\u00a0\\u2000-\\u200b\\u3000]+", " ").strip();
    }

    private static int find(List<String> lines, String marker, int from) {
        String wanted = fold(marker);
        for (int i = from; i < lines.size(); i++) {
            if (fold(lines.get(i)).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }
}
