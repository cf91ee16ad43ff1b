package dev.casebook.site;

import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every built page passes the Nu Html Checker (vnu), run in-process with its bundled schemas (no network). */
class HtmlValidityTest {

    @Test
    void everyPageIsValidHtml() throws Exception {
        Path site = BuiltSite.get();
        List<String> problems = new ArrayList<>();
        List<String> pages = BuiltSite.pages(site);
        assertTrue(pages.size() > 20, "the sample site has its pages");
        Collector handler = new Collector(new String[1], problems);
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", handler);
        validator.setUpValidatorAndParsers(handler, true, false);
        for (String page : pages) {
            handler.page()[0] = page;
            validator.checkHtmlFile(site.resolve(page).toFile(), true);
        }
        assertEquals(List.of(), problems, "vnu found problems");
    }

    @Test
    void theCheckerCatchesInvalidMarkup() throws Exception {
        List<String> problems = new ArrayList<>();
        Path bad = Path.of("target", "site-tests", "bad.html");
        java.nio.file.Files.createDirectories(bad.getParent());
        java.nio.file.Files.writeString(bad, "<!DOCTYPE html><html lang=en><head><title>x</title></head><body><p><div>no</div></p><a href=\"x\" href=\"y\">z</a></body></html>");
        Collector handler = new Collector(new String[]{"bad.html"}, problems);
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", handler);
        validator.setUpValidatorAndParsers(handler, true, false);
        validator.checkHtmlFile(bad.toFile(), true);
        assertTrue(!problems.isEmpty(), "a broken page must be reported");
    }

    /** Collects errors (warnings and info are not failures). */
    record Collector(String[] page, List<String> problems) implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) {
            problems.add(page[0] + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    }
}
