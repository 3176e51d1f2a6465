package dev.chorus.serve;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What the server adds to HTML on its way to the browser: a script that listens on the reload
 * channel. It is added to responses only, never written into the site folder.
 */
final class LiveReload {
    static final String PATH = "/__chorus/reload";

    private LiveReload() {
    }

    /**
     * The page remembers the build it came from. On connecting, the server names its current
     * build, so a page served just before a rebuild finished reloads too instead of staying stale.
     * EventSource reconnects by itself when the server restarts.
     */
    static String snippet(long build) {
        return "<script data-chorus-build=\"" + build + "\">(function(){"
                + "var shown=\"" + build + "\";"
                + "var es=new EventSource(\"" + PATH + "\");"
                + "function check(e){if(e.data!==shown){es.close();location.reload();}}"
                + "es.addEventListener(\"build\",check);es.addEventListener(\"reload\",check);"
                + "})();</script>";
    }

    /** Inserts the snippet before the last {@code </body>}, or at the end when there is none. */
    static byte[] inject(byte[] html, long build) {
        String page = new String(html, StandardCharsets.UTF_8);
        int at = page.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        String script = snippet(build);
        String out = at < 0 ? page + script : page.substring(0, at) + script + page.substring(at);
        return out.getBytes(StandardCharsets.UTF_8);
    }

    /** The page every HTML request gets while the last build failed. */
    static byte[] errorPage(String message, long build) {
        String page = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>Build error · Chorus</title>\n"
                + "<style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:50rem;padding:0 1rem;"
                + "color:#222}h1{font-size:1.4rem;color:#a00}pre{white-space:pre-wrap;background:#fff4f4;"
                + "border-left:4px solid #a00;padding:1rem;font-size:.95rem}</style>\n"
                + "</head>\n<body>\n<h1>The site could not be built</h1>\n"
                + "<pre>" + escape(message) + "</pre>\n"
                + "<p>Fix the file and save it: this page reloads by itself when the build succeeds.</p>\n"
                + snippet(build) + "\n</body>\n</html>\n";
        return page.getBytes(StandardCharsets.UTF_8);
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
