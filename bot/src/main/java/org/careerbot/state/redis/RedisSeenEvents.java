package org.careerbot.state.redis;

import io.lettuce.core.SetArgs;
import org.careerbot.state.SeenEvents;
import org.careerbot.state.SharedState;

/**
 * Event ids in Redis, one key each ({@code careerbot:event:ID}), set only if absent and expiring after {@link
 * SharedState#EVENT_TTL}: whichever replica sets it first answers the event. When Redis cannot be reached, every
 * event counts as new: a retry may then be answered twice, but nothing goes unanswered.
 */
final class RedisSeenEvents implements SeenEvents {
    private static final byte[] SEEN = {'1'};
    private final RedisStore store;

    RedisSeenEvents(RedisStore store) {
        this.store = store;
    }

    @Override
    public boolean firstTime(String id) {
        return store.call("seen_events", redis -> "OK".equals(redis.set(RedisStore.key("event", id), SEEN,
                SetArgs.Builder.nx().ex(SharedState.EVENT_TTL))), true);
    }
}
