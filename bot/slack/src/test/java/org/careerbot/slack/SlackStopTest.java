package org.careerbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.careerbot.core.Feedback;
import org.careerbot.core.FixedCatalog;
import org.careerbot.picture.Illustrations;
import org.careerbot.testing.LoopbackSlack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Stopping (SIGTERM): no new requests are taken, the questions already acknowledged are answered within the stop
 * bound, and those that could not be are counted in the log rather than dropped silently.
 */
class SlackStopTest {
    private final ScriptedAnswerer core = new ScriptedAnswerer();

    @Test
    @Timeout(30)
    void stoppingAnswersEveryQueuedQuestionFirst() throws Exception {
        core.answerWith(q -> {
            pause(20);
            return ScriptedAnswerer.small(q);
        });
        try (LoopbackSlack slack = new LoopbackSlack()) {
            SlackBot bot = bot(slack, Duration.ofSeconds(10));
            bot.start();
            SignedClient client = new SignedClient(bot.port());
            for (int i = 0; i < 60; i++) {
                assertEquals("", client.command(Payloads.command("question " + i, "C1", "U" + i,
                        slack.responseUrl("q" + i))).body(), "accepted, not busy");
            }
            List<String> log = Logs.capture(bot::close);
            assertEquals(60, slack.calls("response").size(), "every acknowledged question was answered");
            assertTrue(log.stream().noneMatch(l -> l.contains("not sent")), log.toString());
        }
    }

    @Test
    @Timeout(30)
    void aStopGivesUpAtItsBoundAndLogsHowManyQuestionsWereNotAnswered() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        List<String> started = new CopyOnWriteArrayList<>();
        core.answerWith(q -> {
            if (!q.text().startsWith("stuck")) {
                return ScriptedAnswerer.small(q);
            }
            started.add(q.text());
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ScriptedAnswerer.small(q);
        });
        try (LoopbackSlack slack = new LoopbackSlack()) {
            SlackBot bot = bot(slack, Duration.ofSeconds(1));
            bot.start();
            SignedClient client = new SignedClient(bot.port());
            for (int i = 0; i < 20; i++) {
                client.command(Payloads.command("stuck " + i, "C1", "U" + i, slack.responseUrl("s" + i)));
            }
            long start = System.nanoTime();
            List<String> log = Logs.capture(bot::close);
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertTrue(ms < 5_000, "stopped in " + ms + " ms");
            assertEquals(1, started.size(), "one worker, stuck on the first question");
            assertTrue(log.contains("Slack: 20 replies not sent at shutdown (19 waiting, 1 in progress)"),
                    log.toString());
        }
    }

    /** The app with one answer worker and this stop bound. */
    private SlackBot bot(LoopbackSlack slack, Duration stopBound) {
        return new SlackBot(new SlackSettings(TestApp.BOT_TOKEN, null, SignedClient.SECRET, slack.apiUrl(), 0), core,
                FixedCatalog.ofSize(2), Feedback.NONE, Illustrations.NONE, SlackBot.workers(1, 100), d -> { },
                stopBound);
    }

    private static void pause(long ms) {
        try {
            TimeUnit.MILLISECONDS.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
