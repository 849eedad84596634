package org.careerbot.model;

import java.util.List;

/**
 * A tool people ask about that the sources do not name ("Power BI", "Spark"), with the tasks its use points to, so
 * that the answer can say so and offer the tools the sources do list for that work.
 *
 * @param name  how to name it in an answer
 * @param tasks task ids it is used for; empty when none fits
 */
public record UnknownTool(String name, List<String> tasks) {
    /** Lists are copied; null reads as empty. */
    public UnknownTool {
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
    }

    /** Its id in the answer contract's form: lower case, spaces as hyphens ("power-bi"). */
    public String id() {
        return name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    }
}
