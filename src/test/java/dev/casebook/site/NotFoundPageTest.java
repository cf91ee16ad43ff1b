package dev.casebook.site;

import dev.casebook.bench.SyntheticProject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The 404 page offers a few stories and the way to all of them, not the whole casebook. */
class NotFoundPageTest {

    @TempDir
    Path tmp;

    @Test
    void aLargeCasebooksNotFoundPageListsTwentyStoriesAndPointsToTheRest() throws IOException {
        Path site = BuiltSite.synthetic(SyntheticProject.Spec.plain(25), tmp);
        Document page = Jsoup.parse(site.resolve("404.html").toFile(), "UTF-8");
        assertEquals(20, page.select(".notfound-page li a").size());
        for (var a : page.select(".notfound-page li a")) assertTrue(Files.isRegularFile(site.resolve(a.attr("href"))), a.attr("href"));
        assertTrue(page.select(".notfound-page p").text().contains("These are 20 of 25 stories; the home page lists them all."),
                page.select(".notfound-page p").text());
        assertEquals("index.html#stories", page.select(".notfound-page p a").last().attr("href"));
    }
}
