package org.careerbot.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * An answer's text as the terminal shows it: wrapped at the terminal's width between words (bullets keep their
 * indent on every line), with headings in bold colour and labels in bold, or plain where colour is off.
 */
final class AnswerText {
    private static final AttributedStyle HEADING = AttributedStyle.BOLD.foreground(AttributedStyle.CYAN);
    private static final List<String> LABELS = List.of("Sources:", "Try next:", "More (type more):");

    private final boolean styled;

    /**
     * A formatter.
     *
     * @param styled whether to use bold and colour (off when piped or when NO_COLOR is set)
     */
    AnswerText(boolean styled) {
        this.styled = styled;
    }

    /**
     * The text, wrapped and styled.
     *
     * @param text     the rendered answer, lines separated by '\n'
     * @param headings the lines shown as headings (the title, the section headings with their colon)
     * @param width    the terminal's width; 0 or less: not wrapped
     */
    String format(String text, Set<String> headings, int width) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            for (String part : wrap(line, width)) {
                out.append(style(part, headings.contains(line.strip()))).append('\n');
            }
        }
        return out.toString();
    }

    /** One line cut into lines of at most {@code width} characters, between words; a longer word stands alone. */
    static List<String> wrap(String line, int width) {
        if (width <= 0 || line.length() <= width) {
            return List.of(line);
        }
        String indent = line.substring(0, line.length() - line.stripLeading().length());
        String hanging = indent + (line.stripLeading().startsWith("- ") ? "  " : "");
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder(indent);
        int prefix = indent.length();
        for (String word : line.strip().split(" +")) {
            if (current.length() > prefix && current.length() + 1 + word.length() > width) {
                lines.add(current.toString());
                current = new StringBuilder(hanging);
                prefix = hanging.length();
            }
            if (current.length() > prefix) {
                current.append(' ');
            }
            current.append(word);
        }
        lines.add(current.toString());
        return lines;
    }

    private String style(String line, boolean heading) {
        if (!styled) {
            return line;
        }
        AttributedStringBuilder out = new AttributedStringBuilder();
        if (heading) {
            out.styled(HEADING, line);
        } else {
            String label = LABELS.stream().filter(line::startsWith).findFirst().orElse("");
            out.styled(AttributedStyle.BOLD, label).append(line.substring(label.length()));
        }
        return out.toAnsi();
    }

    /** The text without any styling, e.g. to measure what a styled line shows. */
    static String plain(String styled) {
        return AttributedString.fromAnsi(styled).toString();
    }
}
