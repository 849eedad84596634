package org.careerbot.picture;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * A drawn picture, ready to post.
 *
 * @param png     the PNG image
 * @param width   its width in pixels
 * @param height  its height in pixels
 * @param altText what it shows, in words, for screen readers and for platforms that cannot show images; never
 *                blank, at most {@link #MAX_ALT_TEXT} characters
 * @param title   a short title, e.g. "Who does what in an AI project"
 */
public record Picture(byte[] png, int width, int height, String altText, String title) {
    /** Longest alt text: Discord accepts 1,024 characters for an attachment's description, Slack 2,000. */
    public static final int MAX_ALT_TEXT = 1_000;
    /** Longest file name before {@code .png}: long enough to read, short enough for any upload. */
    private static final int MAX_NAME = 60;

    /** Copies the bytes, so that the picture stays immutable; checks that it is described. */
    public Picture {
        png = Objects.requireNonNull(png, "png").clone();
        Objects.requireNonNull(title, "title");
        if (altText == null || altText.isBlank()) {
            throw new IllegalArgumentException("a picture needs an alt text");
        }
        altText = altText.length() <= MAX_ALT_TEXT ? altText : altText.substring(0, MAX_ALT_TEXT - 1) + "…";
    }

    /** A copy of the PNG bytes. */
    @Override
    public byte[] png() {
        return png.clone();
    }

    /**
     * A file name for the picture, made of its title: lower-case letters, digits and dashes, then {@code .png}, e.g.
     * {@code data-scientist-vs-data-analyst.png}. Safe in every file system and in Discord's {@code attachment://}
     * references.
     */
    public String fileName() {
        String slug = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_NAME) {
            slug = slug.substring(0, MAX_NAME).replaceAll("-+$", "");
        }
        return (slug.isEmpty() ? "picture" : slug) + ".png";
    }

    /** Pictures are equal when their bytes are, not merely their arrays. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Picture p && Arrays.equals(png, p.png) && width == p.width
                && height == p.height && altText.equals(p.altText) && title.equals(p.title);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(png), width, height, altText, title);
    }

    @Override
    public String toString() {
        return "Picture[" + title + ", " + width + "x" + height + ", " + png.length + " bytes]";
    }
}
