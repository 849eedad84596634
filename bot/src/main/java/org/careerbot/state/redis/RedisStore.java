package org.careerbot.state.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.careerbot.state.StateEvents;
import org.careerbot.state.StateHealth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection to Redis, shared by every store of the process (Lettuce pipelines the commands of all threads on
 * it), and what happens when Redis cannot be reached: the command fails at once or within {@link #TIMEOUT}, the
 * caller goes on without the shared state, the failure is counted, and the log says so once when the outage starts
 * and once when it ends. A server that cannot be reached at start is tried again in the background.
 */
public final class RedisStore implements StateHealth, AutoCloseable {
    /**
     * The longest a command may take. Event ids are checked while Slack waits for its acknowledgement (3 s), so a
     * slow Redis must cost far less than that.
     */
    static final Duration TIMEOUT = Duration.ofMillis(500);
    /** How often a server that could not be reached at start is tried again. */
    static final Duration RETRY = Duration.ofSeconds(2);
    /** Keys are prefixed, so that the bot can share a Redis with others. */
    static final String PREFIX = "careerbot:";
    private static final Logger LOG = LoggerFactory.getLogger(RedisStore.class);
    private static final RedisCodec<String, byte[]> CODEC = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);

    private final RedisSettings settings;
    private final RedisClient client;
    private final StateEvents events;
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "redis-connect");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong failures = new AtomicLong();
    private volatile StatefulRedisConnection<String, byte[]> connection;
    /** Why Redis cannot be used now; null while it can. */
    private volatile String problem;

    private RedisStore(RedisSettings settings, StateEvents events) {
        this.settings = settings;
        this.events = events;
        this.client = RedisClient.create(settings.uri());
        client.setOptions(ClientOptions.builder()
                .timeoutOptions(TimeoutOptions.enabled(TIMEOUT))
                .socketOptions(SocketOptions.builder().connectTimeout(Duration.ofSeconds(2)).build())
                // While reconnecting, commands fail at once rather than wait in a queue: the answer goes on without.
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .autoReconnect(true).build());
    }

    /**
     * A store on this server, connected now if it can be reached, else tried again every {@link #RETRY} in the
     * background while the bot answers without it.
     *
     * @param events where failed operations are counted
     */
    public static RedisStore connect(RedisSettings settings, StateEvents events) {
        RedisStore store = new RedisStore(settings, events);
        if (!store.tryConnect()) {
            store.retries.scheduleWithFixedDelay(store::retry, RETRY.toMillis(), RETRY.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
        return store;
    }

    /**
     * Runs a command; when Redis cannot be reached, counts and logs the failure and gives {@code fallback}.
     *
     * @param operation what the command is for, as the metrics count it, e.g. {@code seen_events}
     */
    <T> T call(String operation, Function<RedisCommands<String, byte[]>, T> command, T fallback) {
        StatefulRedisConnection<String, byte[]> c = connection;
        if (c == null) {
            failed(operation, problem == null ? "not connected" : problem);
            return fallback;
        }
        try {
            T result = command.apply(c.sync());
            recovered();
            return result;
        } catch (RedisException e) {
            failed(operation, describe(e));
            return fallback;
        }
    }

    /** The connection, once there is one: for Bucket4j, which runs its own commands on it. */
    Optional<StatefulRedisConnection<String, byte[]>> connection() {
        return Optional.ofNullable(connection);
    }

    /** Counts and logs a failure that a store caught itself. */
    void failed(String operation, RuntimeException e) {
        failed(operation, describe(e));
    }

    /** Marks Redis reachable, after a command that a store ran itself succeeded. */
    void succeeded() {
        recovered();
    }

    /** A key in the bot's namespace. */
    static String key(String kind, String id) {
        return PREFIX + kind + ":" + id;
    }

    @Override
    public boolean up() {
        return state().equals("connected");
    }

    /** Asks Redis now ({@code PING}), so that health reflects this moment rather than the last request. */
    @Override
    public String state() {
        StatefulRedisConnection<String, byte[]> c = connection;
        if (c == null) {
            return "cannot reach " + settings.where() + ": " + (problem == null ? "not connected" : problem);
        }
        try {
            c.sync().ping();
            recovered();
            return "connected";
        } catch (RedisException e) {
            failed("ping", describe(e));
            return "cannot reach " + settings.where() + ": " + problem;
        }
    }

    @Override
    public void close() {
        retries.shutdownNow();
        StatefulRedisConnection<String, byte[]> c = connection;
        if (c != null) {
            c.close();
        }
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }

    private boolean tryConnect() {
        try {
            connection = client.connect(CODEC, settings.uri());
            LOG.info("shared state in Redis at {}", settings.where());
            problem = null;
            return true;
        } catch (RedisException e) {
            String why = describe(e);
            if (problem == null) {
                LOG.warn("Redis at {} cannot be reached ({}); answering without shared state (no follow-up"
                        + " context, no duplicate check) and trying again every {} s", settings.where(), why,
                        RETRY.toSeconds());
            }
            problem = why;
            return false;
        }
    }

    private void retry() {
        if (tryConnect()) {
            retries.shutdown();
        }
    }

    private void failed(String operation, String why) {
        events.failed("redis", operation);
        long count = failures.incrementAndGet();
        String before = problem;
        problem = why;
        if (before == null) {
            LOG.warn("Redis at {} failed ({}: {}); answering without shared state (no follow-up context, no duplicate"
                    + " check) until it is back", settings.where(), operation, why);
        } else {
            LOG.debug("Redis still failing ({}: {}), {} failures so far", operation, why, count);
        }
    }

    private void recovered() {
        if (problem != null && connection != null) {
            problem = null;
            LOG.info("Redis at {} answers again ({} failed operations in all)", settings.where(), failures.get());
        }
    }

    /** What went wrong, in a few words that never hold the password: the class and the root cause's message. */
    private String describe(RuntimeException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName()
                : root.getClass().getSimpleName() + ": " + root.getMessage();
        char[] password = settings.uri().getPassword();
        return password == null || password.length == 0 ? message : message.replace(new String(password), "***");
    }
}
