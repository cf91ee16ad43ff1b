package dev.casebook.site;

import dev.casebook.cli.CasebookCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code casebook build --base-url}: absolute feed and sitemap addresses, and a usage error for a non-web address. */
class BaseUrlOptionTest {

    @TempDir
    Path tmp;

    int build(StringWriter err, String... extra) {
        String[] args = new String[6 + extra.length];
        System.arraycopy(new String[]{"build", "--content", "content", "--templates", "templates", "--out"}, 0, args, 0, 6);
        System.arraycopy(extra, 0, args, 6, extra.length);
        return CasebookCommand.commandLine(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void aWebAddressMakesTheFeedAbsolute() throws Exception {
        Path out = tmp.resolve("site");
        assertEquals(0, build(new StringWriter(), out.toString(), "--base-url", "https://example.org/cases"));
        assertTrue(Files.readString(out.resolve("feed.xml")).contains("href=\"https://example.org/cases/feed.xml\""));
    }

    @Test
    void anythingElseIsAUsageErrorAndWritesNothing() {
        Path out = tmp.resolve("site");
        StringWriter err = new StringWriter();
        assertEquals(2, build(err, out.toString(), "--base-url", "example.org"));
        assertTrue(err.toString().contains("--base-url must start with http:// or https://, got 'example.org'"), err.toString());
        assertFalse(Files.exists(out));
    }
}
