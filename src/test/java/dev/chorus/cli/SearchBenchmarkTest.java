package dev.chorus.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How fast search answers on a large built site, measured in chromium with performance.now()
 * around the search function. Runs only when asked, on a site built beforehand:
 *
 * <pre>
 * python3 ../shared/bench/gen_corpus.py 10000 /tmp/c10k
 * ./chorus build --source /tmp/c10k --out /tmp/site10k
 * mvn test -Dtest=SearchBenchmarkTest -Dchorus.benchSite=/tmp/site10k
 * </pre>
 * It prints a table and writes it to target/search-benchmark.txt.
 */
@EnabledIfSystemProperty(named = "chorus.benchSite", matches = ".+")
class SearchBenchmarkTest {
    private static final List<String> QUERIES = List.of("budget", "okafor", "housing reform", "the national warning",
            "minister said", "rural", "ho", "ab", "per cent", "zzz no match", "amara okafor budget", "stonebridge");
    private static final int RUNS = 7;
    private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

    @Test
    void searchAnswersEveryQueryInUnderFiftyMilliseconds() throws Exception {
        Path site = Path.of(System.getProperty("chorus.benchSite")).toAbsolutePath();
        Path index = site.resolve("search/index.js");
        SELENIUM_LOG.setLevel(Level.SEVERE);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chorus.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory("chorus-bench"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chorus.chromedriver", "/usr/bin/chromedriver")).toFile())
                .withLogOutput(OutputStream.nullOutputStream()).build();
        ChromeDriver browser = new ChromeDriver(service, options);
        List<String> report = new ArrayList<>();
        double worst = 0;
        try {
            browser.manage().timeouts().pageLoadTimeout(Duration.ofMinutes(2)).scriptTimeout(Duration.ofMinutes(2));
            browser.get(site.resolve("search/index.html").toUri().toString());
            new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> browser.executeScript("return !!window.chorusSearch"));
            @SuppressWarnings("unchecked")
            Map<String, Object> load = (Map<String, Object>) browser.executeScript("var n = performance.getEntriesByType('navigation')[0];"
                    + "var d = window.CHORUS_SEARCH;"
                    + "return {articles: d.articles.length, quotes: d.quotes.length, speakers: d.speakers.length,"
                    + " loaded: n.domContentLoadedEventEnd, prepare: window.chorusSearch.prepareMillis};");
            report.add(String.format("index: %s, %,d bytes (%,d articles, %,d quotes, %,d speakers)", index, Files.size(index),
                    ((Number) load.get("articles")).longValue(), ((Number) load.get("quotes")).longValue(),
                    ((Number) load.get("speakers")).longValue()));
            report.add(String.format("page ready after %.0f ms, of which preparing the index %.0f ms",
                    ((Number) load.get("loaded")).doubleValue(), ((Number) load.get("prepare")).doubleValue()));
            report.add(String.format("%-24s %8s %8s %8s %10s", "query", "median", "max", "shown", "matches"));
            for (String q : QUERIES) {
                @SuppressWarnings("unchecked")
                Map<String, Object> r = (Map<String, Object>) browser.executeScript("var times = [], f;"
                        + "for (var i = 0; i < arguments[1]; i++) { var t = performance.now(); f = window.chorusSearch.query(arguments[0]);"
                        + "  times.push(performance.now() - t); }"
                        + "times.sort(function (a, b) { return a - b; });"
                        + "var t = performance.now(); window.chorusSearch.show(arguments[0]); var shown = performance.now() - t;"
                        + "return {median: times[times.length >> 1], max: times[times.length - 1], shown: shown,"
                        + " matches: f.articles.count + f.quotes.count + f.speakers.count + f.themes.count};", q, RUNS);
                double max = ((Number) r.get("max")).doubleValue();
                worst = Math.max(worst, max);
                report.add(String.format("%-24s %6.1f ms %5.1f ms %5.1f ms %10d", "\"" + q + "\"",
                        ((Number) r.get("median")).doubleValue(), max, ((Number) r.get("shown")).doubleValue(),
                        ((Number) r.get("matches")).longValue()));
            }
        } finally {
            browser.quit();
        }
        report.add(String.format("slowest query: %.1f ms (median of %d runs each; 'shown' includes drawing the results)", worst, RUNS));
        String text = String.join("\n", report) + "\n";
        System.out.print(text);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "search-benchmark.txt"), text);
        assertTrue(worst < 50, text);
    }
}
