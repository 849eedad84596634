package org.careerbot.app;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.careerbot.knowledge.KnowledgeBase;
import org.careerbot.ops.HealthServer;
import org.careerbot.ops.Observers;
import org.careerbot.ops.PlatformHealth;
import org.careerbot.state.SharedState;
import org.careerbot.state.StateHealth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs platforms: starts them and the health endpoint; {@link #close()} stops taking new events, lets answers in
 * flight finish, and disconnects. The process closes it from a shutdown hook (SIGTERM, Ctrl-C); tests close it
 * themselves.
 */
final class Serving implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Serving.class);

    private final List<Platform> platforms;
    private final Components components;
    private final OpsSettings settings;
    private final Observers observers;
    private final SharedState state;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile HealthServer health;

    Serving(List<Platform> platforms, Components components, OpsSettings settings, Observers observers,
            SharedState state) {
        this.platforms = List.copyOf(platforms);
        this.state = state;
        this.components = components;
        this.settings = settings;
        this.observers = observers;
    }

    /**
     * Serves until the process is stopped, then finishes answers in flight.
     *
     * @return 0 once stopped; 1 if something could not start (what did start is stopped again)
     */
    int runUntilStopped() throws InterruptedException {
        // Registered first, so that a stop during a slow start (Discord may take minutes) still stops cleanly.
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "shutdown"));
        if (!start()) {
            close();
            return 1;
        }
        stopped.await();
        return 0;
    }

    /** Starts every platform, then the health endpoint; false, with the reason logged, if one cannot start. */
    boolean start() {
        for (Platform p : platforms) {
            try {
                p.start();
            } catch (Exception e) {
                LOG.error("{} could not start: {}", p.name(), e.getMessage());
                return false;
            }
        }
        if (settings.healthPort() != 0) {
            try {
                health = new HealthServer(settings.healthPort(), this::connected, this::stores,
                        counts(components.knowledge()), observers.metrics());
                LOG.info("health on :{} (/healthz, /metrics)", health.port());
            } catch (IOException e) {
                LOG.error("HEALTH_PORT {} cannot be used ({}); set another port or 0", settings.healthPort(),
                        e.getMessage());
                return false;
            }
        }
        LOG.info("ready: {} ({} ms after JVM start)", platforms.stream().map(Platform::name).toList(),
                components.startupMs());
        return true;
    }

    /** The platforms served. */
    List<Platform> platforms() {
        return platforms;
    }

    /**
     * Stops every platform (answers in flight finish first) and the health endpoint; once, whoever calls. The
     * platforms stop at the same time, each within its own bound, so that a stop takes as long as the slowest
     * platform's, not their sum.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        LOG.info("stopping: finishing answers in flight");
        List<Thread> stopping = platforms.stream().map(p -> new Thread(p::close, "stop-" + p.name())).toList();
        stopping.forEach(Thread::start);
        for (Thread t : stopping) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        HealthServer h = health;
        if (h != null) {
            h.close();
        }
        state.close();
        LOG.info("stopped");
        stopped.countDown();
    }

    private Map<String, PlatformHealth> connected() {
        Map<String, PlatformHealth> out = new LinkedHashMap<>();
        platforms.forEach(p -> out.put(p.name(), new PlatformHealth(p.connected(), p.state())));
        return out;
    }

    /** The shared store, when there is one: memory in this process is always up and not reported. */
    private Map<String, PlatformHealth> stores() {
        if (state.health() == StateHealth.LOCAL) {
            return Map.of();
        }
        return Map.of(state.name(), new PlatformHealth(state.health().up(), state.health().state()));
    }

    private static Map<String, Integer> counts(KnowledgeBase kb) {
        Map<String, Integer> out = new LinkedHashMap<>();
        out.put("roles", kb.roles().size());
        out.put("tasks", kb.tasks().size());
        out.put("skills", kb.skills().size());
        out.put("tools", kb.tools().size());
        return out;
    }
}
