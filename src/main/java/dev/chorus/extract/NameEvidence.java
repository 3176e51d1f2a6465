package dev.chorus.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the words around a capitalised name say it is: "Pascoe, 52," and "Pascoe says" are
 * written only of people, "Sporting Alvor said it" and "the conservation group Amphibia
 * Andina" only of organisations. Read before names are resolved, so that a given name nobody
 * knows ("Morwenna") still makes a person.
 */
final class NameEvidence {
    /**
     * Nouns that, just before a name ("the conservation group Amphibia Andina") or before the
     * comma of its apposition ("The administrators, Parkes Cole,"), make it an organisation.
     * Not nouns that people are too ("crane operator Jaime Quispe", "publisher Ann Hale").
     */
    private static final Set<String> ORGANISATION_NOUNS = Set.of("group", "company", "firm", "charity", "union",
            "developers", "administrators", "operators", "club", "agency", "organisation", "organization",
            "insurer", "lender", "bank", "newspaper", "retailer", "manufacturer", "brand", "startup",
            "label", "regulator", "watchdog", "airline", "consultancy", "foundation", "institute", "council",
            "department", "ministry", "authority", "consortium", "coalition", "alliance", "cooperative", "co-operative",
            "partnership", "studio", "platform");
    /**
     * Nouns that make an organisation of the name straight after them ("the association Literary
     * Translators Austria") but not of a name after their comma: "the chairperson of a local taxi
     * association, Mzukisi Tshabalala," is the chairperson.
     */
    private static final Set<String> ORGANISATION_NOUNS_BEFORE = Set.of("association", "federation", "guild", "society");
    /** Nouns of companies and of people alike: an organisation's only before a name that is no person's. */
    static final Set<String> COMPANY_OR_PERSON_NOUNS = Set.of("operator", "developer", "publisher",
            "administrator", "carrier", "network", "body", "broadcaster", "contractor", "subcontractor", "supplier",
            "distributor", "manufacturer", "insurer", "lender");
    private static final Pattern STATEMENT_AFTER = Pattern.compile("(?:\\s+(?:union|group|party|company|firm|club))?"
            // "A campaign group …, Llais y Plant, said in a statement": the name in apposition
            + "(?:,[^,;:.!?“”\"]{1,80},|,)?"
            + "\\s+(?:has\\s+|had\\s+)?(?:said|says)\\s+(?:it\\b|in\\s+a\\s+(?:[\\p{L}\\-]+\\s+){0,2}?statement)");
    /**
     * ", 81," or " (81)" after a name, written only of people; the group, 1 or 2, is the age the
     * article may call them by (see {@link #age}).
     */
    static final Pattern AGE_AFTER = Pattern.compile(",\\s*(?:now\\s+|aged\\s+)?(\\d{1,3}),| \\((\\d{1,3})\\)(?=[\\s,])");

    /** The age a match of {@link #AGE_AFTER}, or of a pattern with the same two groups, found. */
    static String age(Matcher m) {
        return m.group(1) != null ? m.group(1) : m.group(2);
    }
    /** ", eight,": a child's age in words. */
    private static final Pattern AGE_IN_WORDS_AFTER = Pattern.compile(
            ",\\s*(?:four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen),");
    /** "Chen Wei-ling, who tracks…": organisations are "which". */
    private static final Pattern WHO_AFTER = Pattern.compile(",\\s*(?:who|whose)\\s");
    /** "said Shakira, who headlined": what is written of a person, not of a company. */
    static boolean whoAfter(String text, int end) {
        return WHO_AFTER.matcher(text).region(end, Math.min(text.length(), end + 9)).lookingAt();
    }

    /** "Tsultrim Rabgye of Hemis, who": where a person is from, then "who" for them. */
    private static final Pattern PLACE_THEN_WHO_AFTER = Pattern.compile("\\s+(?:of|from)\\s+\\p{Lu}[\\p{L}\\-]+,\\s*(?:who|whose)\\s");
    private static final Pattern WHICH_AFTER = Pattern.compile(",\\s*which\\s");
    /** Verbs that, straight after a name, say a person acts: organisations "said" too, so not those. */
    private static final Pattern PERSON_VERB_AFTER = Pattern.compile(
            "\\s+(?:says|said|told|added|recalls|recalled|laughs|laughed|smiles|smiled|admits|admitted|asks|asked|"
            + "replies|replied|answers|answered|jokes|joked|shrugs|shrugged|nods|nodded|sighs|sighed)(?![\\p{L}])");

    /**
     * "Ieva Laurinaitė of national radio asked", "Sainabou Ceesay of Teranga Sport asked": where a
     * person is from, by name or not, then a verb only people's is.
     */
    private static final Pattern AFFILIATION_THEN_PERSON_VERB = Pattern.compile("\\s+(?:of|from)\\s+(?:the\\s+)?"
            + "(?:\\p{L}[\\p{L}\\-]*\\s+){1,3}?" + PERSON_VERB_AFTER.pattern().substring("\\s+".length()));

    /** "Tavita Leota did not hide his frustration": organisations do not have a "his". */
    private static final Pattern HIS_AFTER = Pattern.compile(
            "(?:\\s+(?:of|from)\\s+\\p{Lu}\\p{L}+)?\\s+(?:(?!(?:while|when|as|and|but|or|after|before|because|since|if|"
                    + "until|with|who|that|where|whose|than|to|for)\\s)\\p{Ll}[\\p{L}’'\\-]*\\s+){1,4}(?:his|himself|herself)\\b");

    /** "The first question from the floor came from ": who asks it is a person. */
    static final Pattern QUESTION_FROM = Pattern.compile(
            "(?i)\\bquestions?\\b[^.;:“”\"]{0,60}\\b(?:came|comes|was|is)\\s+from\\s+");
    private static final Pattern QUESTION_FROM_TAIL = Pattern.compile(QUESTION_FROM.pattern() + "$");

    private static final Pattern ORGANISATION_APPOSITION = Pattern.compile(
            ",\\s+(?:the|a|an)\\s+(?:[\\p{Ll}\\-]+\\s+){0,3}?(\\p{Ll}+)\\b(?=,|\\s+(?:that|which|whose|behind|of|for|in|at|based|running|on\\s+(?:which|whose)|,))");
    private static final Pattern IN_A_STATEMENT = Pattern.compile("(?i)\\bin an? (?:[\\p{L}\\-]+\\s+){0,2}?statement"
            // "In a statement posted to its website on Tuesday, Kestrel Frame said"
            + "(?:\\s+(?:posted|published|released|issued|sent|shared)\\b[^,.;:!?“”\"]{1,60})?,\\s*"
            // "In an e-mailed statement, Immigration, Refugees and Citizenship Canada said"
            + "(?-i:(?:\\p{Lu}[\\p{L}\\-]*,?\\s+(?:and\\s+)?){0,4})$");

    /** A noun just after a name: "Tolaga Bay resident". */
    private static final Pattern NOUN_AFTER = Pattern.compile(" (\\p{Ll}[\\p{L}\\-]*)(?![\\p{L}\\-])");

    /** "who gave his name only as ", "introduced himself only as ", "who gave only her first name, ". */
    private static final Pattern ONLY_NAME_BEFORE = Pattern.compile("(?:\\bname(?: only)? as|\\b(?:named|known|"
            + "identified|introduced)(?: [^,.;:“”\"]{1,30}?)? only as|\\bfirst name,)\\s+(?:\\p{Lu}\\p{L}{0,4}\\.?\\s+)?$");
    /** "who introduced himself as ", "a woman who gave her name as ": a person's own name follows. */
    static final Pattern OWN_NAME_BEFORE = Pattern.compile(
            "\\b(?:introduced (?:himself|herself|themselves)|gave (?:his|her|their) name) as\\s+$");
    /** ", a 71-year-old supporter", ", a retired miner", ", who asked that only her first name be used". */
    private static final Pattern ONE_NAME_APPOSITION = Pattern.compile(
            ",\\s+(?:(?:a|an)\\s+((?:[\\p{L}\\d\\-]+\\s+){0,3}[\\p{Ll}\\d\\-]+)\\b|(?:\\d{1,3},\\s+)?who\\s)");
    /** ", the 21-year-old winger": an age in years, which a club or a band is not given. */
    private static final Pattern THE_AGED_APPOSITION = Pattern.compile(",\\s+the\\s+(?:\\p{Ll}+\\s+)?\\d{1,3}-year-old\\s");
    private static final Pattern NAME_WITHHELD = Pattern.compile("\\b(?:first name|surname|last name|full name|single name|one name)\\b");

    private NameEvidence() {
    }

    /** "Telinho, the 21-year-old winger from Matola": renamed by "the" and an age, as only people are. */
    static boolean agedByThe(String text, int end) {
        return THE_AGED_APPOSITION.matcher(text).region(end, Math.min(text.length(), end + 40)).lookingAt();
    }

    /** "who gave his name only as Ibrahim", "introduced only as Mia": the one word is all of a person's name. */
    /** "who gave his name only as ", "identified only as " just before {@code nameStart}. */
    static boolean onlyNameBefore(String text, int nameStart) {
        return ONLY_NAME_BEFORE.matcher(text).region(Math.max(0, nameStart - 60), nameStart).find();
    }

    static boolean onlyNameGiven(String text, NameScanner.Hit hit) {
        // "known to her neighbours only as Miss Ivy": the word before may be the honorific
        return ("as".equals(hit.before()) || hit.before().isEmpty() || hit.honorific() != null)
                && ONLY_NAME_BEFORE.matcher(text).region(Math.max(0, hit.start() - 60), hit.start()).find();
    }

    /**
     * "A spokeswoman for the Ministry of Culture, Information and Youth Policy, Gulnara Sadykova,
     * confirmed": a whole name set off by commas that renames a person's role opening its clause
     * is a person's, whether or not Chorus knows the given name.
     */
    static boolean renamesARole(String text, NameScanner.Hit hit) {
        if (hit.tokens().size() < 2 || hit.honorific() != null || hit.end() >= text.length() || text.charAt(hit.end()) != ',') {
            return false;
        }
        int comma = hit.start() - 1;
        while (comma >= 0 && text.charAt(comma) == ' ') {
            comma--;
        }
        if (comma < 1 || text.charAt(comma) != ',') {
            return false;
        }
        int from = Sentences.start(text, Math.max(0, comma - 120), comma);
        String[] words = text.substring(from, comma).strip().split("\\s+");
        for (int i = 0; i + 1 < words.length && i < 3; i++) {
            if (!ROLE_DETERMINERS.contains(words[i].toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (int j = i + 1; j < words.length && j <= i + 3; j++) {
                String lower = words[j].toLowerCase(Locale.ROOT);
                if (COMPANY_OR_PERSON_NOUNS.contains(lower) && j == words.length - 1) {
                    // "The contractor, Normandie Ouvrages,": a role a firm may hold too, which the name then decides
                    return false;
                }
                if (Vocabulary.UNNAMED_PEOPLE.contains(lower) || Vocabulary.ROLE_NOUNS.contains(lower)) {
                    return onlyProperNamesAfter(words, j + 1);
                }
            }
            return false;
        }
        return false;
    }

    /**
     * Whether what follows the role names no common noun the name could rename instead: "for the
     * Ministry of Culture, Information and Youth Policy", not "for the performers' union", which
     * "Screen Actors Australia" renames.
     */
    private static boolean onlyProperNamesAfter(String[] words, int from) {
        for (int k = from; k < words.length; k++) {
            String bare = words[k].replaceAll("^\\p{P}+|\\p{P}+$", "");
            if (!bare.isEmpty() && !Character.isUpperCase(bare.charAt(0)) && !OF_A_BODY.contains(bare)) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> ROLE_DETERMINERS = Set.of("a", "an", "the", "its", "his", "her", "their", "our");
    private static final Set<String> OF_A_BODY = Set.of("for", "of", "at", "the", "and", "in", "on", "&");

    /** " himself ", " herself " just after a name: "Osian himself", "Rajaratnam herself". */
    static boolean reflexiveAfter(String text, int end) {
        return text.startsWith(" himself ", end) || text.startsWith(" herself ", end);
    }

    /**
     * "Mere, a 71-year-old supporter", "Davie, a retired miner", "Bev, … who asked that only her
     * first name be used": a lone word renamed as someone, or whose surname is withheld, is a person.
     */
    static boolean oneNamePerson(String text, int end) {
        if (reflexiveAfter(text, end)) {
            // "Osian himself was more concerned about the rabbit"
            return true;
        }
        if (end >= text.length() || text.charAt(end) != ',') {
            return false;
        }
        if (AGE_AFTER.matcher(text).region(end, Math.min(text.length(), end + 6)).lookingAt()
                || AGE_IN_WORDS_AFTER.matcher(text).region(end, Math.min(text.length(), end + 14)).lookingAt()) {
            // "Kagiso, 15, said he was glad of the rest", "Their daughter Nia, eight, said"
            return true;
        }
        int limit = Math.min(text.length(), end + 110);
        Matcher m = ONE_NAME_APPOSITION.matcher(text).region(end, limit);
        if (!m.lookingAt()) {
            return false;
        }
        int stop = Sentences.firstEnd(text.substring(end, limit));
        if (NAME_WITHHELD.matcher(text).region(end, stop > 0 ? end + stop : limit).find()) {
            // "Davie, a retired miner … who would not give his surname,"
            return true;
        }
        if (m.group(1) == null) {
            return false;
        }
        for (String word : m.group(1).split("\\s+")) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (lower.endsWith("-year-old") || Vocabulary.UNNAMED_PEOPLE.contains(lower)
                    || Vocabulary.ROLE_NOUNS.contains(lower)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Kenroy Lake, who has produced…", "Shania Lake, 24,", "Ada Banks did not hide her…": what
     * follows a name that neither a body nor a place ever takes ("Crater Lake said" is possible,
     * "Crater Lake, who" is not).
     */
    static boolean onlyAPersons(String text, int end) {
        return AGE_AFTER.matcher(text).region(end, Math.min(text.length(), end + 8)).lookingAt()
                || WHO_AFTER.matcher(text).region(end, Math.min(text.length(), end + 9)).lookingAt()
                || HIS_AFTER.matcher(text).region(end, Math.min(text.length(), end + 60)).lookingAt();
    }

    /** "Pascoe, 52,", "Pascoe says", "Chen, who": what follows a name that only a person's does. */
    static boolean person(String text, int end) {
        return AGE_AFTER.matcher(text).region(end, Math.min(text.length(), end + 8)).lookingAt()
                || WHO_AFTER.matcher(text).region(end, Math.min(text.length(), end + 9)).lookingAt()
                || PERSON_VERB_AFTER.matcher(text).region(end, Math.min(text.length(), end + 20)).lookingAt()
                || HIS_AFTER.matcher(text).region(end, Math.min(text.length(), end + 60)).lookingAt()
                || (text.startsWith(" of ", end) || text.startsWith(" from ", end))
                && AFFILIATION_THEN_PERSON_VERB.matcher(text).region(end, Math.min(text.length(), end + 60)).lookingAt()
                || (text.startsWith(", a ", end) || text.startsWith(", an ", end))
                && DESCRIBED_THEN_SAID_OF_SELF.matcher(text).region(end, Math.min(text.length(), end + 160)).lookingAt();
    }

    /** "I", "my", "I’m": the first person singular, which no company's statement speaks in. */
    private static final Pattern FIRST_PERSON = Pattern.compile(
            "(?<![\\p{L}’'])(?:I|I[’'](?:m|ve|d|ll)|[Mm]y|me|myself)(?![\\p{L}’'])");
    /**
     * "…,” " or "…,” said " (group 2) just before a name: a quote has just closed (its mark is
     * group 1), the name's if a verb follows it or went before.
     */
    private static final Pattern QUOTE_CLOSED_BEFORE = Pattern.compile("[,!?…]([”\"])\\s+(said\\s+|says\\s+)?$");
    /** What ends "…,” said Neymar" (not "said Ballyraine head coach Gerry Brophy"). */
    private static final Pattern ENDS_CLAUSE = Pattern.compile("\\s*(?:[,.;:!?]|$)");
    /** " said: “", " told reporters: “": a name's verb, then the quote it speaks. */
    private static final Pattern QUOTE_OPENS_AFTER = Pattern.compile(
            "\\s+(?:said|says|told|added|wrote|writes|posted)(?:\\s+[^“”\":.!?]{1,40}?)?[:,]\\s*[“\"]");

    /**
     * "“It was the hardest role I have played,” Zendaya told Variety", "Madonna said: “I am not
     * slowing down.”": the name speaks a quote in the first person singular, as only a person does.
     */
    static boolean speaksInFirstPerson(String text, int start, int end) {
        // most names have no quote mark just before them and no verb straight after: tell that first
        int from = Math.max(0, start - 12);
        boolean markBefore = false;
        for (int i = from; i < start && !markBefore; i++) {
            markBefore = text.charAt(i) == '”' || text.charAt(i) == '"';
        }
        Matcher before = markBefore ? QUOTE_CLOSED_BEFORE.matcher(text).region(from, start) : null;
        if (before != null && before.find() && (before.group(2) != null && ENDS_CLAUSE.matcher(text).region(end, text.length()).lookingAt()
                || PERSON_VERB_AFTER.matcher(text).region(end, Math.min(text.length(), end + 20)).lookingAt())) {
            int close = before.start(1);
            int open = text.lastIndexOf(text.charAt(close) == '”' ? '“' : '"', close - 1);
            return open >= 0 && FIRST_PERSON.matcher(text).region(open + 1, close).find();
        }
        if (end + 1 >= text.length() || text.charAt(end) != ' ' || "stawp".indexOf(text.charAt(end + 1)) < 0) {
            return false;
        }
        Matcher after = QUOTE_OPENS_AFTER.matcher(text).region(end, Math.min(text.length(), end + 60));
        if (after.lookingAt()) {
            int close = text.indexOf(text.charAt(after.end() - 1) == '“' ? '”' : '"', after.end());
            return FIRST_PERSON.matcher(text).region(after.end(), close < 0 ? text.length() : close).find();
        }
        return false;
    }

    /**
     * "“This is false,” Drake said in a statement. He added…", "said Odegaard. She…": the name speaks
     * ({@code inverted}: "said" went before it) and the next sentence goes on with "he" or "she",
     * where a company's goes on with "it".
     */
    static boolean speaksThenHeOrShe(String text, int end, boolean inverted) {
        if (!inverted && !PERSON_VERB_AFTER.matcher(text).region(end, Math.min(text.length(), end + 20)).lookingAt()) {
            return false;
        }
        int next = Sentences.firstEnd(text.substring(end, Math.min(text.length(), end + 200)));
        return next > 0 && (text.startsWith("He ", end + next) || text.startsWith("She ", end + next));
    }

    /**
     * "Tsultrim Rabgye of Hemis, who was invited to speak": where someone is from, then "who". Not
     * a name that is itself after "of" ("the Academy of Mayan Languages of Guatemala, who"), which
     * is a body's.
     */
    static boolean fromAPlaceThenWho(String text, NameScanner.Hit hit) {
        int end = hit.end();
        return (text.startsWith(" of ", end) || text.startsWith(" from ", end)) && !Vocabulary.PREPOSITIONS.contains(hit.before())
                && PLACE_THEN_WHO_AFTER.matcher(text).region(end, Math.min(text.length(), end + 40)).lookingAt();
    }

    /**
     * "Cholpon Abdrakhmanova, a folklorist at the Kyrgyz National University who advised on the
     * scripts, said she was happy": described, then saying something of "she" or "he", which a
     * company ("said it") never does.
     */
    private static final Pattern DESCRIBED_THEN_SAID_OF_SELF = Pattern.compile(
            ",\\s+an?\\s[^,;:.!?“”\"]{1,120},\\s+(?:said|says|told|added)\\s+(?:\\p{Ll}+\\s+)?(?:that\\s+)?(?:he|she)\\s");

    /**
     * "the late Rajesh Malhotra", "his late father, the veteran star Rajesh Malhotra", "Miguel’s
     * widow", "Bernard Chisholm's death": what is written only of someone who has died.
     */
    /**
     * "Carse: “…”", "14:40 Carse on the broadcast afterwards: “…”": a name opening its paragraph, and
     * within a few words a colon and a quote, as a live blog labels who speaks.
     */
    static boolean labelsAQuote(String text, NameScanner.Hit hit) {
        if (hit.possessive()) {
            return false;
        }
        for (int i = 0; i < hit.start(); i++) {
            // "14:40 Carse on the broadcast afterwards:": a live blog's time may come first
            if (!Character.isDigit(text.charAt(i)) && ":. ".indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        int limit = Math.min(text.length() - 1, hit.end() + LABEL_REACH);
        for (int i = hit.end(); i < limit; i++) {
            char c = text.charAt(i);
            if (c == ':') {
                int q = i + 1;
                while (q < text.length() && text.charAt(q) == ' ') {
                    q++;
                }
                return q < text.length() && (text.charAt(q) == '“' || text.charAt(q) == '"');
            }
            if (".!?;“”\"".indexOf(c) >= 0) {
                return false;
            }
        }
        return false;
    }

    /** How far after a name a live blog's label may run to its colon. */
    private static final int LABEL_REACH = 50;

    /**
     * "Dame Maggie Okonjo, the broadcaster, has died aged 81": the subject of an obituary, whom
     * its bare surname still means (unlike a dead relative named in passing).
     */
    static boolean hasDied(String text, NameScanner.Hit hit) {
        int after = NameScanner.pastAsides(text, hit.end());
        return text.startsWith(" has died", after) || text.startsWith(" died aged", after);
    }

    static boolean deceased(String text, NameScanner.Hit hit) {
        if (hit.possessive()) {
            return WIDOW_AFTER.matcher(text).region(hit.end(), Math.min(text.length(), hit.end() + 12)).lookingAt();
        }
        if (text.startsWith(", who ", hit.end())
                && WHO_DIED_AFTER.matcher(text).region(hit.end() + 6, Math.min(text.length(), hit.end() + 24)).lookingAt()) {
            // "Rāwiri Parata, who died in 2019, composed…": his granddaughter, named next, is the
            // one the bare surname means when she speaks
            return true;
        }
        int from = Math.max(0, hit.start() - 60);
        return Regions.contains(text, "late ", from, hit.start()) && LATE_BEFORE.matcher(text).region(from, hit.start()).find();
    }

    private static final Pattern WHO_DIED_AFTER = Pattern.compile("(?:died|passed away)\\b");

    private static final Pattern LATE_BEFORE = Pattern.compile(
            "\\b(?:the|his|her|their)\\s+late\\s+(?:[\\p{Ll}\\-’']+,?\\s+){0,4}$");
    private static final Pattern WIDOW_AFTER = Pattern.compile(
            "\\s+(?:widow|widower|death(?!\\s+(?:threat|toll|penalty|sentence|row))|funeral|inquest|killing|murder)\\b");

    /**
     * "Hedra Nankivell, its chief technician, said": a role set after a name whose given name Chorus
     * does not know, then a verb of speech. A firm has no technician, and "Filmcare, a company in
     * Bristol, said" names no role. (A role before the name is {@link #renamesARole}'s.)
     */
    static boolean roleBeside(String text, NameScanner.Hit hit) {
        int end = hit.end();
        if (end >= text.length() || text.charAt(end) != ',') {
            return false;
        }
        Matcher after = APPOSITION_THEN_SAID.matcher(text).region(end, Math.min(text.length(), end + 120));
        return after.lookingAt() && namesARole(after.group(1));
    }

    private static boolean namesARole(String apposition) {
        String[] words = apposition.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\-]+");
        for (int i = 0; i < words.length; i++) {
            if (Vocabulary.ROLE_NOUNS.contains(words[i])) {
                return true;
            }
            // "Domingas António, a mother of two in Cazenga who…, said": only people are someone's
            // kin, but a "sister company" or a "partner firm" is a firm's
            if (i <= 2 && Vocabulary.KIN.contains(words[i]) && !words[i].equals("partner")
                    && !(i + 1 < words.length && (ORGANISATION_NOUNS.contains(words[i + 1])
                            || COMPANY_OR_PERSON_NOUNS.contains(words[i + 1])))) {
                return true;
            }
        }
        return false;
    }

    /** "leader of the opposition in the council ", "head of the union ": a role of a body, just before a name. */
    private static final Pattern OFFICER_OF = Pattern.compile(
            "(?i)(?<![\\p{L}\\-])([\\p{L}\\-]+)\\s+of\\s+(?:the|a|an|its|their|this)\\s+(?:[\\p{L}\\-]+\\s+){0,3}?[\\p{L}\\-]+\\s+$");

    /**
     * "Leader of the opposition in the council Farhana Qureshi said": the body ends the title
     * of the one named after it, who is a person (her given name says so), not the body's name.
     */
    private static boolean officerOfTheBody(String text, int start) {
        Matcher officer = OFFICER_OF.matcher(text).region(Math.max(0, start - 70), start);
        return officer.find() && Vocabulary.isRole(officer.group(1).toLowerCase(Locale.ROOT));
    }

    /** "“…,” said Sigrún Jónsdóttir": a name that a quote and its speech verb come before. */
    static boolean saidBefore(String text, NameScanner.Hit hit) {
        return SAID.contains(hit.before())
                && SAID_BEFORE.matcher(text).region(Math.max(0, hit.start() - 20), hit.start()).find();
    }

    private static final Set<String> SAID = Set.of("said", "says", "added", "adds", "asked", "asks", "replied",
            "continued", "recalled", "explained", "insisted", "wrote", "writes", "told");
    private static final Pattern SAID_BEFORE = Pattern.compile("[,?!]?[”\"]\\s*\\p{Ll}+\\s+$");
    /** ", its chief technician, said": set after {@link #SAID}, which it is made of. */
    private static final Pattern APPOSITION_THEN_SAID = Pattern.compile(
            ",\\s+((?:the|a|an|its|their|his|her|our)\\s+[^,.;:!?“”\"]{1,80}),\\s+(?:" + String.join("|", SAID) + ")(?![\\p{L}])");

    /**
     * "The assistant, played by Ireneusz Kałuża,": a part is played or voiced by a person, whose
     * whole name follows (a lone word may be a band or a company).
     */
    static boolean playedBy(String text, NameScanner.Hit hit) {
        return "by".equals(hit.before()) && hit.tokens().size() > 1
                && PLAYED_BY.matcher(text).region(Math.max(0, hit.start() - 20), hit.start()).find();
    }

    private static final Pattern PLAYED_BY = Pattern.compile("\\b(?:played|voiced|portrayed)\\s+by\\s+$");

    /** "The first question came from Eimear Breathnach": the name is the one asking. */
    static boolean asks(String text, int start) {
        // most names do not follow "from ": checked first, as the pattern is tried at every position
        return start >= 5 && text.startsWith("from ", start - 5)
                && QUESTION_FROM_TAIL.matcher(text).region(Math.max(0, start - 100), start).find();
    }

    /**
     * "Sporting Alvor said it…", "said in a statement", "the conservation group Amphibia
     * Andina": what is written around a name that only an organisation's is.
     */
    static boolean organisation(String text, NameScanner.Hit hit, Lexicon lexicon) {
        if ((ORGANISATION_NOUNS.contains(hit.before()) || ORGANISATION_NOUNS_BEFORE.contains(hit.before()))
                && !(lexicon.isGivenName(hit.tokens().get(0)) && officerOfTheBody(text, hit.start()))) {
            return true;
        }
        if (COMPANY_OR_PERSON_NOUNS.contains(hit.before()) && !lexicon.isGivenName(hit.tokens().get(0))) {
            // "terminal operator Pacífica Terminales", not "crane operator Jaime Quispe" when Jaime is known
            return true;
        }
        if (IN_A_STATEMENT.matcher(text).region(Math.max(0, hit.start() - 90), hit.start()).find()
                && !lexicon.isGivenName(hit.tokens().get(0))) {
            // "In a statement, Culture Connacht said": a body's way of speaking
            return true;
        }
        Matcher apposition = ORGANISATION_APPOSITION.matcher(text).region(hit.end(), Math.min(text.length(), hit.end() + 60));
        if (apposition.lookingAt() && ORGANISATION_NOUNS.contains(apposition.group(1).toLowerCase(Locale.ROOT))
                && !lexicon.isGivenName(hit.tokens().get(0))) {
            // "Trans-Lac Mobilité, the consortium that built the line,"
            return true;
        }
        String comma = wordBeforeComma(text, Math.max(0, hit.start() - 40), hit.start());
        if (comma != null && ORGANISATION_NOUNS.contains(comma.toLowerCase(Locale.ROOT))
                && !(hit.tokens().size() > 1 && lexicon.isGivenName(hit.tokens().get(0)))) {
            // "the union, Unite,"; but "the branch secretary of the union, Peter Mutua," is a person
            return true;
        }
        if (comma != null && COMPANY_OR_PERSON_NOUNS.contains(comma.toLowerCase(Locale.ROOT))
                && !lexicon.isGivenName(hit.tokens().get(0)) && !AGE_AFTER.matcher(text).region(hit.end(), Math.min(text.length(), hit.end() + 12)).lookingAt()) {
            // "The contractor, Normandie Ouvrages, said": a firm, when its first word is no given name;
            // not "The contractor, Kalsakau Toara Natapei, 52,", whom his age makes a man
            return true;
        }
        if (!hit.possessive() && !hit.oblique() && (!lexicon.isGivenName(hit.tokens().get(0)) || hit.tokens().size() > 2)
                && WHICH_AFTER.matcher(text).region(hit.end(), Math.min(text.length(), hit.end() + 9)).lookingAt()) {
            // "Kanal Jadran, which runs the children's channel,": people are "who"; after "by" or
            // "of" the "which" may be the film's or the report's the name is in; a body named after someone
            // ("Margaret Reid Health System, which runs…") opens with a given name, but runs past a
            // person's two words
            return true;
        }
        Matcher noun = NOUN_AFTER.matcher(text).region(hit.end(), Math.min(text.length(), hit.end() + 40));
        if (noun.lookingAt() && !hit.possessive() && !lexicon.isGivenName(hit.tokens().get(0))
                && (Vocabulary.UNNAMED_PEOPLE.contains(noun.group(1)) || Vocabulary.ROLE_NOUNS.contains(noun.group(1)))) {
            // "what one Tolaga Bay resident called": the name qualifies the one who speaks
            return true;
        }
        // "Chief executive Helen Marchetti said in a statement" is a person's statement, and so is
        // the "said it" of one renamed by a person's role on the way ("X, a lawyer in Cuzco, said it")
        return !lexicon.isGivenName(hit.tokens().get(0)) && !Vocabulary.ROLE_NOUNS.contains(hit.before())
                && STATEMENT_AFTER.matcher(text).region(hit.end(), Math.min(text.length(), hit.end() + 60)).lookingAt()
                && !renamedByAPersonsRole(text, hit.end());
    }

    /**
     * ", a lawyer in Cajamarca who advises the producers,": an apposition whose first noun is a
     * person's role, not a body's ("a cooperative of forty farms") nor one that is both ("a developer").
     */
    private static boolean renamedByAPersonsRole(String text, int end) {
        Matcher m = ONE_NAME_APPOSITION.matcher(text).region(end, Math.min(text.length(), end + 110));
        if (!m.lookingAt() || m.group(1) == null) {
            return false;
        }
        for (String word : m.group(1).split("\\s+")) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (ORGANISATION_NOUNS.contains(lower) || ORGANISATION_NOUNS_BEFORE.contains(lower)
                    || COMPANY_OR_PERSON_NOUNS.contains(lower)) {
                return false;
            }
            if (Vocabulary.ROLE_NOUNS.contains(lower)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The health minister, " just before {@code end}: the word (letters and hyphens) before
     * the comma, not looking before {@code from}; null when the text does not end so.
     */
    static String wordBeforeComma(String text, int from, int end) {
        int i = end;
        while (i > from && " \t\n\u000B\f\r".indexOf(text.charAt(i - 1)) >= 0) {
            i--;
        }
        if (i <= from || text.charAt(i - 1) != ',') {
            return null;
        }
        int wordEnd = --i;
        while (i > from) {
            int c = text.codePointBefore(i);
            if (!Character.isLetter(c) && c != '-' || i - Character.charCount(c) < from) {
                break;
            }
            i -= Character.charCount(c);
        }
        return i < wordEnd ? text.substring(i, wordEnd) : null;
    }
}
