package org.careerbot.state;

/** The shared state of a process that keeps it all itself: what it keeps, its other handles (itself) find. */
class MemoryStateTest extends SharedStateContract {
    @Override
    protected SharedState open() {
        return SharedState.inMemory();
    }

    @Override
    protected SharedState openReplica(SharedState first) {
        return first;
    }
}
