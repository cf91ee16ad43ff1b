package dev.casebook.publish;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** The sitemap (sitemaps.org 0.9) of every page: absolute addresses with a base URL, relative paths without. */
public final class Sitemap {

    private Sitemap() {
    }

    public static byte[] xml(SiteAddress address, List<String> paths) {
        StringBuilder b = new StringBuilder(1024);
        b.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String p : paths) b.append("  <url><loc>").append(Xml.text(address.resolve(p))).append("</loc></url>\n");
        return b.append("</urlset>\n").toString().getBytes(StandardCharsets.UTF_8);
    }
}
