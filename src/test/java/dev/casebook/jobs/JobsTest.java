package dev.casebook.jobs;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JobsTest {

    @Test
    void mapKeepsTheOrderOfTheItems() {
        List<Integer> items = IntStream.range(0, 5_000).boxed().toList();
        assertEquals(items.stream().map(i -> i * 3).toList(), Jobs.map(items, i -> i * 3));
        assertEquals(List.of(), Jobs.map(List.<Integer>of(), i -> i));
    }

    @Test
    void everyJobRunsOnceEvenWhenTheirCostsDifferWildly() {
        AtomicInteger runs = new AtomicInteger();
        ConcurrentHashMap<Integer, Boolean> seen = new ConcurrentHashMap<>();
        List<Runnable> jobs = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            int id = i;
            jobs.add(() -> {
                if (id < 20) busy(2);
                runs.incrementAndGet();
                assertTrue(seen.putIfAbsent(id, true) == null, "job " + id + " ran twice");
            });
        }
        Jobs.run(jobs);
        assertEquals(400, runs.get());
        assertEquals(400, seen.size());
    }

    @Test
    void aFailingJobFailsTheRun() {
        // the first job keeps the calling thread busy, so a pool worker usually meets the failing one; whichever
        // thread runs it, the caller gets the exception as thrown
        List<Runnable> jobs = List.of(() -> busy(5), () -> {
            throw new IllegalStateException("boom");
        }, () -> { });
        for (int k = 0; k < 20; k++) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> Jobs.run(jobs));
            assertEquals("boom", e.getMessage());
        }
    }

    private static void busy(long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < end) {
            Thread.onSpinWait();
        }
    }
}
