package dev.chorus.extract;

import dev.chorus.text.Chars;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds runs of capitalised words that may be names, and what their place in the sentence says. */
final class NameScanner {
    /** Abbreviations that keep their full stop inside a name: "Dr. Anita Krishnan", "J. R. Hartley". */
    private static final Set<String> ABBREVIATIONS = abbreviations();
    private static final List<String> ARABIC_ARTICLES = List.of("al-", "el-", "ad-", "ar-", "as-", "ash-", "at-",
            "az-", "an-", "bin-", "abu-");
    private static final Set<String> MONTH_NAMES = Set.of("April", "May", "June", "August");
    /** Words that make a month of the month-word after them: "last June", "until August". */
    private static final Set<String> DATING_WORDS = Set.of("last", "next", "this", "since", "until", "till",
            "early", "late", "mid", "each", "every", "during", "before", "after", "that", "and", "or");
    /** A run holds at most this many names after its first (particles such as "van" aside); a longer one loses its first. */
    private static final int MORE_TOKENS = 6;
    /** At most this many words make a title before a name: "Chair of the Joint Chiefs of Staff". */
    private static final int TITLE_WORDS = 8;
    /** Words that open a place or an office of two words: "Greater Manchester", "Public Prosecutions". */
    private static final Set<String> OFFICE_OPENERS = Set.of("Public", "Foreign", "Home", "Social", "Rural", "Local",
            "Higher", "Greater", "New", "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western",
            "Upper", "Lower", "Central", "United", "Joint", "Armed", "Human", "Internal", "International", "National");
    /** Offices held for a place, which news copy writes small before the place and the name. */
    private static final Set<String> OFFICES_OF_PLACES = Set.of("coroner", "commissioner", "constable", "mayor",
            "sheriff", "governor", "premier", "minister", "senator", "bishop", "archbishop", "superintendent",
            "councillor", "councilor", "lieutenant");
    /** Words that end an office of two words: "Defence Staff", "Foreign Affairs", "Social Care". */
    private static final Set<String> OFFICE_ENDS = Set.of("Staff", "Affairs", "Prosecutions", "Care", "Services",
            "Security", "Relations", "Development", "Resources", "Safety", "Government", "Office", "Department",
            "Committee", "Commission", "Council", "Court", "Works", "Representatives", "Commons", "Lords", "Forces",
            "Rights", "Revenue", "Chiefs", "Police", "Justice", "Health", "Education", "Transport", "Trade");
    /** At most this many particles stand between two names: "Maria de la Cruz". */
    private static final int PARTICLES_BETWEEN = 2;
    /** How far a single quote that opens before a capital is looked at for its close. */
    private static final int QUOTED_SENTENCE = 300;
    /** ", 63,", ", who worked there for 22 years,", or an age in brackets: "Chipo Nyamande (41), a vendor, said". */
    private static final Pattern ASIDE_AFTER = Pattern.compile(
            ",\\s*(?:\\d{1,3}|(?:who|whose|a|an|the)\\b[^,;:.!?]{0,120}),(?=\\s+\\p{Ll})|\\s\\(\\d{1,3}\\)(?=[\\s,])");
    /** "the referee, " or "her sous-chef, " just before a name: the name renames that phrase. */
    private static final Pattern RENAMED_PHRASE = Pattern.compile(
            "(?:^|[\\s(])(?:the|a|an|her|his|their|its|our|my)\\s+[^,.;:!?“”\"]{1,60},\\s*$", Pattern.CASE_INSENSITIVE);

    /**
     * @param tokens        the name's words, possessive 's removed, leading sentence words like
     *                      "The" or "In" dropped
     * @param honorific     Mr, Dr, Sir… when the name was written with one
     * @param before        the word just before the name, lower case ("" after punctuation)
     * @param character     written as a role someone plays ("as Rocky Balboa"), not a person
     * @param sentenceStart the name opens a sentence, so its capital proves nothing
     * @param possessive    "Harper's campaign": the name owns what follows
     * @param subject       the name is likely the one acting in its sentence, not an object or a
     *                      renamed object ("the referee, Craig Dunmore")
     */
    record Hit(int start, int end, List<String> tokens, String honorific, String before, boolean character,
               boolean sentenceStart, boolean possessive, boolean subject) {
        String joined() {
            return String.join(" ", tokens);
        }

        boolean oblique() {
            return Vocabulary.PREPOSITIONS.contains(before);
        }
    }

    private NameScanner() {
    }

    static List<Hit> scan(String text, int from, int to) {
        return scan(text, from, to, List.of());
    }

    /**
     * As {@link #scan(String, int, int)}, reading the names of {@code context} (found earlier in
     * the same text, before {@code from}) as the ones before: "Gareth Pryce said he was “terrified”
     * when Owen Davies came at him" keeps Davies the subject of a clause in Pryce's sentence,
     * though the scan starts after the quote. Only the names from {@code from} on are returned.
     */
    static List<Hit> scan(String text, int from, int to, List<Hit> context) {
        List<Hit> hits = scanFrom(text, from, to, new ArrayList<>(context));
        if (!context.isEmpty()) {
            hits.removeIf(context::contains);
        }
        return hits;
    }

    private static List<Hit> scanFrom(String text, int from, int to, List<Hit> hits) {
        boolean articles = mayHoldArabicArticle(text, from, to);
        boolean playing = mentionsPlaying(text, from, to);
        Hit previous = null;
        int at = from;
        // the range read from an array: String.charAt checks its index on every call, which the
        // quick compiler a build runs under does not remove
        char[] chars = new char[to - from];
        text.getChars(from, to, chars, 0);
        while (true) {
            Run run = nextRun(text, at, to, articles, chars, from);
            if (run == null) {
                break;
            }
            at = run.end();
            List<String> tokens = run.tokens();
            int start = run.start();
            String honorific = null;
            int honorificStart = start;
            if (placeBeforeOffice(tokens)) {
                // "Karnataka Chief Minister Siddaramaiah", "Indonesian President Prabowo": the place
                // or nation the office is of, then the office's titles, then the name
                start += tokens.get(0).length();
                start = skipSpace(text, start);
                tokens.remove(0);
            }
            while (!tokens.isEmpty()) {
                String raw = tokens.get(0);
                String t = raw.endsWith(".") && raw.length() > 2 ? raw.substring(0, raw.length() - 1) : raw;
                // "El Hadji Moustapha Ndiaye": the article belongs to the honorific after it
                boolean elBefore = t.equals("El") && tokens.size() > 2 && Vocabulary.HONORIFICS.contains(tokens.get(1));
                if (malayTitleWord(tokens, honorific)) {
                    // "Tan Sri Lim Kok Wing", "Puan Sri Zaleha Ismail", "Datuk Seri Anwar Ibrahim": a
                    // Malaysian title of two words; the first says the gender, if any
                    if (honorific == null) {
                        honorificStart = start;
                        honorific = t;
                    }
                } else if ((elBefore || Vocabulary.HONORIFICS.contains(t)
                        // "Det Con Rhys Jenkins", "Ch Con": a constable only after another rank; "Con
                        // O'Neill" is a given name
                        && !(t.equals("Con") && honorific == null)
                        // "Nana Dankwa, a former minister": Ghana's chiefs carry the title before a whole
                        // name ("Nana Kwame Ofori II"); with one name after it, Nana is the person's given name
                        && !(t.equals("Nana") && honorific == null && tokens.size() == 2)) && tokens.size() > 1
                        // "Dr Ch. Narasimha Rao": with a point and a name after it, not "Ch Supt", an initial
                        && !(raw.equals("Ch.") && tokens.size() > 2 && !rank(tokens.get(1)))
                        || Vocabulary.HONORIFICS_OF_WHOLE_NAMES.contains(raw) && tokens.size() > 2
                        && !Vocabulary.givenNameBeforeAFamilyName(raw, tokens.get(1))
                        || raw.endsWith(".") && Vocabulary.DOTTED_TITLES.contains(t) && tokens.size() > 1) {
                    if (honorific == null) {
                        honorificStart = start;
                    }
                    honorific = t;
                } else if (!Vocabulary.NOT_NAMES.contains(t) || honorific != null && MONTH_NAMES.contains(t)
                        || monthAsGivenName(text, run.start(), start, tokens, from)) {
                    // "Aunty May Thompson": after a title, May is her name, not the month
                    break;
                } else {
                    honorific = null;
                }
                start += raw.length();
                start = skipSpace(text, start);
                tokens.remove(0);
            }
            int demonym = tokens.size() >= 3 ? demonymLength(tokens) : 0;
            if (demonym > 0 && tokens.size() >= demonym + 2) {
                // "coached by the South African Andile Mthembu": a nationality before a full name
                for (int d = 0; d < demonym; d++) {
                    start += tokens.get(0).length();
                    start = skipSpace(text, start);
                    tokens.remove(0);
                }
            }
            while (tokens.size() > 2 && (Vocabulary.isRole(tokens.get(0).toLowerCase(Locale.ROOT))
                    || companion(tokens.get(0)))) {
                // "Economist Rosa Gonzaga said", "Chief Economist Rosa Gonzaga": a capitalised role
                // before a full name; it stays the word before the name, so it is still her role
                start += tokens.get(0).length();
                start = skipSpace(text, start);
                tokens.remove(0);
            }
            if (tokens.size() > 2 && pluralRoleBeforeNames(tokens.get(0), text, run.end(), to)) {
                // "Novelists Ewan Drummond and Shona Blair pulled out": a role in the plural, before
                // the names it is the role of, is no given name
                start += tokens.get(0).length();
                start = skipSpace(text, start);
                tokens.remove(0);
            }
            if (tokens.isEmpty()) {
                continue;
            }
            while (tokens.size() > 1 && Vocabulary.POST_NOMINALS.contains(tokens.get(tokens.size() - 1).replace(".", ""))
                    && !(tokens.size() > 2 && Vocabulary.GENERATIONS.contains(tokens.get(tokens.size() - 1)))) {
                // "Kwame Ofori II", "Martin Luther King Jr.": the number or the Jr is part of the name
                tokens.remove(tokens.size() - 1);
            }
            int last = tokens.size() - 1;
            String lastToken = tokens.get(last);
            boolean possessive = false;
            if (lastToken.endsWith("’s") || lastToken.endsWith("'s")) {
                lastToken = lastToken.substring(0, lastToken.length() - 2);
                possessive = true;
            } else if (lastToken.endsWith("’") || lastToken.endsWith("'")) {
                lastToken = lastToken.substring(0, lastToken.length() - 1);
                possessive = true;
            }
            tokens.set(last, lastToken);
            if (lastToken.isEmpty()) {
                continue;
            }
            if (wardInBrackets(text, previous, start, run.end(), tokens)) {
                // "Coun. Sherry Lapointe (Point Douglas) said": the ward or seat someone sits for,
                // written in brackets after their whole name, is a place, not someone speaking
                continue;
            }
            String before = wordBefore(text, start, from);
            boolean titled = false;
            if (Vocabulary.TITLE_LINKS.contains(before) && tokens.size() > 2 && honorific == null) {
                int office = officeLength(tokens);
                String role = office > 0 ? roleAt(tokens, office) : null;
                // "Member for Madang Provincial Hon. Kilamo Sirai": an honorific, not a role, ends the seat
                Title title = office > 0 && (role != null || !honorificInside(tokens)) ? title(text, start, from, role) : null;
                if (title != null) {
                    // "Secretary of State Marco Rubio", "Mayor of London Sadiq Khan", "Bank of England
                    // Governor Andrew Bailey", "People’s Artist of Turkmenistan Annaguly Berdiyevich
                    // Saparov": the capitals after a title's "of" open with its place or office,
                    // whatever they are, and the name is the rest; the title's role, as for "Economist Rosa Gonzaga", so the role is hers
                    for (int k = 0; k < office; k++) {
                        start += tokens.get(0).length();
                        start = skipSpace(text, start);
                        tokens.remove(0);
                    }
                    before = title.role();
                    titled = true;
                    while (!hits.isEmpty() && hits.get(hits.size() - 1).start() >= title.start()) {
                        // "US Secretary", "Bank": the title's own capitals name nobody
                        hits.remove(hits.size() - 1);
                    }
                    previous = hits.isEmpty() ? null : hits.get(hits.size() - 1);
                }
            }
            if (!titled && (before.equals("for") || before.equals("of")) && tokens.size() > 2
                    && (Vocabulary.PORTFOLIOS.contains(tokens.get(0)) || honorificInside(tokens))) {
                // "Minister for Housing Aoife Ó Súilleabháin told": the title, not a preposition, is
                // before her; so too "Member for Madang Provincial Hon. Kilamo Sirai", a seat's name
                int preposition = text.lastIndexOf(before, start);
                String title = wordBefore(text, preposition, from);
                if (Vocabulary.ROLE_NOUNS.contains(title)) {
                    before = title;
                }
            }
            if (before.equals("as") && conjunctionAs(text, start)) {
                // "As Ogunbiyi put it:" opens a clause; "known as Ogunbiyi" is the preposition
                before = "";
            }
            boolean character = isCharacter(text, start, run.end(), before, previous, playing);
            // "said Mr Ashworth had sold": whether he acts turns on the word before his title
            String beforeTitle = honorific == null ? before : wordBefore(text, honorificStart, from);
            // "Luke Rāwiri, Tamati’s older brother, burrowed over": the owner is not the one acting,
            // unless the sentence opens with them ("Mthembu’s ambition now is…" keeps her in view)
            boolean owner = possessive && !opensSentence(text, honorific == null ? start : honorificStart);
            // "Across the tunnel, the visiting coach, Gustavo Méndez, was…": a capitalised preposition
            // or adverb opening the sentence is nobody, and must not make the name after it an aside
            boolean opener = tokens.size() == 1 && honorific == null && opensSentence(text, start)
                    && (Vocabulary.PREPOSITIONS.contains(tokens.get(0).toLowerCase(Locale.ROOT))
                    || OPENING_ADVERBS.contains(tokens.get(0).toLowerCase(Locale.ROOT)));
            boolean subject = !owner && !opener
                    && !joinedToAnObject(text, honorific == null ? start : honorificStart, run.end(), previous, hits)
                    && isSubject(text, start, honorific == null ? start : honorificStart, run.end(),
                    beforeTitle, subjectBefore(hits, text, start));
            Hit hit = new Hit(start, run.end(), List.copyOf(tokens), honorific, before, character,
                    honorific == null && opensSentence(text, start), possessive, subject);
            hits.add(hit);
            previous = hit;
        }
        return hits;
    }

    /**
     * Whether a capitalised word is a role in the plural ("Novelists", "Economists") before a name
     * that another joins ("… and Shona Blair", "…, Mei Lin and …"): a plural names more than one,
     * so only with the others after it; a surname ending in "s" comes with no list.
     */
    private static boolean pluralRoleBeforeNames(String word, String text, int end, int to) {
        if (word.length() < 4 || !word.endsWith("s") || !Vocabulary.isRole(word.substring(0, word.length() - 1).toLowerCase(Locale.ROOT))) {
            return false;
        }
        return end < to && (text.charAt(end) == ',' || text.startsWith(" and ", end));
    }

    /**
     * How many of the capitals after a title's "of" are its place or office, leaving a whole
     * name: up to a role among them ("England Governor"), else one word ("State", "Exchequer",
     * "London"), or two when the first only opens a longer one ("Public Prosecutions", "Greater
     * Manchester") or the second ends one ("Defence Staff", "Foreign Affairs"); 0 when no whole
     * name would be left.
     */
    private static int officeLength(List<String> tokens) {
        for (int i = tokens.size() - 3; i >= 0; i--) {
            if (Vocabulary.isRole(tokens.get(i).toLowerCase(Locale.ROOT))) {
                return i + 1;
            }
        }
        int n = 1;
        for (int i = tokens.size() - 3; i >= 1; i--) {
            if (People.isAcronym(tokens.get(i))) {
                // "Member of Parliament for Marine Parade GRC Tan Kiat How": a constituency's letters end it
                return i + 1;
            }
        }
        while (tokens.size() - n > 2 && (OFFICE_OPENERS.contains(tokens.get(n - 1)) || OFFICE_ENDS.contains(tokens.get(n)))) {
            n++;
        }
        return tokens.size() - n >= 2 ? n : 0;
    }

    /** The role that ends the office the name follows ("England Governor"), lower case, or null. */
    private static String roleAt(List<String> tokens, int office) {
        String word = tokens.get(office - 1).toLowerCase(Locale.ROOT);
        return Vocabulary.isRole(word) ? word : null;
    }

    /** Where a title before a name starts, and its role ("secretary" of "US Secretary of State"), lower case. */
    private record Title(int start, String role) {
    }

    /**
     * The capitalised title that ends with the "of", "for" or "the" before {@code start}
     * ("Secretary of State for", "Chair of the Joint Chiefs of", "US Secretary of"), or null
     * when the words before are no title. The title holds a capitalised role just before its "of"
     * or "for", unless the capitals after it hold one ({@code roleAfter}: "Bank of England
     * Governor"); "Meteorologist Priya Mahadevan of Environment and Climate Change Canada" is a
     * name and the body she works for.
     */
    private static Title title(String text, int start, int from, String roleAfter) {
        int first = -1;
        String role = roleAfter;
        // the small word just after the word looked at
        String link = null;
        int at = start;
        for (int words = 0; words < TITLE_WORDS; words++) {
            int w = wordStart(text, at);
            if (w < from || w >= at || !onlySpaceBetween(text, w, at)) {
                break;
            }
            String word = text.substring(w, lettersEnd(text, w));
            if (word.isEmpty() || Vocabulary.TITLE_LINKS.contains(word) && role != null && roleAfter == null) {
                // "the Secretary of State": capitals before the role ("US Secretary") are the title's, a small word is not
                break;
            }
            if (Vocabulary.TITLE_LINKS.contains(word)) {
                link = word;
                at = w;
                continue;
            }
            String lower = word.toLowerCase(Locale.ROOT);
            if (!Character.isUpperCase(word.codePointAt(0))) {
                if (role == null && ("of".equals(link) || "for".equals(link)) && OFFICES_OF_PLACES.contains(lower)) {
                    // "senior coroner for West Yorkshire Kirsty Dunn", "police commissioner for
                    // Kent Matthew Scott": an office of a place written small ends its title as a
                    // capital one does; a spokeswoman or president "for Hebridean Link Ferries"
                    // belongs to a body, whose name has no person after it
                    role = lower;
                    first = w;
                }
                break;
            }
            if (role == null && ("of".equals(link) || "for".equals(link)) && Vocabulary.isRole(lower)) {
                role = lower;
            }
            link = null;
            first = w;
            at = w;
        }
        return role != null && first >= 0 ? new Title(first, role) : null;
    }

    /** Where the letters (and apostrophes, hyphens) of the word at {@code start} end. */
    private static int lettersEnd(String text, int start) {
        int i = start;
        while (i < text.length() && isWordChar(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Nothing but spaces between a word that starts at {@code w} and {@code at}. */
    private static boolean onlySpaceBetween(String text, int w, int at) {
        for (int i = lettersEnd(text, w); i < at; i++) {
            if (text.charAt(i) != ' ' && text.charAt(i) != '\u00A0') {
                return false;
            }
        }
        return true;
    }

    /** "Madang Provincial Hon. Kilamo Sirai": an honorific after the first word, with a name after it. */
    private static boolean honorificInside(List<String> tokens) {
        for (int i = 1; i + 1 < tokens.size(); i++) {
            String t = tokens.get(i);
            if (Vocabulary.HONORIFICS.contains(t.endsWith(".") ? t.substring(0, t.length() - 1) : t)) {
                return true;
            }
        }
        return false;
    }

    /** How many of the first tokens name a nationality ("South African", "Kenyan"), or 0. */
    /** Offices a run may name after the place they are of, and the words that open such titles ("Deputy Chief Minister"). */
    private static final Set<String> OFFICES = Set.of("Minister", "President", "Governor", "Premier", "Mayor", "Senator",
            "Sen.", "Rep.", "Gov.", "Chancellor", "Secretary", "Speaker");
    private static final Set<String> TITLE_OPENERS = Set.of("Chief", "Deputy", "Prime", "Vice", "Acting", "Interim");

    /**
     * Whether the run opens with one word, then an office's titles, then a name: "Karnataka Chief
     * Minister Siddaramaiah". The first word is the place; a surname never stands before a title.
     */
    private static boolean placeBeforeOffice(List<String> tokens) {
        if (tokens.size() < 3 || Vocabulary.HONORIFICS.contains(tokens.get(0)) || Vocabulary.NOT_NAMES.contains(tokens.get(0))) {
            return false;
        }
        int i = 1;
        while (i < tokens.size() - 1 && TITLE_OPENERS.contains(tokens.get(i))) {
            i++;
        }
        return i < tokens.size() - 1 && OFFICES.contains(tokens.get(i));
    }

    private static int demonymLength(List<String> tokens) {
        if (tokens.size() > 1 && Vocabulary.DEMONYMS.contains((tokens.get(0) + " " + tokens.get(1)).toLowerCase(Locale.ROOT))) {
            return 2;
        }
        return !tokens.isEmpty() && Vocabulary.DEMONYMS.contains(tokens.get(0).toLowerCase(Locale.ROOT)) ? 1 : 0;
    }

    /** A run of capitalised words, with the particles between them, each word one token. */
    private record Run(int start, int end, List<String> tokens) {
    }

    /**
     * The next run of capitalised words in {@code [at, to)}: a name-like word not glued to the
     * word before it, then up to four more, each after spaces and at most two particles. Written
     * out by hand rather than as one regular expression: the expression tried its alternation of
     * honorifics at every character of every paragraph, and was most of the extraction time.
     */
    private static Run nextRun(String text, int at, int to, boolean articles, char[] chars, int charsFrom) {
        for (int i = at; i < to; ) {
            char ch = chars[i - charsFrom];
            if (ch < 128 && (ch < 'A' || ch > 'Z') && ch != '\'' && !(articles && mayOpenArabicArticle(text, i, to))
                    && !((ch == 'd' || ch == 'v' || ch == 'l') && (i == 0 || text.charAt(i - 1) == ' ')
                        && gluedParticleName(text, i, to))) {
                // most characters: no capital, nothing to look up
                i++;
                continue;
            }
            int c = text.codePointAt(i);
            boolean capital = Character.getType(c) == Character.UPPERCASE_LETTER || articles && arabicArticle(text, i, to)
                    || okina(text, i, to) && !closedLater(text, i + 2, to) || c >= 'a' && c <= 'z' && gluedParticleName(text, i, to);
            if (capital && (i == 0 || !gluedBefore(text.codePointBefore(i)))) {
                int end = token(text, i, to);
                List<String> tokens = new ArrayList<>();
                tokens.add(text.substring(i, end));
                int start = i;
                for (int more = 0; ; more++) {
                    if (endsPossessive(tokens.get(tokens.size() - 1))) {
                        // "Chile's Labor Minister Francisca Ibarra Solís": the owner is a run of its own
                        break;
                    }
                    int j = spaces(text, end, to);
                    if (j == end) {
                        break;
                    }
                    List<String> particles = new ArrayList<>(PARTICLES_BETWEEN);
                    while (particles.size() < PARTICLES_BETWEEN) {
                        int w = j;
                        while (w < to && text.charAt(w) != ' ' && text.charAt(w) != '\u00A0') {
                            w++;
                        }
                        int after = spaces(text, w, to);
                        // "Vugar Nadir oğlu Abbasov": the Azerbaijani official style puts the father's name and
                        // "son of" between the given name and the surname, and the name goes on
                        if (after == w || !Vocabulary.PARTICLES.contains(text.substring(j, w))
                                && !Vocabulary.PATRONYMICS_AFTER.contains(text.substring(j, w))
                                && !(text.startsWith("an", j) && w == j + 2 && gaelicMutation(text, after, to))) {
                            break;
                        }
                        particles.add(text.substring(j, w));
                        j = after;
                    }
                    if (j >= to || Character.getType(text.codePointAt(j)) != Character.UPPERCASE_LETTER
                            && !arabicArticle(text, j, to) && !gaelicMutation(text, j, to) && !okina(text, j, to)
                            && !gluedParticleName(text, j, to)) {
                        break;
                    }
                    int next = token(text, j, to);
                    if (next == j + 1 && text.charAt(j) == 'I' && particles.isEmpty()) {
                        // "When I told Brennan I was writing": the pronoun, not a regnal number
                        break;
                    }
                    if (more >= MORE_TOKENS) {
                        // "Madang Provincial Police Commander Chief Inspector David Yambe": a chain of
                        // titles longer than a name ends in the name, so the first word goes, not the last
                        if (!particles.isEmpty() || Vocabulary.PARTICLES.contains(tokens.get(1))) {
                            break;
                        }
                        start = spaces(text, start + tokens.remove(0).length(), to);
                    }
                    tokens.addAll(particles);
                    tokens.add(text.substring(j, next));
                    end = next;
                }
                int patronymic = patronymicAfter(text, end, to);
                if (patronymic > end) {
                    tokens.add(text.substring(spaces(text, end, to), patronymic));
                    end = patronymic;
                }
                return new Run(start, end, tokens);
            }
            i += Character.charCount(c);
        }
        return null;
    }

    /** The small particles a surname may carry glued to its capital: "deBrum", "vanDyke", "diMaggio". */
    private static final Set<String> GLUED_PARTICLES = Set.of("de", "di", "da", "du", "del", "van", "von", "la", "le");

    /**
     * Whether a surname whose particle is written small and glued to it ("Tony deBrum", "Kyle
     * vanDyke") starts at {@code i}: it is a name as "De Brum" would be, and a sentence may open
     * with it ("deBrum said"). Not "eBay" or "iPhone": the small part must be a particle.
     */
    private static boolean gluedParticleName(String text, int i, int to) {
        if (i > 0 && gluedBefore(text.codePointBefore(i))) {
            return false;
        }
        int j = i;
        while (j < to && j - i < 3 && text.charAt(j) >= 'a' && text.charAt(j) <= 'z') {
            j++;
        }
        return j + 1 < to && Character.isUpperCase(text.charAt(j)) && Character.isLowerCase(text.charAt(j + 1))
                && GLUED_PARTICLES.contains(text.substring(i, j));
    }

    /**
     * The end of a Turkic patronymic written small after the name ("Aizada Bekmurat kyzy", "Timur
     * Asanbek uulu", "Ali Huseyn oglu"), which is part of it and stays in later mentions
     * ("Bekmurat kyzy said"); else {@code end}.
     */
    private static int patronymicAfter(String text, int end, int to) {
        int j = spaces(text, end, to);
        if (j == end || j >= to || "kuoq".indexOf(text.charAt(j)) < 0) {
            return end;
        }
        for (String word : Vocabulary.PATRONYMICS_AFTER) {
            int after = j + word.length();
            if (text.startsWith(word, j) && (after == to || !Character.isLetter(text.charAt(after)))) {
                return after;
            }
        }
        return end;
    }

    /**
     * Whether {@code [from, to)} holds "al-", "el-"… at all: looked for once, so that text
     * without them, nearly all of it, pays nothing for the look at every letter.
     */
    private static final Set<String> MALAY_TITLES = Set.of("Puan", "Datuk", "Dato", "Dato'", "Dato’", "Datin", "Tan", "Toh");

    /**
     * The words of a two-word Malaysian title before at least two words of a name: "Tan" or "Toh"
     * opening "Tan Sri" or "Toh Puan", and "Sri" or "Seri" after Puan, Datuk, Dato' or Tan. Not
     * after "Ibu": "Ibu Sri Mulyani Indrawati" is an Indonesian Sri.
     */
    private static boolean malayTitleWord(List<String> tokens, String honorific) {
        String t = tokens.get(0);
        if ((t.equals("Tan") || t.equals("Toh")) && honorific == null) {
            return tokens.size() > 3 && (tokens.get(1).equals("Sri") || tokens.get(1).equals("Seri") || t.equals("Toh")
                    && tokens.get(1).equals("Puan"));
        }
        return (t.equals("Sri") || t.equals("Seri")) && honorific != null && MALAY_TITLES.contains(honorific)
                && tokens.size() > 2;
    }

    /**
     * Whether "play", "portray" or "voic" starts anywhere a name in {@code [from, to)} can look back
     * to for {@link #isCharacter}: one look at the text instead of three at every name.
     */
    private static boolean mentionsPlaying(String text, int from, int to) {
        int near = Math.max(0, from - 60);
        return startsBefore(text, "play", near, to) || startsBefore(text, "portray", near, to)
                || startsBefore(text, "voic", near, to);
    }

    private static boolean startsBefore(String text, String needle, int from, int to) {
        int i = text.indexOf(needle, from);
        return i >= 0 && i + needle.length() <= to;
    }

    private static boolean mayHoldArabicArticle(String text, int from, int to) {
        for (int i = text.indexOf('-', from); i >= 0 && i < to; i = text.indexOf('-', i + 1)) {
            if (i >= 2 && mayOpenArabicArticle(text, i - 2, to) || i >= 3 && mayOpenArabicArticle(text, i - 3, to)) {
                return true;
            }
        }
        return false;
    }

    /** A cheap first look for {@link #arabicArticle}: a word starting a, e or b with a hyphen soon after. */
    private static boolean mayOpenArabicArticle(String text, int i, int to) {
        char ch = text.charAt(i);
        return (ch == 'a' || ch == 'e' || ch == 'b') && i + 4 < to && (text.charAt(i + 2) == '-' || text.charAt(i + 3) == '-')
                && (i == 0 || !Character.isLetter(text.charAt(i - 1)));
    }

    /** "al-Masri", "el-Sayed", "bin-Salem": a lower-case article joined to a capital by a hyphen. */
    private static boolean arabicArticle(String text, int j, int to) {
        for (String article : ARABIC_ARTICLES) {
            int after = j + article.length();
            if (after < to && text.startsWith(article, j) && Character.isUpperCase(text.charAt(after))) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsPossessive(String token) {
        return token.endsWith("’s") || token.endsWith("'s") || token.endsWith("s’") || token.endsWith("s'");
    }

    /** The end of the word at {@code i}, which starts with a capital: "Dr.", "J.", "O’Neill-Smith". */
    private static int token(String text, int i, int to) {
        int letters = i;
        while (letters < to && Character.isLetter(text.codePointAt(letters))) {
            letters += Character.charCount(text.codePointAt(letters));
        }
        if (letters < to && text.charAt(letters) == '.'
                && (ABBREVIATIONS.contains(text.substring(i, letters)) || letters == i + Character.charCount(text.codePointAt(i))
                || text.startsWith("Ma", i) && letters == i + 2 && twoNamesFollow(text, letters + 1, to)
                || letters == i + 2 && Vocabulary.DIGRAPH_INITIALS.contains(text.substring(i, letters))
                    && nameFollows(text, letters + 1, to)
                || letters == i + 2 && text.startsWith("Ch", i) && twoNamesFollow(text, letters + 1, to)
                    && !rankFollows(text, letters + 1, to))) {
            // "Ma. Teresa Villanueva": Maria, as Filipinos write it; "said Ma. The company…" is the surname Ma
            int end = letters + 1;
            while (letters == i + 1 && end + 1 < to && Character.isUpperCase(text.charAt(end)) && text.charAt(end + 1) == '.') {
                // "K.R. Sasidharan", "J.R.R. Tolkien": initials written without spaces are one word
                end += 2;
            }
            return end;
        }
        int j = i + Character.charCount(text.codePointAt(i));
        while (j < to) {
            int c = text.codePointAt(j);
            if (!(Character.isLetter(c) || Chars.isMark(c) || c == '’' || c == '\'' || c == '-')) {
                break;
            }
            j += Character.charCount(c);
        }
        return j;
    }

    /**
     * "'Ulufonua", "ʻAna": a Tongan, Hawaiian or Samoan name opening with the glottal stop, which
     * is written before a vowel as an apostrophe or a turned comma when the font has no okina.
     */
    private static boolean okina(String text, int at, int to) {
        char mark = text.charAt(at);
        if (mark != '\'' && mark != '\u2018' && mark != '\u02BB' || at + 2 >= to
                || !("AEIOU".indexOf(text.charAt(at + 1)) >= 0 && Character.isLowerCase(text.charAt(at + 2))
                    || sesothoMother(text, at, to))) {
            return false;
        }
        return at == 0 || !gluedBefore(text.codePointBefore(at));
    }

    /**
     * "'Malerato Letsie", "'Mamello", and the form of address "'M'e": Sesotho writes a woman's name
     * that says "mother of" with the apostrophe of a dropped syllable before the M.
     */
    private static boolean sesothoMother(String text, int at, int to) {
        if (text.charAt(at + 1) != 'M') {
            return false;
        }
        char next = text.charAt(at + 2);
        return next == 'a' && at + 3 < to && Character.isLowerCase(text.charAt(at + 3))
                || (next == '\'' || next == '\u2019') && at + 3 < to && text.charAt(at + 3) == 'e'
                    && (at + 4 == to || !Character.isLetter(text.charAt(at + 4)));
    }

    /**
     * Whether a single quote closes after {@code from}, so that the mark before a capital opened a
     * quote ("told me, 'Ask him yourself.'") rather than a name: a mark after a word and before
     * no letter. An apostrophe inside a word ("didn't") closes nothing. Looked for only so far as
     * a quoted sentence runs, so that a paragraph of many such marks is not read again for each.
     */
    private static boolean closedLater(String text, int from, int to) {
        if (text.charAt(from - 2) == '\u02BB') {
            return false;
        }
        for (int k = from, end = Math.min(to, from + QUOTED_SENTENCE); k < end; k++) {
            char ch = text.charAt(k);
            if ((ch == '\'' || ch == '\u2019') && (k + 1 == to || !Character.isLetter(text.charAt(k + 1)))) {
                return true;
            }
        }
        return false;
    }

    /** "t-Saoir" of "Mòrag Nic an t-Saoir", "h-Aonghais": a Gaelic surname after its article. */
    private static boolean gaelicMutation(String text, int at, int to) {
        return at + 2 < to && (text.charAt(at) == 't' || text.charAt(at) == 'h') && text.charAt(at + 1) == '-'
                && Character.isUpperCase(text.charAt(at + 2));
    }

    /** Whether " Bat-Erdene": a capitalised word follows {@code at}. */
    private static boolean nameFollows(String text, int at, int to) {
        int j = spaces(text, at, to);
        return j > at && j < to && Character.isUpperCase(text.charAt(j));
    }

    /**
     * Whether " Supt. Dixon": a police rank follows, so a "Ch." before it is "Chief", not the
     * Telugu initial of "Ch. Narasimha Rao" (Chowdary, Cherukuri…), which two name words follow.
     */
    private static boolean rankFollows(String text, int at, int to) {
        int j = spaces(text, at, to);
        return rank(text.substring(j, token(text, j, to)));
    }

    /** "Supt.", "Inspector", "Constable": a rank or title, with its point or without. */
    private static boolean rank(String word) {
        word = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        return Vocabulary.HONORIFIC_ROLES.containsKey(word) || Vocabulary.HONORIFICS.contains(word)
                || Vocabulary.ROLE_NOUNS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether " Teresa Villanueva": two capitalised words follow {@code at}. */
    private static boolean twoNamesFollow(String text, int at, int to) {
        int j = spaces(text, at, to);
        if (j == at || j >= to || !Character.isUpperCase(text.charAt(j))) {
            return false;
        }
        int end = token(text, j, to);
        int k = spaces(text, end, to);
        return k > end && k < to && Character.isUpperCase(text.charAt(k));
    }

    /** A character that makes a capital part of the word before it: "iPhone", "x-Ray", "O’". */
    private static boolean gluedBefore(int c) {
        return Character.isLetter(c) || (c >= '0' && c <= '9') || c == '’' || c == '\'' || c == '-';
    }

    private static int spaces(String text, int i, int to) {
        while (i < to && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) {
            i++;
        }
        return i;
    }

    private static Set<String> abbreviations() {
        Set<String> all = new java.util.HashSet<>(Vocabulary.HONORIFICS);
        all.addAll(List.of("St", "Jr", "Sr"));
        return Set.copyOf(all);
    }

    /** Whether someone named earlier in the sentence that {@code start} is in acts in it. */
    private static boolean subjectBefore(List<Hit> hits, String text, int start) {
        // only the text just before is looked at, so a paragraph without full stops stays linear
        int floor = Math.max(0, start - LOOK_BACK);
        int limit = start;
        for (int k = hits.size() - 1; k >= 0 && hits.get(k).end() >= floor; k--) {
            Hit h = hits.get(k);
            for (int i = h.end(); i < limit; i++) {
                if (".!?".indexOf(text.charAt(i)) >= 0 && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
                    return false;
                }
            }
            if (h.subject() && (lowerCaseNext(text, pastAsides(text, h.end()))
                    // "Kvarchia, speaking through his lawyer until Judge Agrba allowed it, said": the
                    // name opens the sentence and an aside of any kind follows it, so it is the subject
                    || (h.sentenceStart() || h.honorific() != null && titleOpensSentence(text, h.start())
                    // "The Warriors’ coach, Dele Adeyemi, said Obi would…": the name renames the role the sentence opens on
                    || NameEvidence.renamesARole(text, h))
                    && h.end() < text.length() && text.charAt(h.end()) == ','
                    && lowerCaseNext(text, h.end() + 1))) {
                // "Ferreira felt", "Dunmore said", "Mulcahy, who sat beside her, said": a verb
                // follows; not an aside ("a baker, Albert Simms,")
                return true;
            }
            limit = h.start();
        }
        return false;
    }

    /**
     * Whether the sentence around {@code start} opens with someone named by a pronoun or a role
     * and a verb: "He said", "She was asked", "The coach was then asked", "The 51-year-old said".
     */
    private static boolean describedSubjectBefore(String text, int start) {
        int s = Sentences.start(text, Math.max(0, start - LOOK_BACK), start);
        int w1 = skipSpace(text, s);
        int e1 = wordEnd(text, w1, start);
        String first = text.substring(w1, e1);
        int w2 = skipSpace(text, e1);
        if (PRONOUN_SUBJECTS.contains(first)) {
            return w2 < start && Character.isLowerCase(text.charAt(w2));
        }
        if (UNNAMED_OPENERS.contains(first)) {
            // "One former student, now a carver in Inukjuak, said Qisiiq had been strict": someone
            // the text does not name opens the sentence and reports, so the name is what is reported
            List<Descriptors.Match> unnamed = Descriptors.unnamed(text, w1, start);
            return !unnamed.isEmpty() && unnamed.get(0).start() == w1;
        }
        if (!first.equals("The") || w2 >= start) {
            return false;
        }
        int e2 = wordEnd(text, w2, start);
        String second = text.substring(w2, e2).toLowerCase(Locale.ROOT);
        int w3 = skipSpace(text, e2);
        return (Vocabulary.ROLE_NOUNS.contains(second) || AGED.matcher(second).matches())
                && w3 < start && Character.isLowerCase(text.charAt(w3));
    }

    /** "Calloway asked Delgado-Reyes directly whether…": the one addressed is the one who answers next. */
    private static final Set<String> ADDRESSED = Set.of("asked", "pressed", "questioned", "challenged", "quizzed",
            "urged", "invited", "interrupted", "answered", "grilled", "interviewed");

    /**
     * "invited Ramabulana to come": asked to an event, not to answer, so the one invited is the
     * object of the one who invited him, who goes on speaking ("“…,” he said"); "invited Okafor to
     * respond" still hands the floor over.
     */
    private static boolean invitedToCome(String text, String before, int end) {
        return before.equals("invited") && !INVITED_TO_ANSWER.matcher(text).region(end, Math.min(text.length(), end + 20)).lookingAt();
    }

    private static final Pattern INVITED_TO_ANSWER = Pattern.compile(
            "\\s+to\\s+(?:respond|reply|answer|comment|speak|explain|address|say)\\b");

    private static final Pattern AGED = Pattern.compile("\\d+-year-old");
    private static final Set<String> PRONOUN_SUBJECTS = Set.of("He", "She", "They");
    /** What opens a sentence about someone unnamed: "One resident", "A neighbour", "An engineer". */
    private static final Set<String> UNNAMED_OPENERS = Set.of("One", "A", "An");

    /** The end of the word at {@code i}: the next space, or {@code limit}. */
    private static int wordEnd(String text, int i, int limit) {
        int e = i;
        while (e < limit && !Character.isWhitespace(text.charAt(e))) {
            e++;
        }
        return e;
    }

    /**
     * "the youngest of six children of a fisherman, Murdo MacKinnon, and his wife Christina, a
     * weaver", in a sentence someone else acts in: a name joined by "and" to the name just
     * before, which is no one acting, is an object too, however the words between ("his wife")
     * would otherwise read; not when a verb follows it ("…thanked Tom Hale, and Mary Jones
     * said"), which opens a clause of its own, nor when nobody else acts ("Watching were the
     * bowler's father, Craig Hale, and his grandmother Joan Hale, who…": they are the subjects).
     */
    private static boolean joinedToAnObject(String text, int titleStart, int end, Hit previous, List<Hit> hits) {
        if (previous == null || previous.subject() || previous.end() > titleStart || titleStart - previous.end() > 30
                || end < text.length() && ",.;)".indexOf(text.charAt(end)) < 0) {
            return false;
        }
        String between = text.substring(previous.end(), titleStart).strip();
        if (between.startsWith(",")) {
            between = between.substring(1).strip();
        }
        if (!between.startsWith("and ") && !between.startsWith("or ")) {
            return false;
        }
        String[] words = between.substring(between.indexOf(' ') + 1).strip().split(" ");
        if (words.length > 3) {
            return false;
        }
        for (String w : words) {
            if (!w.isEmpty() && !Character.isLowerCase(w.charAt(0))) {
                return false;
            }
        }
        int sentence = Sentences.start(text, Math.max(0, titleStart - LOOK_BACK), titleStart);
        for (int k = hits.size() - 1; k >= 0 && hits.get(k).start() >= sentence; k--) {
            Hit h = hits.get(k);
            int next = skipSpace(text, pastAsides(text, h.end()));
            // "Watching from the grassy hill were…": a capital opening the sentence before a
            // preposition is no one's name acting
            if (h.subject() && !Vocabulary.PREPOSITIONS.contains(wordAt(text, next))) {
                return true;
            }
        }
        return describedSubjectBefore(text, titleStart);
    }

    /** How far back {@link #subjectBefore} looks for the one acting in a sentence. */
    static final int LOOK_BACK = 300;

    /**
     * Whether a name is the one acting in its sentence: a name followed by a lower-case word
     * (most often its verb) is; one after a preposition, closing its sentence, or renaming an
     * object ("by the referee, Craig Dunmore, which…") is not.
     *
     * @param titleStart    where the name starts with its honorific ("Ms Nakato"), or {@code start}
     * @param subjectBefore someone named earlier in the same sentence acts in it
     */
    /** "she and ", "he and ": a pronoun coordinated with the name that follows. */
    private static final Pattern PRONOUN_AND = Pattern.compile("(?<![\\p{L}’'])(?:she|he)\\s+and\\s+$");

    private static boolean isSubject(String text, int start, int titleStart, int end, String before, boolean subjectBefore) {
        if (titleStart == start && ("the".equals(before) || "a".equals(before) || "an".equals(before))
                && !opensSentence(text, wordStart(text, start))) {
            // "stood in front of the Dunmore portrait": a name after an article inside the sentence
            // says which thing; "The Daily Meezan said" opening it may be a body that acts
            return false;
        }
        if (Vocabulary.PREPOSITIONS.contains(before)) {
            // the word before the name and its title: "For" of "For Ms Nakato,", not "Ms"
            int lead = wordStart(text, titleStart);
            if (before.equals("from")) {
                // "The court also heard from Esther Lungu, a farmer…. She told the court…": the one
                // heard is the one giving evidence
                return HEARD.contains(wordBefore(text, lead, Math.max(0, lead - 12))) && !heardByAPerson(text, lead);
            }
            if (before.equals("to") && wordBefore(text, lead, Math.max(0, lead - 12)).equals("according")) {
                // "…more downloads than the old show, according to Marcus." ¶ "“…,” he said": the one
                // the words are according to is the one who said them
                return true;
            }
            // "For Alvarado, who now works mostly in audiobooks, the money is secondary. She says…":
            // the one the sentence is about
            return before.equals("for") && end < text.length() && text.charAt(end) == ','
                    && opensSentence(text, lead);
        }
        if ("and".equals(before) && PRONOUN_AND.matcher(text).region(Math.max(0, titleStart - 9), titleStart).find()) {
            // "Whitcombe said she and Ella would try again": the "she" is the one acting, whom the
            // name beside her is not
            return false;
        }
        if ("its".equals(before) || "their".equals(before)) {
            // "would keep both of its George Town offices": what a thing or a group owns is named
            // by a place or a brand, and nobody acts there
            return false;
        }
        boolean clause = REPORTING.contains(before) || SUBORDINATORS.contains(before)
                || Vocabulary.ROLE_NOUNS.contains(before) && reportedBeforeRole(text, titleStart);
        if (subjectBefore && clause && !opensSentence(text, wordStart(text, titleStart)) && lowerCaseNext(text, end)) {
            // "Ferreira felt his side … when Ibarra went down", "Dunmore said El-Amrani had been":
            // the subject of a clause inside the sentence of someone named before, who acts;
            // "The match turned when Thornton won" has no one else to act
            return false;
        }
        if (clause && !opensSentence(text, wordStart(text, titleStart))
                && lowerCaseNext(text, pastAsides(text, end)) && describedSubjectBefore(text, start)) {
            // "The coach was then asked whether Burke, whose fans…, would be dropped": the one
            // acting is the coach, named before by a role or a pronoun
            return false;
        }
        if (before != null && (before.length() > 4 && before.endsWith("ed") || OBJECT_VERBS.contains(before)
                || before.length() > 5 && before.endsWith("ing") && !ING_NOUNS.contains(before)
                || verbAfterAnAuxiliary(text, wordStart(text, titleStart)))
                && !REPORTING.contains(before)
                && !(ADDRESSED.contains(before) && !invitedToCome(text, before, end))
                && Character.isLowerCase(before.charAt(0)) && (subjectBefore || describedSubjectBefore(text, start))) {
            // "Kovacevic said he had texted Dunstan on Sunday": the object of someone's verb
            return false;
        }
        if (reportedByAPronoun(text, start)) {
            // "He added that every line… was built from melodies Ray had recorded. “…,” he said":
            // a name inside what "he" reports is not the one acting; the "he" is
            return false;
        }
        if (inWhoseClause(text, start)) {
            // "Menon, whose elder brother Akhil had fallen…, said": Akhil is an aside
            return false;
        }
        if (Vocabulary.ROLE_NOUNS.contains(before)) {
            // "with referee Darren Bond": the role's own preposition makes the name an object
            int roleStart = start - 1;
            while (roleStart > 0 && Character.isWhitespace(text.charAt(roleStart))) {
                roleStart--;
            }
            roleStart -= before.length() - 1;
            // "of the Hollywood star Maren Holt": past the role's article and capitalised words
            for (int words = 0; words < 4 && roleStart > 0; words++) {
                String word = wordBefore(text, roleStart, 0);
                if (Vocabulary.PREPOSITIONS.contains(word)) {
                    return false;
                }
                int wordStart = wordStart(text, roleStart);
                if (word.isEmpty() || !DETERMINERS.contains(word) && !Character.isUpperCase(text.charAt(wordStart))) {
                    break;
                }
                roleStart = wordStart;
            }
        }
        int i = pastAsides(text, end);
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        if (i < text.length() && Character.isLowerCase(text.charAt(i))) {
            // "led Liberal candidate Amanda Fitzgerald by 56.4 to 43.6": "by" is no verb of hers
            return !text.startsWith("by ", i);
        }
        if (i < text.length() && ".!?".indexOf(text.charAt(i)) >= 0) {
            // "…, says consumer rights expert Priya Sethi.": a speech verb put before its subject
            return Vocabulary.ROLE_NOUNS.contains(before)
                    && INVERTED_SPEECH.matcher(text).region(Math.max(0, start - 80), start).find();
        }
        return !renamesAnObject(text, start);
    }

    /** Adverbs that open a sentence before its subject: "Afterwards, the coach…". */
    private static final Set<String> OPENING_ADVERBS = Set.of("afterwards", "afterward", "meanwhile", "later", "earlier",
            "however", "elsewhere", "instead", "still", "then", "now", "today", "yesterday", "overall", "nevertheless",
            "nonetheless", "moreover", "separately", "last", "next", "finally", "first", "again", "also", "there", "here",
            "back", "once", "soon", "since", "until", "tonight", "recently", "previously");

    /** A pronoun, a speech verb and "that" opening a sentence: "He added that ", "She said that ". */
    private static final Pattern PRONOUN_REPORTS = Pattern.compile(
            "(?:He|She)\\s+(?:(?:also|then|later)\\s+)?(?:said|says|added|adds|told\\s+\\p{Ll}+|explained|insisted|argued|noted|stressed)\\s+that\\s");

    /** Whether the sentence around {@code start} opens with "He added that" (or the like) before the name. */
    private static boolean reportedByAPronoun(String text, int start) {
        if (start < 14) {
            return false;
        }
        int s = skipSpace(text, Sentences.start(text, Math.max(0, start - LOOK_BACK), start));
        char c = s < text.length() ? text.charAt(s) : ' ';
        if (c != 'H' && c != 'S') {
            return false;
        }
        Matcher m = PRONOUN_REPORTS.matcher(text).region(s, start);
        return m.lookingAt();
    }

    /** "heard from ": the court or the committee heard someone give evidence. */
    private static final Set<String> HEARD = Set.of("heard", "hears", "hear");

    /** Words between a pronoun and its "heard": "she had since heard from". */
    private static final Set<String> HEARD_BETWEEN = Set.of("had", "has", "have", "since", "also", "already", "then",
            "later", "first", "never", "not", "finally", "just", "recently", "only");

    /**
     * Whether the "heard" before {@code lead} ("from") is a person's: "Garza said she had since
     * heard from Treviño directly" names whom she heard, who gives no evidence and does not act.
     */
    private static boolean heardByAPerson(String text, int lead) {
        int at = wordStart(text, lead);
        for (int words = 0; words < 4 && at > 0; words++) {
            String word = wordBefore(text, at, Math.max(0, at - 12));
            if (word.equals("he") || word.equals("she") || word.equals("i") || word.equals("we")) {
                return true;
            }
            if (!HEARD_BETWEEN.contains(word)) {
                return false;
            }
            at = wordStart(text, at);
        }
        return false;
    }

    /** Nouns ending as a verb's "-ing" does, which may stand before a name that acts: "On Tuesday morning Adeyemi said". */
    private static final Set<String> ING_NOUNS = Set.of("morning", "evening", "building", "meeting", "wedding", "thing",
            "something", "nothing", "anything", "everything", "during", "spring", "string", "sibling", "darling", "ceiling",
            "setting", "offering", "opening", "ending", "beginning", "hearing", "briefing", "reading", "painting", "ruling",
            "feeling", "king", "according", "regarding", "including", "following", "concerning", "outstanding", "amazing");

    /** A speech verb, then a role of up to five words that ends where the name begins: "says consumer rights expert ". */
    private static final Pattern INVERTED_SPEECH = Pattern.compile(
            "\\b(?:said|says|adds|added|explains|explained|warns|warned|notes|noted|argues|argued)\\s+(?:[\\p{L}’'\\-]+\\s+){1,5}$");

    /** Verbs in the past not ending in -ed, whose next name is their object: "Oduya, who met Ajayi at…". */
    private static final Set<String> OBJECT_VERBS = Set.of("met", "saw", "took", "gave", "knew", "beat", "left", "found",
            "brought", "caught", "taught", "sent", "paid", "kept", "led", "chose", "drew", "hit");

    /** Words that make the next word a verb: "did not blame", "would thank", "wanted to see". */
    private static final Set<String> AUXILIARIES = Set.of("did", "does", "do", "didn't", "didn’t", "doesn't", "doesn’t",
            "don't", "don’t", "would", "could", "will", "can", "cannot", "can't", "can’t", "won't", "won’t", "wouldn't",
            "wouldn’t", "couldn't", "couldn’t", "should", "to");

    /**
     * Whether the word at {@code lead} follows an auxiliary, perhaps with "not" or "never" between
     * ("He said he did not blame Hedley as much as the organisers"): a verb, so the name after it is
     * its object, whatever the verb, and not the one the next "he" means.
     */
    private static boolean verbAfterAnAuxiliary(String text, int lead) {
        if (lead <= 0 || !Character.isLowerCase(text.charAt(lead))) {
            return false;
        }
        int at = wordStart(text, lead);
        String word = wordBefore(text, lead, Math.max(0, lead - 12)).toLowerCase(Locale.ROOT);
        if (word.equals("not") || word.equals("never")) {
            word = wordBefore(text, at, Math.max(0, at - 12)).toLowerCase(Locale.ROOT);
        }
        return AUXILIARIES.contains(word);
    }

    /** What may open the noun phrase of a role: "the Hollywood star". */
    /**
     * "Macamo confirmed that centre-back Dércio Cossa had not recovered": a role before the name,
     * and before the role (and its article) a word that opens a clause inside the sentence.
     */
    private static boolean reportedBeforeRole(String text, int titleStart) {
        int role = wordStart(text, titleStart);
        String word = wordBefore(text, role, Math.max(0, role - 40));
        if (DETERMINERS.contains(word)) {
            int determiner = wordStart(text, role);
            word = wordBefore(text, determiner, Math.max(0, determiner - 40));
        }
        return REPORTING.contains(word) || SUBORDINATORS.contains(word);
    }

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "our", "fellow");

    /** Words after which a name opens a clause inside the sentence, not the sentence itself. */
    private static final Set<String> SUBORDINATORS = Set.of("when", "after", "because", "since", "if",
            "while", "until", "before", "although", "though", "whereas", "once", "unless", "that", "whether",
            // "a message …, which Wickramasinghe read aloud": a relative clause inside someone else's sentence
            "which", "whom",
            // "Aled Morgan, minister of the chapel where Mr Hale was a deacon, said": a place's
            // relative clause inside someone's apposition
            "where",
            // "Adeyemi-Lowe … was told what Tate had said": what someone said, inside another's sentence
            "what");
    /** "said X had…": reporting verbs whose next name is the subject of what is reported. */
    private static final Set<String> REPORTING = Set.of("said", "says", "told", "tells", "added", "adds",
            "insisted", "insists", "argued", "argues", "claimed", "claims", "believes", "believed", "thinks",
            "thought", "hoped", "hopes", "warned", "warns", "explained", "explains", "noted", "notes",
            // "whether the public had been misled into thinking Lan was involved"
            "saying", "thinking", "believing", "assuming", "claiming", "suggesting", "insisting");

    /**
     * Whether the title before a name opens its sentence, perhaps after "The": "The Rev. Aled
     * Lloyd, minister of…," is the sentence's subject as "Aled Lloyd, minister of…," is.
     */
    private static boolean titleOpensSentence(String text, int start) {
        int title = titleWordStart(text, start);
        if (opensSentence(text, title)) {
            return true;
        }
        int article = titleWordStart(text, title);
        return text.startsWith("The ", article) && opensSentence(text, article);
    }

    /** Where the word before {@code start} begins, counting a title's full stop ("Rev.") as part of it. */
    private static int titleWordStart(String text, int start) {
        int i = start - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        while (i >= 0 && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '.')) {
            i--;
        }
        return i + 1;
    }

    /** Whether {@code start} is inside a ", whose …" clause, or one closing an apposition, that began in this sentence. */
    private static boolean inWhoseClause(String text, int start) {
        int from = Math.max(0, start - 80);
        for (int i = start - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (".!?;“”\"".indexOf(c) >= 0) {
                return false;
            }
            if (c == ',') {
                // ", a retired fisherman whose grandson Tom Baker is…": the clause may close an apposition
                return text.startsWith(" whose ", i + 1) || text.startsWith(" whose\u00A0", i + 1)
                        || Regions.contains(text, " whose ", i, start);
            }
        }
        return false;
    }

    /** Where the word before {@code start} begins. */
    private static int wordStart(String text, int start) {
        int i = start - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        while (i >= 0 && isWordChar(text.charAt(i))) {
            i--;
        }
        return i + 1;
    }

    /**
     * Where the text after a name goes on past its asides: "Denise Abbott, 63, who worked there
     * for 22 years, said" goes on at "said". Only the text just after the name is looked at, so
     * a long paragraph stays linear.
     */
    static int pastAsides(String text, int end) {
        int i = end;
        Matcher aside = ASIDE_AFTER.matcher(text).useTransparentBounds(true);
        while (true) {
            aside.region(i, Math.min(text.length(), i + 160));
            if (!aside.lookingAt()) {
                return i;
            }
            i = aside.end();
        }
    }

    /** Whether the next word after {@code end} is a lower-case one: "Ibarra went", not "Ibarra, 24,". */
    /** The word starting at {@code i}, lower case. */
    private static String wordAt(String text, int i) {
        int e = i;
        while (e < text.length() && isWordChar(text.charAt(e))) {
            e++;
        }
        return text.substring(i, e).toLowerCase(Locale.ROOT);
    }

    private static boolean lowerCaseNext(String text, int end) {
        int i = skipSpace(text, end);
        return i < text.length() && Character.isLowerCase(text.charAt(i));
    }

    /** "… by the referee, Craig Dunmore": renames a phrase that is not the sentence's subject. */
    private static boolean renamesAnObject(String text, int start) {
        int from = Math.max(0, start - 80);
        Matcher m = RENAMED_PHRASE.matcher(text.substring(from, start));
        if (!m.find()) {
            return false;
        }
        int phrase = from + m.start();
        while (phrase < start && !Character.isLetter(text.charAt(phrase))) {
            phrase++;
        }
        return !opensSentence(text, phrase) && !opensClauseAfterComma(text, phrase) && !afterOpeningPhrase(text, phrase);
    }

    /**
     * Whether {@code at} follows a short phrase of place or time that opens the sentence ("Across
     * the tunnel, the visiting coach, …", "On Sunday, the club's chairman, …"): what comes next is
     * the sentence's subject as if it opened it.
     */
    private static boolean afterOpeningPhrase(String text, int at) {
        int comma = at - 1;
        while (comma >= 0 && Character.isWhitespace(text.charAt(comma))) {
            comma--;
        }
        if (comma < 1 || text.charAt(comma) != ',') {
            return false;
        }
        int s = Sentences.start(text, Math.max(0, comma - 60), comma);
        int w = skipSpace(text, s);
        String first = text.substring(w, wordEnd(text, w, comma)).toLowerCase(Locale.ROOT);
        if (!Vocabulary.PREPOSITIONS.contains(first) && !OPENING_ADVERBS.contains(first)) {
            return false;
        }
        int words = 1;
        for (int i = w; i < comma; i++) {
            char c = text.charAt(i);
            if (",;:“”\"".indexOf(c) >= 0) {
                return false;
            }
            if (c == ' ') {
                words++;
            }
        }
        return words <= 6;
    }

    /** "playing the publican ", "who voices ": a part in a film or series is named next. */
    private static final Pattern PLAYING = Pattern.compile(
            "\\b(?:play(?:ing|s|ed)|portray(?:ing|s|ed)|voic(?:ing|es|ed))\\s+(?:the\\s+(?:\\p{Ll}[\\p{Ll}-]*\\s+){1,3}"
            // "who has played barmaid Shelley Dunn", not "played alongside Tom Hale"
            // nor "One of the loudest voices was Danny Ruiz", where "voices" is a noun
            + "|(?!(?:with|alongside|against|opposite|for|under|beside|before|to|in|at|on|by|and|host|down|up|was|is|were|are)\\s)"
            + "\\p{Ll}[\\p{Ll}-]*\\s+)?$");
    /** " takes", " won": a verb in the past or the third person right after a name. */
    private static final Pattern ACTS_NEXT = Pattern.compile(" (?:\\p{Ll}{2,}(?:s|ed)|took|won|came|went|made|gave|said|told|ran|"
            + "got|fell|rose|broke|led|sang|spoke|stood|left|held|kept|brought|began|became|threw|struck|hit|scored)\\b");
    /** "known as", "cast as", "dressed as": a verb that names a part or an alias with "as", at the end of what comes before. */
    private static final Pattern AS_A_PART = Pattern.compile("\\b(?:known|cast|casting|play(?:s|ed|ing)?|dressed|billed|credited|"
            + "appear(?:s|ed|ing)?|star(?:s|red|ring)?|return(?:s|ed|ing)?|reprising|reprises|voiced|named|listed|identified|"
            + "described|referred\\s+to|introduced|styled|better|only|him|her|them|himself|herself)\\s*$");
    private static final Set<String> PLAYING_WORDS = Set.of("playing", "plays", "played", "portraying", "portrays",
            "portrayed", "voicing", "voices", "voiced");

    /** "as Rocky Balboa and John Rambo": roles, unless "such as"; "playing the publican Frank Hegarty". */
    private static boolean isCharacter(String text, int start, int end, String before, Hit previous, boolean playing) {
        if (before.equals("as")) {
            // only the words just before matter; the whole head of a long paragraph is not copied
            String head = text.substring(Math.max(0, start - 80), start).stripTrailing();
            head = head.substring(0, head.length() - 2).stripTrailing().toLowerCase(Locale.ROOT);
            // "Tears on stage as Mai Tran-Nguyen takes best actress": "as" opens a clause whose
            // subject she is, when a verb follows her and no verb of parts and names comes before it
            return !head.endsWith("such") && !(ACTS_NEXT.matcher(text).region(end, Math.min(text.length(), end + 20)).lookingAt()
                    && !AS_A_PART.matcher(head).find());
        }
        int near = Math.max(0, start - 60);
        if ((PLAYING_WORDS.contains(before) || playing && (Regions.contains(text, "play", near, start)
                || Regions.contains(text, "portray", near, start) || Regions.contains(text, "voic", near, start)))
                && PLAYING.matcher(text).region(near, start).find()) {
            // "best known for playing the publican Frank Hegarty in…": a part, not a person here
            return true;
        }
        if ((before.equals("and") || before.equals("or")) && previous != null && previous.character()) {
            String between = text.substring(previous.end(), start).strip();
            return between.equals("and") || between.equals("or") || between.equals(", and");
        }
        return false;
    }

    /** "…, and the shadow housing secretary, …": "and" or "but" after a comma, or opening a sentence, opens a clause. */
    private static boolean opensClauseAfterComma(String text, int start) {
        String before = wordBefore(text, start, Math.max(0, start - 12));
        if (!before.equals("and") && !before.equals("but")) {
            return false;
        }
        int i = start - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        i -= before.length();
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i < 0 || ",.!?\"“‘(—–:".indexOf(text.charAt(i)) >= 0;
    }

    /** "As Ogunbiyi put it": the "as" just before {@code start} is capitalised and opens its sentence. */
    private static boolean conjunctionAs(String text, int start) {
        int i = start - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= 1 && text.charAt(i - 1) == 'A' && text.charAt(i) == 's' && opensSentence(text, i - 1);
    }

    private static boolean opensSentence(String text, int start) {
        int i = start - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        if (i > 0 && text.charAt(i) == '"' && Character.isLetter(text.charAt(i - 1))) {
            // "he was "terrified" when Owen Davies came": a straight mark right after a word closes
            // a quoted word inside the sentence; it opens nothing
            return false;
        }
        return i < 0 || ".!?\"“‘(—–:".indexOf(text.charAt(i)) >= 0;
    }

    /** The word just before {@code start}, lower case; "" when punctuation stands between. */
    /**
     * "Classmate Yvon Sélémbi said", "Bandmate Oskari Lehtinen": a word made with "-mate" says
     * who someone is to another, as "teammate" does, and no one is named by it; a given name
     * ending so is shorter ("Fatmate").
     */
    static boolean companion(String word) {
        return word.length() >= 8 && word.endsWith("mate") && Character.isLowerCase(word.charAt(word.length() - 5));
    }

    /**
     * "June Halloway was in the back of a tour van": a month that people are also named opens a
     * run of names with nothing before it that dates ("in June", "last June", "since August"),
     * so it is her given name. Whether the run is a person at all the article's usage decides
     * later ("Halloway tells", "Halloway, 34,"), as for any given name Chorus does not know.
     */
    private static boolean monthAsGivenName(String text, int runStart, int start, List<String> tokens, int from) {
        if (start != runStart || tokens.size() < 2 || !MONTH_NAMES.contains(tokens.get(0))
                || Vocabulary.NOT_NAMES.contains(tokens.get(1))) {
            return false;
        }
        String before = wordBefore(text, start, from);
        return !Vocabulary.PREPOSITIONS.contains(before) && !DATING_WORDS.contains(before);
    }

    static String wordBefore(String text, int start, int from) {
        int i = start - 1;
        int lo = Math.max(from, 0);
        while (i >= lo && !isWordChar(text.charAt(i))) {
            if (".!?;:,—–\"“”".indexOf(text.charAt(i)) >= 0) {
                return "";
            }
            i--;
        }
        int end = i + 1;
        while (i >= lo && isWordChar(text.charAt(i))) {
            i--;
        }
        return end - (i + 1) > 40 ? "" : text.substring(i + 1, end).toLowerCase(Locale.ROOT);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || c == '’' || c == '\'' || c == '-';
    }

    /**
     * "Coun. Sherry Lapointe (Point Douglas)": capitals in brackets straight after a whole name, and
     * closing the brackets, name the ward, riding or seat the person sits for. Not letters ("Kemi
     * Pinheiro (SAN)", a rank) nor a body's short name after a body ("(TfL)"), which are all
     * capitals or follow no whole name.
     */
    private static boolean wardInBrackets(String text, Hit previous, int start, int end, List<String> tokens) {
        // only of someone given a title or an office ("Coun.", "MLA"), as the seat comes with it:
        // "the arrival of Bram Ostrowski (Tomás Ruiz)" names the actor who plays him
        if (previous == null || previous.tokens().size() < 2 || previous.possessive() || start < 2
                || previous.honorific() == null && !Vocabulary.isRole(previous.before())) {
            return false;
        }
        // "Cllr Tom Renhard (Labour, Ashley)": the party and the ward, each a run of its own
        int open = skipSpace(text, previous.end());
        if (open - previous.end() > 1 || open >= start || text.charAt(open) != '(') {
            return false;
        }
        int close = text.indexOf(')', open);
        if (close < end || close - open > 80 || !WARD.matcher(text).region(open + 1, close).matches()) {
            return false;
        }
        for (String t : tokens) {
            if (t.length() < 2 || !t.substring(1).chars().anyMatch(Character::isLowerCase)) {
                return false;
            }
        }
        return true;
    }

    /** "Old Kildonan", "Labour, Ashley", "Lab, Bishopston and Ashley Down": what a ward's brackets hold. */
    private static final Pattern WARD = Pattern.compile("\\p{Lu}[\\p{L}'’.\\-]*(?:(?:,\\s*|\\s+(?:and\\s+|of\\s+|the\\s+|&\\s+)?)\\p{Lu}[\\p{L}'’.\\-]*)*");

    private static int skipSpace(String text, int i) {
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) {
            i++;
        }
        return i;
    }
}
