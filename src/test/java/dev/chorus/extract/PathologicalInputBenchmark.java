package dev.chorus.extract;

import dev.chorus.config.ConfigLoader;
import dev.chorus.ingest.FrontMatterParser;
import dev.chorus.ingest.SourceReader;
import dev.chorus.model.Article;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Measures, not asserts: prints how long reading and extracting each pathological input takes
 * at sizes N, 2N and 4N (4N is the size PathologicalInputTest uses), so that linear growth can
 * be seen. Its name keeps it out of {@code mvn verify}; run it with
 * <pre>mvn test -Dtest=PathologicalInputBenchmark</pre>
 * or run {@link #main} from an IDE, optionally with one input's name (e.g. {@code long-line}).
 */
class PathologicalInputBenchmark {
    private static final int RUNS = 3;

    @Test
    void printsTheTimeForNTwoNAndFourN() throws IOException {
        main(new String[0]);
    }

    public static void main(String[] args) throws IOException {
        Extractor extractor = new Extractor(ConfigLoader.defaults());
        Path dir = Files.createTempDirectory("chorus-bench");
        System.out.printf("%-12s %10s %10s %10s   (ms, best of %d; N = size/4)%n", "input", "N", "2N", "4N", RUNS);
        for (Pathological.Shape shape : Pathological.shapes()) {
            if (args.length > 0 && !shape.label.equals(args[0])) {
                continue;
            }
            long[] ms = new long[3];
            for (int k = 0; k < 3; k++) {
                int n = shape.size / 4 * (1 << k);
                Path file = dir.resolve(shape.label + "-" + n + ".txt");
                Files.writeString(file, shape.build(n), StandardCharsets.UTF_8);
                time(extractor, file); // warm-up
                long best = Long.MAX_VALUE;
                for (int r = 0; r < RUNS; r++) {
                    best = Math.min(best, time(extractor, file));
                }
                ms[k] = best;
                Files.delete(file);
            }
            System.out.printf("%-12s %10d %10d %10d%n", shape.label, ms[0], ms[1], ms[2]);
        }
        Files.delete(dir);
    }

    private static long time(Extractor extractor, Path file) {
        long start = System.nanoTime();
        Article a = extractor.extract(new FrontMatterParser().parse(new SourceReader(Path.of("")).read(file))).article();
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (a.title() == null) {
            throw new AssertionError();
        }
        return ms;
    }
}
