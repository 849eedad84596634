package org.careerbot.understanding;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.careerbot.model.Intent;
import org.careerbot.model.Understanding;

/**
 * Salaries, age, visas, bootcamps, a company's interviews: the sources say nothing of them, so the question goes to
 * the answer that says so and offers what they do say. Only for questions about work in AI: "a good Netflix show"
 * is no gap in career sources but a question for another bot.
 */
final class SubjectTheSourcesLack implements Reading {
    private static final Set<String> CAREER = Set.of("job", "jobs", "career", "careers", "hire", "hired",
            "hiring", "role", "roles", "work", "working", "data", "ml", "ai", "analyst", "scientist", "engineer",
            "developer", "employer", "employers", "industry", "field");
    private final Lexicon lexicon;

    SubjectTheSourcesLack(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public Optional<Understanding> read(Understanding u, List<String> w) {
        return u.asksAGap() && aboutWork(u, w) ? Optional.of(u.withIntent(Intent.SEARCH, 0.8)) : Optional.empty();
    }

    private boolean aboutWork(Understanding u, List<String> w) {
        return !u.entities().isEmpty() || !u.unknownRoles().isEmpty() || !u.ambiguous().isEmpty()
                || w.contains("_") || w.stream().anyMatch(x -> lexicon.inDomain(x) || CAREER.contains(x))
                || lexicon.topic("career.tips", w) + lexicon.topic("career.outlook", w) >= 2;
    }
}
