package org.careerbot.state;

/** Where failed operations on the shared state are counted (the metrics). */
@FunctionalInterface
public interface StateEvents {
    /** Counts nothing. */
    StateEvents NONE = (store, operation) -> { };

    /**
     * Counts an operation that failed, and was answered without the shared state.
     *
     * @param store     the store, e.g. {@code redis}
     * @param operation what was tried, e.g. {@code seen_events}
     */
    void failed(String store, String operation);
}
