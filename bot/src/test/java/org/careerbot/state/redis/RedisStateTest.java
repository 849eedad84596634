package org.careerbot.state.redis;

import org.careerbot.state.SharedState;
import org.careerbot.state.SharedStateContract;
import org.careerbot.state.StateEvents;
import org.junit.jupiter.api.Tag;

/** The shared state in a real Redis: two connections stand for two replicas. */
@Tag("redis")
class RedisStateTest extends SharedStateContract {
    @Override
    protected SharedState open() {
        return RedisState.connect(TestRedis.settings(), StateEvents.NONE);
    }

    @Override
    protected SharedState openReplica(SharedState first) {
        return RedisState.connect(TestRedis.settings(), StateEvents.NONE);
    }
}
