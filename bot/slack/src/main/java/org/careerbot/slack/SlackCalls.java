package org.careerbot.slack;

import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.webhook.WebhookResponse;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls Slack, retrying (a bounded number of times) only where Slack says a retry helps: rate limits, after the
 * {@code Retry-After} it asks for, server errors and lost connections. Failures are logged by method and error
 * code only: never a token, and never a response URL (it is a credential of its own).
 */
final class SlackCalls {
    static final int ATTEMPTS = 3;
    static final Duration LONGEST_WAIT = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(SlackCalls.class);
    private final Pause pause;

    /** Waits before a retry; tests pass one that only records. */
    @FunctionalInterface
    interface Pause {
        void pause(Duration duration) throws InterruptedException;
    }

    /** One call to Slack. */
    @FunctionalInterface
    interface Call<T> {
        T call() throws IOException, SlackApiException;
    }

    /**
     * How a call ended.
     *
     * @param ok    whether Slack took it
     * @param error Slack's error code, or what went wrong; empty when ok
     */
    record Outcome(boolean ok, String error) {
        static final Outcome OK = new Outcome(true, "");

        static Outcome failed(String error) {
            return new Outcome(false, error == null ? "unknown" : error);
        }
    }

    SlackCalls(Pause pause) {
        this.pause = pause;
    }

    /** A Web API method call. */
    <T extends SlackApiTextResponse> Outcome web(String method, Call<T> call) {
        return attempt(method, () -> {
            T response = call.call();
            if (response.isOk()) {
                return Outcome.OK;
            }
            if ("ratelimited".equals(response.getError())) {
                throw new Retry(Duration.ofSeconds(1), "ratelimited");
            }
            return Outcome.failed(response.getError());
        });
    }

    /** A post to a response URL, which answers 200 "ok" or an error word. */
    Outcome webhook(String what, Call<WebhookResponse> call) {
        return attempt(what, () -> {
            WebhookResponse response = call.call();
            int code = response.getCode() == null ? 0 : response.getCode();
            if (code == 200) {
                return Outcome.OK;
            }
            if (code == 429 || code >= 500) {
                throw new Retry(Duration.ofSeconds(1), "http_" + code);
            }
            String body = response.getBody() == null ? "" : response.getBody().strip();
            return Outcome.failed(body.isEmpty() || body.length() > 60 ? "http_" + code : body);
        });
    }

    private Outcome attempt(String what, Call<Outcome> call) {
        for (int attempt = 1; ; attempt++) {
            Retry retry;
            try {
                Outcome outcome = call.call();
                if (!outcome.ok()) {
                    LOG.warn("Slack {} failed: {}", what, outcome.error());
                }
                return outcome;
            } catch (Retry r) {
                retry = r;
            } catch (SlackApiException e) {
                retry = Retry.of(e, attempt);
                if (retry == null) {
                    LOG.warn("Slack {} failed: HTTP {}", what, e.getResponse().code());
                    return Outcome.failed("http_" + e.getResponse().code());
                }
            } catch (IOException e) {
                retry = new Retry(Duration.ofSeconds(attempt), e.getClass().getSimpleName());
            }
            if (attempt == ATTEMPTS || !waited(what, retry, attempt)) {
                LOG.warn("Slack {} failed after {} attempt(s): {}", what, attempt, retry.reason);
                return Outcome.failed(retry.reason);
            }
        }
    }

    private boolean waited(String what, Retry retry, int attempt) {
        LOG.info("Slack {}: {}, retrying in {} ms (attempt {} of {})", what, retry.reason, retry.wait.toMillis(),
                attempt + 1, ATTEMPTS);
        try {
            pause.pause(retry.wait);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Slack asked to try again after a while. */
    private static final class Retry extends IOException {
        private final transient Duration wait;
        private final String reason;

        Retry(Duration wait, String reason) {
            super(reason);
            this.wait = wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
            this.reason = reason;
        }

        /** The retry a Web API error calls for, or null when retrying cannot help. */
        static Retry of(SlackApiException e, int attempt) {
            int code = e.getResponse().code();
            if (code == 429) {
                return new Retry(Duration.ofSeconds(seconds(e.getResponse().header("Retry-After"))), "ratelimited");
            }
            return code >= 500 ? new Retry(Duration.ofSeconds(attempt), "http_" + code) : null;
        }

        private static long seconds(String retryAfter) {
            try {
                return retryAfter == null ? 1 : Math.max(0, Long.parseLong(retryAfter.strip()));
            } catch (NumberFormatException e) {
                return 1;
            }
        }
    }
}
