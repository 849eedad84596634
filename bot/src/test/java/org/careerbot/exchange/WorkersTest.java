package org.careerbot.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.careerbot.testing.LoggedEvents;
import org.junit.jupiter.api.Test;

class WorkersTest {
    private final List<String> told = new CopyOnWriteArrayList<>();

    @Test
    void aTaskThatFailsTellsTheUserSorryAndIsLogged() {
        Workers workers = Workers.on("Test", Runnable::run);
        try (LoggedEvents logs = LoggedEvents.capture()) {
            assertTrue(workers.run("answer", () -> {
                throw new IllegalStateException("boom");
            }, told::add));
            assertTrue(logs.loggedErrorCausedBy("boom"), logs.errors().toString());
        }
        assertEquals(List.of(Notes.SORRY), told);
    }

    @Test
    void aFullPoolTellsTheUserItIsBusyRatherThanDroppingTheQuestion() throws Exception {
        Workers workers = Workers.bounded("Test", 1, 1);
        CountDownLatch release = new CountDownLatch(1);
        try {
            assertTrue(workers.run("first", () -> await(release), told::add));
            assertTrue(workers.run("second", () -> { }, told::add), "queued");
            assertFalse(workers.run("third", () -> { }, told::add), "declined");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (told.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertEquals(List.of(Notes.BUSY), told);
        } finally {
            release.countDown();
            assertTrue(workers.stop(System.nanoTime() + TimeUnit.SECONDS.toNanos(5)));
        }
    }

    @Test
    void offerLeavesTheBusyReplyToTheCaller() {
        Workers workers = Workers.on("Test", r -> {
            throw new RejectedExecutionException("full");
        });
        assertFalse(workers.offer("answer", () -> { }, told::add));
        assertTrue(told.isEmpty());
    }

    @Test
    void aStopPastItsBoundInterruptsWhatIsLeft() {
        Workers workers = Workers.bounded("Test", 1, 10);
        CountDownLatch never = new CountDownLatch(1);
        workers.run("stuck", () -> await(never), told::add);
        workers.run("waiting", () -> { }, told::add);
        assertFalse(workers.stop(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100)));
        assertFalse(workers.run("late", () -> { }, Notifier.NONE), "a stopped pool takes nothing");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
