package org.careerbot.discord;

import java.util.Optional;
import net.dv8tion.jda.api.components.buttons.Button;
import org.careerbot.exchange.Verdict;

/**
 * The custom ids of Career Bot's buttons, which carry everything a stateless click handler needs within
 * {@value Button#ID_MAX_LENGTH} characters:
 * <ul>
 *   <li>{@code cb:q:<e|p>:<question>}: ask this follow-up question (it fits, so the button never expires);</li>
 *   <li>{@code cb:f:<e|p>:<n>:<key>}: ask follow-up {@code n} of the answer cached under {@code key};</li>
 *   <li>{@code cb:s:<key>}: post the answer cached under {@code key} publicly;</li>
 *   <li>{@code cb:m:<e|p>:<key>}: show what the brief answer cached under {@code key} left out;</li>
 *   <li>{@code cb:h:<y|n>:<token>}: the answer helped or not; the token ({@link Verdict#token}) carries its key,
 *   intent and the start of its question, so the click is recorded after the answer has gone.</li>
 * </ul>
 * {@code e} or {@code p}: whether the answer holding the button was ephemeral, so that the follow-up or the rest of
 * the answer is too.
 */
final class ButtonIds {
    private static final String QUESTION = "cb:q:";
    private static final String CACHED = "cb:f:";
    private static final String SHARE = "cb:s:";
    private static final String MORE = "cb:m:";
    private static final String VERDICT = "cb:h:";

    private ButtonIds() {
    }

    /** A click on one of our buttons. */
    sealed interface Click permits AskText, AskCached, Share, More, Judged {
    }

    /**
     * Ask a question written in the id.
     *
     * @param ephemeral whether to answer privately
     * @param question  the question
     */
    record AskText(boolean ephemeral, String question) implements Click {
    }

    /**
     * Ask a follow-up of a cached answer.
     *
     * @param ephemeral whether to answer privately
     * @param index     which follow-up
     * @param key       the cache key
     */
    record AskCached(boolean ephemeral, int index, String key) implements Click {
    }

    /**
     * Post a cached answer publicly.
     *
     * @param key the cache key
     */
    record Share(String key) implements Click {
    }

    /**
     * Show the rest of a cached answer.
     *
     * @param ephemeral whether to show it privately
     * @param key       the cache key
     */
    record More(boolean ephemeral, String key) implements Click {
    }

    /**
     * Whether an answer helped.
     *
     * @param verdict what the button carries
     */
    record Judged(Verdict verdict) implements Click {
    }

    /** The id of a "Helpful?" button; the question is cut to fit. */
    static String verdict(Verdict verdict) {
        String start = VERDICT + (verdict.helpful() ? "y:" : "n:");
        return start + verdict.token(Button.ID_MAX_LENGTH - start.length());
    }

    /** The id that asks a follow-up: its text when it fits, else its place in the cached answer. */
    static String followUp(String question, int index, String key, boolean ephemeral) {
        String flag = ephemeral ? "e:" : "p:";
        String text = QUESTION + flag + question;
        return text.length() <= Button.ID_MAX_LENGTH ? text : CACHED + flag + index + ":" + key;
    }

    static String share(String key) {
        return SHARE + key;
    }

    /** The id of the More button of the answer cached under {@code key}. */
    static String more(String key, boolean ephemeral) {
        return MORE + (ephemeral ? "e:" : "p:") + key;
    }

    /** The click an id stands for; empty for ids that are not ours or are malformed. */
    static Optional<Click> parse(String id) {
        if (id == null) {
            return Optional.empty();
        }
        try {
            if (id.startsWith(SHARE)) {
                return Optional.of(new Share(id.substring(SHARE.length())));
            }
            if (id.startsWith(MORE)) {
                String rest = id.substring(MORE.length());
                return rest.length() > 2 ? Optional.of(new More(rest.startsWith("e:"), rest.substring(2)))
                        : Optional.empty();
            }
            if (id.startsWith(QUESTION)) {
                String rest = id.substring(QUESTION.length());
                return Optional.of(new AskText(rest.startsWith("e:"), rest.substring(2)));
            }
            if (id.startsWith(VERDICT)) {
                String rest = id.substring(VERDICT.length());
                return rest.length() > 2 && rest.substring(2).split(":", 3).length == 3
                        ? Optional.of(new Judged(Verdict.parse(rest.startsWith("y:"), rest.substring(2))))
                        : Optional.empty();
            }
            if (id.startsWith(CACHED)) {
                String[] parts = id.substring(CACHED.length()).split(":", 3);
                return Optional.of(new AskCached(parts[0].equals("e"), Integer.parseInt(parts[1]), parts[2]));
            }
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
