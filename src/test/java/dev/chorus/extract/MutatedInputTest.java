package dev.chorus.extract;

import dev.chorus.FuzzGuard;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The short fuzzing run of the test suite: the fuzz tests' seed inputs, mutated by a seeded
 * random generator (bytes flipped, ranges cut and doubled, the marks extraction turns on
 * inserted, two inputs spliced), each through {@link ExtractorFuzzTest}'s check: an article or a
 * content error, in time. Seeded, so a failure comes back on every run with the same input;
 * the coverage-guided run is Jazzer's ({@code JAZZER_FUZZ=1}, see README).
 */
class MutatedInputTest {
    private static final Path INPUTS = Path.of("src/test/resources/dev/chorus/extract/ExtractorFuzzTestInputs");
    private static final Map<String, String> EXTENSION = Map.of("rawText", "txt", "markdown", "md", "html", "html");
    private static final int MUTANTS_PER_SEED = 120;
    private static final String[] MARKS = {"“", "”", "\"", "‘", "’", "'", "«", "»", "„", "---\n", "\n---\n", "# ",
            "\n\n", "> ", "* ", "1. ", "<p>", "</p>", "<article>", "</article>", "<script>", "<!--", "-->", "&amp;",
            " said ", " Mr ", " Dr. ", " he ", " she ", ", who ", "according to ", ":", "\r", "\r\n", "\u00A0",
            "\u200B", "\uFEFF", "\u0000", "Q: ", "A: ", "title: x\n", "date: 2020-13-45\n", "[a](javascript:x)",
            "    ", "\t", "|---|", "~~", "***", "\\"};

    @Test
    void mutatedSeedsEndInAnArticleOrAContentErrorInTime() throws IOException {
        Random random = new Random(20261122);
        List<byte[]> all = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        for (String kind : EXTENSION.keySet().stream().sorted().toList()) {
            try (Stream<Path> files = Files.list(INPUTS.resolve(kind))) {
                for (Path f : files.sorted().toList()) {
                    all.add(Files.readAllBytes(f));
                    kinds.add(kind);
                }
            }
        }
        int runs = 0;
        for (int s = 0; s < all.size(); s++) {
            for (int m = 0; m < MUTANTS_PER_SEED; m++) {
                byte[] mutant = mutate(all.get(s), all.get(random.nextInt(all.size())), random);
                String name = "mutant-" + s + "-" + m + "." + EXTENSION.get(kinds.get(s));
                try {
                    FuzzGuard.run(() -> ExtractorFuzzTest.extract(name, mutant));
                } catch (RuntimeException | AssertionError e) {
                    throw new AssertionError(name + " (" + mutant.length + " bytes) failed; its bytes, as UTF-8: "
                            + new String(mutant, StandardCharsets.UTF_8), e);
                }
                runs++;
            }
        }
        assertTrue(runs >= 1000, runs + " inputs");
    }

    private static byte[] mutate(byte[] seed, byte[] other, Random random) {
        List<Byte> b = new ArrayList<>(seed.length + 64);
        for (byte x : seed) {
            b.add(x);
        }
        int steps = 1 + random.nextInt(8);
        for (int i = 0; i < steps; i++) {
            int at = b.isEmpty() ? 0 : random.nextInt(b.size() + 1);
            switch (random.nextInt(5)) {
                case 0 -> {
                    if (!b.isEmpty()) {
                        b.set(Math.min(at, b.size() - 1), (byte) random.nextInt(256));
                    }
                }
                case 1 -> {
                    int len = Math.min(b.size() - at, random.nextInt(64));
                    b.subList(at, at + len).clear();
                }
                case 2 -> {
                    int len = Math.min(b.size() - at, random.nextInt(128));
                    List<Byte> copy = new ArrayList<>(b.subList(at, at + len));
                    b.addAll(at, copy);
                }
                case 3 -> {
                    byte[] mark = MARKS[random.nextInt(MARKS.length)].getBytes(StandardCharsets.UTF_8);
                    for (int k = mark.length - 1; k >= 0; k--) {
                        b.add(at, mark[k]);
                    }
                }
                default -> {
                    int from = other.length == 0 ? 0 : random.nextInt(other.length);
                    int len = Math.min(other.length - from, random.nextInt(256));
                    for (int k = len - 1; k >= 0; k--) {
                        b.add(at, other[from + k]);
                    }
                }
            }
        }
        byte[] out = new byte[b.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = b.get(i);
        }
        return out;
    }
}
