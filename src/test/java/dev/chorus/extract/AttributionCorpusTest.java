package dev.chorus.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.config.ConfigLoader;
import dev.chorus.ingest.FrontMatterParser;
import dev.chorus.ingest.SourceReader;
import dev.chorus.model.Article;
import dev.chorus.model.Quote;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Speaker attribution measured on a corpus of 24 articles written for the purpose (text,
 * Markdown and saved web pages) against a hand-made answer key: see
 * src/test/resources/attribution/README.md. A quote counts as right when its words and its
 * speaker (a person, or null for organisations and unnamed sources) both match the key.
 */
class AttributionCorpusTest {
    private static final Path CORPUS = Path.of("src/test/resources/attribution");
    /** Floors a little under what extraction reaches today, so a regression fails the build. */
    private static final double MIN_PRECISION = 0.92;
    private static final double MIN_RECALL = 0.91;

    private record Pair(String text, String speaker) {
    }

    @Test
    void attributionMeetsItsPrecisionAndRecallOnTheCorpus() throws IOException {
        JsonNode key = new ObjectMapper().readTree(CORPUS.resolve("answers.json").toFile());
        Extractor extractor = new Extractor(ConfigLoader.defaults());
        int extracted = 0;
        int expected = 0;
        int right = 0;
        StringBuilder misses = new StringBuilder();
        for (JsonNode file : key) {
            Path path = CORPUS.resolve(file.get("file").asText());
            Article a = extractor.extract(new FrontMatterParser().parse(new SourceReader(Path.of("")).read(path))).article();
            List<Pair> want = new ArrayList<>();
            file.get("quotes").forEach(q -> want.add(new Pair(norm(q.get("text").asText()),
                    q.get("speaker").isNull() ? null : q.get("speaker").asText())));
            expected += want.size();
            for (Quote q : a.quotes()) {
                extracted++;
                Pair got = new Pair(norm(q.text()), q.speaker());
                if (want.remove(got)) {
                    right++;
                } else {
                    misses.append(file.get("file").asText()).append(": ").append(got).append('\n');
                }
            }
        }
        double precision = right / (double) extracted;
        double recall = right / (double) expected;
        System.out.printf("attribution corpus: precision %.3f (%d/%d), recall %.3f (%d/%d)%n",
                precision, right, extracted, recall, right, expected);
        assertTrue(precision >= MIN_PRECISION && recall >= MIN_RECALL,
                String.format("precision %.3f, recall %.3f; wrong or extra:%n%s", precision, recall, misses));
    }

    private static String norm(String s) {
        return String.join(" ", Objects.requireNonNull(s).strip().split("\\s+"));
    }
}
