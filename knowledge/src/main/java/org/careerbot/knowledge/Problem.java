package org.careerbot.knowledge;

/**
 * One thing wrong with the knowledge files.
 *
 * @param file    the file it is in
 * @param entry   the entry it concerns (e.g. {@code role 'data-analyst'}), or empty
 * @param message what is wrong
 */
public record Problem(String file, String entry, String message) {
    @Override
    public String toString() {
        return entry.isEmpty() ? file + ": " + message : file + ", " + entry + ": " + message;
    }
}
