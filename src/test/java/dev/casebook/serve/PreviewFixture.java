package dev.casebook.serve;

import dev.casebook.pipeline.BuildRequest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A preview server on a free loopback port over a copy of the sample content, and raw HTTP to talk to it. */
final class PreviewFixture implements AutoCloseable {

    final Path content;
    final Path templates;
    final PreviewServer server;
    final StringWriter console = new StringWriter();

    PreviewFixture(Path dir) throws IOException {
        content = dir.resolve("content");
        templates = dir.resolve("templates");
        copyTree(Path.of("content"), content);
        server = PreviewServer.start(new PreviewServer.Config(new BuildRequest(content, templates, dir.resolve("site"), false),
                InetAddress.getLoopbackAddress(), 0, new PrintWriter(console, true)));
    }

    /** A response as read off the socket: status code, head (status line and headers), body. */
    record Response(int status, String head, String body) {
        String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) return line.substring(colon + 1).strip();
            }
            return null;
        }
    }

    /** Sends {@code method target} with a correct Host header and reads the whole answer. */
    Response get(String target) throws IOException {
        return raw("GET " + target + " HTTP/1.1\r\nHost: localhost:" + server.port() + "\r\nConnection: close\r\n\r\n");
    }

    /** Writes exactly these bytes to the server and reads until it closes the connection. */
    Response raw(String request) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            s.setSoTimeout(20_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String all = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = all.indexOf("\r\n\r\n");
            String head = end < 0 ? all : all.substring(0, end);
            String body = end < 0 ? "" : all.substring(end + 4);
            String[] status = head.split(" ", 3);
            return new Response(Integer.parseInt(status[1]), head, body);
        }
    }

    /** An open reload channel: each {@code data:} line of a {@code reload} event lands in {@link #events}. */
    final class Listener implements AutoCloseable {
        final BlockingQueue<String> events = new LinkedBlockingQueue<>();
        final String head;
        private final Socket socket;

        Listener(String origin) throws IOException {
            socket = new Socket(InetAddress.getLoopbackAddress(), server.port());
            socket.getOutputStream().write(("GET /__casebook/events HTTP/1.1\r\nHost: localhost:" + server.port() + "\r\n"
                    + (origin == null ? "" : "Origin: " + origin + "\r\n") + "Accept: text/event-stream\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = socket.getInputStream();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            StringBuilder h = new StringBuilder();
            String line;
            while ((line = reader.readLine()) != null && !line.isEmpty()) h.append(line).append("\r\n");
            head = h.toString();
            if (!head.startsWith("HTTP/1.1 200")) return;
            // chunked: read until the greeting comment, so the subscription is in place before the test edits
            while ((line = reader.readLine()) != null && !line.equals(": connected")) {
                // chunk sizes and the retry line
            }
            Thread t = new Thread(() -> {
                try {
                    String l;
                    boolean reload = false;
                    while ((l = reader.readLine()) != null) {
                        if (l.equals("event: reload")) reload = true;
                        else if (reload && l.startsWith("data: ")) {
                            events.add(l.substring(6));
                            reload = false;
                        }
                    }
                } catch (IOException e) {
                    // closed
                }
            }, "test-sse");
            t.setDaemon(true);
            t.start();
        }

        /** The next reload event's data, waiting up to 30 s (the machine may be busy). */
        String next() throws InterruptedException {
            String e = events.poll(30, TimeUnit.SECONDS);
            if (e == null) throw new AssertionError("no reload event within 30 s");
            return e;
        }

        /** Waits for an event whose data contains {@code text}, skipping others. */
        String nextContaining(String text) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < deadline) {
                String e = events.poll(1, TimeUnit.SECONDS);
                if (e != null && e.contains(text)) return e;
            }
            throw new AssertionError("no reload event with " + text + " within 30 s");
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    @Override
    public void close() {
        server.close();
    }

    /** Saves a file the way editors do: a hidden temporary file beside it, renamed over it. */
    static void save(Path file, String text) throws IOException {
        Path temp = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }
}
