package org.careerbot.state.redis;

import org.careerbot.core.Conversations;
import org.careerbot.exchange.KeptAnswers;
import org.careerbot.state.SharedState;
import org.careerbot.state.StateEvents;

/** The shared state of several replicas, in one Redis. */
public final class RedisState {
    private RedisState() {
    }

    /**
     * Every store in the Redis these settings name, with the expiries of the memory they replace. Connects now if
     * Redis can be reached, else in the background; the bot answers meanwhile, without shared state.
     *
     * @param events where failed operations are counted
     */
    public static SharedState connect(RedisSettings settings, StateEvents events) {
        RedisStore store = RedisStore.connect(settings, events);
        return new SharedState("redis", new RedisSeenEvents(store),
                new RedisConversations(store, Conversations.TTL), new RedisKeptAnswers(store, KeptAnswers.TTL),
                new RedisLimits(store), new RedisInstallations(store), store, store);
    }

}
