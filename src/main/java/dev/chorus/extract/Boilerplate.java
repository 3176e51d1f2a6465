package dev.chorus.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines that web pages wrap around an article: comment forms, share and copy-protection
 * notices, empty source links, and what sits between and after its paragraphs (advertisement
 * markers, links to other stories, pleas to subscribe, credits, time stamps). A line is dropped
 * when a pattern matches all of it, or when it is a row of such lines.
 */
final class Boilerplate {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** Where sites send a story: a share or follow line names one or more. */
    /** A whole name in capitals, two to four words: "Dana Pike", "Ana María Ruiz". */
    private static final String WHOLE_NAME = "\\p{Lu}[\\p{L}’'.\\-]+(?:\\s+\\p{Lu}[\\p{L}’'.\\-]+){1,3}";
    /** An e-mail address. */
    private static final String ADDRESS = "[\\w.+\\-]{1,40}@[\\w\\-]+(?:\\.[\\w\\-]+)+";
    /** A paper's name after its photographer: "The Harbour Star", "Times". */
    private static final String OUTLET = "(?:The\\s+)?\\p{Lu}[\\p{L}&’'.\\-]*(?:\\s+\\p{Lu}[\\p{L}&’'.\\-]*){0,4}";
    private static final String NETWORKS;
    /** A date or a time: "Nov. 19, 2026 at 5:15 p.m.", "30 August 2026", "2:02 AM EST". */
    private static final String DATE;
    /** One of a row of share buttons. */
    private static final String SHARE_BUTTON = "(?:share on \\p{L}+|share|tweet|whatsapp|print|email|e-mail|facebook|twitter|x|"
            + "linkedin|pinterest|telegram|reddit|copy link|send to a friend|print this (?:article|story|page|review)|"
            + "reuse this content)";
    /** "By Sam Writer", "By Ana Ruiz and Tom Lee", "by Anna Ruiz": names only, in capitals whatever the flags. */
    private static final String BYLINE = "(?-i:(?:By|BY|by)\\s+\\p{Lu}[\\p{L}’'.\\-]+(?:\\s+\\p{Lu}[\\p{L}’'.\\-]+){0,3}"
            + "(?:\\s+and\\s+\\p{Lu}[\\p{L}’'.\\-]+(?:\\s+\\p{Lu}[\\p{L}’'.\\-]+){0,3})?)";
    /**
     * A writer's role on a line of its own, with their name and outlet before it or not: "Haaretz Correspondent",
     * "Stephanie Reed BuzzFeed News Reporter", "Owain PrydderchLocal Democracy Reporter" (a page's name and role
     * elements run together). Capitalised words only: "A Letter to the Editor" is a heading.
     */
    private static final String ROLE_LINE = "(?-i:\\p{Lu}[\\p{L}’'.\\-]*(?:\\s+\\p{Lu}[\\p{L}’'.\\-]*){0,6}\\s+"
            + "(?:Reporter|Correspondent|Columnist|Writer|Editor|Journalist|Contributor))";
    private static final Pattern ROLE_ALONE = Pattern.compile(ROLE_LINE);
    /** A wire story's credit: "Reporting by Ana Ruiz in Lima and Tom Lee in Quito". */
    private static final String CREDIT;
    /**
     * The outlet's own accounts, on a line of their own or after its newsletter's line: "For the latest news, follow us
     * on Facebook, X, and Instagram." Only "us", so "follow the council on Facebook for updates" stays a story's.
     */
    private static final String FOLLOW_US;

    static {
        String network = "(?:facebook|twitter|x|linkedin|pinterest|whatsapp|telegram|reddit|viber|bluesky|"
                + "mastodon|flipboard|tumblr|messenger|wechat|weibo|vk|sms|email|e-mail|copy link|print)";
        NETWORKS = network + "(?:(?:\\s*[,|/·•]\\s*|\\s+or\\s+|\\s+and\\s+)(?:by\\s+)?" + network + "){0,12}";
        // tokens apart by a space or a comma, never by nothing, so the pattern reads each character once
        String token = "(?:\\d{1,4}(?:[:./-]\\d{1,4}){0,2}(?:st|nd|rd|th|[ap]\\.?m\\.?)?|[ap]\\.?m\\.?|"
                + "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\\.?|"
                + "(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?|(?-i:[A-Z]{2,4})|at|on|[-–—])";
        DATE = token + "(?:[\\s,]+" + token + "){0,9}";
        // names, not words: "Reporting by the Herald in March showed…" is the story's own sentence
        String name = "(?-i:\\p{Lu}[\\p{L}’'.\\-]+(?:\\s+\\p{Lu}[\\p{L}’'.\\-]+){0,3})";
        String named = name + "(?:\\s+in\\s+" + name + ")?";
        CREDIT = "(?:additional )?(?:reporting|writing|editing|reported|written|edited) by " + named + "(?:(?:,\\s*|\\s+and\\s+)" + named + "){0,4}";
        // the networks a follow line names, with the picture and video ones a share row never has, and an Oxford comma
        String channel = "(?:facebook|twitter|x|instagram|threads|tiktok|youtube|linkedin|bluesky|mastodon|whatsapp|telegram"
                + "|flipboard|snapchat|pinterest)";
        FOLLOW_US = "(?:for (?:the latest|more)\\b[^.!?,;“”\"]{0,40},\\s*)?follow us on " + channel
                + "(?:(?:\\s*,\\s*(?:and |or )?|\\s+(?:and|or)\\s+)" + channel + "){0,8}[.!]?";
    }

    /** A photographer and the outlet they shoot for, run together by a copy: "Carla Peretti The Hamilton Spectator". */
    private static final String NAME_THE_OUTLET = "(?-i:\\p{Lu}[\\p{L}’'\\-]+(?: \\p{Lu}[\\p{L}’'\\-]+){1,2} The(?: \\p{Lu}[\\p{L}’'\\-]+){1,3})";

    /** A site's address as pages print their name: "harbourpost.com", "www.tidewater.co.uk". */
    private static final String SITE = "(?:www\\.)?[\\p{L}\\d][\\p{L}\\d\\-]{1,40}(?:\\.[\\p{L}\\d\\-]{2,40})?\\.(?:com|net|org|news|info|tv|io|co|"
            + "in|ph|ie|ke|ng|ca|au|nz|za|my|sg|pk|uk|us|example)(?:\\.(?:uk|au|nz|za|ph|my|sg|pk|in|ng|ke))?";
    private static final Pattern SITE_ALONE = Pattern.compile(SITE, FLAGS);

    /** A photographer's name and address on a line of their own: "Dana Whitcombe dwhitcombe@harborstar.example". */
    private static final String NAME_AND_ADDRESS = "(?-i:" + WHOLE_NAME + ")\\s+" + ADDRESS;
    private static final Pattern NAME_AND_ADDRESS_ALONE = Pattern.compile(NAME_AND_ADDRESS);
    /** An e-mail address and no more. */
    private static final Pattern ADDRESS_ALONE = Pattern.compile(ADDRESS);

    /**
     * A writer's contact box under a story: their name, a colon and their address, then what they cover or their
     * accounts: "Dana Pike: dpike@harbourpost.example; Dana Pike covers the port for The Harbour Post.", "Dana Pike:
     * 555-0142 or dpike@harbourpost.example". A story's sentence never sets an address straight after a name and a colon.
     */
    private static final Pattern WRITERS_CONTACT = Pattern.compile(
            "(?-i:" + WHOLE_NAME + ")\\s*:\\s*(?:[\\d()\\-. ]{7,20}\\s*(?:or|,|;)\\s*)?"
                    + ADDRESS + "\\.?(?:\\s*[;,.]\\s*.{0,250})?");

    /**
     * Who helped with the story, under it: "Harbour Post reporter Ana Ruiz contributed to this report.", "The Associated
     * Press contributed reporting." One sentence (a stop only after an initial) that ends so.
     */
    private static final Pattern CONTRIBUTED = Pattern.compile(
            "(?:[^.!?“”\"]|(?<=\\b\\p{Lu})\\.){2,150}?\\s(?:contributed|also contributed)\\s+(?:(?:additional\\s+)?reporting|to (?:this|the) (?:report|story|article))"
                    + "(?:\\s+(?:from|in)\\s+(?-i:\\p{Lu})[\\p{L}’'. ,\\-]{1,60})?\\.", FLAGS);

    /** A picture's button, copied over its caption: "Open this photo in gallery:", "Enlarge this image". */
    private static final String PHOTO_BUTTON = "(?:open|view|expand|enlarge|see) (?:this |the )?(?:photo|image|picture|photograph)s?"
            + "(?: in (?:the )?(?:gallery|full ?screen|a new (?:tab|window))| larger)?\\s*:?";
    private static final Pattern PHOTO_BUTTON_ALONE = Pattern.compile(PHOTO_BUTTON, FLAGS);

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
            "(facebook|twitter|x|linkedin|pinterest|whatsapp|telegram|reddit|email|print|link)",
            // the heading of a box of links to other stories, and a link given with it: "Also Read: Music label
            // sends legal notice over viral AI covers", "Related coverage: …", "Read also Data breaches rose 18%"
            "(?:related(?: posts| articles| stories| coverage| content| links| news)?|read more(?: about)?|read next|you may also like|"
                    + "more from .{0,40}|also read|read also|most read|most popular|more stories|top stories|trending(?: now)?|"
                    + "editor's picks)\\s*:?",
            "(?:also read|read also|read more|read next|see also|related(?: stories| coverage| content| articles| posts| reading| links| videos?)?|"
                    + "must read|more on this story|more from [^:]{1,40}|most read|most popular|topics|tags|filed under)"
                    + "\\s*:\\s+\\S.{0,250}",
            "(?:also read|read also)\\s*[:\\-–—]?\\s+\\S.{0,200}",
            "click to share on .*",
            // a row of share buttons: "Share Tweet WhatsApp Print", "Facebook · X · Email", "Share on Facebook Share on X"
            SHARE_BUTTON + "(?:\\s*[|·•/]?\\s*" + SHARE_BUTTON + "){1,9}",
            // a wire story's credits: "(Reporting by Gabriela Chen in Panama City; Editing by Mark Davies)"
            // and an editor's credit under a story: "(Edited by Priya Nair)"
            "\\(\\s*(?:additional )?(?:reporting|writing|editing|compiled|compiling|reported|written|edited) by [^()]{1,200}\\)",
            // "© 2026 Meridian News Agency. All rights reserved. Republication…"
            "(?:©|\\(c\\)|copyright)\\s*(?:©\\s*)?\\d{4}\\b.{0,280}",
            // the story's short address: "Short link: nilegazette.com/N/561032"
            "short (?:link|url)\\s*:\\s*\\S+",
            "like this:?|loading\\.{3}|loading…",
            // a byline: "By Sam Writer", "By Ana Ruiz and Tom Lee"; with the writer's desk or outlet, "By Sophie
            // Rennard, Local Democracy Reporting Service", never a sentence, which has a full stop
            BYLINE,
            BYLINE + "\\s*,\\s*[\\p{L}’'\\- ]{2,60}",
            // a source line whose link did not survive scraping
            "\\p{So}?\\s*source\\s*:\\s*view source",
            // what pages print between and after the paragraphs of a story
            "[-–—_*\\s]*(?:advertisement|advert|ad|sponsored(?: content)?)[-–—_*\\s]*",
            // an advert's own buttons: "Hide Ad", "Close ad", "Report this ad"
            "(?:hide|close|skip|report|remove)(?: this)? (?:ad|ads|advert|advertisement)",
            "(?:members?|subscribers?|premium)[- ]only(?: story| article| content)?|(?:premium|subscriber) (?:story|article|content)",
            // a live page's badge, and the heading of its list of key posts
            "[•●🔴\\s]*live(?: now| updates| blog| coverage)?[•●\\s]*",
            "key (?:events|moments|updates)|summary of key events",
            // "Listen to this article · 4 min", "Read our Privacy notice", "Join our commenting forum"
            "listen to (?:this )?(?:article|story)(?:\\s*[·|•\\-–—]?\\s*\\d{1,3}\\s*min(?:ute)?s?)?",
            "read our privacy (?:notice|policy)|join our (?:commenting forum|community)\\b.{0,80}",
            // a page's own links and players: "Report an error", "Journalistic Standards", "Duration 3′ 56″"
            "report an? (?:editorial |technical )?(?:error|issue|problem|correction)|journalistic standards|editorial standards",
            "(?:advertisement\\s*[·|•\\-–—]\\s*)?scroll to continue(?: with content)?",
            "duration\\s*:?\\s*\\d{1,2}\\s*[′':.]\\s*\\d{1,2}\\s*[″\"]?|add to playlist|subscribe to listen",
            // "Sign up for The Courier’s newsletters Tick the boxes of the newsletters you would like to receive.";
            // a newsletter named for its hour: "Sign up for the Harbour Post Evening Briefing"
            // and the outlet's accounts after it: "Sign up for Reelside's Newsletter. For the latest news, follow us on Facebook,
            // X, and Instagram."
            "sign up for (?:the |our )?[^.!?]{1,60}(?:newsletters?|(?-i:Briefing|Digest|Bulletin))\\.?"
                    + "(?:\\s*sign up|\\s+(?:tick|select|choose|pick)\\b.{0,250}|\\s+" + FOLLOW_US + ")?"
                    + "|follow us\\s*:?\\s*" + NETWORKS + "|" + FOLLOW_US,
            // where the story ran in print, under it: "Published in Dawn, June 27th, 2026", "Appeared in The Post on 3 May 2026"
            "(?:first |originally )?(?:published|appeared|printed)(?: in print)? in (?:the )?(?-i:\\p{Lu})[\\p{L}’'&. ]{1,40}?"
                    + "(?:\\s*,\\s*|\\s+on\\s+)" + DATE + "\\.?",
            // "Reviewed by Hannah Pritchard"
            "(?-i:(?:Reviewed|Words|Text|Interview) by\\s+\\p{Lu}[\\p{L}’'.\\-]+(?:\\s+\\p{Lu}[\\p{L}’'.\\-]+){0,3})",
            // a row of tags: "Animation , Artificial Intelligence , Creative Industry , MDEC"
            "(?-i:\\p{Lu}[\\p{L}&\\-]*(?: [\\p{L}&\\-]+){0,3}(?: , \\p{Lu}[\\p{L}&\\-]*(?: [\\p{L}&\\-]+){0,3}){2,})",
            // what a page prints after its story: the writer's note ("Natalie Grier covers the video game
            // industry for The Capitol Post.", "Jason Liu is a San Francisco Chronicle staff writer covering…"),
            // a correction, a live page's stamp, a wire story's update note and contacts, a paywall's count
            "(?-i:\\p{Lu}[\\p{L}’'\\-]+(?:\\s+\\p{Lu}[\\p{L}’'\\-]+){1,3})\\s+(?:(?:covers|reports on|writes about)\\s+[^.]{2,120}?"
                    // "Lorraine Tate writes obituaries and features for The Harbor Star.": what a writer writes, not a book
                    + "|writes\\s+(?:news|features|obituaries|reviews|columns|profiles|editorials|(?:a|the)\\s+(?:weekly\\s+|monthly\\s+|daily\\s+|regular\\s+)?column)"
                    + "\\b(?:\\s+[^.]{2,120}?)?)"
                    // "Dana Pike covers arts and culture for harbourpost.com and The Harbour Post.": the site by its address
                    + "\\s+for\\s+(?:(?:the\\s+)?(?-i:\\p{Lu})|(?-i:[\\p{Ll}\\d\\-]+)\\.(?:com|org|net|co\\.uk|com\\.au|co\\.nz|ie|ca)\\b)"
                    + "[^.]{0,60}\\.(?:\\s+.{0,200})?",
            // the same note naming the writer's patch, not the paper: "Noel Brandt covers transport and housing in the
            // Riverton area."; the line ends there, so "… in the Riverton area, she said." stays the story's
            "(?-i:\\p{Lu}[\\p{L}’'\\-]+(?:\\s+\\p{Lu}[\\p{L}’'\\-]+){1,3})\\s+(?:covers|reports on|writes about)\\s+[^.,;“”\"]{2,120}?"
                    + "\\s+in\\s+the\\s+(?-i:\\p{Lu})[\\p{L}’'. \\-]{1,40}\\s+(?:area|region)\\.",
            // the note with the writer's address in place of the paper: "Noel Brandt covers transport and housing. Email him
            // at nbrandt@harbourpost.example."; the address tells it from a story's sentence about what someone covers
            "(?-i:\\p{Lu}[\\p{L}’'\\-]+(?:\\s+\\p{Lu}[\\p{L}’'\\-]+){1,3})\\s+(?:covers|reports on|writes about)\\s+[^.“”\"]{2,120}?\\.\\s+"
                    + "(?:e-?mail|contact|reach)\\s+(?:him|her|them)\\s+at\\s+[\\w.+\\-]+@[\\w\\-]+(?:\\.[\\w\\-]+)+\\.?(?:\\s+.{0,150})?",
            "(?-i:\\p{Lu}[\\p{L}’'\\-]+(?:\\s+\\p{Lu}[\\p{L}’'\\-]+){1,3})\\s+is\\s+(?:a|an|the)\\s+[^.]{0,80}?"
                    + "\\b(?:reporter|correspondent|staff writer|writer|editor|columnist|journalist|critic|reviewer|photographer)\\b[^.]{0,120}"
                    + "(?:\\.\\p{L}{2,7}){0,3}\\.(?:\\s+.{0,200})?",
            "(?:a )?correction (?:was|has been) (?:made|appended)\\b.{0,300}|this (?:article|story|page|report) (?:was|has been) "
                    + "(?:amended|corrected|updated)\\b.{0,300}",
            "this (?:page|live blog|blog|story) (?:was last updated|will be updated)\\b.{0,250}",
            // a chain paper's stamp under its story: "This story was originally published September 09, 2026 at 11:05 AM."
            "this (?:story|article) was (?:originally |first )?(?:published|posted)(?: on)?\\s+" + DATE + "\\.?",
            "\\((?:updates?|adds?|recasts?|corrects?|rewrites?)\\b[^()]{1,200}\\)",
            "to contact the (?:reporters?|editors?|authors?) (?:on|responsible for|of) this story\\b.{0,250}",
            "you have read \\d{1,3} of \\d{1,3} free (?:articles|stories)\\b.{0,100}|create a free account\\b.{0,150}",
            "register|sign in|log in|support us|subscribe (?:for|from) [$£€]\\s?\\d.{0,60}|youtube|instagram|tiktok|threads",
            "(?:\\.{3}|…)\\s*we have a small favou?r to ask\\.?",
            // a membership plea's button: "Become a member", "Become a supporter today"
            "become an? (?:member|supporter|subscriber|patron)(?: today| now)?[.!]?",
            // a wire story's helpers
            "subscribe to (?:keep|continue) reading\\b.{0,200}",
            "[—–\\-]\\s*with assistance from\\s+.{1,150}",
            // a list of headlines flattened into numbered lines: "3The 12 best Christmas films to stream"
            "(?-i:\\d{1,2}[\\p{Lu}'‘“][^.!]{5,150})",
            // the BBC's words for the blind, copied with the page: "Image source, Family handout", "Image caption, …"
            "(?:image|video) (?:source|caption|description)\\s*,\\s*.{1,280}",
            // "Updated 2 minutes ago", "Published 3 hours ago"
            "(?:posted|updated|published|last updated)\\s+\\d{1,3}\\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?)\\s+ago",
            "(?:story|article) continues (?:below|after)(?: (?:this )?(?:advertisement|advert|ad))?",
            "(?:view |show |read |see )?(?:all )?(?:\\d+ )?comments?(?:\\s*\\(\\d+\\))?",
            "comments (?:are|have been) (?:closed|disabled|turned off|switched off)\\b.{0,150}",
            "(?:want to |why not )?join the (?:discussion|conversation|debate)\\b.{0,200}",
            // a comment box's prompt whose links the copy lost: "Please or to comment on this article."
            "please\\s+(?:(?:log ?in|sign in|register|subscribe)\\s+)?or\\s+(?:(?:log ?in|sign in|register|subscribe)\\s+)?to (?:comment|reply)\\b.{0,60}",
            "(?:share(?: this)?(?: story| article| post| page| review| live blog| video| report)?)"
                    + "(?:\\s+(?:on|via)\\s+" + NETWORKS + ")?(?:\\s*:\\s*" + NETWORKS + ")?",
            "(?:click here to |tap here to )?follow\\s+[^.!?]{1,60}?\\s+on\\s+" + NETWORKS
                    + "(?:\\s+for\\s+[^.!?]{1,80})?[.!]?",
            // a messaging app's channel, named in the middle: "Follow the Harbour Post WhatsApp channel for the latest news",
            // "Join our Telegram channel"; a sentence that goes on after its "for …" (", residents were told") is a story's
            "(?:click here to |tap here to )?(?:follow|join)\\s+[^.!?,;“”\"]{0,60}?\\b(?:whatsapp|telegram|viber)\\s+(?:channel|group|community)"
                    // "Join the Gazette's WhatsApp Channel and get the latest news and must-reads."
                    + "(?:\\s+(?:for|to get|and get)\\s+[^.!?,;“”\"]{1,80})?[.!]?",
            // "Get the latest news in your inbox. Sign up to our free newsletter here."
            "(?:sign up|subscribe)(?: now| here| today| for free)?[.!]?",
            "(?:[^.!?]{0,160}\\b(?:inbox|newsletter|writes about|updates)\\b[^.!?]{0,60}[.!?]\\s+)?(?:sign up|subscribe)\\b"
                    + "[^.!?]{0,160}\\b(?:newsletter|inbox|email|e-mail|alerts|updates|our|magazine|membership|premium|podcast|channel)\\b"
                    + "[^.!?]{0,80}[.!?]?",
            // the sign-up line with its one sentence of pitch: "Sign up for the Harbour Eats newsletter. Get the week's best
            // openings every Thursday.", "Sign up to our daily newsletter. The Harbour Post newsletter cuts through the noise."
            "(?:sign up|subscribe) (?:for|to)\\b[^.!?“”\"]{1,100}\\bnewsletters?[.!]\\s+"
                    + "(?:get\\b|[^.!?“”\"]{0,80}\\b(?:newsletter|inbox)\\b)[^.!?“”\"]{0,120}[.!]?",
            // "The Gazette is reader-funded. Become a member…": a plea, not a station's funding in a story
            "(?:like this (?:story|article)\\?\\s*)?[^.!?]{1,80}\\bis (?:a |an )?(?:reader|listener|viewer|member|subscriber)"
                    + "[- ](?:funded|supported)\\b[^.!?]{0,120}[.!?]\\s*(?:become|join|subscribe|sign up|donate|support)\\b.{0,250}",
            // wire credits without their brackets: "Reporting by A in Lima; editing by B."
            // "Reported by Ritika Deshpande, Edited by Saurabh Menon"
            CREDIT + "(?:[;,]\\s*" + CREDIT + "){0,3}\\.?",
            "(?:©|copyright)|all rights reserved\\.?|(?:©|copyright)\\s+.{1,100}?all rights reserved\\b.{0,200}",
            // credits and captions of pictures, which are not the story's text
            "(?-i:(?:Photo|Picture|Image|Video)s?\\s+(?:by|via)\\s+\\p{Lu}[\\p{L}’'.\\-]+(?:\\s+\\p{Lu}[\\p{L}’'.\\-]+){0,3})"
                    + "(?:\\s*/\\s*[\\p{L} ]{1,40})?",
            // a credit, not a caption: a caption can name who is who ("Kauri captain Tamati Rāwiri lifts the cup.")
            "(?:(?-i:[A-Z]{2,4})\\s+)?(?:photo|photograph|picture|image|illustration)s?(?:\\s*/\\s*\\p{L}+)?\\s*(?:credit)?\\s*:\\s*[^.]{1,50}",
            "(?:photo |image )?caption\\s*:\\s*.{1,280}",
            // what a browser's select-all copies from a news page around its paragraphs: "Share full
            // article", "SKIP ADVERTISEMENT", "Credit... Jo Levin/The Daily Post", "WATCH NOW", "VIDEO
            // 03:41", "2 minutes ago", "Please enter a valid email address", "A version of this
            // article appears in print on…", "Subscribe now to read the latest news…"
            "share (?:the )?full (?:article|story)|skip advertisement|watch now|video\\s*\\d{1,2}:\\d{2}(?::\\d{2})?",
            "credit\\s*(?:\\.{2,3}|…)\\s*.{1,100}",
            "\\d{1,3}\\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?)\\s+ago",
            "please enter a valid (?:email|e-mail)(?: address)?\\.?",
            "a version of this (?:article|story|review) appears in print\\b.{0,300}",
            "subscribe now to read\\b.{0,200}",
            "listen to (?:this )?(?:article|story)\\s*[·|•\\-–—]?\\s*\\d{1,2}(?::\\d{2})?\\s*min(?:ute)?s?(?:\\s+learn more)?",
            // a picture's credit on a line of its own: "Alex Moreno | Getty Images", "PA", "AFP via Getty Images"
            "(?:(?-i:\\p{Lu}[\\p{L}’'.\\-]+(?:\\s+\\p{Lu}[\\p{L}’'.\\-]+){0,3})\\s*[|/]\\s*)?"
                    + "(?:getty images|afp(?: via getty images)?|reuters|ap photo|ap|pa(?: wire| media)?|shutterstock|alamy|epa)",
            // "Copyright PUNCH.", "All rights reserved. This material…": a page's notice, however it goes on
            "(?:©|copyright)\\s+(?-i:\\p{Lu})[\\p{L}&.\\s]{1,60}|all rights reserved\\b.{0,300}",
            NAME_THE_OUTLET,
            // a caption closed by its picture's credit: "Noreen Walsh behind the bar in 2012. Picture: Brian Lougheed"
            "[^“”\"]{1,250}[.!?]?\\s+(?:picture|photo|pic)(?: credit)?\\s*:\\s*(?-i:(?:\\p{Lu}\\.\\s?){0,3}\\p{Lu})[^.]{1,60}",
            // how long a story takes, and when it was posted: "4 min read", "Listen 4:12", "Updated 9:02 a.m. EST"
            "\\d{1,3}[- ]?min(?:ute)?s?\\s+(?:read|listen)",
            "listen(?: now)?(?:\\s*[:\\-–—]?\\s*\\d{1,2}:\\d{2})?",
            // a picture's button, over its caption: "Open this photo in gallery:", "View image in fullscreen"
            PHOTO_BUTTON,
            // a page's buttons and player, copied as lines of their own: "Save", "Copy link", "READ LATER",
            // "Gift this article", "Print this page", "0:00 / 0:00", "5 min", "Click to email a link to a friend"
            "save|remove|bookmark|copy link|read later|see all|gift (?:this )?(?:article|story)|print this (?:article|story|page)"
                    + "|\\d{1,2}:\\d{2}(?:\\s*/\\s*\\d{1,2}:\\d{2})?|\\d{1,3}\\s*mins?|click to (?:email|print|share)\\b.{0,80}"
                    + "|reuse this content(?:\\s*\\(opens in (?:a )?new (?:window|tab)\\))?|promoted content|sponsored|[|·•●/\\s]+",
            // "Follow", "Follow Us", "Follow Belfast Live": a button naming the outlet, capitals only, no verb after it
            // and the same closed by a colon, over the links the copy lost: "Follow Belfast Live:"
            "follow(?: us)?\\s*:?|(?-i:Follow(?:\\s+\\p{Lu}[\\p{L}’'&\\-]*){1,3})\\s*:?",
            // a newsletter's sign-up box: "This field is required", "Sign up to Headlines US", "after newsletter
            // promotion", "Privacy Notice: Newsletters may contain…", "We use your sign-up to provide content…",
            // "Don't miss out on the latest news. Subscribe to our newsletters."
            "this field is required\\.?|after newsletter promotion|(?:today['’]s |the )?(?:news|headlines|briefing) in \\d{1,3} (?:seconds|minutes)|sign up to (?-i:\\p{Lu})[\\p{L} ]{1,40}"
                    + "|privacy notice\\s*:\\s*newsletters?\\b.{0,250}|we use your sign-up\\b.{0,250}"
                    + "|don['’]t miss out on the latest\\b[^.!?]{0,60}[.!]\\s*subscribe\\b.{0,100}"
                    // the same tout alone on its line, under the tags: "Don't miss out on the latest news and information."
                    + "|don['’]t miss out on the latest (?:news|headlines|stories|updates)(?: and (?:information|updates|analysis|views))?[.!]?",
            // a comment box's lines: "Comments - Please login in order to comment.", "Please keep comments
            // respectful…", "Comments have to be in English…", "Log in to comment", "Jump to comments section"
            "comments?\\s*[-–—:]\\s*please (?:log ?in|sign in|register)\\b.{0,100}|please keep (?:your )?comments\\b.{0,200}"
                    + "|comments (?:have|need|must) to be\\b.{0,200}|(?:log ?in|sign in|register) to (?:comment|reply)\\b.{0,40}"
                    + "|add your comment\\b.{0,60}|jump to (?:the )?comments?(?: section)?|comment(?:ing)? (?:guidelines|policy|rules)"
                    // a comment widget's notices, copied with it: "Your comment has not been saved"
                    + "|your comment (?:has|had) (?:not )?been (?:saved|posted|submitted|received)\\.?|your comment is awaiting moderation\\.?",
            // "Published at : 2026-11-19": "at" before a date, as before a time
            "(?:live\\s*)?(?:posted|updated|published|last updated|first published|originally published|last modified)(?:\\s+(?:on|at))?\\s*[:\\-–—]?\\s*"
                    + DATE + "(?:\\s*[,|]\\s*(?:updated|last updated|modified)(?:\\s+on)?\\s*[:\\-–—]?\\s*" + DATE + ")?",
            // a count on a line of its own, the comments button's ("42"), and a live blog's post stamp ("16.05 AEDT", "6:30 p.m. CT")
            // and one without its zone ("10:42 pm")
            "\\d{1,6}|\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?\\s+(?-i:[A-Z]{2,5})|\\d{1,2}[:.]\\d{2}\\s*[ap]\\.?m\\.?",
            // a platform's prompts around its story: "Continue reading", "Click the alert icon to follow topics:", "Get
            // email notification for articles from Ana Ruiz Follow", "Note from the author:"
            // and a syndicated copy's last line, pointing at the story where it first ran: "Click here to read the full article."
            "continue reading(?: (?:the )?(?:full |main )?(?:article|story))?"
                    + "|(?:click|tap) here to (?:read|view|see) the (?:full|whole|complete|original) (?:article|story)(?: here)?[.!]?"
                    + "|(?:click|tap)(?: on)? the (?:alert|bell|follow|plus|\\+) "
                    + "(?:icon|button)\\b.{0,120}|(?:get|receive) (?:an )?e-?mail (?:notifications?|alerts?) (?:for|of|about|when|from|on)\\b.{1,120}"
                    + "|(?:a )?note from the (?:author|editor|writer|reporter)s?\\s*:?",
            // a sponsored link's headline, which points at its offer without naming it: "Homeowners in Sunderland are
            // switching to this new energy tariff", "Pensioners across Kent who drive should try this simple trick";
            // a story's own sentence ends on a stop, and a heading names what it speaks of
            "(?:many |thousands of )?(?:homeowners|pensioners|drivers|seniors|retirees|residents|households|motorists|brits"
                    + "|americans|families|renters|people) (?:in|across|from|living in) (?-i:\\p{Lu}[\\p{L}’'\\-]*(?: \\p{Lu}[\\p{L}’'\\-]*){0,3})"
                    + " (?:are|who|can|should|have)\\b[^.!?]{0,100}\\bthis (?:new|simple|one|little|clever|cheap|genius|free|tiny|unusual)\\b[^.!?]{0,60}",
            // an embedded post's or a picture's credit: "Instagram: @harbourlights", "Courtesy of Hannah Okoro"
            "(?:instagram|twitter|x|tiktok|threads|bluesky|youtube|facebook|flickr)\\s*:\\s*@[\\w.\\-]{1,40}"
                    + "|courtesy of (?-i:\\p{Lu}[\\p{L}&’'.\\-]*(?:\\s+\\p{Lu}[\\p{L}&’'.\\-]*){0,6})",
            // a newsletter box: "Stay informed with free updates", "Unlock the Editor’s Digest for free", "Enter your email
            // address", "ABC Central Victoria — Get our local newsletter", "Get the latest … delivered to your inbox every
            // morning.", "…emailed direct to you every morning", "The FT’s editor selects her favourite stories in this weekly
            // newsletter.", "Subscribe to comment and get the full experience.", "Subscribe to CNBC PRO"
            // and the box's heading and field alone: "Get the latest news", "Enter email"
            "stay informed with free updates|unlock (?:the )?[\\p{L}’' ]{1,40} for free|enter (?:your )?e-?mail(?: address)?(?: here)?"
                    + "|(?:get|receive) (?:the|our) latest (?:news|headlines|stories|updates)[.!]?"
                    + "|subscribe to comment\\b.{0,120}"
                    + "|(?:don['’]t miss (?:these|the latest) (?:insights|stories) from|subscribe to) (?-i:\\p{Lu}{2,}(?: \\p{Lu}{2,}){0,2})",
            "add to my\\s?\\p{L}{2,6}",
            // a messaging channel's promo: "Get the latest news from Harbour Times on WhatsApp", "Join the latest updates on Telegram"
            "(?:get|receive|follow|join)(?: all)? the latest (?:news|updates|headlines|stories)(?: from [\\p{L}’'&. ]{1,40})?"
                    + " on (?:whatsapp|telegram|google news|viber|signal)(?: channel)?[.!]?",
            // an app's promo and a page's social links: "Take Us With You", "Real-time updates and all local stories you want
            // right in the palm of your hand.", "Like Life & Style on Facebook, follow @ETLifeandStyle on Twitter for the latest…"
            "take us with you|(?:real-time|breaking|live|the latest) (?:updates|news|stories)\\b.{0,100}\\bin the palm of your hand\\.?"
                    + "|(?-i:Like) (?:us|(?-i:\\p{Lu})[\\p{L}&’'. ]{0,40}) on facebook(?:\\s*[.!]?|\\s*[,.!]?\\s*(?:and )?follow\\b.{0,200})",
            // a link to another story in the outlet's name, and a page's topics: "Read more in Daily Maverick: “…”: Inside…",
            // "Read related topics:Sydney"
            "read (?:more|also)\\s+(?:in|on|from|at)\\s+[\\p{L}’'. ]{1,40}:\\s*\\S.{0,250}|read related topics?\\s*:.{0,150}",
            // an appeal and a print edition's advert: "Support Daily Maverick" (capitalised words only), "Available at select
            // retailers every Saturday."
            "(?-i:Support(?:\\s+\\p{Lu}[\\p{L}’'&\\-]*){1,3})|available (?:at|in|from) (?:select|selected|participating|all good) "
                    + "(?:retailers|stores|newsagents|outlets|bookshops)\\b.{0,80}",
            // an appeal closing a story, and a tabloid's tip line: "I hope you appreciated this article. Before you move
            // on, I wanted to ask if you would consider supporting our journalism.", "GOT A STORY? RING The Sun on…",
            // "Our Standards: The Thomson Reuters Trust Principles."
            "i hope you (?:appreciated|enjoyed|valued) this (?:article|story|piece|report)\\b.{0,300}"
                    + "|got a story\\?.{0,250}|our standards\\s*:.{0,100}"
                    // the newsroom's appeal under a story, a question and where to write: "Do you have a story about school
                    // costs? Email newsdesk@…"; an address or "get in touch" after it, so a reader's question in a story stays
                    + "|(?:do you have|have you got) (?:a |any )?(?:story|news|information|tip|pictures?|photos?|videos?)\\b[^.!?“”\"]{0,100}\\?\\s*"
                    + "(?:(?:please )?(?:e-?mail|contact|send|write to|message)(?: us)?(?: at| on| to)?\\s*:?\\s*" + ADDRESS
                    + "|(?:please )?get in touch\\b)[^“”\"]{0,150}"
                    // a print edition's promo: "Now you can read the Harbour Ledger ePaper anytime, anywhere."
                    + "|(?:now )?(?:you can )?(?:read|get|access|subscribe to) (?:the |our )?(?:(?-i:\\p{Lu})[\\p{L}’'&. ]{0,40} )?e-?paper\\b[^.!?“”\"]{0,80}[.!]?",
            // a page's footer links: "Terms & conditions | Institutional Subscriber", "Licensing & Reprints", "Privacy Policy"
            "terms (?:&|and) conditions|terms of (?:use|service)|privacy (?:policy|statement)|cookie (?:policy|settings|preferences)"
                    + "|contact us|about us|advertise with us|institutional subscriber|licensing (?:&|and) reprints",
            // a paper's buttons, labels and boxes around its story: "Synopsis", "Rate Story", "Font Size", "...more", "Agencies"
            // (a picture's credit), "Posted" (over its date), "Share this on:", "Subscribe to ET Prime", "Daily Sabah Newsletter",
            // a link set as "Read: Film festival adds a section for streaming" (its headline may open on a quotation, "READ:
            // ‘We will not close’: Traders…"), "(Catch all the Business News…)", "Download The Economic Times News App to
            // get…", "Keep up to date with what's happening in…", "You can unsubscribe at any time…"
            "synopsis|rate (?:this )?(?:story|article)|font size|text size|change (?:font |text )?size|(?:\\.{2,3}|…)\\s*(?:read )?more|agencies"
                    + "|(?:posted|published|updated|last updated|first published)(?:\\s+on)?\\s*:?"
                    + "|share(?: this)?(?: article| story| post)? on\\s*:?|(?-i:Subscribe to(?: \\p{Lu}[\\p{L}’'&\\-]*){1,3})"
                    + "|(?-i:(?:\\p{Lu}[\\p{L}’'&\\-]*\\s+){1,4})newsletters?|read\\s*:\\s+[‘'“\"]?(?-i:\\p{Lu}).{0,200}",
            "\\((?:catch all the|you can now subscribe to)\\b[^()]{0,250}\\)?"
                    + "|(?-i:Download) (?:the |our )?(?-i:\\p{Lu})[\\p{L}’'&. ]{0,60}\\bapps?\\b.{0,150}"
                    + "|(?:keep|stay) up to date with what['’]s happening\\b[^.!?]{0,150}[.!]?"
                    + "|you can unsubscribe at any time\\b.{0,250}|by signing up,? you (?:are )?agree(?:ing)? to\\b.{0,250}"
                    // a newsletter box's consent under its field: "By providing your information, you agree to our Terms of Use…"
                    + "|by (?:providing|submitting|entering) your (?:information|details|e-?mail(?: address)?),? you (?:are )?(?:agree|consent)(?:ing)? to\\b.{0,250}",
            // a page's footer: the outlet's owner before its copyright ("Harbour Post is a part of Kestrel Media Group.
            // © 2026 Harbour Post, LLC. All Rights Reserved."), the site's terms ("Use of and/or registration on any portion of
            // this site constitutes acceptance of our User Agreement."), a paywall's plea ("Our journalism needs your support.
            // Subscribe today to harbourpost.example."), a button to give the story away ("Gift an article to a friend or family member")
            "(?-i:\\p{Lu})[\\p{L}&’'. ]{1,60} is (?:a |an )?(?:part|member|division|subsidiary|unit|brand) of [^.!?“”\"]{1,80}\\.\\s+"
                    + "(?:©|copyright)\\s*©?\\s*\\d{4}\\b.{0,250}"
                    + "|use of (?:and/or registration on )?(?:any (?:portion|part) of )?this (?:site|website) constitutes (?:your )?acceptance of\\b.{0,300}"
                    + "|(?:our|local|quality|independent) journalism needs your support[.!]?(?:\\s+(?:please )?(?:subscribe|support|donate|become|join)\\b[^“”\"]{0,150})?"
                    + "|gift (?:this|an?) (?:article|story)(?: to (?:a friend|friends|someone)(?: or (?:a )?family(?: member)?)?)?[.!]?",
            // copyright lines: "© News Pty Limited 2025. All times AEDT (GMT +11).", "2025 Chicago Tribune. Visit
            // chicagotribune.com. Distributed by…", "Daily Maverick © All Rights Reserved", "©The Indian Express Pvt Ltd"
            "©\\s*(?-i:\\p{Lu})[\\p{L}&’'. ]{1,60}(?:\\d{4}\\b.{0,200})?|\\d{4}\\s+(?-i:\\p{Lu})[\\p{L}&’' ]{1,40}\\.\\s+visit\\s+\\S+.{0,200}"
                    + "|[\\p{L}&’' ]{1,40}\\s©\\s*all rights reserved\\.?");

    /**
     * A row of furniture on one line, "Share | Print | Comments (38)" or "8 min read · 30 August
     * 2026": each part is dropped on its own, or is a date beside parts that are.
     */
    private static final Pattern ROW = Pattern.compile("\\s+[|·•/]\\s+");
    /** The heading of a list of other stories' headlines, which a page copied from a browser brings along. */
    private static final Pattern LINK_LIST_HEADING = Pattern.compile("(?i)(?:most read|most popular|most viewed|more stories"
            + "|top stories|trending(?: now)?|editor's picks|you may also like|you might also like|related(?: stories| articles)?(?: from (?:the )?[\\p{L}' ]{1,40})?"
            + "|more from [\\p{L}' ]{1,40}|read next|read more|read also|latest news|more about|more on this story|related topics|topics|tags"
            + "|see also|also read|explore more on (?:these|this) topics?|more in this section|latest from [\\p{L}' ]{1,30}"
            + "|next in [\\p{L}' ]{1,30}|up next|read more about|trending news|related tags|recommended(?: for you)?|popular now"
            + "|related (?:content|coverage|links|posts|reading)|more coverage|more related stories|top news|trending nationally"
            + "|follow the topics in this article|explore our coverage of [\\p{L}' ]{1,40}|most viewed"
            + "|keywords|keep going!?|top trending stories|trending stories|read more news on|related news|more news"
            // "Must Read Stories", and a section's own list under its name, capitalised: "More in Education" ("More in store" is a subhead)
            + "|must read(?: stories)?|more in (?-i:\\p{Lu})[\\p{L}&' ]{1,30}"
            // the outlet by its name or its address: "Read more at straitstimes.com", "Read more from The Harbour Post"
            + "|read more (?:at|from|on) (?:" + SITE + "|(?:the )?(?-i:\\p{Lu})[\\p{L}&’' ]{1,40}))\\s*:?");
    private static final Pattern DATE_ALONE = Pattern.compile(DATE, FLAGS);
    /** A line that is a date and no more: "Sat 21 Nov 2026 19.42 GMT", "Thu., Nov. 20, 2026 timer 4 min. read". */
    private static final Pattern DATE_LINE = Pattern.compile(DATE + "(?:\\s+(?:timer\\s+)?\\d{1,3}\\s*min(?:ute)?s?\\.?\\s+read)?", FLAGS);
    /** A date and its time set apart by a bar, as some pages print them under the byline: "November 15, 2026 | 12:00am". */
    private static final Pattern DATE_BAR_TIME = Pattern.compile(DATE + "\\s*\\|\\s*" + DATE, FLAGS);
    /** A date, then when it was updated: "Nov 18, 2026 Updated Nov 18, 2026 6:47 p.m.". */
    private static final Pattern DATE_THEN_UPDATED = Pattern.compile(DATE + "\\s*[,|·•]?\\s+(?:updated|last updated)\\s*:?\\s*" + DATE, FLAGS);
    /** What makes a date of a line: a year or a month. */
    private static final Pattern YEAR_OR_MONTH = Pattern.compile("\\d{4}|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", FLAGS);
    /** A plea for money: "Support us from just 1 pound a month.", "We are funded by our readers…". */
    private static final Pattern PLEA = Pattern.compile("\\b(?:(?:support us|support the [\\p{L} ]{1,30}|become a (?:supporter|member"
            + "|subscriber))\\b.{0,60}\\b(?:a|per|each) (?:month|year|week)\\b|(?:we are|we're) (?:funded|supported) by (?:our )?readers\\b"
            // "Independent journalism costs money. Support Times of Malta for the price of a coffee.": the plea ends the line
            + "|(?:^|[.!?]\\s)\\s*support (?:us|the [\\p{L} ]{1,30}|(?-i:\\p{Lu}[\\p{L}’'&\\-]*(?:\\s+(?:of\\s+|the\\s+)?\\p{Lu}[\\p{L}’'&\\-]*){0,3}))"
            + " (?:for|from) (?:just |only |as little as |less than )?(?:the price of|[$£€]\\s?\\d)[^.!?]{0,60}[.!]?$)", FLAGS);

    /**
     * A caption whose picture credit a browser's copy glued to its last stop: "… in Toronto on
     * Oct. 29.Fred Lum/The Globe and Mail". A story's sentence never ends so.
     */
    private static final Pattern GLUED_CREDIT = Pattern.compile(
            "[\\p{Ll}\\d)][.!?]\\p{Lu}[\\p{L}’'\\-]+(?: \\p{Lu}[\\p{L}’'\\-]+){1,2}/(?:The )?\\p{Lu}[\\p{L}&’' ]{1,40}$");

    /**
     * A caption closed by its picture's credit in brackets: "… on Monday. (Photo: Thapelo Mkhize)", "(Image: Pacemaker)",
     * "(Express Photo by Arul Horizon)", "(Credit: Harbour Film Society)"; after a stop, a credit of a name for an outlet
     * or an outlet's desk: "… on Nov. 12. (Jae C. Hong for The Washington Post)", "(ABC Central Victoria: Hamish
     * Corrigan)", "(Anna Ruiz / The Kyiv Post)", "(Anna Ruiz, The Kyiv Post)".
     */
    private static final Pattern BRACKETED_CREDIT = Pattern.compile(
            "(?:\\((?:[\\p{L}’'.]+\\s){0,2}(?:photo|image|picture|pic|photograph)s?(?:\\s+by\\s+|\\s*:\\s*)[^()]{1,60}"
                    // "… on its opening night in 2025 (Credit: Harbour Film Society)": the word capitalised, a name after it
                    + "|\\((?-i:Credit|CREDIT)s?\\s*:\\s*(?-i:\\p{Lu})[^()]{1,60}"
                    + "|[.!?]\\s+\\((?-i:\\p{Lu})[\\p{L}’'. ]{1,40}(?:\\sfor\\s|:\\s*|\\s*/\\s*|,\\s*)(?-i:\\p{Lu})[\\p{L}&’'. ]{1,40}"
                    + "|[.!?]\\s+\\((?:[\\p{L}’'.]+\\s){1,2}(?:photo|photograph|picture|pic|image)s?|[.!?]\\s+\\((?:getty images|shutterstock|alamy|istock)"
                    // a caption closed by its picture agency with no stop: "… during a training session in Perth (PA)"
                    + "|[\\p{L}\\d]\\s\\((?:pa(?: wire| media)?|afp(?: via getty images)?|getty images|reuters|ap(?: photo)?|epa(?:-efe)?|shutterstock|alamy|istock))\\)$",
            FLAGS);

    /**
     * A film's or a show's picture captioned with its title and its studio or channel: "The Long Quiet (Harbourlight
     * Pictures)", "Night Ferry (Netflix)". Capitalised, with no stop before the bracket.
     */
    private static final Pattern TITLE_AND_STUDIO = Pattern.compile(
            "(?-i:\\p{Lu})[^().!?:;“”\"]{1,80}\\s\\((?-i:\\p{Lu})[\\p{L}’'&. \\-]{0,40}?\\b(?:pictures|films?|studios?|entertainment|productions?"
                    + "|releasing|distribution|media|images|photos?|television|tv|handout|supplied|netflix|hbo|prime video|apple tv\\+?|disney\\+?)\\)",
            FLAGS);
    /** A caption closed by a photographer and an outlet in square brackets: "… in Ol Kalou. [Kipchumba Ngeno, Standard]". */
    private static final Pattern SQUARE_CREDIT = Pattern.compile(
            "[.!?]\\s+\\[\\p{Lu}[\\p{L}’'.\\- ]{1,40},\\s*\\p{Lu}[\\p{L}&’'. ]{1,40}\\]$"
                    // or by who lent it: "… on the day they received it. [Courtesy of Lena Okafor]"
                    + "|[.!?]\\s+\\[(?:Courtesy of|COURTESY OF) \\p{Lu}[\\p{L}&’'.\\- ]{1,60}\\]$");
    /**
     * A site's footer, whatever it prints before its copyright, closed by "All rights reserved": "Licence No. 12/2026.
     * Published by Kestrel Media Ltd, Co. Regn. No. 1234567K. Copyright © 2026 Kestrel Media Ltd. All rights reserved."
     * One line quoting no one, with "©" and a year.
     */
    private static final Pattern FOOTER_WITH_COPYRIGHT = Pattern.compile(
            "[^“”\"]{1,200}?©\\s*\\d{4}\\b[^“”\"]{0,100}?all rights reserved\\.?", FLAGS);

    /** A caption closed by a copyright credit: "Julian Marsh, the chief executive: “…” © Charlie Webb/FT". */
    private static final Pattern COPYRIGHT_CREDIT = Pattern.compile(
            "\\s©\\s*\\p{Lu}[\\p{L}’'.\\- ]{1,40}(?:/[\\p{L}&’'. ]{1,40})?$");

    /**
     * A picture's credit on a line of its own: "Photograph: Kyle Ellison/AP", "Credit... Jo Levin/The Daily Post",
     * "Alex Moreno | Getty Images", "Carla Peretti The Hamilton Spectator"; the paper's own photographer by their post:
     * "Photo: Ada Kwan/Staff photographer".
     */
    private static final Pattern PICTURE_CREDIT;

    static {
        String name = "(?-i:\\p{Lu}[\\p{L}’'.\\-]*(?:\\s+\\p{Lu}[\\p{L}’'.\\-]*){0,3})";
        // "PHOTO: HARBOUR MARINE TRUST", "HP PHOTO: DANA REYES": a body's name in capitals runs longer than a person's,
        // and the outlet's initials may stand before the word
        String named = "(?:(?-i:[A-Z]{2,4})\\s+)?(?:photo(?:graph)?|picture|pic|image|credit)s?(?:\\s+credit)?(?:\\s*(?::|\\.{2,3}|…)|\\s+by)\\s*"
                // "Photo: Ana Ruiz/Staff photographer": a paper's own photographer
                + "(?:" + name + "|(?-i:\\p{Lu}[\\p{Lu}’'.&\\-]*(?:\\s+\\p{Lu}[\\p{Lu}’'.&\\-]*){4,5}))" + "(?-i:\\s*[/|]\\s*\\p{Lu}[\\p{L}’'.&\\-]*(?:\\s+\\p{Lu}[\\p{L}’'.&\\-]*){0,4}"
                + "|\\s*/\\s*(?:Staff|Contributing|Freelance) photographer)?";
        PICTURE_CREDIT = Pattern.compile(named
                // "Picture by Ana Ruiz/Presseye", and in brackets, "(Photo by Ana Ruiz/The Harbour Star)"; an agency's or
                // outlet's short name and the photographer in brackets: "(HP/Ana Ruiz)", "(Antara/Ana Ruiz)"
                + "|\\(" + named + "\\)|\\((?-i:\\p{Lu}[\\p{L}&.\\-]{0,20})\\s*/\\s*" + name + "\\)"
                + "|(?-i:\\p{Lu}[\\p{L}’'.\\-]+(?:\\s+\\p{Lu}[\\p{L}’'.\\-]+){0,3})\\s*[|/]\\s*"
                    + "(?:getty images|afp(?: via getty images)?|reuters|ap(?: photo)?|pa(?: wire| media)?|shutterstock|alamy|epa)"
                + "|" + NAME_THE_OUTLET, FLAGS);
    }

    /**
     * Newsletter lines that may start anywhere: "ABC Central Victoria — Get our local newsletter", "Get the latest …
     * delivered to your inbox every morning.", "…emailed direct to you every morning", "The FT’s editor selects her
     * favourite stories in this weekly newsletter." Tried only on a line that holds "newsletter" or " to you": in the
     * shipped patterns' alternation, their open start made every line of every article cost a hundred steps more.
     */
    private static final Pattern NEWSLETTER = Pattern.compile(
            "[^.!?“”\"]{0,60}\\bget our (?:free |local |daily |weekly )?newsletters?"
                    + "|[^.!?“”\"]{0,160}\\b(?:delivered|emailed|sent|straight|direct)(?: directly| direct| straight)? to (?:your inbox|you)\\b[^.!?“”\"]{0,60}[.!]?"
                    + "|[^.!?“”\"]{0,160}\\bin this (?:weekly |daily |monthly |fortnightly )?newsletter\\.?"
                    // "Get the latest headlines straight to your inbox. Sign up now." (here, not in the
                    // shipped patterns every short line is tried against, for its free start)
                    + "|[^.!?“”\"]{0,160}\\b(?:inbox|newsletter)\\b[^.!?“”\"]{0,60}[.!?]\\s+(?:sign up|subscribe)(?: now| here| today| for free)?[.!]?"
                    // "Get more business news by signing up for our Business Updates newsletter.": the box's line, in the imperative
                    + "|(?:get|receive|for|stay|keep|want|don['’]t miss)\\b[^.!?“”\"]{0,100}\\b(?:by |when you )?(?:sign(?:ing)? up|subscrib(?:e|ing)|register(?:ing)?)"
                    + " (?:for|to) (?:our|the)\\b[^.!?“”\"]{0,60}\\bnewsletters?[.!]?"
                    // "Get the latest Harbour news in your inbox every morning.": the box's line, in the imperative, ending on the
                    // inbox or on how often; "Get rid of what you do not know in your inbox first, the officer advised." is a story's
                    + "|(?:get|receive)\\b[^.!?“”\"]{0,100}\\b(?:in|into) your inbox"
                    + "(?:\\s+(?:every|each|twice a|once a|three times a)\\s+\\p{L}+|\\s+daily|\\s+weekly|\\s+for free)?[.!]?", FLAGS);

    private final List<Pattern> patterns;

    Boilerplate(List<Pattern> extra) {
        List<Pattern> all = new ArrayList<>();
        // one pattern of alternatives, each in a group of its own so that its inline flags stay in
        // it: a matcher per shipped pattern for every short line was 6% of extraction
        all.add(Pattern.compile(String.join("|", DEFAULTS.stream().map(p -> "(?:" + p + ")").toList()), FLAGS));
        all.addAll(extra);
        this.patterns = List.copyOf(all);
    }

    /**
     * Whether {@code text} heads a list of other stories' headlines ("Most read", "Explore more on
     * these topics"), whose lines after it are the list's, however many.
     */
    static boolean linkListHeading(String text) {
        return LINK_LIST_HEADING.matcher(text).matches();
    }

    /** A reading time: "3 min read", "4 min. read". */
    private static final Pattern READING_TIME = Pattern.compile("\\d{1,3}[- ]?min(?:ute)?s?\\.?\\s+read", FLAGS);

    /**
     * Whether {@code line} is a date, a time or a reading time and no more ("13 Nov 2025", "October 28, 2025 -
     * 1:47PM", "3 min read"), which a pasted page prints under its byline.
     */
    static boolean dateLine(String line) {
        return line.length() <= 80 && ((DATE_LINE.matcher(line).matches() || DATE_BAR_TIME.matcher(line).matches())
                && YEAR_OR_MONTH.matcher(line).find() || READING_TIME.matcher(line).matches());
    }

    /** A date under the word that stamps it: "Published 6:15 a.m. ET Dec. 2, 2026", "Updated: 21 November 2026". */
    private static final Pattern STAMPED_DATE_LINE = Pattern.compile(
            "(?:published|updated|posted|first published|last updated)(?:\\s+on)?\\s*:?\\s*" + DATE, FLAGS);

    /** Whether {@code line} is a date with the word that stamps it and no more, which a pasted page prints under its byline. */
    static boolean stampedDateLine(String line) {
        return line.length() <= 80 && STAMPED_DATE_LINE.matcher(line).matches() && YEAR_OR_MONTH.matcher(line).find();
    }

    /** A live page's post stamp on a line of its own: "7:42 p.m.", "16.05 AEDT", "14:20". */
    private static final Pattern POST_STAMP = Pattern.compile(
            "\\d{1,2}[:.]\\d{2}\\s*[ap]\\.?m\\.?(?:\\s+(?-i:[A-Z]{2,5}))?|\\d{1,2}[:.]\\d{2}\\s+(?-i:[A-Z]{2,5})|\\d{1,2}:\\d{2}", FLAGS);

    /** Whether {@code line} is a time and no more, the stamp a live page sets over each post. */
    static boolean postStamp(String line) {
        return line.length() <= 20 && POST_STAMP.matcher(line).matches();
    }

    /** Whether {@code line} is a writer's role, with or without their name: "Harbour Post Correspondent". */
    static boolean roleLine(String line) {
        if (line.length() > 100 || !ROLE_ALONE.matcher(line).matches()) {
            return false;
        }
        // "Why I Quit As A Reporter", "Life As A Freelance Writer": a heading in capitals has small words a name lacks
        for (String word : line.split("\\s+")) {
            if (TITLE_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.Set<String> TITLE_WORDS = java.util.Set.of("A", "An", "As", "I", "My", "Our", "Your", "Is", "Was",
            "Why", "How", "What", "When", "Who", "To", "In", "On", "For", "And", "With", "At", "From", "Be", "Being", "Become", "Becoming",
            "Meet", "Life", "Letter", "Letters", "Dear", "Ask", "Or", "Not", "No");

    /** Whether {@code line} is a picture's button ("Open this photo in gallery:"), which a pasted page prints over its caption. */
    static boolean photoButton(String line) {
        return line.length() <= 60 && PHOTO_BUTTON_ALONE.matcher(line).matches();
    }

    /** Whether {@code line} is a picture's credit alone, which a pasted page prints just after its caption. */
    static boolean pictureCredit(String line) {
        return line.length() <= 120 && PICTURE_CREDIT.matcher(line).matches();
    }

    /**
     * A credit that only the caption just above makes one: "Kayla Brennan for NY Post", "Rick Madonik/Toronto Star",
     * "Kayla Brennan, The Harbour Herald", "Ada Kwan/Staff photographer", "Supplied". Alone, "New Hope for Ballymena" could be a heading.
     */
    private static final Pattern CREDIT_UNDER_CAPTION = Pattern.compile(
            "(?-i:" + WHOLE_NAME + ")\\s*(?:\\sfor\\s|/)\\s*"
                    + "(?-i:" + OUTLET + ")"
                    // "Dana Reyes, The Harbour Star Tribune", "Dana Reyes, Harbour Herald": the photographer and the paper after a
                    // comma, the paper named by a word papers are named by ("Mabel Ferris, Glenrowan" signs a reader's letter)
                    + "|(?-i:" + WHOLE_NAME + ",\\s*(?:The\\s+)?(?:\\p{Lu}[\\p{L}&’'.\\-]*\\s+){0,3}"
                    + "(?:Tribune|Times|Post|Herald|News|Journal|Gazette|Chronicle|Star|Press|Guardian|Courier|Telegraph|Standard|Examiner"
                    + "|Observer|Mirror|Express|Record|Globe|Mail|Inquirer|Dispatch|Bulletin|Sun|Register|Sentinel|Advertiser|Argus|Echo"
                    + "|Monitor|Leader))"
                    // "Ada Kwan/Staff photographer": the paper's own photographer, named by the post and not the paper
                    + "|(?-i:" + WHOLE_NAME + ")\\s*/\\s*(?:staff|contributing|freelance) photographer"
                    // "Courier file photo", "Staff photo": the outlet's own picture
                    // "Contributed": a picture the family or a reader lent the paper
                    + "|supplied|handout|contributed(?: photo(?:graph)?)?|(?:(?-i:\\p{Lu})[\\p{L}&’'.\\-]*(?:\\s+(?-i:\\p{Lu})[\\p{L}&’'.\\-]*){0,2}\\s+)?(?:file|staff|family) photo(?:graph)?"
                    + "|courtesy(?: of)? (?-i:\\p{Lu})[\\p{L}&’'. ]{1,60}"
                    // a picture agency's name, alone: "Getty Images", "AFP via Getty Images", "Shutterstock"
                    + "|(?:(?-i:\\p{Lu})[\\p{L}&’'. ]{1,30}\\s+via\\s+)?getty images(?:\\s+for\\s+(?-i:\\p{Lu})[\\p{L}&’'. ]{1,40})?"
                    + "|shutterstock|alamy(?: stock photo)?|istock(?:photo)?|ap photo"
                    // "Harbourpost.com / Lito Ramos", "Dana Whitcombe dwhitcombe@harborstar.example"
                    + "|" + SITE + "\\s*/\\s*(?-i:\\p{Lu}[\\p{L}’'.\\-]+(?:\\s+\\p{Lu}[\\p{L}’'.\\-]+){0,3})|" + NAME_AND_ADDRESS, FLAGS);

    static boolean creditUnderCaption(String line) {
        if (line.length() > 80) {
            return false;
        }
        Matcher bracketed = SQUARE_BRACKETED.matcher(line);
        if (bracketed.matches()) {
            String inner = bracketed.group(1);
            return CREDIT_UNDER_CAPTION.matcher(inner).matches() || PHOTOGRAPHER_BAR_OUTLET.matcher(inner).matches();
        }
        return CREDIT_UNDER_CAPTION.matcher(line).matches();
    }

    /**
     * A credit some papers set in square brackets under a caption, spaced: "[ Family photo ]", "[ DANA REYES | Times ]",
     * "[ Courtesy of Ana Ruiz ]". What is inside is one of the credits above, or a photographer and the paper
     * after a bar.
     */
    private static final Pattern SQUARE_BRACKETED = Pattern.compile("\\[\\s*([^\\[\\]]{2,76}?)\\s*\\]");
    private static final Pattern PHOTOGRAPHER_BAR_OUTLET = Pattern.compile(
            WHOLE_NAME + "\\s*\\|\\s*" + OUTLET);

    /** Whether {@code line} is a name and an e-mail address and no more: a photographer's credit, or a writer's contact. */
    static boolean nameAndAddress(String line) {
        return line.indexOf('@') > 0 && line.length() <= 100 && NAME_AND_ADDRESS_ALONE.matcher(line).matches();
    }

    /**
     * A writer's box on a platform that counts their stories: "Dana Whitcombe (1,204 Articles Published)". Only a name
     * before the count.
     */
    private static final Pattern ARTICLES_PUBLISHED = Pattern.compile(
            "(?-i:\\p{Lu}[\\p{L}’'.\\-]+(?:\\s+\\p{Lu}[\\p{L}’'.\\-]+){0,3})\\s*\\(\\d[\\d,.]*k?\\s+(?:articles|posts|stories)\\s+published\\)", FLAGS);

    /** A credit on a line of its own that is never a heading: "Rick Madonik/Toronto Star", "Supplied", "Handout". */
    private static final Pattern CREDIT_ALONE = Pattern.compile(
            "(?-i:" + WHOLE_NAME + ")\\s*/\\s*"
                    + "(?-i:" + OUTLET + ")"
                    + "|supplied|handout|file photo"
                    // the site's address and the photographer's name: "Harbourpost.com / Lito Ramos"
                    + "|" + SITE + "\\s*/\\s*(?-i:\\p{Lu}[\\p{L}’'.\\-]+(?:\\s+\\p{Lu}[\\p{L}’'.\\-]+){0,3})", FLAGS);

    /**
     * A comment box's policy, told as a sentence: "The Telegraph values your comments but kindly requests all posts are on
     * topic, constructive and respectful.", "Comments are moderated and generally will be posted if they are on-topic and
     * not abusive.", "We welcome reader comments… Please keep the conversation civil." Only with a word of the policy after
     * it ("on topic", "respectful", "civil", "abusive"…), so "The council values your comments on the plan" stays.
     */
    private static final Pattern COMMENT_POLICY = Pattern.compile(
            "(?:(?:the )?[\\p{L}’'.&]+(?: [\\p{L}’'.&]+){0,3} values? (?:your|our readers['’]|readers['’]) comments|comments are (?:pre-?)?moderated"
                    // "We welcome reader comments on the topics in our articles. Please keep the conversation civil."
                    + "|we welcome (?:your |reader |readers['’] |our readers['’] )?comments)"
                    + "\\b.{0,200}?\\b(?:on[- ]topic|respectful|civil|civility|abusive|offensive|commenting policy|comment policy"
                    + "|community (?:guidelines|standards))\\b.{0,150}", FLAGS);

    /**
     * A caption closed by its picture's credit after "Credit:" or, after a stop, "Courtesy of": "Eleanor Marsh celebrates
     * with supporters at the count Credit: Ian Forsyth/Getty Images", "Marisol Vega on set in 2025. Courtesy of Marisol
     * Vega", or after a stop, "Source:": "The lido's new changing rooms. Source: Carrow Town Council" (a picture's source,
     * which a story's sentence does not end on). One line of 250 characters or fewer, quoting no one; the credit a
     * capitalised name and no sentence after it.
     */
    private static final Pattern CREDITED_CAPTION = Pattern.compile(
            "[^“”\"]{1,250}?(?:\\s(?-i:Credit|CREDIT)\\s*:|[.!?]\\s+(?-i:Courtesy|COURTESY) of|[.!?]\\s+(?-i:Source|SOURCE)\\s*:)\\s*"
                    + "(?-i:(?:\\p{Lu}\\.\\s?){0,3}\\p{Lu})[\\p{L}&’'\\- ]{0,40}(?:\\s*[/|,]\\s*(?-i:\\p{Lu})[\\p{L}&’'.\\- ]{1,40})?", FLAGS);

    /**
     * A caption closed by its photographer's name in capitals and address: "Miami Surge head coach Ray Calloway reacts
     * during the second half on Tuesday. MATIAS OCNER mocner@miamiherald.example"
     */
    private static final Pattern CAPTION_WITH_ADDRESS = Pattern.compile(
            "[^“”\"]{1,250}[.!?]\\s+(?-i:\\p{Lu}[\\p{Lu}’'\\-]+(?:\\s+\\p{Lu}[\\p{Lu}’'.\\-]*){1,3})\\s+" + ADDRESS);

    /**
     * A caption with no stop closed by its photographer's name in brackets: "Andreas Constantinou with his goats near
     * Kathikas (Christos Theodorides)". One phrase with a word in small letters, no sentence, label or quote inside; the name
     * two or three capitalised words ("Court: Berlin Labour Court (Arbeitsgericht Berlin)" and "Dimas Saputra (The Jakarta
     * Post)" are not captions).
     */
    private static final Pattern CAPTION_BRACKETED_NAME = Pattern.compile(
            "(?=[^()]*\\s\\p{Ll})[^“”\".!?():]{10,200}[\\p{L}\\d]\\s\\((?-i:\\p{Lu}[\\p{Ll}’'\\-]+(?:\\s\\p{Lu}[\\p{Ll}’'\\-]+){1,2})\\)");

    /**
     * A caption closed by its picture's source after a stop: "The studio's main soundstage in Burbank. Image via Harbour
     * Film School". The source capitalised words to the end of the line, no sentence after; the caption one line of 250
     * characters or fewer, quoting no one.
     */
    private static final Pattern CAPTION_IMAGE_VIA = Pattern.compile(
            "[^“”\"]{1,250}?[.!?]\\s+(?-i:(?:Image|Photo|Picture|Photograph|Screenshot|Video)s?)\\s+via\\s+"
                    + "(?-i:\\p{Lu}[\\p{L}\\d&’'.\\-]*(?:\\s+(?:of\\s+|the\\s+|and\\s+|&\\s+)?\\p{Lu}[\\p{L}\\d&’'.\\-]*){0,5})"
                    + "(?:\\s*/\\s*(?-i:\\p{Lu})[\\p{L}&’'. \\-]{1,40})?");

    boolean matches(String line) {
        String s = line.strip();
        if (s.indexOf(" | ") > 0 && pipedItems(s)) {
            return true;
        }
        if (s.indexOf(";;") > 0 && joinedBox(s)) {
            return true;
        }
        if ((s.startsWith("Hi") || s.startsWith("Hello") || s.startsWith("Support") || s.startsWith("SUPPORT")) && appeal(s)) {
            return true;
        }
        if (s.startsWith("If you") && affiliateNote(s)) {
            return true;
        }
        if (s.length() > 300) {
            return false;
        }
        if (anyMatches(s)) {
            return true;
        }
        // tried apart from the patterns above, each only where a cheap look finds its words: a
        // pattern free to start anywhere in the line, in that one alternation, was tried at every
        // character of every line
        if ((s.indexOf("upport") >= 0 || s.indexOf("ecome a") >= 0 || s.indexOf("funded by") >= 0) && PLEA.matcher(s).find()) {
            return true;
        }
        if ((s.indexOf("ewsletter") >= 0 || s.indexOf("EWSLETTER") >= 0 || s.indexOf(" to you") >= 0 || s.indexOf("nbox") >= 0 || s.indexOf("NBOX") >= 0)
                && NEWSLETTER.matcher(s).matches()) {
            return true;
        }
        if (s.endsWith(")") && s.length() <= 250 && CAPTION_BRACKETED_NAME.matcher(s).matches()) {
            return true;
        }
        if (s.indexOf('@') > 0 && s.length() <= 330 && CAPTION_WITH_ADDRESS.matcher(s).matches()) {
            return true;
        }
        if (nameAndAddress(s)) {
            return true;
        }
        // a writer's address alone under their byline: "newsdesk@harbourpost.example"; a story never says one as a paragraph
        if (s.indexOf('@') > 0 && s.length() <= 80 && ADDRESS_ALONE.matcher(s).matches()) {
            return true;
        }
        if (s.indexOf('@') > 0 && s.indexOf(':') > 0 && s.length() <= 330 && WRITERS_CONTACT.matcher(s).matches()) {
            return true;
        }
        if (s.indexOf("ontributed") > 0 && s.length() <= 200 && CONTRIBUTED.matcher(s).matches()) {
            return true;
        }
        // the site's name as its address, printed over its sections: "harbourpost.com"
        if (s.length() <= 50 && s.indexOf('.') > 0 && s.indexOf(' ') < 0 && SITE_ALONE.matcher(s).matches()) {
            return true;
        }
        if ((s.endsWith("ublished)") || s.endsWith("UBLISHED)")) && s.length() <= 80 && ARTICLES_PUBLISHED.matcher(s).matches()) {
            return true;
        }
        if ((s.indexOf("omments") >= 0 || s.indexOf("OMMENTS") >= 0) && COMMENT_POLICY.matcher(s).matches()) {
            return true;
        }
        if (s.length() <= 330 && (s.indexOf("Credit") > 0 || s.indexOf("CREDIT") > 0 || s.indexOf("Courtesy of") > 0 || s.indexOf("COURTESY OF") > 0
                || s.indexOf("Source:") > 0 || s.indexOf("SOURCE:") > 0) && CREDITED_CAPTION.matcher(s).matches()) {
            return true;
        }
        if (s.length() <= 330 && s.indexOf(" via ") > 0 && CAPTION_IMAGE_VIA.matcher(s).matches()) {
            return true;
        }
        if (s.length() <= 80 && DATE_LINE.matcher(s).matches() && YEAR_OR_MONTH.matcher(s).find()) {
            return true;
        }
        if (s.length() <= 80 && s.indexOf("pdated") > 0 && DATE_THEN_UPDATED.matcher(s).matches() && YEAR_OR_MONTH.matcher(s).find()) {
            return true;
        }
        if (s.endsWith(")") && BRACKETED_CREDIT.matcher(s).region(Math.max(0, s.length() - 110), s.length()).find()) {
            return true;
        }
        if (s.startsWith("(") && s.endsWith(")") && pictureCredit(s)) {
            // "(HP/Ana Ruiz)", "(Photo by Ana Ruiz/The Harbour Star)": a picture's credit on the line under its caption
            return true;
        }
        if (s.endsWith(")") && s.length() <= 140 && TITLE_AND_STUDIO.matcher(s).matches()) {
            return true;
        }
        if (s.endsWith("]") && SQUARE_CREDIT.matcher(s).region(Math.max(0, s.length() - 90), s.length()).find()) {
            return true;
        }
        int copyright = s.lastIndexOf('©');
        if (copyright > 0 && COPYRIGHT_CREDIT.matcher(s).region(copyright - 1, s.length()).find()) {
            return true;
        }
        if (copyright > 0 && FOOTER_WITH_COPYRIGHT.matcher(s).matches()) {
            return true;
        }
        if (runTogetherTags(s)) {
            return true;
        }
        if ((s.endsWith("er") || s.endsWith("ent") || s.endsWith("ist") || s.endsWith("or")) && roleLine(s)) {
            return true;
        }
        if (s.length() <= 60 && CREDIT_ALONE.matcher(s).matches()) {
            return true;
        }
        int slash = s.lastIndexOf('/');
        if (slash > 0 && s.length() - slash <= 45 && GLUED_CREDIT.matcher(s).region(Math.max(0, slash - 50), s.length()).find()) {
            return true;
        }
        String[] parts = ROW.split(s);
        if (parts.length < 2) {
            return false;
        }
        boolean furniture = false;
        for (String part : parts) {
            if (anyMatches(part)) {
                furniture = true;
            } else if (!ADDRESS_ALONE.matcher(part).matches()
                    && (part.chars().noneMatch(Character::isDigit) || !DATE_ALONE.matcher(part).matches())) {
                // "By Ana Ruiz | aruiz@harbourpost.example": the writer's address beside their byline
                return false;
            }
        }
        return furniture;
    }

    /**
     * A shop's or a publisher's note on its links, however long: "If you purchase a product or register for an account
     * through a link on our site, we may receive compensation. By using this site, you consent to…".
     */
    private static boolean affiliateNote(String s) {
        return s.indexOf(" link") > 0 && s.indexOf(" we ") > 0
                && (s.indexOf("compensation") > 0 || s.indexOf("commission") > 0 || s.indexOf("affiliate") > 0);
    }

    /**
     * Other stories' headlines, or a page's tags, that a copy ran together with " | " between them: "Man charged after
     * Halfway Tree stabbing | Residents protest water lock-offs | Jazz festival returns", "HARBOUR GAZETTE | Entertainment |
     * Obituary". Three items or more, each starting on a capital or a figure and no longer than a headline: a story's
     * sentence is never cut into such pieces. Read once, however long the line.
     */
    static boolean pipedItems(String s) {
        int items = 0;
        int start = 0;
        while (true) {
            int bar = s.indexOf(" | ", start);
            int end = bar < 0 ? s.length() : bar;
            while (start < end && Character.isWhitespace(s.charAt(start))) {
                start++;
            }
            if (start == end || end - start > 160) {
                return false;
            }
            // "The film opens on Friday. ¶ Share this article: Facebook | X | Email": a sentence before the row is the story's
            for (int i = start; i < end; i++) {
                char c = s.charAt(i);
                if (c == '\n' || c == '.' && i + 1 < end && s.charAt(i + 1) == ' ') {
                    return false;
                }
            }
            char first = s.charAt(start);
            if (!Character.isUpperCase(first) && !Character.isDigit(first) && "‘'“\"".indexOf(first) < 0) {
                return false;
            }
            items++;
            if (bar < 0) {
                return items >= 3;
            }
            start = bar + 3;
        }
    }

    /**
     * A box a copy ran into one line, its parts joined by ";;": "RELATED;; Hollywood deal on AI sets benchmark…;; Filipino
     * animators push for…" (a related label over headlines, each a line of its own and no longer than one), or "SUBSCRIBE TO
     * OUR NEWSLETTER;; Get the latest headlines straight to your inbox. Sign up now." (parts that are each furniture).
     */
    private boolean joinedBox(String s) {
        String[] parts = s.split("\\s*;;\\s*");
        if (parts.length < 2 || parts[0].isBlank()) {
            return false;
        }
        if (linkListHeading(parts[0].strip())) {
            for (int i = 1; i < parts.length; i++) {
                String headline = parts[i].strip();
                if (headline.isEmpty() || headline.length() > 160 || headline.indexOf(". ") >= 0) {
                    return false;
                }
            }
            return true;
        }
        for (String part : parts) {
            if (part.isBlank() || !matches(part)) {
                return false;
            }
        }
        return true;
    }

    /**
     * An appeal for members in the writer's voice or the outlet's, however long: "Hi, this is Ana Ruiz. I write about…
     * If you value our work, please consider becoming a member…", "Support independent journalism in Ukraine. Join us…".
     * "Support for local journalism has collapsed" is a sentence of a story.
     */
    private static final Pattern GREETING = Pattern.compile(
            "(?:hi|hello)[,!]?\\s+(?:this is|it['’]s|i['’]m|i am|my name is)\\s+(?-i:\\p{Lu}[\\p{L}’'\\-]+(?:\\s+\\p{Lu}[\\p{L}’'\\-]+){0,2})[.,!]", FLAGS);
    private static final Pattern SUPPORT_JOURNALISM = Pattern.compile(
            "support\\s+(?:(?:independent|our|quality|local|free|fearless|trusted|investigative|honest|public[- ]interest|reader[- ]funded)\\s+){1,2}"
                    + "(?:journalism|reporting|news)\\b", FLAGS);
    private static final Pattern MEMBERSHIP = Pattern.compile("\\b(?:member|support|donat|subscri|contribut)", FLAGS);

    private static boolean appeal(String s) {
        if (SUPPORT_JOURNALISM.matcher(s).lookingAt()) {
            return true;
        }
        return GREETING.matcher(s).lookingAt() && MEMBERSHIP.matcher(s).find();
    }

    /**
     * A page's tags copied with no space between their links: "Follow Mirror FootballPremier LeagueFootballTransfer
     * News", "Hong Kong film industryArtificial intelligenceJobs". Two words glued where a small letter, after at
     * least three, meets a capital ("McAteer", "YouTube" are not), on a line that ends on no stop and quotes nothing.
     */
    static boolean runTogetherTags(String s) {
        // a handle ("@FunkeAdebayoOfficial") and a quotation are not tags
        if (s.isEmpty() || ".!?…\"”’)".indexOf(s.charAt(s.length() - 1)) >= 0 || s.indexOf('@') >= 0 || s.indexOf('“') >= 0
                || s.indexOf('"') >= 0) {
            return false;
        }
        int glued = 0;
        int lowerRun = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isUpperCase(c) && lowerRun >= 3) {
                glued++;
            }
            lowerRun = Character.isLowerCase(c) ? lowerRun + 1 : 0;
        }
        return glued >= 2;
    }

    private boolean anyMatches(String s) {
        for (Pattern p : patterns) {
            if (p.matcher(s).matches()) {
                return true;
            }
        }
        return false;
    }
}
