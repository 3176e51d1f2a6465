package dev.chorus.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The people of one article as it is read: who has been named and how (full name, surname,
 * first name, honorific, role), their gender where the text or the name says, which names are
 * organisations, and where each person was last mentioned, for pronouns.
 */
final class People {
    /** How many mentions back a pronoun may reach; salience fades, and this bounds the work. */
    private static final int LOOK_BACK = 200;
    /** Titles that say only whether a man or a woman is meant, of which a paper gives each person one. */
    private static final Set<String> SOCIAL_TITLES = Set.of("Mr", "Mrs", "Ms", "Miss");

    /** How strongly the text says the words are a person's name. */
    enum Evidence {
        /** Capitals in running text: a person only with a known given name or an honorific. */
        TEXT,
        /** A role stands beside the name ("director Ted Kotcheff") or a speech verb follows it. */
        PERSON
    }

    private record Mention(String name, long pos, boolean subject) {
    }

    private final Lexicon lexicon;
    private final Map<String, String> registry;
    private final Set<String> known = new LinkedHashSet<>();
    private final Map<String, List<String>> bySurname = new HashMap<>();
    /** Relatives named by a given name alone ("his wife, Meena"), by the family's surname. */
    private final Map<String, List<String>> relativesBySurname = new HashMap<>();
    private final Map<String, List<String>> byFirstName = new HashMap<>();
    private final Set<String> organisations = new HashSet<>();
    /** The names {@link #noteOrganisation} took from the front of a longer one: "Veridian" of "Veridian Energy". */
    private final Set<String> shortNames = new HashSet<>();
    private final Map<String, Character> gender = new HashMap<>();
    private final Map<String, Set<String>> roles = new HashMap<>();
    private final Map<String, Integer> counts = new HashMap<>();
    private final TreeMap<Long, Mention> mentions = new TreeMap<>();
    /** Placeholders of people who asked not to be named, with their gender given. */
    private final Set<String> anonymous = new HashSet<>();

    /** @param registry lower-cased names and aliases from chorus.yml to canonical names */
    People(Lexicon lexicon, Map<String, String> registry) {
        this.lexicon = lexicon;
        this.registry = registry;
    }

    /**
     * Surnames the article writes the way only people's are: "Pascoe, 52,", "Pascoe said",
     * "Mrs Pascoe". They make "Morwenna Pascoe" a person when the given name is not known.
     */
    private final Set<String> actingSurnames = new HashSet<>();
    /** The honorifics each person has been written with: "Dr" for "Dr Paul Singh". */
    private final Map<String, Set<String>> writtenWith = new HashMap<>();
    /** Whose gender comes only from the lexicon's reading of their given name. */
    private final Set<String> guessedGender = new HashSet<>();
    /** Ages given with names: "Daniel Villarreal, 38,". */
    private final Map<String, Integer> ages = new HashMap<>();
    /** People whose parent the text names by a given name alone: see {@link #noteChildOfTheFamily}. */
    private final Set<String> children = new HashSet<>();
    /** Whether everyone is known and counted: see {@link #settle}. */
    private boolean settled;

    void noteAge(String name, int age) {
        ages.putIfAbsent(name, age);
    }

    /** The one person given {@code age}, or null: "the 16-year-old" of "his daughter Kaia, 16,". */
    String onlyOfAge(int age) {
        String only = null;
        for (Map.Entry<String, Integer> e : ages.entrySet()) {
            if (e.getValue() == age && !isUnnamed(e.getKey())) {
                if (only != null) {
                    return null;
                }
                only = e.getKey();
            }
        }
        return only;
    }

    /**
     * "Isla Jenkins … her mother Amy": the family's child, whom no "Mrs Jenkins" means while a
     * parent named by a given name alone is there to be her.
     */
    void noteChildOfTheFamily(String name) {
        children.add(name);
    }

    boolean isChildOfTheFamily(String name) {
        return children.contains(name);
    }

    /**
     * Of the people of this surname whose ages are given (two or more), the oldest or the
     * youngest; null when fewer than two ages are known.
     */
    /**
     * "his wife, Meena,": a relative the text names by a given name alone, of the family whose
     * surname is {@code surname}, so that "Mrs. Patel" can find her.
     */
    void noteRelative(String given, String surname) {
        List<String> kin = relativesBySurname.computeIfAbsent(surname, k -> new ArrayList<>());
        if (!kin.contains(given)) {
            kin.add(given);
        }
    }

    String byAge(String surname, boolean oldest) {
        String best = null;
        int aged = 0;
        for (String c : bySurname.getOrDefault(surname, List.of())) {
            Integer age = ages.get(c);
            if (age != null) {
                aged++;
                if (best == null || (oldest ? age > ages.get(best) : age < ages.get(best))) {
                    best = c;
                }
            }
        }
        if (aged >= 2) {
            return best;
        }
        // "the defendant’s son, Darragh Breathnach" and the defendant, "Tomás Breathnach (52)": of
        // two of the name, a son or a daughter is the younger, though only one age is given
        List<String> two = bySurname.getOrDefault(surname, List.of());
        String child = two.size() != 2 ? null : isChild(two.get(0)) ? two.get(0) : isChild(two.get(1)) ? two.get(1) : null;
        String parent = child == null ? null : two.get(0).equals(child) ? two.get(1) : two.get(0);
        if (child != null && aged == 1 && best.equals(parent) && !isChild(parent)) {
            return oldest ? parent : child;
        }
        if (child != null && aged == 0 && !isChild(parent)) {
            // "Huamán Salas is the son of Julio César Huamán Ccori … the elder Huamán", "Anil Patel,
            // his son, … the younger Mr. Patel": with no age given, the parent is still the elder
            return oldest ? parent : child;
        }
        String father = two.size() != 2 ? null : isParent(two.get(0)) ? two.get(0) : isParent(two.get(1)) ? two.get(1) : null;
        String other = father == null ? null : two.get(0).equals(father) ? two.get(1) : two.get(0);
        if (father != null && !isParent(other) && (aged == 0 || aged == 1 && best.equals(other))) {
            // "Ananya Mehra, 34, … took over the business from her father, Rajiv Mehra" … "The elder
            // Mehra said": the one introduced as the other's father or mother is the elder
            return oldest ? father : other;
        }
        return null;
    }

    private boolean isParent(String name) {
        Set<String> all = roles.getOrDefault(name, Set.of());
        return all.contains("father") || all.contains("mother") || all.contains("dad") || all.contains("mum") || all.contains("mom");
    }

    /**
     * "The elder Ibarra, 67," of two Ibarras, one "Mateo Ibarra, 36": the one of that age, or of
     * two namesakes the other one, when the age of the one known is on the side the word says
     * (younger than the elder, older than the younger); else null.
     */
    String byGivenAge(String surname, int age, boolean oldest) {
        List<String> two = bySurname.getOrDefault(surname, List.of());
        for (String c : two) {
            if (Integer.valueOf(age).equals(ages.get(c))) {
                return c;
            }
        }
        if (two.size() != 2) {
            return null;
        }
        Integer first = ages.get(two.get(0));
        Integer second = ages.get(two.get(1));
        if ((first == null) == (second == null)) {
            return null;
        }
        int known = first != null ? first : second;
        return (oldest ? known < age : known > age) ? two.get(first != null ? 1 : 0) : null;
    }

    /** Whether the text gave this person a family role ("his son, …", "…, the founder's younger brother"). */
    private boolean introducedAsKin(String name) {
        for (String role : roles.getOrDefault(name, Set.of())) {
            if (Vocabulary.KIN.contains(role)) {
                return true;
            }
        }
        return false;
    }

    private boolean isChild(String name) {
        Set<String> all = roles.getOrDefault(name, Set.of());
        return all.contains("son") || all.contains("daughter");
    }

    /**
     * Everyone in the article is known and counted: from now on, the one a title and surname
     * ("Mr Ellery") is found to mean is the one it means for the rest of the article. Before,
     * while names are still being met, the same words may be read with half the cast.
     */
    void settle() {
        settled = true;
    }

    /**
     * Surnames that are also words of places and bodies ("Lake", "Hills") or places themselves
     * ("Washington"), of whole names the article writes as only people's are: "Kenroy Lake, who
     * has produced soca…" is a man, and "Lake said" is him, though a "Lake" ends the names of lakes.
     */
    private final Set<String> personalSurnames = new HashSet<>();

    /** A whole name written as only a person's is: see {@link #personalSurnames}. */
    void notePersonalSurname(List<String> tokens) {
        String first = tokens.get(0);
        String last = tokens.get(tokens.size() - 1);
        if (!lexicon.isOrganisationWord(last) && !lexicon.isPlace(last) || PLACE_PREFIXES.contains(first) || lexicon.isPlace(first)) {
            return;
        }
        for (String t : tokens.subList(0, tokens.size() - 1)) {
            if (lexicon.isOrganisationWord(t)) {
                return;
            }
        }
        personalSurnames.add(last);
    }

    void noteActingSurname(String surname) {
        actingSurnames.add(surname);
    }

    /**
     * The surname acts ("Pascoe, 52,"), or a family name written first does ("Seo Min-ji"
     * after "Seo, 44,"), or the surname a particle follows does: "Yesenia Ortuño de Valle" is
     * "Ortuño said" later, her married name after the "de" dropped as a second surname is; or the
     * first of two surnames does, as Spanish copy shortens a name: "Covadonga Fernández Álvarez"
     * is "Fernández said" later.
     */
    private boolean actsLikeAPerson(List<String> tokens) {
        String first = tokens.get(0);
        int particle = particleAt(tokens);
        return actingSurnames.contains(tokens.get(tokens.size() - 1))
                || Vocabulary.FAMILY_NAMES_FIRST.contains(first) && actingSurnames.contains(first)
                || particle >= 2 && actingSurnames.contains(tokens.get(particle - 1))
                || tokens.size() == 3 && Character.isUpperCase(tokens.get(1).charAt(0)) && actingSurnames.contains(tokens.get(1));
    }

    /**
     * "Joaquim Antônio Barbosa" at the end of an obituary is the Joaquim Barbosa it began
     * with: the one person already named with the same first and last words, or null.
     */
    private String knownWithSameEnds(List<String> tokens) {
        if (tokens.size() < 3) {
            return null;
        }
        String first = tokens.get(0);
        String last = tokens.get(tokens.size() - 1);
        String found = null;
        for (String name : known) {
            String[] parts = name.split(" ");
            if (parts.length >= 2 && parts[0].equals(first) && parts[parts.length - 1].equals(last)) {
                if (found != null) {
                    return null;
                }
                found = name;
            }
        }
        return found;
    }

    /**
     * "R van Wyk" in a scorecard, "J. Okafor": an initial and the rest of the name of the one
     * person known by them. Null when none, or more than one.
     */
    private String knownByInitial(List<String> tokens) {
        String initial = tokens.get(0);
        if (tokens.size() < 2 || !initial.matches("\\p{Lu}\\.?")) {
            return null;
        }
        String rest = " " + String.join(" ", tokens.subList(1, tokens.size()));
        String found = null;
        for (String name : known) {
            // "J. Okafor" is John Okafor, and John Emeka Okafor too: the initial of the first name
            if (name.startsWith(initial.substring(0, 1)) && name.endsWith(rest) && name.length() > rest.length()) {
                if (found != null) {
                    return null;
                }
                found = name;
            }
        }
        return found;
    }

    /** Irish and Scottish surnames open with these: "Ó Riordáin", "Ní Dhuibhir", "Mac Giolla Phádraig". */
    private static final Set<String> SURNAME_PREFIXES = Set.of("ó", "ní", "nic", "mac", "ua", "uí", "mag", "o");

    private static final Set<String> PLACE_PREFIXES = Set.of("Eastern", "Western", "Northern", "Southern", "Central",
            "Upper", "Lower", "North", "South", "East", "West", "Greater", "Mount", "Lake", "Port", "Fort", "Cape");

    /** Campaigns are named by what they want done: "Save Harnsworth Libraries", "Stop the Cuts". */
    private static final Set<String> CAMPAIGN_VERBS = Set.of("Save", "Stop", "Keep", "Protect", "Defend", "Fix", "Scrap",
            "Ban", "Free", "Fight", "Reclaim", "Restore");

    /** Capitalised words that name a company, a place or an outlet rather than a person. */
    boolean isOrganisation(List<String> tokens) {
        String joined = String.join(" ", tokens);
        if (registry.containsKey(joined.toLowerCase(Locale.ROOT)) || known.contains(joined)) {
            return false;
        }
        if (tokens.size() > 1 && Vocabulary.COMPANY_KINDS.contains(tokens.get(0).toLowerCase(Locale.ROOT))) {
            // "Retailer Tesco said": what the company is, then its name
            return true;
        }
        if (tokens.size() == 1 && personalSurnames.contains(joined)) {
            // "Denise Washington, whose son…" ¶ "Washington told the board": the place is her surname
            return false;
        }
        if (lexicon.isPlace(joined) && !surnameOfSomeoneNamed(tokens) || organisations.contains(joined) && !familyBehindTheBusiness(joined)
                || tokens.size() > 1 && (PLACE_PREFIXES.contains(tokens.get(0)) || CAMPAIGN_VERBS.contains(tokens.get(0)))) {
            // "Eastern Samar", "North Dakota", "Lake Tahoe": places Chorus's list does not hold
            return true;
        }
        // "Shania Lake", "Lake said": the surname of one the article writes as a person
        int last = personalSurnames.contains(tokens.get(tokens.size() - 1)) ? tokens.size() - 1 : tokens.size();
        for (String t : tokens.subList(0, last)) {
            if (lexicon.isOrganisationWord(t)) {
                return true;
            }
        }
        if (tokens.size() > 1 && Vocabulary.COMPANY_FORMS.contains(tokens.get(tokens.size() - 1))) {
            // "Soundloom AB", "Fjordlyd AS": a company's legal form after its name
            return true;
        }
        return tokens.size() == 1 && tokens.get(0).length() >= 2 && tokens.get(0).chars().noneMatch(Character::isLowerCase);
    }

    /**
     * "Beltrán’s attorney, Darnell Washington, told the jury… “…,” Washington said": one word
     * that is a place is still the surname of the one person named with it and a given name
     * Chorus knows, as "Lake said" is after "Kenroy Lake".
     */
    private boolean surnameOfSomeoneNamed(List<String> tokens) {
        if (tokens.size() != 1) {
            return false;
        }
        List<String> named = bySurname.getOrDefault(tokens.get(0), List.of());
        return named.size() == 1 && named.get(0).contains(" ") && lexicon.isGivenName(named.get(0).split(" ")[0]);
    }

    /** "Veridian Energy" makes a later bare "Veridian" an organisation too. */
    void noteOrganisation(List<String> tokens) {
        organisations.add(String.join(" ", tokens));
        List<String> head = new ArrayList<>();
        for (String t : tokens) {
            if (lexicon.isOrganisationWord(t)) {
                break;
            }
            head.add(t);
        }
        if (!head.isEmpty() && !(head.size() == 1 && lexicon.isGivenName(head.get(0)))) {
            String shortName = String.join(" ", head);
            if (!organisations.contains(shortName)) {
                organisations.add(shortName);
                shortNames.add(shortName);
            }
        }
    }

    /**
     * "Pappas Bakery" … "Ruth Pappas, 71," … "Pappas said": a family's business named after it
     * leaves the bare surname the family's, once someone of that name is named whole.
     */
    private boolean familyBehindTheBusiness(String name) {
        if (!shortNames.contains(name)) {
            return false;
        }
        for (String person : bySurname.getOrDefault(name, List.of())) {
            int space = person.indexOf(' ');
            if (space > 0 && lexicon.isGivenName(person.substring(0, space))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A written name to a full name, or null when it is not a person: the registry first, then
     * people already named (a surname or first name finds the full name), then a new person
     * when the words look like a name.
     */
    String resolve(List<String> tokens, String honorific, Evidence evidence) {
        return resolve(tokens, honorific, evidence, Long.MAX_VALUE);
    }

    /** @param pos where the name is written: people first named after it are not candidates */
    String resolve(List<String> tokens, String honorific, Evidence evidence, long pos) {
        return resolve(tokens, honorific, evidence, pos, true);
    }

    /**
     * "Her guru is also her father, the veteran vocalist S. Venkatraman": a relative of someone
     * named carries the family's surname, so an initial that matches theirs ("Sahana
     * Venkatraman") is no sign it is the same person; the name is read as it is written.
     */
    String resolveRelative(List<String> tokens, String honorific, Evidence evidence, long pos) {
        return resolve(tokens, honorific, evidence, pos, false);
    }

    private String resolve(List<String> tokens, String honorific, Evidence evidence, long pos, boolean byInitial) {
        tokens = outOfCapitals(tokens);
        // "Garaad Saleebaan Cali Jaamac": a form of address the article shows before a whole name
        // says a person is named, as "Mr" does, whatever the given name
        boolean addressed = tokens.size() > 2 && offices.contains(tokens.get(0));
        if (tokens.size() == 1 && offices.contains(tokens.get(0))) {
            return addressedAs(tokens.get(0));
        }
        if (addressed) {
            String name = resolve(tokens.subList(1, tokens.size()), honorific, Evidence.PERSON, pos, byInitial);
            if (name != null) {
                addressedAs.computeIfAbsent(tokens.get(0), k -> new LinkedHashSet<>()).add(name);
            }
            return name;
        }
        if (tokens.size() == 2 && tabloidLabel(tokens)) {
            // "Mum Shona, 45, said", "Proud Brenda added": the one of that given name named before,
            // else the given name is all the text calls her by
            String one = byOneName(tokens.get(1), null, pos);
            return one != null ? one : remember(tokens.get(1), null);
        }
        List<String> bare = withoutTitles(tokens);
        if (honorific == null && bare.size() < tokens.size()
                && Vocabulary.HONORIFICS.contains(tokens.get(tokens.size() - bare.size() - 1))) {
            // "Grady County Sheriff Dale Pruitt" is the "Sheriff Pruitt" of later paragraphs
            honorific = tokens.get(tokens.size() - bare.size() - 1);
        }
        tokens = bare;
        if (tokens.isEmpty() || isOrganisation(tokens)) {
            return null;
        }
        if (tokens.size() == 2 && Vocabulary.isRole(tokens.get(0).toLowerCase(Locale.ROOT))) {
            // "said principal Selma Nangolo" … "Principal Nangolo said": a role written before a
            // surname alone is the one the article gave that role, not a person named "Principal"
            String holder = holderOfOffice(bySurname.getOrDefault(tokens.get(1), List.of()), tokens.get(0).toLowerCase(Locale.ROOT));
            if (holder != null) {
                return holder;
            }
        }
        String joined = String.join(" ", tokens);
        String fromRegistry = registry.get(joined.toLowerCase(Locale.ROOT));
        if (fromRegistry != null) {
            return remember(fromRegistry, honorific);
        }
        if (tokens.size() == 2 && Vocabulary.HONORIFICS_OF_WHOLE_NAMES.contains(tokens.get(0))
                && !Vocabulary.FAMILY_NAMES_FIRST.contains(tokens.get(0)) && lexicon.isGivenName(tokens.get(1))) {
            // "Dona Filomena, our cook", "Seu João": before a given name alone, a form of address that
            // is a name elsewhere is still one, and the person is the given name; not "Ma Jun"
            String one = byOneName(tokens.get(1), tokens.get(0), pos);
            return one != null ? one : remember(tokens.get(1), tokens.get(0));
        }
        String prefix = knownPrefix(tokens);
        if (prefix != null) {
            return prefix;
        }
        if (tokens.size() == 1) {
            String one = byOneName(tokens.get(0), honorific, pos);
            if (settled && one != null && honorific != null && !Vocabulary.GIVEN_NAME_HONORIFICS.contains(honorific)) {
                // "Mr Ellery said, wiping his eyes" is Tom Ellery, and so is every later "Mr Ellery",
                // though the grandson Sam Ellery is named in between
                writtenWith.computeIfAbsent(one, k -> new HashSet<>()).add(honorific);
            }
            if (one == null && settled && honorific != null && !Vocabulary.GIVEN_NAME_HONORIFICS.contains(honorific)
                    && Character.isUpperCase(tokens.get(0).charAt(0))
                    && !Vocabulary.isRoleOrCompound(tokens.get(0).toLowerCase(Locale.ROOT))) {
                // "Mr Smith said: “Absolutely not.”" in a story that never gives his given name: the
                // title says a person is meant, and the surname is all the text names him by; not
                // "the Deputy Bailiff", an office after a title
                return remember(tokens.get(0), honorific);
            }
            return one;
        }
        String suffix = knownSuffix(tokens, honorific, pos);
        if (suffix != null) {
            return suffix;
        }
        if (!settled && honorific != null && SURNAME_PREFIXES.contains(tokens.get(0).toLowerCase(Locale.ROOT))) {
            // "Mr Ó Sé" read before "Pádraig Ó Sé" is met: a surname, as "Mr Smith" is, not a person of its own
            return null;
        }
        String sameEnds = knownWithSameEnds(tokens);
        if (sameEnds != null) {
            return sameEnds;
        }
        String longer = knownLonger(tokens);
        if (longer != null) {
            return longer;
        }
        String initialled = byInitial ? knownByInitial(tokens) : null;
        if (initialled != null) {
            return initialled;
        }
        if (tokens.size() == 2 && tokens.get(0).equals("M.") && bySurname.containsKey(tokens.get(1))) {
            // "M. Garba said": in French copy, Monsieur before the surname of a man already named
            String monsieur = byOneName(tokens.get(1), "Mr", pos);
            if (monsieur != null) {
                return monsieur;
            }
        }
        if (tokens.size() == 2 && addressBeforeAKnownSurname(tokens)) {
            // "Měrćin Nowak … Herr Nowak said", "Hana Kralowa … Frau Kralowa said": a form of address
            // that is a word or a name elsewhere is still one before the surname of someone already named
            String named = byOneName(tokens.get(1), tokens.get(0), pos);
            if (named != null) {
                return named;
            }
        }
        if (tokens.size() == 2 && isAcronym(tokens.get(0)) && bySurname.containsKey(tokens.get(1))) {
            // "CDO Adhikari", "DSP Rao": an office's letters before a surname are a title, as "Mr" is
            String titled = byOneName(tokens.get(1), null, pos);
            if (titled != null) {
                return titled;
            }
        }
        if (lexicon.isGivenName(tokens.get(0)) || honorific != null || actsLikeAPerson(tokens)) {
            return remember(joined, honorific);
        }
        boolean title = Vocabulary.ROLE_NOUNS.contains(tokens.get(tokens.size() - 1).toLowerCase(Locale.ROOT));
        // "Prime Minister", "Health Secretary": a title is not a name
        return evidence == Evidence.PERSON && !title ? remember(joined, honorific) : null;
    }

    /**
     * "Herr Nowak", "Doña Ruiz": a form of address read as one only before whole names, then the
     * surname of someone named; not "Ma Lin" (a family name first) nor "Sultan Khan" (a given name).
     */
    private boolean addressBeforeAKnownSurname(List<String> tokens) {
        String form = tokens.get(0);
        return Vocabulary.HONORIFICS_OF_WHOLE_NAMES.contains(form) && !Vocabulary.FAMILY_NAMES_FIRST.contains(form)
                && !lexicon.isGivenName(form) && bySurname.containsKey(tokens.get(1));
    }

    /**
     * "DANNY COWELL blasted his rival": a tabloid sets the first naming of its subject in capitals,
     * and the man is Danny Cowell, the "Cowell" of every later paragraph. Only a whole name whose
     * first word is a known given name once its capitals are lowered; "BBC NEWS" stays as it is.
     */
    private List<String> outOfCapitals(List<String> tokens) {
        if (tokens.size() < 2 || tokens.size() > 4) {
            return tokens;
        }
        List<String> lowered = new ArrayList<>(tokens.size());
        for (String token : tokens) {
            if (token.length() < 2 || !token.equals(token.toUpperCase(Locale.ROOT))
                    || !Character.isLetter(token.charAt(1))) {
                return tokens;
            }
            lowered.add(token.charAt(0) + token.substring(1).toLowerCase(Locale.ROOT));
        }
        return lexicon.isGivenName(lowered.get(0)) ? lowered : tokens;
    }

    /** "CDO", "IGP", "GRC": two to five capital letters, an office's or a place's initials. */
    static boolean isAcronym(String word) {
        if (word.length() < 2 || word.length() > 5) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) < 'A' || word.charAt(i) > 'Z') {
                return false;
            }
        }
        return true;
    }

    /** A name already known in the article (or the registry), or null: never a new person. */
    String recall(List<String> tokens, String honorific) {
        if (tokens.isEmpty()) {
            return null;
        }
        tokens = outOfCapitals(tokens);
        String fromRegistry = registry.get(String.join(" ", tokens).toLowerCase(Locale.ROOT));
        if (fromRegistry != null) {
            return remember(fromRegistry, honorific);
        }
        if (tokens.size() == 1 && offices.contains(tokens.get(0))) {
            return addressedAs(tokens.get(0));
        }
        String prefix = knownPrefix(tokens);
        return prefix != null ? prefix : tokens.size() == 1 ? byOneName(tokens.get(0), honorific, Long.MAX_VALUE) : null;
    }

    /** "“…,” the Garaad said": the one person named with that form of address, or null. */
    private String addressedAs(String form) {
        Set<String> one = addressedAs.getOrDefault(form, Set.of());
        return one.size() == 1 ? one.iterator().next() : null;
    }

    /**
     * "Health Secretary Wes Streeting", "Chief Financial Officer Markus Heller": the capitals
     * before a given name that has a surname after it are a title.
     */
    List<String> withoutTitles(List<String> tokens) {
        if (tabloidLabel(tokens)) {
            // "Little Ava Kirkham", "Mum Shona", "Proud Brenda": the label goes, even when a given name is all that is left
            tokens = tokens.subList(1, tokens.size());
        }
        if (tokens.size() > 1 && formsOfAddress.contains(tokens.get(0))) {
            tokens = tokens.subList(1, tokens.size());
        }
        // "Minister of Education Abena Owusu-Ansah": the portfolio opens the run after "of"
        while (tokens.size() > 2 && Vocabulary.PORTFOLIOS.contains(tokens.get(0))) {
            tokens = tokens.subList(1, tokens.size());
        }
        // "Labor Minister Francisca Ibarra Solís": up to the last role word
        for (int i = tokens.size() - 3; i >= 0; i--) {
            String t = tokens.get(i);
            // "Committee Chairman Sen. Walt Dunning": a title may be abbreviated with a point
            String title = t.endsWith(".") && t.length() > 2 ? t.substring(0, t.length() - 1) : t;
            // a whole name is left after it, and it is not itself a given name ("Dean Whitaker")
            if ((Vocabulary.ROLE_NOUNS.contains(t.toLowerCase(Locale.ROOT)) || Vocabulary.HONORIFICS.contains(title)
                    // "Scriptwriter Luvuyo Ngcobondwana", "Boatbuilder Sione Vea": a role written as one
                    // word with what it works at, opening a whole name
                    || i == 0 && Vocabulary.isRoleOrCompound(t.toLowerCase(Locale.ROOT))
                    || Vocabulary.HONORIFICS_OF_WHOLE_NAMES.contains(t)
                    || t.endsWith(".") && Vocabulary.DOTTED_TITLES.contains(title))
                    && !(i == 0 && lexicon.isGivenName(t))
                    && !Vocabulary.givenNameBeforeAFamilyName(t, tokens.get(i + 1))
                    // "Ch. Narasimha Rao": the Telugu initial, which the scanner left in the name
                    && !t.equals("Ch.")
                    // "Siti Aminah binti Haji Mohd Noor": her father's title is part of her name
                    && !(i > 0 && Vocabulary.PARTICLES.contains(tokens.get(i - 1)))) {
                List<String> rest = tokens.subList(i + 1, tokens.size());
                // "Paramount Chief Pa Alimamy Kamara": a form of address may follow the title
                return rest.size() > 2 && formsOfAddress.contains(rest.get(0)) ? rest.subList(1, rest.size()) : rest;
            }
        }
        // "Seventh-grader Aaliyah Romero-Diaz", "Labour’s Daniel Okoye": capitals before a given name
        if (tokens.size() < 3 || lexicon.isGivenName(tokens.get(0))) {
            return tokens;
        }
        if (tokens.size() > 3 && particleAt(tokens) >= 2 && readsLikeATitle(tokens.get(0)) && !capitalAfterHyphen(tokens.get(0))) {
            // "Singer-songwriter Sólja í Dali", "Winemaker Anouk van Rijn": the particle opens the
            // surname, so a given name stands before it, known or not, and a title before that
            return tokens.subList(1, tokens.size());
        }
        for (int i = 1; i + 1 < tokens.size(); i++) {
            if (lexicon.isGivenName(tokens.get(i))) {
                if (i > 1 && !tokens.subList(0, i).stream().anyMatch(this::titleOrPlace)) {
                    // "Syed Faraz Ali Shah": a given name inside a long name, nothing title-like before it
                    return tokens;
                }
                // but "Nguyen Thi Lan" is written family name first, and "Jessa Mae Abarquez" and
                // "Ma. Teresa Lagdameo" have a first name Chorus does not know: one word before a
                // given name is a title only when it reads like one ("Haulier", "Seventh-grader")
                String first = tokens.get(0);
                boolean keep = i == 1 && (Vocabulary.FAMILY_NAMES_FIRST.contains(first)
                        || !readsLikeATitle(first) && !lexicon.isOrganisationWord(first) && !lexicon.isPlace(first));
                return keep ? tokens : tokens.subList(i, tokens.size());
            }
        }
        return tokens;
    }

    /** "Mum Shona", "Proud Brenda", "Little Ava Kirkham": a tabloid's label before a given name. */
    private boolean tabloidLabel(List<String> tokens) {
        return tokens.size() > 1 && Vocabulary.TABLOID_LABELS.contains(tokens.get(0)) && lexicon.isGivenName(tokens.get(1));
    }

    /** Where the first particle of a name stands ("van" of "Anouk van Rijn"), or -1. */
    private static int particleAt(List<String> tokens) {
        for (int i = 1; i < tokens.size() - 1; i++) {
            if (Vocabulary.PARTICLES.contains(tokens.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** "Jean-Luc", "Abdel-Rahman": a name of two parts, not a compound role ("Co-founder"). */
    private static boolean capitalAfterHyphen(String word) {
        int hyphen = word.indexOf('-');
        return hyphen > 0 && hyphen + 1 < word.length() && Character.isUpperCase(word.charAt(hyphen + 1));
    }

    private boolean titleOrPlace(String word) {
        return readsLikeATitle(word) || Vocabulary.PORTFOLIOS.contains(word) || lexicon.isOrganisationWord(word)
                || lexicon.isPlace(word);
    }

    /** "Haulier", "Seventh-grader", "Father-of-two", "Labour’s": a word that names a job or a side, not a person. */
    private static boolean readsLikeATitle(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return word.indexOf('-') > 0 || lower.endsWith("’s") || lower.endsWith("'s")
                || Vocabulary.ROLE_NOUNS.contains(lower) || lower.matches(".*(?:er|or|ist|ian|ant|ent|man|woman|ee)");
    }

    /**
     * "de la Fuente" for Tomás de la Fuente, "Ibarra Solís" for Francisca Ibarra Solís: the
     * one person already named whose name ends with these words, or null.
     */
    private String knownSuffix(List<String> tokens, String honorific, long pos) {
        String tail = " " + String.join(" ", tokens).toLowerCase(Locale.ROOT);
        List<String> found = new ArrayList<>();
        for (String name : known) {
            if (name.toLowerCase(Locale.ROOT).endsWith(tail)) {
                found.add(name);
            }
        }
        String written = String.join(" ", tokens);
        if (found.size() == 1) {
            if (honorific == null) {
                // "Ould Cheikh said" before his son is named: the words still mean him after
                bareSurnameOf.putIfAbsent(written, found.get(0));
            }
            return found.get(0);
        }
        String first = tokens.get(0).toLowerCase(Locale.ROOT);
        // "Jno Baptiste said", of Marcella and Anselm Jno Baptiste: words that open no given name
        // Chorus knows and end two whole names are their shared surname, as a particle shows one is
        boolean shared = found.size() > 1 && !lexicon.isGivenName(tokens.get(0));
        if (found.isEmpty() || !shared && !Vocabulary.PARTICLES.contains(first) && !SURNAME_PREFIXES.contains(first)
                && !Vocabulary.opensSurname(tokens.get(0))) {
            return null;
        }
        // "Van der Walt said", of Pieter and Annelie van der Walt, and "Ben Salah said", of Mohamed
        // Ali Ben Salah and his daughter Nour: a surname alone, so as for a one-word surname
        List<String> introduced = found.stream().filter(c -> introducedAt.getOrDefault(c, Long.MIN_VALUE) < pos).toList();
        return introduced.isEmpty() ? null : amongNamesakes(introduced, honorific, pos, written);
    }

    /**
     * "Haddad", "Mrs Haddad", "Sir Keir". When two people share the surname, the bare surname is
     * the one the article is about and the honorific marks the other, as newspapers write it.
     */
    private String byOneName(String name, String honorific, long pos) {
        if (honorific != null && Vocabulary.GIVEN_NAME_HONORIFICS.contains(honorific)
                && byFirstName.getOrDefault(name, List.of()).size() == 1) {
            // "Ato Tadesse" is Tadesse Bekele, though Meskerem Tadesse is named too
            return byFirstName.get(name).get(0);
        }
        List<String> candidates = new ArrayList<>(bySurname.getOrDefault(name, List.of()));
        boolean surname = !candidates.isEmpty();
        if (candidates.isEmpty() && name.length() > 1) {
            // "El-Sayed said" opening a sentence is the "el-Sayed" of Mahmoud el-Sayed
            candidates.addAll(bySurname.getOrDefault(Character.toLowerCase(name.charAt(0)) + name.substring(1), List.of()));
        }
        boolean firstNameAllowed = honorific == null || Vocabulary.GIVEN_NAME_HONORIFICS.contains(honorific);
        String earlier = surname && honorific == null ? givenNameBeforeItWasASurname(name, candidates, pos) : null;
        if (earlier != null) {
            return earlier;
        }
        if (surname && heldOnlyInside(name, candidates)) {
            List<String> holders = givenNameHolders(name, honorific, firstNameAllowed);
            if (!holders.isEmpty()) {
                // "Osman said" is Osman Abdelrahman Ali, not his daughter Amna Osman Abdelrahman, whose
                // name carries her father's inside it: the word alone is the name of the one it opens
                candidates = new ArrayList<>(holders);
                surname = false;
            }
        }
        if (candidates.isEmpty() && firstNameAllowed) {
            candidates.addAll(byFirstName.getOrDefault(name, List.of()));
        } else if (candidates.isEmpty()) {
            // "Dato' Dr. Chandra Ramasamy" is "Dr. Chandra" later: the given name, with the title he was written with
            List<String> given = byFirstName.getOrDefault(name, List.of());
            for (String c : given) {
                if (writtenWith.getOrDefault(c, Set.of()).contains(honorific)) {
                    candidates.add(c);
                }
            }
            if (candidates.isEmpty() && given.size() == 1 && given.get(0).split(" ").length > 1) {
                // "Ms Nurul" is Nurul Huda Ismail, "Ms Farah" Farah Ismail: a Malay name keeps its given
                // name with the title, and no one else has that name
                candidates.add(given.get(0));
            }
            if (candidates.isEmpty() && given.size() > 1 && !lexicon.isGivenName(name)
                    && given.stream().allMatch(c -> c.split(" ").length == 2)) {
                // "Ms Kinjo" of Kinjo Masaru and his niece Kinjo Ayaka: a title goes with a family name,
                // so a word Chorus does not know as a given name that opens two people's names is
                // theirs, written first; the title tells which
                candidates.addAll(given);
            }
        }
        char titled = honorificGender(honorific);
        if (surname && titled != 0 && relativesBySurname.containsKey(name)
                && candidates.stream().filter(c -> introducedAt.getOrDefault(c, Long.MIN_VALUE) < pos)
                        .allMatch(c -> gender(c) != titled || children.contains(c))) {
            // "Haresh Patel … his wife, Meena, … Mrs. Patel said": the relative named by a given
            // name alone carries the family's name, and the title says which of the family; her
            // child is no "Mrs Jenkins" ("Isla Jenkins … her mother Amy"), nor one named only later
            List<String> kin = relativesBySurname.get(name).stream().filter(k -> gender(k) == titled).toList();
            if (kin.size() == 1) {
                return kin.get(0);
            }
        }
        if (candidates.size() > 1) {
            List<String> introduced = candidates.stream().filter(c -> introducedAt.getOrDefault(c, Long.MIN_VALUE) < pos).toList();
            if (!introduced.isEmpty()) {
                candidates = new ArrayList<>(introduced);
            }
        }
        if (surname && honorific == null && candidates.size() == 1) {
            bareSurnameOf.putIfAbsent(name, candidates.get(0));
        }
        return amongNamesakes(candidates, honorific, pos, surname ? name : null);
    }

    /**
     * "Ato Kassa Tadesse, 64, … Kassa said" before "His daughter, Alemnesh Kassa," is named: a word
     * written alone means the one already named whose given name it is, not someone named later
     * whose surname it is, and goes on meaning him once she is named, as the article has shown how
     * it calls him. Only when exactly one person so named came first.
     */
    private String givenNameBeforeItWasASurname(String name, List<String> bySurnameOf, long pos) {
        String first = givenNameFirstMeant.get(name);
        if (first != null) {
            return first;
        }
        if (bySurnameOf.stream().anyMatch(c -> introducedAt.getOrDefault(c, Long.MIN_VALUE) < pos)) {
            return null;
        }
        List<String> before = byFirstName.getOrDefault(name, List.of()).stream()
                .filter(c -> introducedAt.getOrDefault(c, Long.MAX_VALUE) < pos && !bySurnameOf.contains(c)).toList();
        if (before.size() != 1) {
            return null;
        }
        if (settled) {
            givenNameFirstMeant.put(name, before.get(0));
        }
        return before.get(0);
    }

    /** See {@link #givenNameBeforeItWasASurname}: "Kassa" → Kassa Tadesse, once so written. */
    private final Map<String, String> givenNameFirstMeant = new HashMap<>();

    /**
     * Whether every one of {@code candidates} holds {@code word} between its first and last names
     * only, or as the father's name after "son of" or "daughter of" ("Esther Manang anak Kalong"):
     * there it is not a family name the child is called by.
     */
    private static boolean heldOnlyInside(String word, List<String> candidates) {
        for (String c : candidates) {
            String[] parts = c.split(" ");
            String last = parts[parts.length - 1];
            boolean fathers = parts.length > 2 && PATRONYM_PARTICLES.contains(parts[parts.length - 2]);
            if (parts[0].equals(word) || last.equals(word) && !fathers || word.equals(withoutArabicArticle(last))) {
                return false;
            }
        }
        return true;
    }

    /** "son of" and "daughter of" written small inside a name: the Malay, Iban, Arabic and Hassaniya ones. */
    private static final Set<String> PATRONYM_PARTICLES = Set.of("bin", "binti", "binte", "bte", "anak", "ibn", "bint",
            "ould", "mint");

    /** Those whose given name is {@code word}, as the honorific it is written with allows. */
    private List<String> givenNameHolders(String word, String honorific, boolean firstNameAllowed) {
        List<String> given = byFirstName.getOrDefault(word, List.of());
        return firstNameAllowed ? given
                : given.stream().filter(c -> writtenWith.getOrDefault(c, Set.of()).contains(honorific)).toList();
    }

    /**
     * "Lima" → "Wagner Lima": whom a bare surname meant when it was first written alone, while
     * no one else of that name had been met. An article that goes on to name the family keeps
     * the bare surname for that person and calls the others by their given names.
     */
    private final Map<String, String> bareSurnameOf = new HashMap<>();

    /**
     * Those the reporter calls by their given name alone ("Senad was more diplomatic"): an article
     * that names a family so keeps the bare surname for the one it does not.
     */
    private final Set<String> calledByGivenName = new HashSet<>();

    void noteCalledByGivenName(String name) {
        calledByGivenName.add(name);
    }

    /** Of those, the ones that stand alone for an office someone holds: "the Garaad said". */
    private final Set<String> offices = new HashSet<>();
    /** Who has been named with each of those offices: "Garaad" → Saleebaan Cali Jaamac. */
    private final Map<String, Set<String>> addressedAs = new HashMap<>();

    /** Words this article writes as forms of address, though Chorus does not know them: see {@link #noteFormsOfAddress}. */
    private final Set<String> formsOfAddress = new HashSet<>();

    /**
     * A word Chorus does not know that the article writes before the whole names of two people
     * ("Amai Rudo Chikomo", "Amai Tendai Moyo"), or before a whole name and again before part of
     * it ("Sekuru Farai Gumbo" … "Sekuru Gumbo"), or before the given name alone of a name of
     * three words written without it ("Ustaz Mahmoud", of Mahmoud Abdel Fattah), is a form of
     * address, as "Mr" is, unless it
     * also stands alone as a name ("Lim Wei Ling" … "Lim said"): forms of address from traditions
     * not yet listed.
     */
    void noteFormsOfAddress(List<List<String>> names) {
        noteFormsOfAddress(names, Map.of(), List.of());
    }

    /**
     * @param honorificsBySurname the honorifics the article writes before each surname ("Théodose" →
     *                            "Maître"), for their short forms ("Me Théodose")
     * @param paragraphs          the article's text, where a form of address may also stand as a
     *                            common noun ("the cadi said")
     */
    void noteFormsOfAddress(List<List<String>> names, Map<String, Set<String>> honorificsBySurname, List<String> paragraphs) {
        Map<String, List<List<String>>> byOpening = new HashMap<>();
        Set<String> alone = new HashSet<>();
        for (List<String> written : names) {
            if (written.size() == 1) {
                alone.add(written.get(0));
                continue;
            }
            // "Conseiller Philippe Guille" is judged as written, but in "Paramount Chief Pa Alimamy Kamara"
            // … "Pa Kamara" the word to judge is the one after the titles, which they would hide
            List<String> untitled = withoutTitles(written);
            for (List<String> tokens : untitled.size() < written.size() ? List.of(written, untitled) : List.of(written)) {
                if (mayBeFormOfAddress(tokens.get(0)) || titleBeforeASurname(tokens.get(0))) {
                    byOpening.computeIfAbsent(tokens.get(0), k -> new ArrayList<>()).add(tokens.subList(1, tokens.size()));
                }
            }
        }
        for (Map.Entry<String, List<List<String>>> e : byOpening.entrySet()) {
            String word = e.getKey();
            if (!mayBeFormOfAddress(word)) {
                // "Conseiller Philippe Guille" … "Conseiller Guille replied": a word that reads like a
                // title is taken off a whole name already, but before a surname alone only once the
                // article shows it is one, written before a whole name and again before part of it
                // (or once it names the office the word is: "Viliami Taufa, the Speaker of the Assembly")
                if (!alone.contains(word) && (beforeTwoNamesOrAWholeAndPart(e.getValue())
                        || pluralOfACommonNoun(word, e.getValue(), paragraphs)
                        || beforeAFamilyNameWrittenWithATitle(word, e.getValue(), honorificsBySurname))
                        || anOfficeOfAPlaceBeforeASurname(word, e.getValue(), names, paragraphs)) {
                    formsOfAddress.add(word);
                }
                continue;
            }
            if (!alone.contains(word) && (beforeTwoNamesOrAWholeAndPart(e.getValue()) || beforeAGivenName(word, e.getValue(), names)
                    || beforeTheGivenNameOfTwoNeverWrittenAlone(word, e.getValue(), names, alone, paragraphs)
                    || shortFormOfAnHonorific(word, e.getValue(), honorificsBySurname)
                    || calledByItAndAGivenName(word, e.getValue(), names, paragraphs)
                    || speaksAsItsOffice(word.toLowerCase(Locale.ROOT), e.getValue(), paragraphs)
                    || pluralOfACommonNoun(word, e.getValue(), paragraphs)
                    || toldApartWithoutIt(word, e.getValue(), names)
                    || beforeAFamilyNameWrittenWithATitle(word, e.getValue(), honorificsBySurname))
                    // "The Faipule of Fakaofo" writes the word alone, as the office it is
                    || anOfficeOfAPlaceBeforeASurname(word, e.getValue(), names, paragraphs)) {
                formsOfAddress.add(word);
            } else if (alone.contains(word) && speaksAsItsOffice(word, e.getValue(), paragraphs)) {
                formsOfAddress.add(word);
                offices.add(word);
            }
        }
    }

    /**
     * "Walimu Zawadi Mrisho" … "Halima Mrisho, whose son is in Zawadi Mrisho’s class": when
     * someone else shares the surname, the article tells the two apart by their given names, so
     * the whole name written again without the word before it shows that word was no given name
     * but a form of address; the namesake may be written with the word too ("Rambu Ana Amah" …
     * "Rambu Yuliana Amah" … "Ana Amah described"). Not "Soifiat Madi Abdou" … "Madi Abdou said", where nobody else is
     * an Abdou and the two words are the name she goes by.
     */
    private static boolean toldApartWithoutIt(String word, List<List<String>> rests, List<List<String>> names) {
        for (List<String> rest : rests) {
            if (rest.size() < 2 || !names.contains(rest)) {
                continue;
            }
            String surname = rest.get(rest.size() - 1);
            for (List<String> written : names) {
                List<String> other = written.size() > 2 && written.get(0).equals(word) ? written.subList(1, written.size()) : written;
                if (other.size() == rest.size() && other.get(other.size() - 1).equals(surname)
                        && !other.get(0).equals(rest.get(0)) && !other.get(0).equals(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "Mufti Abdirahman Yusuf Warsame" … "“…,” the mufti said": a word before a whole name that
     * the article also writes after "the", as the one who speaks, is that person's office, as
     * "Judge" is, though Chorus does not know it. {@code asWritten} is the word in lower case, or
     * with its capital kept when the article also writes it alone ("“…,” the Garaad said"), as only
     * an office is written.
     */
    private static boolean speaksAsItsOffice(String asWritten, List<List<String>> rests, List<String> paragraphs) {
        return asWritten.length() >= 3 && rests.stream().anyMatch(r -> r.size() > 1)
                && speaksAs("the " + asWritten + " ", paragraphs);
    }

    /** Whether "the mufti " stands before a verb somewhere: the one who speaks or acts. */
    private static boolean speaksAs(String role, List<String> paragraphs) {
        for (String p : paragraphs) {
            for (int at = p.indexOf(role); at >= 0; at = p.indexOf(role, at + role.length())) {
                if ((at == 0 || !Character.isLetter(p.charAt(at - 1)))
                        && Vocabulary.VERB.matcher(p).region(at + role.length(), p.length()).lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "The Faipule of Fakaofo, Kelihiano Kalolo," … "Faipule Kalolo said": a word the article
     * writes as the office of a place ("the Faipule of", or "the Ulu-o-Tokelau" in the place's own
     * language), then before the surname of someone it named whole, is that office's title, as
     * "Mayor" is in "Mayor Cole", though Chorus does not know it.
     */
    private static boolean anOfficeOfAPlaceBeforeASurname(String word, List<List<String>> rests, List<List<String>> names,
                                                          List<String> paragraphs) {
        boolean beforeASurname = false;
        for (List<String> rest : rests) {
            for (List<String> name : names) {
                beforeASurname |= rest.size() == 1 && name.size() > 1 && !name.get(0).equals(word)
                        && name.get(name.size() - 1).equals(rest.get(0));
            }
        }
        if (!beforeASurname) {
            return false;
        }
        for (String p : paragraphs) {
            for (String office : List.of("he " + word + " of ", "he " + word + "-")) {
                int at = p.indexOf(office);
                if (at > 0 && (p.charAt(at - 1) == 'T' || p.charAt(at - 1) == 't')
                        && (at == 1 || !Character.isLetter(p.charAt(at - 2)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "Maître Camille Rabenoro" … "Me Rabenoro said": a word of two or three letters before the
     * surname of someone the article gave an honorific, made of that honorific's first and last
     * letters, is its contraction, as "Mr" is of Mister and "Dr" of Doctor ("Mme", "Sra", "Dra").
     */
    private boolean shortFormOfAnHonorific(String word, List<List<String>> rests, Map<String, Set<String>> honorificsBySurname) {
        if (word.length() > 3 || lexicon.isGivenName(word)) {
            return false;
        }
        char first = Character.toLowerCase(word.charAt(0));
        char last = Character.toLowerCase(word.charAt(word.length() - 1));
        for (List<String> rest : rests) {
            for (String h : honorificsBySurname.getOrDefault(rest.get(rest.size() - 1), Set.of())) {
                if (rest.size() == 1 && h.length() > word.length() && Character.toLowerCase(h.charAt(0)) == first
                        && Character.toLowerCase(h.charAt(h.length() - 1)) == last) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "Undergraduate Tan Jun Hao, 21, … said" … "Mr Tan said": the word after it, which a social
     * title goes before elsewhere, is a family name written first, so the word opening the three
     * is what he is, not a name of his; not when the word is a known given name ("Jolene Tan Mei
     * Ling"), and only before three words more: "Bienvenida Bolekia Riochí … Sra. Bolekia" is a
     * given name and two surnames, the first of which takes the title, and "Marlowe Kent
     * Productions" a company beside "Mr Kent".
     */
    private boolean beforeAFamilyNameWrittenWithATitle(String word, List<List<String>> rests,
                                                      Map<String, Set<String>> honorificsBySurname) {
        if (lexicon.isGivenName(word)) {
            return false;
        }
        for (List<String> rest : rests) {
            if (rest.size() >= 3) {
                for (String h : honorificsBySurname.getOrDefault(rest.get(0), Set.of())) {
                    if (SOCIAL_TITLES.contains(h)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** "Ustaz Mahmoud" in an article that names "Mahmoud Abdel Fattah": the word goes before his given name. */
    private static boolean beforeAGivenName(String word, List<List<String>> rests, List<List<String>> names) {
        for (List<String> rest : rests) {
            if (rest.size() != 1) {
                continue;
            }
            for (List<String> name : names) {
                if (name.size() > 2 && name.get(0).equals(rest.get(0)) && !name.contains(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "His neighbor, Rosario Manalo, runs a store … “…,” Aling Rosario told me": a word the article
     * writes only before the given name of someone it named whole with two words before, a given
     * name it never writes alone, is a form of address, when the two words stand right after a
     * quote as one already known would. A second person's name ("Qoorsheel Maxamuud", child or
     * neighbour of "Maxamuud Cilmi") is introduced ("His neighbour Qoorsheel Maxamuud said").
     */
    private static boolean beforeTheGivenNameOfTwoNeverWrittenAlone(String word, List<List<String>> rests,
                                                                    List<List<String>> names, Set<String> alone,
                                                                    List<String> paragraphs) {
        // names are in the order the article writes them
        if (rests.size() != 1 || rests.get(0).size() != 1 || alone.contains(rests.get(0).get(0))
                || !rightAfterAQuote(word + " " + rests.get(0).get(0), paragraphs)) {
            return false;
        }
        String given = rests.get(0).get(0);
        for (List<String> name : names) {
            if (name.size() == 2 && name.get(0).equals(given)) {
                // named whole first: "St Olaf's Day" long before "King Olaf Tryggvason" is no form of address
                return true;
            }
            if (name.size() == 2 && name.get(1).equals(given)) {
                return false;
            }
        }
        return false;
    }

    /** Whether {@code name} stands somewhere right after a closing quote mark: "“…,” Aling Rosario told me". */
    private static boolean rightAfterAQuote(String name, List<String> paragraphs) {
        for (String p : paragraphs) {
            for (int at = p.indexOf(name); at >= 0; at = p.indexOf(name, at + name.length())) {
                if (at >= 2 && p.charAt(at - 1) == ' ' && (p.charAt(at - 2) == '”' || p.charAt(at - 2) == '"')) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "Tamaz Khimshiashvili, 72, … Younger colleagues call him Batoni Tamaz"; "Mãe Dalva, whose
     * legal name is Dalva Conceição": the article says outright that the word and a two-word
     * name's given name are what someone is called, so the word is a form of address. Only when
     * it says so: Kiribati's "Taoaba Tekarei", child of Tekarei Baraniko, is a whole name.
     */
    private static boolean calledByItAndAGivenName(String word, List<List<String>> rests, List<List<String>> names,
                                                   List<String> paragraphs) {
        for (List<String> rest : rests) {
            if (rest.size() != 1) {
                continue;
            }
            String given = rest.get(0);
            boolean named = false;
            for (List<String> name : names) {
                named |= name.size() == 2 && name.get(0).equals(given);
            }
            if (!named) {
                continue;
            }
            String written = word + " " + given;
            for (String p : paragraphs) {
                for (int at = p.indexOf(written); at >= 0; at = p.indexOf(written, at + written.length())) {
                    String before = p.substring(Math.max(0, at - 12), at);
                    String after = p.substring(at + written.length(), Math.min(p.length(), at + written.length() + 30));
                    if (CALL_HIM.matcher(before).find() || WHOSE_NAME.matcher(after).lookingAt()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** "call him ", "calls her ", "known as ": what opens the name someone goes by. */
    private static final Pattern CALL_HIM = Pattern.compile(
            "(?:\\bcall(?:s|ed)?\\s+(?:him|her)|\\bknown\\s+as)\\s+$");
    /** ", whose legal name is", ", whose real name is": the name on the papers follows. */
    private static final Pattern WHOSE_NAME = Pattern.compile(
            ",\\s+whose\\s+(?:legal|real|full|birth|given|official)\\s+name\\s+is\\s");

    private boolean mayBeFormOfAddress(String word) {
        return Character.isUpperCase(word.charAt(0)) && !word.endsWith(".") && !lexicon.isGivenName(word)
                && !Vocabulary.FAMILY_NAMES_FIRST.contains(word) && !Vocabulary.opensSurname(word)
                && !lexicon.isOrganisationWord(word) && !lexicon.isPlace(word) && !readsLikeATitle(word);
    }

    /** "Conseiller", "Regidor", "Wethouder": a capitalised word with a role's ending, not a plural, a name, a place or a body. */
    private boolean titleBeforeASurname(String word) {
        return Character.isUpperCase(word.charAt(0)) && word.indexOf('-') < 0 && !word.endsWith("s") && readsLikeATitle(word)
                && !lexicon.isGivenName(word) && !lexicon.isPlace(word) && !lexicon.isOrganisationWord(word);
    }

    /**
     * "Learner Ndeshipanda Iipumbu, 13, said" in a story of "300 learners", "Compositor Gjulia
     * Mucignat" in one where the studio "would hire six more compositors": a word before a whole
     * name that the article also writes small and plural is a common noun, what the person is, as
     * "Economist" is before a name; no name is written so. Not a plural itself ("Actors Guild").
     */
    private boolean pluralOfACommonNoun(String word, List<List<String>> rests, List<String> paragraphs) {
        // and before a name, not "Screen Actors Australia", a body in a story about screens
        if (word.length() < 4 || word.endsWith("s") || rests.stream().noneMatch(r -> r.size() > 1
                && (!r.get(0).endsWith("s") || lexicon.isGivenName(r.get(0)))
                && r.stream().noneMatch(w -> lexicon.isPlace(w) || lexicon.isOrganisationWord(w)))) {
            return false;
        }
        String plural = word.toLowerCase(Locale.ROOT) + "s";
        for (String p : paragraphs) {
            for (int at = p.indexOf(plural); at >= 0; at = p.indexOf(plural, at + plural.length())) {
                int end = at + plural.length();
                if ((at == 0 || !Character.isLetter(p.charAt(at - 1))) && (end == p.length() || !Character.isLetter(p.charAt(end)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean beforeTwoNamesOrAWholeAndPart(List<List<String>> rests) {
        for (List<String> whole : rests) {
            if (whole.size() < 2) {
                continue;
            }
            String last = whole.get(whole.size() - 1);
            for (List<String> other : rests) {
                boolean otherPerson = other.size() >= 2 && !other.get(other.size() - 1).equals(last)
                        && !other.get(0).equals(whole.get(0));
                // not "Hairul Azmi bin Haji Kassim" … "Hairul Azmi": a given name of two words, shortened;
                // but "Rwot Charles Oywak Lagara" … "Rwot Oywak": the word kept before a later part
                // of the name, its first given name dropped, is no given name
                boolean part = other.size() == 1 && whole.indexOf(other.get(0)) > 0;
                if (otherPerson || part) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Which of the people a surname may mean ("Haddad", "Mrs Haddad", "the elder Te Rangi"):
     * the one written with that honorific, else one of its gender; with no honorific the one
     * meant ({@link #theOneMeant}), with one the other of them, as newspapers write it.
     */
    private String amongNamesakes(List<String> candidates, String honorific, long pos, String surname) {
        candidates = new ArrayList<>(candidates);
        if (honorific != null && candidates.size() > 1) {
            // "Dr Singh" is the one written "Dr Paul Singh", not "Amara Singh, 20"
            String titled = null;
            int titledCount = 0;
            for (String c : candidates) {
                if (writtenWith.getOrDefault(c, Set.of()).contains(honorific)) {
                    titled = c;
                    titledCount++;
                }
            }
            if (titledCount == 1) {
                return titled;
            }
            if (titledCount == 0 && SOCIAL_TITLES.contains(honorific)) {
                // "Her daughter, Lisa Carter … Ms Carter said … Mrs Carter, who has since returned
                // home": a paper calls one woman either Ms or Mrs, so of namesakes "Mrs" is the one
                // it has not already written "Ms", and so for "Miss"
                List<String> unlike = candidates.stream().filter(c -> !calledOtherwise(c, honorific)).toList();
                if (!unlike.isEmpty() && unlike.size() < candidates.size()) {
                    candidates = new ArrayList<>(unlike);
                }
            }
            // "coach Bramwel Wafula" … "their striker, Dennis Wafula" … "Coach Wafula said": a title
            // that is an office means the namesake the article gave that office, not the latest
            // (the honorific itself a role, not "Ms" or "Mr", which say only whether a woman or a man)
            String office = honorific.toLowerCase(Locale.ROOT);
            String holder = Vocabulary.isRole(office) && honorificGender(honorific) == 0 ? holderOfOffice(candidates, office) : null;
            if (holder != null) {
                return holder;
            }
        }
        char g = honorificGender(honorific);
        if (g != 0 && candidates.size() > 1) {
            candidates.removeIf(c -> gender(c) != 0 && gender(c) != g);
        }
        if (candidates.isEmpty()) {
            return null;
        }
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        String most = candidates.get(0);
        String least = candidates.get(0);
        for (String c : candidates) {
            if (count(c) > count(most)) {
                most = c;
            }
            if (count(c) < count(least)) {
                least = c;
            }
        }
        if (honorific == null) {
            return theOneMeant(candidates, pos, surname);
        }
        // the honorific marks someone other than the one the bare surname means; of those, the latest
        String main = most;
        candidates.remove(main);
        String latest = latestMentioned(candidates, pos);
        return latest != null ? latest : least;
    }

    /** Whether {@code name} was written with a social title of the same gender other than {@code honorific}. */
    private boolean calledOtherwise(String name, String honorific) {
        char g = honorificGender(honorific);
        for (String other : writtenWith.getOrDefault(name, Set.of())) {
            if (!other.equals(honorific) && SOCIAL_TITLES.contains(other) && honorificGender(other) == g) {
                return true;
            }
        }
        return false;
    }

    /** The one of these people the article gave this role ("principal Selma Nangolo"), or null when none or several. */
    private String holderOfOffice(List<String> candidates, String role) {
        String holder = null;
        for (String c : candidates) {
            if (roles.getOrDefault(c, Set.of()).contains(role)) {
                if (holder != null) {
                    return null;
                }
                holder = c;
            }
        }
        return holder;
    }

    /** "the late Rajesh Malhotra": of two who share his surname, the bare surname means the living one. */
    void noteDeceased(String name) {
        deceased.add(name);
    }

    private final Set<String> deceased = new HashSet<>();

    /**
     * "A lawyer for Lumenframe, Douglas Hartley, had argued that…": someone whose introduction
     * reports their words, so the bare surname of the quote that follows is theirs.
     */
    void noteIntroducedSpeaking(String name) {
        introducedSpeaking.add(name);
    }

    private final Set<String> introducedSpeaking = new HashSet<>();

    private final Set<String> obituarySubjects = new HashSet<>();

    /** "X has died aged 81": whom an obituary is about; the bare surname still means them. */
    void noteObituarySubject(String name) {
        obituarySubjects.add(name);
    }

    /**
     * The one person of gender {@code g} (or of none known) whose life has ended, as "X has died"
     * or "X, who died in…" says, or null when none or several.
     */
    String theOneWhoDied(char g) {
        String subject = obituarySubject(g);
        if (subject != null) {
            return subject;
        }
        List<String> dead = deceased.stream().filter(d -> gender(d) == g || gender(d) == 0).toList();
        return dead.size() == 1 ? dead.get(0) : null;
    }

    /** The one person of gender {@code g} (or of no known gender) an obituary is about, or null. */
    String obituarySubject(char g) {
        List<String> dead = obituarySubjects.stream().filter(d -> gender(d) == g || gender(d) == 0).toList();
        return dead.size() == 1 ? dead.get(0) : null;
    }

    /**
     * Of several people a bare surname may mean: the living ones; of those, the one acting in its
     * own paragraph ("Tom Kinsella farms the land… “…,” Kinsella said"), else the one the article
     * names most.
     */
    private String theOneMeant(List<String> candidates, long pos, String surname) {
        if (candidates.stream().anyMatch(c -> !deceased.contains(c))) {
            candidates = candidates.stream().filter(c -> !deceased.contains(c)).toList();
        }
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        String here = latestActing(candidates, pos, pos / Attributor.PARAGRAPH_STRIDE * Attributor.PARAGRAPH_STRIDE);
        if (here != null) {
            return here;
        }
        String speaking = justIntroduced(candidates, pos, surname);
        if (speaking != null && introducedSpeaking.contains(speaking) && !introducedAsKin(speaking)) {
            // "Glenn Hartley … Hartley told Reuters" … "A lawyer for Lumenframe, Douglas Hartley, had
            // argued that…" ¶ "“…,” Hartley told the court": the namesake just introduced reporting
            // their own words goes on speaking, though the surname meant the other before; not a
            // relative ("His son and apprentice, Sami Ould Cheikh, said…"), told apart by the relation
            return speaking;
        }
        String first = surname == null ? null : bareSurnameOf.get(surname);
        if (first != null && candidates.contains(first)) {
            // "Lima's voice" before his children are named: "Lima" is still Wagner Lima after
            return first;
        }
        List<String> notByGivenName = candidates.stream().filter(c -> !calledByGivenName.contains(c)).toList();
        if (notByGivenName.size() == 1 && candidates.stream().allMatch(c -> introducedAt(c) >= introducedAt(notByGivenName.get(0)))) {
            // "Lejla Begović … her husband, Senad Begović" … "Begović said" … "Senad was more
            // diplomatic": the article calls the ones it names after her by their given names, so the
            // bare surname is hers (a star called "Kayla" keeps "Monroe" though her mother is named later)
            return notByGivenName.get(0);
        }
        String justIntroduced = justIntroduced(candidates, pos, surname);
        if (justIntroduced != null) {
            // "Hamad Al Mannai, …, the curator's cousin, said he had come…" ¶ "“…,” Al Mannai said":
            // the namesake first named, and acting, in the paragraph before, where the other was not
            // named ("Ní Bhriain's mother, Máire Ní Bhriain," keeps the daughter); so "Critic Hawre
            // Mahmoud … said" ¶ "“…,” Mahmoud said" of a director named more. A one-word surname
            // is not of one introduced as a relative ("His wife, Siân Lloyd, said: …" ¶ "Lloyd said"
            // is still her husband), whom the text tells apart by the relation
            return justIntroduced;
        }
        List<String> notKin = candidates.stream().filter(c -> !introducedAsKin(c)).toList();
        List<String> aged = candidates.stream().filter(ages::containsKey).toList();
        if (notKin.size() == candidates.size() && aged.size() == 1
                && candidates.stream().allMatch(c -> count(c) <= count(aged.get(0)))) {
            // "opened in 1972 by Narayan Deshpande, has been run … by his son Vikram Deshpande, 63"
            // … "Deshpande said": of namesakes the text tells apart by nothing else, the one it gives
            // an age is the one it is about now, unless another is named more (a star, not her mum, 54)
            return aged.get(0);
        }
        if (notKin.size() == 1) {
            // "His death was announced by his son, Ernesto Valdés Ferrer" … "Valdés learned to play":
            // the one introduced as another's relative is told apart by that, not by the bare surname
            return notKin.get(0);
        }
        String most = candidates.get(0);
        for (String c : candidates) {
            if (count(c) > count(most)) {
                most = c;
            }
        }
        return most;
    }

    /**
     * The one of {@code candidates} first named, and acting, in the paragraph before the one at
     * {@code pos}, where no other of them is named; not one introduced as a relative when the
     * surname is one word; else null.
     */
    private String justIntroduced(List<String> candidates, long pos, String surname) {
        long paragraph = pos / Attributor.PARAGRAPH_STRIDE * Attributor.PARAGRAPH_STRIDE;
        String just = surname == null ? null
                : latestActing(candidates, paragraph, paragraph - Attributor.PARAGRAPH_STRIDE);
        return just != null && introducedAt(just) >= paragraph - Attributor.PARAGRAPH_STRIDE
                && onlyOneNamedIn(candidates, paragraph - Attributor.PARAGRAPH_STRIDE, paragraph)
                && (surname.indexOf(' ') >= 0 || !introducedAsKin(just) || othersAreChildren(candidates, just)) ? just : null;
    }

    /**
     * Whether everyone of {@code candidates} but {@code adult} is given an age under 18: "Noah
     * Amundsen, 13," … "His mother, Rachel Amundsen, is the superintendent." ¶ "“…,” Amundsen
     * said" is the mother, whom the relation introduced, since a paper calls a child by the given name.
     */
    private boolean othersAreChildren(List<String> candidates, String adult) {
        return candidates.stream().filter(c -> !c.equals(adult)).allMatch(c -> ages.getOrDefault(c, 99) < 18)
                && ages.getOrDefault(adult, 99) >= 18;
    }

    /** Whether only one of {@code candidates} is named in {@code [from, to)}. */
    private boolean onlyOneNamedIn(List<String> candidates, long from, long to) {
        return mentions.subMap(from, true, to, false).values().stream()
                .map(Mention::name).filter(candidates::contains).distinct().count() == 1;
    }

    private String latestActing(List<String> candidates, long pos, long since) {
        for (Mention m : mentions.subMap(since, true, pos, false).descendingMap().values()) {
            if (m.subject() && candidates.contains(m.name())) {
                return m.name();
            }
        }
        return null;
    }

    /** The latest person named in {@code [since, pos)} who is not {@code name} nor of the other gender, or null. */
    String latestOtherThan(String name, long since, long pos, char g) {
        for (Mention m : mentions.subMap(since, true, pos, false).descendingMap().values()) {
            char known = gender(m.name());
            if (!m.name().equals(name) && !isUnnamed(m.name()) && (g == 0 || known == 0 || known == g)) {
                return m.name();
            }
        }
        return null;
    }

    /**
     * "Mary Linehan and Seamus Ahern clashed… “…,” the former said": of the last two people named
     * in one paragraph before {@code pos}, the one named first ({@code former}) or second; null
     * when no paragraph names two.
     */
    String ofTheLastTwo(long pos, boolean former) {
        long paragraph = -1;
        String later = null;
        int looked = 0;
        for (Mention m : mentions.headMap(pos, false).descendingMap().values()) {
            if (++looked > LOOK_BACK) {
                break;
            }
            if (isUnnamed(m.name())) {
                continue;
            }
            long here = m.pos() / Attributor.PARAGRAPH_STRIDE;
            if (here != paragraph) {
                paragraph = here;
                later = m.name();
            } else if (!m.name().equals(later)) {
                return former ? m.name() : later;
            }
        }
        return null;
    }

    /** Whoever was mentioned last in {@code [since, pos)}, named or not, or null. */
    String latestIn(long since, long pos) {
        Map.Entry<Long, Mention> last = mentions.subMap(since, true, pos, false).lastEntry();
        return last == null ? null : last.getValue().name();
    }

    private String latestMentioned(List<String> candidates, long pos) {
        for (Mention m : mentions.headMap(pos, false).descendingMap().values()) {
            if (candidates.contains(m.name())) {
                return m.name();
            }
        }
        return null;
    }

    /** Where each person is first named, so a surname never points at someone named later. */
    private final Map<String, Long> introducedAt = new HashMap<>();

    void introduce(String name, long pos) {
        introducedAt.putIfAbsent(name, pos);
    }

    /** Where {@code name} was first named, or {@link Long#MIN_VALUE} when it never was. */
    long introducedAt(String name) {
        return introducedAt.getOrDefault(name, Long.MIN_VALUE);
    }

    private String knownPrefix(List<String> tokens) {
        for (int len = tokens.size(); len >= 2; len--) {
            String candidate = String.join(" ", tokens.subList(0, len));
            String fromRegistry = registry.get(candidate.toLowerCase(Locale.ROOT));
            if (fromRegistry != null) {
                return remember(fromRegistry, null);
            }
            if (known.contains(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * The one person known by a longer name that begins with these words: "Madam Nurul Huda"
     * after "Madam Nurul Huda Ismail" (a Malay given name of two words), "Mary Ann" after
     * "Mary Ann Whitlock". Null when none, or more than one.
     */
    private String knownLonger(List<String> tokens) {
        String start = String.join(" ", tokens) + " ";
        String found = null;
        for (String k : known) {
            if (k.startsWith(start)) {
                if (found != null) {
                    return null;
                }
                found = k;
            }
        }
        return found;
    }

    /** "Momani" of "Al-Momani" or "el-Sayed"; null when the surname opens with no article. */
    private static String withoutArabicArticle(String surname) {
        if (surname.length() > 4 && surname.charAt(2) == '-' && Character.isUpperCase(surname.charAt(3))
                && (surname.startsWith("Al") || surname.startsWith("al") || surname.startsWith("El") || surname.startsWith("el"))) {
            return surname.substring(3);
        }
        return null;
    }

    /** "who gave his name only as Ibrahim": a person the text names by one name, later called by it. */
    String namedOnlyAs(String name) {
        // "Halcyon, 22," is Kenji "Halcyon" Moriyama, or a name chorus.yml knows
        String fromRegistry = registry.get(name.toLowerCase(Locale.ROOT));
        if (fromRegistry != null) {
            return remember(fromRegistry, null);
        }
        String meant = byOneName(name, null, Long.MAX_VALUE);
        if (meant != null) {
            return meant;
        }
        if (known.add(name)) {
            bySurname.computeIfAbsent(name, k -> new ArrayList<>()).add(name);
            guessGender(name, lexicon.genderOf(name));
        }
        return name;
    }

    private String remember(String name, String honorific) {
        if (known.add(name)) {
            String[] parts = withoutGeneration(name.split(" "));
            if (parts.length > 1) {
                String last = parts[parts.length - 1];
                bySurname.computeIfAbsent(last, k -> new ArrayList<>()).add(name);
                String withoutArticle = withoutArabicArticle(last);
                if (withoutArticle != null) {
                    // "Firas Al-Adwan" is "Adwan" later, as many papers shorten him
                    bySurname.computeIfAbsent(withoutArticle, k -> new ArrayList<>()).add(name);
                }
                if (Vocabulary.FAMILY_NAMES_FIRST.contains(parts[0])) {
                    // "Ms. Park" is Park Seo-yeon
                    bySurname.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(name);
                }
                for (int i = 1; i < parts.length - 1; i++) {
                    // "Ibarra" of Francisca Ibarra Solís, and "el-Tayeb" of Nafisa el-Tayeb Hamid with its
                    // article written small; not "R." or "de"
                    if (parts[i].length() > 2 && !parts[i].endsWith(".")
                            && (Character.isUpperCase(parts[i].charAt(0)) || withoutArabicArticle(parts[i]) != null)) {
                        bySurname.computeIfAbsent(parts[i], k -> new ArrayList<>()).add(name);
                    }
                }
                byFirstName.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(name);
                // "Lee Ha-eun" is written family name first: "Lee" says nothing of her
                // and "Lee Mei Ling", "Tan Siew Ling": two given syllables after the family name, where
                // "Lee Ann Womack" ends in a surname
                boolean familyFirst = Vocabulary.FAMILY_NAMES_FIRST.contains(parts[0]) && (!lexicon.isGivenName(parts[1])
                        || parts.length == 3 && lexicon.isGivenName(parts[2]) && lexicon.genderOf(parts[1]) == 0);
                char byGivenName = familyFirst ? lexicon.genderOf(parts[1]) : lexicon.genderOf(parts[0]);
                // "Ieva Laurinaitė", "Jana Horáková": a given name Chorus does not know, and a
                // surname in the form only women's take
                guessGender(name, byGivenName != 0 ? byGivenName : Vocabulary.surnameGender(last));
            }
        }
        char shown = honorificGender(honorific);
        if (shown != 0) {
            gender.putIfAbsent(name, shown);
        }
        if (honorific != null) {
            writtenWith.computeIfAbsent(name, k -> new HashSet<>()).add(honorific);
            String role = Vocabulary.HONORIFIC_ROLES.get(honorific);
            if (role != null) {
                noteRole(name, role);
            }
        }
        return name;
    }

    static char honorificGender(String honorific) {
        if (honorific == null) {
            return 0;
        }
        return switch (honorific) {
            case "Mr", "Sir", "Lord", "Alhaji", "Hadji", "Hadj", "Elhadji", "Encik", "Ratu", "Pak", "Ato", "Mkhulu", "U", "Ko", "Sayadaw",
                 "Ntate", "Rra", "Awang", "Awangku", "Bwana", "Herr", "Ông", "Oba", "Seu", "Monsieur", "Batoni", "Igwe", "Pu",
                 "Sr" -> 'm';
            case "Mrs", "Ms", "Miss", "Dame", "Lady", "Alhaja", "Hajia", "Hadja", "Puan", "Datin", "Adi", "Bu", "Ibu", "Weyzero", "Gogo", "Daw", "Ma",
                 "Mme", "'M'e", "’M’e", "Mma", "Dayang", "Dayangku", "Hajah", "Doña", "Dona", "Frau", "Bà", "Bi", "Sheikha", "Shaikha",
                 "Madame", "Mademoiselle", "Kalbatoni", "Woizero", "Weizero", "Ezinne", "Pi", "Sra", "Srta", "Dra" -> 'f';
            default -> 0;
        };
    }

    void count(String name, int by) {
        counts.merge(name, by, Integer::sum);
    }

    int count(String name) {
        return counts.getOrDefault(name, 0);
    }

    char gender(String name) {
        Character g = gender.get(name);
        return g == null ? 0 : g;
    }

    /** A gender read from the given name alone: "Darcy" is more often a woman's, but not always. */
    private void guessGender(String name, char g) {
        if (g != 0 && gender.putIfAbsent(name, g) == null) {
            guessedGender.add(name);
        }
    }

    /**
     * A gender the text suggests against the one guessed from the given name ("Klassen said he
     * had considered…" of Darcy Klassen); it changes nothing else, since "Kamau said she died
     * peacefully" may speak of someone else.
     */
    void correctGuessedGender(String name, char g) {
        String[] parts = name.split(" ");
        if (g == 0 || bySurname.getOrDefault(parts[parts.length - 1], List.of()).size() > 1) {
            // "Campbell said she…" of Jermaine and Marcia Campbell: which of them is not sure
            return;
        }
        if (guessedGender.remove(name)) {
            gender.put(name, g);
        }
    }

    void noteGender(String name, char g) {
        if (g != 0) {
            gender.putIfAbsent(name, g);
        }
    }

    /** Offices many house styles give their old name whoever holds them: "council chairman Ruth Akers". */
    private static final Set<String> OFFICES_OF_EITHER_SEX = Set.of("chairman", "alderman", "councilman");

    void noteRole(String name, String role) {
        // the office says nothing of its holder, so the "she" that follows is still hers
        char g = OFFICES_OF_EITHER_SEX.contains(role) ? 0 : Attributor.genderOf(role);
        if (g != 0 && !isUnnamed(name)) {
            // "Her husband, Moses Phiri,": the role says what the name may not
            gender.putIfAbsent(name, g);
        }
        Set<String> all = roles.computeIfAbsent(name, k -> new HashSet<>());
        all.add(role);
        all.addAll(Vocabulary.ROLE_SYNONYMS.getOrDefault(role, Set.of()));
    }

    void mention(String name, long pos, boolean subject) {
        Mention there = mentions.get(pos);
        if (there == null || !there.subject()) {
            mentions.put(pos, new Mention(name, pos, subject));
        }
    }

    /**
     * The person a pronoun stands for at {@code pos}: the latest named as the one acting, else
     * the latest named at all, else the most named; never one of the other gender.
     */
    String salient(long pos, char g) {
        return salient(pos, g, Long.MIN_VALUE);
    }

    /**
     * As {@link #salient(long, char)}, but someone mentioned at or after {@code paragraphStart}
     * comes before anyone acting in an earlier paragraph: "Tregear was waiting with his wife,
     * Delyth. She shook her head."
     */
    String salient(long pos, char g, long paragraphStart) {
        Mention anyBest = null;
        Mention sameGender = null;
        Mention guessedOtherwise = null;
        int looked = 0;
        for (Mention m : mentions.headMap(pos, false).descendingMap().values()) {
            if (++looked > LOOK_BACK) {
                break;
            }
            char known = gender(m.name());
            if (g != 0 && known != 0 && known != g) {
                if (guessedOtherwise == null && m.subject() && m.pos() >= paragraphStart && guessedGender.contains(m.name())
                        && !isUnnamed(m.name())) {
                    guessedOtherwise = m;
                }
                continue;
            }
            if (guessedOtherwise != null && m.pos() < paragraphStart && (known == 0 || isUnnamed(m.name()))) {
                // "Hollis Fane … Fane pointed to the sound effects. “…,” she said": no one of her
                // gender acts in the paragraph, and the one acting there was given a gender only
                // from the given name ("Hollis", more often a man's); asked often and in passing, so
                // the guess is left for the text to correct
                return guessedOtherwise.name();
            }
            if (isUnnamed(m.name()) && m.pos() < paragraphStart
                    && !(anonymous.contains(m.name()) && (g != 0 && (known == g || known == 0) || g == 0 && known == 0)
                    && m.pos() >= paragraphStart - Attributor.PARAGRAPH_STRIDE)) {
                // someone unnamed stands for a pronoun in their own paragraph, not after it; but one
                // who "asked not to be named because she…" (or "they…") is still the "she" (the
                // "they") of the next paragraph
                continue;
            }
            if (g != 0 && known == g && sameGender == null) {
                sameGender = m;
            }
            if (m.subject() && known == 0 && !isUnnamed(m.name()) && sameGender != null
                    && sameGender.pos() >= paragraphStart - Attributor.PARAGRAPH_STRIDE
                    && m.pos() / Attributor.PARAGRAPH_STRIDE < sameGender.pos() / Attributor.PARAGRAPH_STRIDE) {
                // "A standing ovation for Margaret Fairweather…" ¶ "…," she said: the woman just
                // named, not a subject of an earlier paragraph whose gender the text never gave
                // ("Sandhu acknowledged the pressure raised by Pellerin. “…,” he said" is Sandhu's)
                return sameGender.name();
            }
            if (m.subject()) {
                return anyBest != null && anyBest.pos() >= paragraphStart && m.pos() < paragraphStart ? anyBest.name() : m.name();
            }
            if (anyBest == null) {
                anyBest = m;
            }
        }
        if (anyBest != null) {
            if (sameGender != null && sameGender != anyBest && known(anyBest) == 0
                    && sameGender.pos() / Attributor.PARAGRAPH_STRIDE == anyBest.pos() / Attributor.PARAGRAPH_STRIDE) {
                // "we spoke to Dona Maria Neto, 54, headteacher of the school of Santo Amaro. She…": of
                // those named in passing, the one the text gave her gender, not a capital it never did
                return sameGender.name();
            }
            return anyBest.name();
        }
        String most = mostNamed(pos, g);
        if (guessedOtherwise != null && (most == null || gender(most) != g)) {
            return guessedOtherwise.name();
        }
        return most;
    }

    /**
     * The one of gender {@code g} first named in {@code [from, to)} and named there last, in
     * passing ("she was joined on stage by her son, Daniel Okonjo,"), when no one of that gender
     * acts there and {@code other} was last named before it; else null.
     */
    String newcomerOverLastActing(long from, long to, char g, String other) {
        Mention last = null;
        for (Mention m : mentions.subMap(from, true, to, false).values()) {
            if (gender(m.name()) != g) {
                continue;
            }
            if (m.subject() || m.name().equals(other)) {
                return null;
            }
            last = m;
        }
        if (last == null || isUnnamed(last.name()) || introducedAt(last.name()) < from) {
            return null;
        }
        return last.name();
    }

    /** Of those named before {@code pos} and of gender {@code g} (0: any), the one named most often. */
    String mostNamed(long pos, char g) {
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            char known = gender(e.getKey());
            if (g != 0 && known != 0 && known != g || introducedAt.getOrDefault(e.getKey(), Long.MIN_VALUE) > pos) {
                // never someone the article names only later
                continue;
            }
            if (best == null || e.getValue() > count(best) || (e.getValue() == count(best) && e.getKey().compareTo(best) < 0)) {
                best = e.getKey();
            }
        }
        return best;
    }

    private char known(Mention m) {
        return gender(m.name());
    }

    /** The "gender" of many people the text does not name: only "they" stands for them. */
    static final char MANY = 'p';

    /** What an unnamed person's placeholder name starts with; never a speaker. */
    private static final String UNNAMED = "\u0000unnamed@";

    /**
     * Someone the text does not name acts at {@code pos} ("a reporter at the back asked"), so
     * a pronoun after it stands for them: the placeholder they get resolves to no speaker.
     */
    void unnamed(long pos, String role, char g) {
        unnamed(pos, role, g, false);
    }

    /**
     * As {@link #unnamed(long, String, char)}; {@code anonymous}: they asked not to be named,
     * and a pronoun of their gender in the next paragraph may stand for them.
     */
    void unnamed(long pos, String role, char g, boolean anonymous) {
        String placeholder = UNNAMED + pos;
        if (anonymous) {
            this.anonymous.add(placeholder);
        }
        if (g != 0) {
            gender.put(placeholder, g);
        }
        noteRole(placeholder, role);
        mentions.put(pos, new Mention(placeholder, pos, true));
    }

    /** Where the unnamed person of a placeholder acts, as {@link #unnamed} was given it. */
    static long unnamedAt(String placeholder) {
        return Long.parseLong(placeholder.substring(UNNAMED.length()));
    }

    /** Whether {@code name} is the placeholder of someone the text does not name. */
    static boolean isUnnamed(String name) {
        return name != null && name.startsWith(UNNAMED);
    }

    /**
     * The latest person named as the one acting in {@code [from, pos)} (one paragraph, say)
     * and not of the other gender, or null.
     */
    String actingSince(long from, long pos, char g) {
        for (Mention m : mentions.subMap(from, true, pos, false).descendingMap().values()) {
            char known = gender(m.name());
            if (m.subject() && (g == 0 || known == 0 || known == g)) {
                return m.name();
            }
        }
        return null;
    }

    /** The first person named in {@code [from, to)}, acting or not, or null. */
    String firstNamedIn(long from, long to) {
        for (Mention m : mentions.subMap(from, true, to, false).values()) {
            if (!isUnnamed(m.name())) {
                return m.name();
            }
        }
        return null;
    }

    /** The first person acting in {@code [from, to)}, or null. */
    String firstActingIn(long from, long to) {
        for (Mention m : mentions.subMap(from, true, to, false).values()) {
            if (m.subject()) {
                return m.name();
            }
        }
        return null;
    }

    /**
     * "Mrs Ferrie … Her daughter": the one other person of the possessor's surname, when there is
     * exactly one and nothing says they are of the other gender; else null.
     */
    String relativeOf(String possessor, char g) {
        if (possessor == null || isUnnamed(possessor)) {
            return null;
        }
        String[] parts = withoutGeneration(possessor.split(" "));
        if (parts.length < 2) {
            return null;
        }
        List<String> others = new ArrayList<>(bySurname.getOrDefault(parts[parts.length - 1], List.of()));
        others.remove(possessor);
        if (others.size() > 1 && g != 0) {
            // "Seán Crowley, 19, the Crowleys' son … His mother": of his father and his mother, her
            others.removeIf(o -> gender(o) != g);
        }
        if (others.size() != 1) {
            return null;
        }
        char known = gender(others.get(0));
        return g != 0 && known != 0 && known != g ? null : others.get(0);
    }

    /** "Kwame Ofori II" without the "II", so that "Ofori" is his surname. */
    private static String[] withoutGeneration(String[] parts) {
        return parts.length > 2 && Vocabulary.GENERATIONS.contains(parts[parts.length - 1])
                ? Arrays.copyOf(parts, parts.length - 1) : parts;
    }

    /** Whether the text gave this person any role at all ("the solicitor", "chairwoman"). */
    boolean hasRole(String name) {
        return !roles.getOrDefault(name, Set.of()).isEmpty();
    }

    /** Whether the text gave this person this role, or one answering to it. */
    boolean hasRole(String name, String role) {
        return roles.getOrDefault(name, Set.of()).contains(role);
    }

    /** Whether this person is named or referred to in {@code [from, to)}. */
    boolean mentionedIn(String name, long from, long to) {
        for (Mention m : mentions.subMap(from, true, to, false).values()) {
            if (m.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** The one person given this role anywhere in the article, or null when none or more than one. */
    String onlyWithRole(String role) {
        String found = null;
        for (Map.Entry<String, Set<String>> e : roles.entrySet()) {
            if (e.getValue().contains(role) && !isUnnamed(e.getKey())) {
                if (found != null) {
                    return null;
                }
                found = e.getKey();
            }
        }
        return found;
    }

    /** The latest person before {@code pos} named in this role ("the minister"), or null. */
    String latestWithRole(String role, long pos) {
        int looked = 0;
        for (Mention m : mentions.headMap(pos, false).descendingMap().values()) {
            if (++looked > LOOK_BACK) {
                break;
            }
            if (roles.getOrDefault(m.name(), Set.of()).contains(role)) {
                return m.name();
            }
        }
        return null;
    }
}
