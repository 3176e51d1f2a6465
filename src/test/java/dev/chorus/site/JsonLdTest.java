package dev.chorus.site;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.config.ConfigLoader;
import dev.chorus.config.SiteConfig;
import dev.chorus.index.Digest;
import dev.chorus.model.Article;
import dev.chorus.model.Kind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class JsonLdTest {

    @Test
    void nothingInAStringCanEndTheScriptElementOrAJavaScriptString() throws Exception {
        String title = "</script><script>alert(1)</script> & <!-- \u2028\u2029";
        SiteConfig config = ConfigLoader.defaults().withBaseUrl("https://example.org/");
        Article a = new Article("x", "seeds/x.md", title, Kind.ESSAY, true, null, "s", null, List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), 10);
        String json = new JsonLd(new Digest(config, List.of(a), List.of())).article(a);
        for (String bad : List.of("<", ">", "&", "\u2028", "\u2029")) {
            assertFalse(json.contains(bad), bad);
        }
        assertEquals(title, new ObjectMapper().readTree(json).get("@graph").get(0).get("headline").asText());
        assertEquals("OpinionNewsArticle", new ObjectMapper().readTree(json).get("@graph").get(0).get("@type").asText());
    }
}
