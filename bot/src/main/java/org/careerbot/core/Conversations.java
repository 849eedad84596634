package org.careerbot.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.careerbot.model.Context;

/**
 * Short memory of what each conversation is about, in this process: bounded in size (least recently used forgotten
 * first) and expiring, so that a follow-up works for a while and memory never grows without end. Thread-safe.
 */
public final class Conversations implements ConversationStore {
    /** How many conversations are remembered at most. */
    public static final int CAPACITY = 10_000;
    /** How long a conversation is remembered after its last question. */
    public static final Duration TTL = Duration.ofMinutes(30);

    private final int capacity;
    private final Duration ttl;
    private final Clock clock;
    private final Map<String, Entry> entries;

    /**
     * A memory.
     *
     * @param capacity how many conversations at most
     * @param ttl      how long a conversation is remembered after its last question
     * @param clock    the time source
     */
    public Conversations(int capacity, Duration ttl, Clock clock) {
        this.capacity = capacity;
        this.ttl = ttl;
        this.clock = clock;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > Conversations.this.capacity;
            }
        };
    }

    @Override
    public synchronized Context get(String conversationId) {
        if (conversationId.isEmpty()) {
            return Context.NONE;
        }
        Entry e = entries.get(conversationId);
        if (e == null || e.at.plus(ttl).isBefore(clock.instant())) {
            entries.remove(conversationId);
            return Context.NONE;
        }
        return e.context;
    }

    @Override
    public synchronized void put(String conversationId, Context context) {
        if (!conversationId.isEmpty()) {
            entries.put(conversationId, new Entry(context, clock.instant()));
        }
    }

    /** How many conversations are remembered. */
    public synchronized int size() {
        return entries.size();
    }

    private record Entry(Context context, Instant at) {
    }
}
