package org.bulletinarchive.files;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;

/**
 * How the build uses the machine's cores: as many threads as cores (or {@code -Dbulletinarchive.threads=N});
 * results always in input order, so a build on one core and on eight gives the same bytes.
 */
public final class Parallel {

    public static final String THREADS_PROPERTY = "bulletinarchive.threads";

    private Parallel() {
    }

    /** Threads the build may use. */
    public static int threads() {
        String value = System.getProperty(THREADS_PROPERTY, "");
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // the default below
        }
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /** {@code f} applied to every item, on {@link #threads()} threads, results in input order. */
    public static <T, R> List<R> map(List<T> items, Function<T, R> f) {
        int threads = threads();
        if (threads == 1 || items.size() < 2) {
            return items.stream().map(f).toList();
        }
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(() -> items.parallelStream().map(f).toList()).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }
}
