package org.careerbot.picture;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * An image being drawn, in logical pixels: the image itself is {@link #SCALE} times larger, so that pictures stay
 * sharp on high-density screens, where chat apps show them.
 */
final class Canvas {
    /** Image pixels per logical pixel. */
    static final int SCALE = 2;
    /** Space between a chip's edge and its text. */
    static final double CHIP_PAD = 12;

    static {
        ensureHeadless();
    }

    private final BufferedImage image;
    private final Graphics2D g;

    /** A blank canvas of the given logical size. */
    Canvas(int width, int height) {
        image = new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
        g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.scale(SCALE, SCALE);
        fill(new Rectangle2D.Double(0, 0, width, height), Palette.BACKGROUND);
    }

    /**
     * Pictures are drawn on servers without a display: AWT must know before it first loads, or it may look for one.
     * An explicit setting by whoever starts the JVM wins.
     */
    static void ensureHeadless() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** A logical rectangle in image pixels. */
    static Rectangle pixels(double x, double y, double w, double h) {
        return new Rectangle((int) Math.round(x * SCALE), (int) Math.round(y * SCALE),
                (int) Math.round(w * SCALE), (int) Math.round(h * SCALE));
    }

    void fill(Shape shape, Color colour) {
        g.setColor(colour);
        g.fill(shape);
    }

    void outline(Shape shape, Color colour, float width) {
        g.setColor(colour);
        g.setStroke(new BasicStroke(width));
        g.draw(shape);
    }

    void line(double x1, double y1, double x2, double y2, Color colour, float width) {
        outline(new Line2D.Double(x1, y1, x2, y2), colour, width);
    }

    /** Text whose first line's top is at {@code top}; returns the y below the last line. */
    double text(List<String> lines, Font font, Color colour, double x, double top) {
        g.setFont(font);
        g.setColor(colour);
        double y = top;
        for (String line : lines) {
            g.drawString(line, (float) x, (float) (y + Type.ascent(font)));
            y += Type.lineHeight(font);
        }
        return y;
    }

    /** One line, centred horizontally on {@code centreX}. */
    void centred(String line, Font font, Color colour, double centreX, double top) {
        text(List.of(line), font, colour, centreX - Type.width(line, font) / 2, top);
    }

    /** A rounded rectangle filled with diagonal hatching and outlined: the "some also do it" mark. */
    void hatched(RoundRectangle2D box) {
        fill(box, Palette.SOME);
        Shape clip = g.getClip();
        g.clip(box);
        for (double x = box.getX() - box.getHeight(); x < box.getMaxX(); x += 7) {
            line(x, box.getMaxY(), x + box.getHeight(), box.getY(), Palette.SOME_HATCH, 1.6f);
        }
        g.setClip(clip);
        outline(box, Palette.CORE, 1.5f);
    }

    /** A tool's chip: a pill with its name, highlighted when both compared roles list it. */
    void chip(RoundRectangle2D box, String text, Font font, boolean shared) {
        fill(box, shared ? Palette.SHARED : Palette.BAND);
        outline(box, shared ? Palette.SHARED_EDGE : Palette.RULE, 1f);
        double top = box.getY() + (box.getHeight() - Type.lineHeight(font)) / 2;
        text(List.of(text), font, Palette.INK, box.getX() + CHIP_PAD, top);
    }

    /** The finished image as PNG bytes. */
    byte[] png() {
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode PNG", e);
        }
        return out.toByteArray();
    }

    /** The picture: the image's bytes and size with what it shows. */
    Picture picture(String altText, String title) {
        return new Picture(png(), image.getWidth(), image.getHeight(), altText, title);
    }
}
