package dev.chorus.extract;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

import java.util.ArrayList;
import java.util.List;

/** Markdown bodies: flexmark parses and renders; raw HTML inside is cleaned by jsoup. */
final class MarkdownReader {
    private final Parser parser;
    private final HtmlRenderer renderer;
    private final Safelist safelist = Safelist.relaxed().removeTags("img").addTags("figure", "figcaption");

    MarkdownReader() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                AutolinkExtension.create()));
        options.set(HtmlRenderer.SOFT_BREAK, " ");
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    /** The '#' title (or null) and the body blocks. */
    record Result(String title, int titleLine, List<RawBlock> blocks) {
    }

    Result read(String body, int firstLine) {
        Node doc = parser.parse(body);
        String title = null;
        int titleLine = 0;
        List<RawBlock> blocks = new ArrayList<>();
        for (Node node = doc.getFirstChild(); node != null; node = node.getNext()) {
            int line = firstLine + node.getStartLineNumber();
            if (node instanceof ThematicBreak || node instanceof HtmlCommentBlock) {
                continue;
            }
            if (node instanceof Heading h) {
                String text = plain(h);
                if (h.getLevel() == 1 && title == null && blocks.isEmpty()) {
                    title = text;
                    titleLine = line;
                } else if (!text.isBlank()) {
                    blocks.add(new RawBlock(text, line, true, null));
                }
                continue;
            }
            String html;
            String text;
            if (node instanceof HtmlBlock) {
                html = Jsoup.clean(node.getChars().toString(), safelist);
                text = Jsoup.parse(html).text();
            } else {
                html = renderer.render(node).strip();
                if (html.indexOf('<', 1) >= 0 && containsRawHtml(node)) {
                    html = Jsoup.clean(html, safelist);
                }
                text = plain(node);
            }
            if (!text.isBlank()) {
                blocks.add(new RawBlock(normaliseSpace(text), line, false, html));
            }
        }
        return new Result(title, titleLine, blocks);
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

    static String normaliseSpace(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
