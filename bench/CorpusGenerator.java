import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deterministic synthetic commentary digest for the Chorus benchmark ({@code bench/run}).
 *
 * <pre>
 *   java bench/CorpusGenerator.java N DIR [--format md|txt|mixed] [--seed S] [--only I]
 *   java bench/CorpusGenerator.java --config FILE
 * </pre>
 *
 * Writes articles 0..N-1 into DIR as {@code NNNNN_slug.md} or {@code NNNNN_slug.txt}. Article I
 * depends only on (seed, N, I): java.util.Random's generator is fixed by its specification and
 * nothing reads the clock or the locale, so every machine writes the same bytes. {@code --only I}
 * writes article I alone; I may be N or more, which is how the benchmark adds "one new article"
 * (article N is the newest).
 *
 * Each article has about 700-950 words (Chorus counts ~800 on average): one or two intro paragraphs, 3-5 sections under a
 * heading, 3-6 quotations attributed in the forms Chorus reads ("…," Name said; said Name;
 * Name said: "…"; According to Name, "…"; a role before the name; surname, honorific, "the
 * economist" and "she" for later quotes; a quote split by its attribution; a fragment quoted in
 * the writer's own sentence), and words from 1-3 of the 30 themes in bench/chorus.yml, dense
 * enough for keyword scoring to find them. The speakers are round(N/20) people.
 *
 * md: YAML front matter (title and date always; speakers or author, themes or tags, summary,
 * source and opinion on some), ## headings, some emphasis, links and lists. txt: the same
 * article as raw text copied from a page (title line, blank-line paragraphs, short lines as
 * headings, OPINION:/Source: lines, now and then a FAQ block or site clutter). mixed: about
 * seven in ten articles md, the rest txt.
 */
public final class CorpusGenerator {

    private record Theme(String slug, String title, List<String> keywords) {
    }

    /** Mirrors bench/chorus.yml: the keywords are what the generator writes and Chorus scores. */
    static final List<Theme> THEMES = List.of(
            theme("climate-policy", "Climate policy", "emissions", "carbon tax", "net zero", "climate target", "heatwave", "decarbonisation"),
            theme("housing", "Housing", "housing", "rent", "landlord", "mortgage", "tenant", "affordable homes"),
            theme("public-health", "Public health", "hospital", "vaccine", "public health", "waiting list", "clinic", "nurse"),
            theme("education", "Education", "school", "teacher", "curriculum", "university", "exam", "classroom"),
            theme("energy", "Energy", "power grid", "wind turbine", "gas price", "solar panel", "nuclear plant", "electricity bill"),
            theme("transport", "Transport", "railway", "bus route", "commuter", "motorway", "rail fare", "cycle lane"),
            theme("labour-markets", "Labour markets", "wage", "minimum wage", "unemployment", "job centre", "apprenticeship", "hiring freeze"),
            theme("trade", "Trade", "tariff", "export", "import quota", "supply chain", "trade deal", "customs check"),
            theme("technology", "Technology", "software", "start-up", "chip factory", "broadband", "data centre", "smartphone"),
            theme("privacy", "Privacy", "surveillance", "personal data", "encryption", "data breach", "tracking", "consent form"),
            theme("elections", "Elections", "ballot", "polling station", "turnout", "candidate", "voter", "recount"),
            theme("justice", "Justice", "court", "judge", "prison", "sentencing", "legal aid", "jury"),
            theme("immigration", "Immigration", "visa", "asylum", "border", "migrant", "residence permit", "citizenship"),
            theme("agriculture", "Agriculture", "farm", "harvest", "fertiliser", "livestock", "crop yield", "farmer"),
            theme("water", "Water", "reservoir", "drought", "sewage", "flood defence", "water bill", "river"),
            theme("urban-planning", "Urban planning", "zoning", "high street", "planning permission", "green belt", "city centre", "tower block"),
            theme("culture", "Culture", "museum", "theatre", "festival", "library", "orchestra", "gallery"),
            theme("media", "Media", "newspaper", "broadcaster", "journalist", "newsroom", "podcast", "editor"),
            theme("science-funding", "Science funding", "research grant", "laboratory", "science budget", "fellowship", "telescope", "peer review"),
            theme("defence", "Defence", "army", "warship", "defence spending", "missile", "barracks", "alliance"),
            theme("diplomacy", "Diplomacy", "embassy", "ambassador", "summit", "treaty", "sanctions", "ceasefire"),
            theme("taxation", "Taxation", "income tax", "tax rate", "tax credit", "VAT", "loophole", "tax return"),
            theme("pensions", "Pensions", "pension", "retirement age", "annuity", "pension fund", "pensioner", "state pension"),
            theme("digital-rights", "Digital rights", "free speech", "content moderation", "platform law", "open source", "digital identity", "copyright"),
            theme("biodiversity", "Biodiversity", "wetland", "pollinator", "habitat", "endangered species", "rewilding", "hedgerow"),
            theme("inflation", "Inflation", "inflation", "price rise", "interest rate", "cost of living", "grocery bill", "price index"),
            theme("banking", "Banking", "bank", "lender", "credit union", "overdraft", "deposit", "bailout"),
            theme("childcare", "Childcare", "nursery", "childcare", "parental leave", "childminder", "playgroup", "creche"),
            theme("tourism", "Tourism", "tourist", "hotel", "cruise ship", "holiday let", "visitor tax", "resort"),
            theme("artificial-intelligence", "Artificial intelligence", "algorithm", "chatbot", "machine learning", "AI model", "automation", "neural network"));

    // Given names whose gender Chorus's lexicon knows, so "she" and "he" resolve as written.
    private static final List<String> WOMEN = words("""
            Camille Elena Greta Ines Keiko Maya Olga Rosa Tamsin Yara Aditi Chiara Esther Gwen Ingrid
            Katya Priya Sofia Uma Wanda Zainab Celine Fatima Helena Julia Leila Nadia Paula Vera Zofia
            Hannah Lucia Marta Amelia Beatrice Clara Diana Grace Irene Laura""");
    private static final List<String> MEN = words("""
            Bogdan Dmitri Farid Hamid Jonas Lars Nikos Pavel Samir Viktor Xavier Zoltan Bruno Dario
            Felix Hugo Jamal Luca Oskar Rafael Tomas Valentin Yusuf Duncan Gideon Kofi Marek Omar Ruben
            Teodor Wilhelm Yannick Anton Carlos Emil Henrik Ibrahim Kenji""");
    // Surnames that are not also given names, places or organisation words in Chorus's lexicon.
    private static final List<String> SURNAMES = words("""
            Abara Bergstrom Castellanos Dubois Eriksen Fontaine Gallagher Haddad Ivanova Jankowski
            Kowalczyk Lindqvist Moreau Nakamura Okafor Petrescu Quesada Rahman Schreiber Takahashi
            Underwood Varga Whitfield Xu Zeller Albescu Brennan Cardoso Delacroix Esposito Fischer
            Grunewald Horvath Iqbal Jovanovic Kaminski Larsen Mendoza Oyelaran Pellegrini Rossi
            Sandoval Tanaka Urquhart Vasquez Wojcik Yamamoto Zielinski Amundsen Bianchi Chaudhry
            Dragomir Engel Ferreira Gonzaga Hoffmann Ishikawa Keller Lombardi Marchetti Nilsen Ortega
            Popescu Romero Salazar Tomaszewski Volkov Weber""");
    // Roles Chorus knows as nouns, so "the economist said" finds the economist named earlier.
    private static final List<String> ROLES = words("""
            economist minister mayor professor analyst researcher campaigner senator councillor
            ambassador executive lawyer activist historian teacher engineer doctor journalist""");

    private static final List<String> NOUNS = words("""
            agreement analysis argument audience balance budget campaign capacity challenge change
            coalition committee community compromise concern conference consensus contract council
            crisis debate decade decision deficit demand district economy effort evidence experience
            failure family framework future goal government growth impact incentive industry
            initiative institution investment issue journey landscape law legacy level market measure
            method momentum movement network neighbour notion opportunity outcome partnership pattern
            pilot platform policy pressure priority process programme progress project proposal
            question reform region report resource response result risk road rule scheme sector
            signal strategy strength structure study subsidy system target tension threshold timeline
            trade-off trend trust uncertainty value village vision warning window worker workshop""");
    private static final List<String> VERBS = words("""
            accelerates addresses adjusts aligns anticipates balances broadens challenges clarifies
            complicates confronts connects deepens defines delays delivers disrupts divides encourages
            endangers expands exposes frames funds ignores improves increases informs limits links
            measures mirrors moves narrows outlines overlooks pressures prioritises reduces reframes
            reinforces renews reshapes resists rewards risks shapes shifts simplifies slows softens
            stabilises strengthens supports sustains tests threatens transforms undermines unlocks
            weakens widens""");
    private static final List<String> ADJECTIVES = words("""
            ambitious awkward broad careful cautious central chronic civic complex costly critical
            crowded decisive delicate deliberate difficult distant durable early fragile generous
            gradual hidden honest immediate inconvenient informal lasting local long-term meaningful
            measured modest narrow national negotiated obvious open overdue painful patient persistent
            political practical pragmatic quiet rapid regional reluctant resilient robust rural serious
            shared short-term slow stable steady structural subtle sudden sustainable tentative uneven
            unexpected unpopular urgent visible vulnerable""");
    private static final List<String> ADVERBS = words("""
            arguably barely carefully clearly deliberately eventually finally frankly gradually largely
            notably openly partly plainly quietly rarely reluctantly repeatedly roughly seldom sharply
            simply slowly steadily surprisingly typically ultimately unexpectedly visibly widely""");
    private static final List<String> CONNECTORS = List.of("However,", "Meanwhile,", "In practice,",
            "Still,", "Even so,", "By contrast,", "Over time,", "For now,", "In the end,", "At the same time,",
            "Elsewhere,", "Crucially,");
    private static final List<String> PLACES = words("""
            Aldermoor Brightwater Castleford Dunmore Eastvale Fairhaven Glenrock Harwich Ironbridge
            Kingsmere Lakeside Millbrook Northgate Oakridge Pinecrest Queensbury Riverton Stonebridge
            Thornbury Westfield""");
    private static final List<String> SAID = List.of("said", "said", "said", "argued", "told reporters",
            "added", "warned", "noted", "insisted", "said in an interview");
    private static final List<String> THAT_VERBS = List.of("warned", "argued", "insisted", "said", "noted");
    private static final List<String> OUTLETS = List.of("the Courier", "the Ledger", "the Gazette",
            "the Observer Review", "the Evening Post", "the Chronicle");
    private static final Pattern PHRASE = Pattern.compile("(?<= )the [a-z-]+ [a-z-]+(?=[ ,.])(?<! in| of)");
    private static final List<String> CLUTTER = List.of("Back to top button", "You cannot copy content of this page",
            "Share this article", "Leave a Reply Cancel reply");

    private record Person(String name, String given, String surname, boolean woman, String role) {
        String pronoun() {
            return woman ? "she" : "he";
        }

        String honorific() {
            return role.equals("professor") || role.equals("researcher") || role.equals("doctor") ? "Dr"
                    : woman ? "Ms" : "Mr";
        }
    }

    /** One block of the body, rendered per format. */
    private sealed interface Block permits Para, Heading, ListBlock, Faq {
    }

    /** {@code text} is plain; {@code emphasis} and {@code link} are Markdown decorations of it. */
    private record Para(String text, String emphasis, String link) implements Block {
    }

    private record Heading(String text) implements Block {
    }

    private record ListBlock(List<String> items) implements Block {
    }

    private record Faq(List<String[]> pairs) implements Block {
    }

    private record Article(int index, String title, LocalDate date, List<String> speakers, List<Theme> themes,
                           String summary, String source, boolean opinion, List<Block> blocks, String clutter,
                           int frontMatterStyle) {
    }

    private final long seed;
    private final int n;
    private final List<Person> people;

    CorpusGenerator(String seed, int n) {
        this.seed = seed.hashCode(); // String.hashCode is specified, so the same on every JVM
        this.n = n;
        this.people = people(Math.max(3, Math.round(n / 20f)));
    }

    public static void main(String[] args) throws IOException {
        String format = "md";
        String seedText = "chorus-bench-1";
        Integer only = null;
        List<String> positional = new ArrayList<>();
        for (int a = 0; a < args.length; a++) {
            switch (args[a]) {
                case "--format" -> format = value(args, ++a);
                case "--seed" -> seedText = value(args, ++a);
                case "--only" -> only = Integer.parseInt(value(args, ++a));
                case "--config" -> {
                    Path file = Path.of(value(args, ++a));
                    Files.writeString(file, config(), StandardCharsets.UTF_8);
                    return;
                }
                case "-h", "--help" -> {
                    System.out.println("usage: java bench/CorpusGenerator.java N DIR [--format md|txt|mixed] [--seed S] [--only I]");
                    System.out.println("       java bench/CorpusGenerator.java --config FILE   (writes the corpus's chorus.yml)");
                    return;
                }
                default -> positional.add(args[a]);
            }
        }
        if (positional.size() != 2 || !List.of("md", "txt", "mixed").contains(format)) {
            System.err.println("usage: java bench/CorpusGenerator.java N DIR [--format md|txt|mixed] [--seed S] [--only I]");
            System.exit(2);
        }
        int n = Integer.parseInt(positional.get(0));
        Path dir = Path.of(positional.get(1));
        Files.createDirectories(dir);
        CorpusGenerator generator = new CorpusGenerator(seedText, n);
        int from = only == null ? 0 : only;
        int to = only == null ? n : only + 1;
        for (int i = from; i < to; i++) {
            generator.write(i, format, dir);
        }
    }

    private static String value(String[] args, int a) {
        if (a >= args.length) {
            System.err.println("missing value after " + args[a - 1]);
            System.exit(2);
        }
        return args[a];
    }

    void write(int i, String format, Path dir) throws IOException {
        Article a = article(i);
        boolean md = switch (format) {
            case "md" -> true;
            case "txt" -> false;
            default -> Math.floorMod(mix(seed ^ 0x5DEECE66DL, i), 10) < 7;
        };
        int width = Math.max(5, Integer.toString(n).length());
        String slug = slug(a.title());
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        String name = String.format(Locale.ROOT, "%0" + width + "d_%s.%s", i, slug, md ? "md" : "txt");
        Files.writeString(dir.resolve(name), md ? markdown(a) : rawText(a), StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------ model ---

    private List<Person> people(int count) {
        Random r = new Random(mix(seed, -1));
        List<String[]> combos = new ArrayList<>();
        for (String s : SURNAMES) {
            for (String g : WOMEN) {
                combos.add(new String[] {g, s, "f"});
            }
            for (String g : MEN) {
                combos.add(new String[] {g, s, "m"});
            }
        }
        for (int k = combos.size() - 1; k > 0; k--) { // Fisher-Yates, spelled out so it never changes
            int j = r.nextInt(k + 1);
            String[] t = combos.get(k);
            combos.set(k, combos.get(j));
            combos.set(j, t);
        }
        List<Person> out = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            String[] c = combos.get(k % combos.size());
            int round = k / combos.size();
            // past every pairing, a middle initial keeps names unique
            String name = round == 0 ? c[0] + " " + c[1] : c[0] + " " + (char) ('A' + (round - 1) % 26) + ". " + c[1];
            out.add(new Person(name, c[0], c[1], c[2].equals("f"), ROLES.get(r.nextInt(ROLES.size()))));
        }
        return out;
    }

    private Article article(int i) {
        Random r = new Random(mix(seed, i));
        Person main = people.get(r.nextInt(people.size()));
        List<Person> others = new ArrayList<>();
        int otherCount = r.nextInt(3);
        for (int k = 0; k < otherCount; k++) {
            Person p = people.get(r.nextInt(people.size()));
            if (p != main && !others.contains(p)) {
                others.add(p);
            }
        }
        Person mentioned = people.get(r.nextInt(people.size()));
        List<Theme> themes = new ArrayList<>();
        int themeCount = 1 + r.nextInt(3);
        while (themes.size() < themeCount) {
            Theme t = THEMES.get(r.nextInt(THEMES.size()));
            if (!themes.contains(t)) {
                themes.add(t);
            }
        }
        // dates spread evenly over two years; article N and later are the newest
        LocalDate date = LocalDate.of(2023, 1, 2).plusDays((long) i * 730 / Math.max(n, 1));
        Writer w = new Writer(r, themes, main, others);

        String title = switch (r.nextInt(5)) {
            case 0 -> main.surname() + " on the " + w.adjective() + " " + w.noun() + " in " + pick(r, PLACES);
            case 1 -> "How the " + w.noun() + " " + pick(r, VERBS) + " the " + pick(r, themes.get(0).keywords());
            case 2 -> "The " + w.adjective() + " " + pick(r, themes.get(0).keywords()) + " behind " + themes.get(themes.size() - 1).title().toLowerCase(Locale.ROOT);
            case 3 -> pick(r, PLACES) + " weighs a " + w.adjective() + " " + w.noun();
            default -> "Inside the fight over " + pick(r, themes.get(0).keywords()) + " and " + plural(w.noun());
        };
        title = capitalise(title);
        String summary = w.sentence();

        int target = 620 + r.nextInt(231);
        int quotes = 3 + r.nextInt(4);
        int sections = 3 + r.nextInt(3);
        w.words = 0;
        List<List<String>> paragraphs = new ArrayList<>();
        int intro = 1 + r.nextInt(2);
        int total = intro + sections * (2 + r.nextInt(2));
        for (int p = 0; p < total; p++) {
            paragraphs.add(new ArrayList<>());
        }
        // spread the quotations over the paragraphs, the first one early
        boolean[] quoted = new boolean[total];
        quoted[r.nextInt(Math.min(2, total))] = true;
        for (int q = 1; q < quotes; q++) {
            quoted[r.nextInt(total)] = true;
        }
        int perParagraph = Math.max(40, target / total);
        for (int p = 0; p < total; p++) {
            List<String> sentences = paragraphs.get(p);
            int goal = w.words + perParagraph;
            while (w.words < goal - 10) {
                sentences.add(w.sentence());
            }
            if (quoted[p]) {
                sentences.add(r.nextInt(sentences.size() + 1), w.quotation(r.nextInt(4) == 0 && !others.isEmpty()
                        ? others.get(r.nextInt(others.size())) : main));
            }
        }
        if (r.nextInt(2) == 0) {
            paragraphs.get(total - 1).add("A report by " + mentioned.name() + " in " + pick(r, OUTLETS)
                    + " reached a similar view.");
        }
        List<Block> blocks = new ArrayList<>();
        int per = (total - intro) / sections;
        for (int p = 0; p < total; p++) {
            if (p >= intro && (p - intro) % per == 0 && (p - intro) / per < sections) {
                blocks.add(new Heading(w.heading()));
            }
            String text = String.join(" ", paragraphs.get(p));
            String emphasis = r.nextInt(6) == 0 ? w.phraseIn(text) : null;
            String link = r.nextInt(10) == 0 ? w.phraseIn(text) : null;
            blocks.add(new Para(text, emphasis, link));
            if (p == intro + 1 && r.nextInt(4) == 0) {
                List<String> items = new ArrayList<>();
                for (int k = 2 + r.nextInt(3); k > 0; k--) {
                    items.add(capitalise(w.phrase()) + " in " + pick(r, PLACES));
                }
                blocks.add(new ListBlock(items));
            }
        }
        if (r.nextInt(10) == 0) {
            List<String[]> pairs = new ArrayList<>();
            for (int k = 2 + r.nextInt(2); k > 0; k--) {
                pairs.add(new String[] {"What does " + w.phrase() + " mean for " + pick(r, PLACES) + "?", w.sentence()});
            }
            blocks.add(new Faq(pairs));
        }
        List<String> speakers = new ArrayList<>(w.quotedPeople);
        String source = r.nextInt(5) < 2 ? "https://news.example.org/" + date.getYear() + "/" + slug(title) : null;
        boolean opinion = r.nextInt(10) == 0;
        String clutter = r.nextInt(7) == 0 ? pick(r, CLUTTER) : null;
        return new Article(i, title, date, speakers, themes, summary, source, opinion, blocks, clutter, r.nextInt(100));
    }

    /** Writes sentences; counts words; remembers who has been named, for later references. */
    private static final class Writer {
        private final Random r;
        private final List<Theme> themes;
        private final Person main;
        private final List<Person> others;
        private final Set<Person> introduced = new LinkedHashSet<>();
        private final Set<Person> namedInRole = new LinkedHashSet<>();
        final Set<String> quotedPeople = new LinkedHashSet<>();
        int words;

        Writer(Random r, List<Theme> themes, Person main, List<Person> others) {
            this.r = r;
            this.themes = themes;
            this.main = main;
            this.others = others;
        }

        /** A noun phrase core: often a keyword of the article's themes, now and then another theme's. */
        String noun() {
            int roll = r.nextInt(100);
            if (roll < 40) {
                return pick(r, themes.get(r.nextInt(themes.size())).keywords());
            }
            if (roll < 43) {
                return pick(r, THEMES.get(r.nextInt(THEMES.size())).keywords());
            }
            return pick(r, NOUNS);
        }

        String adjective() {
            return pick(r, ADJECTIVES);
        }

        String phrase() {
            return "the " + adjective() + " " + noun();
        }

        String clause() {
            return switch (r.nextInt(5)) {
                case 0 -> phrase() + " " + pick(r, VERBS) + " " + phrase();
                case 1 -> phrase() + " " + pick(r, ADVERBS) + " " + pick(r, VERBS) + " " + phrase() + " in " + pick(r, PLACES);
                case 2 -> "every " + noun() + " " + pick(r, VERBS) + " " + phrase() + " and " + phrase();
                case 3 -> phrase() + " of " + plural(pick(r, NOUNS)) + " " + pick(r, VERBS) + " " + phrase();
                default -> (2 + r.nextInt(96)) + " per cent of the " + plural(pick(r, NOUNS)) + " in " + pick(r, PLACES)
                        + " " + pick(r, VERBS) + " " + phrase();
            };
        }

        String sentence() {
            String s = clause();
            if (r.nextInt(100) < 45) {
                s += ", while " + clause();
            }
            if (r.nextInt(100) < 25) {
                s = pick(r, CONNECTORS) + " " + s;
            }
            s = capitalise(s) + ".";
            words += count(s);
            return s;
        }

        String heading() {
            return switch (r.nextInt(6)) {
                case 0 -> capitalise(adjective()) + " " + plural(pick(r, NOUNS));
                case 1 -> "What the " + noun() + " " + pick(r, VERBS);
                case 2 -> "The " + noun() + " in " + pick(r, PLACES);
                case 3 -> "A " + adjective() + " " + noun() + " for " + pick(r, PLACES);
                case 4 -> "\u201c" + capitalise(phrase()) + "\u201d";
                default -> "Why " + plural(pick(r, NOUNS)) + " matter";
            };
        }

        /** A few words of the paragraph to emphasise or link in Markdown. */
        String phraseIn(String text) {
            Matcher m = PHRASE.matcher(text);
            return m.find() ? m.group() : null;
        }

        /** A quotation of {@code who} in one of the forms Chorus attributes; later quotes use short references. */
        String quotation(Person who) {
            quotedPeople.add(who.name());
            String q = capitalise(clause());
            String verb = pick(r, SAID);
            String s;
            if (!introduced.add(who)) {
                s = switch (r.nextInt(4)) {
                    case 0 -> "\u201c" + q + ",\u201d " + who.surname() + " " + verb + ".";
                    case 1 -> "\u201c" + q + ",\u201d " + who.honorific() + " " + who.surname() + " said.";
                    case 2 -> namedInRole.contains(who) ? "\u201c" + q + ",\u201d the " + who.role() + " " + verb + "."
                            : "\u201c" + q + ",\u201d " + who.surname() + " " + verb + ".";
                    default -> "\u201c" + q + ",\u201d said " + who.surname() + ".";
                };
            } else {
                int form = r.nextInt(8);
                if (form == 4 || form == 7) {
                    namedInRole.add(who);
                }
                s = switch (form) {
                    case 0 -> "\u201c" + q + ",\u201d " + who.name() + " " + verb + ".";
                    case 1 -> "\u201c" + q + ",\u201d said " + who.name() + ".";
                    case 2 -> who.name() + " said: \u201c" + q + ".\u201d";
                    case 3 -> "According to " + who.name() + ", \u201c" + clause() + ".\u201d";
                    case 4 -> "\u201c" + q + ",\u201d said " + who.role() + " " + who.name() + ".";
                    case 5 -> "\u201c" + q + ",\u201d " + who.name() + " " + verb + ". \u201c" + capitalise(clause()) + ".\u201d";
                    case 6 -> "\u201c" + q + ",\u201d " + who.name() + " said. \u201c" + capitalise(clause()) + ",\u201d "
                            + who.pronoun() + " added.";
                    // "The economist X warned", not "Economist X warned": Chorus takes a capitalised role for part of the name
                    default -> "The " + who.role() + " " + who.name() + " " + pick(r, THAT_VERBS) + " that "
                            + phrase() + " had become \u201c" + phrase() + "\u201d.";
                };
            }
            words += count(s);
            return s;
        }
    }

    // ------------------------------------------------------------- rendering ---

    /** The chorus.yml of the corpus: its 30 themes with the keywords the articles use. */
    static String config() {
        StringBuilder b = new StringBuilder("""
                # Written by bench/CorpusGenerator.java --config: the site configuration of the benchmark corpus.
                title: "Chorus benchmark digest"
                description: "A synthetic commentary digest, generated to time Chorus."
                baseUrl: "https://bench.example.org/"
                language: en
                themes:
                """);
        for (Theme t : THEMES) {
            b.append("  - slug: ").append(t.slug()).append('\n')
                    .append("    title: ").append(yaml(t.title())).append('\n')
                    .append("    description: ").append(yaml("What the commentary says about "
                            + t.title().toLowerCase(Locale.ROOT) + ".")).append('\n')
                    .append("    keywords: ").append(yamlList(t.keywords())).append('\n');
        }
        return b.toString();
    }

    private static String markdown(Article a) {
        StringBuilder b = new StringBuilder("---\n");
        b.append("title: ").append(yaml(a.title())).append('\n');
        b.append("date: ").append(a.date()).append('\n');
        int style = a.frontMatterStyle();
        if (style < 70 && !a.speakers().isEmpty()) {
            if (a.speakers().size() == 1 && style % 2 == 0) {
                b.append("author: ").append(yaml(a.speakers().get(0))).append('\n');
            } else {
                b.append("speakers: ").append(yamlList(a.speakers())).append('\n');
            }
        }
        if (style % 5 < 3) { // three in five state their themes, the rest are scored
            List<String> themes = new ArrayList<>();
            for (Theme t : a.themes()) {
                themes.add(style % 2 == 0 ? t.slug() : t.title());
            }
            b.append(style % 2 == 0 ? "themes: " : "tags: ").append(yamlList(themes)).append('\n');
        }
        if (style % 10 < 6) {
            b.append("summary: ").append(yaml(a.summary())).append('\n');
        }
        if (a.source() != null) {
            b.append("source: ").append(a.source()).append('\n');
        }
        if (a.opinion()) {
            b.append("opinion: true\n");
        }
        b.append("---\n\n");
        for (Block block : a.blocks()) {
            if (block instanceof Heading h) {
                b.append("## ").append(h.text());
            } else if (block instanceof Para p) {
                String text = p.text();
                if (p.emphasis() != null) {
                    text = text.replace(p.emphasis(), "*" + p.emphasis() + "*");
                } else if (p.link() != null) {
                    text = text.replace(p.link(), "[" + p.link() + "](https://example.org/" + slug(p.link()) + ")");
                }
                b.append(text);
            } else if (block instanceof ListBlock l) {
                b.append("- ").append(String.join("\n- ", l.items()));
            } else if (block instanceof Faq f) {
                b.append("## FAQ");
                for (String[] qa : f.pairs()) {
                    b.append("\n\n**").append(qa[0]).append("**\n\n").append(qa[1]);
                }
            }
            b.append("\n\n");
        }
        b.setLength(b.length() - 1);
        return b.toString();
    }

    private static String rawText(Article a) {
        StringBuilder b = new StringBuilder(a.title()).append("\n\n");
        if (a.opinion()) {
            b.append("OPINION: The views in this commentary are the writer's own.\n\n");
        }
        for (Block block : a.blocks()) {
            if (block instanceof Heading h) {
                b.append(h.text());
            } else if (block instanceof Para p) {
                b.append(p.text());
            } else if (block instanceof ListBlock l) {
                b.append(String.join("; ", l.items())).append('.');
            } else if (block instanceof Faq f) {
                b.append("FAQ");
                for (String[] qa : f.pairs()) {
                    b.append("\nQ: ").append(qa[0]).append("\nA: ").append(qa[1]);
                }
            }
            b.append("\n\n");
        }
        if (a.source() != null) {
            b.append("Source: ").append(a.source()).append("\n\n");
        }
        if (a.clutter() != null) {
            b.append(a.clutter()).append("\n\n");
        }
        b.setLength(b.length() - 1);
        return b.toString();
    }

    // --------------------------------------------------------------- helpers ---

    private static Theme theme(String slug, String title, String... keywords) {
        return new Theme(slug, title, List.of(keywords));
    }

    private static List<String> words(String text) {
        return List.of(text.strip().split("\\s+"));
    }

    private static <T> T pick(Random r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    /** SplitMix64's finaliser over (seed, index): neighbouring articles get unrelated streams. */
    private static long mix(long seed, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + index + 0x632BE59BD9B4E019L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static String plural(String noun) {
        if (noun.endsWith("y") && "aeiou".indexOf(noun.charAt(noun.length() - 2)) < 0) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        if (noun.endsWith("is")) {
            return noun.substring(0, noun.length() - 2) + "es";
        }
        if (noun.endsWith("s") || noun.endsWith("sh") || noun.endsWith("ch") || noun.endsWith("x")) {
            return noun + "es";
        }
        return noun + "s";
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String slug(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static int count(String s) {
        return s.split("\\s+").length;
    }

    private static String yaml(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String yamlList(List<String> items) {
        List<String> quoted = new ArrayList<>();
        for (String s : items) {
            quoted.add(yaml(s));
        }
        return "[" + String.join(", ", quoted) + "]";
    }
}
