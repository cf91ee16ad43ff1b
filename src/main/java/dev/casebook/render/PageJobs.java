package dev.casebook.render;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a list of page jobs on every core, each thread taking the next job as soon as it is free. A parallel stream
 * cuts the list into a few equal-length pieces up front instead: with two cores, the stories with relationship
 * logs (slow pages, first in the list) ended up in one piece and the build ran on one core for its last half.
 */
final class PageJobs {

    private PageJobs() {
    }

    /** Runs every job once, on the calling thread and the common pool's workers; returns when all are done. */
    static void run(List<Runnable> jobs) {
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < jobs.size(); i = next.getAndIncrement()) jobs.get(i).run();
        };
        int helpers = Math.min(ForkJoinPool.getCommonPoolParallelism(), jobs.size() - 1);
        List<ForkJoinTask<?>> started = new ArrayList<>();
        for (int i = 0; i < helpers; i++) started.add(ForkJoinPool.commonPool().submit(worker));
        try {
            worker.run();
        } finally {
            for (ForkJoinTask<?> task : started) task.join();
        }
    }
}
