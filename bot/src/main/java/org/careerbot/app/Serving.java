package org.careerbot.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.careerbot.knowledge.KnowledgeBase;
import org.careerbot.ops.HealthServer;
import org.careerbot.ops.Observers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs platforms until the process is stopped: starts them and the health endpoint, and on SIGTERM stops taking
 * new events, lets answers in flight finish, and disconnects.
 */
final class Serving {
    private static final Logger LOG = LoggerFactory.getLogger(Serving.class);

    private Serving() {
    }

    static int serve(List<Platform> platforms, Components components, OpsSettings settings, Observers observers)
            throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        HealthServer[] health = new HealthServer[1];
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("stopping: finishing answers in flight");
            platforms.forEach(Platform::close);
            if (health[0] != null) {
                health[0].close();
            }
            stopped.countDown();
        }, "shutdown"));
        for (Platform p : platforms) {
            try {
                p.start();
            } catch (Exception e) {
                LOG.error("{} could not start: {}", p.name(), e.getMessage());
                return 1; // the shutdown hook closes what did start
            }
        }
        if (settings.healthPort() != 0) {
            try {
                health[0] = new HealthServer(settings.healthPort(), () -> connected(platforms),
                        counts(components.knowledge()), observers.metrics());
                LOG.info("health on :{} (/healthz, /metrics)", health[0].port());
            } catch (java.io.IOException e) {
                LOG.error("HEALTH_PORT {} cannot be used ({}); set another port or 0", settings.healthPort(),
                        e.getMessage());
                return 1;
            }
        }
        LOG.info("ready: {} ({} ms after JVM start)", platforms.stream().map(Platform::name).toList(),
                components.startupMs());
        stopped.await();
        return 0;
    }

    private static Map<String, Boolean> connected(List<Platform> platforms) {
        Map<String, Boolean> out = new LinkedHashMap<>();
        platforms.forEach(p -> out.put(p.name(), p.connected()));
        return out;
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
