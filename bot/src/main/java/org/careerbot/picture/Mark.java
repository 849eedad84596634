package org.careerbot.picture;

import java.awt.geom.RoundRectangle2D;

/** The marks a picture uses, with the words the legend gives them. */
enum Mark {
    /** A task the role carries out: solid. */
    CORE("carries it out"),
    /** A task only some in the role take on: pale, hatched, outlined. */
    SOME("some also do it"),
    /** What two compared roles have in common: a highlight behind it. */
    SHARED("shared by both");

    private final String words;

    Mark(String words) {
        this.words = words;
    }

    /** What the mark means, as the legend says it. */
    String words() {
        return words;
    }

    /** Draws the mark filling a box. */
    void draw(Canvas canvas, RoundRectangle2D box) {
        switch (this) {
            case CORE -> canvas.fill(box, Palette.CORE);
            case SOME -> canvas.hatched(box);
            case SHARED -> {
                canvas.fill(box, Palette.SHARED);
                canvas.outline(box, Palette.RULE, 1f);
            }
        }
    }

    /** A rounded box inset from a cell, the shape every mark is drawn in. */
    static RoundRectangle2D box(double x, double y, double width, double height) {
        return new RoundRectangle2D.Double(x, y, width, height, 8, 8);
    }
}
