package dev.chorus.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A paragraph cut into plain and quoted runs, its Markdown HTML cut at the same places. */
class BlockSegmentsTest {

    private static Block markdown(String html, String text, int start, int end) {
        return new Block(Block.Type.PARAGRAPH, 1, text, html, List.of(new Block.QuoteSpan(start, end, 1)));
    }

    private static List<String> html(Block b) {
        return b.segments().stream().map(Segment::html).toList();
    }

    @Test
    void aQuoteThatCrossesEmphasisClosesAndReopensItSoEveryRunIsBalanced() {
        String text = "So a \u201cbig deal\u201d it was.";
        Block b = markdown("<p><em>So a \u201cbig</em> deal\u201d it was.</p>", text, 5, 15);
        assertTrue(b.isSplittable());
        assertEquals(List.of("<em>So a </em>", "<em>\u201cbig</em> deal\u201d", " it was."), html(b));
        assertEquals(List.of("So a ", "\u201cbig deal\u201d", " it was."), b.segments().stream().map(Segment::text).toList());
    }

    @Test
    void entitiesCountAsTheCharacterTheyShowAndLinksStayWhole() {
        String text = "Tom & Jerry said \"<no>\" at the Odeon.";
        Block b = markdown("<p>Tom &amp; Jerry said &quot;&lt;no&gt;&quot; at <a href=\"https://x.example/\">the Odeon</a>.</p>",
                text, 17, 23);
        assertEquals(List.of("Tom &amp; Jerry said ", "&quot;&lt;no&gt;&quot;", " at <a href=\"https://x.example/\">the Odeon</a>."),
                html(b));
    }

    @Test
    void aQuoteThatIsAllOfItsEmphasisKeepsTheTagsInsideTheQuotedRun() {
        String text = "She said \"never\" twice.";
        Block b = markdown("<p>She said <strong>\"never\"</strong> twice.</p>", text, 9, 16);
        assertEquals(List.of("She said ", "<strong>\"never\"</strong>", " twice."), html(b));
    }

    @Test
    void softLineBreaksAreTheOneSpaceTheTextShows() {
        String text = "\"One line and\" the next.";
        Block b = markdown("<p>\"One line\nand\" the\n next.</p>", text, 0, 14);
        assertEquals(List.of("\"One line\nand\"", " the\n next."), html(b));
    }

    @Test
    void listsTablesAndHtmlThatShowsOtherTextAreShownWhole() {
        Block list = markdown("<ul><li>\"Yes,\" she said.</li></ul>", "\"Yes,\" she said.", 0, 6);
        assertFalse(list.isSplittable());
        assertEquals(java.util.Arrays.asList(null, null), html(list));
        Block other = markdown("<p>\"Yes,\" she said. <img src=\"a.png\" alt=\"x\"></p>", "\"Yes,\" he said.", 0, 6);
        assertFalse(other.isSplittable());
        Block div = markdown("<p>\"Yes,\" <div>she</div> said.</p>", "\"Yes,\" she said.", 0, 6);
        assertFalse(div.isSplittable());
    }

    @Test
    void rawTextHasNoHtmlRuns() {
        Block b = new Block(Block.Type.PARAGRAPH, 1, "\"Yes,\" she said.", null, List.of(new Block.QuoteSpan(0, 6, 1)));
        assertTrue(b.isSplittable());
        assertEquals(java.util.Arrays.asList(null, null), html(b));
    }
}
