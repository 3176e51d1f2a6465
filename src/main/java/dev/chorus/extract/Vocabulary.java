package dev.chorus.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The English words attribution turns on. */
final class Vocabulary {

    private Vocabulary() {
    }

    /** Verbs that introduce or characterise someone's words, present and past. */
    static final String SPEECH_VERBS = String.join("|",
            "said", "says", "say", "told", "tells", "tell", "added", "adds", "argued", "argues", "insisted",
            "insists", "warned", "warns", "claimed", "claims", "wrote", "writes",
            // the perfect of "write" only, not the adjective ("a written statement, which…")
            "had written", "has written", "have written", "asked", "asks",
            "replied", "replies", "admitted", "admits", "explained", "explains", "noted", "notes",
            "concluded", "concludes", "reflected", "reflects", "cautioned", "cautions", "stated",
            "states", "declared", "declares", "continued", "continues", "recalled", "recalls",
            "remarked", "remarks", "observed", "observes", "acknowledged", "acknowledges",
            "conceded", "concedes", "suggested", "suggests", "stressed", "stresses", "emphasised",
            "emphasized", "emphasises", "emphasizes", "urged", "urges", "described", "describes",
            "describing", "called", "calls", "calling", "labelled", "labeled", "dubbed", "joked",
            "jokes", "quipped", "quips", "laughed", "sighed", "shouted", "whispered", "announced",
            "announces", "confirmed", "confirms", "revealed", "reveals", "predicted", "predicts",
            "mused", "muses", "repeated", "repeats", "remembers", "remembered", "thanked", "thanks", "singled out", "summed up", "sums up",
            // "she reminds jurors that…", not "Lucas reminded him of “…”"
            "reminded(?!\\s+[\\p{L}’'\\-]+\\s+of\\b)", "reminds(?!\\s+[\\p{L}’'\\-]+\\s+of\\b)", "answered", "answers", "responded", "responds", "countered",
            "counters", "tweeted", "posted", "commented", "comments", "told reporters", "put it",
            "puts it", "pointed out", "points out", "went on", "goes on", "saying", "adding",
            "warning", "arguing", "insisting", "explaining", "noting", "declaring", "telling",
            "writing", "asking", "admitting", "conceding", "acknowledging", "claiming", "stressing", "recalling",
            "complaining", "predicting", "vowed", "vows", "promised", "promises", "lamented", "laments",
            "complained", "complains", "agreed", "agrees", "boasted", "boasts", "pleaded", "pleads",
            "recounted", "recounts", "maintained", "maintains", "contended", "contends", "added that", "testified",
            "testifies", "praised", "praises", "hailed", "hails", "branded", "brands", "criticised", "criticized",
            "condemned", "dismissed", "welcomed", "accused", "accuses", "blasted", "slammed", "begged", "pleaded",
            "stated", "tells", "shouts", "whispers", "cried", "yelled", "murmured", "texted", "emailed", "messaged",
            "acknowledges", "concedes", "recalls", "reflects", "snapped", "scoffed", "smiled", "grinned", "wondered", "shot back",
            "shoots back", "fired back", "fires back", "hit back", "hits back", "fumed", "fumes", "retorted", "retorts",
            "grumbled", "grumbles", "exclaimed", "exclaims", "protested", "chuckled", "enthused", "enthuses", "gushed",
            "groaned", "marvelled", "marveled", "marvels", "beamed", "beams", "laughs", "smiles", "sighs", "chuckles",
            "grins", "reported",
            // "“Marcus, I know you're watching,” Okonkwo, 28, roared": a tabloid's loud speech
            "roared", "roars", "bellowed", "bellows", "thundered", "hollered", "barked", "screamed",
            // "“Then isn’t AI helping…?” Lee followed up": a reporter's second question
            "followed up", "follows up",
            // "Mayhew accepted that some invoices had been “badly worded”": a concession, as "conceded"
            // is; not "accepted the award"
            "accepted that", "accepts that", "accepting that",
            // "She estimated that a “handful” of networks were testing it": her reckoning, in her words;
            // not "an estimated 3,000 people"
            "estimated that", "estimates that",
            // a tabloid's words for a post or a tearful interview: "Taking to Instagram, she penned:", "she
            // captioned the snap:", "the star teased", "he confessed", "she sobbed"
            "penned", "pens", "captioned", "teased", "teases", "confessed", "confesses", "sobbed", "wept", "raged", "rages",
            // "“I said what I said,” the Carlton boss shrugged."
            "shrugged", "shrugs",
            // "“…?” Brennan pressed.", a follow-up question; not "pressed for a vote", "pressed high"
            "pressed(?!\\s+(?:for|on|ahead|forward|into|up|high|the|a|an|his|her|their|its))", "presses(?!\\s+(?:for|on|ahead|forward|into|up|high|the|a|an|his|her|their|its))");

    /**
     * A speech verb, but not one after an article, which makes it a word describing the noun
     * after it ("said in an emailed response that", "a repeated warning").
     */
    static final Pattern VERB = Pattern.compile("(?<![\\p{L}’'-])(?<!\\b(?:an?|the)\\s)(?:" + SPEECH_VERBS + ")(?![\\p{L}’'-])",
            Pattern.CASE_INSENSITIVE);

    /** Nouns that, after "the", stand for a person named earlier. */
    static final Set<String> ROLE_NOUNS = Set.copyOf(List.of(
            "teammate", "team-mate", "actor", "actress", "star", "director", "sayadaw", "filmmaker", "film-maker", "writer",
            "screenwriter", "producer", "author", "novelist", "singer", "musician", "artist",
            "composer", "comedian", "executive", "ceo", "founder", "president", "minister", "senator",
            "spokesperson", "spokesman", "spokeswoman", "professor", "researcher", "scientist", "critic",
            "journalist", "editor", "veteran", "icon", "legend", "performer", "creator", "showrunner",
            "animator", "designer", "expert", "analyst", "economist", "lawyer", "activist", "leader",
            "chairman", "chairwoman", "speaker", "official", "man", "woman", "player", "coach", "host",
            "presenter", "historian", "teacher", "engineer", "doctor", "auteur", "thespian", "narrator", "announcer",
            "politician", "mp", "governor", "mayor", "chancellor", "candidate", "campaigner",
            "filmmaker", "cinematographer", "editor", "poet", "rapper", "dancer", "model", "boss",
            "chief", "head", "superstar", "newcomer", "veteran", "pioneer", "visionary", "mogul",
            "insider", "commentator", "columnist", "blogger", "creator", "entrepreneur", "investor",
            "hero", "legend", "icon", "secretary", "judge", "captain", "general", "manager", "spokesperson",
            "prosecutor", "detective", "officer", "commissioner", "ambassador", "diplomat", "bishop", "pastor",
            "priest", "rabbi", "imam", "archbishop", "taoiseach", "tánaiste", "king", "queen", "prince", "princess", "councillor", "councilor",
            "lawmaker", "legislator", "premier", "deputy", "adviser", "advisor", "nurse", "surgeon",
            "cardiologist", "physician", "striker", "midfielder", "defender", "goalkeeper", "forward",
            "referee", "manager", "chef", "director-general", "secretary-general", "inspector-general", "attorney-general",
            "solicitor-general", "surgeon-general", "governor-general", "auditor-general", "postmaster-general",
            // police and public-relations ranks written as initials before a name ("ACP Rekha Menon", "CPRO Swapnil Nila"),
            // a chief minister ("Uttar Pradesh CM Yogi Adityanath … the CM said") and a Philippine undersecretary
            "acp", "dcp", "ssp", "asp", "dsp", "igp", "dig", "cpro", "pro", "cm", "undersecretary", "under-secretary",
            // a US lawmaker by party: "the Missouri Republican", "the New Hampshire Democrat"
            "republican", "democrat", "vice-president", "headteacher", "principal", "dean", "chancellor", "astronaut",
            "superintendent", "inspector", "sergeant", "constable", "commander", "sheriff", "pastor", "reverend",
            "member", "trainer", "organiser", "organizer", "chair", "chairperson", "owner", "landlord", "landlady",
            "publican", "vicar", "consultant", "curator", "architect", "lecturer", "founder", "treasurer",
            "biologist", "chemist", "physicist", "ecologist", "geologist", "epidemiologist", "virologist",
            "linguist", "lexicographer", "philologist", "librarian", "archivist",
            // trades and crafts: "Its technician, Hedra Nankivell, said" names a person as "its director" does
            "technician", "projectionist", "restorer", "colourist", "colorist", "dubber", "interpreter", "electrician",
            "plumber", "carpenter", "mechanic", "welder", "builder", "labourer", "laborer", "baker", "butcher",
            "pharmacist", "accountant", "caretaker", "janitor", "porter", "waiter", "waitress", "steward", "stewardess",
            "firefighter", "soldier", "sailor", "ranger", "chaplain", "monk", "nun", "tutor", "umpire", "athlete",
            "boxer", "cameraman", "camerawoman", "stuntman", "stuntwoman", "merchant",
            "psychologist", "sociologist", "zoologist", "botanist", "astronomer", "climatologist", "meteorologist",
            "oceanographer", "forecaster", "archaeologist", "anthropologist", "mathematician", "statistician", "neuroscientist",
            "skipper", "winger", "hooker", "flanker", "fly-half", "scrum-half", "full-back", "batsman", "batter",
            "bowler", "pitcher", "quarterback", "goalie", "goaltender", "keeper", "jockey", "opener", "all-rounder",
            "ms", "msp", "mla", "mep", "td", "mhk", "mpp", "mna", "mha", "mpa", "negotiator", "envoy", "delegate", "rider", "driver", "farmer",
            "reviewer", "official", "referee", "organiser", "promoter", "founder", "student", "pupil", "parent",
            "resident", "worker", "nurse", "midwife", "paramedic", "pilot", "officer", "lock", "prop", "back-rower",
            "moderator", "panellist", "panelist", "questioner", "interviewer", "juror", "witness", "claimant",
            "defendant", "plaintiff", "complainant", "broadcaster", "left-hander", "right-hander", "seamer",
            "spinner", "paceman", "debutant", "reporter", "correspondent", "photographer", "podcaster",
            "influencer", "streamer", "trainee", "vocalist", "guitarist", "drummer", "bassist", "pianist",
            "saxophonist", "trumpeter", "trombonist", "clarinettist", "clarinetist", "flautist", "flutist",
            "percussionist", "organist", "oboist", "accordionist", "keyboardist", "bandleader", "fiddler",
            "soprano", "mezzo-soprano", "contralto", "alto", "tenor", "baritone", "chorister",
            "violinist", "cellist", "harpist", "conductor", "choreographer", "illustrator", "cartoonist",
            "translator", "publicist", "agent", "playwright", "dramatist", "lyricist", "songwriter", "sculptor",
            "painter", "editor-in-chief", "programmer", "developer", "headmistress", "headmaster", "headteacher",
            "magistrate", "barrister", "solicitor", "attorney", "counsel", "coroner", "registrar", "clerk", "bailiff",
            "miner", "trader", "supporter", "volunteer", "fisherman", "fisher", "vendor", "shopkeeper", "cleaner",
            "retiree", "pensioner", "commuter", "shopper", "voter", "villager", "homeowner", "passenger",
            "provost", "vice-chancellor", "rector", "bursar", "warden", "councilwoman", "councilman",
            "councilmember", "alderman", "alderwoman", "assemblyman", "assemblywoman", "assemblymember",
            "congressman", "congresswoman", "supervisor", "trustee",
            "survivor", "mourner", "spectator", "centre-half", "centre-back", "centre-forward", "center-back",
            "monarch", "ruler", "chieftain", "don", "academic", "scholar", "sprinter", "swimmer", "cyclist",
            // a school's former students: "Alumna Renée Castellanos, whose thesis film…, said"
            "alumna", "alumnus", "alum", "graduate",
            // the -master and -mistress of a place or a craft ("Harbourmaster Jago Pascoe said")
            "harbourmaster", "harbormaster", "postmaster", "postmistress", "stationmaster", "quartermaster",
            "housemaster", "housemistress", "schoolmaster", "schoolmistress", "choirmaster", "bandmaster",
            "ringmaster", "scoutmaster", "grandmaster", "quizmaster", "dockmaster",
            // a tabloid's words for a star it has named: "the blonde later added", "the hunk told fans"
            "hunk", "stunner", "blonde", "brunette",
            // a football manager as the back pages call him: "the Stanmoor gaffer said"
            "gaffer"));

    /**
     * A role, or one shared: "Co-founder Ama Serwaa Boateng", "co-director". The prefix joins any
     * role, so the shared ones need no list of their own.
     */
    static boolean isRole(String lower) {
        return ROLE_NOUNS.contains(lower) || lower.startsWith("co-") && ROLE_NOUNS.contains(lower.substring(3));
    }

    /**
     * A role, or one written as one word with what it works at or on: "schoolteacher",
     * "steelworker", "shipbuilder". Only for a word already read as a noun that renames someone
     * (", a schoolteacher from Argun,"), since a name may end in a role's letters too.
     */
    static boolean isRoleOrCompound(String lower) {
        if (isRole(lower)) {
            return true;
        }
        for (int i = 3; i + 5 <= lower.length(); i++) {
            if (ROLE_NOUNS.contains(lower.substring(i))) {
                return true;
            }
        }
        return false;
    }

    /** The role an honorific gives: "Chief Supt Mark Bellamy" is "the chief superintendent". */
    static final java.util.Map<String, String> HONORIFIC_ROLES = java.util.Map.ofEntries(
            java.util.Map.entry("Supt", "superintendent"), java.util.Map.entry("Superintendent", "superintendent"),
            java.util.Map.entry("Insp", "inspector"), java.util.Map.entry("Inspector", "inspector"),
            java.util.Map.entry("Sgt", "sergeant"), java.util.Map.entry("Sergeant", "sergeant"),
            java.util.Map.entry("Det", "detective"), java.util.Map.entry("Detective", "detective"),
            java.util.Map.entry("Councilwoman", "councilwoman"), java.util.Map.entry("Councilman", "councilman"),
            java.util.Map.entry("Congressman", "congressman"), java.util.Map.entry("Congresswoman", "congresswoman"),
            java.util.Map.entry("Assemblyman", "assemblyman"), java.util.Map.entry("Assemblywoman", "assemblywoman"),
            java.util.Map.entry("Provost", "provost"),
            java.util.Map.entry("Cllr", "councillor"), java.util.Map.entry("Clr", "councillor"), java.util.Map.entry("Cr", "councillor"), java.util.Map.entry("Coun", "councillor"), java.util.Map.entry("Councillor", "councillor"),
            java.util.Map.entry("Prof", "professor"), java.util.Map.entry("Professor", "professor"),
            java.util.Map.entry("Dr", "doctor"), java.util.Map.entry("Sen", "senator"), java.util.Map.entry("Senator", "senator"),
            java.util.Map.entry("Gov", "governor"), java.util.Map.entry("Governor", "governor"),
            java.util.Map.entry("Judge", "judge"), java.util.Map.entry("Justice", "judge"), java.util.Map.entry("Mayor", "mayor"), java.util.Map.entry("Bishop", "bishop"),
            java.util.Map.entry("Sheriff", "sheriff"), java.util.Map.entry("Captain", "captain"), java.util.Map.entry("Capt", "captain"),
            java.util.Map.entry("Coach", "coach"), java.util.Map.entry("Rev", "reverend"), java.util.Map.entry("Revd", "reverend"), java.util.Map.entry("Pastor", "pastor"),
            java.util.Map.entry("Constable", "constable"), java.util.Map.entry("Commissioner", "commissioner"),
            java.util.Map.entry("Magistrate", "magistrate"), java.util.Map.entry("Attorney", "attorney"),
            java.util.Map.entry("Minister", "minister"), java.util.Map.entry("President", "president"),
            // "Sayadaw U Pyinnya Wuntha … the Sayadaw said": the abbot named with his title
            java.util.Map.entry("Sayadaw", "sayadaw"));

    /**
     * What British tabloids write before a given name as if it were a title ("Mum Shona, 45,
     * said", "Proud Brenda added", "Little Ava Kirkham", "Pal Denise"): a relation or an epithet,
     * no part of the name. Not "Son" (a Korean surname), "Fan" (a Chinese one) or "Sister" (a nun's).
     */
    static final Set<String> TABLOID_LABELS = Set.of("Mum", "Mam", "Mom", "Dad", "Gran", "Granny", "Nan", "Nana",
            "Grandad", "Granddad", "Grandma", "Grandpa", "Hubby", "Husband", "Wife", "Partner", "Fiancé", "Fiancée",
            "Boyfriend", "Girlfriend", "Pal", "Widow", "Widower", "Stepdad", "Stepmum", "Auntie", "Brave", "Tragic",
            "Heartbroken", "Tearful", "Devastated", "Doting", "Proud", "Grieving", "Tot", "Toddler", "Little", "Tiny",
            "Schoolboy", "Schoolgirl", "Teen", "Pensioner", "Bride", "Groom", "Superfan");

    /** Family words that, after "her", "his", "their" or "the", stand for a relative named before. */
    static final Set<String> KIN = Set.copyOf(List.of(
            "father", "mother", "dad", "mum", "mom", "son", "daughter", "husband", "wife", "partner", "brother",
            "sister", "grandfather", "grandmother", "grandson", "granddaughter", "uncle", "aunt", "nephew", "niece",
            "cousin", "fiancé", "fiancée", "widow", "widower", "stepfather", "stepmother", "twin",
            "sister-in-law", "brother-in-law", "mother-in-law", "father-in-law", "son-in-law", "daughter-in-law"));

    /**
     * Roles that are given to people the text does not name ("a spokesman said", "the official
     * added"): they stand for someone only when a named person was given that role.
     */
    static final Set<String> SOURCE_ROLES = Set.copyOf(List.of(
            "spokesperson", "spokesman", "spokeswoman", "official", "insider", "source", "man", "woman",
            // the voice of a film, a newsreel or a broadcast, not the one talking about it
            "narrator", "announcer"));

    /**
     * People the text does not name: "a reporter at the back asked", "one resident said". A
     * pronoun after them stands for them, not for the last person named.
     */
    static final Set<String> UNNAMED_PEOPLE = Set.copyOf(List.of(
            "reporter", "journalist", "man", "woman", "resident", "neighbour", "neighbor", "witness", "source", "constituent",
            "spokesman", "spokeswoman", "spokesperson", "official", "friend", "fan", "passenger", "driver",
            "worker", "student", "parent", "pensioner", "customer", "voter", "protester", "observer", "insider",
            "person", "relative", "colleague", "bystander", "teenager", "girl", "boy", "mother", "father",
            "member", "local", "shopper", "nurse", "doctor", "officer", "teacher", "supporter", "onlooker",
            "volunteer", "employee", "diplomat", "aide", "lawyer", "spectator", "commuter", "patient", "survivor",
            "trader", "banker", "farmer", "fisherman", "shopkeeper", "owner", "landlord", "tenant", "guest", "visitor",
            "traveller", "traveler", "mourner", "pilot", "soldier", "firefighter", "paramedic", "caller", "listener",
            "viewer", "reader", "subscriber", "user", "buyer", "seller", "dealer", "broker", "contractor", "builder",
            "retiree", "villager", "motorist", "cyclist", "homeowner", "householder", "vendor", "hawker", "stallholder", "holder",
            "alumna", "alumnus", "graduate",
            "parishioner", "churchgoer", "worshipper", "pedestrian", "rider", "mum", "dad", "grandmother", "grandfather",
            // "a pal of the hunk told The Sun": a friend the tabloid does not name
            "pal", "chum", "confidant", "confidante",
            // someone out doing something, rescued or passing: "We dug out a snowboarder after 14 minutes. He was blue."
            "skier", "snowboarder", "hiker", "climber", "mountaineer", "walker", "rambler", "runner", "jogger", "swimmer",
            "surfer", "diver", "kayaker", "paddler", "rower", "boater", "skater", "skateboarder", "biker", "motorcyclist",
            "golfer", "angler", "hunter", "camper", "tourist", "holidaymaker", "backpacker",
            "campaigner", "regular", "cinemagoer", "moviegoer", "filmgoer", "theatregoer", "concertgoer", "festivalgoer", "cinema-goer", "movie-goer",
            "film-goer", "theatre-goer", "theater-goer", "concert-goer", "festival-goer", "church-goer", "race-goer",
            "punter", "attendee", "diner", "staffer",
            // "an elder from Kitti who had travelled by truck stood up": of a church, a council, a village
            "elder",
            // a restaurant or a bar, as its reviewer meets them ("our server", "the bartender")
            "server", "waiter", "waitress", "bartender", "barman", "barmaid", "sommelier"));

    /**
     * Roles that, with no one named in that role, still stand for the article's subject:
     * "the 78-year-old star said" means the star the article is about. Other roles ("the
     * spokesperson") need someone named in that role first.
     */
    static final Set<String> SUBJECT_ROLES = Set.copyOf(List.of(
            "actor", "actress", "star", "superstar", "director", "filmmaker", "film-maker", "writer", "author",
            "singer", "musician", "artist", "comedian", "veteran", "icon", "legend", "performer", "creator",
            "showrunner", "auteur", "thespian", "hero", "pioneer", "visionary", "mogul", "player", "striker",
            "coach", "man", "woman", "rapper", "dancer", "poet", "novelist", "screenwriter", "producer"));

    /** What a tabloid calls the star it is writing about: "The blonde later added" is her, not the sister quoted before. */
    static final Set<String> STAR_EPITHETS = Set.of("hunk", "stunner", "blonde", "brunette");

    /** A role also answers to these: a Health Secretary is "the minister". */
    static final java.util.Map<String, Set<String>> ROLE_SYNONYMS = java.util.Map.ofEntries(
            java.util.Map.entry("secretary", Set.of("minister", "politician")),
            java.util.Map.entry("chancellor", Set.of("minister", "politician")),
            java.util.Map.entry("minister", Set.of("politician")),
            java.util.Map.entry("senator", Set.of("lawmaker", "politician")),
            java.util.Map.entry("mp", Set.of("lawmaker", "politician")),
            java.util.Map.entry("filmmaker", Set.of("director")),
            // "a 2008 novel by Ruth Pēwhairangi … The author says"
            java.util.Map.entry("novelist", Set.of("author", "writer")),
            java.util.Map.entry("actress", Set.of("actor", "star")),
            java.util.Map.entry("actor", Set.of("star")),
            java.util.Map.entry("ceo", Set.of("executive", "chief", "boss")),
            java.util.Map.entry("leader", Set.of("politician")),
            java.util.Map.entry("captain", Set.of("skipper")),
            // "Dunford manager Stuart Petrie … the Dunford boss said": a club's manager or coach is its boss
            java.util.Map.entry("manager", Set.of("boss", "gaffer")),
            java.util.Map.entry("coach", Set.of("boss")),
            java.util.Map.entry("member", Set.of("ms", "msp", "mla", "mp", "td")),
            java.util.Map.entry("goalkeeper", Set.of("keeper", "goalie")),
            java.util.Map.entry("barrister", Set.of("counsel", "lawyer")),
            java.util.Map.entry("attorney", Set.of("counsel", "lawyer")),
            java.util.Map.entry("solicitor", Set.of("lawyer")),
            java.util.Map.entry("goaltender", Set.of("goalie", "keeper")),
            // "Another journalist asked… “…?” the reporter asked"
            java.util.Map.entry("journalist", Set.of("reporter")),
            java.util.Map.entry("reporter", Set.of("journalist")));

    /** Words after which a noun phrase still opens its clause, so it is the one acting: "…, and the minister said". */
    static final List<String> CLAUSE_OPENERS = List.of("and", "but", "when", "while", "then", "before", "after",
            "until", "so");

    /**
     * Speech verbs that open an inverted sentence: "Says Grace Obi, who chairs the group: “…”". They
     * are never part of a name ("Said" is a name as well, so it is not one of them).
     */
    static final List<String> SPEECH_VERBS_OPENING = List.of("Says", "Adds", "Recalls", "Explains", "Insists", "Notes",
            "Warns", "Argues", "Admits", "Remembers", "Laughs", "Sighs", "Jokes", "Concedes", "Quips");

    /** Capitalised words that begin sentences but never names. */
    static final Set<String> NOT_NAMES = union(List.of(
            "The", "THE", "A", "An", "In", "On", "At", "For", "But", "And", "Or", "So", "Yet", "As", "When",
            "While", "If", "Though", "Although", "Because", "After", "Before", "Since", "During",
            "This", "That", "These", "Those", "It", "Its", "It’s", "It's", "He", "She", "They", "We",
            "I", "You", "His", "Her", "Their", "Our", "My", "Your", "There", "Here", "What", "Why",
            "How", "Who", "Where", "Which", "Even", "Still", "Despite", "Known", "Like", "Unlike",
            "With", "Without", "From", "To", "Of", "By", "About", "Over", "Under", "Then", "Now",
            "Today", "Yesterday", "Last", "Next", "Every", "Each", "Some", "Many", "Most", "All",
            "No", "Not", "Yes", "Also", "Meanwhile", "However", "Indeed", "Instead", "According",
            "Speaking", "Asked", "Reflecting", "Remember", "Ask", "Same", "Once", "Only", "Just",
            "Q", "A:", "AI", "OPINION", "Does", "Did", "Do", "Is", "Was", "Were", "Would", "Can", "Could",
            "Should", "Has", "Have", "Had", "Are", "One", "Another", "Several", "Both", "FAQ", "Monday", "Tuesday", "Wednesday", "Thursday",
            "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December", "Mr", "Mrs", "Ms",
            "Dr", "Sir", "Lord", "Lady", "Dame", "Prof", "Professor", "Miss", "Director", "Actor",
            "Actress", "Star", "Producer", "Writer", "President", "Minister", "Senator", "Chief",
            // "Rapper Stormzy paid tribute": what a one-name performer is, opening the sentence
            "Singer", "Rapper", "Comedian", "Musician", "Songwriter", "Drummer", "Guitarist",
            "Former", "Veteran", "Legendary", "Oscar-winning", "Hollywood", "British", "American",
            "English", "French", "German", "Chinese", "Japanese", "Korean", "Indian", "Italian",
            "Spanish", "Irish", "Scottish", "Canadian", "Australian",
            // imperatives opening a sentence: "Give Nadia Ferrante's Agnes her own series"
            "Give", "Let", "Take", "Tell", "Watch", "Meet", "Thank", "Send", "Bring", "Get", "Put", "Show",
            "Imagine", "Consider", "Try", "Listen", "Forget", "Picture", "Blame", "Trust",
            // sentence adverbs: "Maybe Lucía will be a photographer"
            "Maybe", "Perhaps", "Sometimes", "Surely", "Certainly", "Probably", "Hopefully", "Fortunately",
            "Unfortunately", "Luckily", "Sadly", "Clearly", "Obviously", "Apparently", "Eventually", "Finally",
            // adverbs of time: "Later Ms Okoro asked"
            "Later", "Earlier", "Afterwards", "Afterward", "Again", "Tonight", "Soon", "Moments", "Minutes",
            "Hours", "Days",
            // pronouns of everyone and no one: "Everything Irena says is mine"
            "Everything", "Everyone", "Everybody", "Nothing", "Nobody", "Anyone", "Anybody", "Anything",
            "Someone", "Somebody", "Something", "None",
            // a speech verb opening an inverted sentence (see SPEECH_VERBS_OPENING), and two more that may
            "Added", "Continues",
            // a letter's salutation: "Dear Councillor Pryor, my library is…"
            "Dear"),
            SPEECH_VERBS_OPENING);

    private static Set<String> union(List<String> a, List<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    /** Words before a name that make it the object of a phrase, not the one acting. */
    static final Set<String> PREPOSITIONS = Set.copyOf(List.of(
            "by", "of", "to", "with", "from", "for", "as", "about", "under", "at", "in", "on",
            "against", "like", "than", "between", "among", "toward", "towards", "into", "onto",
            "upon", "featuring", "starring", "opposite", "alongside", "beside", "behind", "via", "outside",
            "inside", "near", "across", "around", "throughout", "beyond", "within",
            // "villagers living below Slieve Gullion have told…": a place under which, not who told
            "below", "beneath", "above", "underneath",
            // "taking the lead through Osvaldo Riveros": the means, never the one acting
            "through", "without", "despite"));

    /** Words written before a name that are not part of it: honorifics and titles used like them. */
    static final Set<String> HONORIFICS = Set.copyOf(List.of(
            "Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Professor", "Sir", "Dame", "Lord", "Lady", "Mx", "Judge", "CEO", "Chairman", "Chairwoman",
            "Justice", "Sen", "Senator", "Rep", "Gov", "Governor", "President", "Det", "Detective", "Insp",
            "Inspector", "DCI", "DI", "DS", "DC", "PC", "Fr", "Mgr", "Advocate", "Adv", "Sheriff", "Deputy", "Marshal", "Trooper", "Ranger", "Supt", "Superintendent", "Sgt", "Sergeant", "Capt", "Captain", "Col", "Gen", "Lt",
            "Rev", "Reverend", "Rabbi", "Imam", "Father", "Bishop", "Archbishop", "Cardinal", "Pope", "Cllr",
            "Councillor", "Mayor", "Chancellor", "Constable", "Chief", "Minister", "Secretary", "Coach",
            "Commissioner", "Officer", "Pastor", "Sheikh", "Prince", "Princess", "King", "Queen", "Rt", "Hon",
            // the lower ranks ("Private Alasdair Fraser", "Pte Jack Walsh") and peers ("Baroness Chakrabarti")
            "Private", "Pte", "Cpl", "Corporal", "Bdr", "Bombardier", "Gnr", "Spr", "Sapper", "Baroness", "Baron",
            "Viscount", "Viscountess", "Countess", "Marquess",
            // stacked ranks ("Det Act Sen Sgt Kovac", "Ch Supt Dixon"), an Australian or a
            // Zimbabwean councillor ("Cr Hocking", "Clr Marufu"), and forms of address from South and Southeast Asia
            "Act", "Acting", "Snr", "Senior", "Ch", "Asst", "Assistant", "Cr", "Clr", "Cmdr", "Commander", "Const",
            "Pandit", "Ustad", "Madam", "Datuk", "Dato", "Haji", "Hajjah", "Shri", "Smt", "Elder", "Sister",
            "Father", "Pastor", "Imam", "Rabbi", "Matron", "Coach", "Bishop", "Archbishop", "Cardinal", "Canon",
            "Reverend", "Rev",
            // the British abbreviation of Reverend ("the Revd Anne Hollis"); southern Africa's
            // respectful grandmother and grandfather ("Gogo Dlamini", "Mkhulu Ndlovu")
            "Revd", "Gogo", "Mkhulu",
            // West Africa: "Alhaji Bello Maikudi", "Engr Chukwuma Obi", "Barr Ngozi Eze"
            "Alhaji", "Alhaja", "Hajia", "Mallam", "Malam", "Otunba", "Engr", "Barr",
            // Malta: an architect or civil engineer is "Perit Anthony Camilleri" ("Perit Camilleri said")
            "Perit",
            // Francophone West Africa: "El Hadji Moustapha Ndiaye" ("El" goes with it), "Hadja
            // Mariama Bah"; and the French form of address for a lawyer, "Maître Aminata Diouf"
            "Hadji", "Hadj", "Elhadji", "Hadja", "Maître", "Maitre",
            // US local and state offices ("City Councilwoman Tasha Whitlock", "Assemblyman Ray Ortiz")
            "Councilwoman", "Councilman", "Councilmember", "Alderman", "Alderwoman", "Assemblyman",
            // Chicago's papers abbreviate alderman ("Ald. Maria Hadden, 49th,")
            "Ald",
            // Canadian papers abbreviate councillor ("Coun. Josh Matlow, who represents…")
            "Coun",
            "Assemblywoman", "Assemblymember", "Congressman", "Congresswoman", "Supervisor", "Trustee", "Provost",
            // "Representative Emilia Sykes" spelled out, "Senate President Pro Tempore Jinggoy Estrada", and the
            // Filipino forms of address for an older woman and man ("Aling Rosario Dela Cruz", "Mang Tonyo Reyes")
            "Representative", "Pro", "Tempore", "Aling", "Mang",
            // a constable after another rank ("Det Con Rhys Jenkins"; see NameScanner)
            "Con",
            // Malaysia and Fiji, where they go with a given name ("Puan Rohana", "Ratu Josaia"); Ghana's
            // chiefs ("Nana Kwame Ofori II"); lawyers and police ranks of the Caribbean
            "Puan", "Encik", "Cik", "Datin", "Dato'", "Dato’", "Tun", "Ratu", "Adi", "Nana",
            "Attorney", "Atty", "ASP", "DSP", "SSP", "Magistrate",
            // Singapore's and Malaysia's prosecutors ("Deputy Public Prosecutor Chua Wen Qi … DPP Chua")
            "DPP",
            // Thai police ranks ("Pol Col Nattaya Srisuk", "Pol Lt Gen Surachai")
            "Pol", "Maj", "Gen", "Lt", "Colonel", "Lieutenant", "Brigadier", "Admiral", "Corporal",
            // Indonesia and Ethiopia, where they go with a given name ("Pak Darto", "Ato Tadesse")
            "Pak", "Bu", "Ibu", "Ato", "Weyzero",
            // Aboriginal elders ("Aunty Jenny Walker"); counsel in the Caribbean ("Counsel Anand Persad")
            "Aunty", "Auntie", "Uncle", "Counsel",
            // Canadian and other provincial members ("Local MPP Rob Keeler"), Pakistan's ("Opposition MPA Farah Baloch")
            "MPP", "MLA", "MNA", "MHA", "MPA",
            // a company's other chiefs, written as "CEO" is ("Co-founder and CTO Tom Whitlock")
            "CTO", "CFO", "COO", "CIO", "CMO",
            // Irish police ranks ("Det Garda Sinéad Cullinane", "Sgt Gda Ryan")
            "Garda", "Gda",
            // the plural before the first of two ("Councilmembers Daniel Ochoa and Michelle Tran")
            "Councilmembers", "Councilwomen", "Councilmen", "Councillors", "Cllrs", "Senators", "Reps",
            // a party's member ("Christian Democrat Katrin Lohmeyer", "Republican Dale Ames", "the Conservative Kemi Badenoch")
            "Democrat", "Republican", "Conservative", "Tory",
            // Myanmar, whose names have no surname and are written whole after the form of address
            // ("Daw Khin Thandar Myint", "U Aung Zaw Oo", "Sayadaw U Pyinnya Wuntha"); Cambodia's
            // title of a tycoon ("Oknha Kim Sopheap"); the Arabic teacher's "Ustaz Mahmoud"
            "Daw", "U", "Sayadaw", "Oknha", "Ustaz", "Ustadh",
            // Lesotho's and Botswana's father and mother ("Ntate Thabo Mofokeng", "'M'e Letsie", "Rra
            // Molefe", "Mma Kgosi"); Brunei's, dropped as readers drop "Mr" ("Awang Hamzah bin Ali",
            // "Dayang Siti", "Hajah Rosnah", "Pengiran Anak"); Thailand's "Khun"; East Africa's "Mzee" and
            // "Bwana"; a Buddhist monk's "Ven." ("the Ven. Ananda Thero")
            "Ntate", "Mme", "'M'e", "’M’e", "Rra", "Mma", "Awang", "Dayang", "Awangku", "Dayangku", "Hajah",
            "Pengiran", "Pehin", "Khun", "Mzee", "Bwana", "Ven", "Venerable",
            // a parish priest in Spanish, Portuguese and Italian ("Padre Esteban Cayupán"); a Sudanese
            // and Egyptian village or camp headman ("Omda Yahya Abdallah Tagel", "Umda")
            "Padre", "Omda", "Umda",
            // French and Georgian "Mr" and "Mrs" as English copy keeps them ("Monsieur Albert Ehrhart",
            // "Batoni Levan", "Kalbatoni Nino"); the Amharic and Tigrinya Mrs as often spelt ("Woizero
            // Mebrat"); a Tibetan monastic scholar's degree ("Geshe Ngawang Tashi"); Mizoram's Mr and Mrs,
            // written before the one name a Mizo may have ("Pu Zothansanga", "Pi Lalremruati")
            "Monsieur", "Madame", "Mademoiselle", "Batoni", "Kalbatoni", "Woizero", "Weizero", "Geshe", "Pu", "Pi"));

    /**
     * Degrees and professions written before a name in Central Europe, Latin America and the
     * Gulf ("Ing. Byron Pérez", "Eng. Khalid Al-Naimi", "Mag. Theresa Hofbauer", "PaedDr. Marta
     * Šimková"): titles only with their full stop, since "Ing" and "Eng" are also surnames, and
     * that full stop does not end the sentence ("said Ing. Byron Pérez").
     */
    static final Set<String> DOTTED_TITLES = Set.of("Ing", "Eng", "Mag", "Mgr", "PaedDr", "PhDr", "MUDr", "JUDr", "RNDr",
            "MVDr", "Bc", "Lic", "Arq",
            // Spanish and Portuguese Mr, Mrs, Miss and Dr ("Sr. Duarte Vasconcelos", "Dra. Ana Ruiz"): before
            // a name only, since "Sr." after one is the father's name ("John Smith Sr.")
            "Sr", "Sra", "Srta", "Dra");

    /**
     * Myanmar's forms of address for a younger man or woman ("Ko Min Htet Naing", "Ma Thiri
     * Aung"), which are also Korean and Chinese surnames ("Ma Jun"): an honorific only before two
     * or more words of a name, and never with a full stop ("Ma. Teresa" is the Filipino María).
     */
    static final Set<String> HONORIFICS_OF_WHOLE_NAMES = Set.of("Ko", "Ma",
            // the same care for forms of address that are given names or words elsewhere: "Doña Carmen
            // Ruiz", "Dona Maria Silva", "Herr Klaus Becker", "Frau Ursula Lang", "Ông Nguyễn Văn Hùng",
            // "Bà Trần Thị Mai", "Oba Adeyemi Oyewole", "Bi Mwanaisha Salim", "Seu João Batista"; and
            // "Sheikha Mariam Al Thani", though "Sheikha Al-Mohannadi" is a student whose name it is
            "Doña", "Dona", "Herr", "Frau", "Ông", "Bà", "Oba", "Bi", "Seu", "Sheikha", "Shaikha",
            // South Asia's chief and lady ("Sardar Akhtar Khan", "Bibi Rukhsana Parveen"), a Tibetan
            // Buddhist teacher ("Lama Tenzin Dorje"), and a Mindanao or Malay ruler ("Sultan
            // Bahauddin Kasim"), which are given names or surnames elsewhere ("Bibi", "Pasang Lama",
            // "Sultan Ahmed"); not "Mir", which opens given names too ("Mir Hossein")
            "Sardar", "Bibi", "Lama", "Sultan",
            // Igboland's traditional ruler and a titled mother ("Igwe Christopher Nnaji", "Ezinne Ngozi
            // Okafor"), a surname and a given name elsewhere ("Chinedu Igwe")
            "Igwe", "Ezinne");

    /** Words that open an Arabic family name or patronymic written apart: "Al Dhaheri", "bin Zayed". */
    private static final Set<String> ARABIC_PARTICLES = Set.of("Al", "El", "bin", "Bin", "bint", "ibn", "Ibn");

    /**
     * Whether a form of address of whole names is a given name here: "Sultan Al Dhaheri, the
     * company's chief people officer", since no ruler is named by a family name straight after the title.
     */
    static boolean givenNameBeforeAFamilyName(String form, String next) {
        return form.equals("Sultan") && ARABIC_PARTICLES.contains(next);
    }

    /** Honorifics written with a person's given name rather than their surname: "Sir Keir", "Puan Rohana". */
    static final Set<String> GIVEN_NAME_HONORIFICS = Set.of("Sir", "Dame", "Puan", "Encik", "Cik", "Datin", "Dato",
            "Dato'", "Dato’", "Datuk", "Tun", "Ratu", "Adi", "Haji", "Hajjah", "Madam", "Pak", "Bu", "Ibu", "Ato",
            "Weyzero", "Awang", "Dayang", "Awangku", "Dayangku", "Hajah", "Pengiran", "Khun",
            "Woizero", "Weizero", "Batoni", "Kalbatoni", "Pu", "Pi");

    /** What tells a son from his father, or a chief from those before him: kept with the name. */
    static final Set<String> GENERATIONS = Set.of("Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV");

    /** Letters after a name that are not part of it: "Miranda Okafor KC", "Jane Doe MP". */
    static final Set<String> POST_NOMINALS = Set.copyOf(List.of(
            "KC", "QC", "MP", "MEP", "MSP", "MS", "AM", "OBE", "MBE", "CBE", "KBE", "DBE", "PhD", "MD", "Jr", "Sr",
            "II", "III", "IV", "Esq", "FRS", "JP", "SAN", "SC", "AO", "AC", "OAM", "ONZM", "MNZM", "CNZM", "OM",
            "CH", "GBE", "OC", "CM", "OON", "OFR", "MON", "TD", "MLA", "MPP", "MNA", "MHA", "MPA", "MHK", "MSc", "DVM", "RN", "BL"));

    /**
     * The letters a company's legal form adds after its name ("Soundloom AB", "Fjordlyd AS",
     * "Kielikone Oy", "Banca Rossi SpA"), besides those that mark an organisation wherever they
     * stand (Ltd, Inc, GmbH): some are also initials or given names ("AB de Villiers"), so they
     * count only last.
     */
    static final Set<String> COMPANY_FORMS = Set.of("AB", "AS", "ASA", "ApS", "Oy", "Oyj", "SA", "SpA", "Srl", "SRL",
            "NV", "BV", "SE", "KG", "Sarl", "SARL", "SAS", "SL", "Bhd", "Pty", "LLP", "KK", "Kft", "Zrt", "sro", "hf", "ehf");

    /**
     * What business copy calls a company just before its name: "Retailer Tesco said", "said
     * chipmaker Nvidia". Only words that name no person's trade or place in a team ("miner",
     * "developer", "documentary maker" and a rugby "utility" do).
     */
    static final Set<String> COMPANY_KINDS = Set.of("retailer", "carmaker", "automaker", "chipmaker", "drugmaker",
            "lender", "insurer", "reinsurer", "brokerage", "airline", "supermarket", "conglomerate",
            "firm", "company", "startup", "start-up", "chain", "manufacturer", "telco", "homebuilder",
            "shipbuilder", "steelmaker", "planemaker");

    /** "the Portuguese said": a nationality standing for the person the article is about. */
    /** Nationalities written only as adjectives, the nouns being other words ("a Dutch designer", "a Dutchman"). */
    static final Set<String> NATIONALITY_ADJECTIVES = Set.of("dutch", "british", "english", "french", "irish", "scottish",
            "welsh", "spanish", "swedish", "danish", "finnish", "polish", "turkish", "flemish", "cornish", "manx", "icelandic");

    static final Set<String> DEMONYMS = Set.copyOf(List.of(
            "american", "briton", "englishman", "englishwoman", "scot", "scotsman", "scotswoman", "welshman",
            "welshwoman", "irishman", "irishwoman", "frenchman", "frenchwoman", "german", "italian", "spaniard",
            "portuguese", "dutchman", "dutchwoman", "belgian", "swiss", "austrian", "swede", "norwegian", "dane",
            "finn", "pole", "czech", "hungarian", "romanian", "bulgarian", "serb", "croat", "greek", "turk",
            "russian", "ukrainian", "brazilian", "argentine", "argentinian", "mexican", "colombian", "chilean",
            "canadian", "australian", "new zealander", "south african", "nigerian", "ghanaian", "kenyan",
            "ethiopian", "egyptian", "moroccan", "algerian", "senegalese", "cameroonian", "ivorian", "japanese",
            "chinese", "korean", "indian", "pakistani", "iranian", "iraqi", "israeli", "palestinian", "saudi",
            "lebanese", "syrian", "jamaican", "uruguayan", "peruvian", "venezuelan", "cuban", "filipino",
            "indonesian", "vietnamese", "thai", "malaysian", "icelander", "estonian", "latvian", "lithuanian",
            "slovak", "slovenian", "bosnian", "albanian", "georgian", "armenian", "kazakh", "uzbek", "kyrgyz",
            "tajik", "azerbaijani", "belarusian", "moldovan", "montenegrin", "macedonian", "maltese", "cypriot",
            "tunisian", "libyan", "sudanese", "ugandan", "tanzanian", "zimbabwean", "zambian", "rwandan",
            "congolese", "angolan", "mozambican", "namibian", "malian", "nepali", "nepalese", "sri lankan",
            "bangladeshi", "afghan", "singaporean", "taiwanese", "mongolian", "samoan", "tongan", "fijian",
            "ecuadorian", "bolivian", "paraguayan", "haitian", "puerto rican", "costa rican", "panamanian",
            "guatemalan", "honduran", "qatari", "emirati", "kuwaiti", "omani", "bahraini", "yemeni", "jordanian",
            "catalan", "basque", "bavarian", "sicilian", "kiwi", "aussie", "dubliner", "londoner", "new yorker",
            "glaswegian", "mancunian", "liverpudlian", "scouser", "geordie", "yorkshireman", "yorkshirewoman",
            "cornishman", "ulsterman", "corkman", "kerryman", "queenslander", "tasmanian", "texan", "californian",
            "parisian", "berliner", "muscovite",
            // states, provinces and cities, as sports and regional pages write them ("the Victorian said")
            "victorian", "quebecer", "quebecker", "ontarian", "albertan", "manitoban", "nova scotian", "newfoundlander",
            "aucklander", "cantabrian", "capetonian", "torontonian", "montrealer", "vancouverite", "bostonian",
            "chicagoan", "floridian", "virginian", "oklahoman", "oregonian", "minnesotan", "ohioan", "kentuckian",
            "tennessean", "arizonan", "iowan", "kansan", "nebraskan", "pennsylvanian", "marylander", "mumbaikar",
            "keralite", "brummie", "edinburgher", "aberdonian",
            // the rest of the world's nationalities as nouns, as "the Serbian said" is the coach just named
            "andorran", "bahamian", "barbadian", "belizean", "beninese", "bhutanese", "botswanan", "bruneian",
            "burkinabe", "burmese", "burundian", "cambodian", "chadian", "comorian", "croatian", "djiboutian",
            "dominican", "eritrean", "gabonese", "gambian", "grenadian", "guinean", "guyanese", "kosovar", "laotian",
            "liberian", "luxembourger", "malagasy", "malawian", "maldivian", "mauritanian", "mauritian", "nicaraguan",
            "nigerien", "salvadoran", "serbian", "seychellois", "slovakian", "somali", "surinamese", "togolese",
            "turkmen"));

    /**
     * Common family names of languages that write them first ("Nguyen Thi Lan", "Kim Min-jun"):
     * before a given name they are part of the name, not a title.
     */
    static final Set<String> FAMILY_NAMES_FIRST = Set.copyOf(List.of(
            // Hungarian, when written in the Hungarian order ("Szabó Eszter"); not those that are also given names
            "Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Molnár", "Németh", "Farkas", "Balogh",
            "Papp", "Takács", "Juhász", "Lakatos", "Mészáros", "Oláh", "Rácz", "Fekete", "Szilágyi", "Török",
            "Fehér", "Balázs", "Szűcs", "Kocsis", "Fodor", "Szalai", "Sipos", "Lukács", "Gulyás", "Bíró", "Király",
            "Katona", "Boros", "Fazekas", "Kelemen", "Somogyi", "Orosz", "Vincze", "Hegedűs", "Deák", "Szőke",
            "Vörös", "Lengyel", "Bognár", "Bodnár", "Hajdu", "Halász", "Székely", "Kozma", "Pásztor", "Bakos",
            "Nguyen", "Tran", "Le", "Pham", "Hoang", "Huynh", "Phan", "Vu", "Vo", "Dang", "Bui", "Do", "Ho", "Ngo",
            "Duong", "Ly", "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun",
            "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Gao", "Luo", "Zheng", "Liang", "Xie", "Tang", "Feng", "Deng",
            "Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Shin", "Seo", "Kwon",
            "Hwang", "Ahn", "Song", "Yoo", "Hong", "Jeon", "Ko", "Moon", "Yang", "Son", "Bae", "Baek", "Heo", "Nam",
            "Tan", "Goh", "Ng", "Ong", "Teo", "Koh", "Chua", "Wong", "Chan", "Cheung", "Leung", "Lau", "Yeo", "Tay",
            "Quek", "Toh", "Sim", "Foo", "Chew", "Kwok", "Fong", "Chong", "Yap", "Soh", "Pang",
            // Japanese, as English-language papers in Japan write them: "Morikawa Ren"
            "Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Yamamoto", "Nakamura", "Kobayashi", "Kato",
            "Yoshida", "Yamada", "Sasaki", "Yamaguchi", "Matsumoto", "Inoue", "Kimura", "Hayashi", "Shimizu",
            "Yamazaki", "Ikeda", "Hashimoto", "Yamashita", "Ishikawa", "Nakajima", "Maeda", "Fujita", "Ogawa",
            "Goto", "Okada", "Hasegawa", "Murakami", "Kondo", "Ishii", "Saito", "Sakamoto", "Endo", "Aoki",
            "Fujii", "Nishimura", "Fukuda", "Miura", "Fujiwara", "Okamoto", "Matsuda", "Nakagawa", "Nakano",
            "Harada", "Tamura", "Takeuchi", "Kaneko", "Wada", "Nakayama", "Ishida", "Ueda", "Morita", "Shibata",
            "Sakai", "Kudo", "Yokoyama", "Miyazaki", "Miyamoto", "Uchida", "Takagi", "Ando", "Taniguchi",
            "Maruyama", "Imai", "Takada", "Fujimoto", "Takeda", "Murata", "Ueno", "Sugiyama", "Masuda",
            "Sugawara", "Hirano", "Kojima", "Otsuka", "Chiba", "Kubo", "Matsui", "Iwasaki", "Sakurai", "Kinoshita",
            "Noguchi", "Matsuo", "Nomura", "Kikuchi", "Onishi", "Sugimoto", "Hamada", "Ichikawa", "Furukawa",
            "Mizuno", "Komatsu", "Shimada", "Koyama", "Takano", "Yamauchi", "Nishida", "Nishikawa", "Igarashi",
            "Kitamura", "Yasuda", "Nakata", "Kawaguchi", "Hirata", "Kawasaki", "Iida", "Yoshikawa", "Kubota",
            "Sawada", "Tsuji", "Yoshimura", "Iwata", "Nakanishi", "Hattori", "Higuchi", "Fukushima", "Kawakami",
            "Nagai", "Matsuoka", "Taguchi", "Yamanaka", "Morimoto", "Tsuchiya", "Yano", "Hirose", "Akiyama",
            "Ishihara", "Matsushita", "Okubo", "Noda", "Ozawa", "Morikawa", "Nakahara", "Aoyama", "Kuroda"));

    /**
     * Initials that are two letters because the sound is one letter in the alphabet the name is
     * transliterated from: Mongolian and Russian "Ts. Bat-Erdene", "Kh. Battulga", "Yu. Petrov".
     * ("Ch" is left to the police rank "Ch Supt", and "Ya", "Ye" and "Yo" to dialogue: "“Ya. Go on,” she said".)
     */
    static final Set<String> DIGRAPH_INITIALS = Set.of("Ts", "Sh", "Kh", "Zh", "Yu");

    static final Set<String> PARTICLES = Set.copyOf(List.of(
            "de", "da", "di", "del", "der", "van", "von", "le", "la", "du", "bin", "al", "ibn", "dos",
            "das", "y", "ter", "ten", "te", "den", "della", "dei", "degli", "ap", "ab", "dela", "delos",
            "binti", "binte", "bte", "anak", "los", "las",
            // "daughter of" beside "bin", and the Hassaniya "son of" and "daughter of" written small
            // inside Mauritanian names: "Aisha bint Said al-Balushi", "Mohamed Lemine ould Sidi",
            // "Mariem mint Ahmed Salem" (later "Ould Sidi", "Mint Ahmed Salem")
            "bint", "ould", "mint",
            // the Kalenjin "son of", written small inside the name and capitalised only to open a
            // sentence: "Kipchumba arap Tanui" … "Arap Tanui, 61, said" … "arap Tanui said"
            "arap",
            // the "and" that joins two surnames, as "y" does in Spanish: the Catalan "Montserrat
            // Armengol i Pujol", the Portuguese "Maria Silva e Sousa"; English writes no word "i" or "e"
            "i", "e",
            // Faroese surnames named for a farm or a place: "Rógvi á Ryggi", "Sverri við Stein", "Jenis av Rana"
            "á", "í", "við", "av", "úr"));

    /**
     * "Daughter of" and "son of" written small after a Kyrgyz, Kazakh, Uzbek or Azerbaijani father's
     * name, which make the surname with it: "Aizada Bekmurat kyzy", "Timur Asanbek uulu", "Nodira
     * Karimova qizi", "Rashad Aliyev oglu". The first tells a woman, the second a man.
     */
    static final List<String> PATRONYMICS_AFTER = List.of("kyzy", "qyzy", "qizi", "kizi", "qızı", "uulu", "uly", "ogly",
            "oglu", "oğlu", "ugli", "o‘g‘li", "o'g'li",
            // and as a page's typesetting curls the straight mark, with a closing quote (U+2019)
            "o’g’li",
            // the official Uzbek Latin spelling writes the modifier letter ʻ (U+02BB), not a quote mark
            "oʻgʻli");

    /** How many of {@link #PATRONYMICS_AFTER}, from the first, are a daughter's. */
    private static final int WOMENS_PATRONYMICS = 5;

    /** Capitalised words of Amazigh and Arabic family names that open them: "Ait Lahcen", "El Idrissi", "Ould Abdallah". */
    private static final Set<String> SURNAME_OPENERS = Set.of("Ait", "Aït", "Ou", "Ould", "Mint", "El", "Ben", "Abu", "Abou",
            // Tuareg "son of": "Ibrahim Ag Alhassane"
            "Ag");

    /** Whether a word of a name opens the family name after it: a particle ("de", "van", "Le") or "Ait". */
    static boolean opensSurname(String word) {
        return PARTICLES.contains(word.toLowerCase(java.util.Locale.ROOT)) || SURNAME_OPENERS.contains(word);
    }

    /**
     * Endings of surnames in the form only women take: Lithuanian "Laurinaitė", "Kazlauskienė",
     * "Petrauskaitė", Czech and Slovak "Horáková", Polish "Kowalska", "Wierzbicka". (Not the
     * Russian -ova, which ends "Casanova" and "Córdova" too.)
     */
    private static final List<String> FEMININE_SURNAME_ENDINGS = List.of("aitė", "ytė", "iūtė", "utė", "ienė", "ová",
            "ska", "cka", "dzka");

    /** 'f' for a surname in a form only women take, 'm' for a "son of" after the name, else 0. */
    static char surnameGender(String surname) {
        int patronymic = PATRONYMICS_AFTER.indexOf(surname);
        if (patronymic >= 0) {
            return patronymic < WOMENS_PATRONYMICS ? 'f' : 'm';
        }
        for (String ending : FEMININE_SURNAME_ENDINGS) {
            if (surname.length() > ending.length() + 2 && surname.endsWith(ending)) {
                return 'f';
            }
        }
        return 0;
    }

    /** The small words inside a title that names its office: "Secretary of State for Health", "Speaker of the House". */
    static final Set<String> TITLE_LINKS = Set.of("of", "for", "the", "and");

    /** What a minister or a secretary is "of": not part of the name that follows. */
    static final Set<String> PORTFOLIOS = Set.of("Education", "Health", "Finance", "Defence", "Defense", "Justice",
            "Transport", "Agriculture", "Environment", "Housing", "Culture", "Sport", "Energy", "Trade", "Labour", "Labor",
            "Interior", "Tourism", "Communications", "Information", "Industry", "Commerce", "Works",
            // the first words of two-word portfolios: "Public Works", "Foreign Affairs", "Local Government"
            "Public", "Foreign", "Home", "Social", "Rural", "Local", "Higher", "Children", "Enterprise", "Heritage",
            "Science", "Technology", "Planning", "Fisheries", "Employment", "Welfare", "Veterans", "Youth",
            // a university's: "Dean of Libraries Patricia Lindell", "Director of Admissions …"
            "Libraries", "Admissions", "Students", "Athletics", "Research", "Studies", "Nursing", "Medicine",
            "Engineering", "Humanities", "Sciences", "Arts");
}
