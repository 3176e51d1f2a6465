package dev.chorus.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Random sequences of additions, edits, renames, deletions and template and config edits: after
 * every step the incrementally built site must equal a clean build byte for byte. Run with
 * -Dchorus.propertySeed=N to replay a failing sequence; the seed is in the failure message.
 */
class IncrementalPropertyTest {
    private static final int STEPS = 200;
    private static final String[] SPEAKERS = {"Ada Brennan", "Omar Haddad", "Lena Vidal", "Kofi Mensah"};
    private static final String[] WORDS = {"budget", "camera", "light", "money", "craft", "edit", "festival",
            "audience", "studio", "cost", "patience", "story", "sound", "paid", "silence"};
    private static final String[] TEMPLATES = {"article.ftlh", "speaker.ftlh", "theme.ftlh", "_layout.ftlh",
            "_parts.ftlh", "index.ftlh", "feed.ftlx", "echoes.ftlh", "assets/chorus.css"};

    @TempDir
    Path tmp;

    @Test
    void incrementalBuildsEqualACleanBuildAfterEveryRandomStep() throws IOException {
        long seed = Long.getLong("chorus.propertySeed", 20261122L);
        Random random = new Random(seed);
        FixtureProject project = new FixtureProject(tmp.resolve("project"));
        Path site = tmp.resolve("project/site");
        project.build(site, false);
        int madeTotal = 0;
        int pagesTotal = 0;
        for (int step = 1; step <= STEPS; step++) {
            String change = change(random, project, step);
            Build.Result incremental = project.build(site, false);
            madeTotal += incremental.made();
            pagesTotal += incremental.pages();
            Path clean = tmp.resolve("clean-" + step + "/site");
            project.build(clean, true);
            assertSame(FixtureProject.snapshot(clean), FixtureProject.snapshot(site),
                    "seed " + seed + ", step " + step + " (" + change + ")");
            deleteTree(clean.getParent());
        }
        System.out.printf("incremental property: %d steps, %d of %d pages made again (%.0f%%)%n", STEPS, madeTotal,
                pagesTotal, 100.0 * madeTotal / pagesTotal);
    }

    private static void assertSame(Map<String, byte[]> expected, Map<String, byte[]> actual, String where) {
        assertEquals(expected.keySet(), actual.keySet(), where);
        for (String f : expected.keySet()) {
            assertArrayEquals(expected.get(f), actual.get(f), where + ": " + f);
        }
    }

    /** Makes one random change to the project and says what it was. */
    private static String change(Random random, FixtureProject project, int step) throws IOException {
        List<Path> seeds = seeds(project);
        int kind = random.nextInt(100);
        if (kind < 25 || seeds.size() < 2) {
            Path p = project.seeds.resolve(String.format("%03d_added-%d.%s", 100 + step, step, random.nextBoolean() ? "txt" : "md"));
            Files.writeString(p, article(random, p.toString().endsWith(".md"), step));
            return "add " + p.getFileName();
        }
        Path target = seeds.get(random.nextInt(seeds.size()));
        if (kind < 50) {
            String text = Files.readString(target);
            String edited = switch (random.nextInt(3)) {
                case 0 -> text + "\n\n" + quote(random) + "\n";
                case 1 -> text.replaceFirst(WORDS[random.nextInt(WORDS.length)], WORDS[random.nextInt(WORDS.length)]);
                default -> retitle(text, "Changed Title " + step);
            };
            Files.writeString(target, edited);
            return "edit " + target.getFileName();
        }
        if (kind < 62) {
            String name = target.getFileName().toString();
            Path renamed = target.resolveSibling(String.format("%03d_%s", random.nextInt(300), name.substring(name.indexOf('_') + 1)));
            if (!Files.exists(renamed)) {
                Files.move(target, renamed);
            }
            return "rename " + name + " to " + renamed.getFileName();
        }
        if (kind < 75) {
            Files.delete(target);
            return "delete " + target.getFileName();
        }
        if (kind < 95) {
            String t = TEMPLATES[random.nextInt(TEMPLATES.length)];
            Path p = project.templates.resolve(t);
            String text = Files.readString(p);
            String mark = "step " + step;
            text = switch (t.substring(t.lastIndexOf('.'))) {
                case ".css" -> text + "\n/* " + mark + " */\n";
                case ".ftlx" -> text.replace("</channel>", "<!-- " + mark + " --></channel>");
                default -> t.startsWith("_parts") ? text.replace("</figure>", "<!-- " + mark + " --></figure>")
                        : t.startsWith("_layout") ? text.replace("</body>", "<!-- " + mark + " --></body>")
                        : text.replace("</@layout.page>", "<!-- " + mark + " --></@layout.page>");
            };
            Files.writeString(p, text);
            return "template " + t;
        }
        Files.writeString(project.config, Files.readString(project.config)
                .replaceFirst("description: .*", "description: Changed at step " + step + "."));
        return "config";
    }

    private static String article(Random random, boolean markdown, int step) {
        String speaker = SPEAKERS[random.nextInt(SPEAKERS.length)];
        String title = "A Note on " + cap(WORDS[random.nextInt(WORDS.length)]) + " " + step;
        StringBuilder body = new StringBuilder();
        body.append(speaker).append(" spoke about the ").append(WORDS[random.nextInt(WORDS.length)])
                .append(" and the ").append(WORDS[random.nextInt(WORDS.length)]).append(".\n\n");
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            body.append(quote(random)).append("\n\n");
        }
        if (markdown) {
            String date = random.nextBoolean() ? "date: 2025-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10) + "\n" : "";
            return "---\ntitle: \"" + title + "\"\n" + date + "tags: [" + WORDS[random.nextInt(WORDS.length)] + "]\n---\n\n" + body;
        }
        return title + "\n\n" + body;
    }

    private static String quote(Random random) {
        String speaker = SPEAKERS[random.nextInt(SPEAKERS.length)];
        return "“Every " + WORDS[random.nextInt(WORDS.length)] + " needs " + WORDS[random.nextInt(WORDS.length)]
                + " and " + WORDS[random.nextInt(WORDS.length)] + ",” " + speaker + " said.";
    }

    private static String retitle(String text, String title) {
        if (text.startsWith("---")) {
            return text.replaceFirst("title: .*", "title: \"" + title + "\"");
        }
        int nl = text.indexOf('\n');
        return title + text.substring(nl < 0 ? text.length() : nl);
    }

    private static String cap(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private static List<Path> seeds(FixtureProject project) throws IOException {
        try (Stream<Path> s = Files.list(project.seeds)) {
            return new ArrayList<>(s.sorted().toList());
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
