package org.careerbot.exchange;

/**
 * How an adapter tells a user a short note where they asked (privately where the platform can): the apology when
 * answering failed, or that the bot is too busy. Must not throw; a note that cannot be delivered is the adapter's
 * to log.
 */
@FunctionalInterface
public interface Notifier {
    /** Tells nobody: for work whose user was already answered, or who is told another way. */
    Notifier NONE = note -> { };

    /** Tells the user this note ({@link Notes}). */
    void tell(String note);
}
