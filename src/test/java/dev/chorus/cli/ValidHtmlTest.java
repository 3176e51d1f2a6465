package dev.chorus.cli;

import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page the seeds produce passes the Nu Html Checker (the engine of validator.w3.org/nu),
 * run in-process with the schema the online checker uses.
 */
class ValidHtmlTest {
    private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void buildSeeds() {
        site = tmp.resolve("site");
        Cli.Run r = Cli.run("build", "--out", site.toString());
        assertEquals(0, r.code(), r.err());
    }

    static SimpleDocumentValidator validator(Collector collector) throws Exception {
        // log4j stays as src/test/resources/log4j.properties set it; language detection guesses, so it is off
        SimpleDocumentValidator validator = new SimpleDocumentValidator(false, false, false);
        validator.setUpMainSchema(SCHEMA, collector);
        validator.setUpValidatorAndParsers(collector, true, false);
        return validator;
    }

    @Test
    void theCheckerReportsAnInvalidPage() throws Exception {
        List<String> errors = new ArrayList<>();
        Collector collector = new Collector(errors);
        validator(collector).checkHtmlFile(Path.of("src/test/resources/sites/broken/no-title.html").toFile(), true);
        assertEquals(1, errors.size(), String.join("\n", errors));
        assertTrue(errors.get(0).contains("“head”") && errors.get(0).contains("“title”"), errors.get(0));
    }

    @Test
    void everyPageOfTheSeedSiteHasNoValidationErrors() throws Exception {
        List<String> errors = new ArrayList<>();
        Collector collector = new Collector(errors);
        SimpleDocumentValidator validator = validator(collector);
        int pages = 0;
        for (String path : Cli.snapshot(site).keySet()) {
            if (!path.endsWith(".html")) {
                continue;
            }
            pages++;
            collector.page = path;
            validator.checkHtmlFile(site.resolve(path).toFile(), true);
        }
        assertEquals(17, pages);
        assertTrue(errors.isEmpty(), String.join("\n", errors));
    }

    @Test
    void pagesOfMarkdownWithBylinesAndQuotesAcrossEmphasisAndOfASavedPageHaveNoValidationErrors() throws Exception {
        Path seeds = java.nio.file.Files.createDirectories(tmp.resolve("mixed-seeds"));
        java.nio.file.Files.copy(Path.of("src/test/resources/extract/byline-author.md"), seeds.resolve("byline-author.md"));
        java.nio.file.Files.copy(Path.of("src/test/resources/extract/saved-page.html"), seeds.resolve("saved-page.html"));
        java.nio.file.Files.writeString(seeds.resolve("across-emphasis.md"), """
                ---
                title: A quote that crosses emphasis
                authors: [Ann Example, Bo Example]
                ---

                The mayor, Tom Birch, said it was *a "big* deal" for the town, and **"a [fine](https://example.org/) day"**.
                """);
        Path mixed = tmp.resolve("mixed-site");
        Cli.Run r = Cli.run("build", "--source", seeds.toString(), "--out", mixed.toString());
        assertEquals(0, r.code(), r.err());
        String page = java.nio.file.Files.readString(mixed.resolve("articles/a-quote-that-crosses-emphasis/index.html"));
        assertTrue(page.contains("<em>a </em><span class=\"quote\""), "the emphasis is closed at the quote and opened in it");
        List<String> errors = new ArrayList<>();
        Collector collector = new Collector(errors);
        SimpleDocumentValidator validator = validator(collector);
        for (String path : Cli.snapshot(mixed).keySet()) {
            if (path.endsWith(".html")) {
                collector.page = path;
                validator.checkHtmlFile(mixed.resolve(path).toFile(), true);
            }
        }
        assertTrue(errors.isEmpty(), String.join("\n", errors));
    }

    /** Errors fail the test; warnings (advice such as "consider adding a heading") do not. */
    private static final class Collector implements ErrorHandler {
        private final List<String> errors;
        String page = "";

        Collector(List<String> errors) {
            this.errors = errors;
        }

        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(page + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    }
}
