package dev.chorus.extract;

import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Markdown bodies: flexmark parses and renders; raw HTML inside is cleaned by jsoup. */
final class MarkdownReader {
    /** jsoup needs a base to judge relative links by; it never appears in the output. */
    private static final String CLEAN_BASE = "https://chorus.invalid/";
    private final Parser parser;
    /**
     * The same parser without the autolink extension, for bodies with nothing it could link:
     * it scans all text for addresses, and was two thirds of the time spent parsing.
     */
    private final Parser parserWithoutAutolinks;
    private final HtmlRenderer renderer;
    /** Relaxed formatting, http(s)/mailto links only, no scripts, frames or event handlers. */
    private final Safelist safelist = Safelist.relaxed().addTags("figure", "figcaption").preserveRelativeLinks(true);
    /** chorus.yml's unsafeRawHtml: the author vouches for every file, scripts included. */
    private final boolean trustHtml;

    MarkdownReader() {
        this(false);
    }

    MarkdownReader(boolean trustHtml) {
        this.trustHtml = trustHtml;
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                AutolinkExtension.create()));
        options.set(HtmlRenderer.SOFT_BREAK, " ");
        this.parser = Parser.builder(options).build();
        MutableDataSet plain = new MutableDataSet(options);
        plain.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create()));
        this.parserWithoutAutolinks = Parser.builder(plain).build();
        this.renderer = HtmlRenderer.builder(options).nodeRendererFactory(o -> new BlockMarker()).build();
    }

    /**
     * How long the run of indentation, '>' quote markers and list markers that opens a line may
     * be. Deeper nesting than this is never meant, and flexmark reads nesting recursively and in
     * more than linear time.
     */
    static final int MAX_NESTING_PREFIX = 1000;

    /**
     * The 1-based line (within {@code body}) of the first line nested deeper than
     * {@link #MAX_NESTING_PREFIX} allows, or 0 when there is none.
     */
    static int tooDeeplyNested(String body) {
        int line = 1;
        int i = 0;
        while (i < body.length()) {
            int start = i;
            boolean more = true;
            while (more && i < body.length()) {
                char c = body.charAt(i);
                if (c == ' ' || c == '\t' || c == '>') {
                    i++;
                } else if ((c == '-' || c == '*' || c == '+') && i + 1 < body.length()
                        && (body.charAt(i + 1) == ' ' || body.charAt(i + 1) == '\t')) {
                    i += 2;
                } else {
                    int d = i;
                    while (d < body.length() && d - i < 9 && Character.isDigit(body.charAt(d))) {
                        d++;
                    }
                    more = d > i && d + 1 < body.length() && (body.charAt(d) == '.' || body.charAt(d) == ')')
                            && (body.charAt(d + 1) == ' ' || body.charAt(d + 1) == '\t');
                    if (more) {
                        i = d + 2;
                    }
                }
                if (i - start > MAX_NESTING_PREFIX) {
                    return line;
                }
            }
            int nl = body.indexOf('\n', i);
            if (nl < 0) {
                break;
            }
            i = nl + 1;
            line++;
        }
        return 0;
    }

    /** The '#' title (or null) and the body blocks. */
    record Result(String title, int titleLine, List<RawBlock> blocks) {
    }

    /**
     * @param h1IsTitle whether a first-level heading before any text is the title (it is not
     *                  when front matter already gives one)
     */
    Result read(String body, int firstLine, boolean h1IsTitle) {
        Document doc = (mayHoldAddress(body) ? parser : parserWithoutAutolinks).parse(body);
        String title = null;
        int titleLine = 0;
        List<RawBlock> blocks = new ArrayList<>();
        List<Node> top = new ArrayList<>();
        for (Node node = doc.getFirstChild(); node != null; node = node.getNext()) {
            top.add(node);
        }
        boolean anyRendered = false;
        for (Node node : top) {
            anyRendered |= rendered(node);
        }
        String[] rendered = anyRendered ? renderer.render(doc).split(BLOCK_END, -1) : new String[0];
        int index = -1;
        // flexmark's getStartLineNumber() counts lines from the top for every node: quadratic
        // in the length of the document, and a tenth of all extraction time; counted here once
        int counted = 0;
        int lineIndex = 0;
        for (Node node : top) {
            index++;
            int offset = node.getStartOffset();
            for (int nl = body.indexOf('\n', counted); nl >= 0 && nl < offset; nl = body.indexOf('\n', nl + 1)) {
                lineIndex++;
            }
            counted = Math.max(counted, offset);
            int line = firstLine + lineIndex;
            if (node instanceof ThematicBreak || node instanceof HtmlCommentBlock) {
                continue;
            }
            if (node instanceof Heading h) {
                String text = plain(h);
                if (h1IsTitle && h.getLevel() == 1 && title == null && blocks.isEmpty()) {
                    title = text;
                    titleLine = line;
                } else if (!text.isBlank()) {
                    blocks.add(RawBlock.marked(text, line, true, null));
                }
                continue;
            }
            String html;
            String text;
            if (node instanceof HtmlBlock) {
                html = trustHtml ? node.getChars().toString().strip() : Jsoup.clean(node.getChars().toString(), CLEAN_BASE, safelist);
                text = Jsoup.parse(html).text();
            } else {
                boolean written = plainParagraph(node);
                if (written) {
                    StringBuilder markup = new StringBuilder("<p>");
                    StringBuilder words = new StringBuilder();
                    renderPlain(node, markup, words);
                    html = markup.append("</p>").toString();
                    text = normaliseSpace(words.toString());
                } else {
                    html = index < rendered.length ? rendered[index].strip() : "";
                    text = plain(node);
                }
                if (!trustHtml && (!written && containsRawHtml(node) || html.contains("href=") || html.contains("src="))) {
                    html = Jsoup.clean(html, CLEAN_BASE, safelist);
                }
            }
            if (!text.isBlank()) {
                blocks.add(RawBlock.marked(normaliseSpace(text), line, false, html));
            }
        }
        return new Result(title, titleLine, blocks);
    }

    /**
     * Whether the autolink extension could find anything: it links addresses with a scheme
     * ("://") that are not already a link's destination, ones starting "www." in any case, and
     * e-mail addresses ("@").
     */
    static boolean mayHoldAddress(String body) {
        if (body.indexOf('@') >= 0) {
            return true;
        }
        for (int i = body.indexOf("://"); i >= 0; i = body.indexOf("://", i + 3)) {
            int scheme = i;
            while (scheme > 0 && Character.isLetter(body.charAt(scheme - 1))) {
                scheme--;
            }
            // "[text](https://…)" and "<https://…>" are links already; only a bare address needs linking
            boolean linked = scheme > 0 && body.charAt(scheme - 1) == '<'
                    || scheme > 1 && body.charAt(scheme - 1) == '(' && body.charAt(scheme - 2) == ']';
            if (!linked) {
                return true;
            }
        }
        for (int i = body.indexOf('.'); i >= 3; i = body.indexOf('.', i + 1)) {
            if (body.regionMatches(true, i - 3, "www", 0, 3)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a top-level block's HTML comes from flexmark's renderer. Headings, breaks, comments
     * and HTML blocks are read from the tree, and paragraphs of plain text and emphasis, most of
     * any article, are written by {@link #renderPlain}: rendering them through flexmark was a
     * fifth of all extraction time.
     */
    private static boolean rendered(Node node) {
        return !(node instanceof Heading || node instanceof ThematicBreak || node instanceof HtmlCommentBlock
                || node instanceof HtmlBlock || plainParagraph(node));
    }

    /** A paragraph of nothing but text, soft line breaks and emphasis (strong or not). */
    static boolean plainParagraph(Node node) {
        return node instanceof Paragraph && onlyPlainInlines(node);
    }

    private static boolean onlyPlainInlines(Node parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            boolean plain = n.getClass() == Text.class || n instanceof SoftLineBreak
                    || (n.getClass() == Emphasis.class || n.getClass() == StrongEmphasis.class) && onlyPlainInlines(n);
            if (!plain) {
                return false;
            }
        }
        return true;
    }

    /**
     * Writes a plain paragraph's inlines as flexmark's renderer does (its escaping, a space for a
     * soft break, em and strong tags) into {@code html}, and their text as flexmark collects it
     * into {@code text}.
     */
    private static void renderPlain(Node parent, StringBuilder html, StringBuilder text) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text) {
                // flexmark's unescaping and line-end normalising read the text character by
                // character through its sequences; most text has nothing for them to change
                String raw = text(n.getChars());
                String unescaped = raw.indexOf('\\') < 0 && raw.indexOf('&') < 0 ? raw : Escaping.unescapeString(raw);
                html.append(Escaping.escapeHtml(unescaped.indexOf('\r') < 0 ? unescaped : Escaping.normalizeEOL(unescaped), false));
                text.append(unescaped);
            } else if (n instanceof SoftLineBreak) {
                html.append(' ');
                text.append(n.getChars());
            } else {
                String tag = n instanceof Emphasis ? "em" : "strong";
                html.append('<').append(tag).append('>');
                renderPlain(n, html, text);
                html.append("</").append(tag).append('>');
            }
        }
    }

    /** A sequence's characters, cut from the source string when it is one (flexmark copies them one by one). */
    private static String text(BasedSequence chars) {
        return chars.getBase() instanceof String source
                ? source.substring(chars.getStartOffset(), chars.getEndOffset()) : chars.toString();
    }

    private static boolean containsRawHtml(Node node) {
        for (Node n : node.getDescendants()) {
            if (n instanceof com.vladsch.flexmark.ast.HtmlInline || n instanceof HtmlBlock) {
                return true;
            }
        }
        return false;
    }

    private static String plain(Node node) {
        return normaliseSpace(new TextCollectingVisitor().collectAndGetText(node));
    }

    /** Collapses every run of white space into one space. */
    static String normaliseSpace(String s) {
        if (isNormalSpace(s)) {
            // most text already is: one pass to see, and no copy
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    /** No white space but single spaces between words, none at either end. */
    private static boolean isNormalSpace(String s) {
        boolean afterSpace = true;
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c == ' ') {
                if (afterSpace) {
                    return false;
                }
                afterSpace = true;
            } else if (c < 128 ? c <= ' ' : Character.isWhitespace(c)) {
                return false;
            } else {
                afterSpace = false;
            }
        }
        return !afterSpace || s.isEmpty();
    }

    /**
     * Renders the document as flexmark does, with a marker after each top-level block, so the
     * whole document is rendered once (flexmark renders links only when given a Document) and
     * still splits into one HTML string per block. Input text never holds the marker:
     * control characters are removed when files are read.
     */
    private static final String BLOCK_END = "\u0001";

    private static final class BlockMarker implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Document.class, (doc, context, html) -> {
                for (Node child = doc.getFirstChild(); child != null; child = child.getNext()) {
                    if (rendered(child)) {
                        context.render(child);
                    }
                    html.raw(BLOCK_END);
                }
            }));
        }
    }
}
