package org.careerbot.exchange;

/**
 * The short notes users get instead of an answer, the same on every platform. None names a platform's command:
 * asking again works the way the user asked the first time.
 */
public final class Notes {
    /** Something failed after the question was read (rendering, delivering): never silence. */
    public static final String SORRY = "Sorry, something went wrong while answering. Please try again in a moment.";
    /** Every worker is taken and the queue is full, or the bot is stopping. */
    public static final String BUSY = "Sorry, Career Bot is busy or restarting. Please try again in a minute.";
    /** More on an answer that is no longer kept (a restart, a busy day). */
    public static final String MORE_GONE = "Sorry, I no longer have the rest of that answer. Please ask again to see"
            + " it.";
    /** More on an answer that showed everything. */
    public static final String WHOLE = "That was the whole answer.";
    /** A follow-up whose question went with its answer. */
    public static final String EXPIRED = "Sorry, this button has expired. Please ask again.";

    private Notes() {
    }
}
