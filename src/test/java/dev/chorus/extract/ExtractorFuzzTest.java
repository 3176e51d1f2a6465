package dev.chorus.extract;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.chorus.FuzzGuard;
import dev.chorus.config.ConfigLoader;
import dev.chorus.ingest.FrontMatterParser;
import dev.chorus.ingest.SourceReader;
import dev.chorus.model.Article;
import dev.chorus.model.ChorusException;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Any bytes at all, read as a raw text, Markdown or HTML article, end in an article or in
 * Chorus's own content error: never another exception, never a hang ({@link FuzzGuard}).
 *
 * <p>Without JAZZER_FUZZ these run the inputs under
 * src/test/resources/dev/chorus/extract/ExtractorFuzzTestInputs/ (the seeds, and every crash
 * found so far). {@code JAZZER_FUZZ=1 mvn test -Dtest='ExtractorFuzzTest#rawText'} fuzzes one
 * target for its maxDuration; new findings are written to that folder.
 */
class ExtractorFuzzTest {
    private static final Extractor EXTRACTOR = new Extractor(new ConfigLoader().load(
            Path.of("src/test/resources/extract/chorus.yml"), "chorus.yml", true));
    private static final SourceReader READER = new SourceReader(Path.of(""));
    private static final FrontMatterParser FRONT_MATTER = new FrontMatterParser();

    static void extract(String name, byte[] input) {
        Article a;
        try {
            a = EXTRACTOR.extract(FRONT_MATTER.parse(READER.read(Path.of(name), input))).article();
        } catch (ChorusException e) {
            // a content error is an answer, as long as it says where and what
            assertNotNull(e.pos());
            assertFalse(e.getMessage().isBlank());
            return;
        }
        assertNotNull(a.title());
        assertTrue(a.paragraphs().size() + a.faq().size() > 0, "an article has a body");
    }

    @FuzzTest(maxDuration = "5m")
    void rawText(byte[] input) {
        FuzzGuard.run(() -> extract("fuzz.txt", input));
    }

    @FuzzTest(maxDuration = "5m")
    void markdown(byte[] input) {
        FuzzGuard.run(() -> extract("fuzz.md", input));
    }

    @FuzzTest(maxDuration = "5m")
    void html(byte[] input) {
        FuzzGuard.run(() -> extract("fuzz.html", input));
    }
}
