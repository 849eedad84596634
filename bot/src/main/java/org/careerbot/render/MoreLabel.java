package org.careerbot.render;

import java.util.List;
import org.careerbot.model.Answer;

/**
 * The label of a "More" control, saying what a click brings: "More: Tools · Team · side by side". Headings are
 * added whole while they fit; a label that had to leave some out ends with "· …", so it never cuts a word.
 */
public final class MoreLabel {
    /** The label when no heading fits or the rest has none. */
    public static final String MORE = "More";
    private static final String FIRST = ": ";
    private static final String NEXT = " · ";
    private static final String LEFT_OUT = NEXT + "…";

    private MoreLabel() {
    }

    /**
     * The label for the rest of this answer, in at most {@code max} characters.
     *
     * @param answer the whole answer, whose {@link Answer#moreHeadings()} name what More shows
     * @param max    the longest label wanted, at least {@value #MORE}'s length
     */
    public static String of(Answer answer, int max) {
        List<String> headings = answer.moreHeadings().stream().map(String::strip).toList();
        StringBuilder label = new StringBuilder(MORE);
        for (int i = 0; i < headings.size(); i++) {
            String next = (i == 0 ? FIRST : NEXT) + headings.get(i);
            boolean last = i == headings.size() - 1;
            int reserve = last ? 0 : LEFT_OUT.length();
            if (label.length() + next.length() + reserve > max) {
                return i == 0 ? MORE : label.append(LEFT_OUT).toString();
            }
            label.append(next);
        }
        return label.toString();
    }
}
