package dev.chorus.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The GitHub Pages workflow does what the README says, and the address it passes comes out right. */
class PagesWorkflowTest {
    @TempDir
    Path tmp;

    @Test
    void workflowBuildsOnPushToMainAndDeploysWithPages() throws Exception {
        JsonNode wf = new ObjectMapper(new YAMLFactory()).readTree(Path.of(".github/workflows/pages.yml").toFile());
        assertEquals("main", wf.get("on").get("push").get("branches").get(0).asText());
        assertEquals("write", wf.get("permissions").get("pages").asText());
        assertEquals("write", wf.get("permissions").get("id-token").asText());
        assertEquals("pages", wf.get("concurrency").get("group").asText());
        List<String> uses = new ArrayList<>();
        String run = "";
        for (JsonNode job : wf.get("jobs")) {
            for (JsonNode step : job.get("steps")) {
                if (step.has("uses")) {
                    uses.add(step.get("uses").asText().replaceAll("@.*", ""));
                }
                if (step.has("run")) {
                    run += step.get("run").asText();
                }
            }
        }
        assertEquals(List.of("actions/checkout", "actions/setup-java", "actions/configure-pages",
                "actions/upload-pages-artifact", "actions/deploy-pages"), uses);
        assertTrue(run.contains("./chorus build --base-url \"${{ steps.pages.outputs.base_url }}/\" --check"), run);
        JsonNode java = wf.get("jobs").get("build").get("steps").get(1).get("with");
        assertEquals("temurin", java.get("distribution").asText());
        assertEquals("17", java.get("java-version").asText());
        assertEquals("maven", java.get("cache").asText());
    }

    @Test
    void theBaseUrlEndsInExactlyOneSlashHoweverItIsGiven() throws Exception {
        for (String given : List.of("https://user.github.io/repo", "https://user.github.io/repo/", "https://user.github.io/repo//")) {
            Path out = tmp.resolve("site");
            assertEquals(0, Cli.run("build", "--out", out.toString(), "--base-url", given).code());
            assertEquals("https://user.github.io/repo/", Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8")
                    .selectFirst("link[rel=canonical]").attr("href"), given);
        }
    }
}
