package org.careerbot.render;

import java.util.List;
import org.careerbot.model.Answer;

/**
 * Renders an answer as plain text: the console's output and the {@code text} of {@code ask --json}. The text opens
 * with the lead, shows the brief answer, says what "more" would add, names its sources for people and suggests
 * what to ask next.
 */
public final class PlainTextRenderer {
    private static final int FOLLOW_UPS = 2;
    private static final int SOURCES = 2;
    private static final int SECTIONS = 2;
    /** What separates the sections a credit names; compiled once, as every answer names its sources. */
    private static final java.util.regex.Pattern COMMA = java.util.regex.Pattern.compile(", ");

    /** The answer as a chat shows it by default. */
    public String render(Answer answer) {
        Answer brief = answer.brief();
        StringBuilder out = body(brief);
        List<String> more = answer.moreHeadings();
        if (!more.isEmpty()) {
            out.append("\nMore (type more): ").append(String.join(", ", more.subList(0, Math.min(SECTIONS,
                    more.size())))).append(more.size() > SECTIONS ? "…" : "").append('\n');
        }
        tail(out, answer);
        if (!answer.followUps().isEmpty()) {
            out.append("Try next: ").append(String.join(" | ", answer.followUps().stream().limit(FOLLOW_UPS)
                    .map(f -> "\"" + f.question() + "\"").toList())).append('\n');
        }
        return out.toString().strip();
    }

    /** What the brief answer left out, or a line saying there is nothing more. */
    public String renderMore(Answer answer) {
        if (!answer.hasMore()) {
            return "That was the whole answer.";
        }
        Answer more = answer.more();
        StringBuilder out = new StringBuilder(more.title()).append('\n');
        out.append(body(more));
        tail(out, answer);
        return out.toString().strip();
    }

    private static StringBuilder body(Answer a) {
        StringBuilder out = new StringBuilder();
        if (!a.lead().isBlank()) {
            out.append(a.lead()).append('\n');
        }
        for (Answer.Section section : a.sections()) {
            out.append('\n').append(section.heading()).append(":\n");
            section.bullets().forEach(b -> out.append("  - ").append(b).append('\n'));
        }
        if (a.table() != null) {
            table(out, a.table());
        }
        return out;
    }

    private static void tail(StringBuilder out, Answer a) {
        if (!a.credits().isEmpty()) {
            out.append("\nSources: ").append(String.join("; ", a.credits().stream().limit(SOURCES)
                    .map(PlainTextRenderer::shortCredit).toList()))
                    .append(a.credits().size() > SOURCES ? " and more" : "").append('\n');
        }
    }

    /** A document and its first sections: a chat line names where to look, not every section used. */
    private static String shortCredit(String credit) {
        int colon = credit.indexOf(": ");
        if (colon < 0) {
            return credit;
        }
        List<String> sections = List.of(COMMA.split(credit.substring(colon + 2)));
        return sections.size() <= SECTIONS ? credit : credit.substring(0, colon + 2)
                + String.join(", ", sections.subList(0, SECTIONS)) + "…";
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
