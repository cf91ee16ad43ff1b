package dev.casebook.cases;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * One case of src/test/resources/cases: {@code content/} (and optionally {@code templates/}), {@code args}
 * (default {@code check}), {@code exit}, {@code expected.txt}, and an optional {@code setup} script for what a
 * repository cannot hold (symbolic links, huge files, unreadable files, an output path that is a file).
 */
record CaseFolder(String name, Path dir) {

    static List<CaseFolder> all(Path root) throws IOException {
        try (Stream<Path> s = Files.list(root)) {
            return s.filter(Files::isDirectory).sorted()
                    .map(d -> new CaseFolder(d.getFileName().toString(), d)).toList();
        }
    }

    List<String> args() throws IOException {
        Path f = dir.resolve("args");
        if (!Files.exists(f)) return List.of("check");
        return Arrays.stream(Files.readString(f).strip().split("\\s+")).filter(a -> !a.isEmpty()).toList();
    }

    int exit() throws IOException {
        Path f = dir.resolve("exit");
        return Files.exists(f) ? Integer.parseInt(Files.readString(f).strip()) : -1;
    }

    String expected() throws IOException {
        Path f = dir.resolve("expected.txt");
        return Files.exists(f) ? Files.readString(f, StandardCharsets.UTF_8) : "";
    }

    void record(String output, int exit) throws IOException {
        Files.writeString(dir.resolve("expected.txt"), output, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("exit"), exit + "\n");
    }

    /** Copies content/ and templates/ into {@code work}, then runs the setup script there. */
    void prepare(Path work) throws IOException {
        for (String part : List.of("content", "templates")) {
            Path from = dir.resolve(part);
            if (Files.isDirectory(from)) copyTree(from, work.resolve(part));
        }
        Path setup = dir.resolve("setup");
        if (Files.exists(setup)) {
            for (String line : Files.readAllLines(setup, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("#")) run(work, line);
            }
        }
    }

    /**
     * Setup commands, one a line: {@code mkdir P}, {@code fifo P}, {@code symlink LINK TARGET}, {@code chmod MODE P},
     * {@code append P TEXT} and {@code repeat P COUNT TEXT} (TEXT with \n, \t, \\ and \xHH escapes).
     */
    private static void run(Path work, String line) throws IOException {
        String[] w = line.split(" ", 2);
        String rest = w.length > 1 ? w[1] : "";
        switch (w[0]) {
            case "mkdir" -> Files.createDirectories(work.resolve(rest));
            case "fifo" -> {
                Files.createDirectories(work.resolve(rest).getParent());
                try {
                    int rc = new ProcessBuilder("mkfifo", work.resolve(rest).toString()).inheritIO().start().waitFor();
                    if (rc != 0) throw new IOException("mkfifo failed");
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException(e);
                }
            }
            case "symlink" -> {
                String[] p = rest.split(" ", 2);
                Path link = work.resolve(p[0]);
                Files.createDirectories(link.getParent());
                Files.createSymbolicLink(link, Path.of(p[1]));
            }
            case "chmod" -> {
                String[] p = rest.split(" ", 2);
                Files.setPosixFilePermissions(work.resolve(p[1]), PosixFilePermissions.fromString(p[0]));
            }
            case "append" -> {
                String[] p = rest.split(" ", 2);
                write(work.resolve(p[0]), unescape(p.length > 1 ? p[1] : ""), 1);
            }
            case "repeat" -> {
                String[] p = rest.split(" ", 3);
                write(work.resolve(p[0]), unescape(p[2]), Integer.parseInt(p[1]));
            }
            default -> throw new IllegalArgumentException("unknown setup command: " + line);
        }
    }

    private static void write(Path file, byte[] chunk, int times) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] all = new byte[chunk.length * times];
        for (int i = 0; i < times; i++) System.arraycopy(chunk, 0, all, i * chunk.length, chunk.length);
        Files.write(file, all, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    static byte[] unescape(String s) {
        List<Byte> out = new ArrayList<>();
        byte[] raw = s.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < raw.length; i++) {
            byte b = raw[i];
            if (b == '\\' && i + 1 < raw.length) {
                char c = (char) raw[++i];
                switch (c) {
                    case 'n' -> out.add((byte) '\n');
                    case 'r' -> out.add((byte) '\r');
                    case 't' -> out.add((byte) '\t');
                    case 'x' -> {
                        out.add((byte) Integer.parseInt(new String(raw, i + 1, 2, StandardCharsets.US_ASCII), 16));
                        i += 2;
                    }
                    default -> out.add((byte) c);
                }
            } else {
                out.add(b);
            }
        }
        byte[] bytes = new byte[out.size()];
        for (int i = 0; i < bytes.length; i++) bytes[i] = out.get(i);
        return bytes;
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
