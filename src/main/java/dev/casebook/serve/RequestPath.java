package dev.casebook.serve;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * A request path made safe: percent-decoded exactly once (strict UTF-8), then normalised ('.' dropped, '..' taken
 * back) into a site-relative path such as {@code story/a.html}. Anything that could name a file outside the site
 * (a '..' above the root, a backslash, a NUL or other control character, a bad escape) is refused.
 */
public final class RequestPath {

    private RequestPath() {
    }

    /** The site-relative path ('' for the root, ending in '/' for a folder), or empty when the path must be refused. */
    public static Optional<String> resolve(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) return Optional.empty();
        Optional<String> decoded = decodeOnce(rawPath);
        if (decoded.isEmpty()) return Optional.empty();
        String path = decoded.get();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\\' || c == ':') return Optional.empty();
        }
        Deque<String> parts = new ArrayDeque<>();
        String[] segments = path.substring(1).split("/", -1);
        for (String s : segments) {
            if (s.isEmpty() || s.equals(".")) continue;
            if (s.equals("..")) {
                if (parts.isEmpty()) return Optional.empty();
                parts.removeLast();
                continue;
            }
            parts.addLast(s);
        }
        String joined = String.join("/", parts);
        boolean folder = path.endsWith("/") || segments[segments.length - 1].equals(".") || segments[segments.length - 1].equals("..");
        return Optional.of(folder && !joined.isEmpty() ? joined + "/" : joined);
    }

    /** Percent-decoding, once; a '%' not followed by two hex digits, or bytes that are not UTF-8, give empty. */
    static Optional<String> decodeOnce(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) return Optional.empty();
                int hi = Character.digit(raw.charAt(i + 1), 16), lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) return Optional.empty();
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c > 0x7f) {
                return Optional.empty();
            } else {
                bytes.write(c);
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
