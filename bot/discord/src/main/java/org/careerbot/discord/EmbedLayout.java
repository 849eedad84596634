package org.careerbot.discord;

import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.MarkdownSanitizer;
import org.careerbot.model.Answer;

/**
 * Lays an answer out as embed fields within Discord's per-field limits: a section becomes one field, or several
 * when its bullets exceed a field's value; a comparison becomes inline fields, one per column, side by side.
 */
final class EmbedLayout {
    /** Columns beyond this are dropped: Discord shows at most three inline fields a line, more is unreadable. */
    static final int MAX_COLUMNS = 6;
    /** A table line of inline fields stays below this, so it always fits an embed together with the footer. */
    private static final int TABLE_LINE_BUDGET = 3000;
    private static final String CONTINUED = " (continued)";

    private EmbedLayout() {
    }

    /**
     * One embed field.
     *
     * @param name   its name, within {@link MessageEmbed#TITLE_MAX_LENGTH}
     * @param value  its value, within {@link MessageEmbed#VALUE_MAX_LENGTH}
     * @param inline whether it sits beside its neighbours
     */
    record Field(String name, String value, boolean inline) {
        int length() {
            return name.length() + value.length();
        }

        MessageEmbed.Field toJda() {
            return new MessageEmbed.Field(name, value, inline);
        }
    }

    /**
     * Fields that belong in the same embed: a table line must not be torn apart.
     *
     * @param fields the fields
     */
    record Group(List<Field> fields) {
        Group {
            fields = List.copyOf(fields);
        }

        int length() {
            return fields.stream().mapToInt(Field::length).sum();
        }
    }

    /** The answer's sections, then its comparison table, as groups of fields. */
    static List<Group> groups(Answer answer) {
        List<Group> groups = new ArrayList<>();
        for (Answer.Section section : answer.sections()) {
            List<String> bullets = section.bullets().stream().map(b -> "• " + plain(b)).toList();
            List<String> chunks = chunks(bullets, MessageEmbed.VALUE_MAX_LENGTH);
            for (int i = 0; i < chunks.size(); i++) {
                groups.add(new Group(List.of(new Field(name(section.heading(), i), chunks.get(i), false))));
            }
        }
        if (answer.table() != null && !answer.table().columns().isEmpty()) {
            groups.addAll(table(answer.table()));
        }
        return groups;
    }

    /** Markdown in knowledge text is literal text, not formatting (e.g. "__init__" or "C*"). */
    static String plain(String text) {
        return MarkdownSanitizer.escape(text == null ? "" : text.strip());
    }

    private static List<Group> table(Answer.Table table) {
        int columns = Math.min(table.columns().size(), MAX_COLUMNS);
        int budget = Math.min(MessageEmbed.VALUE_MAX_LENGTH, TABLE_LINE_BUDGET / columns);
        List<List<String>> perColumn = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            perColumn.add(chunks(cells(table, c), budget));
        }
        int depth = perColumn.stream().mapToInt(List::size).max().orElse(0);
        List<Group> lines = new ArrayList<>();
        for (int line = 0; line < depth; line++) {
            List<Field> fields = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                List<String> chunks = perColumn.get(c);
                String value = line < chunks.size() ? chunks.get(line) : EmbedBuilder.ZERO_WIDTH_SPACE;
                fields.add(new Field(name(table.columns().get(c), line), value, true));
            }
            lines.add(new Group(fields));
        }
        return lines;
    }

    /** One column: each aspect in bold, then this column's cell. */
    private static List<String> cells(Answer.Table table, int column) {
        List<String> cells = new ArrayList<>();
        for (Answer.Row row : table.rows()) {
            String cell = column < row.cells().size() ? row.cells().get(column) : "";
            cells.add("**" + plain(row.aspect()) + "**\n" + (cell.isBlank() ? "—" : plain(cell)));
        }
        return cells;
    }

    private static String name(String heading, int part) {
        String base = heading == null || heading.isBlank() ? EmbedBuilder.ZERO_WIDTH_SPACE : heading.strip();
        if (part == 0) {
            return Text.cut(base, MessageEmbed.TITLE_MAX_LENGTH);
        }
        return Text.cut(base, MessageEmbed.TITLE_MAX_LENGTH - CONTINUED.length()) + CONTINUED;
    }

    /** Lines joined into as few values of at most {@code max} as possible; a single overlong line is cut. */
    static List<String> chunks(List<String> lines, int max) {
        List<String> chunks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String raw : lines) {
            String line = Text.cut(raw, max);
            if (line.isEmpty()) {
                continue;
            }
            if (current.length() > 0 && current.length() + 1 + line.length() > max) {
                chunks.add(current.toString());
                current.setLength(0);
            }
            current.append(current.length() > 0 ? "\n" : "").append(line);
        }
        if (current.length() > 0) {
            chunks.add(current.toString());
        }
        return chunks;
    }
}
