package nl.vroeg.lake;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Independent Spark work side by side, e.g. writing several tables: while one waits in the driver (planning,
 * Delta's log, a commit), Spark's cores run another's tasks.
 */
public final class InParallel {

    private InParallel() {
    }

    /** {@code work} for every key, at most {@code threads} at once; see {@link #map}. */
    public static <K> void forEach(Collection<K> keys, int threads, Consumer<K> work) {
        map(keys, threads, key -> {
            work.accept(key);
            return null;
        });
    }

    /**
     * {@code work} for every key, at most {@code threads} at once; the results in the keys' order. Waits for all,
     * then throws the first failure (in key order), if any.
     */
    public static <K, V> Map<K, V> map(Collection<K> keys, int threads, Function<K, V> work) {
        AtomicInteger number = new AtomicInteger();
        ThreadFactory daemons = task -> { // a hung job does not keep the JVM alive
            Thread thread = new Thread(task, "vroeg-parallel-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, keys.size())), daemons);
        try {
            Map<K, Future<V>> running = new LinkedHashMap<>();
            for (K key : keys) running.put(key, pool.submit(() -> work.apply(key)));
            Map<K, V> results = new LinkedHashMap<>();
            Throwable failure = null;
            for (Map.Entry<K, Future<V>> each : running.entrySet()) {
                try {
                    results.put(each.getKey(), each.getValue().get());
                } catch (ExecutionException e) {
                    if (failure == null) failure = e.getCause();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while waiting for parallel work", e);
                }
            }
            if (failure instanceof RuntimeException e) throw e;
            if (failure instanceof Error e) throw e;
            if (failure != null) throw new IllegalStateException(failure.getMessage(), failure); // Spark's checked exceptions
            return results;
        } finally {
            pool.shutdown();
        }
    }
}
