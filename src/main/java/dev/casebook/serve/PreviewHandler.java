package dev.casebook.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Answers every request of the preview server, in this order: Host check (403), method (405 unless GET or
 * HEAD), path (400 when it could leave the site), then the reload channel, the reload script, the error page
 * while the last build failed, or the page itself (404 when there is none; a folder serves its index.html and is
 * never listed). Only files of the in-memory site are ever served.
 */
final class PreviewHandler implements HttpHandler {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"), Map.entry("ico", "image/x-icon"),
            Map.entry("json", "application/json"), Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("woff2", "font/woff2"));

    private final PreviewSite site;
    private final ReloadChannel channel;
    private final LoopbackNames names;

    PreviewHandler(PreviewSite site, ReloadChannel channel, LoopbackNames names) {
        this.site = site;
        this.channel = channel;
        this.names = names;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            answer(exchange);
        } catch (IOException e) {
            exchange.close();
        }
    }

    private void answer(HttpExchange ex) throws IOException {
        Optional<String> host = Optional.ofNullable(ex.getRequestHeaders().getFirst("Host"));
        if (host.isEmpty()) {
            plain(ex, 400, "a Host header is required");
            return;
        }
        if (!names.hostAllowed(host)) {
            plain(ex, 403, "this preview answers only to localhost; open " + names.url());
            return;
        }
        String method = ex.getRequestMethod();
        boolean head = method.equals("HEAD");
        if (!head && !method.equals("GET")) {
            ex.getResponseHeaders().set("Allow", "GET, HEAD");
            plain(ex, 405, "only GET and HEAD");
            return;
        }
        Optional<String> resolved = RequestPath.resolve(ex.getRequestURI().getRawPath());
        if (resolved.isEmpty()) {
            plain(ex, 400, "bad path");
            return;
        }
        String path = resolved.get();
        if (("/" + path).equals(ReloadChannel.PATH)) {
            if (!names.originAllowed(Optional.ofNullable(ex.getRequestHeaders().getFirst("Origin")), host)) {
                plain(ex, 403, "the reload channel is for this preview's own pages");
            } else if (head) {
                send(ex, 200, "text/event-stream; charset=utf-8", new byte[0], true);
            } else {
                channel.subscribe(ex);
            }
            return;
        }
        if (("/" + path).equals(ReloadScript.PATH)) {
            send(ex, 200, TYPES.get("js"), ReloadScript.SOURCE.getBytes(StandardCharsets.UTF_8), head);
            return;
        }
        String file = path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
        Optional<byte[]> bytes = site.file(file);
        if (bytes.isEmpty() && site.file(file + "/index.html").isPresent()) {
            ex.getResponseHeaders().set("Location", "/" + file + "/");
            send(ex, 301, TYPES.get("txt"), new byte[0], true);
            return;
        }
        boolean html = file.endsWith(".html");
        if (!site.failure().isEmpty() && (html || bytes.isEmpty())) {
            send(ex, 500, TYPES.get("html"), ErrorPage.html(site.failure(), file), head);
            return;
        }
        if (bytes.isEmpty()) {
            plain(ex, 404, "not found: /" + file);
            return;
        }
        byte[] body = html ? ReloadScript.inject(bytes.get(), file) : bytes.get();
        send(ex, 200, type(file), body, head);
    }

    private static String type(String file) {
        int dot = file.lastIndexOf('.');
        String ext = dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    private static void plain(HttpExchange ex, int status, String text) throws IOException {
        send(ex, status, TYPES.get("txt"), (status + " " + text + "\n").getBytes(StandardCharsets.UTF_8),
                ex.getRequestMethod().equals("HEAD"));
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body, boolean head) throws IOException {
        var h = ex.getResponseHeaders();
        h.set("Content-Type", type);
        h.set("Cache-Control", "no-store");
        h.set("X-Content-Type-Options", "nosniff");
        h.set("X-Frame-Options", "SAMEORIGIN");
        h.set("Referrer-Policy", "no-referrer");
        if (head) {
            ex.sendResponseHeaders(status, -1);
            ex.close();
            return;
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }
}
