package dev.chorus.cli;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The seed site in a real browser: Debian's chromium, headless, driven through its chromedriver,
 * with the site served under a sub-path by the JDK's HTTP server. Every page type loads without
 * console errors or failed requests, and without sideways scrolling, at 320, 375 and 1280 px
 * (screenshots of 375 and 1280 go to target/screenshots/), search and the theme filter work, dark mode changes the colours, and
 * axe-core finds no WCAG 2.1 A or AA violation in either colour scheme.
 *
 * <p>Without chromium these tests fail rather than skip, so CI cannot pass without running them.
 * {@code -Dchorus.skipBrowser=true} skips them on purpose. {@code -Dchorus.chromium=PATH} and
 * {@code -Dchorus.chromedriver=PATH} point at other binaries.
 */
class BrowserTest {
    private static final String PREFIX = "/chorus/";
    private static final Path CHROMIUM = Path.of(System.getProperty("chorus.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("chorus.chromedriver", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String STALLONE = "articles/its-destroying-pure-cinema-from-within-sylvester-stallone/";
    private static final String DESPERATE = "The Desperate Truth Behind Hollywood’s AI Rush";
    /** One page of every type, by the name its screenshots get. */
    private static final Map<String, String> PAGE_TYPES = new LinkedHashMap<>();
    /** Selenium warns that it knows CDP only up to an older chromium; chromedriver's CDP commands work regardless. */
    private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

    static {
        PAGE_TYPES.put("home", "");
        PAGE_TYPES.put("articles", "articles/");
        PAGE_TYPES.put("article", STALLONE);
        PAGE_TYPES.put("speakers", "speakers/");
        PAGE_TYPES.put("speaker", "speakers/sylvester-stallone/");
        PAGE_TYPES.put("themes", "themes/");
        PAGE_TYPES.put("theme", "themes/soul-of-cinema/");
        PAGE_TYPES.put("echoes", "echoes/");
        PAGE_TYPES.put("search", "search/?q=soul");
        PAGE_TYPES.put("not-found", "no/such/page");
    }

    @TempDir
    static Path tmp;
    static Path site;
    static SubPathServer server;
    static String origin;
    static ChromeDriver browser;
    /** Every response with an error status since the last check: "404 /chorus/x". */
    static final List<String> failedRequests = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        assumeFalse(Boolean.getBoolean("chorus.skipBrowser"), "browser tests skipped by -Dchorus.skipBrowser=true");
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), "the browser tests need "
                + CHROMIUM + " and " + CHROMEDRIVER + ": apt-get install chromium chromium-driver "
                + "(or run with -Dchorus.skipBrowser=true)");
        SELENIUM_LOG.setLevel(Level.SEVERE);
        server = new SubPathServer(PREFIX, path -> failedRequests.add("404 " + path));
        origin = server.origin();
        site = tmp.resolve("site");
        server.serve(site);
        Cli.Run r = Cli.run("build", "--out", site.toString(), "--base-url", origin + PREFIX);
        assertEquals(0, r.code(), r.err());
        Files.createDirectories(SCREENSHOTS);

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--hide-scrollbars", "--window-size=1280,900", "--user-data-dir=" + tmp.resolve("profile"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().withLogOutput(OutputStream.nullOutputStream()).build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    /** Each test starts from the light scheme at desktop width with scripts on. */
    @AfterEach
    void reset() {
        colourScheme("light");
        cdp("Emulation.clearDeviceMetricsOverride", Map.of());
        cdp("Emulation.setScriptExecutionDisabled", Map.of("value", false));
    }

    private static Map<String, Object> cdp(String command, Map<String, Object> params) {
        return browser.executeCdpCommand(command, params);
    }

    private static void colourScheme(String scheme) {
        cdp("Emulation.setEmulatedMedia", Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    private static void viewport(int width) {
        cdp("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", width < 600 ? 812 : 900,
                "deviceScaleFactor", 1, "mobile", width < 600));
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    /** Opens a page after draining what earlier pages logged. */
    private static void open(String path) {
        browser.manage().logs().get(LogType.BROWSER);
        failedRequests.clear();
        browser.get(origin + PREFIX + path);
    }

    /** Console errors and failed requests since {@link #open}, except the 404 a missing address should get. */
    private static List<String> problems(String path, boolean missing) {
        List<String> out = new ArrayList<>();
        for (LogEntry e : browser.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()
                    && !(missing && e.getMessage().contains(PREFIX + path) && e.getMessage().contains("404"))) {
                out.add(path + ": console: " + e.getMessage());
            }
        }
        for (String f : failedRequests) {
            if (!(missing && f.equals("404 " + PREFIX + path))) {
                out.add(path + ": request failed: " + f);
            }
        }
        return out;
    }

    /** The whole page, not just the viewport, as a PNG; long pages are cut at 6000 px. */
    private static void screenshot(String name) throws IOException {
        Map<String, Object> metrics = cdp("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        double width = ((Number) size.get("width")).doubleValue();
        double height = Math.min(6000, ((Number) size.get("height")).doubleValue());
        Map<String, Object> shot = cdp("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    @Test
    void everyPageTypeLoadsWithoutConsoleErrorsOrFailedRequestsAtPhoneAndDesktopWidths() throws IOException {
        List<String> problems = new ArrayList<>();
        for (int width : new int[] {320, 375, 1280}) {
            viewport(width);
            for (Map.Entry<String, String> page : PAGE_TYPES.entrySet()) {
                open(page.getValue());
                assertFalse(browser.getTitle().isBlank(), page.getValue());
                problems.addAll(problems(page.getValue(), page.getKey().equals("not-found")));
                long overflow = (Long) js("return document.documentElement.scrollWidth - window.innerWidth");
                if (overflow > 0) {
                    problems.add(page.getValue() + ": " + overflow + " px wider than a " + width + " px window");
                }
                if (width != 320) {
                    screenshot(page.getKey() + "-" + width);
                }
            }
        }
        colourScheme("dark");
        for (String name : List.of("home", "article", "speaker")) {
            open(PAGE_TYPES.get(name));
            problems.addAll(problems(PAGE_TYPES.get(name), false));
            screenshot(name + "-dark-1280");
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void searchRunsTheQueryInTheAddressAndLinksQuotesToTheirParagraph() {
        open("search/?q=sweat%20struggle");
        WebElement quote = browser.findElement(By.cssSelector("#found-quotes + ol .quote-link"));
        assertTrue(quote.getText().contains("Cinema was built on sweat, struggle, and heart"), quote.getText());
        String href = quote.getAttribute("href");
        assertTrue(href.startsWith(origin + PREFIX + STALLONE + "index.html#p-"), href);
        quote.click();
        waiting().until(d -> d.getCurrentUrl().equals(href));
        String target = (String) js("return document.querySelector(':target').textContent");
        assertTrue(target.contains("Cinema was built on sweat"), target);
        assertTrue(problems(STALLONE, false).isEmpty());
    }

    @Test
    void searchFindsArticlesAndSpeakersAsYouTypeAndKeepsTheQueryInTheAddress() {
        open("search/");
        WebElement input = browser.findElement(By.id("q"));
        assertEquals(input, browser.switchTo().activeElement(), "the search box has the focus");
        input.sendKeys("d");
        waiting().until(d -> d.findElement(By.cssSelector("[data-search-status]")).getText().equals("Type at least two letters."));
        input.sendKeys("esperate truth");
        WebElement first = waiting().until(d -> d.findElement(By.cssSelector("#found-articles + ol .result-title")));
        assertEquals(DESPERATE, first.getText());
        assertEquals(origin + PREFIX + "articles/the-desperate-truth-behind-hollywoods-ai-rush/index.html",
                first.getAttribute("href"));
        waiting().until(d -> d.getCurrentUrl().endsWith("?q=desperate+truth"));
        assertTrue(browser.findElement(By.cssSelector("[data-search-status]")).getText().startsWith("Found 1 article"));

        input.clear();
        input.sendKeys("hiddle");
        WebElement speaker = waiting().until(d -> d.findElement(By.cssSelector("#found-speakers + ol .result-title")));
        assertEquals("Tom Hiddleston", speaker.getText());
        assertEquals(origin + PREFIX + "speakers/tom-hiddleston/index.html", speaker.getAttribute("href"));

        input.clear();
        input.sendKeys("zzzz nothing");
        waiting().until(d -> d.findElement(By.cssSelector("[data-search-status]")).getText().startsWith("Nothing matches"));
        assertTrue(browser.findElements(By.cssSelector(".result")).isEmpty());
        assertTrue(problems("search/", false).isEmpty());
    }

    @Test
    void searchIsQuickAndReportsItsTiming() {
        open("search/");
        @SuppressWarnings("unchecked")
        List<Number> millis = (List<Number>) js("var out = [];"
                + "['soul', 'stallone soul', 'pure cinema', 'digital double', 'a', 'rights consent'].forEach(function (q) {"
                + "  var t = performance.now(); window.chorusSearch.query(q); out.push(performance.now() - t); });"
                + "return out;");
        double worst = millis.stream().mapToDouble(Number::doubleValue).max().orElseThrow();
        assertTrue(worst < 50, "slowest query took " + worst + " ms");
        @SuppressWarnings("unchecked")
        Map<String, Object> found = (Map<String, Object>) js("var f = window.chorusSearch.query('hong kong actor');"
                + "return {title: window.CHORUS_SEARCH.articles[f.articles.items[0].at][1], count: f.articles.count};");
        assertEquals(DESPERATE, found.get("title"));
        assertEquals(1L, found.get("count"));
    }

    @Test
    void withoutJavaScriptTheSearchPageSaysSoAndOffersTheIndexes() {
        cdp("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        open("search/");
        WebElement note = browser.findElement(By.cssSelector(".needs-js"));
        assertTrue(note.isDisplayed());
        assertTrue(note.getText().startsWith("Search needs JavaScript"), note.getText());
        assertEquals(3, note.findElements(By.cssSelector("a")).size());
        assertFalse(browser.findElement(By.cssSelector("[data-search]")).isDisplayed(), "no search box that cannot work");

        cdp("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        open("search/");
        assertFalse(browser.findElement(By.cssSelector("[data-search]")).getAttribute("hidden") != null);
        assertTrue(browser.findElements(By.cssSelector(".needs-js")).stream().noneMatch(WebElement::isDisplayed));
    }

    @Test
    void theThemeFilterShowsOnlyTheArticlesOnTheChosenTheme() {
        open("articles/");
        List<WebElement> items = browser.findElements(By.cssSelector("[data-filterable] > li"));
        assertEquals(3, items.size());
        WebElement economics = browser.findElement(By.cssSelector("button.chip[data-theme='economics-of-the-ai-rush']"));
        assertEquals("false", economics.getAttribute("aria-pressed"));
        economics.click();
        assertEquals("true", economics.getAttribute("aria-pressed"));
        List<String> shown = items.stream().filter(WebElement::isDisplayed).map(li -> li.findElement(By.tagName("h2")).getText()).toList();
        assertEquals(List.of(DESPERATE), shown);
        assertTrue(browser.findElement(By.cssSelector(".filter-status")).getText().startsWith("Showing 1 article on"));
        assertTrue(browser.getCurrentUrl().endsWith("?theme=economics-of-the-ai-rush"), browser.getCurrentUrl());

        browser.findElement(By.cssSelector("button.chip[data-theme='']")).click();
        assertEquals(3, items.stream().filter(WebElement::isDisplayed).count());

        open("articles/?theme=soul-of-cinema");
        assertEquals(2, browser.findElements(By.cssSelector("[data-filterable] > li")).stream().filter(WebElement::isDisplayed).count());
        assertTrue(problems("articles/", false).isEmpty());
    }

    @Test
    void withoutJavaScriptTheThemeFilterIsLinksToTheThemePages() {
        cdp("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        open("articles/");
        List<WebElement> links = browser.findElements(By.cssSelector("[data-theme-filter] a.chip"));
        assertEquals(5, links.size());
        assertTrue(links.get(0).getAttribute("href").startsWith(origin + PREFIX + "themes/"));
        assertTrue(browser.findElements(By.cssSelector("button.chip")).isEmpty());
    }

    @Test
    void heatMapSquaresOpenWhatThatSpeakerSaysOnTheTheme() {
        open("");
        WebElement svg = browser.findElement(By.cssSelector(".heatmap svg"));
        assertEquals("Who talks about what: quotes by theme and speaker", svg.findElement(By.tagName("title")).getAttribute("textContent"));
        List<WebElement> cells = svg.findElements(By.cssSelector("a[aria-label]"));
        assertFalse(cells.isEmpty());
        WebElement first = cells.get(0);
        assertEquals("Sylvester Stallone on The human soul of cinema: 11 quotes", first.getAttribute("aria-label"));
        first.click();
        waiting().until(d -> d.getCurrentUrl().endsWith("themes/soul-of-cinema/index.html#speaker-sylvester-stallone"));
        assertEquals("Sylvester Stallone", js("return document.querySelector(':target h3').textContent"));
    }

    @Test
    void darkModeFollowsTheSystemSetting() {
        open("");
        String light = (String) js("return getComputedStyle(document.body).backgroundColor");
        colourScheme("dark");
        String dark = (String) js("return getComputedStyle(document.body).backgroundColor");
        assertEquals("rgb(250, 247, 242)", light);
        assertNotEquals(light, dark);
        assertEquals("rgb(20, 18, 15)", dark);
        String ink = (String) js("return getComputedStyle(document.querySelector('h1')).color");
        assertEquals("rgb(237, 230, 218)", ink);
    }

    private static AxeBuilder axe() {
        return new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).disableIframeTesting();
    }

    @Test
    void axeReportsAViolationWhenThereIsOne() {
        open("no/such/page");
        js("var img = document.createElement('img'); img.src = arguments[0]; document.querySelector('main').append(img);"
                + "var low = document.createElement('p'); low.textContent = 'faint'; low.style.color = '#ddd';"
                + "document.querySelector('main').append(low);", origin + PREFIX + "assets/favicon.svg");
        List<String> ids = axe().analyze(browser).getViolations().stream().map(Rule::getId).toList();
        assertEquals(List.of("color-contrast", "image-alt"), ids.stream().sorted().toList());
    }

    /** Dark mode changes only colours, so there axe checks only the rules about colour. */
    @Test
    void axeFindsNoWcag21AaViolationsOnAnyPageTypeInEitherColourScheme() {
        List<String> violations = new ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            colourScheme(scheme);
            for (String path : PAGE_TYPES.values()) {
                open(path);
                AxeBuilder axe = scheme.equals("light") ? axe()
                        : new AxeBuilder().withOnlyRules(List.of("color-contrast", "link-in-text-block")).disableIframeTesting();
                Results results = axe.analyze(browser);
                assertFalse(results.isErrored(), path + ": " + results.getErrorMessage());
                for (Rule v : results.getViolations()) {
                    v.getNodes().forEach(n -> violations.add(scheme + " " + path + ": " + v.getId() + " (" + v.getHelp()
                            + ") at " + n.getTarget() + ": " + n.getFailureSummary()));
                }
            }
        }
        assertTrue(violations.isEmpty(), String.join("\n", violations));
    }
}
