package org.careerbot.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.careerbot.knowledge.Fact;
import org.careerbot.knowledge.Role;
import org.careerbot.knowledge.index.Tokens;

/**
 * The aspects a comparison question asks about in so many words ("which needs a higher degree?", "who writes
 * production code?"): a comparison says those first, whether the roles differ there or not.
 */
final class AskedAspects {
    private static final Map<String, Set<String>> CUES = new LinkedHashMap<>();

    static {
        CUES.put("code", Set.of("code", "coding", "production", "prototype", "prototypes", "prototyping"));
        CUES.put("education", Set.of("degree", "degrees", "education", "study", "studies", "phd", "master",
                "masters", "bachelor", "bachelors", "university", "college"));
        CUES.put("industries", Set.of("industry", "industries", "sector", "sectors"));
        CUES.put("team", Set.of("team", "teams", "colleagues"));
        CUES.put("outlook", Set.of("demand", "outlook", "market", "future", "growth"));
    }

    /** How to say the sources are silent on an aspect of a role ("%s" is the role). */
    private static final Map<String, String> SILENT = Map.of(
            "code", "The sources don't say what code the %s writes.",
            "education", "The sources don't state the education of the %s.",
            "industries", "The sources don't name industries that employ the %s.",
            "team", "The sources don't say how the %s fits in a team.",
            "outlook", "The sources don't state the demand for the %s.");

    private AskedAspects() {
    }

    /** What each role's own facts say on an aspect, and for which roles the sources are silent. */
    static List<String> lines(Draft d, List<Role> rs, String aspect, Function<Role, List<Fact>> facts) {
        List<String> lines = new ArrayList<>();
        for (Role r : rs) {
            String said = aspect.equals("industries") ? Words.and(r.industries().stream()
                    .map(i -> RoleAnswers.cite(d, i.name(), i.source())).toList())
                    : String.join(" ", facts.apply(r).stream().map(d::use).toList());
            lines.add(said.isEmpty() ? SILENT.get(aspect).formatted(Words.lower(r.name()))
                    : r.name() + ": " + said);
        }
        return lines;
    }

    /** The aspects the question names, in a fixed order; none for most questions. */
    static List<String> in(String question) {
        List<String> words = Tokens.of(question == null ? "" : question);
        return CUES.entrySet().stream().filter(e -> words.stream().anyMatch(e.getValue()::contains))
                .map(Map.Entry::getKey).toList();
    }
}
