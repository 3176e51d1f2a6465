package dev.chorus.extract;

import dev.chorus.config.SiteConfig;
import dev.chorus.ingest.Document;
import dev.chorus.ingest.FrontMatter;
import dev.chorus.model.Article;
import dev.chorus.model.Block;
import dev.chorus.model.ChorusException;
import dev.chorus.model.Faq;
import dev.chorus.model.Kind;
import dev.chorus.model.Quote;
import dev.chorus.model.Theme;
import dev.chorus.model.ThemeScore;
import dev.chorus.text.Chars;
import dev.chorus.text.Slugs;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns one source document into an {@link Article}. Thread-safe: holds only read-only state. */
public final class Extractor {
    private static final Pattern DATED_NAME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})[-_].*");
    /** The only source links that reach a page: javascript:, data: or file: ones could run code there. */
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)https?://[^\\s/]+(/\\S*)?");

    private final SiteConfig config;
    private final BodyShaper shaper;
    private final MarkdownReader markdown;
    private final HtmlReader html = new HtmlReader();
    private final Attributor attributor;
    private final ThemeScorer themes;
    private final Map<String, Theme> themesBySlug = new HashMap<>();
    private final Map<String, String> themeSlugByName = new HashMap<>();

    public Extractor(SiteConfig config) {
        this.config = config;
        this.shaper = new BodyShaper(new Boilerplate(config.boilerplate()));
        this.markdown = new MarkdownReader(config.unsafeRawHtml());
        this.attributor = new Attributor(Lexicon.load(), config.speakers());
        this.themes = new ThemeScorer(config.themes());
        for (Theme t : config.themes()) {
            themesBySlug.put(t.slug(), t);
            themeSlugByName.put(t.slug(), t.slug());
            themeSlugByName.put(t.title().toLowerCase(Locale.ROOT), t.slug());
        }
    }

    public Extraction extract(Document doc) {
        FrontMatter fm = doc.frontMatter();
        String ext = doc.file().extension();
        boolean markdownInput = ext.equals("md") || ext.equals("markdown");
        List<RawBlock> raw;
        String title = fm.title();
        int titleLine = title != null ? fm.line("title") : doc.bodyLine();
        boolean takeTitle = false;
        LocalDate pageDate = null;
        String pageSource = null;
        String pageAuthor = null;
        if (ext.equals("html") || ext.equals("htm")) {
            HtmlReader.Result page = html.read(doc.body(), doc.bodyLine());
            raw = page.blocks();
            title = title != null ? title : page.title();
            titleLine = 1;
            pageDate = page.date();
            pageAuthor = page.author();
            pageSource = page.canonical() != null && WEB_ADDRESS.matcher(page.canonical()).matches() ? page.canonical() : null;
        } else if (markdownInput) {
            int tooDeep = MarkdownReader.tooDeeplyNested(doc.body());
            if (tooDeep > 0) {
                throw new ChorusException(doc.file().pos(doc.bodyLine() + tooDeep - 1), "the Markdown nests too deeply "
                        + "to read (lists or quotes inside each other hundreds of levels deep); flatten it");
            }
            MarkdownReader.Result md;
            try {
                md = markdown.read(doc.body(), doc.bodyLine(), title == null);
            } catch (StackOverflowError e) {
                // flexmark reads nested lists and quotes recursively; the thread's stack is the limit
                throw new ChorusException(doc.file().pos(doc.bodyLine()), "the Markdown nests too deeply to read "
                        + "(lists or quotes inside each other hundreds of levels deep); flatten it");
            }
            raw = md.blocks();
            if (title == null) {
                title = md.title();
                titleLine = md.titleLine();
                takeTitle = title == null;
            }
        } else {
            raw = TextSplitter.split(doc.body(), doc.bodyLine());
            takeTitle = title == null;
        }
        if (raw.isEmpty() && title == null) {
            throw new ChorusException(doc.file().pos(1), "the file is empty; put the title on the first line "
                    + "and the article's paragraphs below it");
        }
        ShapedBody body = shaper.shape(raw, takeTitle);
        if (title == null) {
            title = body.title();
            titleLine = body.titleLine();
        }
        if (title == null) {
            throw new ChorusException(doc.file().pos(raw.isEmpty() ? 1 : raw.get(0).line()),
                    "nothing is left once site boilerplate (comment forms, 'Back to top', share buttons) "
                            + "is dropped; is this the article you meant to add?");
        }
        if (body.blocks().stream().noneMatch(b -> !b.heading()) && body.faq().isEmpty()) {
            throw new ChorusException(doc.file().pos(Math.max(1, titleLine)), "the article has a title but no body "
                    + "text; add its paragraphs below the title, separated by blank lines");
        }
        List<String> warnings = new ArrayList<>();
        List<String> paragraphs = body.blocks().stream().filter(b -> !b.heading()).map(ShapedBody.ShapedBlock::text).toList();
        List<String> headings = body.blocks().stream().filter(ShapedBody.ShapedBlock::heading).map(ShapedBody.ShapedBlock::text).toList();
        // the one writing: "I said, “…”" in an op-ed is its author's
        // the byline: the front matter's, a saved page's, or the "By Kevin Mutua" line of a pasted page
        List<String> authors = !fm.authors().isEmpty() ? fm.authors() : pageAuthor != null ? List.of(pageAuthor)
                : BylineLine.find(raw);
        String writer = fm.speakers().size() == 1 ? fm.speakers().get(0)
                : fm.speakers().isEmpty() && authors.size() == 1 ? authors.get(0) : null;
        Attributor.Result found = attributor.attribute(title, paragraphs, writer);

        int words = 0;
        for (String p : paragraphs) {
            words += countWords(p);
        }
        for (Faq f : body.faq()) {
            words += countWords(f.question()) + countWords(f.answer());
        }

        List<String> scored = new ArrayList<>(paragraphs);
        for (Faq f : body.faq()) {
            scored.add(f.question());
            scored.add(f.answer());
        }
        List<Theme> newThemes = new ArrayList<>();
        List<ThemeScore> articleThemes = fm.themes().isEmpty()
                ? themes.scoreArticle(title, headings, scored, words)
                : frontMatterThemes(fm.themes(), newThemes, doc, warnings);

        int[] paragraphLines = body.blocks().stream().filter(b -> !b.heading()).mapToInt(ShapedBody.ShapedBlock::line).toArray();
        List<Quote> quotes = new ArrayList<>();
        for (Attributor.FoundQuote q : found.quotes()) {
            List<ThemeScore> qt = themes.scoreQuote(q.text());
            if (!articleThemes.isEmpty() && !fm.themes().isEmpty()) {
                qt = qt.stream().filter(t -> articleThemes.stream().anyMatch(a -> a.slug().equals(t.slug()))).toList();
            }
            if (qt.isEmpty() && !articleThemes.isEmpty()) {
                qt = List.of(articleThemes.get(0));
            }
            quotes.add(new Quote(q.text(), q.speaker(), q.speaker() == null ? null : speakerSlug(q.speaker()),
                    q.paragraph(), quotes.size() + 1, qt));
            if (q.speaker() == null) {
                warnings.add(doc.file().pos(paragraphLines[q.paragraph() - 1]) + ": no speaker found for the quote \""
                        + abbreviate(q.text()) + "\"");
            }
        }

        List<Block> blocks = new ArrayList<>();
        int paragraphNo = 0;
        int nextQuote = 0;
        for (ShapedBody.ShapedBlock b : body.blocks()) {
            if (b.heading()) {
                blocks.add(new Block(Block.Type.HEADING, 0, b.text(), null, List.of()));
            } else {
                paragraphNo++;
                // quotes come in paragraph order, so each paragraph takes the run that is its own
                int firstQuote = nextQuote;
                while (nextQuote < found.quotes().size() && found.quotes().get(nextQuote).paragraph() == paragraphNo) {
                    nextQuote++;
                }
                blocks.add(new Block(Block.Type.PARAGRAPH, paragraphNo, b.text(), b.html(),
                        quoteSpans(found.quotes(), firstQuote, nextQuote)));
            }
        }

        // those the front matter names, then everyone a quote is attributed to: a page that lists
        // who is quoted must not leave out someone whose quote it shows
        Set<String> speakerSet = new LinkedHashSet<>(fm.speakers());
        speakerSet.addAll(found.speakers());
        List<String> speakers = List.copyOf(speakerSet);
        Set<String> mentionSet = new LinkedHashSet<>(found.mentions());
        mentionSet.removeAll(speakers);
        mentionSet.removeAll(authors);
        boolean namedQuote = quotes.stream().anyMatch(q -> q.speaker() != null);
        Kind kind = namedQuote || !fm.speakers().isEmpty() ? Kind.REPORT : Kind.ESSAY;
        String summary = fm.summary() != null ? fm.summary() : paragraphs.isEmpty() ? body.faq().get(0).question() : paragraphs.get(0);
        String slug = fm.slug() != null ? fm.slug() : Slugs.of(title);
        LocalDate date = fm.date() != null ? fm.date() : pageDate != null ? pageDate : dateFromName(doc.file().fileName());
        if (date == null) {
            // a page copied from a browser: "Posted Sat 21 Nov 2026 at 5:30am" under the headline
            date = DateLine.find(raw);
        }
        String source = fm.source() != null ? webAddress(fm, doc, warnings) : pageSource != null ? pageSource : body.source();
        boolean opinion = fm.opinion() != null ? fm.opinion() : body.opinion();

        Article article = new Article(slug, doc.file().shownAs(), title, kind, opinion, date, summary, source,
                blocks, body.faq(), quotes, speakers, List.copyOf(mentionSet), authors, articleThemes, words);
        return new Extraction(article, fm.isDraft(), fm.slug() != null, newThemes, warnings,
                fm.slug() != null ? fm.line("slug") : Math.max(1, titleLine));
    }

    private List<ThemeScore> frontMatterThemes(List<String> names, List<Theme> newThemes, Document doc, List<String> warnings) {
        List<ThemeScore> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String name : names) {
            String slug = themeSlugByName.get(name.toLowerCase(Locale.ROOT));
            if (slug == null) {
                slug = themeSlugByName.get(Slugs.of(name));
            }
            boolean unknown = false;
            if (slug == null) {
                slug = Slugs.of(name);
                if (!themesBySlug.containsKey(slug)) {
                    newThemes.add(new Theme(slug, name, "", List.of()));
                    unknown = true;
                }
            }
            if (seen.add(slug)) {
                out.add(new ThemeScore(slug, 1.0));
                if (unknown && !themesBySlug.isEmpty()) {
                    // the same words for every file, so that the build says it once per theme
                    warnings.add(doc.file().pos(doc.frontMatter().line("themes/" + name)) + ": theme '" + name
                            + "' is not in the taxonomy in chorus.yml, so it becomes a theme of its own; "
                            + "add it under 'themes:' in chorus.yml, or check its spelling");
                }
            }
        }
        return out;
    }

    /** The front matter source when it is a web address; anything else is dropped with a warning. */
    private static String webAddress(FrontMatter fm, Document doc, List<String> warnings) {
        if (WEB_ADDRESS.matcher(fm.source()).matches()) {
            return fm.source();
        }
        String shown = fm.source().length() > 60 ? fm.source().substring(0, 57) + "…" : fm.source();
        warnings.add(doc.file().pos(fm.line("source")) + ": source '" + shown + "' is not an http(s) address, "
                + "so the article has no source link; write it as https://…");
        return null;
    }

    static String speakerSlug(String name) {
        return Slugs.of(name);
    }

    /** Where the paragraph's quotes {@code quotes[from, to)} are; quote numbers are 1-based. */
    private static List<Block.QuoteSpan> quoteSpans(List<Attributor.FoundQuote> quotes, int from, int to) {
        List<Block.QuoteSpan> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            out.add(new Block.QuoteSpan(quotes.get(i).open(), quotes.get(i).end(), i + 1));
        }
        return out;
    }

    private static LocalDate dateFromName(String fileName) {
        Matcher m = DATED_NAME.matcher(fileName);
        if (m.matches()) {
            try {
                return LocalDate.parse(m.group(1));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }

    /** Words as {@code [\p{L}\p{N}][\p{L}\p{N}’'-]*} counts them, in one pass without a regex engine. */
    static int countWords(String text) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean letterOrNumber = c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    : Character.isLetter(c) || Chars.isNumber(c);
            if (!(inWord && (letterOrNumber || c == '’' || c == '\'' || c == '-'))) {
                inWord = letterOrNumber;
                if (inWord) {
                    n++;
                }
            }
            i += Character.charCount(c);
        }
        return n;
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "…";
    }
}
