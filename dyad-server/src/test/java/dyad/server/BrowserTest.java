package dyad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in real headless Chromium (Debian's chromium and chromium-driver, driven by Selenium): pick SYR and USA,
 * see the seed's events, open one and find its evidence highlighted; a hostile article's text stays text.
 * Screenshots go to target/screenshots/. Skipped when Chromium is not installed.
 */
class BrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SHOTS = Path.of("target/screenshots");

    static TestServer t;
    static WebDriver driver;

    @BeforeAll
    static void browser() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "Chromium or chromedriver is not installed (apt-get install chromium chromium-driver)");
        t = TestServer.get();
        Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--window-size=1440,1800", "--lang=en-US");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        o.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        driver = new ChromeDriver(service, o);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void close() {
        if (driver != null) driver.quit();
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    private static void pick(String side, String typed, String key) {
        WebElement input = driver.findElement(By.id(side + "-input"));
        input.clear();
        input.sendKeys(typed);
        By option = By.cssSelector("#" + side + "-list li[data-key='" + key + "']");
        // the list is drawn again as each lookup answers: click the option as it stands
        waiting().ignoring(StaleElementReferenceException.class).until(d -> {
            d.findElement(option).click();
            return true;
        });
    }

    private static List<WebElement> rows() {
        return driver.findElements(By.cssSelector("#events tbody tr[data-event]"));
    }

    private static WebElement row(String date, String modality) {
        for (WebElement r : rows()) {
            if (date.equals(r.getAttribute("data-date")) && modality.equals(r.getAttribute("data-modality"))) return r;
        }
        throw new AssertionError("no " + modality + " row dated " + date + "; rows: " + rowTexts());
    }

    private static List<String> rowTexts() {
        List<String> out = new ArrayList<>();
        for (WebElement r : rows()) out.add(r.getText());
        return out;
    }

    private static void shot(String name) throws IOException {
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(SHOTS.resolve(name + ".png"), png);
    }

    private static void noScriptErrors() {
        List<String> severe = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()) severe.add(e.getMessage());
        }
        assertTrue(severe.isEmpty(), "errors in the page: " + severe);
    }

    @Test
    void pickTwoActorsSeeTheirEventsAndReadTheEvidence(TestInfo info) throws IOException {
        driver.get(t.base() + "/");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("store-status"), "event"));
        pick("a", "SYR", "SYR");
        pick("b", "united st", "USA");
        waiting().until(d -> rows().size() >= 4);
        row("1974", "asserted");
        row("1994", "asserted");
        row("2025-05-14", "asserted");
        WebElement planned = row("2025-11-10", "planned");
        assertTrue(planned.getAttribute("class").contains("future"), "the planned visit is drawn apart");
        assertTrue(planned.getText().contains("planned"));
        assertEquals("#SYR-USA", ((JavascriptExecutor) driver).executeScript("return location.hash"));
        // the chart was drawn
        Object bars = ((JavascriptExecutor) driver).executeScript(
                "const c = Chart.getChart(document.getElementById('timeline')); return c ? c.data.labels.length : -1");
        assertTrue(((Number) bars).intValue() >= 3, "timeline periods: " + bars);

        // open the 1994 visit: its article, with the evidence highlighted
        row("1994", "asserted").click();
        WebElement mark = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#reader-body mark.current")));
        JsonNode ev = null;
        for (JsonNode e : t.json("/api/events?dyad=SYR-USA&both=true&limit=1000").get("events")) {
            if ("1994".equals(e.get("date").asText())) ev = e;
        }
        assertEquals(ev.get("evidence").get("text").asText(), mark.getText());
        assertTrue(driver.findElement(By.cssSelector("#reader-body .text")).getText().contains("The Media Line has learned"));
        assertTrue(row("1994", "asserted").getAttribute("class").contains("selected"));
        shot("dyad-SYR-USA");

        // the plan and what became of it
        assertFalse(driver.findElements(By.cssSelector("#plans li.plan")).isEmpty(), "the plans list is filled");
        // the map drew the events that have a place
        Object hits = ((JavascriptExecutor) driver).executeScript(
                "const c = document.getElementById('map'); return c.width > 0 && c.height > 0");
        assertEquals(Boolean.TRUE, hits);
        noScriptErrors();
    }

    @Test
    void aHostileArticleIsShownAsText() throws IOException {
        String text = "<script>alert('body')</script> Syrian President Ahmed al-Sharaa met US President Donald Trump "
                + "at the White House in Washington on Monday. <img src=x onerror=alert('img')>";
        String title = "<b>Not bold</b><script>alert('title')</script>";
        t.post(SafetyTest.article("browser-hostile-1", "2025-11-12", title, text), TestServer.TOKEN);
        JsonNode a = t.json("/api/articles/browser-hostile-1");
        assertFalse(a.get("mentions").isEmpty(), "the coder finds the meeting: " + a);
        String eventId = a.get("mentions").get(0).get("event_id").asText();

        driver.get("about:blank");
        driver.get(t.base() + "/#SYR-USA");
        By rowOf = By.cssSelector("#events tbody tr[data-event='" + eventId + "']");
        waiting().until(ExpectedConditions.presenceOfElementLocated(rowOf));
        WebElement r = driver.findElement(rowOf);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", r);
        r.click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#reader-body mark.current")));
        // choose this article among the event's reports, if there are several
        for (WebElement b : driver.findElements(By.cssSelector("#reader-body .mentions button"))) {
            if (b.getText().startsWith("Test Wire") && !b.getAttribute("class").contains("on")) {
                b.click();
                break;
            }
        }
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#reader-body h3"), "Not bold"));
        String body = driver.findElement(By.cssSelector("#reader-body .text")).getText();
        assertTrue(body.contains("<script>alert('body')</script>"), body);
        assertTrue(body.contains("<img src=x onerror=alert('img')>"), body);
        assertEquals(title, driver.findElement(By.cssSelector("#reader-body h3")).getText());
        Object injected = ((JavascriptExecutor) driver).executeScript(
                "return document.querySelectorAll('#reader-body script, #reader-body img, #reader-body h3 b').length");
        assertEquals(0L, ((Number) injected).longValue());
        shot("hostile-article-as-text");
        noScriptErrors();
    }
}
