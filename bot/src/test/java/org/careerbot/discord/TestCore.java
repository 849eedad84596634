package org.careerbot.discord;

import java.time.Clock;
import java.time.Duration;
import org.careerbot.core.CareerBot;
import org.careerbot.core.Conversations;
import org.careerbot.core.TestBot;

/** The real core over the built-in knowledge, built as {@code Main.components()} builds it. */
final class TestCore {
    private TestCore() {
    }

    static CareerBot create() {
        return TestBot.create(new Conversations(1_000, Duration.ofMinutes(30), Clock.systemUTC()));
    }
}
