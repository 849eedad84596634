package org.careerbot.ops;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.careerbot.core.ConnectionEvents;

/**
 * The bot's metrics, exposed in Prometheus text format: questions by intent and platform, latency, errors, rate
 * limiting, feedback, and the platforms' reconnects and failed connection attempts.
 */
public final class Metrics implements ConnectionEvents {
    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final Counter questions = Counter.builder().name("careerbot_questions_total")
            .help("Questions answered, by platform and intent").labelNames("platform", "intent").register(registry);
    private final Histogram latency = Histogram.builder().name("careerbot_answer_latency_seconds")
            .help("Time to answer a question").labelNames("platform")
            .classicUpperBounds(0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1, 2.5)
            .register(registry);
    private final Counter errors = Counter.builder().name("careerbot_errors_total")
            .help("Questions that failed and got an apology, by platform").labelNames("platform").register(registry);
    private final Counter limited = Counter.builder().name("careerbot_rate_limited_total")
            .help("Questions refused by the per-user rate limit, by platform").labelNames("platform")
            .register(registry);
    private final Counter feedback = Counter.builder().name("careerbot_feedback_total")
            .help("Answers users marked helpful or not, by platform").labelNames("platform", "helpful")
            .register(registry);
    private final Counter reconnects = Counter.builder().name("careerbot_reconnects_total")
            .help("Connections to a platform that replaced a lost or refreshed one, by platform")
            .labelNames("platform").register(registry);
    private final Counter connectFailures = Counter.builder().name("careerbot_connection_failures_total")
            .help("Failed attempts to connect to a platform, by platform").labelNames("platform").register(registry);

    private final Counter stateFailures = Counter.builder().name("careerbot_state_failures_total")
            .help("Operations on the shared state (Redis) that failed and were answered without it, by store and"
                    + " operation").labelNames("store", "operation").register(registry);

    /** Counts an answered question. */
    public void answered(String platform, String intent, long nanos) {
        questions.labelValues(platform, intent).inc();
        latency.labelValues(platform).observe(nanos / 1e9);
    }

    /** Counts a failure. */
    public void failed(String platform) {
        errors.labelValues(platform).inc();
    }

    /** Counts a question refused by the rate limit. */
    public void limited(String platform) {
        limited.labelValues(platform).inc();
    }

    /** Counts a user's verdict on an answer. */
    public void feedback(String platform, boolean helpful) {
        feedback.labelValues(platform, Boolean.toString(helpful)).inc();
    }

    /** Counts an operation on the shared state that failed, e.g. {@code ("redis", "seen_events")}. */
    public void stateFailed(String store, String operation) {
        stateFailures.labelValues(store, operation).inc();
    }

    /** Counts a reconnect or a failed attempt to connect. */
    @Override
    public void record(String platform, Event event) {
        (event == Event.RECONNECTED ? reconnects : connectFailures).labelValues(platform).inc();
    }

    /** The metrics in Prometheus text format (version 0.0.4). */
    public String scrape() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new PrometheusTextFormatWriter(false).write(out, registry.scrape());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
