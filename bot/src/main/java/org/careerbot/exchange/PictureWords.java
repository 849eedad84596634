package org.careerbot.exchange;

import java.util.Locale;
import java.util.Set;
import org.careerbot.model.Entities;
import org.careerbot.model.Intent;
import org.careerbot.model.Question;

/**
 * Words that ask for a picture rather than a question: "matrix" and "who does what" ask for the list of roles,
 * whose answer comes with the matrix of who does what and says it in words too. A platform's own command for the
 * matrix asks {@link #matrix}.
 */
public final class PictureWords {
    private static final Set<String> MATRIX = Set.of("matrix", "the matrix", "who does what");

    private PictureWords() {
    }

    /** The question typed words ask in this conversation: the list of roles for the matrix, else the words. */
    public static Question question(String text, String conversationId) {
        String words = text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[\\s?!.]+$", "").strip();
        // The text stays with the structured request, so logs and "Helpful?" show what was typed.
        return MATRIX.contains(words) ? new Question(text, conversationId, Intent.ROLE_LIST.id(), Entities.NONE, "")
                : Question.of(text, conversationId);
    }

    /** The question that asks for the matrix of who does what, without words. */
    public static Question matrix(String conversationId) {
        return Question.structured(Intent.ROLE_LIST.id(), Entities.NONE, conversationId);
    }
}
