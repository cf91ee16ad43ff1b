package dev.casebook.e2e;

import dev.casebook.pipeline.BuildOutcome;
import dev.casebook.pipeline.BuildRequest;
import dev.casebook.pipeline.Pipeline;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Builds the repository's sample content end to end and checks the site as a reader would get it. */
class SampleSiteTest {

    static final Path CONTENT = Path.of("content");
    static final Path TEMPLATES = Path.of("templates");

    @TempDir
    static Path tmp;
    static Path site;
    static BuildOutcome outcome;

    @BeforeAll
    static void build() {
        site = tmp.resolve("site");
        outcome = Pipeline.build(new BuildRequest(CONTENT, TEMPLATES, site, false));
    }

    @Test
    void sampleContentBuildsWithoutErrors() {
        assertEquals(0, outcome.errors(), () -> outcome.diagnostics().toString());
        assertTrue(outcome.published());
        assertTrue(Files.isRegularFile(site.resolve("index.html")));
        assertTrue(outcome.stories() >= 6, "the six retold articles are stories");
    }

    @Test
    void sameInputGivesByteIdenticalSite() throws IOException {
        Path again = tmp.resolve("again");
        BuildOutcome second = Pipeline.build(new BuildRequest(CONTENT, TEMPLATES, again, false));
        assertTrue(second.published());
        Map<String, byte[]> a = tree(site);
        Map<String, byte[]> b = tree(again);
        assertEquals(a.keySet(), b.keySet());
        for (String k : a.keySet()) assertArrayEquals(a.get(k), b.get(k), k);
    }

    @Test
    void everyInternalLinkAndAssetResolves() throws IOException {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.walk(site)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                Document doc = Jsoup.parse(page.toFile(), "UTF-8");
                for (Element e : doc.select("[href], [src]")) {
                    String ref = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                    if (ref.isEmpty() || ref.startsWith("#") || ref.startsWith("mailto:")) continue;
                    URI uri = URI.create(ref.replace(" ", "%20"));
                    if (uri.getScheme() != null) continue; // external links in stories are the author's
                    String path = URLDecoder.decode(uri.getRawPath(), StandardCharsets.UTF_8);
                    Path target = page.getParent().resolve(path).normalize();
                    checked++;
                    if (!target.startsWith(site) || !Files.isRegularFile(target)) {
                        broken.add(site.relativize(page) + " -> " + ref);
                    } else if (uri.getFragment() != null && target.toString().endsWith(".html")) {
                        Document t = Jsoup.parse(target.toFile(), "UTF-8");
                        if (t.getElementById(uri.getFragment()) == null) broken.add(site.relativize(page) + " -> " + ref + " (no such anchor)");
                    }
                }
            }
        }
        assertTrue(checked > 50, "links checked: " + checked);
        assertEquals(List.of(), broken);
    }

    @Test
    void wineStoryShowsTheWorkedExampleChain() throws IOException {
        Document doc = Jsoup.parse(site.resolve("story/wine-tasting-gig.html").toFile(), "UTF-8");
        Element chain = doc.selectFirst("#chain-kathleen-gets-gig");
        assertTrue(chain != null, "the wine gig's chain is on its page");
        Element steps = chain.selectFirst("ol");
        assertTrue(steps != null, "the chain's steps are an ordered list");
        String text = steps.text();
        int tina = text.indexOf("Tina");
        int rebecca = text.indexOf("Rebecca");
        int kristine = text.indexOf("Kristine");
        assertTrue(tina >= 0 && tina < rebecca && rebecca < kristine, "Tina, Rebecca, Kristine in that order: " + text);
        assertTrue(text.contains("email"), "the email introduction is shown");
        assertTrue(text.contains("a few weeks"), "the story's own words for the gap are kept");
    }

    @Test
    void everyStoryPersonAndThemeHasAPage() {
        for (String p : List.of("story/wine-tasting-gig.html", "story/sell-ten-things.html", "person/tina.html",
                "person/kristine.html", "theme/referrals.html")) {
            assertTrue(Files.isRegularFile(site.resolve(p)), p);
        }
    }

    @Test
    void privatePeopleAreShownByRole() throws IOException {
        String all = String.join("\n", tree(site).values().stream().map(b -> new String(b, StandardCharsets.UTF_8)).toList());
        Document doc = Jsoup.parse(site.resolve("story/who-they-know.html").toFile(), "UTF-8");
        assertTrue(doc.text().contains("the Twitter follower"), "a private person appears by role");
        assertTrue(all.contains("the Twitter follower"));
    }

    static Map<String, byte[]> tree(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }

    static List<String> lines(String s) {
        return Arrays.asList(s.split("\n"));
    }
}
