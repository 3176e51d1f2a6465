package dev.chorus.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Phrases that stand for a person without naming them: "the 78-year-old star", "her late
 * husband", "a reporter at the back". Found word by word rather than with one regular
 * expression: an alternation of a few hundred role words tried at every position was most of
 * the time extraction took.
 */
final class Descriptors {
    /** A phrase from its determiner to its role word; {@code role} is lower case ("new zealander"). */
    record Match(int start, int end, String role) {
    }

    /** How many words may stand between the determiner and the role: "the [Oscar-winning British] star". */
    private static final int BETWEEN = 3;
    private static final Set<String> ROLES = roles();
    private static final Set<String> CHILDREN = Set.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "2", "3", "4", "5", "6", "7", "8", "9", "10");
    /** The parent in "mum-of-two", "father-of-three". */
    private static final Set<String> PARENTS = Set.of("mum", "mother", "mom", "dad", "father", "gran", "grandmother",
            "grandma", "nan", "grandad", "grandfather", "grandpa");
    /** "the father of three": a description, as "the 46-year-old" is. */
    static boolean describesAParent(String descriptor) {
        int of = descriptor.lastIndexOf(" of ");
        return of > 0 && CHILDREN.contains(descriptor.substring(of + 4).toLowerCase(java.util.Locale.ROOT))
                || isParentOf(roleOf(descriptor));
    }

    /** "mum-of-two", "father-of-three": how a tabloid describes a parent it has named. */
    static boolean isParentOf(String word) {
        int of = word.indexOf("-of-");
        return of > 0 && PARENTS.contains(word.substring(0, of)) && CHILDREN.contains(word.substring(of + 4));
    }

    /** First words of two-word roles: "new" of "new zealander". */
    private static final Set<String> PAIR_STARTS = pairStarts();
    private static final Set<String> AGE_WORDS = Set.of("late", "elder", "younger", "older");
    /** Bodies a role word may describe: "the volunteer trust", "the teacher union", "the player welfare fund". */
    private static final Set<String> GROUPS = Set.of("trust", "group", "groups", "council", "association", "union",
            "unions", "board", "committee", "network", "fund", "centre", "center", "service", "programme", "program",
            "scheme", "federation", "society", "guild", "collective", "league", "academy", "charity", "foundation",
            "coalition", "alliance", "forum", "panel", "body", "organisation", "organization", "movement", "campaign",
            "cooperative", "co-op", "welfare", "training", "shortage", "shortages", "numbers", "strike", "strikes",
            "pay", "salaries", "wages", "rota", "rotas", "visa", "visas", "scholarship", "scholarships");

    private Descriptors() {
    }

    /** "the actor", "the New Zealander", "the 26-year-old", "her father", "his late wife". */
    static List<Match> roles(String text, int from, int to) {
        return roles(text, from, to, false);
    }

    /** "defence counsel", "prosecuting counsel": counsel written without an article, before what they say. */
    private static final Set<String> COUNSEL_SIDES = Set.of("defence", "defense", "prosecuting", "prosecution", "crown",
            "senior", "junior");
    private static final Set<String> COUNSEL_SAYS = Set.of("said", "says", "told", "added", "argued", "asked",
            "replied", "submitted", "suggested", "put");

    /**
     * @param openingClauses only phrases that open a sentence or clause ("Her husband put his
     *                       arm…", "…, and the minister said"), the ones that act
     */
    static List<Match> roles(String text, int from, int to, boolean openingClauses) {
        return roles(new Words(text, from, to), openingClauses);
    }

    /** {@link #roles(String, int, int, boolean)} of words already split. */
    static List<Match> roles(Words w, boolean openingClauses) {
        String text = w.text;
        List<Match> out = new ArrayList<>();
        for (int t = 0; t < w.count; t++) {
            boolean the = w.is(t, "the");
            if (w.is(t, "counsel") && (t == 0 || COUNSEL_SIDES.contains(w.lower(t - 1)))
                    && (!w.follows(t + 1) || COUNSEL_SAYS.contains(w.lower(t + 1)))
                    && (!openingClauses || w.opensClause(t))) {
                // "“…,” counsel said": a court report's barrister, written without an article
                out.add(new Match(w.start(t), w.end(t), "counsel"));
                continue;
            }
            // "its chief executive said": an organisation's officer, as "the chief executive" is
            boolean its = w.is(t, "its");
            if (!the && !its && !w.is(t, "her") && !w.is(t, "his") && !w.is(t, "their")) {
                continue;
            }
            if (openingClauses && !w.opensClause(t)) {
                continue;
            }
            Match m = its ? null : kin(w, t);
            if (m == null && (the || its)) {
                m = role(w, t);
                if (its && m != null && renamedAfter(text, m.end(), w.to)) {
                    // "its president, Farah Delisle,": the name that follows is the one to read
                    m = null;
                }
            }
            if (m != null) {
                out.add(m);
                t = w.indexEndingAt(m.end());
            }
        }
        return out;
    }

    /** "a reporter at the back", "one resident", "an older man", "my mom": people the text does not name. */
    static List<Match> unnamed(String text, int from, int to) {
        return unnamed(new Words(text, from, to));
    }

    /** {@link #unnamed(String, int, int)} of words already split. */
    static List<Match> unnamed(Words w) {
        List<Match> out = new ArrayList<>();
        for (int t = 0; t < w.count; t++) {
            if (w.is(t, "my") && t + 1 < w.count && w.follows(t + 1) && Vocabulary.KIN.contains(w.lower(t + 1))) {
                // "When my mom saw the demo, she said": the writer's or speaker's relative, not named
                out.add(new Match(w.start(t), w.end(t + 1), w.lower(t + 1)));
                t++;
                continue;
            }
            String single = w.endsWith(t, "s") || w.endsWith(t, "men") ? singular(w.lower(t)) : null;
            if (single != null) {
                // "Campaigners from Save Harnsworth Libraries said they…", "Residents say": many, none named
                out.add(new Match(w.start(t), w.end(t), single));
                continue;
            }
            if ((w.is(t, "that") || w.is(t, "this")) && t + 1 < w.count && w.follows(t + 1)
                    && Character.isUpperCase(w.text.charAt(w.start(t))) && Vocabulary.UNNAMED_PEOPLE.contains(w.lower(t + 1))
                    // not "That swimmer was Lum Fook.", which names them
                    && !(t + 3 < w.count && (w.is(t + 2, "was") || w.is(t + 2, "is"))
                    && Character.isUpperCase(w.text.charAt(w.start(t + 3))))) {
                // "That user, reached by direct message, said they…": the one just described without
                // a name, as "a user who asked to be identified only by their handle" is
                out.add(new Match(w.start(t), w.end(t + 1), w.lower(t + 1)));
                t++;
                continue;
            }
            // "Our server, who had worked there since it opened,": the writer's own, as "my mom" is
            if (!w.is(t, "a") && !w.is(t, "an") && !w.is(t, "one") && !w.is(t, "another") && !w.is(t, "our")) {
                continue;
            }
            if (w.follows(t + 1) && isAge(w.lower(t + 1)) && ageStandsAlone(w, t + 1)) {
                // "One 10-year-old, holding a hand-painted sign, said she…": the age stands for the
                // child, as "the 26-year-old" does; not "a 140-year-old school"
                out.add(new Match(w.start(t), w.end(t + 1), w.lower(t + 1)));
                t++;
                continue;
            }
            for (int j = t + 1; j <= t + BETWEEN + 1 && w.follows(j); j++) {
                String word = w.lower(j);
                if (Vocabulary.UNNAMED_PEOPLE.contains(word) || Vocabulary.ROLE_NOUNS.contains(word) || schoolYear(word)
                        || w.is(t, "one") && oneWho(w, j)) {
                    out.add(new Match(w.start(t), w.end(j), word));
                    t = j;
                    break;
                }
            }
        }
        return out;
    }

    /**
     * "One longtime listener who runs a fan account": "one" and a noun Chorus does not know as a
     * role, then "who", which is said only of people; word {@code j} is the noun, lower case.
     */
    private static boolean oneWho(Words w, int j) {
        return w.follows(j + 1) && w.is(j + 1, "who") && Character.isLowerCase(w.text.charAt(w.start(j)));
    }

    /**
     * "A fifth-grader from Springridge", "a sixth-former", "an 8th-grader": a pupil named by the
     * school year, as American and British copy name children it does not name.
     */
    static boolean schoolYear(String word) {
        int hyphen = word.lastIndexOf('-');
        return hyphen > 0 && (word.endsWith("-grader") || word.endsWith("-former"))
                && (word.substring(0, hyphen).endsWith("th") || word.startsWith("first") || word.startsWith("second")
                || word.startsWith("third") || word.startsWith("1st") || word.startsWith("2nd") || word.startsWith("3rd"));
    }

    /** Plural words for people and their singular: "residents", "witnesses". */
    private static final Map<String, String> PLURALS = plurals();

    private static Map<String, String> plurals() {
        Map<String, String> all = new HashMap<>();
        for (Set<String> words : List.of(Vocabulary.UNNAMED_PEOPLE, Vocabulary.ROLE_NOUNS)) {
            for (String one : words) {
                all.put(one.endsWith("s") || one.endsWith("sh") || one.endsWith("ch") ? one + "es" : one + "s", one);
            }
        }
        all.put("men", "man");
        all.put("women", "woman");
        return Map.copyOf(all);
    }

    /** The singular of a plural word for people, or null. */
    private static String singular(String word) {
        return word.endsWith("s") || word.endsWith("men") ? PLURALS.get(word) : null;
    }

    /** Someone unnamed who opens {@code text} (nothing but space before them), looking up to {@code to}; or null. */
    static Match openingUnnamed(String text, int to) {
        List<Match> found = unnamed(text, 0, to);
        return !found.isEmpty() && text.substring(0, found.get(0).start()).isBlank() ? found.get(0) : null;
    }

    /** Whether an unnamed match stands for many: "residents", not "a resident". */
    static boolean many(String text, Match m) {
        return !text.regionMatches(true, m.end() - m.role().length(), m.role(), 0, m.role().length());
    }

    /** The role a descriptor's text ends with: "the New Zealander" → "new zealander". */
    static String roleOf(String descriptor) {
        String lower = descriptor.toLowerCase(Locale.ROOT).strip();
        int last = lower.lastIndexOf(' ');
        int before = last > 0 ? lower.lastIndexOf(' ', last - 1) : -1;
        if (last > 0 && Vocabulary.DEMONYMS.contains(lower.substring(before + 1))) {
            return lower.substring(before + 1);
        }
        String role = lower.substring(last + 1);
        return role.startsWith("ex-") ? role.substring(3) : role;
    }

    private static Match kin(Words w, int t) {
        int j = t + 1;
        if (w.follows(j) && AGE_WORDS.contains(w.lower(j))) {
            j++;
        }
        if (w.follows(j) && Vocabulary.KIN.contains(w.lower(j))) {
            if (w.is(t, "the") && w.follows(j + 2) && w.is(j + 1, "of") && CHILDREN.contains(w.lower(j + 2))) {
                // "the mother of five": a description of someone, not somebody's mother
                return new Match(w.start(t), w.end(j + 2), w.lower(j));
            }
            return new Match(w.start(t), w.end(j), w.lower(j));
        }
        return null;
    }

    private static Match role(Words w, int t) {
        for (int j = t + 1; j <= t + BETWEEN + 1 && w.follows(j); j++) {
            String word = w.lower(j);
            if (word.startsWith("ex-") && ROLES.contains(word.substring(3))) {
                // "the ex-soldier", "the ex-minister": the role it was, as "the former soldier" is
                return new Match(w.start(t), w.end(j), word.substring(3));
            }
            if (ROLES.contains(word) || isAge(word) || isParentOf(word)) {
                if (Vocabulary.DEMONYMS.contains(word) && w.follows(j + 1) && Character.isUpperCase(w.text.charAt(w.start(j + 1)))) {
                    // "the American College of Emergency Physicians": an adjective, not a person
                    return null;
                }
                if (Vocabulary.DEMONYMS.contains(word) && ownerFollows(w, j + 1)) {
                    // "The Italian prime minister's office said": an adjective too, before whose body speaks
                    return null;
                }
                // "the chief superintendent", "the deputy mayor": the last of the role words
                while (w.follows(j + 1) && ROLES.contains(w.lower(j + 1))) {
                    j++;
                }
                if (w.follows(j + 1) && GROUPS.contains(w.lower(j + 1))) {
                    // "who chairs the volunteer trust that runs the cinema": a word for the people in
                    // a body, before the body; nobody is "the volunteer" the next quote could be
                    return null;
                }
                return new Match(w.start(t), w.end(j), w.lower(j));
            }
            if (PAIR_STARTS.contains(word) && w.follows(j + 1)) {
                String pair = word + " " + w.lower(j + 1);
                if (Vocabulary.DEMONYMS.contains(pair)) {
                    return new Match(w.start(t), w.end(j + 1), pair);
                }
            }
        }
        return null;
    }

    /** Whether a lower-case word ending in "’s" comes among the next three: "prime minister’s". */
    private static boolean ownerFollows(Words w, int from) {
        for (int k = from; k < from + 3 && w.follows(k) && Character.isLowerCase(w.text.charAt(w.start(k))); k++) {
            String word = w.lower(k);
            if (word.endsWith("’s") || word.endsWith("'s")) {
                return true;
            }
        }
        return false;
    }

    /** Whether ", Farah Delisle" follows: a capitalised word after a comma, renaming the phrase before. */
    private static boolean renamedAfter(String text, int at, int to) {
        int i = at;
        if (i >= to || text.charAt(i) != ',') {
            return false;
        }
        i++;
        while (i < to && text.charAt(i) == ' ') {
            i++;
        }
        return i < to && Character.isUpperCase(text.charAt(i));
    }

    /** Whether the age at word {@code j} is the noun of its phrase: a comma, "who" or a speech verb after it. */
    private static boolean ageStandsAlone(Words w, int j) {
        return !w.follows(j + 1) || w.is(j + 1, "who") || w.is(j + 1, "said") || w.is(j + 1, "says") || w.is(j + 1, "told");
    }

    /** "26-year-old". */
    private static boolean isAge(String word) {
        int digits = 0;
        while (digits < word.length() && word.charAt(digits) >= '0' && word.charAt(digits) <= '9') {
            digits++;
        }
        return digits >= 1 && digits <= 3 && word.length() == digits + 9 && word.endsWith("-year-old");
    }

    private static Set<String> pairStarts() {
        Set<String> starts = new HashSet<>();
        for (String d : Vocabulary.DEMONYMS) {
            if (d.indexOf(' ') > 0) {
                starts.add(d.substring(0, d.indexOf(' ')));
            }
        }
        return Set.copyOf(starts);
    }

    private static Set<String> roles() {
        Set<String> all = new HashSet<>(Vocabulary.ROLE_NOUNS);
        for (String d : Vocabulary.DEMONYMS) {
            if (d.indexOf(' ') < 0) {
                all.add(d);
            }
        }
        return Set.copyOf(all);
    }

    /**
     * The words of a stretch of text: runs of letters, digits, apostrophes and hyphens. Split once
     * where both {@link #roles} and {@link #unnamed} read the same stretch.
     */
    static final class Words {
        private final String text;
        /** Where the stretch ends. */
        private final int to;
        private int[] starts = new int[32];
        private int[] ends = new int[32];
        private final String[] lower;
        int count;

        Words(String text, int from, int to) {
            this.text = text;
            this.to = to;
            int i = from;
            while (i < to) {
                while (i < to && !isWordChar(text.charAt(i))) {
                    i++;
                }
                if (i >= to) {
                    break;
                }
                int s = i;
                while (i < to && isWordChar(text.charAt(i))) {
                    i++;
                }
                if (count == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, count * 2);
                    ends = java.util.Arrays.copyOf(ends, count * 2);
                }
                starts[count] = s;
                ends[count] = i;
                count++;
            }
            lower = new String[count];
        }

        int start(int t) {
            return starts[t];
        }

        int end(int t) {
            return ends[t];
        }

        /** The word, lower case; made only for words that are looked at. */
        String lower(int t) {
            String l = lower[t];
            if (l == null) {
                l = text.substring(starts[t], ends[t]).toLowerCase(Locale.ROOT);
                lower[t] = l;
            }
            return l;
        }

        /** Whether word {@code t} opens its sentence or clause: punctuation or "and", "but"… before it. */
        boolean opensClause(int t) {
            if (t == 0 || !follows(t)) {
                return true;
            }
            for (String opener : Vocabulary.CLAUSE_OPENERS) {
                if (is(t - 1, opener)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether word {@code t} is {@code lowerWord} in any case, without making a string. */
        boolean is(int t, String lowerWord) {
            return ends[t] - starts[t] == lowerWord.length() && text.regionMatches(true, starts[t], lowerWord, 0, lowerWord.length());
        }

        /** Whether word {@code t} ends with {@code lowerSuffix} in any case, without making a string. */
        boolean endsWith(int t, String lowerSuffix) {
            int n = lowerSuffix.length();
            return ends[t] - starts[t] >= n && text.regionMatches(true, ends[t] - n, lowerSuffix, 0, n);
        }

        /** Whether word {@code t} exists and only white space stands between it and the word before. */
        boolean follows(int t) {
            if (t <= 0 || t >= count) {
                return false;
            }
            for (int i = ends[t - 1]; i < starts[t]; i++) {
                if (!Character.isWhitespace(text.charAt(i))) {
                    return false;
                }
            }
            return true;
        }

        int indexEndingAt(int end) {
            int t = 0;
            while (t < count && ends[t] < end) {
                t++;
            }
            return t;
        }

        private static boolean isWordChar(char c) {
            return Character.isLetterOrDigit(c) || c == '’' || c == '\'' || c == '-';
        }
    }
}
