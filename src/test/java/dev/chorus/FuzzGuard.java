package dev.chorus;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one fuzz input with a time limit, so that a hang fails with the input that caused it.
 * A JUnit {@code @Timeout} cannot do this: while fuzzing it would limit the whole session.
 */
public final class FuzzGuard {
    /** Far above what any input of a fuzzer's size takes; only a hang or worse reaches it. */
    public static final Duration LIMIT = Duration.ofSeconds(10);

    private static final ExecutorService WORKER = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fuzz-input");
        t.setDaemon(true);
        return t;
    });

    private FuzzGuard() {
    }

    /** Runs {@code work}, rethrowing what it throws; fails when it takes longer than {@link #LIMIT}. */
    public static void run(Runnable work) {
        Future<?> f = WORKER.submit((Callable<Void>) () -> {
            work.run();
            return null;
        });
        try {
            f.get(LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new AssertionError("no result after " + LIMIT.toSeconds() + " s: a hang or super-linear time");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new AssertionError(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
