package org.careerbot.slack;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/** Ids seen lately: bounded in number and forgotten after a while, so memory stays flat however long it runs. */
final class RecentIds {
    private final int capacity;
    private final Duration ttl;
    private final Clock clock;
    private final LinkedHashMap<String, Instant> seen = new LinkedHashMap<>();

    RecentIds(int capacity, Duration ttl, Clock clock) {
        this.capacity = capacity;
        this.ttl = ttl;
        this.clock = clock;
    }

    /** Whether this is the first time the id is seen lately; remembers it either way. */
    synchronized boolean firstTime(String id) {
        Instant now = clock.instant();
        forgetExpired(now);
        if (seen.containsKey(id)) {
            return false;
        }
        seen.put(id, now);
        if (seen.size() > capacity) {
            Iterator<String> oldest = seen.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
        return true;
    }

    synchronized int size() {
        return seen.size();
    }

    /** Insertion order is age order, so the expired ones are all at the head. */
    private void forgetExpired(Instant now) {
        Iterator<Map.Entry<String, Instant>> it = seen.entrySet().iterator();
        while (it.hasNext() && !it.next().getValue().plus(ttl).isAfter(now)) {
            it.remove();
        }
    }
}
