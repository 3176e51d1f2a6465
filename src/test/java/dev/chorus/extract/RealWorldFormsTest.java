package dev.chorus.extract;

import dev.chorus.config.ConfigLoader;
import dev.chorus.config.SiteConfig;
import dev.chorus.ingest.FrontMatterParser;
import dev.chorus.ingest.SourceReader;
import dev.chorus.model.Article;
import dev.chorus.model.Quote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Attribution forms, saved web pages and encodings that articles from the web come in. */
class RealWorldFormsTest {
    private static final Path FIXTURES = Path.of("src/test/resources/extract");
    private static final SiteConfig CONFIG = new ConfigLoader().load(FIXTURES.resolve("chorus.yml"), "chorus.yml", true);
    private final Extractor extractor = new Extractor(CONFIG);

    private Article extract(String fixture) {
        return extractor.extract(new FrontMatterParser().parse(new SourceReader(Path.of("")).read(FIXTURES.resolve(fixture)))).article();
    }

    private static Quote quote(Article a, String start) {
        return a.quotes().stream().filter(q -> q.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote starting " + start + " in " + a.quotes()));
    }

    @Test
    void attributionInTheMiddleKeepsOneSpeakerAndHonorificFindsTheFullName() {
        Article a = extract("forms.txt");
        assertEquals("Keir Starmer", quote(a, "We will not let").speaker());
        assertEquals("Keir Starmer", quote(a, "not while I am here").speaker());
    }

    @Test
    void aCapitalisedRoleBeforeAFullNameIsHerRoleNotHerName() {
        Article a = extract("capitalised-role.txt");
        assertEquals("Rosa Gonzaga", quote(a, "Nobody in the market").speaker(), "“Economist Rosa Gonzaga said”");
        assertEquals("Tomas Varga", quote(a, "We will see cuts").speaker(), "“Chief Economist Tomas Varga said:”");
        assertEquals("Tomas Varga", quote(a, "It is too early").speaker(), "“said Varga” finds him");
    }

    @Test
    void singleQuotesNestedInsideDoubleQuotesBelongToTheOuterQuote() {
        Article a = extract("forms.txt");
        assertEquals("He told me ‘never again’ last time,", quote(a, "He told me").text());
        assertEquals("Margaret Okafor", quote(a, "He told me").speaker());
    }

    @Test
    void roleBeforeTheNameIsNotPartOfTheName() {
        Article a = extract("forms.txt");
        assertTrue(a.speakers().contains("Keir Starmer") && a.speakers().contains("Wes Streeting"), a.speakers().toString());
    }

    @Test
    void theMinisterResolvesToThePersonNamedInThatRole() {
        Article a = extract("forms.txt");
        assertEquals("Wes Streeting", quote(a, "fully funded").speaker());
        assertEquals("Wes Streeting", quote(a, "simply wrong").speaker(), "elided subject: '… and argued that'");
    }

    @Test
    void inversionWithHonorificAndAppositive() {
        assertEquals("Amina Yusuf", quote(extract("forms.txt"), "This is the last single-screen").speaker());
    }

    @Test
    void aQuoteRunningOverParagraphsKeepsItsSpeaker() {
        Article a = extract("forms.txt");
        Quote first = quote(a, "Lose it and");
        Quote second = quote(a, "My grandmother");
        assertEquals("Amina Yusuf", first.speaker());
        assertEquals("Amina Yusuf", second.speaker());
        assertEquals(first.paragraph() + 1, second.paragraph());
    }

    @Test
    void aSpokespersonForAnOrganisationIsNotAPerson() {
        assertNull(quote(extract("forms.txt"), "We have no plans").speaker());
    }

    @Test
    void accordingToASurname() {
        assertEquals("Keir Starmer", quote(extract("forms.txt"), "the decision is now").speaker());
    }

    @Test
    void scareQuotesNicknamesAndTitlesAreNotQuotes() {
        List<String> texts = extract("forms.txt").quotes().stream().map(Quote::text).toList();
        assertTrue(texts.stream().noneMatch(t -> t.equals("lifeline") || t.equals("the Old Lady") || t.equals("Brief Encounter")), texts.toString());
        assertEquals(11, texts.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"cp1252.txt", "utf16le.txt", "utf16be.txt", "utf8bom.txt", "cr-nbsp.txt"})
    void everyEncodingReadsIntoTheSameText(String fixture) {
        Article a = extract(fixture);
        assertEquals("The café owner, Renée Duval, spoke on Friday.", a.paragraphs().get(0));
        assertEquals("“Nobody comes here for the coffee,” Duval said. “They come for the films.”", a.paragraphs().get(1));
        assertEquals(List.of("Renée Duval", "Renée Duval"), a.quotes().stream().map(Quote::speaker).toList());
        assertTrue(!a.title().startsWith("\uFEFF") && !a.title().contains("\r"), a.title());
    }

    @Test
    void savedWebPageBecomesTheArticleWithoutTheSiteAroundIt() {
        Article a = extract("saved-page.html");
        assertEquals("Projectionists Fear the Algorithm", a.title());
        assertEquals(LocalDate.of(2025, 2, 11), a.date());
        assertEquals("https://dailyreel.example/news/projectionists-fear-the-algorithm", a.source());
        assertEquals(List.of("A Trade in Decline"), a.headings());
        assertEquals(5, a.paragraphs().size());
        String all = String.join("\n", a.paragraphs());
        for (String junk : List.of("cookies", "Share on", "newsletter", "Related articles", "Leave a Reply",
                "email address", "All rights reserved", "By Sam Writer", "window.dataLayer", "Subscribe")) {
            assertTrue(!all.contains(junk), junk);
        }
        assertEquals(List.of("Harold Finch", "Priya Nair"), a.speakers());
        assertEquals("Priya Nair", quote(a, "a choice, not a law").speaker());
    }
}
