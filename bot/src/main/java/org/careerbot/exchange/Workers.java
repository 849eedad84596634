package org.careerbot.exchange;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The executor policy of every platform: questions are answered on a bounded pool of workers, never on the
 * platform's own threads, so its deadline for acknowledging is met whatever an answer costs. Beyond the pool and
 * its queue, a question is declined at once with {@link Notes#BUSY} rather than answered after the user gave up
 * or dropped in silence; a task that fails tells the user {@link Notes#SORRY}. A stop lets the accepted work
 * finish within a bound and counts in the log what could not.
 *
 * <p>The busy note goes through a lane of its own: it often means a call to the platform, which must not hold up
 * the thread that acknowledges requests, and the workers that would send it are the ones that are all taken.
 */
public final class Workers {
    /** Busy notes waiting at most; beyond that, the platform is so flooded that a note would not help. */
    static final int NOTES_QUEUE = 200;
    private static final Duration IDLE = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(Workers.class);
    private final String platform;
    private final Executor work;
    private final Executor notes;
    private final ThreadPoolExecutor pool;
    private final ThreadPoolExecutor notesPool;

    private Workers(String platform, Executor work, Executor notes, ThreadPoolExecutor pool,
                    ThreadPoolExecutor notesPool) {
        this.platform = platform;
        this.work = work;
        this.notes = notes;
        this.pool = pool;
        this.notesPool = notesPool;
    }

    /**
     * A bounded pool: up to {@code threads} tasks at once, {@code queue} more waiting. Threads start as work comes
     * and end when idle; they are daemons, so a forgotten pool never keeps the process alive.
     *
     * @param platform the platform's name as logs show it, e.g. {@code Slack}; its threads are named after it
     */
    public static Workers bounded(String platform, int threads, int queue) {
        String prefix = platform.toLowerCase(java.util.Locale.ROOT);
        ThreadPoolExecutor pool = pool(prefix + "-answer", threads, queue);
        ThreadPoolExecutor notes = pool(prefix + "-note", 1, NOTES_QUEUE);
        return new Workers(platform, pool, notes, pool, notes);
    }

    /**
     * Work done by an executor the caller owns (a test's, running tasks at once or never), with busy notes told on
     * the caller's thread; {@link #stop} stops nothing.
     */
    public static Workers on(String platform, Executor executor) {
        return new Workers(platform, executor, Runnable::run, null, null);
    }

    /** How many tasks may run at once; unbounded for a caller's executor. */
    public int threads() {
        return pool == null ? Integer.MAX_VALUE : pool.getMaximumPoolSize();
    }

    /**
     * Runs a task on a worker. A task that throws is logged and {@code user} is told {@link Notes#SORRY}; when no
     * worker can take it, {@code user} is told {@link Notes#BUSY} instead.
     *
     * @param what what the task does, for the log
     * @param user how to tell the user a note
     * @return whether the task was taken
     */
    public boolean run(String what, Runnable task, Notifier user) {
        if (offer(what, task, user)) {
            return true;
        }
        busy(what, user);
        return false;
    }

    /**
     * Runs a task on a worker if one can take it, like {@link #run}, but tells nobody that it was declined: for a
     * platform that declines in its acknowledgement, which costs no call.
     *
     * @return whether the task was taken; if not, the caller must tell the user {@link Notes#BUSY}
     */
    public boolean offer(String what, Runnable task, Notifier user) {
        try {
            work.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    LOG.error("{} {} failed", platform, what, e);
                    user.tell(Notes.SORRY);
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            LOG.warn("{} {} declined: too busy or stopping", platform, what);
            return false;
        }
    }

    private void busy(String what, Notifier user) {
        if (user == Notifier.NONE) {
            return;
        }
        try {
            notes.execute(() -> user.tell(Notes.BUSY));
        } catch (RejectedExecutionException e) {
            LOG.warn("{} {}: not even a busy note could be sent", platform, what);
        }
    }

    /**
     * Stops taking work and lets the accepted tasks finish until {@code deadlineNanos} ({@link System#nanoTime()});
     * those still waiting or running then are interrupted and counted in the log.
     *
     * @return whether every accepted task finished in time
     */
    public boolean stop(long deadlineNanos) {
        if (pool == null) {
            return true;
        }
        pool.shutdown();
        notesPool.shutdown();
        int pending = pool.getQueue().size() + pool.getActiveCount();
        if (pending > 0) {
            LOG.info("{}: finishing {} accepted replies before stopping", platform, pending);
        }
        boolean finished = awaited(pool, deadlineNanos);
        if (!finished) {
            int running = pool.getActiveCount();
            int waiting = pool.shutdownNow().size();
            LOG.warn("{}: {} replies not sent at shutdown ({} waiting, {} in progress)", platform, waiting + running,
                    waiting, running);
        }
        if (!awaited(notesPool, deadlineNanos)) {
            notesPool.shutdownNow();
        }
        return finished;
    }

    private static boolean awaited(ThreadPoolExecutor pool, long deadlineNanos) {
        try {
            return pool.awaitTermination(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static ThreadPoolExecutor pool(String name, int threads, int queue) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, name + "-" + count.incrementAndGet());
            t.setDaemon(true);
            // A stop past its bound interrupts work under way (an HTTP client may then throw InterruptedException
            // unchecked): stop() counts it, so it is not printed as a stack trace.
            t.setUncaughtExceptionHandler((thread, e) -> {
                if (e instanceof InterruptedException) {
                    LOG.debug("{} stopped while replying", thread.getName());
                } else {
                    LOG.warn("{} failed: {}", thread.getName(), e.getClass().getSimpleName());
                }
            });
            return t;
        };
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, IDLE.toSeconds(), TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(queue), factory, new ThreadPoolExecutor.AbortPolicy());
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
