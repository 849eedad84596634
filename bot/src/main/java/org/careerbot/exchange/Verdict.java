package org.careerbot.exchange;

/**
 * A "Helpful?" click: whether the answer helped, and what a platform's button carries so that the click can be
 * recorded without asking again, even after the answer is no longer kept (a restart, another replica). Every
 * platform's buttons carry the same {@link #token}; whether the answer helped is the button itself.
 *
 * @param helpful  whether the user found the answer helpful
 * @param answerId the {@link KeptAnswers} id of the answer, or empty
 * @param intent   the intent of the answer judged
 * @param question the question it answered, possibly cut to fit the button
 */
public record Verdict(boolean helpful, String answerId, String intent, String question) {
    /** What users see once they clicked. */
    public static final String THANKS = "Thanks for the feedback!";

    /** Null parts read as empty. */
    public Verdict {
        answerId = answerId == null ? "" : answerId;
        intent = intent == null ? "" : intent;
        question = question == null ? "" : question.strip();
    }

    /**
     * The token a button carries: the answer's id, its intent and the question, separated by colons (ids and
     * intents never hold one; questions may), cut to at most {@code max} characters by shortening the question.
     */
    public String token(int max) {
        String token = answerId + ":" + intent + ":" + question;
        if (token.length() <= max) {
            return token;
        }
        int end = Math.max(0, max);
        // never half a character: a lone surrogate would not survive the platform's JSON
        return token.substring(0, end > 0 && Character.isHighSurrogate(token.charAt(end - 1)) ? end - 1 : end);
    }

    /**
     * The verdict a button's token stands for. A token without an answer id, {@code intent:question}, is read too:
     * Slack's buttons carried that before, and their messages stay clickable.
     */
    public static Verdict parse(boolean helpful, String token) {
        String t = token == null ? "" : token.strip();
        String[] parts = t.split(":", 3);
        if (parts.length == 3 && (parts[0].isEmpty() || KeptAnswers.isId(parts[0]))) {
            return new Verdict(helpful, parts[0], parts[1], parts[2]);
        }
        int colon = t.indexOf(':');
        return colon < 0 ? new Verdict(helpful, "", "", t)
                : new Verdict(helpful, "", t.substring(0, colon), t.substring(colon + 1));
    }
}
