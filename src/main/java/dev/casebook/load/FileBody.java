package dev.casebook.load;

import dev.casebook.model.StoryBody;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;

/**
 * A story body left in its file: the characters from {@code start} to the end of the file's text (decoded and with
 * LF line ends, as loading made it; when that text was the bytes one for one, {@code byteForByte}, it is cut from
 * the bytes directly). The file's bytes are checked against the size and CRC-32 they had when the
 * story was loaded (the JDK computes a CRC with the processor's instructions: far cheaper than hashing the text).
 */
record FileBody(Path path, String shown, int start, boolean byteForByte, int size, long crc) implements StoryBody {

    /** The body of {@code text} (decoded from {@code bytes}) from character {@code start} on. */
    static FileBody of(Path path, String shown, byte[] bytes, SourceText.Decoded text, int start) {
        return new FileBody(path, shown, start, text.byteForByte(), bytes.length, crc(bytes));
    }

    @Override
    public String text() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw changed("can no longer be read");
        }
        if (bytes.length != size || crc(bytes) != crc) throw changed("changed");
        if (byteForByte) {
            // the same bytes as at loading, which were plain ASCII: the body is a run of them, nothing to decode
            int from = SourceText.bomLength(bytes) + start;
            return new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1);
        }
        return SourceText.decodeAgain(bytes).orElseThrow(() -> changed("changed")).substring(start);
    }

    private static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    private StoryBody.Unavailable changed(String how) {
        return new StoryBody.Unavailable(shown + " " + how + " while the site was being built", "build again once the file is saved");
    }
}
