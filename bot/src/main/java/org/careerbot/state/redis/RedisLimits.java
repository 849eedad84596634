package org.careerbot.state.redis;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import java.time.Duration;
import org.careerbot.core.RateLimiter;
import org.careerbot.state.Limits;

/**
 * Rate limits in Redis through Bucket4j's Lettuce back end: one token bucket per user ({@code
 * careerbot:limit:KEY}), refilled gradually as in memory, updated by compare-and-swap so that replicas never count
 * over each other, and expiring once it would be full again. When Redis cannot be reached, questions are allowed:
 * a limit that cannot be checked must not silence the bot.
 */
final class RedisLimits implements Limits {
    private final RedisStore store;

    RedisLimits(RedisStore store) {
        this.store = store;
    }

    @Override
    public RateLimiter limiter(int questions, Duration window) {
        return new Limiter(store, BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(questions).refillGreedy(questions, window).build()).build(),
                questions + "/" + window.toSeconds() + "s", window);
    }

    /** One limit, made on the connection once there is one. */
    private static final class Limiter implements RateLimiter {
        private final RedisStore store;
        private final BucketConfiguration configuration;
        private final String description;
        private final Duration window;
        private volatile ProxyManager<String> buckets;

        Limiter(RedisStore store, BucketConfiguration configuration, String description, Duration window) {
            this.store = store;
            this.configuration = configuration;
            this.description = description;
            this.window = window;
        }

        @Override
        public boolean tryAcquire(String userKey) {
            ProxyManager<String> proxies = buckets();
            if (proxies == null) {
                store.call("rate_limits", redis -> null, null); // counted, and logged, as a failure
                return true;
            }
            try {
                boolean allowed = proxies.builder().build(RedisStore.key("limit", userKey), configuration)
                        .tryConsume(1);
                store.succeeded();
                return allowed;
            } catch (RuntimeException e) {
                store.failed("rate_limits", e);
                return true;
            }
        }

        private ProxyManager<String> buckets() {
            ProxyManager<String> b = buckets;
            if (b == null) {
                b = store.connection().map(c -> Bucket4jLettuce.casBasedBuilder(c)
                        .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                                window))
                        .requestTimeout(RedisStore.TIMEOUT).build()).orElse(null);
                buckets = b;
            }
            return b;
        }

        /** The limit, e.g. "5/10s", as the "one moment" answer names it. */
        @Override
        public String toString() {
            return description;
        }
    }
}
