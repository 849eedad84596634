package org.careerbot.picture;

import java.awt.Color;

/**
 * The colours of every picture, public so that tests and adapters can tell what a pixel means. One blue for "carries
 * it out", a pale version of it for "some also do it", a warm yellow for what two roles share: distinct even in
 * grey scale, and the marks differ in shape (solid versus hatched) so that colour is never the only cue.
 */
public final class Palette {
    /** The page. */
    public static final Color BACKGROUND = Color.WHITE;
    /** Body text. */
    public static final Color INK = new Color(0x1F, 0x29, 0x33);
    /** Secondary text: subtitles, sources, "not listed". */
    public static final Color MUTED = new Color(0x5F, 0x6B, 0x7A);
    /** Grid and separator lines. */
    public static final Color RULE = new Color(0xD5, 0xDC, 0xE4);
    /** Header bands. */
    public static final Color BAND = new Color(0xF1, 0xF4, 0xF8);
    /** A task the role carries out: the solid mark. */
    public static final Color CORE = new Color(0x1D, 0x5F, 0xA8);
    /** A task only some in the role take on: the pale fill of the hatched mark. */
    public static final Color SOME = new Color(0xDD, 0xEA, 0xF7);
    /** The hatching of the "some" mark. */
    public static final Color SOME_HATCH = new Color(0x8F, 0xB4, 0xDE);
    /** Behind what both compared roles share. */
    public static final Color SHARED = new Color(0xFF, 0xE9, 0x9E);
    /** The edge of a shared tool's chip. */
    public static final Color SHARED_EDGE = new Color(0xE0, 0xB8, 0x3A);

    private Palette() {
    }
}
