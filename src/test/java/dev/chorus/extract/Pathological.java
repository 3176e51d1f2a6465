package dev.chorus.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Inputs built to be as hard as possible for extraction, each scaled by a size: they must take
 * time in proportion to their size. Used by {@link PathologicalInputTest} and
 * {@link PathologicalInputBenchmark}.
 */
final class Pathological {
    private static final Path CORPUS = Path.of("src/test/resources/attribution");

    /** A shape of input and how to build it at a given size. */
    enum Shape {
        /** Real articles, one after another, up to {@code n} bytes of UTF-8: many paragraphs, names and quotes. */
        ARTICLE("article", 10 * 1024 * 1024 - 4096) {
            @Override
            String build(int n) {
                String corpus = corpusText();
                int corpusBytes = corpus.getBytes(StandardCharsets.UTF_8).length;
                StringBuilder b = new StringBuilder(n).append("A very long article\n\n");
                for (int bytes = b.length(); bytes + corpusBytes <= n; bytes += corpusBytes) {
                    b.append(corpus);
                }
                return b.toString();
            }
        },
        /** {@code n} short lines with no blank line between them: one paragraph of n lines. */
        LINES("lines", 100_000) {
            @Override
            String build(int n) {
                StringBuilder b = new StringBuilder().append("A file of many lines\n\n");
                for (int i = 0; i < n; i++) {
                    b.append(i % 3 == 0 ? "“Line " + i + " is quoted,” Mayor Ana Ruiz said"
                            : i % 3 == 1 ? "and then she added that line " + i + " was fine" : "Kim Lee " + i).append('\n');
                }
                return b.toString();
            }
        },
        /** One paragraph with {@code n} quotation marks, straight and curly, balanced and not. */
        QUOTE_MARKS("quote-marks", 5_000) {
            @Override
            String build(int n) {
                StringBuilder b = new StringBuilder().append("Quotes everywhere\n\nIt began when Jo Park said ");
                String[] marks = {"\"", "“", "”", "„", "«", "»", "\""};
                for (int i = 0; i < n; i++) {
                    b.append(marks[i % marks.length]).append(i % 11 == 0 ? "Harper said, " : "word ");
                }
                return b.append(".\n").toString();
            }
        },
        /** A single line of {@code n} bytes: names, quotes and speech verbs with no full stop. */
        LONG_LINE("long-line", 1024 * 1024) {
            @Override
            String build(int n) {
                StringBuilder b = new StringBuilder(n + 100).append("One line\n\n");
                String[] parts = {"“This is it,” said Dr Amina Yusuf, ", "the director of Acme Holdings, ",
                        "who told reporters that she was “very pleased” and ", "according to Mr Streeting, ",
                        "the minister said: “we will not” while Tom ", "O’Neill-Smith de la Cruz Van Buren "};
                for (int i = 0; b.length() < n; i++) {
                    b.append(parts[i % parts.length]);
                }
                return b.append('\n').toString();
            }
        };

        final String label;
        /** The size the issue names: a 10 MB article, 100,000 lines, 5,000 quote marks, a 1 MB line. */
        final int size;

        Shape(String label, int size) {
            this.label = label;
            this.size = size;
        }

        abstract String build(int n);
    }

    private Pathological() {
    }

    /** The raw-text articles of the attribution corpus, joined: realistic prose with quotes. */
    static String corpusText() {
        StringBuilder b = new StringBuilder();
        try {
            for (Path p : Files.list(CORPUS).sorted().toList()) {
                if (p.toString().endsWith(".txt")) {
                    b.append(Files.readString(p, StandardCharsets.UTF_8)).append("\n\n");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.toString();
    }

    static List<Shape> shapes() {
        return List.of(Shape.values());
    }
}
