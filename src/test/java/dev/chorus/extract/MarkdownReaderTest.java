package dev.chorus.extract;

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
}
