package dev.chorus.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.chorus.FuzzGuard;
import dev.chorus.model.ChorusException;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Any front matter ends in a {@link FrontMatter} or in Chorus's own content error. The input is
 * put after an opening '---', so the fuzzer works on the YAML and the closing line.
 *
 * <p>{@code JAZZER_FUZZ=1 mvn test -Dtest=FrontMatterFuzzTest} fuzzes; without it the inputs under
 * src/test/resources/dev/chorus/ingest/FrontMatterFuzzTestInputs/ run as regression tests.
 */
class FrontMatterFuzzTest {
    private static final SourceReader READER = new SourceReader(Path.of(""));
    private static final FrontMatterParser PARSER = new FrontMatterParser();

    @FuzzTest(maxDuration = "5m")
    void frontMatter(byte[] input) {
        FuzzGuard.run(() -> parse(input));
    }

    private static void parse(byte[] input) {
        SourceFile decoded;
        try {
            decoded = READER.read(Path.of("fuzz.md"), input);
        } catch (ChorusException notText) {
            return;
        }
        SourceFile file = new SourceFile(decoded.path(), decoded.shownAs(), "---\n" + decoded.text());
        try {
            Document d = PARSER.parse(file);
            assertNotNull(d.frontMatter());
            assertTrue(d.bodyLine() >= 1);
            assertTrue(file.text().endsWith(d.body()));
        } catch (ChorusException e) {
            assertTrue(e.pos() != null && e.pos().line() >= 1, e.describe());
        }
    }
}
