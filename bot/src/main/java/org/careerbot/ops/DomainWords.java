package org.careerbot.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.careerbot.knowledge.KnowledgeBase;
import org.careerbot.knowledge.index.Tokens;

/**
 * The words the knowledge itself uses: the names, ids, titles and synonyms of roles, tasks, skills and tools, and
 * the words of the curated facts. A gaps-log topic keeps only these when the question's text is not kept, so that
 * a name, an e-mail address or a number in a question never reaches the log. Built on first use, not at start.
 */
public final class DomainWords implements Predicate<String> {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Fields that hold citations, not words. */
    private static final String SOURCE = "source";

    private final KnowledgeBase kb;
    private volatile Set<String> words;

    /** The words of this knowledge. */
    public DomainWords(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** Whether a word (lower case, singular as {@link Gist} makes it) is one the knowledge uses. */
    @Override
    public boolean test(String word) {
        Set<String> known = words;
        if (known == null) {
            known = collect();
            words = known;
        }
        return known.contains(word);
    }

    private Set<String> collect() {
        Set<String> out = new HashSet<>();
        // the curated files only: the source texts hold their authors' and publishers' names
        Map<String, Object> curated = Map.of("roles", kb.roles(), "tasks", kb.tasks(), "skills", kb.skills(),
                "tools", kb.tools(), "topics", kb.topics(), "synonyms", kb.synonyms());
        walk(JSON.valueToTree(curated), out);
        return Set.copyOf(out);
    }

    private static void walk(JsonNode node, Set<String> out) {
        if (node.isTextual()) {
            Tokens.of(node.asText()).stream().filter(w -> w.chars().noneMatch(Character::isDigit))
                    .map(Gist::singular).forEach(out::add);
        } else if (node.isObject()) {
            node.fields().forEachRemaining(f -> {
                if (!SOURCE.equals(f.getKey())) {
                    walk(f.getValue(), out);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> walk(n, out));
        }
    }
}
