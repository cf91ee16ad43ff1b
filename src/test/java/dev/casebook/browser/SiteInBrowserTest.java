package dev.casebook.browser;

import dev.casebook.site.BuiltSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The built sample site in headless Chromium, opened from file:// like a trainer's USB stick: click through
 * story, person, theme and network, search, step through a chain by keyboard, print, check accessibility with
 * axe-core, and take screenshots at phone and desktop widths into target/screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SiteInBrowserTest {

    static ChromeDriver driver;
    static Path site;

    @BeforeAll
    static void open() throws Exception {
        Browser.assumeInstalled();
        site = BuiltSite.get();
        driver = Browser.start();
    }

    @AfterAll
    static void close() {
        if (driver != null) driver.quit();
    }

    WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    void go(String page) {
        driver.get(Browser.url(site.resolve(page)));
    }

    @Test
    @Order(1)
    void clickThroughStoryPersonThemeNetwork() {
        go("index.html");
        assertEquals("How introductions become business", driver.findElement(By.tagName("h1")).getText());
        driver.findElement(By.linkText("From a baker friend to a paid wine tasting")).click();
        waiting().until(ExpectedConditions.urlContains("story/wine-tasting-gig.html"));
        assertTrue(driver.findElement(By.cssSelector("svg.drawing-timeline")).isDisplayed(), "the timeline drawing shows");
        assertTrue(driver.findElement(By.cssSelector("svg.drawing-chain")).isDisplayed(), "the chain drawing shows");

        driver.findElement(By.cssSelector(".featured a[href$='person/tina.html']")).click();
        waiting().until(ExpectedConditions.urlContains("person/tina.html"));
        assertEquals("Tina", driver.findElement(By.tagName("h1")).getText());
        assertTrue(driver.findElement(By.id("rel-h")).isDisplayed(), "how each relationship began");
        WebElement back = driver.findElement(By.cssSelector(".card h3 a[href$='story/wine-tasting-gig.html']"));
        assertTrue(back.isDisplayed(), "the person page links back to the story");

        driver.findElement(By.cssSelector(".card .tags a[href$='theme/referrals.html']")).click();
        waiting().until(ExpectedConditions.urlContains("theme/referrals.html"));
        assertTrue(driver.findElement(By.tagName("h1")).getText().contains("referrals"));

        driver.findElement(By.linkText("Network")).click();
        waiting().until(ExpectedConditions.urlContains("network.html"));
        WebElement node = driver.findElement(By.cssSelector("svg.drawing-network a[data-person='rebecca']"));
        node.click();
        waiting().until(ExpectedConditions.urlContains("person/rebecca.html"));
        assertEquals("Rebecca", driver.findElement(By.tagName("h1")).getText());
    }

    @Test
    @Order(2)
    void searchWorksFromDisk() {
        go("index.html");
        WebElement box = driver.findElement(By.id("site-q"));
        box.sendKeys("lagniappe");
        box.sendKeys(Keys.ENTER);
        waiting().until(ExpectedConditions.urlContains("search.html"));
        waiting().until(d -> !d.findElements(By.cssSelector("#results li")).isEmpty());
        assertTrue(driver.findElement(By.id("search-status")).getText().contains("for “lagniappe”"));
        driver.findElement(By.cssSelector("#results a[href='story/lagniappe-voice-actor.html']")).click();
        waiting().until(ExpectedConditions.urlContains("story/lagniappe-voice-actor.html"));

        go("search.html");
        WebElement q = driver.findElement(By.id("q"));
        q.sendKeys("Rebecca");
        waiting().until(d -> d.findElements(By.cssSelector("#results a[href='person/rebecca.html']")).size() == 1);
        q.clear();
        q.sendKeys("\u201cLagniappe,\u201d"); // punctuation at a query word's edges is cut, as in the index's words
        waiting().until(d -> d.findElements(By.cssSelector("#results a[href='story/lagniappe-voice-actor.html']")).size() == 1);
        q.clear();
        q.sendKeys("zzqqxx");
        waiting().until(d -> d.findElement(By.id("search-status")).getText().startsWith("0 results"));
    }

    @Test
    @Order(3)
    void stepThroughAChainWithTheKeyboard() {
        go("story/wine-tasting-gig.html");
        WebElement figure = driver.findElement(By.cssSelector("figure.chain"));
        List<WebElement> steps = figure.findElements(By.cssSelector("ol.steps > li"));
        assertTrue(steps.size() >= 4, "the wine chain has its steps");
        WebElement toggle = figure.findElement(By.cssSelector(".stepper-toggle"));
        toggle.sendKeys(Keys.ENTER);
        WebElement status = figure.findElement(By.cssSelector(".stepper-status"));
        assertEquals("Step 1 of " + steps.size(), status.getText());
        assertEquals(1, visible(steps), "one step at a time");
        WebElement next = figure.findElement(By.cssSelector(".stepper-next"));
        assertEquals(next, driver.switchTo().activeElement(), "focus moves to Next");
        next.sendKeys(Keys.ENTER);
        assertEquals("Step 2 of " + steps.size(), status.getText());
        driver.switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);
        assertEquals("Step 3 of " + steps.size(), status.getText());
        driver.switchTo().activeElement().sendKeys(Keys.END);
        assertEquals("Step " + steps.size() + " of " + steps.size(), status.getText());
        assertTrue(steps.get(steps.size() - 1).isDisplayed(), "the last step is the business");
        assertTrue(steps.get(steps.size() - 1).getText().contains("does business with"));
        String current = steps.get(steps.size() - 1).getAttribute("data-step");
        assertEquals(1, figure.findElements(By.cssSelector("svg [data-step='" + current + "'].is-current")).size(),
                "the drawing marks the current hop");
        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        assertEquals(steps.size(), visible(steps), "Escape shows every step again");
    }

    int visible(List<WebElement> items) {
        return (int) items.stream().filter(WebElement::isDisplayed).count();
    }

    @Test
    @Order(4)
    void keyboardFocusIsVisible() {
        go("index.html");
        driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement skip = driver.switchTo().activeElement();
        assertEquals("Skip to content", skip.getText());
        driver.switchTo().activeElement().sendKeys(Keys.TAB);
        WebElement brand = driver.switchTo().activeElement();
        assertEquals("solid", brand.getCssValue("outline-style"), "focused links show an outline");
        assertNotEquals("0px", brand.getCssValue("outline-width"));
    }

    @Test
    @Order(5)
    void printMakesAShortHandout() {
        go("story/wine-tasting-gig.html");
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertEquals("none", driver.findElement(By.cssSelector(".masthead nav")).getCssValue("display"));
            assertEquals("none", driver.findElement(By.cssSelector("section.timeline")).getCssValue("display"));
            assertTrue(driver.findElement(By.cssSelector("section.lessons")).isDisplayed());
            assertTrue(driver.findElement(By.cssSelector("section.questions")).isDisplayed());
            assertTrue(driver.findElement(By.cssSelector("svg.drawing-chain")).isDisplayed());
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        byte[] pdf = Browser.pdf(driver);
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int pages = text.split("/Type\\s*/Page[^s]", -1).length - 1;
        assertTrue(pages >= 1 && pages <= 2, "the story prints on one or two A4 pages, got " + pages);
    }

    @Test
    @Order(6)
    void axeFindsNoSeriousViolations() throws Exception {
        Path axe = axeScript();
        assumeTrue(Files.isRegularFile(axe), "axe-core is not installed (npm install axe-core; see .ci/run)");
        String script = Files.readString(axe);
        List<String> problems = new ArrayList<>();
        for (String page : List.of("index.html", "story/wine-tasting-gig.html", "story/relationship-commerce.html", "person/tina.html",
                "theme/referrals.html", "network.html", "report.html", "search.html", "404.html")) {
            go(page);
            driver.executeScript(script);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            Object result = driver.executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                            + "axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
                            + "  done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
                            + "    .map(function (v) { return v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }).join(', '); }));"
                            + "}).catch(function (e) { done(['axe failed: ' + e]); });");
            for (Object o : (List<?>) result) problems.add(page + ": " + o);
        }
        assertEquals(List.of(), problems);
    }

    static Path axeScript() {
        String given = System.getProperty("axe.js", System.getenv().getOrDefault("AXE_JS", ""));
        if (!given.isEmpty()) return Path.of(given);
        return Path.of(System.getProperty("java.io.tmpdir"), "casebook-axe", "node_modules", "axe-core", "axe.min.js");
    }

    @Test
    @Order(7)
    void screenshotsAtPhoneAndDesktopWidths() throws Exception {
        List<String> pages = List.of("index", "story/wine-tasting-gig", "story/who-they-know", "person/rebecca", "theme/referrals",
                "network", "report", "search");
        for (String page : pages) {
            String name = page.replace('/', '-');
            driver.get(Browser.url(site.resolve(page + ".html")) + (page.equals("search") ? "?q=twitter" : ""));
            Path phone = Browser.screenshot(driver, name + "-phone", 390, true);
            Path desktop = Browser.screenshot(driver, name + "-desktop", 1280, false);
            assertTrue(Files.size(phone) > 10_000 && Files.size(desktop) > 10_000, "screenshots were taken");
        }
        go("index.html");
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        Number scroll = (Number) driver.executeScript("return document.documentElement.scrollWidth;");
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        assertFalse(scroll.intValue() > 390, "nothing forces sideways scrolling at phone width, got " + scroll);
        for (String page : List.of("story/wine-tasting-gig.html", "network.html", "report.html")) {
            go(page);
            Object outside = driver.executeScript("return Array.prototype.filter.call(document.querySelectorAll('.drawing-wrap'), function (w) {"
                    + " var a = w.getBoundingClientRect(), b = w.querySelector('svg').getBoundingClientRect();"
                    + " return b.left < a.left - 1 || (b.right > a.right + 1 && w.scrollWidth <= w.clientWidth); }).length;");
            assertEquals(0L, outside, page + ": every drawing sits inside its frame");
        }
        go("story/wine-tasting-gig.html");
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        Browser.screenshot(driver, "story-wine-tasting-gig-print", 794, false);
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
}
