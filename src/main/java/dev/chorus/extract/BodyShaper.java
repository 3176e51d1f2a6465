package dev.chorus.extract;

import dev.chorus.model.Faq;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tells apart title, disclaimer, headings, FAQ, source line and paragraphs. */
final class BodyShaper {
    private static final int MAX_HEADING_CHARS = 120;
    private static final int MAX_HEADING_WORDS = 15;
    // Possessive \\s*+ wherever spaces could be shared with a neighbouring quantifier: a long run
    // of spaces would otherwise be tried every way it can be split, in quadratic time.
    private static final Pattern OPINION = Pattern.compile(
            "(?i)^(?:opinion|disclaimer)\\s*+[:|\\-–—]\\s*+.*\\b(opinion|views?|commentary)\\b.*$");
    private static final Pattern QUOTE_MARK = Pattern.compile("[“”\"]");
    /** The heading of a page's summary of its story in a few bullets, above the story. */
    private static final Pattern KEY_POINTS = Pattern.compile("(?i)(?:key (?:points|takeaways)|(?:story )?summary|(?:story )?highlights|at a glance)\\s*:?");
    /** A like button, in a row of a page's buttons: "Follow ¶ Like ¶ Share". */
    private static final Pattern LIKE_BUTTON = Pattern.compile("(?i)like");
    /** The buttons a like button sits among. */
    private static final Pattern ROW_BUTTON = Pattern.compile(
            "(?i)share|follow(?:ed)?|save|saved|comments?|tweet|email|print|copy link|link copied(?: to clipboard)?|bookmark|reply");
    /** A link to a column, set between a story's paragraphs: "Opinion: AI can read a book aloud. It can't tell a story". */
    private static final Pattern OPINION_LINK = Pattern.compile("(?i)opinion\\s*:\\s+(?-i:\\p{Lu})[^“”\"]{5,140}");
    /** What gives a quote just before to someone: a verb of saying, or words pointing back at it. */
    private static final Pattern ATTRIBUTES = Pattern.compile("(?i)\\b(?:said|says|say|told|tells|recalls|recalled|remembers|remembered"
            + "|explains|explained|describes|described|admits|admitted|wrote|writes|asks|asked|insists|insisted|puts it|according to"
            + "|words|that(?:'s| is| was) how|so says|those were|these are)\\b");
    /** A figure set against its label, a line of a story's table: "Earnings per share: 84 cents adjusted vs. 71 cents expected". */
    private static final Pattern LABELLED_FIGURE = Pattern.compile("^[\\p{L} ]{2,40}:\\s*[$£€¥]?\\d");
    /**
     * A story's sentence, not a caption's: told in the past or the future, or reported, or followed by another. The stop
     * of a title or an initial ends no sentence: "… at the RiverCentre in St. Paul on Sunday." is one.
     */
    private static final Pattern TOLD = Pattern.compile("\\b(?:has|had|have|was|were|will|would|said|says|told)\\b"
            + "|(?<!\\b(?:St|Mt|Ft|Dr|Mr|Mrs|Ms|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Prof|Rev|\\p{Lu}))[.!?]\\s+\\p{Lu}");
    private static final Pattern SOURCE = Pattern.compile(
            "(?i)^\\p{So}?\\s*+(?:source|via|originally published (?:at|on|by))\\s*+:?\\s*+(?<url>https?://\\S+)\\s*$");
    private static final String CLOSING = ".!?:;,…";
    private static final String WRAPPERS = "\"“”„«»‘’'()[]*_ ";

    private final Boilerplate boilerplate;

    BodyShaper(Boilerplate boilerplate) {
        this.boilerplate = boilerplate;
    }

    /**
     * @param takeTitle whether the first block is the title (raw text without a front matter
     *                  title); Markdown passes its '#' heading separately
     */
    ShapedBody shape(List<RawBlock> raw, boolean takeTitle) {
        String title = null;
        int titleLine = 0;
        boolean opinion = false;
        String source = null;
        List<RawBlock> kept = new ArrayList<>();
        boolean inLinkList = false;
        // the headlines the list of links now read has given
        int listed = 0;
        boolean inKeyPoints = false;
        java.util.Set<String> said = new java.util.HashSet<>();
        // the credits the page gave its pictures in brackets after their captions ("… on Rye Lane (Harbour Council)")
        java.util.Set<String> credits = new java.util.HashSet<>();
        // the blocks a live page's post stamp stands over
        java.util.Set<RawBlock> stamped = new java.util.HashSet<>();
        // the outlet's name the browser's title line carries after the headline ("… | Harbour News")
        String outlet = null;
        // whether the page printed its headline again under the section names
        boolean headlineAgain = false;
        for (int r = 0; r < raw.size(); r++) {
            RawBlock b = raw.get(r);
            String text = b.text().strip();
            if (inLinkList && (looksLikeHeading(text) || label(text) || headline(text) || sentencesInList(raw, r, text)
                    || headlineOnInitials(raw, r, text) || TEASER_HEADLINE.matcher(text).matches())
                    && !(listed > 0 && subheadAfterList(raw, r, text))) {
                // "Most read ¶ 'I thought the roof would come off': families describe… ¶ Energy bills
                // to rise again in April": the headlines of a list of links, however many; a list of
                // topics may set one in small letters ("Related Topics ¶ Carnatic music ¶ music festival"), and a
                // headline may end on a stop when its words are capitalised ("A Theater Critic Tries to Spot
                // the Machine. He Fails.") or on a question after a label ("Suburban water rates: How much more…?")
                listed++;
                continue;
            }
            inLinkList = Boilerplate.linkListHeading(text);
            listed = 0;
            if (inKeyPoints && !b.marked() && keyPoint(text)) {
                // "Key Points ¶ Ironpeak Games said it will cut about 900 jobs, or 14% of its workforce. ¶ …":
                // a page's summary of the story before it begins, one short sentence a line
                continue;
            }
            inKeyPoints = !b.marked() && KEY_POINTS.matcher(text).matches()
                    && kept.stream().allMatch(k -> looksLikeHeading(k.text().strip()) || standfirst(k.text()));
            if (title != null && !b.marked() && bylineOverDate(raw, r)) {
                // "Zukiswa Mokoena ¶ 13 Nov 2025": the writer's name over the date; the one paragraph kept
                // before it, among the section names and the headline repeated, is the standfirst
                if (kept.stream().filter(k -> !looksLikeHeading(k.text().strip())).count() == 1) {
                    kept.removeIf(k -> !looksLikeHeading(k.text().strip()));
                }
                continue;
            }
            if (!b.marked() && labelOverPipedList(raw, r, text)) {
                // "Don't miss ¶ Ferry fares to rise | Harbour wall repaired | …": the label of a list the copy ran together
                continue;
            }
            if (r > 0 && !b.marked() && text.length() <= 250 && Boilerplate.photoButton(raw.get(r - 1).text().strip())) {
                // "Open this photo in gallery: ¶ Ms. Ferrier with her children in 1975.": the line under a picture's button is its caption
                continue;
            }
            if (!b.marked() && LIKE_BUTTON.matcher(text).matches() && besideButton(raw, r)) {
                // "Follow ¶ Like ¶ Share": the page's buttons; a subhead "Like" alone between paragraphs stays
                continue;
            }
            if (!inLinkList && !text.isEmpty() && !(takeTitle && title == null && pipedTitle(raw, r, text))
                    && boilerplate.matches(text)) {
                Matcher credit = BRACKETED_NAME.matcher(text);
                if (text.endsWith(")") && credit.find()) {
                    credits.add(credit.group(1));
                }
                if (headlineAgain && !b.marked() && !BylineLine.of(text).isEmpty()
                        && kept.stream().filter(k -> !looksLikeHeading(k.text().strip())).count() == 1) {
                    // "… ¶ The Kestrel Arms says its AI quizmaster sells tickets. Some regulars say it spoils the night. ¶
                    // The quizmaster's screen by the bar on Thursday. ¶ (Photo by …) ¶ By Ana Ruiz": the one paragraph
                    // between the headline repeated and the byline, a picture's caption and credit aside, is the standfirst
                    kept.removeIf(k -> !looksLikeHeading(k.text().strip()));
                }
                continue;
            }
            if (inLinkList || text.isEmpty() || title != null && dek(raw, r, title)
                    || title != null && !b.marked() && (caption(raw, r) || creditUnderItsCaption(raw, r)
                    || creditGivenBefore(raw, r, text, credits) || writersNoteByFirstName(raw, r, text))) {
                continue;
            }
            if (outlet != null && !b.marked() && (text.equals(outlet) && captionUnderCredit(raw, nextWithText(raw, r), outlet)
                    || captionUnderCredit(raw, r, outlet))) {
                // "Listen to this article ¶ STV News ¶ The cast take a final bow on Saturday night.": the outlet's own
                // credit over a picture, and the picture's caption under it
                continue;
            }
            Matcher src = SOURCE.matcher(text);
            if (src.matches()) {
                source = source == null ? src.group("url") : source;
                continue;
            }
            if (takeTitle && title == null) {
                title = text;
                titleLine = b.line();
                continue;
            }
            if (title != null && !b.marked() && (text.equals(title) || sameHeadline(text, title))
                    && kept.stream().allMatch(k -> looksLikeHeading(k.text().strip()))) {
                // the headline again under the section names, whatever it ends on ("… This Is How It Ended.") and whatever
                // marks its quote is given in ("… For The Salt Line: ‘I Watched A Stranger Wear My Face’")
                headlineAgain = true;
                if (title.length() > text.length() && outletAfter(plainHeadline(title), plainHeadline(text))) {
                    // the browser's title line carries the site's name ("… | New Statesman"); the page's headline does not
                    outlet = outletName(title);
                    title = text;
                }
                continue;
            }
            if (!b.marked() && text.length() >= 50 && !said.add(text)) {
                // a line the page prints twice ("The chain's net profit rose to Rs 286 crore…" under the headline and
                // again in a summary box): a story never says one of its paragraphs again, so the copy after the first goes
                continue;
            }
            if (title != null && !b.marked() && kept.stream().allMatch(k -> looksLikeHeading(k.text().strip()))
                    && quotedStandfirst(raw, r, text)) {
                // "I Hid My Debt For Six Years ¶ “I thought the next win would fix everything.” ¶ Kerry Ashdown
                // BuzzFeed News Reporter": a quotation alone under the headline, over the byline or told again in
                // the story, is the page's standfirst; a story that opens with a quote goes on to say whose it is
                continue;
            }
            if (headlineAgain && !b.marked() && kept.stream().allMatch(k -> looksLikeHeading(k.text().strip()))
                    && standfirstUnderButtons(raw, r, text)) {
                // "… ¶ Listen to this article ¶ Harbour FM swapped Nora Bexley's breakfast show for a cloned voice. Her listeners
                // have noticed. ¶ For 19 years, mornings on Harbour FM began with Nora Bexley, a former teacher…": a line that
                // names someone the story's first paragraph then introduces is the page's summary, not the story
                continue;
            }
            if (!opinion && kept.size() < 3 && OPINION.matcher(text).matches()) {
                opinion = true;
                continue;
            }
            if (!kept.isEmpty() && !b.marked() && OPINION_LINK.matcher(text).matches()) {
                // "Opinion: AI can read a book aloud. It can't tell a story", standing alone between a
                // story's paragraphs, is a link to a column, not the story's
                continue;
            }
            kept.add(b);
            int before = r - 1;
            while (before >= 0 && raw.get(before).text().isBlank()) {
                before--;
            }
            if (!b.marked() && before >= 0 && Boilerplate.postStamp(raw.get(before).text().strip())) {
                stamped.add(b);
            }
        }
        // a live page: two posts or more, each a title under its time ("7:42 p.m. ¶ Evening update: containment holds")
        long posts = stamped.stream().filter(k -> looksLikeHeading(k.text().strip())).count();

        List<ShapedBody.ShapedBlock> blocks = new ArrayList<>();
        List<Faq> faq = new ArrayList<>();
        boolean interview = answeredInTheFirstPerson(kept);
        boolean inFaq = false;
        String question = null;
        StringBuilder answer = null;
        for (int i = 0; i < kept.size(); i++) {
            RawBlock b = kept.get(i);
            String text = b.text().strip();
            // "Q: …" then "Kettle: …" is an interview printed as questions and answers: its
            // paragraphs stay paragraphs, so the quotes in the answers are found and attributed
            // "Question: …" between "Court: …" and "Ruling expected: …" is a line of a fact box
            boolean isQ = FaqShape.isQuestion(text) && !interview
                    && !(i + 1 < kept.size() && FaqShape.isNameLabelled(kept.get(i + 1).text().strip()))
                    && !(i > 0 && FaqShape.isFactLine(kept.get(i - 1).text().strip()))
                    && !(i + 1 < kept.size() && FaqShape.isFactLine(kept.get(i + 1).text().strip()));
            boolean isA = FaqShape.isAnswer(text);
            if (isQ || (inFaq && question == null && text.endsWith("?") && !b.heading())) {
                addFaq(faq, question, answer);
                question = isQ ? FaqShape.question(text) : text;
                answer = null;
                inFaq = true;
                continue;
            }
            if (isA && question != null) {
                answer = new StringBuilder(FaqShape.answer(text));
                continue;
            }
            // "Earnings per share: 84 cents adjusted vs. 71 cents expected" is a line of the story's table, not a heading
            boolean heading = b.heading() || (!b.marked() && looksLikeHeading(text) && i + 1 < kept.size()
                    && !LABELLED_FIGURE.matcher(text).find());
            boolean beforeStory = !b.marked() && blocks.stream().noneMatch(s -> !s.heading());
            if (beforeStory && !heading && standfirst(text)) {
                // "Route through 41 farms approved by 21 votes to 17 after heated four-hour meeting":
                // a line that ends on no stop before the story's first paragraph is the page's
                // standfirst, however long; the byline and desk after it are then dropped as well
                continue;
            }
            if (b.marked() && !heading && blocks.stream().noneMatch(s -> !s.heading()) && sectionLabel(text)) {
                // "News", "Local news" alone above a saved page's story: the section it is filed under
                continue;
            }
            if (heading && beforeStory && !(posts >= 2 && stamped.contains(b))) {
                // "News ¶ UK Politics ¶ Holly Bancroft ¶ Social Affairs Correspondent ¶ Tuesday 3 March":
                // what a page copied from the browser prints between its headline and its first
                // paragraph is the page's, not headings of the story; on a live page, the first post's title under
                // its time is the story's, as the others are
                continue;
            }
            if (heading) {
                addFaq(faq, question, answer);
                question = null;
                answer = null;
                inFaq = FaqShape.isHeading(text);
                blocks.add(new ShapedBody.ShapedBlock(true, text, null, b.line()));
                continue;
            }
            if (inFaq && answer != null) {
                answer.append("\n\n").append(text);
                continue;
            }
            if (inFaq && question != null) {
                answer = new StringBuilder(text);
                continue;
            }
            inFaq = false;
            blocks.add(new ShapedBody.ShapedBlock(false, text, b.html(), b.line()));
        }
        addFaq(faq, question, answer);
        boolean rawText = kept.stream().noneMatch(RawBlock::marked);
        while (!blocks.isEmpty() && (trailingLabel(blocks.get(blocks.size() - 1))
                || rawText && pageTail(blocks.get(blocks.size() - 1), blocks.size() > 1 ? blocks.get(blocks.size() - 2) : null))) {
            // "Equity ¶ Acting": the topics a page lists after its story, one link each
            blocks.remove(blocks.size() - 1);
        }
        return new ShapedBody(title, titleLine, opinion, blocks, faq, source);
    }

    /**
     * What a pasted page prints after its story: a story never ends on a heading ("Licensing & Reprints ¶ Privacy
     * Policy"), nor on a line after such a heading that ends on no stop and quotes nobody ("Data is a real-time
     * snapshot. Data also provided by"). A short line alone at the end stays a paragraph.
     */
    private static boolean pageTail(ShapedBody.ShapedBlock b, ShapedBody.ShapedBlock before) {
        String text = b.text().strip();
        if (b.heading() || text.isEmpty()) {
            // "FAQ", whose questions and answers follow it, is the story's
            return !FaqShape.isHeading(text);
        }
        char last = text.charAt(text.length() - 1);
        // a paragraph that quotes someone is the story's, whatever it ends on ("“…miss them.” DM", a sign-off)
        return CLOSING.indexOf(last) < 0 && WRAPPERS.indexOf(last) < 0 && text.indexOf('“') < 0 && text.indexOf('"') < 0
                && before != null && before.heading() && !FaqShape.isHeading(before.text().strip());
    }

    /**
     * A story's subhead just under a link the page set between its paragraphs ("Read more: ¶ ‘We lost the lease’: Dockside
     * bakery closes… ¶ Owners count losses ¶ Maria Costa, who has run a café…"): two to five words in sentence
     * case (a capital, then a word in small letters), with no quote, colon or figure, over a paragraph of the story; the
     * words a speaker said, in single marks, are a subhead too ("‘A kick in the teeth’"). A list's headline in capitals
     * ("Studio Chiefs Talk AI"), a topic in small letters and the first line under the label stay the list's.
     */
    private boolean subheadAfterList(List<RawBlock> raw, int r, String text) {
        String[] words = text.split("\\s+");
        int first = text.startsWith("‘") && text.endsWith("’") || text.startsWith("'") && text.endsWith("'") ? 1 : 0;
        if (words.length < 2 || words.length > 5 || text.length() <= first || !Character.isUpperCase(text.codePointAt(first))
                || !looksLikeHeading(text)
                || QUOTE_MARK.matcher(text).find() || text.indexOf(':') >= 0 || text.indexOf('?') >= 0
                || text.chars().anyMatch(Character::isDigit) || boilerplate.matches(text)) {
            return false;
        }
        boolean sentenceCase = false;
        for (int i = 1; i < words.length; i++) {
            sentenceCase |= Character.isLowerCase(words[i].codePointAt(0));
        }
        int next = nextWithText(raw, r);
        if (!sentenceCase || next >= raw.size()) {
            return false;
        }
        String after = raw.get(next).text().strip();
        return after.length() >= 100 && !looksLikeHeading(after) && !boilerplate.matches(after);
    }

    /**
     * A writer's name on a line of its own over a date, a reading time or their role ("Chloe Brennan ¶ 3 min read",
     * "Zukiswa Mokoena ¶ 13 Nov 2025", "Shira Kadosh ¶ Haaretz Correspondent", an author box): a few capitalised
     * words, no digit, no stop.
     */
    private static boolean bylineOverDate(List<RawBlock> raw, int r) {
        String text = raw.get(r).text().strip();
        Matcher desk = NAME_AND_OUTLET.matcher(text);
        if (desk.matches()) {
            // "Lito Ramos - The Harbour Star": the name, then the outlet or desk it writes for
            text = desk.group(1);
        }
        String[] words = text.split("\\s+");
        if (words.length < 2 || words.length > 5 || !looksLikeHeading(text) || text.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        for (String w : words) {
            if (!Character.isUpperCase(w.codePointAt(0))) {
                return false;
            }
        }
        int next = nextWithText(raw, r);
        if (next >= raw.size()) {
            return false;
        }
        String after = raw.get(next).text().strip();
        if (dateUnderByline(after) || Boilerplate.roleLine(after)) {
            return true;
        }
        // "Megan Ashby ¶ Harbour Ledger ¶ Published 6:15 a.m. ET Dec. 2, 2026": a chain's byline, the paper's name between
        // the writer's and the date; "Arya Putri ¶ The Harbour Post ¶ Jakarta ¶ ● ¶ Thu, November 12, 2026": the name over
        // its outlet and its town, a separator, then the date
        for (int i = 0, at = next; i < 3 && at < raw.size(); i++) {
            String line = raw.get(at).text().strip();
            boolean separator = line.codePoints().noneMatch(Character::isLetterOrDigit);
            if (!separator && !papersName(line)) {
                return false;
            }
            at = nextWithText(raw, at);
            if (at < raw.size() && dateUnderByline(raw.get(at).text().strip())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A date as a page prints it under a byline: "13 Nov 2025", "3 min read", "Posted" over it, or "Published 6:15 a.m. ET
     * Dec. 2, 2026".
     */
    private static boolean dateUnderByline(String line) {
        // "Sophie Marchetti ¶ Posted ¶ 21 November 2026": the label a page sets over its date
        return DATE_LABEL.matcher(line).matches() || Boilerplate.dateLine(line) || Boilerplate.stampedDateLine(line);
    }

    /** A paper's name or its town on a line of its own: one to four capitalised words, no digit, no stop ("Harbour Ledger"). */
    private static boolean papersName(String line) {
        String[] words = line.split("\\s+");
        if (words.length > 4 || line.length() > 40 || !looksLikeHeading(line) || line.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        for (String w : words) {
            if (!Character.isUpperCase(w.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** A writer's name and their outlet after a dash: "Lito Ramos - The Harbour Star", "Ana Ruiz — Harbour Post". */
    private static final Pattern NAME_AND_OUTLET = Pattern.compile(
            "(\\p{Lu}[\\p{L}’'.\\-]+(?:\\s+\\p{Lu}[\\p{L}’'.\\-]+){1,3})\\s+[-–—]\\s+(?:The\\s+)?\\p{Lu}[\\p{L}&’'.\\-]*(?:\\s+\\p{Lu}[\\p{L}&’'.\\-]*){0,4}");

    /** The word a page sets over its date: "Posted", "Published on". */
    private static final Pattern DATE_LABEL = Pattern.compile("(?i)(?:posted|published|updated|first published)(?:\\s+on)?\\s*:?");

    /**
     * A word or three over other stories' headlines joined by " | " ("Keep going!", "Don't miss", "More from the
     * desk:"): the list's label, whatever it says.
     */
    private static boolean labelOverPipedList(List<RawBlock> raw, int r, String text) {
        if (text.isEmpty() || text.length() > 40 || text.split("\\s+").length > 3 || !Character.isUpperCase(text.codePointAt(0))
                || text.endsWith(".") || text.endsWith("?") || QUOTE_MARK.matcher(text).find()) {
            return false;
        }
        int next = nextWithText(raw, r);
        if (next >= raw.size()) {
            return false;
        }
        String after = raw.get(next).text().strip();
        return after.indexOf(" | ") > 0 && Boilerplate.pipedItems(after);
    }

    /**
     * The headline printed again in other marks or capitals ("‘I Watched…’" for the title's "'I Watched…'"), or with the
     * outlet after it ("… | Empire"), either way round.
     */
    private static boolean sameHeadline(String text, String title) {
        if (text.length() < 20) {
            return false;
        }
        String a = plainHeadline(text);
        String b = plainHeadline(title);
        return a.equals(b) || outletAfter(a, b) || outletAfter(b, a);
    }

    /**
     * A browser's title line with the section and the site after its headline ("Ferry fares to rise by a fifth | News |
     * Harbour Post"): three items, as a row of links has, but the first is the headline the page prints again alone a few
     * lines down, so the line is the title, not a menu.
     */
    private static boolean pipedTitle(List<RawBlock> raw, int r, String text) {
        int bar = text.indexOf(" | ");
        if (bar < 20) {
            return false;
        }
        String headline = plainHeadline(text.substring(0, bar));
        int next = r;
        for (int seen = 0; seen < 4; seen++) {
            next = nextWithText(raw, next);
            if (next >= raw.size()) {
                return false;
            }
            if (plainHeadline(raw.get(next).text()).equals(headline)) {
                return true;
            }
        }
        return false;
    }

    private static boolean outletAfter(String longer, String shorter) {
        return shorter.length() >= 20 && longer.length() > shorter.length() + 3 && longer.startsWith(shorter)
                && List.of(" | ", " - ", " – ", " — ").contains(longer.substring(shorter.length(), shorter.length() + 3));
    }

    private static String plainHeadline(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("‘’'“”\"".indexOf(c) >= 0) {
                b.append('\'');
            } else if (Character.isWhitespace(c)) {
                if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
                    b.append(' ');
                }
            } else {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString().strip();
    }

    /**
     * A line that is one quotation and no more, followed by the page's furniture (a byline, a date, a share button) or
     * said again later in the story.
     */
    private boolean quotedStandfirst(List<RawBlock> raw, int r, String text) {
        if (text.length() < 20 || "“\"".indexOf(text.charAt(0)) < 0 || "”\"".indexOf(text.charAt(text.length() - 1)) < 0) {
            return false;
        }
        String inner = text.substring(1, text.length() - 1);
        if (QUOTE_MARK.matcher(inner).find()) {
            return false;
        }
        int next = nextWithText(raw, r);
        if (next >= raw.size()) {
            return false;
        }
        String after = raw.get(next).text().strip();
        if (boilerplate.matches(after) || Boilerplate.roleLine(after) || bylineOverDate(raw, next)) {
            return true;
        }
        // a story that opens with a quote says whose it is in the first sentence after it ("That is how Marisol
        // Ferreira remembers the night…", "…, she told the Post."): one that gives it to nobody follows a standfirst
        for (int i = next, seen = 0; i < raw.size() && seen < 6; i++) {
            String line = raw.get(i).text().strip();
            if (line.isEmpty() || looksLikeHeading(line) || boilerplate.matches(line)) {
                seen += line.isEmpty() ? 0 : 1;
                continue;
            }
            int stop = line.indexOf(". ");
            String sentence = stop < 0 ? line : line.substring(0, stop);
            if (!ATTRIBUTES.matcher(sentence.length() > 300 ? sentence.substring(0, 300) : sentence).find()) {
                return true;
            }
            break;
        }
        // the words again, whatever they end on and however the story's sentence capitalises their first
        String words = inner.replace('’', '\'').replaceFirst("[.,!?…]+$", "");
        if (words.length() < 15) {
            return false;
        }
        words = words.substring(1);
        for (int later = r + 1; later < raw.size(); later++) {
            if (raw.get(later).text().replace('’', '\'').contains(words)) {
                return true;
            }
        }
        return false;
    }

    /** Two or more capitalised words, a person's name as a story gives it in full: "Nora Bexley", "Mary-Kate O'Neill". */
    private static final Pattern FULL_NAME = Pattern.compile("\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?(?:\\s\\p{Lu}[\\p{Ll}’']*\\p{Lu}?\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?){1,2}");

    /** What a story says after a name the first time it gives it: "Nora Bexley, a former teacher", "Nora Bexley, 58,", "…, who". */
    private static final Pattern INTRODUCED = Pattern.compile(",\\s+(?:a|an|the|who|\\d{1,3},)\\s");

    /**
     * A standfirst a page prints under its buttons ("Share ¶ Save ¶ Listen to this article"), just over the story: one or
     * two sentences that quote no one, naming someone in full whom the next paragraph then introduces ("… began with Nora
     * Bexley, a former teacher…", "Nora Bexley, 58, …", "Nora Bexley, who…"). A story introduces a person once, at the first
     * mention; a line naming them before that is the page's summary, written apart from the story.
     */
    private boolean standfirstUnderButtons(List<RawBlock> raw, int r, String text) {
        if (text.length() > 300 || !text.endsWith(".") || QUOTE_MARK.matcher(text).find() || text.split("[.!?]\\s+").length > 2) {
            return false;
        }
        int before = r - 1;
        while (before >= 0 && raw.get(before).text().isBlank()) {
            before--;
        }
        if (before < 0 || !boilerplate.matches(raw.get(before).text().strip()) || !storyAfter(raw, r)) {
            return false;
        }
        String lede = raw.get(nextWithText(raw, r)).text().strip();
        Matcher name = FULL_NAME.matcher(text);
        while (name.find()) {
            String full = name.group().replaceFirst("[’']s$", "");
            int at = lede.indexOf(full);
            while (at >= 0) {
                if (INTRODUCED.matcher(lede).region(at + full.length(), lede.length()).lookingAt()) {
                    return true;
                }
                at = lede.indexOf(full, at + 1);
            }
        }
        return false;
    }

    /** One short sentence that quotes nobody: a bullet of a page's key points, not a story's lede. */
    private static boolean keyPoint(String text) {
        return text.endsWith(".") && text.indexOf(". ") < 0 && text.split("\\s+").length <= 25
                && !QUOTE_MARK.matcher(text).find();
    }

    /**
     * A headline set as one ("A Theater Critic Tries to Spot the Machine. He Fails.": at least two words in three
     * capitalised), or a question ("Suburban water rates: How much more are residents paying?", "Why are councils so
     * afraid of their own tenants?").
     */
    private static boolean headline(String text) {
        String[] words = text.split("\\s+");
        if (words.length < 3 || words.length > MAX_HEADING_WORDS || QUOTE_MARK.matcher(text).find()) {
            return false;
        }
        int capitalised = 0;
        for (String w : words) {
            if (Character.isUpperCase(w.codePointAt(0))) {
                capitalised++;
            }
        }
        // "Why are publishers so afraid of their own readers?": a question of five words or more is a headline too, as
        // a story's own short question after the list is not ("So what went wrong?")
        return 3 * capitalised >= 2 * words.length || text.endsWith("?") && (text.indexOf(": ") > 0 || words.length >= 5);
    }

    /**
     * The first headline of a list of links, written as a sentence or two ("Harbour's comedy scene is booming. Here's
     * where to laugh this winter."): just under the list's heading, 120 characters or fewer, quoting no one, with a
     * headline on the next line. A short paragraph of the story after the list's last headline, with a subhead or another
     * list under it, is not just under the heading.
     */
    private static boolean sentencesInList(List<RawBlock> raw, int r, String text) {
        if (text.isEmpty() || text.length() > 120 || ".!?".indexOf(text.charAt(text.length() - 1)) < 0 || QUOTE_MARK.matcher(text).find()) {
            return false;
        }
        int before = r - 1;
        while (before >= 0 && raw.get(before).text().isBlank()) {
            before--;
        }
        if (before < 0 || !Boilerplate.linkListHeading(raw.get(before).text().strip())) {
            return false;
        }
        int next = nextWithText(raw, r);
        if (next >= raw.size()) {
            return false;
        }
        String after = raw.get(next).text().strip();
        return looksLikeHeading(after) || headline(after);
    }

    /**
     * A list's headline that ends on its tease, wherever it stands in the list: "Harbour's ferry fares are rising again.
     * Here's why." One line of 120 characters or fewer, quoting no one, whose last sentence is "Here's why", "how", "what
     * …": a story's paragraph going on after the list says what it promises.
     */
    private static final Pattern TEASER_HEADLINE = Pattern.compile(
            "[^“”\"\n]{5,100}[.!?:]\\s+(?:Here['’]s|Here is) (?:why|how|what|where|who|when)\\b[^.!?“”\"]{0,40}[.!?]");

    /** Initials closing a line: "U.S.", "U.K.", "D.C.". */
    private static final Pattern CLOSING_INITIALS = Pattern.compile("(?:\\p{Lu}\\.){2,}$");

    /**
     * A headline of a list of links whose last stop is its initials' ("Minneapolis restaurant named among best new in U.S."),
     * over another headline, over the page's furniture or at the page's end. A line ending so with a paragraph under it
     * is the story's, going on after the list ("The bakery now ships its rye to cafes across the U.S.").
     */
    private boolean headlineOnInitials(List<RawBlock> raw, int r, String text) {
        if (!CLOSING_INITIALS.matcher(text).find() || !looksLikeHeading(text.substring(0, text.length() - 1))) {
            return false;
        }
        int next = nextWithText(raw, r);
        if (next >= raw.size()) {
            return true;
        }
        String after = raw.get(next).text().strip();
        return looksLikeHeading(after) || boilerplate.matches(after);
    }

    /** A word or three naming a section: "News", "Local News". */
    private static boolean sectionLabel(String text) {
        return label(text) && text.split("\\s+").length <= 3 && text.chars().noneMatch(Character::isDigit)
                && !QUOTE_MARK.matcher(text).find();
    }

    /** A tag of a few words in small letters: "music festival". */
    private static boolean label(String text) {
        return !text.isEmpty() && text.split("\\s+").length <= 4 && Character.isLetter(text.codePointAt(0))
                && CLOSING.indexOf(text.charAt(text.length() - 1)) < 0 && WRAPPERS.indexOf(text.charAt(text.length() - 1)) < 0;
    }

    /**
     * A picture's caption in a pasted page: the line just before its credit ("A nurse prepares a vaccine at a
     * clinic in Sandpoint on Thursday. ¶ Photograph: Kyle Ellison/AP", "… ¶ Alex Moreno | Getty Images"). A credit
     * can follow a picture that has no caption, so only one sentence telling what the picture shows, in the present,
     * is a caption: a paragraph quoting someone at length, or told in the past ("The board has put off the dredging…
     * ¶ Photo: Harbour Board"), is the story's.
     */
    private boolean caption(List<RawBlock> raw, int r) {
        int next = nextWithText(raw, r);
        if (next >= raw.size()) {
            return false;
        }
        String credit = raw.get(next).text().strip();
        String text = raw.get(r).text().strip();
        // "Kayla Brennan for NY Post" is a credit only under a sentence, as "New Hope for Atlantic Avenue" is not
        if (!Boilerplate.pictureCredit(credit) && !(Boilerplate.creditUnderCaption(credit) && text.endsWith("."))) {
            return false;
        }
        if (Boilerplate.nameAndAddress(credit) && !storyAfter(raw, next)) {
            // "Jo Reyes jreyes@harborstar.example" under the story's last paragraph is its writer's contact, not a credit
            return false;
        }
        if (text.length() > 250 || Boilerplate.pictureCredit(text) || TOLD.matcher(text).find()) {
            return false;
        }
        int open = text.indexOf('“') >= 0 ? text.indexOf('“') : text.indexOf('"');
        if (open < 0) {
            return true;
        }
        int close = text.indexOf(text.charAt(open) == '“' ? '”' : '"', open + 1);
        return close > open && close - open <= 40;
    }

    /** The credit closing a caption, in brackets: "(Harbour Council)", "(Lito Ramos)". */
    private static final Pattern BRACKETED_NAME = Pattern.compile("\\s\\((\\p{Lu}[\\p{L}’'.&\\-]*(?:\\s+\\p{Lu}[\\p{L}’'.&\\-]*){0,4})\\)$");

    /**
     * A credit the page already gave a picture in brackets after its caption, on a line of its own, and the caption
     * over it: "… at the block on Rye Lane (Harbour Council) ¶ Harbour Council" prints the next picture as "Tenants
     * queue outside the housing office ¶ Harbour Council". The caption is one line that quotes no one and holds no
     * second sentence; a line that is not the credit word for word is not taken for one.
     */
    private static boolean creditGivenBefore(List<RawBlock> raw, int r, String text, java.util.Set<String> credits) {
        if (credits.isEmpty()) {
            return false;
        }
        if (credits.contains(text)) {
            return true;
        }
        int next = nextWithText(raw, r);
        return next < raw.size() && credits.contains(raw.get(next).text().strip()) && text.length() <= 250
                && !QUOTE_MARK.matcher(text).find() && text.indexOf(". ") < 0;
    }

    /**
     * A writer's note under their name that calls them by their first name: "Marta Kowal ¶ Marta is a courts reporter
     * at The Harbour Post covering…". Only under the name, so "Marta is a reporter at the Post who…" in a story stays.
     */
    private static final Pattern FIRST_NAME_NOTE = Pattern.compile("(\\p{Lu}[\\p{L}’'\\-]+)\\s+(?:is\\s+(?:a|an|the)\\s+[^.]{0,80}?"
            + "\\b(?:reporter|correspondent|staff writer|writer|editor|columnist|journalist|critic|reviewer|photographer)\\b[^.]{0,120}"
            + "|(?:covers|reports on|writes about)\\s+[^.]{2,160})(?:\\.\\p{L}{2,7}){0,3}\\.(?:\\s+.{0,200})?");

    private static boolean writersNoteByFirstName(List<RawBlock> raw, int r, String text) {
        if (text.length() > 400 || text.indexOf(' ') < 0) {
            return false;
        }
        Matcher note = FIRST_NAME_NOTE.matcher(text);
        if (!note.matches()) {
            return false;
        }
        int before = r - 1;
        while (before >= 0 && raw.get(before).text().isBlank()) {
            before--;
        }
        if (before < 0) {
            return false;
        }
        String name = raw.get(before).text().strip();
        String[] words = name.split("\\s+");
        if (words.length < 2 || words.length > 4 || !words[0].equals(note.group(1))) {
            return false;
        }
        for (String w : words) {
            if (!Character.isUpperCase(w.codePointAt(0)) || w.chars().anyMatch(Character::isDigit)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the first line with text after {@code r} is a paragraph of a story: a sentence or more, closed by a stop or
     * a quote, and not a line of the page's.
     */
    private boolean storyAfter(List<RawBlock> raw, int r) {
        int next = nextWithText(raw, r);
        if (next >= raw.size()) {
            return false;
        }
        String text = raw.get(next).text().strip();
        return text.length() >= 80 && ".!?”\"’".indexOf(text.charAt(text.length() - 1)) >= 0 && !boilerplate.matches(text);
    }

    /** What follows the last " | " or dash of a browser's title line: "STV News" in "… | STV News". */
    private static String outletName(String title) {
        int cut = -1;
        for (String sep : List.of(" | ", " - ", " – ", " — ")) {
            cut = Math.max(cut, title.lastIndexOf(sep));
        }
        return cut < 0 ? null : title.substring(cut + 3).strip();
    }

    /**
     * A caption under the outlet's name, its picture's credit set over it: "Listen to this article ¶ STV News ¶ The cast
     * take a final bow at the Playhouse on Saturday night. ¶ The Playhouse has staged its final performance…". Only where
     * a line of the page's furniture stands over the credit (a caption over it would make it that caption's credit), the
     * caption is one sentence in the present that quotes no one, and a story's paragraph follows it.
     */
    private boolean captionUnderCredit(List<RawBlock> raw, int r, String outlet) {
        if (r >= raw.size()) {
            return false;
        }
        String text = raw.get(r).text().strip();
        if (text.length() > 200 || !text.endsWith(".") || text.indexOf(". ") >= 0 || QUOTE_MARK.matcher(text).find()
                || TOLD.matcher(text).find()) {
            return false;
        }
        int credit = r - 1;
        while (credit >= 0 && raw.get(credit).text().isBlank()) {
            credit--;
        }
        if (credit < 0 || !raw.get(credit).text().strip().equals(outlet)) {
            return false;
        }
        int over = credit - 1;
        while (over >= 0 && raw.get(over).text().isBlank()) {
            over--;
        }
        return over >= 0 && boilerplate.matches(raw.get(over).text().strip()) && storyAfter(raw, r);
    }

    /** "Kayla Brennan for NY Post", "Supplied": a credit known as one by the caption just above it. */
    private boolean creditUnderItsCaption(List<RawBlock> raw, int r) {
        if (!Boilerplate.creditUnderCaption(raw.get(r).text().strip())) {
            return false;
        }
        int before = r - 1;
        while (before >= 0 && raw.get(before).text().isBlank()) {
            before--;
        }
        return before >= 0 && caption(raw, before);
    }

    /** A short line that ends no sentence: at the end of a story, a label of the page's, not a paragraph. */
    private static boolean trailingLabel(ShapedBody.ShapedBlock b) {
        String text = b.text().strip();
        return !b.heading() && !text.isEmpty() && text.split("\\s+").length <= 4 && CLOSING.indexOf(text.charAt(text.length() - 1)) < 0
                && WRAPPERS.indexOf(text.charAt(text.length() - 1)) < 0;
    }

    /**
     * A page copied from a browser prints the headline again under the section names, then the
     * standfirst, then the byline: "Meridian Pictures' AI Crowd Deal Sparks Backlash ¶ The studio
     * says synthetic extras will be used only for “wide shots,” but… ¶ By Carly Nguyen". The line
     * between the headline repeated and the byline is the standfirst, which the story tells again.
     */
    private boolean dek(List<RawBlock> raw, int r, String title) {
        String before = r > 0 ? raw.get(r - 1).text().strip() : "";
        if (before.length() < 20 || !title.startsWith(before) || r + 1 >= raw.size()) {
            return false;
        }
        String after = raw.get(r + 1).text().strip();
        return after.startsWith("By ") && boilerplate.matches(after);
    }

    /**
     * "Q: When did you first see it?" ¶ "About two years ago my nephew showed me…": a "Q:" answered
     * by someone speaking as "I" is an interview with that person, whose paragraphs stay
     * paragraphs so the quotes in the answers are found, as after a labelled answer; an FAQ's
     * answers are written as "we" or to "you".
     */
    private static boolean answeredInTheFirstPerson(List<RawBlock> kept) {
        for (int i = 0; i + 1 < kept.size(); i++) {
            if (FaqShape.isQuestion(kept.get(i).text().strip()) && !kept.get(i + 1).heading()
                    && firstPersonSingular(kept.get(i + 1).text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean firstPersonSingular(String text) {
        String padded = " " + text + " ";
        return padded.contains(" I ") || padded.contains(" my ") || padded.contains(" My ") || padded.contains(" me ")
                || padded.contains(" me.") || padded.contains(" I’") || padded.contains(" I'");
    }

    private static void addFaq(List<Faq> faq, String question, StringBuilder answer) {
        if (question != null && answer != null && answer.length() > 0) {
            faq.add(new Faq(question, answer.toString()));
        }
    }

    /**
     * A short line with no closing punctuation, starting like a title; a line that is a
     * quotation in curly quotes counts too, judged by the words inside the marks.
     */
    private static final Pattern SIGNED_QUOTE = Pattern.compile(
            "[“\"][^”\"]+[”\"]\\s*[—–-]\\s*\\p{Lu}");

    /** A heading's shape without its length: a line starting like a title and ending on no stop. */
    private static boolean standfirst(String line) {
        String s = line.strip();
        if (s.isEmpty() || FaqShape.isQuestion(s) || FaqShape.isAnswer(s)) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        return CLOSING.indexOf(last) < 0 && WRAPPERS.indexOf(last) < 0 && Character.isUpperCase(s.codePointAt(0));
    }

    static boolean looksLikeHeading(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > MAX_HEADING_CHARS || FaqShape.isQuestion(s) || FaqShape.isAnswer(s)
                // "“The road is a disgrace.” — Tevita Fifita, councillor": a quote signed by who said it
                || SIGNED_QUOTE.matcher(s).lookingAt()) {
            return false;
        }
        int end = s.length();
        while (end > 0 && WRAPPERS.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end == 0 || CLOSING.indexOf(s.charAt(end - 1)) >= 0) {
            return false;
        }
        int first = 0;
        while (first < s.length() && !Character.isLetterOrDigit(s.charAt(first))) {
            first++;
        }
        if (first == s.length() || Character.isLowerCase(s.charAt(first))) {
            return false;
        }
        return s.split("\\s+").length <= MAX_HEADING_WORDS;
    }

    /** Whether the line just before {@code r} or just after it is one of a page's buttons ("Share", "Follow"). */
    private static boolean besideButton(List<RawBlock> raw, int r) {
        int before = r - 1;
        while (before >= 0 && raw.get(before).text().isBlank()) {
            before--;
        }
        int after = nextWithText(raw, r);
        return before >= 0 && ROW_BUTTON.matcher(raw.get(before).text().strip()).matches()
                || after < raw.size() && ROW_BUTTON.matcher(raw.get(after).text().strip()).matches();
    }

    /** The index of the first block after {@code r} that has text, or the list's size. */
    private static int nextWithText(List<RawBlock> raw, int r) {
        int next = r + 1;
        while (next < raw.size() && raw.get(next).text().isBlank()) {
            next++;
        }
        return next;
    }
}
