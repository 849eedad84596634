package org.careerbot.understanding;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "PyTorch or TensorFlow?", "Is SQL harder than Python?": two tools weighed against each other, with no role
 * named (a role's own tools answer "is PyTorch or TensorFlow the thing for DL engineers?"). The answer says who
 * uses each; the sources rank no tool above another.
 */
public final class ChoiceBetweenTools implements Reading {
    private static final Set<String> WEIGHING = Set.of("vs", "versus", "better", "harder", "easier", "instead",
            "than");
    /** A tool's masked name. */
    private static final String TOOL = "_";

    @Override
    public Optional<Understanding> read(Understanding u, List<String> w) {
        boolean weighs = u.entities().tools().size() >= 2 && u.entities().roles().isEmpty() && weighs(w);
        return weighs ? Optional.of(u.withIntent(Intent.TOOL_ROLES, 0.8)) : Optional.empty();
    }

    /**
     * Whether the words weigh one tool against another: "PyTorch or TensorFlow" (an "or" between two names), or
     * "vs", "better", "harder than". An "or" elsewhere ("or is this futile?") weighs nothing.
     */
    public static boolean weighs(List<String> words) {
        for (int i = 1; i + 1 < words.size(); i++) {
            if (words.get(i).equals("or") && words.get(i - 1).equals(TOOL) && words.get(i + 1).equals(TOOL)) {
                return true;
            }
        }
        return words.stream().anyMatch(WEIGHING::contains);
    }
}
