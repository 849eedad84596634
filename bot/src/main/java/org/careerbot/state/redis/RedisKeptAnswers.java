package org.careerbot.state.redis;

import io.lettuce.core.SetArgs;
import java.time.Duration;
import java.util.Optional;
import org.careerbot.exchange.Kept;
import org.careerbot.exchange.KeptAnswerStore;

/**
 * Answers kept for their buttons in Redis, one key each ({@code careerbot:answer:ID}), expiring a fixed time after
 * the answer was given, so that a click on any replica finds it. When Redis cannot be reached the answer still goes
 * out; its buttons then say it has gone (Share asks the question again).
 */
final class RedisKeptAnswers implements KeptAnswerStore {
    private final RedisStore store;
    private final Duration ttl;

    RedisKeptAnswers(RedisStore store, Duration ttl) {
        this.store = store;
        this.ttl = ttl;
    }

    @Override
    public boolean add(Kept kept) {
        byte[] json = StateJson.write(kept);
        return store.call("kept_answers", redis -> "OK".equals(redis.set(key(kept.id()), json,
                SetArgs.Builder.nx().ex(ttl))), true);
    }

    @Override
    public Optional<Kept> find(String id) {
        byte[] json = store.call("kept_answers", redis -> redis.get(key(id)), null);
        return Optional.ofNullable(StateJson.read(json, Kept.class));
    }

    private static String key(String id) {
        return RedisStore.key("answer", id);
    }
}
