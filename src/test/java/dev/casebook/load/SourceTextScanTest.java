package dev.casebook.load;

import dev.casebook.model.Diagnostic;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one-pass ASCII scan agrees with the three checks it replaced, and decoding gives the same text and warnings. */
class SourceTextScanTest {

    private static final byte[] ALPHABET = {'a', ' ', '?', '?', '\n', '\r', '\t', 0x7f, 0x01, (byte) 0xC3, (byte) 0xA9, 'b'};

    @Test
    void flagsMatchTheirDefinitions() {
        Random random = new Random(11);
        for (int round = 0; round < 20_000; round++) {
            byte[] bytes = new byte[random.nextInt(12)];
            for (int i = 0; i < bytes.length; i++) bytes[i] = ALPHABET[random.nextInt(random.nextBoolean() ? 7 : ALPHABET.length)];
            int flags = SourceText.scanAscii(bytes, 0);
            boolean plain = true;
            for (byte b : bytes) if (b < 0x20 ? b != '\n' && b != '\t' && b != '\r' : b == 0x7f) plain = false;
            assertEquals(!plain, (flags & SourceText.NOT_PLAIN) != 0);
            if (!plain) {
                // bytes decode accepts give the same text when read again; bytes it refuses are refused again
                Optional<String> first = SourceText.decode("f.md", bytes, new ArrayList<>());
                Optional<String> again = SourceText.decodeAgain(bytes);
                if (first.isPresent()) assertEquals(first, again);
                if (again.isEmpty()) assertTrue(first.isEmpty());
            }
            if (plain) {
                String text = new String(bytes, StandardCharsets.ISO_8859_1);
                assertEquals(text.indexOf('\r') >= 0, (flags & SourceText.HAS_CR) != 0, text);
                assertEquals(text.contains("???"), (flags & SourceText.HAS_THREE_QUESTION_MARKS) != 0, text);
                List<Diagnostic> fast = new ArrayList<>();
                String decoded = SourceText.decode("f.md", bytes, fast).orElseThrow();
                assertEquals(text.replace("\r\n", "\n").replace('\r', '\n'), decoded);
                assertEquals(decoded, SourceText.decodeAgain(bytes).orElseThrow(), "read again, the same text");
            }
        }
    }
}
