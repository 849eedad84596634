package org.careerbot.state.redis;

import io.lettuce.core.SetArgs;
import java.time.Duration;
import org.careerbot.core.ConversationStore;
import org.careerbot.model.Context;

/**
 * Conversations' short memory in Redis, one key each ({@code careerbot:conversation:ID}), whose expiry starts again
 * with every question, as in memory. When Redis cannot be reached, a question has no context: it is answered as one
 * that stands on its own.
 */
final class RedisConversations implements ConversationStore {
    private final RedisStore store;
    private final Duration ttl;

    RedisConversations(RedisStore store, Duration ttl) {
        this.store = store;
        this.ttl = ttl;
    }

    @Override
    public Context get(String conversationId) {
        if (conversationId.isEmpty()) {
            return Context.NONE;
        }
        byte[] json = store.call("conversations", redis -> redis.get(key(conversationId)), null);
        Context context = StateJson.read(json, Context.class);
        return context == null ? Context.NONE : context;
    }

    @Override
    public void put(String conversationId, Context context) {
        if (!conversationId.isEmpty()) {
            byte[] json = StateJson.write(context);
            store.call("conversations", redis -> redis.set(key(conversationId), json, SetArgs.Builder.ex(ttl)), null);
        }
    }

    private static String key(String conversationId) {
        return RedisStore.key("conversation", conversationId);
    }
}
