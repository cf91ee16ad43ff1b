package dev.casebook.render;

import dev.casebook.jobs.Jobs;
import dev.casebook.publish.SearchIndex;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The search index is handed on once, whole and in index order, by whichever job settles its last line. */
class SearchLinesTest {

    private static byte[] line(int i) {
        return ("{\"n\":" + i + "}").getBytes(StandardCharsets.UTF_8);
    }

    private static String joined(List<byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        parts.forEach(out::writeBytes);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String expected(int count) {
        return joined(SearchIndex.parts(IntStream.range(0, count).mapToObj(SearchLinesTest::line).toList()));
    }

    @Test
    void linesPutInAnyOrderOnEveryCoreGiveTheIndexOnceInIndexOrder() {
        int count = 5_000;
        List<Integer> order = new ArrayList<>(IntStream.range(0, count).boxed().toList());
        Collections.shuffle(order, new Random(9));
        List<String> handed = new CopyOnWriteArrayList<>();
        SearchLines lines = new SearchLines(count, parts -> handed.add(joined(parts)));
        Jobs.run(order.stream().<Runnable>map(i -> () -> lines.put(i, line(i))).toList());
        assertEquals(List.of(expected(count)), handed);
    }

    @Test
    void nothingIsHandedOnBeforeTheLastLine() {
        List<String> handed = new ArrayList<>();
        SearchLines lines = new SearchLines(3, parts -> handed.add(joined(parts)));
        lines.put(2, line(2));
        lines.put(0, line(0));
        assertTrue(handed.isEmpty());
        lines.put(1, line(1));
        assertEquals(List.of(expected(3)), handed);
    }

    @Test
    void aSkippedLineMeansNoIndex() {
        List<String> handed = new ArrayList<>();
        SearchLines lines = new SearchLines(3, parts -> handed.add(joined(parts)));
        lines.put(0, line(0));
        lines.skip();
        lines.put(2, line(2));
        assertTrue(handed.isEmpty());
    }

    @Test
    void anEmptyCasebookStillHasAnIndex() {
        List<String> handed = new ArrayList<>();
        new SearchLines(0, parts -> handed.add(joined(parts)));
        assertEquals(List.of(expected(0)), handed);
    }
}
