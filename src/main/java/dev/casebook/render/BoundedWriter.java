package dev.casebook.render;

import java.io.Writer;

/**
 * Collects one page's output and stops the page when it grows past a number of characters or runs past its
 * deadline. The limit is thrown as an unchecked exception so Freemarker reports the template and line.
 */
final class BoundedWriter extends Writer {

    /** A page went past its output or time limit. */
    static final class LimitExceeded extends RuntimeException {
        LimitExceeded(String message) {
            super(message, null, false, false);
        }
    }

    private final StringBuilder out = new StringBuilder(8192);
    private final long maxChars;
    private final long deadlineNanos;
    private final String timeLimit;

    BoundedWriter(long maxChars, long deadlineNanos, String timeLimit) {
        this.maxChars = maxChars;
        this.deadlineNanos = deadlineNanos;
        this.timeLimit = timeLimit;
    }

    @Override
    public void write(char[] cbuf, int off, int len) {
        guard(len);
        out.append(cbuf, off, len);
    }

    @Override
    public void write(String str, int off, int len) {
        guard(len);
        out.append(str, off, off + len);
    }

    @Override
    public void write(int c) {
        guard(1);
        out.append((char) c);
    }

    private void guard(int len) {
        if (out.length() + (long) len > maxChars) {
            throw new LimitExceeded("the page grew past " + maxChars + " characters");
        }
        if (System.nanoTime() - deadlineNanos > 0) throw new LimitExceeded("the page took longer than " + timeLimit);
    }

    @Override
    public void flush() {
        // everything stays in memory until the page is done
    }

    @Override
    public void close() {
        // as above
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
