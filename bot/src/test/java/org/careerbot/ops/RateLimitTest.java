package org.careerbot.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bucket4j.TimeMeter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.careerbot.core.Answerer;
import org.careerbot.core.Feedback;
import org.careerbot.model.Answer;
import org.careerbot.model.Entities;
import org.careerbot.model.Intent;
import org.careerbot.model.Question;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-user rate limit, through the observed core as platforms use it: one user's flood is theirs alone. */
class RateLimitTest {
    private static final String SLOW_DOWN = "One moment, please";
    /** Time stands still, so no token comes back during a test however slow the machine. */
    private static final TimeMeter STOPPED = new TimeMeter() {
        @Override
        public long currentTimeNanos() {
            return 0;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    };
    private static final Answerer CORE = q -> new Answer(Intent.ROLE_TOOLS, Entities.NONE, "Tools of the data analyst",
            "SQL.", List.of(), null, List.of("a.txt#A"), List.of());

    @TempDir
    Path dir;
    private final Metrics metrics = new Metrics();

    private Observers observers() {
        return new Observers(metrics, new BucketRateLimiter(5, Duration.ofSeconds(10), STOPPED),
                new GapsLog(dir.resolve("gaps.jsonl"), false, Clock.systemUTC()), false);
    }

    @Test
    void aThousandQuestionsFromOneUserGetFiveAnswersThenSlowDownWhileAnotherUserIsNeverLimited() {
        ObservedAnswerer slack = new ObservedAnswerer(CORE, "slack", observers());
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        List<Long> bNanos = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            a.add(slack.answer(Question.of("flood " + i, "slack:T:C:UA").by("UA")).title());
            if (i % 200 == 100) {
                long start = System.nanoTime();
                b.add(slack.answer(Question.of("what tools does a data analyst use?", "slack:T:C:UB").by("UB"))
                        .title());
                bNanos.add(System.nanoTime() - start);
            }
        }

        assertEquals(List.of("Tools of the data analyst"), a.subList(0, 5).stream().distinct().toList());
        assertEquals(List.of(SLOW_DOWN), a.subList(5, a.size()).stream().distinct().toList(), "after five");
        assertEquals(5, b.size());
        assertTrue(b.stream().allMatch("Tools of the data analyst"::equals), "B is answered every time: " + b);
        assertTrue(bNanos.stream().allMatch(n -> n < Duration.ofSeconds(1).toNanos()), "B never waits: " + bNanos);
        String scrape = metrics.scrape();
        assertTrue(scrape.contains("careerbot_rate_limited_total{platform=\"slack\"} 995.0"), scrape);
        assertTrue(scrape.contains("careerbot_questions_total{intent=\"role.tools\",platform=\"slack\"} 10.0"),
                scrape);
    }

    @Test
    void aConcurrentFloodStillGetsExactlyFiveAnswers() throws Exception {
        ObservedAnswerer slack = new ObservedAnswerer(CORE, "slack", observers());
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> flood = new ArrayList<>();
            for (int i = 0; i < 1_000; i++) {
                Question q = Question.of("flood " + i, "slack:T:C:UA").by("UA");
                flood.add(threads.submit(() -> slack.answer(q).title()));
            }
            String b = slack.answer(Question.of("what tools?", "slack:T:C:UB").by("UB")).title();
            int answered = 0;
            for (Future<String> f : flood) {
                answered += SLOW_DOWN.equals(f.get()) ? 0 : 1;
            }
            assertEquals(5, answered);
            assertEquals("Tools of the data analyst", b);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void theSameUserOnAnotherPlatformHasAnotherBudget() {
        Observers shared = observers();
        ObservedAnswerer slack = new ObservedAnswerer(CORE, "slack", shared);
        ObservedAnswerer discord = new ObservedAnswerer(CORE, "discord", shared);
        for (int i = 0; i < 5; i++) {
            slack.answer(Question.of("q", "c").by("42"));
        }
        assertEquals(SLOW_DOWN, slack.answer(Question.of("q", "c").by("42")).title());
        assertEquals("Tools of the data analyst", discord.answer(Question.of("q", "c").by("42")).title());
    }

    @Test
    void theLimiterRemembersNoMoreUsersThanItsBound() {
        BucketRateLimiter limiter = new BucketRateLimiter(5, Duration.ofSeconds(10));
        for (int i = 0; i < 200_000; i++) {
            assertTrue(limiter.tryAcquire("slack:U" + i), "a new user always may ask");
        }
        long kept = limiter.users();
        assertTrue(kept <= BucketRateLimiter.MAX_USERS, kept + " users kept");
    }

    @Test
    void feedbackClicksHaveTheirOwnBudgetSoAFloodOfClicksCannotFillTheGapsLog() throws IOException {
        Observers observers = observers();
        Feedback feedback = observers.feedback();
        for (int i = 0; i < 100; i++) {
            feedback.record("slack", "UA", "role.tools", "what tools?", i % 2 == 0);
        }
        ObservedAnswerer slack = new ObservedAnswerer(CORE, "slack", observers);
        assertEquals("Tools of the data analyst", slack.answer(Question.of("q", "c").by("UA")).title(),
                "clicking did not use up the user's questions");
        assertEquals(5, Files.readAllLines(dir.resolve("gaps.jsonl")).size());
        assertTrue(metrics.scrape().contains("careerbot_feedback_total{helpful=\"true\",platform=\"slack\"} 3.0"),
                metrics.scrape());
    }
}
