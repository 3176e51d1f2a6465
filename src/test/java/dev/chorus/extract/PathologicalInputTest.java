package dev.chorus.extract;

import dev.chorus.config.ConfigLoader;
import dev.chorus.ingest.FrontMatterParser;
import dev.chorus.ingest.SourceReader;
import dev.chorus.model.Article;
import dev.chorus.model.ChorusException;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The inputs that break naive text processing are read and extracted to the end. The timeouts
 * guard against hangs and are far above what these take; how the time grows with size is
 * measured by {@link PathologicalInputBenchmark}, not asserted here.
 */
class PathologicalInputTest {
    private static final Extractor EXTRACTOR = new Extractor(ConfigLoader.defaults());

    @TempDir
    Path dir;

    private Article extract(String fileName, String text) throws IOException {
        Path file = dir.resolve(fileName);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return EXTRACTOR.extract(new FrontMatterParser().parse(new SourceReader(dir).read(file))).article();
    }

    @ParameterizedTest
    @EnumSource(Pathological.Shape.class)
    @Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aTenMegabyteArticleAHundredThousandLinesFiveThousandQuoteMarksAndAMegabyteLineAreExtracted(
            Pathological.Shape shape) throws IOException {
        String text = shape.build(shape.size);
        assertTrue(text.getBytes(StandardCharsets.UTF_8).length <= SourceReader.DEFAULT_MAX_FILE_SIZE, shape.label);
        Article a = extract(shape.label + ".txt", text);
        assertFalse(a.paragraphs().isEmpty(), shape.label);
    }

    /** Regular expressions that backtracked quadratically, or overflowed the stack, on these. */
    @ParameterizedTest
    @ValueSource(strings = {"opinion", "source", "aux"})
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void longRunsOfSpacesOrAuxiliaryWordsDoNotBacktrack(String trap) throws IOException {
        String body = switch (trap) {
            // "OPINION: …" near the top marks an opinion piece
            case "opinion" -> "Opinion:" + " ".repeat(300_000) + "x";
            // "Source: https://…" is the source link
            case "source" -> "Source" + " ".repeat(300_000) + "x";
            // "Harper has also said: …": words between a name and its verb
            default -> "Tom Lee" + " fly".repeat(100_000) + " x said: “hello there my friend”";
        };
        Article a = extract(trap + ".txt", "A title\n\n" + body + "\n\nThe last paragraph.\n");
        assertFalse(a.paragraphs().isEmpty());
    }

    /** Saved pages nested far deeper, or with far more elements side by side, than pages are. */
    @ParameterizedTest
    @ValueSource(strings = {"nested", "siblings"})
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void deepOrWidePagesAreReadInLinearTime(String shape) throws IOException {
        String body = shape.equals("nested")
                ? "<div>".repeat(100_000) + "<p>“Deep down,” Jane Doe said, “it is only text.”</p>" + "</div>".repeat(100_000)
                : "<p>“Side by side,” Jane Doe said, “it is only text.”</p><script>x()</script><div class=share>s</div>"
                        .repeat(30_000);
        Article a = extract(shape + ".html", "<html><head><title>A " + shape + " page</title></head><body><article>"
                + body + "</article></body></html>");
        assertFalse(a.paragraphs().isEmpty());
    }

    /** Markdown nested deeper than anyone writes is refused, not read recursively into a stack overflow. */
    @ParameterizedTest
    @ValueSource(strings = {"quotes", "markers", "indentation"})
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void markdownNestedHundredsOfLevelsDeepIsAContentError(String shape) {
        String body = switch (shape) {
            case "quotes" -> ">".repeat(50_000) + " quoted\n";
            case "markers" -> "- ".repeat(50_000) + "listed\n";
            default -> {
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < 3_000; i++) {
                    b.append("  ".repeat(i)).append("- item\n");
                }
                yield b.toString();
            }
        };
        ChorusException e = assertThrows(ChorusException.class, () -> extract("deep.md", "# Deep\n\n" + body));
        assertTrue(e.getMessage().startsWith("the Markdown nests too deeply to read"), e.getMessage());
    }
}
