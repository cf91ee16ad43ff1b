package dev.casebook.render;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * One daemon thread that interrupts a page still rendering past its deadline: a backstop behind {@link PageWatch}
 * and the page writer, which read the clock as elements are entered and text is written, for anything in a page
 * that heeds an interrupt without doing either (the checks Freemarker adds to loops do). Each rendering thread has
 * a slot of its own, made the first time it renders; a page only marks its slot on and off. Scheduling an alarm
 * for every page cost a tenth of a small page's time: a lock, a queue and, on two cores, waking a third thread.
 */
final class PageWatchdog {

    /** How often the watchdog looks: a page past its deadline is interrupted at most this much later. */
    static final long PERIOD_MILLIS = 50;

    private static final List<Slot> SLOTS = new CopyOnWriteArrayList<>();
    private static final ThreadLocal<Slot> MINE = ThreadLocal.withInitial(PageWatchdog::register);
    private static volatile boolean started;

    private PageWatchdog() {
    }

    /** The page the calling thread renders: watched from {@link #watch(long)} until {@link Slot#done()}. */
    static final class Slot {
        private final Thread thread;
        private long deadlineNanos;
        private boolean running;
        private boolean fired;

        private Slot(Thread thread) {
            this.thread = thread;
        }

        /** Ends the watch; true when the page was interrupted for going past its deadline. */
        synchronized boolean done() {
            running = false;
            return fired;
        }

        private synchronized void start(long deadline) {
            deadlineNanos = deadline;
            running = true;
            fired = false;
        }

        private synchronized void interruptIfLate(long now) {
            if (running && !fired && now - deadlineNanos > 0) {
                fired = true;
                thread.interrupt();
            }
        }
    }

    /** Watches the calling thread's page until its slot's {@link Slot#done()}: past {@code deadlineNanos}, it is interrupted. */
    static Slot watch(long deadlineNanos) {
        Slot slot = MINE.get();
        slot.start(deadlineNanos);
        return slot;
    }

    private static Slot register() {
        Slot slot = new Slot(Thread.currentThread());
        SLOTS.add(slot);
        if (!started) startOnce();
        return slot;
    }

    private static synchronized void startOnce() {
        if (started) return;
        Thread t = new Thread(PageWatchdog::run, "casebook-template-watchdog");
        t.setDaemon(true);
        t.start();
        started = true;
    }

    private static void run() {
        while (true) {
            try {
                TimeUnit.MILLISECONDS.sleep(PERIOD_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            for (Slot s : SLOTS) {
                // a pool's threads come and go (the preview server runs for days): forget the ones gone
                if (!s.thread.isAlive()) SLOTS.remove(s);
                else s.interruptIfLate(now);
            }
        }
    }
}
