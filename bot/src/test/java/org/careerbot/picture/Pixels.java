package org.careerbot.picture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Reads pictures back as the platforms will: decodes the PNG and measures the colours of regions. */
public final class Pixels {
    /** How far a channel may stray from a colour and still count as it (antialiased edges are not probed). */
    private static final int TOLERANCE = 12;
    /** Edges of a region are left out: rules and antialiasing blend colours there. */
    private static final int INSET = 6;

    private Pixels() {
    }

    /** The picture decoded; fails unless it is a PNG of the size it claims. */
    public static BufferedImage decode(Picture picture) {
        BufferedImage image = decode(picture.png());
        assertEquals(picture.width(), image.getWidth(), "width");
        assertEquals(picture.height(), image.getHeight(), "height");
        return image;
    }

    /** PNG bytes decoded. */
    public static BufferedImage decode(byte[] png) {
        try {
            assertEquals("\u0089PNG", new String(png, 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1));
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertNotNull(image, "not an image");
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The share (0 to 1) of a region's inner pixels that are of a colour. */
    public static double share(BufferedImage image, Rectangle region, Color colour) {
        int all = 0;
        int hits = 0;
        for (int y = region.y + INSET; y < region.y + region.height - INSET; y++) {
            for (int x = region.x + INSET; x < region.x + region.width - INSET; x++) {
                all++;
                if (close(new Color(image.getRGB(x, y)), colour)) {
                    hits++;
                }
            }
        }
        return all == 0 ? 0 : (double) hits / all;
    }

    private static boolean close(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) <= TOLERANCE && Math.abs(a.getGreen() - b.getGreen()) <= TOLERANCE
                && Math.abs(a.getBlue() - b.getBlue()) <= TOLERANCE;
    }

    /** What a matrix cell can show. */
    public enum Seen {
        /** The solid mark: the role carries the task out. */
        SOLID,
        /** The pale hatched mark: some in the role also do it. */
        HATCHED,
        /** Nothing: the page. */
        EMPTY,
        /** Anything else: the picture is broken. */
        OTHER
    }

    /**
     * What a matrix cell shows, told from its colours alone. A mark covers about half its cell; the hatched one is
     * outlined in the solid colour, a thin line only.
     */
    public static Seen seen(BufferedImage image, Rectangle cell) {
        double core = share(image, cell, Palette.CORE);
        if (core > 0.4) {
            return Seen.SOLID;
        }
        if (core < 0.2 && share(image, cell, Palette.SOME) + share(image, cell, Palette.SOME_HATCH) > 0.3) {
            return Seen.HATCHED;
        }
        return share(image, cell, Palette.BACKGROUND) > 0.97 ? Seen.EMPTY : Seen.OTHER;
    }
}
