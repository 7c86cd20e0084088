package newsquiz.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** One headless Chromium for a browser test: screenshots at desktop and phone width, axe-core checks. */
public final class Browser implements AutoCloseable {
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path SCREENSHOTS = Path.of("target/screenshots");

    public final WebDriver driver;
    /** Fixed at open: a restarted server comes back on the same port. */
    private final String base;

    private Browser(TestServer server) {
        this.base = server.url("");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,900",
                "--disable-background-networking", "--disable-component-update", "--no-first-run");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    /** Skips the calling test only when the driver is not installed (CI installs it). */
    public static Browser open(TestServer server) {
        Assumptions.assumeTrue(Files.isExecutable(CHROMEDRIVER), "no " + CHROMEDRIVER + "; .ci/run installs chromium-driver");
        return new Browser(server);
    }

    public void go(String path) {
        driver.get(base + path);
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    public <T> T waitFor(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .ignoring(WebDriverException.class).until(condition);
    }

    public void waitForText(String text) {
        waitFor(d -> d.findElement(By.tagName("body")).getText().contains(text));
    }

    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Clicks the choice whose label has this text. */
    public void choose(String labelText) {
        for (WebElement label : all(".choice label")) {
            if (label.getText().startsWith(labelText)) {
                label.click();
                return;
            }
        }
        throw new AssertionError("no choice \u201c" + labelText + "\u201d on " + driver.getCurrentUrl() + ":\n" + text());
    }

    /** Saves the whole page at 1280 px and at 360 px (a small phone) as target/screenshots/NAME-desktop|phone.png. */
    public void screenshot(String name) {
        shoot(name + "-desktop", 1280);
        shoot(name + "-phone", 360);
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    private void shoot(String file, int width) {
        driver.manage().window().setSize(new Dimension(width, 900));
        if (width <= 400) {
            long overflow = ((Number) script("return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                    .longValue();
            assertTrue(overflow <= 0, file + ": the page is wider than a " + width + " px screen by " + overflow + " px");
        }
        long height = ((Number) script("return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)")).longValue();
        // The whole page, not only what fits in the window.
        Map<String, Object> shot = ((ChromeDriver) driver).executeCdpCommand("Page.captureScreenshot", Map.of(
                "format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", Math.min(height, 6000), "scale", 1)));
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(file + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails on any serious or critical axe-core violation on the current page. */
    public void assertAccessible(String page) {
        Results results = new AxeBuilder().analyze(driver);
        assertTrue(!results.isErrored(), page + ": axe failed: " + results.getErrorMessage());
        List<Rule> bad = results.getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact())).toList();
        assertTrue(bad.isEmpty(), page + " (" + driver.getCurrentUrl() + ") has accessibility violations:\n" + bad.stream()
                .map(r -> r.getImpact() + " " + r.getId() + ": " + r.getHelp() + " at "
                        + r.getNodes().stream().map(CheckedNode::getHtml).limit(3).collect(Collectors.joining(" | ")))
                .collect(Collectors.joining("\n")));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
