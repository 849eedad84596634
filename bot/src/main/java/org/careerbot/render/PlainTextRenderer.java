package org.careerbot.render;

import java.util.List;
import org.careerbot.answer.Answer;

/** Renders an answer as plain text: the console's output and the {@code text} of {@code ask --json}. */
public final class PlainTextRenderer {
    /** The whole answer as text, sources and follow-up suggestions included. */
    public String render(Answer answer) {
        StringBuilder out = new StringBuilder();
        out.append(answer.title()).append('\n');
        if (!answer.lead().isBlank()) {
            out.append(answer.lead()).append('\n');
        }
        for (Answer.Section section : answer.sections()) {
            out.append('\n').append(section.heading()).append(":\n");
            section.bullets().forEach(b -> out.append("  - ").append(b).append('\n'));
        }
        if (answer.table() != null) {
            table(out, answer.table());
        }
        if (!answer.sources().isEmpty()) {
            out.append("\nSources: ").append(String.join("; ", answer.sources())).append('\n');
        }
        if (!answer.followUps().isEmpty()) {
            out.append("Try next: ").append(String.join(" | ",
                    answer.followUps().stream().map(f -> "\"" + f.question() + "\"").toList())).append('\n');
        }
        return out.toString().strip();
    }

    private static void table(StringBuilder out, Answer.Table table) {
        out.append("\nSide by side:\n");
        for (Answer.Row row : table.rows()) {
            out.append("  ").append(row.aspect()).append(":\n");
            List<String> columns = table.columns();
            for (int i = 0; i < columns.size(); i++) {
                out.append("    - ").append(columns.get(i)).append(": ").append(row.cells().get(i)).append('\n');
            }
        }
    }
}
