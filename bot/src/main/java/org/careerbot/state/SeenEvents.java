package org.careerbot.state;

/**
 * The ids of events handled lately, so that an event delivered twice (a platform's retry, perhaps to another
 * replica) is answered once. Implementations never throw: a store that cannot answer says "first time", so that
 * an answer goes out rather than none.
 */
public interface SeenEvents {
    /** Whether this is the first time the id is seen lately; remembers it either way. */
    boolean firstTime(String id);
}
