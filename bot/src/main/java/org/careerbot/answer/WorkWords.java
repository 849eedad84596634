package org.careerbot.answer;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.careerbot.knowledge.Fact;
import org.careerbot.knowledge.KnowledgeBase;
import org.careerbot.knowledge.Task;
import org.careerbot.knowledge.index.Tokens;

/**
 * Words people use for the work of a task, learnt from how the sources describe each task: a word that the texts
 * use for one or two tasks only ("production" for deployment, "dashboards" for business analysis) stands for
 * those tasks when someone says they like or avoid it.
 */
final class WorkWords {
    /** Tasks a word may stand for at most: a word of every task's text tells none apart. */
    private static final int MAX_TASKS = 2;
    private static final int MIN_LENGTH = 5;
    /** Everyday words for work the sources describe in other words. */
    private static final Map<String, List<String>> EVERYDAY = Map.of(
            "server", List.of("ai-infrastructure"),
            "backend", List.of("deployment", "ai-infrastructure"),
            "devops", List.of("deployment", "ai-infrastructure"),
            "kubernetes", List.of("deployment", "ai-infrastructure"));
    /** Words of the texts that say nothing of which work it is. */
    private static final Set<String> PLAIN = Set.of("which", "their", "there", "these", "those", "about", "other",
            "example", "examples", "people", "member", "members", "employee", "employees", "responsible",
            "should", "would", "could", "every", "various", "instance", "using", "such", "often", "usually",
            "charge", "assigned", "order", "sometimes", "where", "while", "within", "before", "after",
            // verbs of any work
            "build", "building", "setting", "making", "writing", "running", "working", "carrying", "improving",
            "fitting", "need", "needs", "strong", "skill", "skills");

    private final Map<String, Set<String>> tasksByWord = new HashMap<>();

    WorkWords(KnowledgeBase kb) {
        for (Task t : kb.tasks()) {
            // "business" in AI infrastructure's text speaks of business analysis, not of its own work
            Set<String> others = kb.tasks().stream().filter(o -> o != t).flatMap(o -> usable(o.name()))
                    .collect(Collectors.toSet());
            for (String w : words(t)) {
                if (!others.contains(w)) {
                    tasksByWord.computeIfAbsent(w, k -> new LinkedHashSet<>()).add(t.id());
                }
            }
        }
        tasksByWord.values().removeIf(ts -> ts.size() > MAX_TASKS);
        EVERYDAY.forEach((w, ts) -> tasksByWord.put(w, new LinkedHashSet<>(ts)));
    }

    /** The tasks a word stands for, none for most words. */
    Set<String> tasks(String word) {
        return tasksByWord.getOrDefault(stem(word), Set.of());
    }

    /**
     * The words the sources use for a task's work more than once, in its descriptions and the names of its kinds
     * of work. Examples are left out, and so are words said once ("model architecture"): they name details that
     * say little of which work someone would enjoy.
     */
    private static Set<String> words(Task t) {
        Stream<String> described = Stream.of(Stream.of(t.summary()), t.description().stream(), t.skills().stream())
                .flatMap(s -> s).map(Fact::text);
        Map<String, Long> counts = Stream.concat(described, t.subtasks().stream().map(Task.Subtask::name))
                .flatMap(WorkWords::usable).collect(Collectors.groupingBy(w -> w, Collectors.counting()));
        Set<String> out = new LinkedHashSet<>();
        counts.forEach((w, n) -> {
            if (n > 1) {
                out.add(w);
            }
        });
        return out;
    }

    private static Stream<String> usable(String text) {
        return Tokens.of(text).stream().filter(w -> w.length() >= MIN_LENGTH && !PLAIN.contains(w))
                .map(WorkWords::stem);
    }

    /** Plural and singular meet: "servers" is "server", "dashboards" is "dashboard". */
    private static String stem(String word) {
        return word.endsWith("s") && !word.endsWith("ss") && word.length() > MIN_LENGTH
                ? word.substring(0, word.length() - 1) : word;
    }
}
