package org.careerbot.state;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.careerbot.core.ConversationStore;
import org.careerbot.core.Conversations;
import org.careerbot.exchange.KeptAnswerStore;
import org.careerbot.exchange.KeptAnswers;
import org.careerbot.exchange.MemoryKeptAnswers;
import org.careerbot.ops.BucketRateLimiter;

/**
 * Everything a process remembers between two requests, which several replicas must share to behave as one: the
 * events already handled, the conversations' short memory, the answers kept for their buttons, the rate limits,
 * and the workspaces installed. Kept in this process by default ({@link #inMemory}), or in Redis.
 *
 * @param name          where it is kept, for logs and health: {@code memory} or {@code redis}
 * @param events        the event ids handled lately
 * @param conversations the conversations' short memory
 * @param answers       the answers kept for their buttons
 * @param limits        the per-user rate limits
 * @param installations the workspaces installed
 * @param health        whether the store can be reached now
 * @param closer        releases the store's connections
 */
public record SharedState(String name, SeenEvents events, ConversationStore conversations, KeptAnswerStore answers,
                          Limits limits, Installations installations, StateHealth health, AutoCloseable closer)
        implements AutoCloseable {
    /**
     * How long an event id is remembered: beyond Slack's last retry of an event (about 5 minutes after the first
     * delivery), with room to spare.
     */
    public static final Duration EVENT_TTL = Duration.ofMinutes(15);
    /** How many event ids a process remembers at most. */
    public static final int EVENT_CAPACITY = 10_000;
    /** The file that keeps installations under the data directory when there is no shared store. */
    public static final String INSTALLATIONS_FILE = "slack-installations.json";

    /**
     * Everything in this process, as one process needs: nothing to run. Installations are kept in a file under
     * {@code dataDir}, read now.
     */
    public static SharedState inMemory(Path dataDir) {
        return inMemory(new FileInstallations(dataDir.resolve(INSTALLATIONS_FILE)));
    }

    /** Everything in this process, installations too: for tests, and for commands that install nothing. */
    public static SharedState inMemory() {
        return inMemory(new FileInstallations(null));
    }

    private static SharedState inMemory(Installations installations) {
        Clock clock = Clock.systemUTC();
        return new SharedState("memory", new RecentIds(EVENT_CAPACITY, EVENT_TTL, clock),
                new Conversations(Conversations.CAPACITY, Conversations.TTL, clock),
                new MemoryKeptAnswers(KeptAnswers.CAPACITY, KeptAnswers.TTL, clock), BucketRateLimiter::new,
                installations, StateHealth.LOCAL, () -> { });
    }

    /** Closes the store's connections; what failed to close is not worth a stop's time. */
    @Override
    public void close() {
        try {
            closer.close();
        } catch (Exception e) {
            // the process is stopping
        }
    }
}
