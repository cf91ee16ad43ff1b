package dev.casebook.serve;

import dev.casebook.bench.SyntheticProject;
import dev.casebook.pipeline.BuildRequest;
import dev.casebook.render.Links;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The preview server's speed, measured: generates a project (4,000 stories by default, with the benchmark suite's
 * {@link SyntheticProject}: about 1,000 words each, 5 logs of 20 events for every 16 stories) in a temporary folder,
 * starts the server, listens on the reload channel like an open page, then saves one story at a time and times
 * the save → reload event, save → new page bytes served, and save → every other page up to date.
 * Run: {@code java -cp target/casebook.jar dev.casebook.serve.ReloadBenchmark [stories] [edits]}.
 */
public final class ReloadBenchmark {

    private ReloadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int stories = args.length > 0 ? Integer.parseInt(args[0]) : 4000;
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 12;
        Path dir = Files.createTempDirectory("casebook-reload-bench-");
        try {
            run(dir, stories, edits);
        } finally {
            deleteTree(dir);
        }
    }

    private static void run(Path dir, int stories, int edits) throws Exception {
        Path content = dir.resolve("content");
        long t = System.nanoTime();
        SyntheticProject.Spec spec = SyntheticProject.Spec.withLogs(stories);
        SyntheticProject.write(spec, dir);
        List<Path> files;
        try (Stream<Path> list = Files.list(content.resolve("stories"))) {
            files = list.sorted().toList();
        }
        System.out.printf(Locale.ROOT, "generated %d stories (%d logs of %d events) in %d ms%n", stories, spec.logs(), spec.eventsPerLog(), ms(t));
        t = System.nanoTime();
        PrintWriter quiet = new PrintWriter(Writer.nullWriter());
        try (PreviewServer server = PreviewServer.start(new PreviewServer.Config(
                new BuildRequest(content, dir.resolve("templates"), dir.resolve("site"), false), InetAddress.getLoopbackAddress(), 0, quiet))) {
            System.out.printf(Locale.ROOT, "first build: %d files in %d ms; serving at %s%n", server.site().failure().isEmpty()
                    ? countFiles(server) : 0, ms(t), server.url());
            try (Listener listener = new Listener(server.port())) {
                List<long[]> rows = new ArrayList<>();
                for (int i = 1; i <= edits; i++) {
                    Path file = files.get((i * 997) % files.size());
                    String slug = file.getFileName().toString().replace(".md", "");
                    String page = Links.story(slug);
                    String text = Files.readString(file).replaceFirst("(?m)^title: .*$", "title: \"" + slug + ", revision " + i + "\"");
                    Path temp = file.resolveSibling("." + file.getFileName() + ".tmp");
                    Files.writeString(temp, text, StandardCharsets.UTF_8);
                    long saved = System.nanoTime();
                    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    listener.await(page);
                    long event = ms(saved);
                    String body = get(server.port(), "/" + page);
                    long served = ms(saved);
                    if (!body.contains("revision " + i)) throw new IllegalStateException("the served page is not the new one: " + page);
                    listener.await("index.html");
                    long rest = ms(saved);
                    rows.add(new long[]{event, served, rest});
                    System.out.printf(Locale.ROOT, "edit %2d (%s): reload event %4d ms, new page served %4d ms, all pages updated %5d ms%n",
                            i, page, event, served, rest);
                }
                System.out.printf(Locale.ROOT, "machine: %d cores, load average %.1f%n", Runtime.getRuntime().availableProcessors(),
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
                summary("save -> reload event", rows, 0);
                summary("save -> new page served", rows, 1);
                summary("save -> all pages updated", rows, 2);
            }
        }
    }

    private static int countFiles(PreviewServer server) {
        return server.site().size();
    }

    private static void summary(String what, List<long[]> rows, int column) {
        List<Long> v = rows.stream().map(r -> r[column]).sorted(Comparator.naturalOrder()).toList();
        System.out.printf(Locale.ROOT, "%-26s median %5d ms, min %5d ms, max %5d ms (%d edits)%n", what,
                v.get(v.size() / 2), v.get(0), v.get(v.size() - 1), v.size());
    }

    private static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }

    /** One GET over a fresh connection, the way a reloading browser asks; returns the body. */
    private static String get(int port, String path) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            String all = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!all.startsWith("HTTP/1.1 200")) throw new IOException("GET " + path + ": " + all.lines().findFirst().orElse(""));
            return all.substring(all.indexOf("\r\n\r\n") + 4);
        }
    }

    /** The reload channel, read like a browser's EventSource: each reload event's data is queued. */
    private static final class Listener implements AutoCloseable {
        private final Socket socket;
        private final BlockingQueue<String> events = new LinkedBlockingQueue<>();

        Listener(int port) throws IOException {
            socket = new Socket(InetAddress.getLoopbackAddress(), port);
            socket.getOutputStream().write(("GET " + ReloadChannel.PATH + " HTTP/1.1\r\nHost: localhost:" + port
                    + "\r\nAccept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = in.readLine()) != null && !line.equals(": connected")) {
                // status, headers, chunk size, retry
            }
            Thread reader = new Thread(() -> {
                try {
                    for (String l; (l = in.readLine()) != null; ) if (l.startsWith("data: ")) events.add(l.substring(6));
                } catch (IOException e) {
                    // closed
                }
            }, "bench-sse");
            reader.setDaemon(true);
            reader.start();
        }

        /** Waits for a reload event naming {@code page} (or all pages). */
        void await(String page) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (System.nanoTime() < deadline) {
                String e = events.poll(100, TimeUnit.MILLISECONDS);
                if (e != null && (e.contains("\"" + page + "\"") || e.contains("\"all\":true"))) return;
            }
            throw new IllegalStateException("no reload event for " + page + " within 120 s");
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
