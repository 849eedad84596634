package org.careerbot.core;

/**
 * Where adapters report the life of their connections to a platform (a reconnect, a failed attempt to connect),
 * so that the operations side can count them. Implementations must be thread-safe and must not throw.
 */
public interface ConnectionEvents {
    /** Events that go nowhere, for tests and tools that run without the operations side. */
    ConnectionEvents NONE = (platform, event) -> { };

    /** What happened to a connection. */
    enum Event {
        /** A new connection replaced one that was lost or refreshed. */
        RECONNECTED,
        /** An attempt to open a connection failed; another follows after a pause. */
        ATTEMPT_FAILED
    }

    /**
     * Records one event.
     *
     * @param platform the platform's name, e.g. {@code slack}
     * @param event    what happened
     */
    void record(String platform, Event event);
}
