package org.careerbot.understanding;

import java.util.List;
import java.util.Optional;
import org.careerbot.model.Understanding;

/**
 * A special reading of a question, tried before the general rules: when it applies it decides the intent. Each
 * reading is one named rule ("a subject the sources lack", "a role they do not describe") with its own tests.
 */
interface Reading {
    /** The understanding with the intent this reading gives, or empty when it does not apply. */
    Optional<Understanding> read(Understanding u, List<String> words);
}
