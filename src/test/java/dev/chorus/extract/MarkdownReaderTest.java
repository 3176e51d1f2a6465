package dev.chorus.extract;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Markdown bodies become HTML blocks; bare addresses become links, as on GitHub. */
class MarkdownReaderTest {
    private final MarkdownReader reader = new MarkdownReader();

    private String html(String body) {
        List<RawBlock> blocks = reader.read(body, 1, false).blocks();
        return blocks.get(0).html();
    }

    @Test
    void bareAddressesOfEveryKindBecomeLinks() {
        assertTrue(html("See https://example.org/report for more.").contains("<a href=\"https://example.org/report\">"));
        assertTrue(html("See www.example.org today.").contains("<a href=\"http://www.example.org\">"), html("See www.example.org today."));
        assertTrue(html("Write to desk@example.org now.").contains("<a href=\"mailto:desk@example.org\">"));
    }

    @Test
    void textWithNothingToLinkIsLeftAsText() {
        String html = html("The www of it, and a dot. Then e-mail, and a colon: here.");
        assertFalse(html.contains("<a "), html);
        assertEquals("<p>The www of it, and a dot. Then e-mail, and a colon: here.</p>", html);
    }

    @Test
    void onlyTextThatCouldHoldAnAddressIsScannedForOne() {
        assertTrue(MarkdownReader.mayHoldAddress("go to www.x.org"));
        assertTrue(MarkdownReader.mayHoldAddress("GO TO WwW.X.ORG"));
        assertTrue(MarkdownReader.mayHoldAddress("ftp://x"));
        assertTrue(MarkdownReader.mayHoldAddress("a@b"));
        assertFalse(MarkdownReader.mayHoldAddress("www and .org apart"));
        assertFalse(MarkdownReader.mayHoldAddress("ww.x.org"));
        assertFalse(MarkdownReader.mayHoldAddress("[the report](https://x.org/r) and <https://x.org/s>"),
                "link destinations are links already");
        assertTrue(MarkdownReader.mayHoldAddress("[the report](https://x.org/r) or https://x.org/s"));
    }

    @Test
    void linksWrittenAsLinksRenderTheSameWithoutTheAddressScan() {
        assertEquals("<p>Read <a href=\"https://x.org/r\">the report</a> and <a href=\"https://x.org/s\">https://x.org/s</a>.</p>",
                html("Read [the report](https://x.org/r) and <https://x.org/s>."));
    }

    @Test
    void plainParagraphsAreWrittenAsFlexmarkWouldRenderThem() {
        MutableDataSet options = new MutableDataSet();
        options.set(HtmlRenderer.SOFT_BREAK, " ");
        Parser parser = Parser.builder(options).build();
        HtmlRenderer renderer = HtmlRenderer.builder(options).build();
        List<String> paragraphs = List.of(
                "Plain words, “curly quotes”, ‘single’ and \"straight\" ones & an ampersand.",
                "A *stressed* word, a **strong** one, ***both***, _under_ and __double__ score.",
                "snake_case_names and a * b * c and 2 < 3 > 1 and [not a link] stay text.",
                "Escaped \\*stars\\*, \\_scores\\_, \\# hash, \\[brackets\\] and a back\\\\slash.",
                "Entities &amp; &copy; &#8217; &nbsp;and a bare & between.",
                "A line that runs on\nto the next line\r\nand one more, with\ttabs\u00a0and a no-break space.",
                "Trailing spaces  \nmake a hard break, and so does a backslash\\\nat a line's end.",
                "Some `code`, an <b>inline tag</b> and *emphasis with `code` inside*.");
        int plain = 0;
        for (String paragraph : paragraphs) {
            Document doc = parser.parse(paragraph);
            plain += MarkdownReader.plainParagraph(doc.getFirstChild()) ? 1 : 0;
            RawBlock block = reader.read(paragraph, 1, false).blocks().get(0);
            assertEquals(renderer.render(doc).strip(), block.html(), paragraph);
            assertEquals(MarkdownReader.normaliseSpace(new TextCollectingVisitor().collectAndGetText(doc)), block.text(), paragraph);
        }
        // the first, second, fourth and sixth: text, emphasis, escapes and soft breaks
        assertEquals(4, plain, "paragraphs written without flexmark's renderer");
    }
}
