package dev.casebook.render;

import dev.casebook.publish.SearchIndex;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The search index's lines (one a story, person or theme, as bytes), made by the render jobs in any order. The job
 * that settles the last line hands the whole index on at once, while the other cores go on with pages: at 64,000
 * stories the index is 150 MB, and writing it after every page was a tail on one core.
 */
final class SearchLines {

    private final byte[][] lines;
    private final AtomicInteger unsettled;
    private final Consumer<List<byte[]>> complete;

    /**
     * {@code complete} receives the index's parts ({@link SearchIndex#parts}) when every line is made, on the thread
     * that made the last one; with {@code count} 0, at once.
     */
    SearchLines(int count, Consumer<List<byte[]>> complete) {
        this.lines = new byte[count][];
        this.unsettled = new AtomicInteger(count);
        this.complete = complete;
        if (count == 0) complete.accept(SearchIndex.parts(List.of()));
    }

    /** Line {@code index} of the index. */
    void put(int index, byte[] line) {
        lines[index] = line;
        settle();
    }

    /** One line will not be made (its story could not be read, an error): no index is handed on. */
    void skip() {
        settle();
    }

    private void settle() {
        // the count's update orders every thread's lines before the last one's read of them
        if (unsettled.decrementAndGet() != 0) return;
        if (Arrays.stream(lines).allMatch(line -> line != null)) complete.accept(SearchIndex.parts(Arrays.asList(lines)));
    }
}
