package dev.chorus.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts a Markdown paragraph's HTML where its plain text is cut, so that a quote inside
 * emphasis or a link can be set off like a quote in raw text. Each run is balanced: tags open
 * at a cut are closed at the end of one run and opened again at the start of the next, so
 * {@code <em>a “b</em> c”} becomes {@code <em>a </em>} and {@code <em>“b</em> c”}.
 */
final class HtmlRuns {
    private static final Set<String> INLINE = Set.of("a", "abbr", "b", "cite", "code", "del", "em", "i", "ins",
            "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "u", "var");
    private static final Set<String> EMPTY = Set.of("br", "img", "wbr");

    private final String html;
    private final String text;
    private final List<String> runs = new ArrayList<>();
    private final List<String[]> open = new ArrayList<>();
    private final List<String> pending = new ArrayList<>();
    private StringBuilder run = new StringBuilder();
    private boolean unbalanced;

    private HtmlRuns(String html, String text) {
        this.html = html;
        this.text = text;
    }

    /**
     * The inner HTML of {@code <p>…</p>} cut at {@code cuts} (ascending offsets into the text it
     * shows): one run more than there are cuts. Null when the HTML is not one paragraph of
     * inline markup (a list, a table, a quote block) or does not show exactly {@code text}:
     * such a block is shown whole.
     */
    static List<String> cut(String html, String text, int[] cuts) {
        if (html == null || !html.startsWith("<p>") || !html.endsWith("</p>")) {
            return null;
        }
        return new HtmlRuns(html, text).cut(cuts);
    }

    private List<String> cut(int[] cuts) {
        int end = html.length() - "</p>".length();
        int t = 0;
        int next = 0;
        for (int h = "<p>".length(); h < end; ) {
            char c = html.charAt(h);
            if (c == '<') {
                int close = html.indexOf('>', h);
                if (close < 0 || close >= end) {
                    return null;
                }
                String tag = html.substring(h, close + 1);
                if (!known(tag)) {
                    return null;
                }
                pending.add(tag);
                h = close + 1;
                continue;
            }
            int unitEnd;
            char shown;
            if (c == '&') {
                int semi = html.indexOf(';', h);
                if (semi < 0 || semi - h > 10) {
                    return null;
                }
                int decoded = entity(html.substring(h + 1, semi));
                if (decoded < 0 || decoded > 0xFFFF) {
                    return null;
                }
                shown = (char) decoded;
                unitEnd = semi + 1;
            } else {
                shown = c;
                unitEnd = h + 1;
            }
            boolean space = Character.isWhitespace(shown);
            if (space && (t >= text.length() || text.charAt(t) != ' ')) {
                // a run of white space the text shows as one space, or none at either end
                flushPending();
                run.append(html, h, unitEnd);
                h = unitEnd;
                continue;
            }
            if (t >= text.length() || !space && text.charAt(t) != shown) {
                return null;
            }
            while (next < cuts.length && cuts[next] <= t) {
                if (cuts[next] < t) {
                    return null;
                }
                cutHere();
                next++;
            }
            flushPending();
            run.append(html, h, unitEnd);
            t++;
            h = unitEnd;
        }
        if (t != text.length()) {
            return null;
        }
        while (next < cuts.length) {
            if (cuts[next] != t) {
                return null;
            }
            cutHere();
            next++;
        }
        flushPending();
        if (unbalanced || !open.isEmpty()) {
            return null;
        }
        runs.add(run.toString());
        return runs;
    }

    /** Closing tags met since the last character end the run; opening ones start the next. */
    private void cutHere() {
        int i = 0;
        while (i < pending.size() && pending.get(i).startsWith("</")) {
            apply(pending.get(i));
            i++;
        }
        List<String> rest = new ArrayList<>(pending.subList(i, pending.size()));
        pending.clear();
        for (int j = open.size() - 1; j >= 0; j--) {
            run.append("</").append(open.get(j)[0]).append('>');
        }
        runs.add(run.toString());
        run = new StringBuilder();
        for (String[] tag : open) {
            run.append(tag[1]);
        }
        pending.addAll(rest);
    }

    private void flushPending() {
        for (String tag : pending) {
            apply(tag);
        }
        pending.clear();
    }

    /** Writes a tag into the run and keeps track of the open ones. */
    private void apply(String tag) {
        run.append(tag);
        String name = name(tag);
        if (tag.startsWith("</")) {
            if (open.isEmpty() || !open.get(open.size() - 1)[0].equals(name)) {
                unbalanced = true;
                return;
            }
            open.remove(open.size() - 1);
        } else if (!EMPTY.contains(name) && !tag.endsWith("/>")) {
            open.add(new String[] {name, tag});
        }
    }

    private boolean known(String tag) {
        String name = name(tag);
        if (EMPTY.contains(name)) {
            return !tag.startsWith("</");
        }
        return INLINE.contains(name);
    }

    private static String name(String tag) {
        int from = tag.startsWith("</") ? 2 : 1;
        int to = from;
        while (to < tag.length() && Character.isLetterOrDigit(tag.charAt(to))) {
            to++;
        }
        return tag.substring(from, to).toLowerCase(java.util.Locale.ROOT);
    }

    /** The character an entity stands for; -1 for one this does not know. */
    private static int entity(String name) {
        switch (name) {
            case "amp": return '&';
            case "lt": return '<';
            case "gt": return '>';
            case "quot": return '"';
            case "apos": return '\'';
            case "nbsp": return '\u00A0';
            default:
        }
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return Integer.parseInt(name.substring(2), 16);
            }
            if (name.startsWith("#")) {
                return Integer.parseInt(name.substring(1));
            }
        } catch (NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
