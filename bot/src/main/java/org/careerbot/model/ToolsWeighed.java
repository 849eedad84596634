package org.careerbot.model;

import java.util.List;
import java.util.Set;

/**
 * Whether a question's words weigh one tool against another. Understanding reads the intent from it and the answer
 * reads from it whether to choose between the tools, so both ask the same rule here.
 */
public final class ToolsWeighed {
    private static final Set<String> WEIGHING = Set.of("vs", "versus", "better", "harder", "easier", "instead",
            "than");
    /** A tool's masked name (see {@link Understanding#words()}). */
    private static final String TOOL = "_";

    private ToolsWeighed() {
    }

    /**
     * Whether the words weigh one tool against another: "PyTorch or TensorFlow" (an "or" between two names), or
     * "vs", "better", "harder than". An "or" elsewhere ("or is this futile?") weighs nothing.
     */
    public static boolean in(List<String> words) {
        for (int i = 1; i + 1 < words.size(); i++) {
            if (words.get(i).equals("or") && words.get(i - 1).equals(TOOL) && words.get(i + 1).equals(TOOL)) {
                return true;
            }
        }
        return words.stream().anyMatch(WEIGHING::contains);
    }
}
