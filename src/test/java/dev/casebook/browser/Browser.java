package dev.casebook.browser;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's headless Chromium driven through its own chromedriver: both paths are given, so Selenium Manager
 * never looks for (or downloads) a browser or a driver. Tests that need it are skipped when it is not installed.
 */
final class Browser {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Browser() {
    }

    static void assumeInstalled() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "chromium and chromium-driver are not installed (apt-get install -y chromium chromium-driver)");
    }

    static ChromeDriver start() throws IOException {
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        Path profile = Files.createTempDirectory("casebook-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--hide-scrollbars", "--user-data-dir=" + profile, "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** A screenshot of the whole page at {@code width} CSS pixels, written to target/screenshots/{@code name}.png. */
    static Path screenshot(ChromeDriver driver, String name, int width, boolean mobile) throws IOException {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 900,
                "deviceScaleFactor", 1, "mobile", mobile));
        Number height = (Number) driver.executeScript("return Math.min(document.documentElement.scrollHeight, 9000);");
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height.intValue(),
                "deviceScaleFactor", 1, "mobile", mobile));
        Path out = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(out.getParent());
        Files.write(out, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        return out;
    }

    /** The page printed to PDF by Chromium (print media, A4), as bytes. */
    static byte[] pdf(ChromeDriver driver) {
        Map<String, Object> result = driver.executeCdpCommand("Page.printToPDF", Map.of("paperWidth", 8.27, "paperHeight", 11.69,
                "printBackground", false));
        return Base64.getDecoder().decode((String) result.get("data"));
    }

    static String url(Path file) {
        return file.toUri().toString();
    }

    static File file(Path p) {
        return p.toFile();
    }
}
