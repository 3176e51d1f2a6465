import dev.chorus.config.ConfigLoader;
import dev.chorus.config.SiteConfig;
import dev.chorus.extract.Extractor;
import dev.chorus.ingest.FrontMatterParser;
import dev.chorus.ingest.SourceReader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Extraction alone, in one JVM: reads every source file in DIR once, then extracts all of them
 * ROUNDS times and prints the time per article of each round and how many quotes were found (the
 * count must not change when a change is only meant to be faster).
 *
 *   java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "target/chorus.jar:target/lib/*" \
 *       bench/ExtractBench.java DIR [ROUNDS] [chorus.yml]
 *
 * Run it with the launcher's flags, alternating the builds being compared, on a quiet machine:
 * the first round includes warm-up, so compare the last rounds' figures.
 */
public class ExtractBench {
    // Thread CPU time moves less than the clock when other work shares the machine.
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        SiteConfig config = args.length > 2
                ? new ConfigLoader().load(Path.of(args[2]), args[2], true) : ConfigLoader.defaults();
        SourceReader reader = new SourceReader(dir);
        List<dev.chorus.ingest.SourceFile> files = new ArrayList<>();
        for (Path p : reader.list(dir)) {
            files.add(reader.read(p));
        }
        Extractor extractor = new Extractor(config);
        FrontMatterParser parser = new FrontMatterParser();
        for (int r = 1; r <= rounds; r++) {
            long quotes = 0;
            long start = System.nanoTime();
            long cpu = THREADS.getCurrentThreadCpuTime();
            for (var f : files) {
                quotes += extractor.extract(parser.parse(f)).article().quotes().size();
            }
            double ms = (System.nanoTime() - start) / 1e6;
            double cpuMs = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6;
            System.out.printf("round %d: %.3f ms/article (thread CPU %.3f), %d articles, %d quotes%n",
                    r, ms / files.size(), cpuMs / files.size(), files.size(), quotes);
        }
    }
}
