package org.careerbot.knowledge;

import java.util.List;
import java.util.stream.Collectors;

/** The knowledge files cannot be used; the message names every file, entry and problem. */
public final class KnowledgeException extends RuntimeException {
    private final transient List<Problem> problems;

    /** An exception listing the problems found. */
    public KnowledgeException(List<Problem> problems) {
        super("the knowledge files have " + problems.size() + " problem(s):\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** The problems found. */
    public List<Problem> problems() {
        return problems;
    }
}
