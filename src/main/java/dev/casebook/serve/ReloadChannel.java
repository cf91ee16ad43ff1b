package dev.casebook.serve;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The Server-Sent Events stream open pages listen to: each build that changes pages sends a {@code reload} event
 * naming them. Streams stay open between events; a comment every few seconds finds the ones that were closed.
 */
public final class ReloadChannel implements AutoCloseable {

    /** Where pages subscribe, on the preview server only. */
    public static final String PATH = "/__casebook/events";

    private final List<OutputStream> clients = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService keepAlive = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "casebook-keepalive");
        t.setDaemon(true);
        return t;
    });
    private long sent;

    public ReloadChannel() {
        keepAlive.scheduleWithFixedDelay(() -> send(": keep-alive\n\n"), 10, 10, TimeUnit.SECONDS);
    }

    /** Takes over an exchange as a new subscriber; the exchange stays open until the page goes away. */
    void subscribe(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        synchronized (out) {
            out.write("retry: 500\n: connected\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
        clients.add(out);
    }

    /** Tells every open page to reload (all pages, or only the ones named). */
    public void publish(ReloadEvent event) {
        synchronized (this) {
            sent++;
        }
        send("event: reload\nid: " + sent + "\ndata: " + event.json() + "\n\n");
    }

    /** How many pages are listening. */
    public int listeners() {
        return clients.size();
    }

    private void send(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (OutputStream out : clients) {
            try {
                synchronized (out) {
                    out.write(bytes);
                    out.flush();
                }
            } catch (IOException e) {
                clients.remove(out);
                closeQuietly(out);
            }
        }
    }

    @Override
    public void close() {
        keepAlive.shutdownNow();
        clients.forEach(ReloadChannel::closeQuietly);
        clients.clear();
    }

    private static void closeQuietly(OutputStream out) {
        try {
            out.close();
        } catch (IOException ignored) {
            // the page is gone already
        }
    }
}
