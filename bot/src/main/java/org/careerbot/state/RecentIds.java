package org.careerbot.state;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Ids seen lately, in this process: bounded in number and forgotten after a while, so memory stays flat however
 * long it runs.
 */
public final class RecentIds implements SeenEvents {
    private final int capacity;
    private final Duration ttl;
    private final Clock clock;
    private final LinkedHashMap<String, Instant> seen = new LinkedHashMap<>();

    /**
     * A memory of ids.
     *
     * @param capacity how many ids at most; the oldest go first
     * @param ttl      how long an id is remembered
     * @param clock    the time source
     */
    public RecentIds(int capacity, Duration ttl, Clock clock) {
        this.capacity = capacity;
        this.ttl = ttl;
        this.clock = clock;
    }

    @Override
    public synchronized boolean firstTime(String id) {
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

    /** How many ids are remembered now. */
    public synchronized int size() {
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
