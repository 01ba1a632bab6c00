package dev.aftersales.testkit.tck;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Runs one action on several threads released together by a barrier, and collects what each got:
 * a result or the exception it threw. Used by the TCK to race concurrent writes.
 */
final class Race {

    /** What one racer got. */
    record Outcome<T>(int racer, T result, Throwable failure) {
        boolean won() {
            return failure == null;
        }
    }

    /** The longest a race may take before the TCK reports a hang instead of waiting forever. */
    static final long TIMEOUT_SECONDS = 60;

    private Race() {
    }

    static <T> List<Outcome<T>> run(int racers, IntFunction<T> action) {
        CyclicBarrier start = new CyclicBarrier(racers);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                int racer = i;
                futures.add(pool.submit(() -> {
                    start.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                    return action.apply(racer);
                }));
            }
            List<Outcome<T>> outcomes = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                try {
                    outcomes.add(new Outcome<>(i, futures.get(i).get(TIMEOUT_SECONDS, TimeUnit.SECONDS), null));
                } catch (ExecutionException e) {
                    outcomes.add(new Outcome<>(i, null, e.getCause()));
                }
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("race interrupted", e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("a racer did not finish within " + TIMEOUT_SECONDS + " s: the store may deadlock", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
