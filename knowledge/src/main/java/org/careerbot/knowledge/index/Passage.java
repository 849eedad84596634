package org.careerbot.knowledge.index;

/**
 * A passage found by a search.
 *
 * @param text    the passage
 * @param snippet the part of it that best matches the search
 * @param source  its citation, {@code FILE#Section}
 * @param about   what the passage is about (an entity or topic name)
 * @param score   the search score; higher is better
 */
public record Passage(String text, String snippet, String source, String about, float score) {
}
