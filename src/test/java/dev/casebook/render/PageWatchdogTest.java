package dev.casebook.render;

import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageWatchdogTest {

    @Test
    void aPagePastItsDeadlineIsInterrupted() {
        PageWatchdog.Slot slot = PageWatchdog.watch(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100));
        try {
            // a page stuck in one long call that heeds interrupts: the watchdog ends it soon after the deadline
            assertThrows(InterruptedException.class, () -> Thread.sleep(10_000));
        } finally {
            assertTrue(slot.done(), "the slot tells that the watchdog fired");
            Thread.interrupted();
        }
    }

    @Test
    void aPageDoneInTimeIsLeftAlone() throws InterruptedException {
        PageWatchdog.Slot slot = PageWatchdog.watch(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50));
        assertFalse(slot.done());
        // the deadline passes after the page ended: nothing may interrupt this thread now
        Thread.sleep(4 * PageWatchdog.PERIOD_MILLIS + 50);
        assertFalse(Thread.currentThread().isInterrupted());
        assertFalse(slot.done());
    }

    @Test
    void eachPageOnAThreadIsWatchedAfresh() {
        PageWatchdog.Slot first = PageWatchdog.watch(System.nanoTime());
        assertThrows(InterruptedException.class, () -> Thread.sleep(10_000));
        assertTrue(first.done());
        PageWatchdog.Slot second = PageWatchdog.watch(System.nanoTime() + TimeUnit.SECONDS.toNanos(30));
        assertFalse(second.done(), "an earlier page's firing does not carry over");
    }
}
