package dev.casebook.render;

import dev.casebook.model.SourcePos;
import freemarker.core.Environment;
import freemarker.core.TemplateProcessingTracer;

import java.util.function.Function;

/**
 * Follows one page as Freemarker runs it: which template line is running now (so a page stopped for its size,
 * its time or endless recursion is reported at a line), and whether the page is past its deadline.
 */
final class PageWatch implements TemplateProcessingTracer {

    /** The clock is read once per this many elements: a page enters tens of thousands of them. */
    private static final int CLOCK_EVERY = 64;

    private TracedElement last;
    private int entered;
    private final long deadlineNanos;
    private final String timeLimit;

    PageWatch(long deadlineNanos, String timeLimit) {
        this.deadlineNanos = deadlineNanos;
        this.timeLimit = timeLimit;
    }

    @Override
    public void enterElement(Environment env, TracedElement element) {
        last = element;
        if (++entered % CLOCK_EVERY == 0 && System.nanoTime() - deadlineNanos > 0) throw new BoundedWriter.LimitExceeded("the page took longer than " + timeLimit);
    }

    @Override
    public void exitElement(Environment env, TracedElement element) {
        // the last element entered stays the answer to where(): when a page is stopped, Freemarker leaves every
        // element on its way out, and the place that matters is the one entered last
    }

    /** Where the page was when it stopped: the template line entered last. */
    SourcePos where(String pageTemplate, Function<String, String> fileOf) {
        TracedElement e = last;
        if (e == null) return SourcePos.of(fileOf.apply(pageTemplate));
        return new SourcePos(fileOf.apply(e.getTemplate().getSourceName()), e.getBeginLine(), e.getBeginColumn());
    }
}
