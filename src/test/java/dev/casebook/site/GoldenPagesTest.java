package dev.casebook.site;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rendered sample site compared byte for byte with the expected files in src/test/resources/golden/. A change
 * to the theme or the view data shows up here as a readable diff; after checking it, accept it with
 * {@code mvn test -Dtest=GoldenPagesTest -Dgolden.update=true}, which rewrites the expected files (and only then).
 */
class GoldenPagesTest {

    static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
    static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "story/wine-tasting-gig.html", "story/business-vs-social-networking.html", "person/rebecca.html",
            "theme/referrals.html", "network.html", "report.html", "search.html", "404.html", "feed.xml", "sitemap.xml",
            "assets/search-index.js"})
    void pageMatchesItsGoldenFile(String page) throws IOException {
        String actual = Files.readString(BuiltSite.get().resolve(page), StandardCharsets.UTF_8);
        Path expected = GOLDEN.resolve(page);
        if (UPDATE) {
            Files.createDirectories(expected.getParent());
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.isRegularFile(expected), "no golden file " + expected + "; create it with -Dgolden.update=true");
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual,
                page + " differs from " + expected + "; if the change is intended, run mvn test -Dtest=GoldenPagesTest -Dgolden.update=true");
    }
}
