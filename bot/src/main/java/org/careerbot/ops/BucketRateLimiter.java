package org.careerbot.ops;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import org.careerbot.core.RateLimiter;

/**
 * A token bucket per user (Bucket4j), kept in a bounded, expiring cache (Caffeine): a flood from one user empties
 * only that user's bucket, and idle users are forgotten, so memory stays bounded whatever the traffic.
 */
public final class BucketRateLimiter implements RateLimiter {
    /** Beyond this many users at once the least recently seen are forgotten (and get a full bucket back). */
    static final int MAX_USERS = 100_000;

    private final Cache<String, Bucket> buckets;
    private final int questions;
    private final Duration per;
    private final TimeMeter time;

    /**
     * A limiter.
     *
     * @param questions how many questions a user may ask
     * @param per       in this window (refilled gradually)
     */
    public BucketRateLimiter(int questions, Duration per) {
        this(questions, per, TimeMeter.SYSTEM_MILLISECONDS);
    }

    /** A limiter on this clock: tests stop time so that no token comes back while they run. */
    BucketRateLimiter(int questions, Duration per, TimeMeter time) {
        this.questions = questions;
        this.per = per;
        this.time = time;
        this.buckets = Caffeine.newBuilder().maximumSize(MAX_USERS).expireAfterAccess(per.multipliedBy(6)).build();
    }

    @Override
    public boolean tryAcquire(String userKey) {
        return buckets.get(userKey, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(questions).refillGreedy(questions, per).build())
                .withCustomTimePrecision(time)
                .build()).tryConsume(1);
    }

    /** How many users' buckets are kept now, once pending evictions are done. */
    long users() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    /** The limit, e.g. "5/10s". */
    @Override
    public String toString() {
        return questions + "/" + per.toSeconds() + "s";
    }
}
