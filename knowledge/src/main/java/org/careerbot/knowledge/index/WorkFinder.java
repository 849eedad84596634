package org.careerbot.knowledge.index;

import java.util.Optional;
import org.careerbot.knowledge.Task;

/** Finds the one kind of work of a task (a subtask) that a text asks about: "model drift", "A/B testing". */
public interface WorkFinder {
    /** The work the text names, by the subtask's own name or the words people use for it; empty when none. */
    Optional<Work> find(String text);

    /**
     * A kind of work found in a text.
     *
     * @param task    the task it belongs to
     * @param subtask the work
     */
    record Work(Task task, Task.Subtask subtask) {
    }
}
