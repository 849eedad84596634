package org.careerbot.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careerbot.knowledge.KnowledgeBase;
import org.careerbot.knowledge.SourceDoc;

/**
 * Names sources as people know them: "Workera, AI Career Pathways: Data Analyst, Deployment" rather than
 * {@code 002_4766a7e2123826a9.txt#Data Analyst}, one entry per document with its sections in order.
 */
public final class SourceNames {
    private final Map<String, String> names = new LinkedHashMap<>();

    /** Names from the knowledge's source list. */
    public SourceNames(KnowledgeBase kb) {
        for (SourceDoc doc : kb.sources()) {
            names.put(doc.file(), doc.cite() == null || doc.cite().isBlank() ? doc.title() : doc.cite());
        }
    }

    /** The credits for some citations ({@code FILE#Section}), grouped by document. */
    public List<String> credits(List<String> sources) {
        Map<String, List<String>> byDoc = new LinkedHashMap<>();
        for (String source : sources) {
            int hash = source.indexOf('#');
            String file = hash < 0 ? source : source.substring(0, hash);
            List<String> sections = byDoc.computeIfAbsent(names.getOrDefault(file, "the sources"),
                    k -> new ArrayList<>());
            if (hash >= 0 && !sections.contains(source.substring(hash + 1))) {
                sections.add(source.substring(hash + 1));
            }
        }
        List<String> out = new ArrayList<>();
        byDoc.forEach((doc, sections) -> out.add(sections.isEmpty() ? doc : doc + ": " + String.join(", ",
                sections)));
        return out;
    }
}
