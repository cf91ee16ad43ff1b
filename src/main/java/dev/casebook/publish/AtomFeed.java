package dev.casebook.publish;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The Atom feed of the stories. Ids are stable URNs built from slugs; times come from the stories' own dates,
 * never from the clock, so the same content gives the same feed. Links are absolute only with a base URL.
 */
public final class AtomFeed {

    /** One story in the feed; {@code updated} is an RFC 3339 time, {@code path} relative to the site root. */
    public record Entry(String slug, String title, String path, String updated, String author, String summary) {
    }

    private AtomFeed() {
    }

    public static byte[] xml(String title, SiteAddress address, String updated, List<Entry> entries) {
        StringBuilder b = new StringBuilder(2048);
        b.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
        b.append("  <title>").append(Xml.text(title)).append("</title>\n");
        b.append("  <id>urn:casebook:").append(Xml.text(address.baseUrl().orElse("site"))).append("</id>\n");
        b.append("  <updated>").append(updated).append("</updated>\n");
        b.append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(Xml.attr(address.resolve("index.html"))).append("\"/>\n");
        b.append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"").append(Xml.attr(address.resolve("feed.xml"))).append("\"/>\n");
        b.append("  <generator>Casebook</generator>\n");
        for (Entry e : entries) {
            b.append("  <entry>\n");
            b.append("    <title>").append(Xml.text(e.title())).append("</title>\n");
            b.append("    <id>urn:casebook:story:").append(Xml.text(e.slug())).append("</id>\n");
            b.append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(Xml.attr(address.resolve(e.path()))).append("\"/>\n");
            b.append("    <updated>").append(e.updated()).append("</updated>\n");
            b.append("    <author><name>").append(Xml.text(e.author().isEmpty() ? "Casebook" : e.author())).append("</name></author>\n");
            if (!e.summary().isEmpty()) b.append("    <summary>").append(Xml.text(e.summary())).append("</summary>\n");
            b.append("  </entry>\n");
        }
        return b.append("</feed>\n").toString().getBytes(StandardCharsets.UTF_8);
    }
}
