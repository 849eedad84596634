package org.careerbot.picture;

import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.util.ArrayList;
import java.util.List;

/**
 * The fonts of the pictures and the measuring of text, so that layouts can be computed before anything is drawn.
 * {@link Font#SANS_SERIF} is a logical font that every JDK maps to an installed face, headless servers included.
 */
final class Type {
    static final Font TITLE = font(Font.BOLD, 24);
    static final Font SUBTITLE = font(Font.PLAIN, 14);
    static final Font HEADING = font(Font.BOLD, 14);
    static final Font NAME = font(Font.BOLD, 17);
    static final Font LABEL = font(Font.PLAIN, 15);
    static final Font LABEL_BOLD = font(Font.BOLD, 15);
    static final Font SMALL = font(Font.PLAIN, 13);
    static final Font SMALL_BOLD = font(Font.BOLD, 13);
    static final Font SOURCE = font(Font.PLAIN, 12);
    static final Font NOTE = font(Font.ITALIC, 13);

    /** Measures as {@link Canvas} draws: antialiased, fractional metrics, no transform (layouts are logical). */
    private static final FontRenderContext CONTEXT = new FontRenderContext(new AffineTransform(),
            RenderingHints.VALUE_TEXT_ANTIALIAS_ON, RenderingHints.VALUE_FRACTIONALMETRICS_ON);

    private Type() {
    }

    private static Font font(int style, float size) {
        Canvas.ensureHeadless();
        return new Font(Font.SANS_SERIF, style, 1).deriveFont(size);
    }

    /** The advance of a text, in logical pixels. */
    static double width(String text, Font font) {
        return font.getStringBounds(text, CONTEXT).getWidth();
    }

    /** Height of a line: ascent, descent and leading. */
    static double lineHeight(Font font) {
        return font.getLineMetrics("Hg", CONTEXT).getHeight();
    }

    /** Distance from a line's top to its baseline. */
    static double ascent(Font font) {
        return font.getLineMetrics("Hg", CONTEXT).getAscent();
    }

    /**
     * The text broken into lines no wider than {@code max}, at spaces; a word wider than a line on its own is cut
     * with an ellipsis rather than overflowing, since nothing may be clipped.
     */
    static List<String> wrap(String text, Font font, double max) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, font) <= max || line.isEmpty()) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        lines.add(line.toString());
        return lines.stream().map(l -> fit(l, font, max)).toList();
    }

    /** The text, cut with an ellipsis if it is wider than {@code max}. */
    static String fit(String text, Font font, double max) {
        if (width(text, font) <= max) {
            return text;
        }
        String cut = text;
        while (cut.length() > 1 && width(cut + "…", font) > max) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.strip() + "…";
    }
}
