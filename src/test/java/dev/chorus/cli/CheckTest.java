package dev.chorus.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** chorus check and build --check, on a hand-written broken site and on the seed site. */
class CheckTest {
    private static final Path BROKEN = Path.of("src/test/resources/sites/broken");

    @TempDir
    Path tmp;

    @Test
    void findsEveryKindOfProblemInTheBrokenFixtureSite() {
        Cli.Run r = Cli.run("check", "--site", BROKEN.toString());
        assertEquals(1, r.code(), r.err());
        assertEquals(List.of(
                "dead-link.html: dead link: nowhere/index.html",
                "duplicate-ids.html: duplicate id \"intro\" (2 elements)",
                "incomplete/atom.xml: <feed> has no <id>",
                "incomplete/atom.xml: <feed> has no valid <updated>",
                "incomplete/atom.xml: <entry> 1 has no valid <updated>",
                "incomplete/atom.xml: <entry> 1 has no <author>, and neither has the <feed>",
                "incomplete/feed.json: JSON Feed has no \"version\" (https://jsonfeed.org/version/1.1)",
                "incomplete/feed.json: JSON Feed has no \"title\"",
                "incomplete/feed.json: item 1 has no \"id\"",
                "incomplete/feed.json: item 2 has neither \"content_html\" nor \"content_text\"",
                "incomplete/feed.xml: <channel> has no <link>",
                "incomplete/feed.xml: <channel> has no <description>",
                "incomplete/feed.xml: <item> 1 has neither <title> nor <description>",
                "missing-fragment.html: missing fragment: fine/index.html#no-such-part (no id \"no-such-part\" in fine/index.html)",
                "missing-fragment.html: missing fragment: #nor-here (no id \"nor-here\" in missing-fragment.html)",
                "missing-image.html: missing image: img/missing.png",
                "no-alt.html: image without alt text: img/dot.svg",
                "no-title.html: no <title>",
                "outside.html: link outside the site: ../../secret.html",
                "unparsable/feed.json: feed does not parse: Unexpected character ('}' (code 125)): was expecting "
                        + "double-quote to start field name (line 5)",
                "unparsable/feed.xml: feed does not parse: Invalid XML: Error on line 4: The entity name must "
                        + "immediately follow the '&' in the entity reference.",
                "checked 9 pages, 5 feeds: 21 problems"), r.out().lines().toList());
    }

    @Test
    void passesOnTheSeedSite() {
        Path site = tmp.resolve("site");
        assertEquals(0, Cli.run("build", "--out", site.toString()).code());
        Cli.Run r = Cli.run("check", "--site", site.toString());
        assertEquals(0, r.code(), r.out());
        assertEquals("checked 17 pages, 24 feeds: no problems\n", r.out());
    }

    @Test
    void passesOnTheSeedSiteBuiltWithoutABaseUrl() throws Exception {
        Path config = tmp.resolve("chorus.yml");
        Files.writeString(config, Files.readString(Path.of("chorus.yml")).replaceAll("(?m)^baseUrl:.*$", ""));
        Path site = tmp.resolve("site");
        Cli.Run build = Cli.run("build", "--config", config.toString(), "--out", site.toString(), "--check");
        assertEquals(0, build.code(), build.out());
        assertTrue(build.err().contains("warning: baseUrl is not set"), build.err());
        assertTrue(build.out().endsWith("checked 17 pages, 24 feeds: no problems\n"), build.out());
    }

    @Test
    void buildCheckFailsWhenTheTemplatesMakeABrokenPage() throws Exception {
        Path templates = tmp.resolve("templates");
        for (Path p : Cli.snapshot(Path.of("templates")).keySet().stream().map(Path::of).toList()) {
            Files.createDirectories(templates.resolve(p).getParent());
            Files.copy(Path.of("templates").resolve(p), templates.resolve(p));
        }
        Path speaker = templates.resolve("speaker.ftlh");
        Files.writeString(speaker, Files.readString(speaker).replace("<h1>${speaker.name}</h1>",
                "<h1>${speaker.name}</h1><img src=\"portrait.jpg\"><a href=\"#bio\">Bio</a>"));
        Path site = tmp.resolve("site");
        Cli.Run r = Cli.run("build", "--templates", templates.toString(), "--out", site.toString(), "--check");
        assertEquals(1, r.code());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.contains("speakers/sylvester-stallone/index.html: missing image: portrait.jpg"), r.out());
        assertTrue(lines.contains("speakers/sylvester-stallone/index.html: image without alt text: portrait.jpg"), r.out());
        assertTrue(lines.contains("speakers/tom-hiddleston/index.html: missing fragment: #bio "
                + "(no id \"bio\" in speakers/tom-hiddleston/index.html)"), r.out());
        assertTrue(lines.get(lines.size() - 1).matches("checked 17 pages, 24 feeds: 6 problems"), r.out());
    }

    @Test
    void aSiteThatIsNotThereIsAnError() {
        Cli.Run r = Cli.run("check", "--site", tmp.resolve("nothing").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("no site here; build one first with ./chorus build"), r.err());
    }
}
