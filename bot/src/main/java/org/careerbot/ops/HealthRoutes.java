package org.careerbot.ops;

import java.util.OptionalInt;
import java.util.Set;

/**
 * Which requests the health endpoint answers, whatever serves it: exactly {@code /healthz} and {@code /metrics}
 * (a query string aside), with {@code GET} or {@code HEAD}. Anything else gets 404 or 405, so that a probe with a
 * typo fails instead of passing and nothing else can be done through the port.
 */
final class HealthRoutes {
    /** The paths served. */
    static final Set<String> PATHS = Set.of("/healthz", "/metrics");
    /** The methods allowed, as the {@code Allow} header of a 405 lists them. */
    static final String ALLOW = "GET, HEAD";

    private HealthRoutes() {
    }

    /** The status that refuses this request (404 unknown path, 405 other method), or empty when it is served. */
    static OptionalInt refusal(String method, String path) {
        if (!PATHS.contains(path)) {
            return OptionalInt.of(404);
        }
        return "GET".equals(method) || "HEAD".equals(method) ? OptionalInt.empty() : OptionalInt.of(405);
    }
}
