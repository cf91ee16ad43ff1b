package dev.casebook.serve;

import com.sun.net.httpserver.HttpServer;
import dev.casebook.pipeline.BuildRequest;
import dev.casebook.pipeline.IncrementalPipeline;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The preview server: builds the site into memory, serves it over HTTP with the JDK's built-in server, watches
 * content/ and templates/ and rebuilds what an edit affects, and tells open pages to reload. Listens on loopback
 * unless told otherwise.
 */
public final class PreviewServer implements AutoCloseable {

    /** Where to listen and what to build. {@code port} 0 picks a free port. */
    public record Config(BuildRequest request, InetAddress bind, int port, PrintWriter out) {
    }

    private final HttpServer http;
    private final ExecutorService threads;
    private final ReloadChannel channel;
    private final PreviewSite site;
    private final PreviewBuilder builder;
    private final ContentWatcher watcher;
    private final String url;

    private PreviewServer(Config config) throws IOException {
        this.http = HttpServer.create(new InetSocketAddress(config.bind(), config.port()), 64);
        int port = http.getAddress().getPort();
        boolean loopback = config.bind().isLoopbackAddress();
        LoopbackNames names = new LoopbackNames(port, !loopback);
        this.url = loopback ? names.url() : "http://" + hostOf(config.bind()) + ":" + port + "/";
        this.channel = new ReloadChannel();
        this.site = new PreviewSite();
        this.builder = new PreviewBuilder(new IncrementalPipeline(config.request()), site, channel, config.out());
        this.threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "casebook-http");
            t.setDaemon(true);
            return t;
        });
        http.setExecutor(threads);
        http.createContext("/", new PreviewHandler(site, channel, names));
        List<Path> watched = new ArrayList<>(List.of(config.request().content()));
        if (!config.request().templates().toAbsolutePath().normalize().equals(config.request().content().toAbsolutePath().normalize())) {
            watched.add(config.request().templates());
        }
        ContentWatcher w;
        try {
            w = ContentWatcher.start(watched, builder::submit);
        } catch (IOException e) {
            http.stop(0);
            throw e;
        }
        this.watcher = w;
    }

    /**
     * Binds the port (a busy one throws {@link java.net.BindException} before anything is built), builds the site,
     * then starts answering.
     */
    public static PreviewServer start(Config config) throws IOException {
        PreviewServer server = new PreviewServer(config);
        server.builder.buildAll();
        server.http.start();
        return server;
    }

    /** The address to open in a browser. */
    public String url() {
        return url;
    }

    public int port() {
        return http.getAddress().getPort();
    }

    /** The site as last built (for tests and the benchmark). */
    public PreviewSite site() {
        return site;
    }

    /**
     * Builds after these files changed, now, on the caller's thread (tests use it; the watcher queues the same).
     * Its full pass is cut short if the watcher has queued a newer change, which the build thread then handles.
     */
    public PreviewBuilder.Report rebuild(List<Path> changed) {
        return builder.rebuild(changed);
    }

    /** Waits until the watcher has been quiet and no build is queued or running (tests and the benchmark). */
    public boolean awaitIdle(java.time.Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        int quietChecks = 0;
        while (System.nanoTime() < deadline) {
            quietChecks = builder.idle() ? quietChecks + 1 : 0;
            if (quietChecks == 5) return true;
            Thread.sleep(ContentWatcher.MAX_WAIT_MILLIS / 4);
        }
        return false;
    }

    /** Stops watching and serving; open pages' streams are closed. */
    @Override
    public void close() {
        watcher.close();
        builder.close();
        channel.close();
        http.stop(0);
        threads.shutdownNow();
    }

    private static String hostOf(InetAddress a) {
        String h = a.getHostAddress();
        return h.contains(":") ? "[" + h + "]" : h;
    }
}
