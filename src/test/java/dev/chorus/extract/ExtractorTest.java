package dev.chorus.extract;

import dev.chorus.config.ConfigLoader;
import dev.chorus.config.SiteConfig;
import dev.chorus.ingest.FrontMatterParser;
import dev.chorus.ingest.SourceReader;
import dev.chorus.model.Article;
import dev.chorus.model.ChorusException;
import dev.chorus.model.Kind;
import dev.chorus.model.Quote;
import dev.chorus.model.ThemeScore;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One behaviour of extraction per test, each on a small fixture in src/test/resources/extract/. */
class ExtractorTest {
    private static final Path FIXTURES = Path.of("src/test/resources/extract");
    private static final SiteConfig CONFIG = new ConfigLoader().load(FIXTURES.resolve("chorus.yml"), "chorus.yml", true);
    private final Extractor extractor = new Extractor(CONFIG);

    private Extraction extraction(String fixture) {
        return extractor.extract(new FrontMatterParser().parse(new SourceReader(Path.of("")).read(FIXTURES.resolve(fixture))));
    }

    private Article extract(String fixture) {
        return extraction(fixture).article();
    }

    private static List<String> speakersOf(Article a) {
        return a.quotes().stream().map(Quote::speaker).toList();
    }

    @Test
    void firstLineIsTheTitle() {
        assertEquals("A Director Speaks Out About Machines", extract("basic-report.txt").title());
    }

    @Test
    void opinionDisclaimerBecomesAFlagNotBodyText() {
        Article a = extract("basic-report.txt");
        assertTrue(a.opinion());
        assertTrue(a.paragraphs().stream().noneMatch(p -> p.contains("OPINION")));
        assertFalse(extract("pronoun-salience.txt").opinion());
    }

    @Test
    void shortLinesWithoutClosingPunctuationAreHeadings() {
        assertEquals(List.of("What She Fears"), extract("basic-report.txt").headings());
    }

    @Test
    void aLineThatIsAQuotationInCurlyQuotesCanBeAHeading() {
        Article a = extract("heading-in-quotes.txt");
        assertEquals(List.of("“Technology Should Help Us — Not Replace Us”"), a.headings());
        assertTrue(a.quotes().isEmpty(), "a heading is not a quote");
    }

    @Test
    void aShortLastLineIsAParagraphNotAHeading() {
        assertEquals("A short line without punctuation", extract("heading-in-quotes.txt").paragraphs().get(2));
    }

    @Test
    void siteBoilerplateIsDropped() {
        Article a = extract("basic-report.txt");
        assertTrue(a.paragraphs().stream().noneMatch(p -> p.contains("Back to top") || p.contains("cannot copy")));
        assertThrows(ChorusException.class, () -> extract("only-boilerplate.txt"));
    }

    @Test
    void furnitureLinesOfAScrapedPageAreDroppedAndStoryLinesThatStartLikeThemAreKept() {
        Article a = extract("scraped-furniture.txt");
        assertEquals(List.of(
                "The harbour board has put off the dredging of the north quay until the autumn, after a survey found more silt than the tender had allowed for.",
                "\"We would rather be late than wrong,\" said Losana Vea, the board's chair. \"The silt will not go anywhere before September.\"",
                "Reporting by the Quay Gazette in March showed the tender was short by a third.",
                "Copyright law has not caught up with drone surveys, the board was told.",
                "Radio Kahiki is listener-supported and has 3,000 members, Vea said.",
                "Sign up day for the rowing league is Saturday.",
                "Photographs by Sione Lolo hang in the harbour office.",
                "Updated figures show the silt rose by 4 per cent in a year.",
                "By Monday, the board had voted twice.",
                "\"Dear Councillor Tupou, the pontoon is rotten,\" Vea wrote to the council last year."), a.paragraphs());
        assertEquals(List.of(), a.headings(), "no furniture line, nor the byline with its desk, is left to pass for a heading");
        assertEquals(3, a.quotes().size());
        assertTrue(a.mentions().stream().noneMatch(m -> m.startsWith("Dear")), "a letter's salutation is no name: " + a.mentions());
    }

    @Test
    void faqBlockBecomesQuestionAnswerPairsAndLeavesTheParagraphs() {
        Article a = extract("faq.txt");
        assertEquals(List.of("FAQ"), a.headings());
        assertEquals(2, a.faq().size());
        assertEquals("Is AI just a new tool?", a.faq().get(0).question());
        assertEquals("It is a tool, but the timing matters.", a.faq().get(0).answer());
        assertEquals("Learn it. Do not let it replace your voice.\n\nIt will not wait for you either.", a.faq().get(1).answer());
        assertEquals(1, a.paragraphs().size());
    }

    @Test
    void quoteFollowedBySurnameSaidGoesToTheFullName() {
        Article a = extract("basic-report.txt");
        assertEquals("Cameras never made us less human,", a.quotes().get(0).text());
        assertEquals("Jane Holloway", a.quotes().get(0).speaker());
        assertEquals(2, a.quotes().get(0).paragraph());
    }

    @Test
    void aQuoteSplitByItsAttributionKeepsOneSpeaker() {
        Article a = extract("basic-report.txt");
        assertEquals("Software will not either, if we stay awake.", a.quotes().get(1).text());
        assertEquals("Jane Holloway", a.quotes().get(1).speaker());
    }

    @Test
    void saidXInversionIsAttributed() {
        Quote q = extract("basic-report.txt").quotes().get(2);
        assertEquals("The danger is a studio that stops paying people,", q.text());
        assertEquals("Jane Holloway", q.speaker());
    }

    @Test
    void pronounResolvesToThePersonActingNotOneNamedInPassing() {
        Article a = extract("pronoun-salience.txt");
        assertEquals(List.of("Marcus Bell", "Marcus Bell"), speakersOf(a));
        assertEquals(List.of("Ted Kotcheff"), a.mentions());
    }

    @Test
    void pronounsRespectGenderLearnedEarlierInTheArticle() {
        Article a = extract("multi-speaker.txt");
        assertEquals("Then we should own them,", a.quotes().get(3).text());
        assertEquals("Anna Kowalski", a.quotes().get(3).speaker());
        assertEquals("David Mensah", a.quotes().get(2).speaker());
    }

    @Test
    void accordingToAttributes() {
        Quote q = extract("multi-speaker.txt").quotes().get(4);
        assertTrue(q.text().startsWith("the next five years"));
        assertEquals("Anna Kowalski", q.speaker());
    }

    @Test
    void organisationsAndUnnamedPeopleAreNotSpeakers() {
        Article a = extract("multi-speaker.txt");
        assertNull(a.quotes().get(5).speaker(), "the BBC is a source, not a speaker");
        assertNull(a.quotes().get(6).speaker(), "'Somebody' is not a name");
        assertEquals(List.of("Anna Kowalski", "David Mensah"), a.speakers());
    }

    @Test
    void fragmentInsideAnAttributingSentenceIsAQuote() {
        Article a = extract("embedded.txt");
        assertEquals("eating the craft alive", a.quotes().get(0).text());
        assertEquals("Marcus Bell", a.quotes().get(0).speaker());
        assertEquals("fascinating and terrifying.", a.quotes().get(1).text());
        assertEquals("Marcus Bell", a.quotes().get(1).speaker());
    }

    @Test
    void scareQuotesThatNobodySaidAreNotQuotes() {
        Article a = extract("embedded.txt");
        assertEquals(2, a.quotes().size());
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().contains("game changer")));
    }

    @Test
    void charactersPlayedAreNotMentionsButPeopleAfterSuchAsAre() {
        Article a = extract("characters.txt");
        assertEquals(List.of("Meryl Streep"), a.mentions());
        assertEquals(List.of("Marcus Bell"), a.speakers());
    }

    @Test
    void kindIsReportWhenANamedSpeakerIsQuotedElseEssay() {
        assertEquals(Kind.REPORT, extract("basic-report.txt").kind());
        assertEquals(Kind.ESSAY, extract("faq.txt").kind());
    }

    @Test
    void summaryIsTheFirstParagraphAndWordsAreCounted() {
        Article a = extract("faq.txt");
        assertEquals("The machines are coming to the cutting room and nobody agrees on what that means.", a.summary());
        assertEquals(15 + 6 + 8 + 4 + 16, a.wordCount());
        assertEquals(1, a.readingMinutes());
    }

    @Test
    void frontMatterOverridesWhatExtractionGuesses() {
        Extraction e = extraction("front-matter.md");
        Article a = e.article();
        assertEquals("Front Matter Wins", a.title());
        assertEquals("front-matter-wins", a.slug());
        assertEquals(LocalDate.of(2025, 3, 14), a.date());
        assertEquals("A short summary from the front matter.", a.summary());
        assertEquals("https://example.com/original", a.source());
        assertEquals(List.of("Priya Raman"), a.speakers());
        assertEquals(List.of("Priya Raman"), a.authors());
        assertTrue(e.slugFixed());
    }

    @Test
    void aPastedPagesDateLineAndBylineAreItsDateAndAuthorWhenNothingElseSaysThem() {
        Article a = extract("pasted-date-line.txt");
        assertEquals(LocalDate.of(2026, 11, 21), a.date(), "Posted Sat 21 Nov 2026 at 5:30am, updated …");
        assertEquals(List.of("Ines Calder"), a.authors(), "By Ines Calder | Oban");
        assertEquals(LocalDate.of(2025, 3, 14), extract("front-matter.md").date(), "front matter still wins");
    }

    @Test
    void aFrontMatterAuthorIsTheBylineAndASpeakerOnlyWhereQuoted() {
        Article a = extract("byline-author.md");
        assertEquals(List.of("Jane Reporter"), a.authors());
        assertEquals(List.of("Tom Birch", "Ann Cole"), a.speakers());
        assertFalse(a.mentions().contains("Jane Reporter"), a.mentions().toString());
        assertEquals(Kind.REPORT, a.kind());
    }

    @Test
    void frontMatterSpeakersComeFirstAndEveryoneQuotedIsAddedToThem() {
        Article a = extract("speakers-and-quoted.md");
        assertEquals(List.of("Ada Example", "Tom Birch"), a.speakers());
        assertEquals(List.of(), a.authors());
        assertFalse(a.mentions().contains("Tom Birch"), a.mentions().toString());
    }

    @Test
    void tagsThatAreConfiguredThemesMatchAndOthersBecomeThemesOfTheirOwn() {
        Extraction e = extraction("front-matter.md");
        assertEquals(List.of("regulation", "streaming-wars"), e.article().themes().stream().map(ThemeScore::slug).toList());
        assertEquals(1, e.newThemes().size());
        assertEquals("Streaming Wars", e.newThemes().get(0).title());
    }

    @Test
    void markdownHeadingsStayHeadingsWhenFrontMatterGivesTheTitle() {
        Article a = extract("front-matter.md");
        assertEquals(List.of("A Markdown heading that is not the title", "A second-level heading"), a.headings());
        assertTrue(a.body().get(1).html().contains("<em>emphasis</em>"));
    }

    @Test
    void rawHtmlInMarkdownIsNotPassedThrough() {
        Article a = extract("front-matter.md");
        assertTrue(a.body().stream().noneMatch(b -> b.html() != null && b.html().contains("<script")));
    }

    @Test
    void hugoAndJekyllKeysAreAccepted() {
        Extraction e = extraction("hugo-style.md");
        assertEquals(List.of("Lee Chang"), e.article().speakers());
        assertEquals(LocalDate.of(2024, 11, 2), e.article().date());
        assertEquals(List.of("soul-of-cinema"), e.article().themes().stream().map(ThemeScore::slug).toList());
        assertTrue(e.draft());
    }

    @Test
    void themesAreScoredFromTheTaxonomyKeywords() {
        Article a = extract("basic-report.txt");
        assertEquals("money", a.themes().get(0).slug());
        assertTrue(a.themes().get(0).score() > 0 && a.themes().get(0).score() <= 1);
        assertEquals("money", a.quotes().get(2).primaryTheme(), "the quote about paying people");
    }

    @Test
    void emptyFileIsAnErrorAtLineOne() {
        ChorusException e = assertThrows(ChorusException.class, () -> extract("empty.txt"));
        assertEquals("src/test/resources/extract/empty.txt:1", e.pos().toString());
        assertTrue(e.getMessage().contains("empty"));
    }

    @Test
    void titleWithoutBodyIsAnError() {
        ChorusException e = assertThrows(ChorusException.class, () -> extract("title-only.txt"));
        assertTrue(e.getMessage().contains("no body"), e.getMessage());
    }
}
