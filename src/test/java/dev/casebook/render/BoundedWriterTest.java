package dev.casebook.render;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoundedWriterTest {

    private static final char[] PICK = {'a', 'Z', '<', '\n', 'é', 'ß', '→', '“', '\u0800', '\u07FF', '\u007F', '\u0080',
            '\uFFFD', '\uD83D', '\uDE00', '\uDBFF', '\uDC00'};

    @Test
    void encodesExactlyAsTheJdkDoesIncludingPairedAndLoneSurrogates() {
        Random random = new Random(7);
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            BoundedWriter w = new BoundedWriter(1_000_000, System.nanoTime() + 60_000_000_000L, "60 s");
            int pieces = random.nextInt(6);
            for (int p = 0; p < pieces; p++) {
                StringBuilder piece = new StringBuilder();
                for (int i = random.nextInt(40); i > 0; i--) piece.append(PICK[random.nextInt(PICK.length)]);
                String s = piece.toString();
                switch (random.nextInt(4)) {
                    case 0 -> w.write(s);
                    case 1 -> w.write(s.toCharArray(), 0, s.length());
                    case 2 -> {
                        String padded = "ab" + s + "cd";
                        w.write(padded, 2, s.length());
                    }
                    default -> s.chars().forEach(w::write);
                }
                text.append(s);
            }
            assertArrayEquals(text.toString().getBytes(StandardCharsets.UTF_8), w.utf8(), () -> "for " + text.chars().mapToObj(Integer::toHexString).toList());
        }
    }

    @Test
    void templateTextWrittenPageAfterPageGivesTheSameBytesAsEncodingItAfresh() {
        // a template's text blocks: the same arrays, long enough to be remembered, written again on every page
        Random random = new Random(11);
        char[][] blocks = new char[40][];
        for (int b = 0; b < blocks.length; b++) {
            StringBuilder block = new StringBuilder();
            boolean plain = b % 2 == 0;
            for (int i = BoundedWriter.TextBlocks.AT_LEAST + random.nextInt(200); i > 0; i--) {
                block.append(plain ? (char) ('a' + random.nextInt(26)) : PICK[random.nextInt(PICK.length)]);
            }
            blocks[b] = block.toString().toCharArray();
        }
        for (int page = 0; page < 300; page++) {
            StringBuilder text = new StringBuilder();
            BoundedWriter w = new BoundedWriter(1_000_000, System.nanoTime() + 60_000_000_000L, "60 s");
            for (int piece = random.nextInt(12); piece > 0; piece--) {
                if (random.nextInt(3) == 0) {
                    // a value between blocks, perhaps half of a surrogate pair that the next block must not swallow
                    String value = random.nextBoolean() ? "\uD83D" : "v" + PICK[random.nextInt(PICK.length)];
                    w.write(value);
                    text.append(value);
                } else {
                    char[] block = blocks[random.nextInt(blocks.length)];
                    w.write(block); // as Freemarker writes a text block: the whole array
                    text.append(block);
                }
            }
            assertArrayEquals(text.toString().getBytes(StandardCharsets.UTF_8), w.utf8(), "page " + page);
        }
    }

    @Test
    void aBufferRefilledAndWrittenWholeEachTimeGivesItsNewText() {
        // as <#compress> does: its own buffer, refilled, written from 0 to its full length
        char[] buffer = new char[BoundedWriter.TextBlocks.AT_LEAST * 2];
        BoundedWriter w = new BoundedWriter(1_000_000, System.nanoTime() + 60_000_000_000L, "60 s");
        StringBuilder text = new StringBuilder();
        for (char fill = 'a'; fill <= 'e'; fill++) {
            java.util.Arrays.fill(buffer, fill);
            w.write(buffer, 0, buffer.length);
            text.append(buffer);
        }
        assertArrayEquals(text.toString().getBytes(StandardCharsets.UTF_8), w.utf8());
    }

    @Test
    void aPageBiggerThanOnePartComesInPartsThatJoinToItsBytes() {
        Random random = new Random(13);
        BoundedWriter w = new BoundedWriter(50_000_000, System.nanoTime() + 60_000_000_000L, "60 s");
        StringBuilder text = new StringBuilder();
        String[] pieces = {"<li>plain ASCII text</li>\n", "caf\u00e9 \u2192 ", "\uD83D\uDE00", "x".repeat(3000)};
        while (text.length() < 3 * BoundedWriter.PART_SIZE) {
            String piece = pieces[random.nextInt(pieces.length)];
            text.append(piece);
            if (random.nextBoolean()) w.write(piece);
            else w.write(piece.toCharArray(), 0, piece.length());
        }
        w.write("\uD83D"); // a surrogate pair split over the last writes, then a lone one at the end
        w.write("\uDE00 end \uD83D");
        text.append("\uD83D\uDE00 end \uD83D");
        byte[] expected = text.toString().getBytes(StandardCharsets.UTF_8);
        List<byte[]> parts = w.parts();
        assertTrue(parts.size() > 2, "set aside in parts: " + parts.size());
        for (byte[] part : parts) assertTrue(part.length <= BoundedWriter.PART_SIZE + 3000 * 3, "no part much bigger than PART_SIZE");
        assertArrayEquals(expected, PageSink.join(parts));
        assertArrayEquals(expected, w.utf8());
        assertEquals(text.toString().replace("end \uD83D", "end ?"), w.toString());
    }

    @Test
    void joinsASurrogatePairSplitBetweenWrites() {
        String face = "\uD83D\uDE00";
        BoundedWriter w = new BoundedWriter(1_000, System.nanoTime() + 60_000_000_000L, "60 s");
        w.write("x" + face.charAt(0));
        w.write(face.charAt(1) + "y");
        w.write(new char[]{face.charAt(0)}, 0, 1);
        w.write(face.substring(1).toCharArray(), 0, 1);
        w.write(face.charAt(0));
        w.write(face.charAt(1));
        w.write("\uD83D");
        assertArrayEquals(("x" + face + "y" + face + face + "\uD83D").getBytes(StandardCharsets.UTF_8), w.utf8());
    }

    @Test
    void growsPastItsFirstBufferAndStopsAtTheLimit() {
        BoundedWriter w = new BoundedWriter(20_000, System.nanoTime() + 60_000_000_000L, "60 s");
        String chunk = "x".repeat(999) + "→";
        for (int i = 0; i < 20; i++) w.write(chunk);
        assertEquals(20_000 + 20 * 2, w.toString().getBytes(StandardCharsets.UTF_8).length, "every arrow is three bytes");
        assertEquals(20 * (999 + 3), w.utf8().length);
        BoundedWriter.LimitExceeded e = assertThrows(BoundedWriter.LimitExceeded.class, () -> w.write("y"));
        assertTrue(e.getMessage().contains("20000 characters"), e.getMessage());
    }

    @Test
    void stopsAPageThatRunsPastItsDeadline() {
        BoundedWriter w = new BoundedWriter(1_000_000, System.nanoTime() - 1, "1 ms");
        BoundedWriter.LimitExceeded e = assertThrows(BoundedWriter.LimitExceeded.class, () -> {
            for (int i = 0; i < 1000; i++) w.write("a");
        });
        assertTrue(e.getMessage().contains("longer than 1 ms"), e.getMessage());
    }
}
