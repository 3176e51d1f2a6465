package dev.chorus.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code chorus extract seeds/*.txt} against the answer key, a copy of ../shared/gold/seeds.json
 * kept in src/test/resources/gold/.
 */
class GoldTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonNode gold;
    private static final Map<String, JsonNode> extracted = new HashMap<>();

    @BeforeAll
    static void extractSeeds() throws Exception {
        gold = JSON.readTree(new File("src/test/resources/gold/seeds.json"));
        List<String> args = new ArrayList<>(List.of("extract"));
        for (JsonNode g : gold) {
            args.add("seeds/" + g.get("file").asText());
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        for (JsonNode o : JSON.readTree(out.toString())) {
            extracted.put(o.get("file").asText(), o);
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void titlesKindsAndOpinionFlagsMatch() {
        for (JsonNode g : gold) {
            JsonNode o = extracted.get(g.get("file").asText());
            assertEquals(g.get("title").asText(), o.get("title").asText());
            assertEquals(g.get("kind").asText(), o.get("kind").asText(), g.get("file").asText());
            assertEquals(g.get("opinion").asBoolean(), o.get("opinion").asBoolean(), g.get("file").asText());
        }
    }

    @Test
    void headingsMatch() {
        for (JsonNode g : gold) {
            assertEquals(texts(g.get("headings")), texts(extracted.get(g.get("file").asText()).get("headings")));
        }
    }

    @Test
    void faqPairsMatch() {
        for (JsonNode g : gold) {
            JsonNode faq = extracted.get(g.get("file").asText()).get("faq");
            assertEquals(g.get("faq").size(), faq.size());
            for (int i = 0; i < faq.size(); i++) {
                assertEquals(g.get("faq").get(i).get("question").asText(), faq.get(i).get("question").asText());
                assertTrue(faq.get(i).get("answer").asText().startsWith(g.get("faq").get(i).get("answer_start").asText()));
            }
        }
    }

    @Test
    void speakersAndMentionsMatch() {
        for (JsonNode g : gold) {
            JsonNode o = extracted.get(g.get("file").asText());
            List<String> speakers = new ArrayList<>();
            o.get("speakers").forEach(s -> speakers.add(s.get("name").asText()));
            assertEquals(texts(g.get("speakers")), speakers);
            assertEquals(texts(g.get("mentions")), texts(o.get("mentions")));
        }
    }

    @Test
    void allTwentyNineQuotesHaveTheirSpeakers() {
        int total = 0;
        for (JsonNode g : gold) {
            JsonNode quotes = extracted.get(g.get("file").asText()).get("quotes");
            assertEquals(g.get("quotes").size(), quotes.size(), g.get("file").asText());
            for (int i = 0; i < quotes.size(); i++) {
                JsonNode want = g.get("quotes").get(i);
                JsonNode got = quotes.get(i);
                assertTrue(got.get("text").asText().startsWith(want.get("text_start").asText()),
                        got.get("text").asText() + " should start with " + want.get("text_start").asText());
                assertEquals(want.get("speaker").asText(), got.get("speaker").asText());
                total++;
            }
        }
        assertEquals(29, total);
    }

    @Test
    void quoteParagraphIndexesPointAtParagraphsContainingTheQuote() {
        for (JsonNode o : extracted.values()) {
            for (JsonNode q : o.get("quotes")) {
                String paragraph = o.get("paragraphs").get(q.get("paragraph").asInt() - 1).asText();
                assertTrue(paragraph.contains(q.get("text").asText()), q.toString());
            }
        }
    }

    @Test
    void boilerplateIsAbsentFromParagraphs() {
        for (JsonNode g : gold) {
            String all = String.join("\n", texts(extracted.get(g.get("file").asText()).get("paragraphs")));
            for (JsonNode b : g.get("boilerplate_absent")) {
                assertFalse(all.contains(b.asText()), b.asText());
            }
        }
    }

    @Test
    void extractPrintsEveryKeyOfTheSchema() {
        List<String> keys = new ArrayList<>();
        extracted.values().iterator().next().fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("file", "slug", "title", "kind", "opinion", "speakers", "mentions", "headings",
                "paragraphs", "quotes", "faq", "themes", "summary", "wordCount"), keys);
    }
}
