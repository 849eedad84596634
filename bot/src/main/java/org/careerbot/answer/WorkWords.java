package org.careerbot.answer;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.careerbot.knowledge.KnowledgeBase;
import org.careerbot.knowledge.Task;
import org.careerbot.knowledge.index.Tokens;

/**
 * Words people use for the work of a task, learnt from how the sources sum up each task and name its kinds of
 * work: a word used for one or two tasks only ("production" for deployment, "insights" for business analysis)
 * stands for those tasks when someone says they like or avoid it.
 */
final class WorkWords {
    /** Tasks a word may stand for at most: a word of every task's text tells none apart. */
    private static final int MAX_TASKS = 2;
    private static final int MIN_LENGTH = 5;
    /** Letters a word shares with a one-word task name to be a form of it: "deploy" of "deployment". */
    private static final int FORM_PREFIX = 6;
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
            "fitting", "need", "needs", "strong", "skill", "skills",
            // what people do to learn, not work: "self-learning", "searching for a field"
            "learning", "searching",
            // parts of the work's objects rather than kinds of work
            "files", "store", "parameters", "architecture", "times", "saving", "tasks", "company", "decisions",
            "project", "projects", "knowledge");

    private final Map<String, Set<String>> tasksByWord = new HashMap<>();
    private final Map<String, String> oneWordNames = new HashMap<>();

    WorkWords(KnowledgeBase kb) {
        kb.tasks().stream().filter(t -> Tokens.of(t.name()).size() == 1)
                .forEach(t -> oneWordNames.put(Tokens.of(t.name()).get(0), t.id()));
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

    /** The tasks a word stands for, none for most words; "deployed" is deployment whatever else it is said of. */
    Set<String> tasks(String word) {
        Set<String> named = namedBy(word);
        return named.isEmpty() ? tasksByWord.getOrDefault(stem(word), Set.of()) : named;
    }

    /** The one-word task names a word is a form of ("deployed", "deploying" for deployment). */
    private Set<String> namedBy(String word) {
        Set<String> out = new LinkedHashSet<>();
        oneWordNames.forEach((name, task) -> {
            if (word.length() >= FORM_PREFIX && name.startsWith(word.substring(0, FORM_PREFIX))) {
                out.add(task);
            }
        });
        return out;
    }

    /**
     * The words of a task's one-sentence summary and of the names of its kinds of work. Longer descriptions and
     * examples are left out: they name the applications and details ("natural language processing", "model
     * architecture") that say little of which work someone would enjoy.
     */
    private static Set<String> words(Task t) {
        Set<String> out = new LinkedHashSet<>();
        Stream.concat(Stream.of(t.summary().text()), t.subtasks().stream().map(Task.Subtask::name))
                .flatMap(WorkWords::usable).forEach(out::add);
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
