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
 * Speaker attribution measured against hand-made answer keys: a quote counts as right when its
 * words and its speaker (a person, or null for organisations and unnamed sources) both match.
 * Two corpora of articles written for the purpose (text, Markdown and saved web pages): the
 * first, 24 articles, is the one extraction was developed on; the second, 20 articles, was
 * written blind as a hold-out (see each folder's README.md). A third, 20 articles, was written
 * blind too; after its first measurement (precision 0.840, recall 0.813) its errors were studied
 * and fixed, so it is a development corpus now; so, later, is a fourth (first measured at 0.732,
 * 0.751), a fifth (0.823, 0.837), a sixth (0.830, 0.830) and a seventh (0.838, 0.814). Each was
 * the measure of unseen text until it was studied; so were an eighth (0.891, 0.904) and a ninth (0.766, 0.768). Floors sit a little under what extraction
 * reaches today, so a regression fails the build.
 */
class AttributionCorpusTest {
    private static final Path CORPUS = Path.of("src/test/resources/attribution");
    private static final Path HOLDOUT = Path.of("src/test/resources/attribution-holdout");
    private static final Path BLIND3 = Path.of("src/test/resources/attribution-blind3");
    private static final Path BLIND4 = Path.of("src/test/resources/attribution-blind4");
    private static final Path BLIND5 = Path.of("src/test/resources/attribution-blind5");
    private static final Path BLIND6 = Path.of("src/test/resources/attribution-blind6");
    private static final Path BLIND7 = Path.of("src/test/resources/attribution-blind7");
    private static final Path BLIND8 = Path.of("src/test/resources/attribution-blind8");
    private static final Path BLIND9 = Path.of("src/test/resources/attribution-blind9");

    private record Pair(String text, String speaker) {
    }

    @Test
    void attributionMeetsItsPrecisionAndRecallOnTheDevelopmentCorpus() throws IOException {
        measure(CORPUS, 0.97, 0.97);
    }

    @Test
    void attributionMeetsItsPrecisionAndRecallOnTheHoldout() throws IOException {
        measure(HOLDOUT, 0.92, 0.92);
    }

    @Test
    void attributionMeetsItsPrecisionAndRecallOnTheThirdCorpus() throws IOException {
        measure(BLIND3, 0.92, 0.91);
    }

    /** Measured blind first (0.732, 0.751), then studied and tuned on like the third. */
    @Test
    void attributionMeetsItsPrecisionAndRecallOnTheFourthCorpus() throws IOException {
        measure(BLIND4, 0.85, 0.86);
    }

    /** Measured blind first (0.823, 0.837; 0.838, 0.852 after later fixes), then studied and tuned on. */
    @Test
    void attributionMeetsItsPrecisionAndRecallOnTheFifthCorpus() throws IOException {
        measure(BLIND5, 0.93, 0.93);
    }

    /** Measured blind first (0.830, 0.830), then studied and tuned on. */
    @Test
    void attributionMeetsItsPrecisionAndRecallOnTheSixthCorpus() throws IOException {
        measure(BLIND6, 0.88, 0.89);
    }

    /** Measured blind first (0.838, 0.814), then studied and tuned on. */
    @Test
    void attributionMeetsItsPrecisionAndRecallOnTheSeventhCorpus() throws IOException {
        measure(BLIND7, 0.90, 0.91);
    }

    /** Measured blind first (0.891, 0.904), then studied and tuned on. */
    @Test
    void attributionMeetsItsPrecisionAndRecallOnTheEighthCorpus() throws IOException {
        measure(BLIND8, 0.90, 0.91);
    }

    /** Measured blind first (0.766, 0.768), then studied and tuned on. */
    @Test
    void attributionMeetsItsPrecisionAndRecallOnTheNinthCorpus() throws IOException {
        measure(BLIND9, 0.81, 0.81);
    }

    private static void measure(Path corpus, double minPrecision, double minRecall) throws IOException {
        JsonNode key = new ObjectMapper().readTree(corpus.resolve("answers.json").toFile());
        Extractor extractor = new Extractor(ConfigLoader.defaults());
        int extracted = 0;
        int expected = 0;
        int right = 0;
        StringBuilder misses = new StringBuilder();
        for (JsonNode file : key) {
            Path path = corpus.resolve(file.get("file").asText());
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
        System.out.printf("attribution %s: precision %.3f (%d/%d), recall %.3f (%d/%d)%n",
                corpus.getFileName(), precision, right, extracted, recall, right, expected);
        assertTrue(precision >= minPrecision && recall >= minRecall,
                String.format("precision %.3f, recall %.3f; wrong or extra:%n%s", precision, recall, misses));
    }

    private static String norm(String s) {
        return String.join(" ", Objects.requireNonNull(s).strip().split("\\s+"));
    }
}
