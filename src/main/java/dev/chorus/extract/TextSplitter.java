package dev.chorus.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits scraped text into blocks. Blank lines separate blocks; the lines of one block are
 * joined, so hard-wrapped paragraphs survive, except that a heading-like first line standing
 * over more text is a block of its own, and every Q:/A: line starts a block.
 */
final class TextSplitter {

    private TextSplitter() {
    }

    static List<RawBlock> split(String body, int firstLine) {
        List<RawBlock> blocks = new ArrayList<>();
        String[] lines = body.split("\n", -1);
        List<String> current = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                flush(blocks, current, start);
                continue;
            }
            boolean newBlock = !current.isEmpty()
                    && (FaqShape.isQuestion(line) || FaqShape.isAnswer(line)
                    || (current.size() == 1 && BodyShaper.looksLikeHeading(current.get(0))));
            if (newBlock) {
                flush(blocks, current, start);
            }
            if (current.isEmpty()) {
                start = firstLine + i;
            }
            current.add(line);
        }
        flush(blocks, current, start);
        return blocks;
    }

    private static void flush(List<RawBlock> blocks, List<String> current, int start) {
        if (!current.isEmpty()) {
            blocks.add(RawBlock.text(String.join(" ", current), start));
            current.clear();
        }
    }
}
