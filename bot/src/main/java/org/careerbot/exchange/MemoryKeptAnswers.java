package org.careerbot.exchange;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Answers kept in this process: bounded and expiring (Caffeine), so memory never grows. Thread-safe. */
public final class MemoryKeptAnswers implements KeptAnswerStore {
    private final Cache<String, Kept> answers;

    /**
     * Answers kept for {@code ttl} after they were given, at most {@code capacity} of them.
     *
     * @param clock the time expiry is measured by
     */
    public MemoryKeptAnswers(int capacity, Duration ttl, Clock clock) {
        this.answers = Caffeine.newBuilder().maximumSize(capacity).expireAfterWrite(ttl)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                // Evictions happen on the caller's thread: no background tasks, and a bound that holds at once.
                .executor(Runnable::run)
                .build();
    }

    @Override
    public boolean add(Kept kept) {
        return answers.asMap().putIfAbsent(kept.id(), kept) == null;
    }

    @Override
    public Optional<Kept> find(String id) {
        return Optional.ofNullable(answers.getIfPresent(id));
    }

    /** How many answers are kept now. */
    long size() {
        answers.cleanUp();
        return answers.estimatedSize();
    }
}
