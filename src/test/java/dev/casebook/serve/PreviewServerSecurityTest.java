package dev.casebook.serve;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Raw-socket attacks on a running preview server, each with the exact status it must get. */
class PreviewServerSecurityTest {

    @TempDir
    static Path dir;
    static PreviewFixture preview;
    static final String SECRET = "TOP-SECRET-OUTSIDE-THE-SITE";

    @BeforeAll
    static void start() throws IOException {
        Path outside = dir.resolve("outside");
        Files.createDirectories(outside);
        Files.writeString(outside.resolve("secret.md"), "---\ntitle: " + SECRET + "\n---\n" + SECRET + "\n");
        Files.writeString(dir.resolve("secret.txt"), SECRET);
        preview = new PreviewFixture(dir.resolve("project"));
        Files.createSymbolicLink(preview.content.resolve("stories/leak.md"), outside.resolve("secret.md"));
        preview.server.rebuild(List.of(preview.content.resolve("stories/leak.md")));
    }

    @AfterAll
    static void stop() {
        preview.close();
    }

    @Test
    void servesThePagesWithTheReloadScriptAddedOnlyWhileServing() throws IOException {
        PreviewFixture.Response r = preview.get("/story/wine-tasting-gig.html");
        assertEquals(200, r.status());
        assertEquals("text/html; charset=utf-8", r.header("Content-Type"));
        assertEquals("nosniff", r.header("X-Content-Type-Options"));
        assertTrue(r.body().contains("<script src=\"/__casebook/reload.js\" data-page=\"story/wine-tasting-gig.html\"></script>"));
        String built = new String(preview.server.site().file("story/wine-tasting-gig.html").orElseThrow(), StandardCharsets.UTF_8);
        assertFalse(built.contains("__casebook"), "the built page itself has no reload script");
        assertEquals(200, preview.get("/").status());
        assertEquals(200, preview.get("/assets/style.css").status());
        assertEquals(200, preview.get("/__casebook/reload.js").status());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "/%2e%2e/%2e%2e/%2e%2e/etc/passwd, 400",
            "/story/%2e%2e/%2e%2e/secret.txt, 400",
            "/%2E%2E/secret.txt, 400",
            "/..%2f..%2fsecret.txt, 400",
            "/..%5c..%5csecret.txt, 400",
            "/story%5cwine-tasting-gig.html, 400",
            "/index.html%00.css, 400",
            "/%00, 400",
            "/%c0%ae%c0%ae/secret.txt, 400",
            "/%2, 400",
            "/%zz/index.html, 400",
            "/%252e%252e/secret.txt, 404",
            "/story/leak.html, 404",
            "/story/, 404",
            "/story, 404",
            "/no-such-page.html, 404",
            "/story/../index.html, 200",
            "/./story/./wine-tasting-gig.html, 200",
    })
    void pathsAreDecodedOnceNormalisedAndKeptInsideTheSite(String target, int status) throws IOException {
        PreviewFixture.Response r = preview.get(target);
        assertEquals(status, r.status(), target + " gave " + r.head());
        assertFalse(r.body().contains(SECRET));
        assertFalse(r.body().contains("root:"));
    }

    @Test
    void rawDotDotAndBackslashInTheRequestLineAreRefused() throws IOException {
        int port = preview.server.port();
        for (String target : List.of("/../../secret.txt", "/story/../../secret.txt", "/..\\..\\secret.txt")) {
            PreviewFixture.Response r = preview.raw("GET " + target + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nConnection: close\r\n\r\n");
            assertEquals(400, r.status(), target);
            assertFalse(r.body().contains(SECRET));
        }
    }

    @Test
    void aSymlinkedStoryIsNeverRead() throws Exception {
        // the watcher saw the link too; its build may be the one that reports it
        for (int i = 0; i < 300 && !preview.console.toString().contains("symbolic link skipped"); i++) Thread.sleep(100);
        assertTrue(preview.console.toString().contains("symbolic link skipped"), preview.console.toString());
        assertTrue(preview.server.site().file("story/leak.html").isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.example", "evil.example:PORT", "localhost:1", "127.0.0.1", "localhost.evil.example:PORT", "10.0.0.1:PORT"})
    void aForeignHostIsRefusedAgainstDnsRebinding(String host) throws IOException {
        String h = host.replace("PORT", Integer.toString(preview.server.port()));
        PreviewFixture.Response r = preview.raw("GET / HTTP/1.1\r\nHost: " + h + "\r\nConnection: close\r\n\r\n");
        assertEquals(403, r.status(), h);
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "127.0.0.1", "[::1]", "LOCALHOST"})
    void theLoopbackNamesWithThePortAreAccepted(String name) throws IOException {
        PreviewFixture.Response r = preview.raw("GET / HTTP/1.1\r\nHost: " + name + ":" + preview.server.port() + "\r\nConnection: close\r\n\r\n");
        assertEquals(200, r.status(), name);
    }

    @Test
    void aRequestWithoutHostIsBad() throws IOException {
        assertEquals(400, preview.raw("GET / HTTP/1.0\r\n\r\n").status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "OPTIONS", "PATCH", "TRACE"})
    void onlyGetAndHeadAreAllowed(String method) throws IOException {
        PreviewFixture.Response r = preview.raw(method + " /index.html HTTP/1.1\r\nHost: localhost:" + preview.server.port()
                + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        assertEquals(405, r.status(), method);
        assertEquals("GET, HEAD", r.header("Allow"));
    }

    @Test
    void headAnswersWithoutABody() throws IOException {
        PreviewFixture.Response r = preview.raw("HEAD /index.html HTTP/1.1\r\nHost: localhost:" + preview.server.port()
                + "\r\nConnection: close\r\n\r\n");
        assertEquals(200, r.status());
        assertEquals("", r.body());
    }

    @Test
    void theReloadChannelChecksOrigin() throws Exception {
        try (PreviewFixture.Listener l = preview.new Listener("http://evil.example")) {
            assertTrue(l.head.startsWith("HTTP/1.1 403"), l.head);
        }
        try (PreviewFixture.Listener l = preview.new Listener("http://localhost:" + (preview.server.port() + 1))) {
            assertTrue(l.head.startsWith("HTTP/1.1 403"), l.head);
        }
        try (PreviewFixture.Listener l = preview.new Listener("http://localhost:" + preview.server.port())) {
            assertTrue(l.head.startsWith("HTTP/1.1 200"), l.head);
            assertTrue(l.head.contains("text/event-stream"), l.head);
        }
        try (PreviewFixture.Listener l = preview.new Listener(null)) {
            assertTrue(l.head.startsWith("HTTP/1.1 200"), l.head);
        }
    }

    @Test
    void aBusyPortSaysSoWithoutAStackTrace() throws Exception {
        int port = preview.server.port();
        assertThrows(BindException.class, () -> PreviewServer.start(new PreviewServer.Config(
                new dev.casebook.pipeline.BuildRequest(preview.content, preview.templates, dir.resolve("x"), false),
                InetAddress.getLoopbackAddress(), port, new java.io.PrintWriter(new java.io.StringWriter()))));
        java.io.StringWriter out = new java.io.StringWriter(), err = new java.io.StringWriter();
        int code = dev.casebook.cli.CasebookCommand.commandLine(new java.io.PrintWriter(out), new java.io.PrintWriter(err))
                .execute("serve", "--port", Integer.toString(port), "--content", preview.content.toString());
        assertEquals(2, code);
        assertEquals("casebook: port " + port + " is busy; use --port" + System.lineSeparator(), err.toString());
        assertEquals("", out.toString());
    }
}
