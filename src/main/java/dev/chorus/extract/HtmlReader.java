package dev.chorus.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Saved web pages: jsoup finds the article in the page (JSON-LD and meta tags for title, date
 * and author; {@code <article>}, {@code <main>} or the block densest in paragraphs for the
 * body), drops the site around it, and hands the rest on as text blocks.
 */
final class HtmlReader {
    /** A run of bare text at least this long is a paragraph set without a {@code <p>}: no label or separator is. */
    private static final int LOOSE_PARAGRAPH = 60;
    /** The most text a sign-up box holds besides its form: a heading and a line or two saying what comes. */
    private static final int SIGN_UP_PITCH = 300;
    private static final String FURNITURE_WORDS = "nav|navbar|menu|share|sharing|social|comment|comments|respond|reply|"
            + "related\\w*|pagepromo|recommended|newsletter|subscribe|signup|cookie|consent|promo|advert|ads?|sponsor|"
            + "sidebar|breadcrumbs?|footer|popup|modal|toolbar|tags|author-box|byline-box|"
            // the writer's card under the story, their name over a line about them ("c-author-card", "author-profile")
            + "author-?card|author-?profile|author-?details|about-the-author|"
            + "most-read|mostread|most-popular|mostpopular|author-bio|authorbio|author-info|regwall|trending|outbrain|taboola|byline|dateline|article-meta|post-meta|entry-meta|pull-?quote|pullquote|"
            + "quote-block|caption|wp-block-pullquote|links-block|topic-list|embed|instagram-media|twitter-tweet|tiktok-embed|bluesky-embed|fb-post|"
            // a box summing the story up before it starts ("TL;DR", "Key takeaways"), in its words
            + "tldr|tl-dr|takeaways|key-takeaways|"
            // a boxed aside set apart from the text (Ghost's "kg-callout-card"), often a quote repeated
            + "callout|"
            // the section a story is filed under, set above its headline ("Extraliga", "National")
            + "kicker|eyebrow|overline|"
            // a video player set between paragraphs: its title ("Brennan: We are not in a crisis")
            // and "Play Video" would break a speaker's run of quotes
            + "video-?player|video-?title|jw-?player|brightcove|"
            // the standfirst under the headline, which the story tells again ("article__subdeck", "c-tagline",
            // "standfirst", a summary's bullets "abstract-v2", "story__excerpt"), a picture's credit ("imageCredit",
            // "…-Copyright"), a paywall's tout, a tip line ("article__tip") and a live page's list of its posts
            + "standfirst|sub-?deck|dek|tagline|abstract|excerpt|credit|copyright|paywall|tout|tip|tipline|"
            + "event-summary|key-?updates|"
            // the story told short under its headline ("LiveBlog_summary", "GenericArticle-Summary"), and the writer's
            // line under the story ("dcr-bio")
            + "summary|bio|"
            // a WordPress newsletter plugin's form (Mailchimp for WordPress, "mc4wp-form"), set inside "entry-content":
            // its title and pitch name no newsletter, so no line rule knows them
            + "mc4wp";
    private static final Pattern FURNITURE = Pattern.compile(
            "(?i)(^|[\\s_-])(" + FURNITURE_WORDS + "|banner|header|masthead)([\\s_-]|$)");
    /**
     * The same words in a class written in camel case ("shareTools", "imgCaption"), but not a
     * header or banner: "articleHeader" holds the standfirst, which may quote someone.
     */
    private static final Pattern CAMEL_FURNITURE = Pattern.compile(
            "(?i)(^|[\\s_-])(" + FURNITURE_WORDS + ")([\\s_-]|$)");
    /** The words of a page's comment thread, whose text may outweigh the story's. */
    private static final Pattern DISCUSSION = Pattern.compile(
            "(?i)(?:^|[\\s_-])(?:comments?|commentlist|respond|reply|replies|discussion|disqus|forum)(?:[\\s_-]|$)");
    /** "no-", "has-", "hide-" just before a furniture word: the word says what is switched off or on. */
    private static final Pattern LAYOUT_MODIFIER = Pattern.compile("(?i)(?:^|[\\s_-])(?:no|has|with|without|hide|show)[_-]$");
    /** The classes of a post embedded from a social network, a tweet or an Instagram post. */
    private static final Pattern EMBED = Pattern.compile(
            "(?i)(^|[\\s_-])(embed|instagram-media|twitter-tweet|tiktok-embed|bluesky-embed|fb-post)([\\s_-]|$)");
    /** "articlebodycontent", "story-text", "entry-content": a class naming the story's text. */
    private static final Pattern BODY_CLASS = Pattern.compile("(?i)body|content|text|story");
    /** "story__intertitle", "crosshead", "subheading": the class of a subhead set as a div. */
    private static final Pattern SUBHEAD_CLASS = Pattern.compile(
            "(?i)(^|[\\s_-])(inter-?title|cross-?head(?:ing)?|sub-?heading)([\\s_-]|$)");
    /** "title-sub", "sub-title", "article-subtitle", "news-brief": a class calling a heading the headline's second line. */
    private static final Pattern SUBTITLE_CLASS = Pattern.compile("(?i)(^|[\\s_-])(sub-?title|title-?sub|brief|sub-?headline)([\\s_-]|$)");
    private static final Pattern SECTION_CLASS = Pattern.compile("(?i)(^|[\\s_-])(section|category)([\\s_-]|$)");
    private static final Pattern QUOTE_MARKS = Pattern.compile("[“”\"‘’'«»„]");
    /** What may follow the author's name in a byline: a date, a time, their separators. */
    private static final Pattern AFTER_BYLINE = Pattern.compile(
            "(?i)[\\s,|·•–—-]*(?:(?:published|updated|posted|on)\\s+)?[\\p{L}\\d ,.:/|·•–—-]{0,60}");
    /** The heading of a box of links to other stories. */
    private static final Pattern RELATED_HEADING = Pattern.compile(
            "(?i)(?:more (?:from|in|on|about) .{1,40}|more (?:stories|news|headlines)|latest (?:news|stories)|top stories"
                    + "|in other news|editor'?s picks|related(?: stories| articles| posts| coverage)?|read (?:more|next)"
                    + "|you may also like|you might also like|recommended(?: for you)?|also read"
                    // "Most Viewed in Culture", "Most shared"
                    + "|most (?:read|popular|viewed|shared|watched|commented)(?: (?:in|on|from) .{1,40})?):?");
    /** "card-live__header", "LiveBlogPost_header", "lb-post-meta": the strip over a post that holds its time and title. */
    private static final Pattern POST_HEADER = Pattern.compile("(?i)(^|[\\s_-])(header|meta)([\\s_-]|$)");
    /** "key-events", "key-points": the class of a page's summary of itself. */
    private static final Pattern KEY_SUMMARY = Pattern.compile("(?i)(^|[\\s_-])key-?(?:events|points)([\\s_-]|$)");
    /** "3:40pm ", "15.05 — ": a post's time before its title. */
    private static final Pattern LEADING_TIME = Pattern.compile(
            "^\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?\\s*[-–—:|·•]?\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOUBLE_QUOTES = Pattern.compile("[“”\"«»„]");
    /** An embedded post's credit: "— Maddie Rourke (@maddierourke) November 22, 2026". */
    private static final Pattern EMBED_CREDIT = Pattern.compile("[—–-]\\s*[^()—–]{1,80}\\(@\\w{1,30}\\)[^()]{0,40}$");
    /** "paragraph--quote", "story-quote": a class naming a quote, which may be a pull quote. */
    private static final Pattern QUOTE_CLASS = Pattern.compile("(?i)quote");
    /** A text that opens with a quote: the quote, without the name after it. */
    private static final Pattern OPENING_QUOTE = Pattern.compile("^\\s*[“\"«„]([^”\"»“]{20,})[”\"»]");
    /** "paragraph", "paragraph-12", "paragraph_3", "Component-Paragraph": the test id of a paragraph. */
    private static final Pattern PARAGRAPH_TEST_ID = Pattern.compile("(?i)(?:component[-_])?paragraph(?:[-_]?\\d+)?");
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
            "pre", "dt", "dd", "figcaption");
    private static final Set<String> INLINE = Set.of("a", "b", "strong", "i", "em", "span", "q", "cite", "abbr", "small",
            "sup", "sub", "mark", "time", "u", "s");
    private final ObjectMapper json = new ObjectMapper();

    /** What a page says about itself, and its body text blocks. */
    record Result(String title, LocalDate date, String author, String canonical, List<RawBlock> blocks) {
    }

    /**
     * {@code <span class="amp-section">National</span>}, {@code <p class="story__section"><a>Media</a></p>}:
     * a word or three naming the section, in an element whose class says section or category.
     */
    private static boolean sectionLabel(Element e) {
        if (!SECTION_CLASS.matcher(camelWords(e.className())).find()) {
            return false;
        }
        String text = e.text().strip();
        return !text.isEmpty() && text.length() <= 40 && text.split("\\s+").length <= 3 && text.chars().noneMatch(c -> ".!?“”\"".indexOf(c) >= 0);
    }

    private static boolean isFurniture(String name) {
        if (namesFurniture(FURNITURE, name)) {
            return true;
        }
        String words = camelWords(name);
        return words != name && namesFurniture(CAMEL_FURNITURE, words);
    }

    /**
     * The length of the text of the paragraphs inside each element, found in one walk from the
     * leaves up (so a deep page is still read in linear time).
     */
    private static Map<Element, Integer> paragraphText(Element root) {
        Elements all = root.getAllElements();
        Map<Element, Integer> length = new IdentityHashMap<>();
        for (int i = all.size() - 1; i >= 0; i--) {
            Element e = all.get(i);
            int own = e.normalName().equals("p") ? e.text().length() : 0;
            if (own > 0) {
                length.merge(e, own, Integer::sum);
            }
            int mine = length.getOrDefault(e, 0);
            Element parent = e.parent();
            if (mine > 0 && parent != null && e != root) {
                length.merge(parent, mine, Integer::sum);
            }
        }
        return length;
    }

    /**
     * The paragraph text inside the page's comment threads, each counted once, in one walk; not
     * an element around the headline ("<div class="post-wrap comments-open">" holds the story).
     */
    private static int discussionText(Element root, Map<Element, Integer> paragraphText, Set<Element> aroundHeadline) {
        Set<Element> inside = Collections.newSetFromMap(new IdentityHashMap<>());
        int text = 0;
        for (Element e : root.getAllElements()) {
            if (e.parent() != null && inside.contains(e.parent())) {
                inside.add(e);
            } else if (e != root && !aroundHeadline.contains(e) && (!e.className().isEmpty() || !e.id().isEmpty())
                    && DISCUSSION.matcher(e.className() + " " + e.id()).find()) {
                inside.add(e);
                text += paragraphText.getOrDefault(e, 0);
            }
        }
        return text;
    }

    /**
     * Whether a class names furniture with a word of its own: "no-share", "has-sidebar" and
     * "hide-comments" say how the element around the story is laid out (WordPress themes write
     * {@code <div class="entry-content no-share">}), not that it is a share box.
     */
    private static boolean namesFurniture(Pattern furniture, String name) {
        Matcher m = furniture.matcher(name);
        int from = 0;
        while (m.find(from)) {
            if (!LAYOUT_MODIFIER.matcher(name).region(0, m.start(2)).find()) {
                return true;
            }
            from = m.end(2);
        }
        return false;
    }

    /**
     * "shareTools", "imgCaption", "newsTags": class names written in camel case, as words, so that
     * their furniture words are seen as "share-tools" and "img-caption" are.
     */
    static String camelWords(String name) {
        StringBuilder b = null;
        for (int i = 1; i < name.length(); i++) {
            if (Character.isUpperCase(name.charAt(i)) && Character.isLowerCase(name.charAt(i - 1))) {
                if (b == null) {
                    b = new StringBuilder(name.length() + 4).append(name, 0, i);
                }
                b.append(' ');
            }
            if (b != null) {
                b.append(name.charAt(i));
            }
        }
        return b == null ? name : b.toString();
    }

    /**
     * "Rania Shawky, Wednesday 18 Nov 2026", "By Ana Ruiz | 4 March 2026, 10:32": the page's author
     * and when, set above the story in elements whose names do not say so.
     */
    private static boolean isByline(String text, String author) {
        String t = text.strip();
        if (t.regionMatches(true, 0, "by ", 0, 3)) {
            t = t.substring(3).stripLeading();
        }
        if (!t.regionMatches(true, 0, author, 0, author.length())) {
            return false;
        }
        String rest = t.substring(author.length());
        return (rest.isBlank() || rest.chars().anyMatch(Character::isDigit)) && AFTER_BYLINE.matcher(rest).matches();
    }

    /** "Bikash Lama", "By Bikash Lama": a heading that is the page's author's name alone; a subhead says more. */
    private static boolean bylineHeading(String text, String author) {
        String t = text.strip();
        if (t.regionMatches(true, 0, "by ", 0, 3)) {
            t = t.substring(3).stripLeading();
        }
        return t.equalsIgnoreCase(author);
    }

    Result read(String html) {
        return read(html, 1);
    }

    /**
     * @param firstLine the file line on which {@code html} starts, for the lines of the blocks
     */
    Result read(String html, int firstLine) {
        Document doc = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        JsonNode ld = articleJsonLd(doc);
        Element ldScript = doc.selectFirst("script[type=application/ld+json]");
        int ldLine = ldScript == null ? firstLine : lineOf(ldScript, firstLine);
        String title = firstNonBlank(meta(doc, "og:title"), text(ld, "headline"), h1(doc), withoutSiteName(doc.title()));
        String date = firstNonBlank(meta(doc, "article:published_time"), text(ld, "datePublished"),
                meta(doc, "date"), meta(doc, "pubdate"), meta(doc, "dc.date"), timeAttr(doc));
        String author = firstNonBlank(authorOf(ld), meta(doc, "author"), meta(doc, "article:author"));
        String canonical = firstNonBlank(doc.select("link[rel=canonical]").attr("href"), meta(doc, "og:url"));

        // An ASP.NET page is one <form> from header to footer: that form is the page, not a
        // comment or search form, and only the fields inside it go
        List<Element> forms = doc.select("form");
        int pageText = forms.isEmpty() ? 0 : doc.body().text().length();
        for (Element form : forms) {
            if (wrapsThePage(form, pageText)) {
                form.unwrap();
            }
        }
        // "<div class="_2newsl"><h3>Get the Culture newsletter</h3><p>The best of…, delivered every
        // Thursday.</p><form><input type="email">": a box asking for an email address is a sign-up box,
        // whatever its class calls it (hashed, shortened); its heading and pitch go with its form
        List<Element> signUps = new ArrayList<>();
        for (Element form : doc.select("form")) {
            Element box = signUpBox(form);
            if (box != null) {
                signUps.add(box);
            }
        }
        removeAll(signUps);
        // "<p>…wrote on X:</p><aside aria-label="Social media post"><blockquote class="twitter-tweet">":
        // a post the body introduces, boxed in an aside, is the body's; the aside goes, the post stays
        for (Element aside : doc.select("aside")) {
            if (aside.children().size() == 1 && EMBED.matcher(aside.child(0).className()).find() && introducedByAColon(aside)) {
                aside.unwrap();
            }
        }
        // captions and pull quotes repeat or label the article; their quotes are not its own
        removeAll(doc.select("script, style, noscript, template, iframe, form, button, input, select, textarea, svg, "
                + "nav, aside, footer, dialog, address, [rel=author], [itemprop=author], figcaption").stream()
                // "<blockquote>“…”<footer>— Statement from the family</footer></blockquote>": who said it
                .filter(e -> !(e.normalName().equals("footer") && e.closest("blockquote") != null)).toList());
        markInlineQuotes(doc);
        paragraphsByTestId(doc);
        subheadsByClass(doc);
        List<Element> pageHeaders = headersOutsideArticles(doc);
        removeAll(keepPostTitles(pageHeaders));
        // "Key events", "Key points": a page's summary of itself repeats its quotes, not its
        // names ("Mai Tran-Nguyen wins best actress" may be the only place her name is whole)
        // "<li><a href="#post-3">Council opens rest centre</a></li>": nor the titles of the page's own
        // posts it links to, each said again over its post; a box left with nothing goes, its heading too
        Set<String> headings = new java.util.HashSet<>();
        for (Element h : doc.select("h1, h2, h3, h4, h5, h6")) {
            headings.add(MarkdownReader.normaliseSpace(h.text()));
        }
        for (Element box : doc.getElementsByAttributeValueMatching("class", KEY_SUMMARY)) {
            for (Element item : box.select("li, p")) {
                Element link = soleLink(item);
                if (DOUBLE_QUOTES.matcher(item.text()).find()
                        || link != null && link.attr("href").startsWith("#") && headings.contains(withoutItsTime(item))) {
                    item.remove();
                }
            }
            if (box.select("li, p").stream().allMatch(item -> item.text().isBlank())) {
                box.remove();
            }
        }
        Set<Element> introduced = introducedEmbeds(doc);
        markPostsAsQuoted(introduced);
        Map<Element, Integer> paragraphText = paragraphText(doc.body());
        Element headline = doc.body().selectFirst("h1");
        Set<Element> aroundHeadline = Collections.newSetFromMap(new IdentityHashMap<>());
        if (headline != null) {
            aroundHeadline.addAll(headline.parents());
        }
        // the page's paragraphs, less those of its comment threads, which may be longer than the story
        int storyText = paragraphText.getOrDefault(doc.body(), 0) - discussionText(doc.body(), paragraphText, aroundHeadline);
        int bodyText = doc.body().text().length();
        List<Element> furniture = new ArrayList<>();
        for (Element e : doc.body().getAllElements()) {
            if (e != doc.body() && !introduced.contains(e) && !e.tagName().equals("article") && !e.tagName().equals("main")
                    // "<div class="post-wrap social-share-enabled comments-open">", "<div class="layout
                    // sidebar-right">": a class saying how the page is laid out around the story, on an
                    // element that holds its headline and most of the page's paragraphs, is no furniture
                    && !(storyText >= 300 && aroundHeadline.contains(e) && 2 * paragraphText.getOrDefault(e, 0) > storyText)
                    // nor, with the headline set above it, one that holds nearly all of them and is no
                    // comment thread ("<div class="entry-content sidebar-left">")
                    && !(storyText >= 300 && 5 * paragraphText.getOrDefault(e, 0) > 4 * storyText
                            && !DISCUSSION.matcher(e.className() + " " + e.id()).find())
                    && (isFurniture(e.className()) || isFurniture(e.id())
                    // "<div data-component="quote-block">": pages built of components name them so
                    || FURNITURE.matcher(e.attr("data-component")).find()
                    // "<div class="InlineRelated_box__fQ2a1" data-testid="inline-related">": React
                    // pages hash their class names, and the test id is the one that still says what it is
                    || FURNITURE.matcher(e.attr("data-testid")).find()
                    // "<div data-gu-name="standfirst">" (the Guardian's), "<div data-qa="GenericArticle-Summary">" (the
                    // South China Morning Post's): the names other platforms give their components
                    || FURNITURE.matcher(e.attr("data-gu-name")).find() || FURNITURE.matcher(e.attr("data-qa")).find()
                    || "navigation".equals(e.attr("role")) || "complementary".equals(e.attr("role"))
                    // "<p class="sub-title" itemprop="description">": the page's own summary, its standfirst
                    || "description".equals(e.attr("itemprop")) && !e.normalName().equals("meta")
                    || sectionLabel(e)
                    || linksUnderRelatedHeading(e)
                    || teaserCards(e)
                    || linkedHeadline(e)
                    || captionBesideItsPicture(e, bodyText))) {
                furniture.add(e);
            }
        }
        removeAll(keepPostTitles(furniture));
        Element standfirst = standfirstUnderHeadline(doc.body().selectFirst("h1"));
        if (standfirst != null) {
            standfirst.remove();
        }
        Element subtitle = subtitleUnderHeadline(doc.body().selectFirst("h1"));
        if (subtitle != null) {
            subtitle.remove();
        }
        Paragraphs paragraphs = Paragraphs.of(doc.body());
        Element body = articleElement(doc, paragraphs);
        removeAll(summaryAboveTheStory(body));
        List<RawBlock> blocks = new ArrayList<>();
        for (Element part : withItsOtherParts(body, paragraphs)) {
            collect(part, blocks, firstLine);
        }
        // the headline, repeated in the body; a badge or a kicker ("Member-only story") may come first
        for (int i = 0; i < Math.min(3, blocks.size()) && title != null; i++) {
            if (blocks.get(i).heading() && blocks.get(i).text().equalsIgnoreCase(title.strip())) {
                blocks.remove(i);
                break;
            }
        }
        String articleBody = text(ld, "articleBody");
        int declared = articleBody == null ? 0
                : Extractor.countWords(articleBody.indexOf('<') >= 0 ? Jsoup.parse(articleBody).text() : articleBody);
        if (declared > 0 && (blocks.stream().allMatch(RawBlock::heading) || declared >= 150 && wordsOf(blocks) * 2 < declared)) {
            // a page saved as its source before a script wrote the story into it ("Please enable
            // JavaScript"), or one whose story is set in markup the reader did not take for it (it
            // found less than half the words): the story is still in its JSON-LD, as the search
            // engines are given it
            blocks.clear();
            blocks.addAll(fromArticleBody(articleBody, ldLine));
        }
        String byline = clean(author);
        if (byline != null) {
            // among the first three paragraphs: the headline and a standfirst above them do not count
            for (int i = 0, seen = 0; i < blocks.size() && seen < 3; i++) {
                if (blocks.get(i).heading()) {
                    // "<div class="author"><h5><a>Bikash Lama</a></h5></div>": the author's name set as a heading, and no
                    // more, above the story (a standfirst's paragraph may come first); a subhead further down is the story's
                    if (seen <= 1 && bylineHeading(blocks.get(i).text(), byline)) {
                        blocks.remove(i--);
                    }
                    continue;
                }
                if (isByline(blocks.get(i).text(), byline)) {
                    blocks.remove(i);
                    break;
                }
                seen++;
            }
        }
        return new Result(clean(title), parseDate(date), clean(author), blank(canonical) ? null : canonical.strip(), blocks);
    }

    /**
     * "<h1>…</h1><p class="_2x6qq">Parallax says AI will keep it competitive…</p><div>By …</div><section>the
     * story's paragraphs</section>": a paragraph set just under the headline, when the story's paragraphs
     * are not beside it but in a block of their own, is the standfirst, which the story tells again. Its
     * class may be hashed or name nothing ("story__intro"). A headline followed by the story's paragraphs
     * keeps them all.
     */
    private static Element standfirstUnderHeadline(Element headline) {
        Element next = headline == null ? null : headline.nextElementSibling();
        if (next == null || !(next.normalName().equals("p") || next.normalName().equals("div") && !hasBlockChild(next))
                || next.text().strip().length() < 40) {
            return null;
        }
        for (Element sibling : headline.parent().children()) {
            if (sibling != next && (sibling.normalName().equals("p") || sibling.normalName().equals("div") && !hasBlockChild(sibling))
                    && sibling.text().strip().length() >= LOOSE_PARAGRAPH) {
                return null;
            }
        }
        // and a story elsewhere on the page, not just the one paragraph
        return headline.ownerDocument().body().text().length() >= 4 * next.text().length() ? next : null;
    }

    /**
     * "<h1>…</h1><div class="news-info">Post News Desk 2026-09-14</div><h2 class="news-brief">The hall's whale skeleton is…</h2>",
     * "<h1>…</h1><span class="title-sub"><h2>Four in five deckhands and pilots…</h2></span>", "<h1>…</h1><h2
     * class="sub-headline">…</h2>" (or data-qa="subheadline"): a heading under the headline, whose
     * class (or its wrapper's, holding it alone) calls it the headline's second line or the story in brief, is the
     * standfirst, however long; only a strip of a line or two (byline, date) may stand between. A subhead so named
     * further down, after the story has begun, stays.
     */
    private static Element subtitleUnderHeadline(Element headline) {
        Element next = headline == null ? null : headline.nextElementSibling();
        for (int strips = 0; next != null && strips <= 2; strips++, next = next.nextElementSibling()) {
            Element heading = next.normalName().matches("h[2-6]") ? next
                    : (next.normalName().equals("span") || next.normalName().equals("div")) && next.childrenSize() == 1
                            && !hasLooseText(next) && next.child(0).normalName().matches("h[2-6]") ? next.child(0) : null;
            if (heading != null) {
                // "<h2 data-qa="subheadline">": a page built of components names its parts in a data attribute
                boolean named = SUBTITLE_CLASS.matcher(heading.className()).find() || SUBTITLE_CLASS.matcher(next.className()).find()
                        || SUBTITLE_CLASS.matcher(heading.attr("data-qa")).find();
                return named && heading.text().strip().length() >= 40 ? next : null;
            }
            if (next.text().strip().length() >= LOOSE_PARAGRAPH) {
                return null;
            }
        }
        return null;
    }

    /**
     * "<a href="#post-9"><time>3:40pm</time> What the Bureau is saying</a>": a key event's title without the time of its
     * post, which the page sets beside the title over the post, not in its heading.
     */
    private static String withoutItsTime(Element item) {
        String text = MarkdownReader.normaliseSpace(item.text());
        for (Element time : item.select("time")) {
            String stamp = MarkdownReader.normaliseSpace(time.text());
            if (!stamp.isEmpty() && text.startsWith(stamp)) {
                text = text.substring(stamp.length()).strip();
            }
        }
        return LEADING_TIME.matcher(text).replaceFirst("");
    }

    /**
     * Embedded posts that the article introduces as its own text ("She wrote on X:", "He posted
     * on Sunday:"), with everything inside them: the post is what the paragraph before it says
     * someone wrote, and the only place its words are. An embed not introduced so repeats or
     * decorates the story, and goes with the furniture.
     */
    private static Set<Element> introducedEmbeds(Document doc) {
        Set<Element> out = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e : doc.body().getElementsByAttributeValueMatching("class", EMBED)) {
            if (!out.contains(e) && introducedByAColon(e)) {
                out.addAll(e.getAllElements());
            }
        }
        return out;
    }

    /**
     * Puts quotation marks around the words of an introduced post that has none: the post is
     * what its author wrote, word for word, and the page shows it as a quote by its box, not by
     * marks ("She wrote on X:" then the tweet's bare text). A post already in marks keeps them.
     */
    private static void markPostsAsQuoted(Set<Element> introduced) {
        for (Element e : introduced) {
            if (!e.normalName().equals("blockquote")) {
                continue;
            }
            // the post's own words come first; its signature or "A post shared by" line after them
            Element words = e.selectFirst("p");
            if (words != null && !words.text().isBlank() && !DOUBLE_QUOTES.matcher(words.text()).find()) {
                words.prependText("\u201C");
                words.appendText("\u201D");
            }
            if (words != null && words.parent() == e && EMBED_CREDIT.matcher(e.text().substring(Math.max(0, e.text().length() - 150))).find()) {
                // "<p>“…”</p>&mdash; Maddie Rourke (@maddierourke) <a>November 22, 2026</a>": the embed's credit,
                // which the body's "She wrote on X:" has already given, would run into the post's words
                while (words.nextSibling() != null) {
                    words.nextSibling().remove();
                }
            } else if (words != null && words.parent() != e && e.text().length() - words.text().length() < 200
                    && (e.text().contains("(@") || e.text().contains("View this post") || e.text().contains("A post shared by"))) {
                // an Instagram post's words nested in its card, among "View this post on Instagram" and
                // "Effie Marsh (@effiemarsh)": only the words are the post; the rest is its frame
                e.empty();
                e.appendChild(words);
            }
        }
    }

    /**
     * Whether the paragraph just before an element, or before the wrapper it opens (a figure
     * around a tweet's block quote), ends with a colon.
     */
    private static boolean introducedByAColon(Element e) {
        Element at = e;
        for (int up = 0; up < 3 && at.previousElementSibling() == null && at.parent() != null; up++) {
            at = at.parent();
        }
        Element before = at.previousElementSibling();
        return before != null && before.normalName().equals("p") && before.text().strip().endsWith(":");
    }

    /**
     * {@code <div data-testid="paragraph-3" class="text__text__1FZLe">}: a React page (Reuters)
     * sets each paragraph in a div whose hashed classes say nothing and whose test id says what it
     * is; read as a {@code <p>}, or the page has no paragraphs and its consent banner wins. Only a
     * div holding no blocks of its own, so a wrapper named so is still walked.
     */
    private static void paragraphsByTestId(Document doc) {
        // and "<div data-qa="Component-Paragraph">", as the South China Morning Post's pages write it
        for (Element e : doc.select("div[data-testid*=aragraph], div[data-qa*=aragraph]")) {
            String id = e.hasAttr("data-testid") ? e.attr("data-testid") : e.attr("data-qa");
            if (PARAGRAPH_TEST_ID.matcher(id).matches() && !hasBlockChild(e)) {
                e.tagName("p");
            }
        }
    }

    /**
     * {@code <div class="sics-component__story__intertitle">New winner</div>}: a platform that sets its
     * paragraphs in divs sets its subheads so too, named by their class; read as a heading, not a paragraph.
     */
    private static void subheadsByClass(Document doc) {
        for (Element e : doc.select("div[class], p[class]")) {
            if (SUBHEAD_CLASS.matcher(e.className()).find() && !hasBlockChild(e)) {
                String text = e.text().strip();
                if (!text.isEmpty() && text.length() <= 120 && ".!?:;,".indexOf(text.charAt(text.length() - 1)) < 0) {
                    e.tagName("h3");
                }
            }
        }
    }

    private static boolean hasBlockChild(Element e) {
        for (Element c : e.children()) {
            if (!INLINE.contains(c.normalName()) && !c.normalName().equals("br")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The box around a form that asks for an email address, up to the largest one holding no
     * more than a heading and two short paragraphs besides the form: not the story around it.
     */
    private static Element signUpBox(Element form) {
        if (form.selectFirst("input[type=email], input[placeholder~=(?i)e-?mail]") == null) {
            return null;
        }
        Element box = null;
        for (Element e = form.parent(); e != null && !e.normalName().matches("body|article|main"); e = e.parent()) {
            if (e.text().length() - form.text().length() > SIGN_UP_PITCH || e.select("p").size() > 2
                    || e.select("h1, h2, h3, h4, h5, h6").size() > 1) {
                break;
            }
            box = e;
        }
        return box;
    }

    /** Whether a form holds the article itself, or most of the page's text. */
    private static boolean wrapsThePage(Element form, int pageText) {
        return !form.select("article, main, [role=main], h1").isEmpty() || 2L * form.text().length() > pageText;
    }

    /**
     * A section or box opening with a heading such as "More from Culture", "Related stories" or
     * "Read next", over a list of links: other articles' headlines, whose quotes are theirs.
     */
    private static boolean linksUnderRelatedHeading(Element e) {
        if (!e.tagName().equals("section") && !e.tagName().equals("div")) {
            return false;
        }
        Element first = e.firstElementChild();
        if (first == null) {
            return false;
        }
        // the tag before the text: a div's first child may be the next of a hundred thousand nested divs
        if (first.tagName().length() == 2 && first.tagName().charAt(0) == 'h') {
            return RELATED_HEADING.matcher(first.text().strip()).matches()
                    && (!e.select("li a, h2 a, h3 a, h4 a, h5 a, h6 a").isEmpty() || e.select("p").stream().anyMatch(HtmlReader::onlyALink));
        }
        // "<div class="also-read"><span class="also-read-title">ALSO READ</span><a href="/other">…</a></div>":
        // a label that is no heading, over links and nothing else (its text would run into theirs); the label
        // may be a div of bare text ("<div class="box-title">Related</div><div class="box-body"><p><a>…")
        return (INLINE.contains(first.normalName()) || first.normalName().equals("div") && first.childrenSize() == 0)
                && RELATED_HEADING.matcher(first.text().strip()).matches()
                && first.select("a[href]").isEmpty() && !hasLooseText(e)
                && e.childrenSize() >= 2 && e.children().stream().skip(1).allMatch(c -> soleLink(c) != null);
    }

    /**
     * "<p><a href="/news/bus-routes-cut-3291">Bus routes cut across three valleys as subsidy ends</a></p>": another
     * story's headline set between the paragraphs, one link and no more, ending on no stop and quoting nobody. A
     * sentence that is a link ("<a>Read the full list on the council's website</a>.") stays.
     */
    private static boolean linkedHeadline(Element e) {
        // "<div class="x7f2a"><a href="/travel/airlines-brace-3312">…</a></div>": a div holding only the link is one too
        if (!e.normalName().equals("p") && !(e.normalName().equals("div") && !hasBlockChild(e))) {
            return false;
        }
        Element link = soleLink(e);
        String text = e.text().strip();
        if (link == null || text.isEmpty() || link.attr("href").startsWith("#") || link.attr("href").startsWith("mailto:")) {
            return false;
        }
        return ".!?:;,…\"”’)".indexOf(text.charAt(text.length() - 1)) < 0 && text.split("\\s+").length >= 4
                && !DOUBLE_QUOTES.matcher(text).find();
    }

    /**
     * "<li class="card-live"><div class="card-live__header"><span>14:20 GMT</span><h2 class="card-live__title">Water
     * still rising</h2></div><div class="card-live__content"><p>…": a live page sets each post's title in a strip over
     * the post with its time and share buttons, a header or meta strip that goes as furniture; the title is the post's
     * heading, and stays where it was. Only the strip's one heading, of a post among others like it (the same element
     * and first class) that has text of its own below the strip, and not a link to another page (a teaser's card).
     * Returns {@code doomed} without the titles kept, for a title may be doomed itself when its class names it part
     * of the strip ("lx-stream-post__header-title").
     */
    private static List<Element> keepPostTitles(List<Element> doomed) {
        Set<Element> gone = Collections.newSetFromMap(new IdentityHashMap<>());
        gone.addAll(doomed);
        Set<Element> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        // the kinds of element under each parent, counted once: a live page may hold thousands of posts
        Map<Element, Map<String, Integer>> kinds = new IdentityHashMap<>();
        for (Element strip : doomed) {
            Element post = strip.parent();
            if (post == null || post.parent() == null
                    || !(strip.normalName().equals("header") || POST_HEADER.matcher(camelWords(strip.className())).find())
                    || kinds.computeIfAbsent(post.parent(), HtmlReader::kindsOfChildren).getOrDefault(kindOf(post), 0) < 2) {
                continue;
            }
            Elements headings = strip.select("h2, h3, h4, h5, h6");
            if (headings.size() != 1 || headings.first().text().isBlank()
                    || post.text().length() - strip.text().length() < LOOSE_PARAGRAPH) {
                continue;
            }
            Element title = headings.first();
            Element link = title.selectFirst("a[href]");
            if (link != null && link.attr("href").indexOf('#') < 0 && 5 * link.text().length() >= 4 * title.text().length()) {
                continue;
            }
            if (title == strip) {
                // "<h3 class="lx-stream-post__header-title">": the strip is the title itself, already where it stays
                kept.add(title);
            } else if (strip.parents().stream().noneMatch(gone::contains)) {
                strip.before(title);
                // a title whose own class named it a header strip too is kept all the same
                kept.add(title);
            }
        }
        return doomed.stream().filter(e -> !kept.contains(e)).toList();
    }

    /** How many children of an element are of each kind ({@link #kindOf}). */
    private static Map<String, Integer> kindsOfChildren(Element parent) {
        Map<String, Integer> count = new java.util.HashMap<>();
        for (Element c : parent.children()) {
            String kind = kindOf(c);
            if (kind != null) {
                count.merge(kind, 1, Integer::sum);
            }
        }
        return count;
    }

    /**
     * "li card-live", "article LiveBlogPost_post": an element and its first class, what the posts of a live page share
     * ("card-live card-live--pinned" is one of them); an element with no class is of no kind, unless an {@code <article>}.
     */
    private static String kindOf(Element e) {
        String first = e.className().strip().split("\\s+")[0];
        return first.isEmpty() && !e.normalName().equals("article") ? null : e.normalName() + " " + first;
    }

    /**
     * "<div class="img_box"><img src="…"><div class="img_txt">A scene from the drama… (Yonhap)</div></div>": a picture and
     * one line of text in a wrapper of their own, and nothing else, is a figure by another name and the line its caption,
     * whatever its class says (a page that sets its story as bare text between {@code <br>}s sets its pictures so). A line
     * longer than a caption, one beside more than a picture, or one holding much of the page's text is the story's; a
     * paragraph's own text in a span beside an icon ("<p><img><span>…</span></p>") is no figure.
     */
    private static boolean captionBesideItsPicture(Element e, int pageText) {
        String tag = e.normalName();
        if (!(tag.equals("div") || tag.equals("p") || tag.equals("span")) || hasBlockChild(e)) {
            return false;
        }
        Element wrapper = e.parent();
        if (wrapper == null || wrapper.normalName().equals("p") || wrapper.normalName().equals("body")
                || wrapper.childrenSize() < 2 || wrapper.childrenSize() > 3 || hasLooseText(wrapper)) {
            return false;
        }
        int length = e.text().strip().length();
        if (length == 0 || length > 300 || 5 * length > pageText) {
            return false;
        }
        for (Element sibling : wrapper.children()) {
            if (sibling != e && !isPicture(sibling)) {
                return false;
            }
        }
        return true;
    }

    /** "<img>", "<picture>", "<a href="…"><img></a>", "<div class="img-wrap"><img></div>": a picture, with no text. */
    private static boolean isPicture(Element e) {
        String tag = e.normalName();
        return (tag.equals("img") || tag.equals("picture") || e.selectFirst("img, picture") != null) && e.text().isBlank();
    }

    /**
     * "<ul><li>Eleven halls could be sold by the spring</li><li>Community groups say…</li>…": a few bullets summing
     * the story up above its first paragraph, which the story then tells; a list after the story has begun is its own.
     */
    private static List<Element> summaryAboveTheStory(Element body) {
        for (Element e : body.getAllElements()) {
            String tag = e.normalName();
            if (tag.equals("p") && e.text().length() >= 80) {
                return List.of();
            }
            if ((tag.equals("ul") || tag.equals("ol")) && summaryBullets(e)) {
                return List.of(e);
            }
        }
        return List.of();
    }

    /** Two to six items, each a line of its own words (not mostly a link) that quotes nobody. */
    private static boolean summaryBullets(Element list) {
        Elements items = list.children();
        if (items.size() < 2 || items.size() > 6) {
            return false;
        }
        for (Element li : items) {
            String text = li.text().strip();
            if (!li.normalName().equals("li") || text.length() < 20 || text.length() > 200 || DOUBLE_QUOTES.matcher(text).find()
                    || 2 * li.select("a[href]").text().length() > text.length()) {
                return false;
            }
        }
        return true;
    }

    /** "<p><a href="/other-story">Council backs bypass after “heated” debate</a></p>": a paragraph that is one link. */
    private static boolean onlyALink(Element p) {
        return soleLink(p) != null;
    }

    /** The one link an element holds when its text is all the element's text, or null. */
    private static Element soleLink(Element e) {
        Elements links = e.select("a[href]");
        return links.size() == 1 && links.first().text().strip().equals(e.text().strip()) ? links.first() : null;
    }

    /**
     * "<div class="recirc"><article class="card"><h3><a href="/other-story">…</a></h3><p>…</p>":
     * a row of cards, most of the box's children, each another story's headline as a link and a
     * line of its summary, which may quote someone. Whatever the box is called, its cards say what it is.
     */
    private static boolean teaserCards(Element e) {
        Elements children = e.children();
        if (children.size() < 3) {
            return false;
        }
        int cards = 0;
        for (Element c : children) {
            if (isCard(c)) {
                cards++;
            }
        }
        return cards >= 3 && 2 * cards > children.size();
    }

    private static boolean isCard(Element c) {
        Element heading = c.selectFirst("h2, h3, h4, h5, h6");
        Element link = heading == null ? null : heading.selectFirst("a[href]");
        // a live post's heading may link to the post itself ("#post-12"): that is no other story
        return link != null && link.attr("href").indexOf('#') < 0
                && 5 * link.text().length() >= 4 * heading.text().length() && c.text().length() < 600;
    }

    /**
     * Removes elements from the page, rebuilding each parent's children once: removing them one
     * at a time costs time in proportion to the number of siblings, for each of them.
     */
    private static void removeAll(List<Element> doomed) {
        Map<Element, Set<Node>> byParent = new IdentityHashMap<>();
        for (Element e : doomed) {
            if (e.parent() != null) {
                byParent.computeIfAbsent(e.parent(), k -> Collections.newSetFromMap(new IdentityHashMap<>())).add(e);
            }
        }
        for (Map.Entry<Element, Set<Node>> entry : byParent.entrySet()) {
            Element parent = entry.getKey();
            boolean looseText = hasLooseText(parent);
            List<Node> keep = new ArrayList<>();
            for (Node child : parent.childNodes()) {
                if (!entry.getValue().contains(child)) {
                    keep.add(child);
                } else if (looseText && child instanceof Element e && !INLINE.contains(e.normalName())) {
                    // "…laid anyone off.<div class="ad">…</div>“I won't pretend…”": in a story set
                    // as bare text, a box between two paragraphs is all that parts them
                    keep.add(new Element("br"));
                }
            }
            parent.empty();
            parent.appendChildren(keep);
        }
    }

    private static boolean hasLooseText(Element e) {
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t && !t.isBlank()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "wrote: &lt;q&gt;A true hero of our coast.&lt;/q&gt;": a browser shows the marks of a
     * {@code <q>}, and the page's text has none; a quote inside a quote gets single marks.
     */
    private static void markInlineQuotes(Document doc) {
        for (Element q : doc.select("q")) {
            boolean nested = q.parent() != null && q.parent().closest("q") != null;
            q.prependText(nested ? "‘" : "“");
            q.appendText(nested ? "’" : "”");
        }
    }

    private static int wordsOf(List<RawBlock> blocks) {
        int words = 0;
        for (RawBlock b : blocks) {
            if (!b.heading()) {
                words += Extractor.countWords(b.text());
            }
        }
        return words;
    }

    /**
     * The paragraphs of a JSON-LD {@code articleBody}: HTML read as the page would be, or text
     * whose paragraphs are lines.
     */
    private static List<RawBlock> fromArticleBody(String body, int line) {
        List<RawBlock> out = new ArrayList<>();
        if (body.indexOf('<') >= 0 && body.indexOf('>') >= 0) {
            collect(Jsoup.parse(body, "", Parser.htmlParser().setTrackPosition(true)).body(), out, line);
            return out;
        }
        for (String p : body.split("\\r?\\n")) {
            String text = MarkdownReader.normaliseSpace(p);
            if (!text.isEmpty()) {
                out.add(RawBlock.marked(text, line, false, null));
            }
        }
        return out;
    }

    /** Page headers: &lt;header&gt; elements that are not inside an &lt;article&gt;. */
    private static List<Element> headersOutsideArticles(Document doc) {
        List<Element> out = new ArrayList<>();
        int[] articles = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    if (e.normalName().equals("header") && articles[0] == 0) {
                        out.add(e);
                    }
                    if (e.normalName().equals("article")) {
                        articles[0]++;
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.normalName().equals("article")) {
                    articles[0]--;
                }
            }
        }, doc);
        return out;
    }

    /**
     * For every element, the length of the text of the paragraphs inside it: worked out in one
     * walk of the page, since asking each element again is quadratic in how deeply pages nest.
     */
    private record Paragraphs(Map<Element, Integer> textLength) {

        static Paragraphs of(Element root) {
            Map<Element, Integer> lengths = new IdentityHashMap<>();
            NodeTraversor.traverse(new NodeVisitor() {
                @Override
                public void head(Node node, int depth) {
                }

                @Override
                public void tail(Node node, int depth) {
                    if (!(node instanceof Element e)) {
                        return;
                    }
                    int sum = e.normalName().equals("p") ? e.text().length() : looseText(e);
                    for (Element c : e.children()) {
                        sum += lengths.getOrDefault(c, 0);
                    }
                    lengths.put(e, sum);
                }
            }, root);
            return new Paragraphs(lengths);
        }

        /**
         * The same as adding up {@code e.select("p")}'s text lengths, and the text that stands
         * in a block of its own outside any {@code <p>} ({@link #looseText}).
         */
        int textIn(Element e) {
            return textLength.getOrDefault(e, 0);
        }
    }

    /**
     * The length of the paragraphs an element holds as bare text, not in {@code <p>} elements:
     * "<div class="articl-content">First paragraph.<br><br>Second…" is how some platforms (the
     * Bangkok Post, Gulf News) set a whole story. Runs shorter than a sentence (a label, a
     * separator) do not count.
     */
    private static int looseText(Element e) {
        if (INLINE.contains(e.normalName())) {
            return 0;
        }
        int sum = 0;
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                int length = t.text().strip().length();
                if (length >= LOOSE_PARAGRAPH) {
                    sum += length;
                }
            }
        }
        return sum;
    }

    /**
     * A live blog writes each entry as an element of its own (an &lt;article&gt;, a
     * {@code div.live-post}), and some pages each paragraph: when the element chosen, or its
     * parent, has siblings of the same kind, the article is all of them, so their parent.
     */
    private static Element liveBlogAround(Element chosen, Paragraphs paragraphs) {
        Element e = chosen;
        for (int up = 0; up < 2 && e != null && e.parent() != null && !e.normalName().equals("body"); up++, e = e.parent()) {
            // "<article>the story</article><article>a teaser</article><article>…": one that holds
            // most of the text among its like is the story, and its siblings are other stories
            if (10 * paragraphs.textIn(chosen) >= 7 * paragraphs.textIn(e.parent())) {
                continue;
            }
            int alike = 0;
            for (Element sibling : e.parent().children()) {
                if (sibling.normalName().equals(e.normalName()) && sibling.className().equals(e.className())
                        && (e.normalName().equals("article") || !e.className().isBlank())) {
                    alike++;
                }
            }
            if (alike >= 2) {
                return e.parent();
            }
        }
        return chosen;
    }

    /**
     * "<div class="articlebodycontent" id="content-body-64866228">…</div><div class="newsletter-box">…</div>
     * <div class="articlebodycontent" id="content-body-64866228">…": a platform that sets a box inside the
     * story closes the story's container before it and opens another like it after, so the story is
     * every sibling of the block chosen that is the same element with the same body class, in page order.
     * An {@code <article>} beside others like it is a teaser ({@link #liveBlogAround}), and a layout's
     * column ("col-md-8") says nothing of what it holds, so only a class or id naming a body counts.
     */
    private static List<Element> withItsOtherParts(Element body, Paragraphs paragraphs) {
        Element parent = body.parent();
        String name = body.className();
        if (parent == null || body.normalName().equals("article") || body.normalName().equals("body")
                || !(BODY_CLASS.matcher(name).find() || BODY_CLASS.matcher(body.id()).find())) {
            return List.of(body);
        }
        List<Element> parts = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == body || sibling.normalName().equals(body.normalName()) && sibling.className().equals(name)
                    && sibling.id().equals(body.id()) && paragraphs.textIn(sibling) >= LOOSE_PARAGRAPH) {
                parts.add(sibling);
            }
        }
        return parts;
    }

    /** The element holding the article: its &lt;article&gt;, &lt;main&gt;, or the densest block. */
    private static Element articleElement(Document doc, Paragraphs paragraphs) {
        Element best = null;
        for (Element a : doc.select("article, [itemprop=articleBody], main, [role=main]")) {
            if (best == null || paragraphs.textIn(a) > paragraphs.textIn(best) * 1.5) {
                best = a;
            }
        }
        if (best != null && paragraphs.textIn(best) > 200) {
            return liveBlogAround(best, paragraphs);
        }
        Element densest = doc.body();
        int most = 0;
        for (Element e : doc.body().select("div, section, td")) {
            int direct = looseText(e);
            for (Element c : e.children()) {
                if (c.tagName().equals("p")) {
                    direct += c.text().length();
                } else if (c.normalName().equals("div") && !hasBlockChild(c)) {
                    // "<div class="content"><div>First paragraph…</div><div>…": a div holding only
                    // text is a paragraph set without a <p>; weighed alone, the densest block would
                    // be the longest of them, and the story one paragraph long
                    int length = c.text().length();
                    direct += length >= LOOSE_PARAGRAPH ? length : 0;
                }
            }
            if (direct > most) {
                most = direct;
                densest = e;
            }
        }
        return densest == doc.body() ? densest : liveBlogAround(densest, paragraphs);
    }

    /**
     * Walks the article in document order, one block per paragraph-like element; loose text and
     * inline elements between blocks make blocks of their own. The walk keeps its own stack, as
     * a page may nest deeper than the thread's.
     */
    private static void collect(Element root, List<RawBlock> out, int firstLine) {
        Deque<Level> stack = new ArrayDeque<>();
        stack.push(new Level(root));
        while (!stack.isEmpty()) {
            Level level = stack.peek();
            if (level.next == level.children.size()) {
                level.flush(out);
                stack.pop();
                continue;
            }
            Node child = level.children.get(level.next++);
            if (child instanceof TextNode t) {
                level.append(t.text(), lineOf(t, firstLine));
                continue;
            }
            if (!(child instanceof Element e)) {
                continue;
            }
            String tag = e.tagName();
            // a list item is walked, not taken whole, so the blocks inside it stay blocks
            if ((tag.equals("blockquote") || QUOTE_CLASS.matcher(e.className()).find()) && repeatsTheArticle(root, e)) {
                // a pull quote: "“I was a skinny eleven-year-old…” Ryan Kilbride", said in full above
                continue;
            }
            if (BLOCKS.contains(tag) && !tag.equals("li")) {
                level.flush(out);
                String text = MarkdownReader.normaliseSpace(e.text());
                if (!text.isEmpty()) {
                    out.add(RawBlock.marked(text, lineOf(e, firstLine), tag.matches("h[1-6]"), null));
                }
            } else if (tag.equals("br")) {
                level.flush(out);
            } else if (INLINE.contains(tag)) {
                level.append(e.text(), lineOf(e, firstLine));
            } else {
                level.flush(out);
                stack.push(new Level(e));
            }
        }
    }

    /**
     * Whether a block quote's first paragraph is said elsewhere in the article too, quote marks
     * aside: then it repeats the article, as a pull quote does, and is not its text.
     */
    private static boolean repeatsTheArticle(Element root, Element quote) {
        Element first = quote.selectFirst("p");
        String text = first != null ? first.text() : quote.text();
        // "“…which bench.” Katrin Lohmeyer, Thuringia premier": the quote, not the name under it
        Matcher opening = OPENING_QUOTE.matcher(text);
        if (opening.find()) {
            text = opening.group(1);
        }
        // "…a lot of attitude." repeats "“…a lot of attitude,” Kilbride told": the ending may differ
        String said = withoutQuoteMarks(text).replaceFirst("[.,;:!?…]+$", "");
        if (said.length() < 20) {
            return false;
        }
        String all = withoutQuoteMarks(root.text());
        // "A crowd is not wallpaper…" repeats "…“But a crowd is not wallpaper…”": an excerpt taken
        // from inside a sentence gets a capital, so its first letter is not compared
        String rest = said.substring(1);
        int at = all.indexOf(rest);
        return at >= 0 && all.indexOf(rest, at + 1) >= 0;
    }

    private static String withoutQuoteMarks(String text) {
        return MarkdownReader.normaliseSpace(QUOTE_MARKS.matcher(text).replaceAll(""));
    }

    /** One element being walked: where its children are up to, and its loose text so far. */
    private static final class Level {
        final List<Node> children;
        int next;
        final StringBuilder loose = new StringBuilder();
        int looseLine;

        Level(Element e) {
            this.children = e.childNodes();
        }

        void append(String text, int line) {
            if (loose.length() == 0) {
                looseLine = line;
            }
            loose.append(text);
        }

        void flush(List<RawBlock> out) {
            String text = MarkdownReader.normaliseSpace(loose.toString());
            if (text.length() > 1) {
                out.add(RawBlock.marked(text, looseLine, false, null));
            }
            loose.setLength(0);
        }
    }

    /** The file line a node starts on, or 0 when the parser did not say. */
    private static int lineOf(Node n, int firstLine) {
        Range r = n.sourceRange();
        return r.isTracked() ? firstLine + r.start().lineNumber() - 1 : 0;
    }

    private JsonNode articleJsonLd(Document doc) {
        for (Element s : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode node = json.readTree(s.data());
                JsonNode found = findArticle(node);
                if (found != null) {
                    return found;
                }
            } catch (IOException e) {
                // a broken JSON-LD block is common on the web; the meta tags still count
            }
        }
        return null;
    }

    private static JsonNode findArticle(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                JsonNode f = findArticle(n);
                if (f != null) {
                    return f;
                }
            }
            return null;
        }
        if (node.has("@graph")) {
            return findArticle(node.get("@graph"));
        }
        String type = node.path("@type").asText("");
        return type.endsWith("Article") || type.equals("BlogPosting") || type.equals("Report") ? node : null;
    }

    private static String authorOf(JsonNode ld) {
        if (ld == null || !ld.has("author")) {
            return null;
        }
        JsonNode a = ld.get("author");
        if (a.isArray() && !a.isEmpty()) {
            a = a.get(0);
        }
        return a.isTextual() ? a.asText() : a.path("name").asText(null);
    }

    private static String text(JsonNode ld, String field) {
        return ld == null ? null : ld.path(field).asText(null);
    }

    private static String meta(Document doc, String name) {
        Elements m = doc.select("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]");
        return m.isEmpty() ? null : m.first().attr("content");
    }

    /** "Headline | Site" and "Headline - Site" are how pages title themselves. */
    private static String withoutSiteName(String title) {
        String[] parts = title.split("\\s+[|–—-]\\s+");
        return parts.length > 1 ? parts[0] : title;
    }

    private static String h1(Document doc) {
        // the first h1 in the page, wherever it is; "article h1" would walk up from every element
        Element h = doc.selectFirst("h1");
        return h == null ? null : h.text();
    }

    private static String timeAttr(Document doc) {
        Element t = doc.selectFirst("time[datetime]");
        return t == null ? null : t.attr("datetime");
    }

    static LocalDate parseDate(String s) {
        if (blank(s)) {
            return null;
        }
        String v = s.strip();
        try {
            return OffsetDateTime.parse(v).toLocalDate();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(v.length() >= 10 ? v.substring(0, 10) : v);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (!blank(v)) {
                return v;
            }
        }
        return null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String clean(String s) {
        return s == null ? null : MarkdownReader.normaliseSpace(s.toLowerCase(Locale.ROOT).equals("null") ? "" : s);
    }
}
