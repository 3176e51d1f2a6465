package dev.chorus.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Lines that web pages wrap around an article: comment forms, share and copy-protection
 * notices, empty source links. A line is dropped when a pattern matches all of it.
 */
final class Boilerplate {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** Shipped patterns; chorus.yml's 'boilerplate' adds to them. */
    static final List<String> DEFAULTS = List.of(
            // comment forms (WordPress and friends), in the languages scraped pages come in
            "leave a (reply|comment)( cancel reply)?",
            "(post|submit) (a )?comment",
            "your email address will not be published\\.?( required fields are marked \\*)?",
            "required fields are marked \\*",
            "save my name, email, and website in this browser for the next time i comment\\.?",
            "(comment|name|email|website|e-mail)\\s*\\*?",
            "để lại một bình luận",
            "email của bạn sẽ không được hiển thị công khai\\.?.*",
            "các trường bắt buộc được đánh dấu \\*",
            "laisser un commentaire|laisser une réponse",
            "votre adresse (e-mail|de messagerie) ne sera pas publiée\\.?.*",
            "deja un comentario|deja una respuesta",
            "tu dirección de correo electrónico no será publicada\\.?.*",
            "lascia un commento|lascia una risposta",
            "il tuo indirizzo email non sarà pubblicato\\.?.*",
            "deixe um comentário|deixe uma resposta",
            "o seu endereço de (e-mail|email) não será publicado\\.?.*",
            "hinterlasse einen kommentar|schreibe einen kommentar",
            "deine e-mail-adresse wird nicht veröffentlicht\\.?.*",
            "laat een reactie achter|geef een reactie",
            "оставить комментарий|оставьте комментарий",
            "ваш адрес email не будет опубликован\\.?.*",
            "yorum yap|bir yanıt yazın",
            "tinggalkan komentar|tinggalkan balasan",
            "コメントを残す",
            "发表评论|發表評論",
            "댓글 남기기",
            // page furniture
            "back to top( button)?",
            "scroll to top",
            "you cannot copy content of this page\\.?",
            "(share|share this|share this article)( on (facebook|twitter|x|linkedin|whatsapp))?:?",
            "(facebook|twitter|x|linkedin|pinterest|whatsapp|telegram|reddit|email|print)",
            "(related posts|related articles|read more|read next|you may also like|more from .{0,40}):?",
            // a link to another story: "Also Read: Music label sends legal notice over viral AI covers"
            "(also read|read also|read more|read next|see also|related|must read|more on this story)\\s*:\\s+\\S.{0,200}",
            "click to share on .*",
            // a row of share buttons: "Share Tweet WhatsApp Print", "Facebook · X · Email"
            "(?:share|tweet|whatsapp|print|email|e-mail|facebook|twitter|x|linkedin|pinterest|telegram|reddit|copy link)"
                    + "(?:\\s*[|·•/]?\\s*(?:share|tweet|whatsapp|print|email|e-mail|facebook|twitter|x|linkedin|pinterest|"
                    + "telegram|reddit|copy link)){1,9}",
            // a wire story's credits: "(Reporting by Gabriela Chen in Panama City; Editing by Mark Davies)"
            "\\(\\s*(?:additional )?(?:reporting|writing|editing|compiled|compiling) by [^()]{1,200}\\)",
            // "© 2026 Meridian News Agency. All rights reserved. Republication…"
            "(?:©|\\(c\\)|copyright)\\s*(?:©\\s*)?\\d{4}\\b.{0,280}",
            // the story's short address: "Short link: nilegazette.com/N/561032"
            "short (?:link|url)\\s*:\\s*\\S+",
            "like this:?|loading\\.{3}|loading…",
            // a byline: "By Sam Writer", "By Ana Ruiz and Tom Lee"
            "(?-i)(?:By|BY)\\s+\\p{Lu}[\\p{L}’'.\\-]+(?:\\s+\\p{Lu}[\\p{L}’'.\\-]+){0,3}"
                    + "(?:\\s+and\\s+\\p{Lu}[\\p{L}’'.\\-]+(?:\\s+\\p{Lu}[\\p{L}’'.\\-]+){0,3})?",
            // a source line whose link did not survive scraping
            "\\p{So}?\\s*source\\s*:\\s*view source");

    private final List<Pattern> patterns;

    Boilerplate(List<Pattern> extra) {
        List<Pattern> all = new ArrayList<>();
        for (String p : DEFAULTS) {
            all.add(Pattern.compile(p, FLAGS));
        }
        all.addAll(extra);
        this.patterns = List.copyOf(all);
    }

    boolean matches(String line) {
        String s = line.strip();
        if (s.length() > 300) {
            return false;
        }
        for (Pattern p : patterns) {
            if (p.matcher(s).matches()) {
                return true;
            }
        }
        return false;
    }
}
