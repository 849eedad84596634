package org.careerbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.careerbot.core.Feedback;
import org.careerbot.core.FixedCatalog;
import org.careerbot.picture.Illustrations;
import org.careerbot.testing.LoopbackSlack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A slow Slack (every post taking half a second) does not cap how many questions are answered: the replies
 * waiting for Slack do not keep the others from being sent, and nobody is told the bot is busy. The many workers
 * do not all ask the core at once, which would starve the threads that acknowledge requests of CPU.
 */
class SlackSlowSlackTest {
    private static final int QUESTIONS = 300;
    private static final Duration LATENCY = Duration.ofMillis(500);

    @Test
    @Timeout(60)
    void threeHundredQuestionsAreAnsweredSoonAfterTheyAreAskedWhenEachPostTakesHalfASecond() throws Exception {
        ExecutorService askers = Executors.newFixedThreadPool(8);
        try (LoopbackSlack slack = new LoopbackSlack()) {
            SlackBot bot = new SlackBot(new SlackSettings(TestApp.BOT_TOKEN, null, SignedClient.SECRET,
                    slack.apiUrl(), 0), new ScriptedAnswerer(), FixedCatalog.ofSize(2), Feedback.NONE,
                    Illustrations.NONE, SlackBot.workers(SlackBot.WORKERS, SlackBot.QUEUE), d -> { },
                    SlackBot.STOP_BOUND);
            try {
                bot.start();
                slack.latency(LATENCY);
                SignedClient client = new SignedClient(bot.port());
                List<Future<String>> acks = new ArrayList<>();
                for (int i = 0; i < QUESTIONS; i++) {
                    int n = i;
                    acks.add(askers.submit(() -> client.command(Payloads.command("question " + n, "C1", "U" + n,
                            slack.responseUrl("q" + n))).body()));
                }
                for (Future<String> ack : acks) {
                    assertEquals("", ack.get(), "accepted, not busy");
                }
                long asked = System.nanoTime();
                slack.awaitAll("response", c -> true, QUESTIONS);
                long ms = (System.nanoTime() - asked) / 1_000_000;
                // At one post per worker at a time, the former 8 workers needed 19 s for the 300 answers.
                assertTrue(ms < 6_000, "the last answer came " + ms + " ms after the last question");
            } finally {
                bot.close();
            }
        } finally {
            askers.shutdownNow();
        }
    }

    @Test
    @Timeout(60)
    void noMoreWorkersAskTheCoreAtOnceThanThereAreCpus() throws Exception {
        AtomicInteger now = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ScriptedAnswerer core = new ScriptedAnswerer();
        core.answerWith(q -> {
            most.accumulateAndGet(now.incrementAndGet(), Math::max);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            now.decrementAndGet();
            return ScriptedAnswerer.small(q);
        });
        try (LoopbackSlack slack = new LoopbackSlack()) {
            SlackBot bot = new SlackBot(new SlackSettings(TestApp.BOT_TOKEN, null, SignedClient.SECRET,
                    slack.apiUrl(), 0), core, FixedCatalog.ofSize(2), Feedback.NONE, Illustrations.NONE,
                    SlackBot.workers(SlackBot.WORKERS, SlackBot.QUEUE), d -> { }, SlackBot.STOP_BOUND);
            try {
                bot.start();
                SignedClient client = new SignedClient(bot.port());
                for (int i = 0; i < 20; i++) {
                    client.command(Payloads.command("question " + i, "C1", "U" + i, slack.responseUrl("q" + i)));
                }
                slack.awaitAll("response", c -> true, 20);
            } finally {
                bot.close();
            }
        }
        assertTrue(most.get() <= Runtime.getRuntime().availableProcessors(), most.get() + " at once");
    }
}
