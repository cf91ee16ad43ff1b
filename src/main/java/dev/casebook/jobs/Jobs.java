package dev.casebook.jobs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Work shared by every core, each thread taking the next item as soon as it is free. A parallel stream cuts its
 * list into a few equal-length pieces up front instead: with two cores, a piece of slow items (the stories with
 * relationship logs, say) kept one core busy long after the other had finished.
 */
public final class Jobs {

    private Jobs() {
    }

    /** Runs every job once, on the calling thread and the common pool's workers; returns when all are done. */
    public static void run(List<? extends Runnable> jobs) {
        AtomicInteger next = new AtomicInteger();
        // the first failure, as thrown: a pool worker's exception rethrown by join() is a copy wrapping it
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            try {
                for (int i = next.getAndIncrement(); i < jobs.size(); i = next.getAndIncrement()) jobs.get(i).run();
            } catch (RuntimeException | Error e) {
                failure.compareAndSet(null, e);
            }
        };
        int helpers = Math.min(ForkJoinPool.getCommonPoolParallelism(), jobs.size() - 1);
        List<ForkJoinTask<?>> started = new ArrayList<>();
        for (int i = 0; i < helpers; i++) started.add(ForkJoinPool.commonPool().submit(worker));
        worker.run();
        for (ForkJoinTask<?> task : started) task.join();
        Throwable failed = failure.get();
        if (failed instanceof RuntimeException e) throw e;
        if (failed instanceof Error e) throw e;
    }

    /** {@code f} of every item, in the items' order, computed on every core. */
    @SuppressWarnings("unchecked")
    public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> f) {
        Object[] out = new Object[items.size()];
        List<Runnable> jobs = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            int index = i;
            jobs.add(() -> out[index] = f.apply(items.get(index)));
        }
        run(jobs);
        return (List<R>) Arrays.asList(out);
    }
}
