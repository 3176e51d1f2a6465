package dev.chorus.extract;

import dev.chorus.model.Speaker;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the quotes of an article's paragraphs and who said each, and the people it names.
 * A speaker is only ever someone the text points at: a name, or a pronoun or role ("he", "the
 * actor") standing for the person most recently named as the one acting. When the text does
 * not say, the speaker is null.
 */
final class Attributor {
    private static final Pattern PRONOUN = Pattern.compile("(?<![\\p{L}’'])(he|she|they)(?![\\p{L}’'])",
            Pattern.CASE_INSENSITIVE);
    /** "The mayor [of the Calder Valley, ]" : what follows a role to the name it is the role of. */
    /** "The Seigneur of Sark, " just before a name: an office, with a capital, of a place or a body. */
    private static final Pattern OFFICE_OF_A_PLACE = Pattern.compile(
            "(?:^|[.!?,]\\s+)[Tt]he\\s+(\\p{Lu}\\p{Ll}+)\\s+of\\s+(?:the\\s+)?\\p{Lu}[^,;:.!?“”\"]{0,40},\\s*$");
    /** "The entrant, a 31-year-old " opening a sentence: someone unnamed, by what they did and their age. */
    private static final Pattern UNNAMED_BY_AGE = Pattern.compile(
            "(?:^|[.!?]\\s+)[Tt]he\\s+(\\p{Ll}[\\p{Ll}\\-]+),\\s+an?\\s+\\d{1,3}-year-old\\b");
    /** A woman's or a man's pronoun as subject, capitalised or not: "She", "he". */
    private static final Pattern SHE_AS_SUBJECT = Pattern.compile("\\b[Ss]he\\b");
    private static final Pattern HE_AS_SUBJECT = Pattern.compile("\\b[Hh]e\\b");
    /** A woman's or a man's pronoun as object or owner: "her", "him", "his". */
    private static final Pattern HER_AS_OBJECT = Pattern.compile("\\b(?:her)\\b");
    private static final Pattern HIM_AS_OBJECT = Pattern.compile("\\b(?:him|his)\\b");
    /** Any lower-case pronoun of a woman or of a man: "she", "her"; "he", "him", "his". */
    private static final Pattern ANY_SHE = Pattern.compile("\\b(?:she|her)\\b");
    private static final Pattern ANY_HE = Pattern.compile("\\b(?:he|him|his)\\b");
    /** "she said.", "he added," after a pronoun: it says what it reports. */
    private static final Pattern SAID_AFTER = Pattern.compile("\\p{L}+\\s+(?:said|says|added|told)\\b");
    /** ", a ", ", an ", ", the ": an apposition opening after a name. */
    private static final Pattern APPOSITION_OPENS = Pattern.compile(",\\s(?:an?|the)\\s");
    private static final Pattern ROLE_OF_TAIL = Pattern.compile("\\s+(?:of|for|at|in)\\s+[^,;:.!?“”\"]{1,60},\\s*$");
    /** ", his son", ", the coach’s son", ", the late mayor's widow" after a name: who the person is kin to. */
    private static final Pattern KIN_AFTER = Pattern.compile("(?i),\\s+(?:her|his|their|the\\s+(?:[\\p{L}\\-]+\\s+){0,2}?[\\p{L}\\-]+[’']s)\\s+(?:late\\s+)?("
            + String.join("|", Vocabulary.KIN) + ")(?![\\p{L}\\-])");
    /** "the older brother", "the younger sister": one of siblings the text named, told apart by age. */
    private static final Pattern SIBLING_BY_AGE = Pattern.compile(
            "(?i)the\\s+(?:older|elder|younger|eldest|oldest|youngest)\\s+(?:brother|sister|sibling)");
    /** "your dad", "your sister": in an interviewer's question, the relative of the one interviewed. */
    private static final Pattern YOUR_KIN = Pattern.compile("\\b[Yy]our\\s+(" + String.join("|", Vocabulary.KIN) + ")(?![\\p{L}\\-])");
    /** "that Sonora calls ", "that the residents call ": a relative clause naming its object, just before a quote. */
    private static final Pattern THAT_CALLS = Pattern.compile("\\bthat\\s+(?:[\\p{L}\\-]+\\s+){1,3}?calls?\\s*$");
    /** "’s own father, the veteran cinematographer " just before a name. */
    private static final Pattern KIN_BEFORE = Pattern.compile("(?i)(?:[’']s|\\bher|\\bhis|\\btheir)\\s+(?:own\\s+|late\\s+)?("
            + String.join("|", Vocabulary.KIN) + "),\\s+(?:the\\s+)?(?:[\\p{L}\\-]+\\s+){0,3}$");
    /** "His daughter, " or "Her late husband " opening a sentence, just before the relative's name. */
    private static final Pattern OWNER_OF_KIN = Pattern.compile("(His|Her)\\s+(?:(?:own|late|eldest|elder|older|younger|youngest)\\s+)?("
            + String.join("|", Vocabulary.KIN) + "),?\\s+$");
    /** "chief executive " just before a name. */
    private static final Pattern CHIEF_EXECUTIVE_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])chief\\s+executive\\s+$");
    /** What follows "said" when it reports speech in a sentence of its own: "said the fare cap…". */
    private static final Pattern REPORTED_CLAUSE = Pattern.compile(
            "\\s+(?:(?:only|also|later|then|simply|again)\\s+)?(?:that|the|a|an|he|she|it|they|we|there|his|her|their|its|this|these|those)\\s+\\p{L}");
    /** " TOI that", " the court that", " reporters on Monday that": the one told, then a reported clause. */
    private static final Pattern TOLD_THAT = Pattern.compile("\\s+(?:[\\p{L}’'.\\-]+\\s+){1,4}?that\\s+\\p{L}");
    /**
     * "the fund's chairperson and a former head of drama at the public broadcaster": what joins
     * a second role of the same person, or a body the role belongs to.
     */
    private static final Pattern AND_ALSO = Pattern.compile("[^,.;:!?“”\"]{0,60}?\\s(?:and|at|of|for|with|in|on|from)\\s+");
    /** "Rosa Delgado, president of the Animation Guild Local 912,": a name, then an aside closed by a comma. */
    private static final Pattern NAME_THEN_ASIDE = Pattern.compile("(\\p{Lu}[^,“”\"]{1,60}),\\s[^“”\"]{1,160},");
    /** "the crowd", "some in the audience", "the hall answered": many people speaking at once. */
    private static final Pattern CROWD = Pattern.compile(
            "(?i)(?:the|some in the|many in the|one voice in the)\\s+(?:crowd|audience|room|hall|fans|protesters|protestors|gallery|congregation|spectators|marchers|strikers)");
    /** "His post", "her email, sent on Monday,": written words that speak for their writer. */
    private static final Pattern WRITING = Pattern.compile("(?i)\\b(his|her|their)\\s+(?:own\\s+|latest\\s+|first\\s+|last\\s+|final\\s+)?"
            + "(?:post|posts|email|e-mail|letter|message|tweet|note|text|caption|reply|column|blog|statement)"
            + "(?:,[^,.;:!?“”\"]{1,80},)?\\s*$");
    /** "Gilliland’s statement", "Ms Adeyemi's letter": the same, its writer named. */
    private static final Pattern NAMED_WRITING = Pattern.compile("(?<![\\p{L}’'])((?:\\p{Lu}[\\p{L}\\-]+\\s+){0,2}\\p{Lu}[\\p{L}\\-]+)[’']s\\s+"
            + "(?:own\\s+|latest\\s+|first\\s+|last\\s+|final\\s+)?"
            + "(?:post|posts|email|e-mail|letter|memo|message|tweet|note|caption|reply|column|blog|statement)"
            + "(?:,[^,.;:!?“”\"]{1,80},|,\\s+which)?\\s*$");
    /** "said Whitlock had voted": the name is the subject of the reported clause, not the one saying. */
    private static final Pattern REPORTED_VERB = Pattern.compile(
            "\\s+(?:had|has|have|was|were|is|are|would|will|could|should|might|must|did|does|wanted|planned|knew)\\b");
    /**
     * Words just before a quote that make it a title, a sign or a song, not anyone's speech:
     * "a paper titled “…”", "under the title “…”", "a sign that read “…”", "signs reading
     * “…”", "the slogan “…”", "the study, “…”", "belting out “…”", and names things are given:
     * "a hinge the company calls “Origami”", "so-called “ghost trains”", "dubbed “the Tank”".
     */
    private static final Pattern NOT_SAID_BEFORE = Pattern.compile("(?i)(?:\\b(?:titled|entitled|headlined|headed|"
            + "under the title|read|reads|reading|slogan|motto|tagline|strapline|such as|banner|placard|poster|serenaded \\p{L}+ with|belting out|"
            + "singing|sang|dubbed|branded|marketed as|known as|so-called|nicknamed|the term|"
            // "known locally as", "code-named", "taken to calling", "sometimes called", "that staff call"
            + "known (?:[\\p{Ll}]+\\s+){1,3}?as|code-?named|codenamed|(?:taken|come|came|like|likes) to call(?:ing)?|"
            + "(?:sometimes|often|commonly|widely|also|affectionately|informally|loosely|internally) (?:called|described as|known as)|"
            // "for what was described as a “voice bank”": a name given by nobody the sentence names
            + "what (?:is|was|are|were|has been|had been|have been|is being|was being) (?:described as|called|termed|billed as)|"
            + "(?:staff|locals|residents|fans|regulars|insiders|workers|villagers|colleagues|critics|traders|"
            + "pupils|students|teachers|parents|neighbours|neighbors|"
            // "a pattern researchers call “prosodic flattening”": the name a field gives a thing
            + "researchers|scientists|linguists|economists|engineers|doctors|clinicians|experts|analysts|historians"
            + ") (?:now |often |still |sometimes )?call|"
            // "a garden waste charge that opponents called the “bin tax”": the name a side gave a thing,
            // in a clause about it; not "Critics called the plan “reckless”", a verdict said
            + "(?:that|which) (?:its |the )?(?:opponents|critics|campaigners|residents|locals|fans|supporters|detractors|sceptics|skeptics|"
            + "protesters|protestors|unions|staff|workers|parents|neighbours|neighbors|commuters|drivers|players|pupils|students) "
            + "(?:had |have |quickly |soon |later )?(?:called|dubbed|branded|nicknamed)|"
            + "counts? as|counted as|classed as|classified as|defined as|referred to as|designated as|listed as|"
            // "had settled on the idea of a “human in the loop”", "a bill that would be called the “…
            // Act”": a notion or a name, not words said
            + "(?:idea|notion|concept) of|(?:be|been|being) (?:[\\p{Ll}]+ly\\s+)?called|"
            + "(?:it|they|we|the [\\p{L}\\-]+) calls?|"
            // not "called the wording “misleading”", a verdict on it
            + "(?<!called )the (?:phrase|word|words|wording|expression|label|hashtag|catchphrase|buzzword|motto|line|message|headline|inscription|subject line|"
            // "under the heading “How this play was made”": words printed over a section
            + "heading|subheading)|"
            // "stop using the informal industry term “digital extras”": a name for a thing, described
            + "the (?:[\\p{Ll}\\-]+\\s+){1,2}?(?:term|phrase|expression|label|buzzword|catchphrase|euphemism)|"
            + "captioned|billed (?:[\\p{Ll}]+\\s+){0,2}?as|labell?ed|"
            // "a risk form on which the box marked “high risk” was ticked": words printed on a thing
            + "(?:the|a|an) (?:[\\p{Ll}\\-]+\\s+){0,2}?[\\p{Ll}\\-]+ marked|"
            // the reporter's gloss of a word, and a word glossed: "raised its warning to orange, meaning
            // “dangerous storm winds”", "a word for “bread” that came out…"
            + "(?<=, )meaning|(?:a|the) word for|"
            // "known as “Tui Rarama”, which family members said loosely means “chief of the light”": a
            // translation, not what the family said; not "said the win means “everything”", a verdict
            + "(?:loosely|roughly|literally|simply) (?:means|meant)|translated as|"
            // what is typed into a search box or a generator, not said: "lets anybody type “…”"
            + "type|types|typed|typing|search(?:es|ed|ing)? for|"
            // "what they term “synthetic imagery”", "a practice termed “…”"
            // "which some producers call “digital resurrection”": a name in use, in the present; not
            // "which he calls “three times too many”", one person's judgement
            + "(?:what (?!(?:he|she|I|we)\\s)|which (?!(?:he|she|I|we)\\s)(?-i:(?![A-Z])))(?:[\\p{L}\\-’']+\\s+){1,3}?(?:calls?|terms?)|termed|"
            // "what the studio is calling “synthetic imagery”", "which Threadline is calling “Designer
            // Shield”": a name being given
            + "(?:what|which) (?:[\\p{L}\\-]+\\s+){1,3}?(?:is|are) calling|"
            + "(?:a|an|the)\\s+(?-i:(?:[\\p{Ll}\\-]+\\s+){0,2}\\p{Ll}+) called)"
            // "Her second feature, “Los que silban”, shot this spring", "its latest release, “Ironvale:
            // Ashfall,” sold fewer copies": a work named in apposition
            + "|\\b(?:paper|study|report|book|album|film|song|memo|novel|documentary|category|feature|series|poem|game|release),)"
            + "(?:\\s+(?:the|a|an|its|their))?\\s*[:,]?\\s*$");
    /**
     * The last word of every phrase {@link #NOT_SAID_BEFORE} knows: a phrase added there must end
     * in one of these, or its rule's test fails. Most quotes follow none of them, and the pattern,
     * tried at every word of the sixty characters before each quote, was 3% of a build's CPU.
     */
    private static final Set<String> NOT_SAID_LAST = Set.of("titled", "entitled", "headlined", "headed", "title", "read",
            "reads", "reading", "slogan", "motto", "tagline", "strapline", "as", "banner", "placard", "poster", "with",
            "out", "singing", "sang", "dubbed", "branded", "called", "nicknamed", "term", "named",
            "codenamed", "call", "calls", "calling", "terms", "termed", "phrase", "word", "words", "wording", "expression", "label", "hashtag",
            "catchphrase", "buzzword", "euphemism", "line", "message", "headline", "heading", "subheading", "inscription", "captioned", "labelled", "labeled", "marked",
            "type", "types", "typed", "typing", "for", "paper", "study", "report", "book", "album", "film", "song", "memo",
            "novel", "documentary", "category", "meaning", "feature", "series", "poem", "game", "release",
            "means", "meant", "of");
    /**
     * "People call us “…”", "Local children call the school “…”": the name many people give a
     * thing or a place, with the thing named between the verb and the quote; not speech.
     */
    private static final Pattern CALLED_BY_MANY = Pattern.compile("(?i)\\b(?:people|children|kids|locals|everyone|everybody|"
            + "villagers|residents|islanders|pupils|students|fans|neighbours|neighbors|teammates|team-mates|colleagues|friends|"
            + "classmates|supporters)\\s+(?:now\\s+|often\\s+|still\\s+|sometimes\\s+|"
            + "affectionately\\s+)?call(?:s|ed)?\\s+(?:us|it|him|her|them|me|you|(?:the|our|their|its|his|her|this|that)\\s+[\\p{L}\\-]+)\\s*$");
    /** Those who speak for others, whom a story rarely names later: not the person a lede is about. */
    private static final Set<String> SPEAKS_FOR_OTHERS = Set.of("spokesman", "spokeswoman", "spokesperson", "source",
            "official", "insider", "aide", "diplomat");
    /** Things words are written on or as, rather than said. */
    private static final String WRITTEN_UP = "motto|slogan|tagline|strapline|inscription|sign|banner|placard|poster|caption";
    /**
     * "The studio’s motto, painted on the wall above the reception desk, is “…”", "a banner that
     * said “…”": words written up that the sentence says are, or read, what follows, past an
     * aside too long for {@link #NOT_SAID_BEFORE} to reach.
     */
    private static final Pattern WRITTEN_UP_IS = Pattern.compile("(?i)\\b(?:" + WRITTEN_UP + "|headline)(?:,[^,.;:!?“”\"]{1,100},|\\s+(?:that|which)"
            // "A hand-lettered sign taped to the front window reads simply: “…”"
            + "|\\s+(?:taped|painted|pinned|hung|hanging|posted|stuck|fixed|written|nailed|scrawled|chalked)\\b[^,.;:!?“”\"]{0,60})?"
            + "\\s+(?:is|was|reads|read|said|says)(?:\\s+simply)?\\s*[:,]?\\s*$"
            // "The title of a talk I gave at SIGGRAPH was “…”": what a work is called
            + "|\\btitle\\s+of\\s+[^,.;:!?“”\"]{1,60}\\s+(?:is|was)\\s*[:,]?\\s*$");
    /** "the banner that hangs above the stage: “…”": words written up, shown after a colon. */
    private static final Pattern WRITTEN_UP_THAT = Pattern.compile("(?i)\\b(?:" + WRITTEN_UP + ")\\s+(?:that|which)"
            + "\\s+[^,.;:!?“”\"]{1,80}:\\s*$");
    /**
     * "what he called a “welcome team”": a thing named, its article outside the quote; see
     * {@link #thingNamedAndDescribed}.
     */
    private static final Pattern WHAT_CALLED_A = Pattern.compile("(?i)\\bwhat (?:[\\p{L}\\-]+\\s+){1,3}?called\\s+an?\\s*$");
    /** "the developers referred to the results as “…”": what something is called, not speech. */
    private static final Pattern REFERRED_TO_AS = Pattern.compile(
            "(?i)\\brefer(?:s|red|ring)?\\s+to\\s+(?:[\\p{L}\\-’']+\\s+){1,4}?as(?:\\s+(?:the|a|an))?\\s*[:,]?\\s*$");
    /**
     * "still calls the company ", "still call him ", "has taken to calling his forward line ": a
     * name used for a long time, or become a habit, just before it.
     */
    private static final Pattern STILL_CALLS = Pattern.compile("\\b(?:still\\s+call(?:s|ed)?|(?:taken|took|takes)\\s+to\\s+calling)\\s+"
            + "(?:it|him|her|them|(?:the|his|her|their|its)\\s+(?:[\\p{L}\\-’']+\\s+)?[\\p{L}\\-’']+)\\s*$");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    /** Roles a party tag after a name gives ("Sen. Jeanne Shaheen, D-N.H.,"). */
    private static final Set<String> PARTY_EPITHETS = Set.of("democrat", "republican", "independent");
    /** "of the", "from the", "at the" between a name and where the person works. */
    private static final Set<String> AFFILIATION = Set.of("of", "from", "at");
    /** Words after which a pronoun opens a clause of its own: "and he called it…". */
    private static final Set<String> CLAUSE_OPENERS = Set.of("and", "but", "or", "so", "then", "yet", "as", "when",
            "after", "because", "since", "if", "while", "before", "although", "though", "once", "until", "where");
    private static final Set<String> SIBLING_WORDS = Set.of("elder", "older", "younger");
    /** "the younger Mr. Villarreal", "the elder Stainton": the word, just before the name or its title. */
    private static final Pattern SIBLING_BEFORE = Pattern.compile(
            "(?i)(?<![\\p{L}])(elder|older|younger)\\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\\.?\\s+)?$");
    /** "McLeod senior", "Okafor junior": father or son, in lower case after the surname. */
    private static final Pattern GENERATION_AFTER = Pattern.compile("\\s+(senior|junior)(?![\\p{L}-])");
    /** "said he had", "told reporters she would": a name's own verb of saying, then a pronoun for them. */
    /** "she said", "he added" after a quote: a pronoun speaking. */
    private static final Pattern OTHER_PRONOUN_SPEAKS = Pattern.compile(
            "[”\"]\\s*(he|she)\\s+(?:said|says|added|adds|recalled|recalls)(?![\\p{L}’'])");
    private static final Pattern SAID_OF_SELF = Pattern.compile(
            "\\s+(?:said|says|added|insisted|explained|admitted|argued|warned|told\\s+(?!him|her|them|me|us)\\p{Ll}+)\\s+(?:that\\s+)?(he|she)(?![\\p{L}’'])");
    /**
     * " in Ngcobo, who phoned a call-in show and gave no name, said she": after someone unnamed,
     * where they are and an aside, then a speech verb and their own pronoun.
     */
    private static final Pattern UNNAMED_SAID_OF_SELF = Pattern.compile(
            // "a young woman near the front, who said she was an actor"
            "[^,.;:!?“”\"]{0,40}?(?:,[^.;:!?“”\"]{1,160}?,|,\\s+who)?" + SAID_OF_SELF.pattern()
                    // "A retired nurse … said her husband had died": her own, as "said she" is
                    .replace("(he|she)", "(he|she|his|her)"));
    private static final Pattern OBJECT_PRONOUN = Pattern.compile("(?<![\\p{L}’'])(him|her)(?![\\p{L}’'])");
    /** ", 71," after a name, or, in Irish and British court reports, " (52)": the person's age. */
    private static final Pattern AGE_AFTER = Pattern.compile(",\\s*(\\d{1,3})\\s*[,.;]| \\((\\d{1,3})\\)");
    private static final Set<String> RELATIVES = Set.of("who", "which", "whose", "whom", "where");
    private static final Set<String> SAYING = Set.of("said", "says", "added", "warned", "told", "stated", "insisted",
            "claimed", "argued", "noted", "confirmed", "wrote", "explained", "admitted", "acknowledged", "conceded");
    /** Verbs of a verdict given in the speaker's words: "called the schedule “a guessing game”". */
    private static final Set<String> JUDGING = Set.of("called", "described");
    /** " the schedule ", " the timing as ", " it ": what the verdict is given on, just before the quote; not "called police after hearing". */
    private static final Pattern VERDICT_OBJECT = Pattern.compile("\\s+(?:it|them|him|her|this|that|(?:the|a|an|this|that|these|"
            + "those|his|her|their|its|[\\p{L}\\-]+[’']s)(?:\\s+[\\p{L}’'\\-]+){1,2})(?:\\s+as)?\\s*");
    /** Who speaks for a body or stays unnamed: "the company", "the council", "one of those people". */
    private static final Pattern BODY_SUBJECT = Pattern.compile("(?i)\\b(?:the|its|a|an|her|his|their|one of (?:those|the)|(?-i:\\p{Lu})[\\p{L}\\-]+[’']s)\\s+"
            + "(?:[\\p{L}\\-’']+\\s+){0,2}?(?:company|council|board|union|ministry|department|government|agency|"
            + "commission|firm|group|club|school|university|hospital|trust|authority|police|force|statement|"
            + "spokesperson|spokesman|spokeswoman|people|person|source|sources|filing|report|regulator|operator|office|"
            + "consortium|coalition|campaign|team|studio|studios|streamer|network|broadcaster|label|publisher|platform|festival|"
            + "academy|guild|association|court|bank|airline|charity|institute|institution|foundation|federation|society|"
            + "committee|museum|gallery|organisers|organizers|companies|firms|unions|councils|groups|agencies|"
            + "organisations|organizations|networks|broadcasters|streamers|publishers|platforms|airlines|banks|charities)\\b");
    /** "The publisher that approached Reyna ": a body opening the sentence, told apart by a clause (group 1). */
    private static final Pattern BODY_THAT_DID = Pattern.compile(
            "\\s*((?:The|the|A|An)\\s+(?:[\\p{L}\\-’']+\\s+){0,2}?\\p{Ll}+)\\s+(?:that|which)\\s+[^,;:.!?“”\"]{1,80}?\\s*");
    /** "what the club " just before a verb: the body is the verb's subject. */
    private static final Pattern WHAT_A_BODY = Pattern.compile("\\bwhat\\s+(" + BODY_SUBJECT.pattern() + ")\\s+(?:\\p{Ll}+ly\\s+)?$");
    /** A sentence whose subject is a body that speaks: ". The studio later said". */
    private static final Pattern BODY_SPEAKS = Pattern.compile("(?:^|[.!?]\\s+)" + BODY_SUBJECT.pattern()
            + "\\s+(?:\\p{Ll}+\\s+)?(?:said|says|told|added|argued|insisted|stated|announced|confirmed)\\b");
    /** "R-Kan", "D-Calif": a US lawmaker's party and state, not a name. */
    private static final Pattern PARTY_STATE = Pattern.compile("[RDI]-\\p{Lu}\\p{L}{0,8}");
    /** "She is survived by", "He was survived by": an obituary's subject, by a pronoun opening a sentence. */
    /** "In her last years", "until his death": the end of a life, in an obituary its subject's. */
    private static final Pattern LATE_LIFE = Pattern.compile("(?i)\\b(?:in|during|over|throughout|until|before)\\s+(her|his)\\s+"
            + "(?:(?:last|final|later)\\s+(?:years?|months|weeks|days|decade)|death)\\b");
    /** What {@link #LATE_LIFE} needs in its text, looked for before the pattern is tried. */
    private static final List<String> LATE_LIFE_WORDS = List.of("er last ", "is last ", "er final ", "is final ",
            "er later ", "is later ", "er death", "is death");
    private static final Pattern SURVIVED_BY = Pattern.compile("(?:^|(?<=[.!?]\\s))(She|He)\\s+(?:is|was)\\s+survived\\s+by\\b");
    /** A capitalised word ending a phrase, but for a comma: "…only as Ibrahim,". */
    private static final Pattern LAST_WORD = Pattern.compile("(\\p{Lu}[\\p{L}’'\\-]*)\\s*,?\\s*$");
    /** ", but Hammack said", " while she", " when Mordaunt shouted": a clause joined to the sentence after a quote. */
    private static final Pattern NEXT_CLAUSE = Pattern.compile(
            ",?\\s+(?:but|and|while|whereas|whilst|although|though|yet|when|because|until|after|before)\\s");
    /** ", D-N.H.", " (R-Mo.)": a US lawmaker's party (group 1) and state after the name. */
    private static final Pattern PARTY_TAG = Pattern.compile(",?\\s*\\(?([RDI])-\\p{Lu}");
    /** What may follow a name before its verb: an age, a US party and state ("R-Kan."), or a rank's letters ("(SAN)"). */
    private static final Pattern APPOSITION_TAIL = Pattern.compile(
            ",\\s*(?:\\d{1,3}|[RDI]-[A-Z][\\p{L}.]{0,8})\\s*,?|\\s*\\(\\p{Lu}{2,5}\\)\\s*,?");
    /** "for health", "of the union", "for Bradfield" after a role: what the role is of. */
    private static final Pattern OF_WHAT_TAIL = Pattern.compile("(?:of|for)\\s+[^,;:.!?“”\"]{1,40}");
    /** " for Mr ", " of " between a role and the name it is of: "the lawyer for Mr Smith". */
    private static final Pattern ROLE_OBJECT = Pattern.compile("\\s+(?:of|for)\\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\\.?\\s+)?");
    /** "a lawyer for Mrs ", "the family of ": someone of many, or many, before the name they are of. */
    private static final Pattern SOMEONE_OF = Pattern.compile(
            "\\s*(?:[Aa]n?\\s+(?:\\p{Ll}[\\p{Ll}’'\\-]*\\s+){0,2}?\\p{Ll}[\\p{Ll}\\-]*|[Tt]he\\s+(?:family|relatives|friends"
            + "|parents|children|lawyers|solicitors|representatives|supporters))" + ROLE_OBJECT.pattern());
    /** Nothing, or " of the hunk", " close to the family": whom someone unnamed is of. */
    private static final Pattern UNNAMED_OF_TAIL = Pattern.compile("(?:\\s+(?:of|for|close to)\\s+[^,;:.!?“”\"]{1,40})?\\s*");
    /** " of the University of Leeds", ", from Oxfam," after a name: where the person is from. */
    private static final Pattern AFFILIATION_TAIL = Pattern.compile(",?\\s*(?:of|from|at)\\s+[^,;:.!?“”\"]{1,60},?");
    /**
     * ", Lanternfish's head of product,", ", the festival's director,", ", 34, a welder from
     * Otara," after a name: its role in apposition, perhaps after an age.
     */
    private static final Pattern ROLE_APPOSITION = Pattern.compile("(?:,\\s*\\d{1,3})?,\\s*(?:the|a|an|his|her|their|its|our|"
            + "\\p{Lu}[\\p{L}\\-]*(?:\\s+\\p{Lu}[\\p{L}\\-]*){0,3}[’']s)\\s+[^,;:.!?“”\"]{1,80},?\\s*");
    /** ", who still lives in Chatham, Kent," ending the words before a verb: an aside on the name before it. */
    private static final Pattern WHO_CLAUSE_TAIL = Pattern.compile(",\\s*who\\s+[^.;:!?“”\"]{1,160},$");
    /** ", who asked:" — the relative pronoun stands for the name just before it. */
    private static final Pattern WHO_TAIL = Pattern.compile(",\\s*who\\s*$");
    /** ", a former printer": a description in small letters renaming the name just before it. */
    private static final Pattern DESCRIBED_TAIL = Pattern.compile(",\\s+(?:a|an)\\s+(?:\\p{Ll}[\\p{Ll}\\-]*\\s+){0,3}\\p{Ll}[\\p{Ll}\\-]*\\s*$");
    /**
     * "coach Darren Pikelet, who she said had told the players to", "a rival coach who had
     * called", "a former printer who still describes": who, then what the writer or a speaker
     * puts between it and the verb.
     */
    private static final Pattern WHO_HAD_TAIL = Pattern.compile("(,)?\\s*who\\s+(?:(?:she|he|they)\\s+(?:said|says)\\s+)?"
            + "(?:(?:had|has|have|once|also|previously|earlier|reportedly|still|now|often|always)\\s+){0,2}$");
    /** " new play", " debut novel": a work after its maker's name, which gives the maker's role. */
    /** "Leading the witness, ", "Thanking the chairman, ": a role that is the object of a participle. */
    private static final Pattern OBJECT_OF_PARTICIPLE = Pattern.compile(
            "(?<![\\p{L}])\\p{L}+ing\\s+(?:the|a|an|his|her|their)\\s+(?:[\\p{L}’'\\-]+\\s+){0,3}?[\\p{L}\\-]+,\\s*$");
    /** " is the son of", ", the youngest daughter of": what the name before is to someone named after. */
    private static final Pattern CHILD_OF_AFTER = Pattern.compile(
            "(?:,\\s+|\\s+(?:is|was)\\s+)(?:the\\s+|a\\s+)?(?:\\p{Ll}+\\s+)?(son|daughter)\\s+of\\s+\\p{Lu}");
    private static final Pattern OWNED_WORK = Pattern.compile("(?i)\\s+(?:(?:new|latest|last|first|second|third|debut|"
            + "final|acclaimed|award-winning)\\s+)?(play|novel|memoir|opera|poem|symphony)(?![\\p{L}-])");
    /** Who makes each kind of work: only works whose maker is the one person it names. */
    private static final Map<String, String> MAKER_OF = Map.of("play", "playwright", "novel", "novelist", "memoir", "author",
            "opera", "composer", "poem", "poet", "symphony", "composer");
    /**
     * The role a verb makes of the one named after "by": "a drama directed by Lara Khoury" makes
     * her "the director", "produced by" "the producer"; the article's own verb, not a list of
     * what each trade does. Null when no known role is formed from the verb.
     */
    static String agentOfPassive(String p, int nameStart) {
        if (!"by".equals(NameScanner.wordBefore(p, nameStart, Math.max(0, nameStart - 4)))) {
            return null;
        }
        int by = nameStart;
        while (by > 0 && Character.isWhitespace(p.charAt(by - 1))) {
            by--;
        }
        by -= 2;
        if (by < 0 || !p.regionMatches(true, by, "by", 0, 2)) {
            return null;
        }
        String verb = NameScanner.wordBefore(p, by, Math.max(0, by - 24));
        String maker = MAKER_OF.get(verb.toLowerCase(Locale.ROOT));
        if (maker != null) {
            // "a 2008 novel by Ruth Pēwhairangi" makes her "the novelist", as "Ruth's novel" does
            return maker;
        }
        if (verb.length() < 5 || !verb.endsWith("ed")) {
            return null;
        }
        String stem = verb.substring(0, verb.length() - 2);
        // "direct-or", "paint-er", and "produce-r" from "produced"
        for (String role : List.of(stem + "or", stem + "er", verb.substring(0, verb.length() - 1) + "r")) {
            if (Vocabulary.ROLE_NOUNS.contains(role)) {
                return role;
            }
        }
        return null;
    }

    /** Whether {@code at} lies inside one of the quotes of the paragraph. */
    private static boolean withinQuote(List<QuoteSpans.Span> quoted, String p, int at) {
        for (QuoteSpans.Span span : quoted) {
            if (at > span.open() && at < span.end(p)) {
                return true;
            }
        }
        return false;
    }

    /** ", which", " which": a relative clause whose antecedent may be a document. */
    /** ", a nurse from", ", an engineer": a person described on being named. */
    private static final Pattern INTRODUCED_BY_APPOSITION = Pattern.compile(",\\s+(?:a|an)\\s+\\p{Ll}");
    /** Who acts when a sentence opens with them. */
    private static final Set<String> PRONOUNS_THAT_ACT = Set.of("he", "she", "they", "i", "we", "you");
    /** The first word of a role in apposition: ", president of", ", the club's treasurer,". */
    private static final Pattern ROLE_WORD_AFTER = Pattern.compile(
            ",\\s+(?:(?:the|a|an)\\s+)?(?:[\\p{L}\\-]+[’']s\\s+)?(\\p{Ll}[\\p{L}\\-]*)");
    private static final Pattern WHICH_TAIL = Pattern.compile(",?\\s+which\\s*$");
    /** What is written rather than said, and says things of its own: "a statement…, which says". */
    private static final Pattern DOCUMENT_NOUN = Pattern.compile("(?i)(?<![\\p{L}])(?:statement|letter|report|policy|permit|"
            + "clause|contract|notice|document|guidance|guidelines|rules|charter|manifesto|motion|resolution|petition|citation)(?![\\p{L}])");
    /** "said Dr Lucía Arbeláez of the Andean Biodiversity Institute": the name ends before these. */
    private static final Pattern AFTER_NAME = Pattern.compile(
            "\\s(?:of|from|at|for|in|with|who|whose|which|after|before|as|when|while|following|during|on|to|"
            + "outside|earlier|later|last|this|yesterday|today)\\s");
    /**
     * "has", "later", "was quoted as" (a paper's words, "he was quoted as saying", "was quoted by
     * the Tonga Herald as saying"): between a speaker and the verb.
     */
    /**
     * "quietly", "later": an adverb before the verb, in lower case, and not one of the nouns that
     * end the same way ("“…,” his family said", "“…,” Sister Emily said").
     */
    private static final String ADVERB_IN_LY = "(?!(?:family|assembly|supply|reply|ally|rally|jelly|belly|bully|folly|holly|"
            + "lily|anomaly|monopoly|homily|butterfly|firefly|dragonfly|fly)(?!\\p{L}))\\p{Ll}+ly";
    private static final Pattern TRAILING_AUX = Pattern.compile(
            "(?:\\s+(?:has|had|have|also|later|then|once|would|will|simply|" + ADVERB_IN_LY + "|(?:was|were|is|are|been)\\s+quoted"
            + "(?:\\s+by\\s+[^,.;:!?“”\"]{1,60}?)?\\s+as))+\\s*$");
    /**
     * How far back from the verb {@link #TRAILING_AUX} looks. Unbounded, a long run of such words
     * costs quadratic time and overflows the regex engine's stack.
     */
    private static final int AUX_WINDOW = 200;
    /**
     * A speech verb ending the words before a quote ("he told us:"); not one that is a noun after
     * "the" or a possessive ("Prosecutors displayed one of the replies on screen:" — the words
     * after are the replies, not the prosecutors' own). "She had a saying, “…”" still introduces
     * her words.
     */
    private static final Pattern BEFORE_TAIL = Pattern.compile(
            "(?<![\\p{L}’'\\-])(?<!\\b(?:the|his|her|their|its|my|our|your)\\s)(?:" + Vocabulary.SPEECH_VERBS + ")(?:\\s+[\\p{L}’'\\-]+){0,4}\\s*[:,—–]\\s*$", Pattern.CASE_INSENSITIVE);
    /**
     * "Her answer was, ", "Hamid’s rule from day one was, ", "His reply:", "His response to the offer? ":
     * the words after are the owner's.
     */
    private static final Pattern OWN_WORDS_WERE = Pattern.compile("(?<![\\p{L}’'])(?<owner>[Hh]is|[Hh]er|[Tt]heir|"
            + "\\p{Lu}[\\p{L}\\-]+(?:\\s+\\p{Lu}[\\p{L}\\-]+)?[’']s)\\s+(?:[\\p{Ll}\\-]+\\s+){0,2}?"
            + "(?:answer|reply|response|retort|rule|advice|verdict|reaction|warning|instructions?|explanation|promise|plea|"
            + "assessment|conclusion|argument|last words|first words|parting words)"
            + "(?:\\s+[^,.;:!?“”\"]{1,40}?)?(?:\\s+(?:was|is|were|are)\\s*[,:]?|\\s*[:?])\\s*$");
    /** "Ms. ", "Dr. ": a title's point, which is no sentence's end, before the name after "according to". */
    private static final String TITLE_POINT = "(?:(?:Mr|Mrs|Ms|Dr|Prof|Rev|Sen|Rep|Gov|Capt|Sgt|Lt|Col|Gen)\\.\\s+)?";
    /** "Says Grace Obi, who chairs the parents' group: “…”": a sentence opening with its speech verb. */
    private static final Pattern INVERTED_OPENING = Pattern.compile(
            "(?:" + String.join("|", Vocabulary.SPEECH_VERBS_OPENING) + ")\\s+(?<who>[^:]{1,200}):\\s*");
    /** "in the words of principal Peter Aliqatuqtuq": said as "according to" is. */
    private static final String ACCORDING = "(?:according to|in the words of)";
    private static final Pattern ACCORDING_TO_OPENING = Pattern.compile(
            "(?i)\\s*" + ACCORDING + "\\s+(?<who>" + TITLE_POINT + "[^,:;.“”\"]{1,80}),(?:\\s*(?<name>(?-i:\\p{Lu})[^,:;.“”\"]{1,60}),)?");
    private static final Pattern ACCORDING_TO = Pattern.compile(
            "(?i)" + ACCORDING + "\\s+(?<who>" + TITLE_POINT + "[^:;.]{1,140}?)[,:]\\s*$");
    /** "a move that according to Mr Pillai was ": "according to" and a copula just before the quote. */
    private static final Pattern ACCORDING_TO_WAS = Pattern.compile(
            "(?i)" + ACCORDING + "\\s+(?<who>" + TITLE_POINT + "[^,:;.“”\"]{1,60}?)\\s+(?:was|is|were|are|would\\s+be|had\\s+been|has\\s+been)\\s*$");
    /** "by her own account, ", "in his words, ": the words that follow are the one the pronoun stands for. */
    private static final Pattern OWN_ACCOUNT = Pattern.compile("(?i)\\b(?:by|in|on)\\s+(her|his)\\s+(?:own\\s+)?"
            + "(?:account|admission|reckoning|estimate|estimation|count|words|telling|description)\\s*,?\\s*$");
    /** "in Okonjo’s words, ", "by Mr Reid's own account, ": the words that follow are the one named. */
    private static final Pattern NAMED_ACCOUNT = Pattern.compile("\\b(?:[Ii]n|[Bb]y)\\s+(?<who>\\p{Lu}[\\p{L}.\\-]*(?:\\s+\\p{Lu}[\\p{L}.\\-]*){0,3})[’']s?"
            + "\\s+(?:own\\s+)?(?:words|account|telling|description)\\s*,?\\s*$");
    /** "“…”, according to Tregear." after a quote. */
    private static final Pattern ACCORDING_TO_AFTER = Pattern.compile(
            // "Fuel will remain “the single biggest swing factor” next year, according to Sorensen-Hale."
            "(?i)(?<gap>(?:\\s+[\\p{L}\\d’'\\-]+){0,5}?)[\\s,]*" + ACCORDING + "\\s+(?<who>" + TITLE_POINT + "[^,:;.!?“”\"]{1,80})");
    /** "… and that its targets were “…”", "… but argued that “…”": the same speaker goes on. */
    /**
     * A picture's credit ending a caption: "PHOTO: SCREENGRAB FROM …", "ST PHOTO: …",
     * "Photograph: Joe Bloggs", "Pic: PA", "(AP Photo/Tyler Grimes)".
     */
    private static final Pattern PICTURE_CREDIT = Pattern.compile(
            "(?:[.!?”\"’)]\\s+(?:\\p{Lu}{2,5}\\s+)?(?:PHOTOS?|Photos?|PHOTOGRAPH|Photograph|PICTURE|Picture|Pic)\\s*:\\s*[^.!?“”\"]{1,60}"
                    + "|\\((?:AP |AFP |Reuters )?Photo/[^()]{1,60}\\))\\s*$");
    /** "called it ", "called AI-generated dialogue ": a verdict on something follows. */
    private static final Pattern CALLED_IT = Pattern.compile("\\bcalled\\s+(?:it|them|this|that|[\\p{L}\\-]+\\s+\\p{Ll}+)\\s+$");
    /** "said staff morale was", "said the road had": "said", a subject of up to three words and its verb. */
    private static final Pattern REPORTED_WITHOUT_THAT = Pattern.compile(
            "\\bsaid\\s+(?:[\\p{L}’'\\-]+\\s+){1,3}(?:was|were|is|are|had|has|would|will)\\s");
    /** "said in a statement that", "wrote that": a speech verb opening a reported clause. */
    private static final Pattern REPORTED_THAT = Pattern.compile(
            "\\b(?:" + Vocabulary.SPEECH_VERBS + ")\\b[^.!?;“”\"]{0,40}?\\sthat\\s", Pattern.CASE_INSENSITIVE);
    private static final Pattern ELIDED_SUBJECT = Pattern.compile(
            "^(?:[\\s,]*|[^.!?;:“”\"]{0,60}?\\s)(?:and|but|then|before|while|later)\\s+(?:that\\b|(?:[\\p{L}’'\\-]+\\s+){0,2}?(?:"
                    + Vocabulary.SPEECH_VERBS + ")\\b"
                    // "said it had “explored every option” and was “deeply saddened”": the reported
                    // clause goes on with the same subject
                    + "|(?:was|were|is|are|would|will|had|has|have|could|should|might|must|remained|hoped)\\b)[^.!?]*$",
            Pattern.CASE_INSENSITIVE);
    /** Relative clauses and appositions: ", who teaches at Leiden University," ", the group's lawyer,". */
    private static final Pattern ASIDE = Pattern.compile(
            ",\\s+(?:who|which|whose|whom|where|a|an|the|of|writing|speaking|talking|now|then|formerly|one of|representing|defending|prosecuting|acting for|on behalf of)\\b[^,;:.!?“”\"]{0,120},(?!\\d)", Pattern.CASE_INSENSITIVE);
    /** ", head of content at", ", senior lecturer in": up to two words, then a role and a preposition. */
    private static final Pattern BARE_ROLE_AFTER = Pattern.compile(",\\s+(?:\\p{Ll}[\\p{Ll}\\-]*\\s+){0,2}?(\\p{Ll}+)\\s+(?:of|at|for|in|with)\\s");
    /**
     * "Earl Whitfield, 84, was the basketball coach at…", "Houston has been premier since",
     * "Their daughter, Jess Holloway, is a constable at…" (the apposition's comma closing): the words of a role the subject is said to hold (group 1), up to where the role's phrase ends.
     */
    private static final Pattern ROLE_BY_COPULA = Pattern.compile("(?:,\\s*\\d{1,3},|,(?=\\s+(?:is|was)\\s))?\\s+(?:is|was|has been|had been|became|remains)"
            + "\\s+(?:now\\s+|still\\s+|also\\s+)?(?:the\\s+|a\\s+|an\\s+|its\\s+|their\\s+)?(\\p{Ll}[\\p{Ll}\\-]*(?:\\s+\\p{Ll}[\\p{Ll}\\-]*){0,3})");
    /**
     * "his nephew, Seán Kelleher, will remain as captain", "Kofi Mensah was named captain",
     * "was unveiled as the county’s new senior hurling manager": an office given or kept, whose
     * holder is "the captain" later; group 1 is the office's phrase, read like the copula's.
     */
    private static final String APPOINTED = "(?:(?:will|would|is to|has agreed to)\\s+)?"
            + "(?:(?:remain|remains|remained|stay on|stays on|stayed on|continue|continues|continued|take over|takes over|took over)\\s+as"
            + "|(?:is|was|has been|had been|will be|would be)\\s+(?:named|appointed|confirmed|made|elected|installed|unveiled)(?:\\s+as)?)"
            + "\\s+(?:the\\s+|a\\s+|an\\s+|its\\s+|their\\s+|his\\s+|her\\s+)?"
            + "(\\p{Ll}[\\p{Ll}’'\\-]*(?:\\s+\\p{Ll}[\\p{Ll}’'\\-]*){0,4})";
    private static final Pattern ROLE_BY_APPOINTMENT = Pattern.compile("(?:,\\s*\\d{1,3})?,?\\s+" + APPOINTED);
    /** "…has promised that Cork will not shy away, as he was unveiled as the county’s new manager". */
    private static final Pattern PRONOUN_APPOINTED = Pattern.compile("(?:as|when|after|since|and)\\s+(?:he|she)\\s+" + APPOINTED);
    private static final Set<String> ROLE_PHRASE_ENDS = Set.of("and", "or", "who", "since", "until", "when", "for", "at",
            "of", "in", "on", "from", "with", "after", "before", "during", "between");
    /** "The Guardian's ", "the New York Times’ ": a descriptor owned by a capitalised name. */
    private static final Pattern OWNED_BY_A_NAME = Pattern.compile("(?i:the)\\s+\\p{Lu}[\\p{L}\\-]*(?:\\s+\\p{Lu}[\\p{L}\\-]*){0,3}[’'](?:s\\s|\\s)");
    /** What follows the subject of a sentence that acts: "Whelan expected", "She pauses", "Tamanui, 29, lost". */
    private static final Pattern ACTING = Pattern.compile("(?:,\\s*\\d{1,3},)?\\s+(?:\\p{Ll}+ly\\s+)?\\p{Ll}[\\p{Ll}’'\\-]+\\b");
    /** "Moss was arrested", "Tamanui had been dropped": the subject is done to. */
    private static final Pattern PASSIVE = Pattern.compile(
            "(?:,\\s*\\d{1,3},)?\\s+(?:was|were|is|are|has been|had been|have been|got|gets|being)\\s+(?:\\p{Ll}+ly\\s+)?"
                    + "(?!(?:unimpressed|unmoved|undeterred|convinced|delighted|pleased|frustrated|worried|"
                    + "disappointed|encouraged|relieved|determined|excited|adamant|blunt)\\b)\\p{Ll}+(?:ed|en|wn|ne)\\b"
                    + "|\\s+(?:was|were|is|are)\\s+(?:born|killed|hurt|shot|sent|left|found|held|taken|seen|told|asked)\\b");
    private static final Pattern LEADING_CLAUSE = Pattern.compile(
            "\\s*(?:Asked|Pressed|Questioned|When|After|Later|Then|Afterwards|Outside|Speaking|Moments later)\\b[^,;:“”\"]{0,150},");
    /** "Three of the eight ", "Some of the ", "Most of its ": part of a group, just before the group's plural. */
    private static final Pattern SOME_OF = Pattern.compile("\\b(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Some|Many|Most|"
            + "Several|Both|All|Half|\\d{1,3})\\s+of\\s+(?:the|its|their|our)\\s+(?:[\\p{L}’'\\-]+\\s+){0,2}$");
    /** "Asked about Whitcombe's injury, ": a question put to the one the pronoun after it stands for. */
    private static final Pattern QUESTION_BEFORE_PRONOUN = Pattern.compile(
            "\\s*(?:Asked|Pressed|Questioned)\\s+(?!by\\b)[^,;:.!?“”\"]{0,150}"
            // "Asked about the fitness of fast bowler Ben Corrigan, who left the field on day two, he said:"
            + "(?:,\\s*(?:who|whose|which)\\s[^,;:.!?“”\"]{0,120})?,\\s*");
    /** "asking:", "adding:": a verb whose subject is the sentence's, however far back. */
    private static final Pattern PARTICIPLE = Pattern.compile("(?i)\\p{L}+ing\\b");
    /** ", says Dr Aparna Krishnamurthy, ": the speaker named in an aside of the reporter's sentence. */
    private static final Pattern SAYS_ASIDE = Pattern.compile(
            ",\\s*(?:says|said|argues|argued|notes|noted|adds|added|insists|insisted)\\s+(?<who>[^,;:“”\"]{2,80}),");
    /** "is said to be": the subject is spoken of, and speaks no words of it. */
    private static final Pattern HEARSAY = Pattern.compile("(?i)\\b(?:is|was|are|were|been|being)\\s+$");
    /** "… and " just before a verb: it shares the subject of the verb before. */
    private static final Pattern COORDINATED = Pattern.compile("\\s(?:and|but|then)\\s+(?:\\p{Ll}+ly\\s+)?$");
    /**
     * "’s office" or " minister’s office" after "the deputy", " General’s office" after "the Ohio
     * Attorney": the role owns what follows.
     */
    private static final Pattern OWNS = Pattern.compile("(?:\\s+\\p{L}+)?[’']s\\b");
    /** "asks ", "pressed ": a verb of asking, just before the name of the one asked. */
    private static final Pattern ASKS_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:asks|asked|presses|pressed|questions|questioned)\\s+(?:\\p{Lu}\\p{L}{0,4}\\.?\\s+)?$");
    /** " whether", " if", " about": what the one asked is asked. */
    private static final Pattern QUESTION_AFTER = Pattern.compile("\\s+(?:directly\\s+)?(?:whether|if|about|why|how|what|when|where)\\b");
    /** "I ask ", "We then asked ": the reporter putting a question to someone named next. */
    private static final Pattern WE_ASKED = Pattern.compile("(?:I|We)\\s+(?:then\\s+|also\\s+|later\\s+)?(?:ask|asked)\\s+");
    private static final Pattern SAID = Pattern.compile("(?i)said|says");
    /** "?” Cllr. Kollie asked": a question, then the name of the one asking it. */
    private static final Pattern NAMED_ASKER_AFTER = Pattern.compile("\\?[”\"]\\s+(?:\\p{Lu}[\\p{L}.’'\\-]+\\s+){1,4}(?:asked|asks)\\b");
    /** From someone unnamed to their "asked", in one clause: "reporter at the back asked". */
    private static final Pattern UNNAMED_ASKED = Pattern.compile("[^.!?;“”\"]{0,80}?\\basked\\b");
    private static final Pattern REPLY = Pattern.compile("(?i)replied|replies|responded|responds|retorted|countered|answered|answers");
    /**
     * A one-word nickname in quote marks between a given name and a surname, perhaps after "the":
     * “the Bus”; in single marks too, as copy in double marks writes a nickname ("José ‘Zé’ Ávila"),
     * with no apostrophe inside, so "O'Brien's" is no nickname.
     */
    private static final Pattern NICKNAME = Pattern.compile("(?:[“\"](?:[Tt]he )?\\p{Lu}[\\p{L}.’'\\-]{0,15}(?: \\p{Lu}[\\p{L}.’'\\-]{0,15})?[”\"]"
            + "|[‘'](?:[Tt]he )?\\p{Lu}[\\p{L}.\\-]{0,15}(?: \\p{Lu}[\\p{L}.\\-]{0,15})?[’'])(?= \\p{Lu}\\p{L})");
    private static final String NAME_JOINERS = "-’'";
    /** ", 47, of " just before a name: where someone is from. */
    private static final Pattern AGE_OF = Pattern.compile("\\d, of\\s+$");
    /**
     * ", 68, known to viewers by her nickname Noi,", ", known in the industry as Aek.": the one
     * word a person is called by (group 2), perhaps after their age (group 1).
     */
    private static final Pattern KNOWN_AS = Pattern.compile(",\\s*(\\d{1,3},\\s*)?(?:(?:also|better|widely|universally|popularly)\\s+)?"
            + "(?:known(?:\\s+[^,.;:!?“”\"]{1,40}?)?\\s+(?:as|by\\s+(?:her|his|their|the)\\s+(?:nickname|stage name|pen name))|nicknamed)"
            + "\\s+(\\p{Lu}[\\p{L}’'\\-]+)(?=[,.;]|\\s+\\p{Ll})");
    private static final Pattern SENTENCE_MARK = Pattern.compile("[.!?]");
    /** What follows a quoted fragment inside a sentence: ", said…", " and…". */
    private static final Pattern MID_SENTENCE = Pattern.compile("[,;]?\\s+\\p{Ll}");
    /** ", she added,": an attribution standing inside the reported sentence. */
    private static final Pattern PRONOUN_ASIDE = Pattern.compile(",\\s+(?:she|he|they)\\s+\\p{Ll}+,");
    /** "who asked not to be named", "who spoke on condition of anonymity" or "that she not be named". */
    private static final Pattern ANONYMOUS = Pattern.compile(
            // "who asked to be identified only by her first initial", not "who asked to be identified by
            // her kunya", which names her
            "\\b(?:who|and) (?:had )?(?:(?:asked|requested|wished|preferred) not|declined|did not want|didn['’]t want|did not wish)"
            + " to be (?:named|identified)|\\b(?:who|and) (?:had )?(?:asked|requested|wished|preferred) to be (?:named|identified) only"
            + "|\\bwho spoke on (?:the )?condition of anonymity"
            // "The fan, who gave only her first name and asked that it not be printed," (but "Yusuf, an
            // engineer who gave only his first name," is named by it)
            + "|\\bwho gave only (?:her|his|their) first name,? (?:and|but) asked (?:that )?it not be (?:printed|published|used)"
            // "who spoke on the condition that he not be named because he feared harassment"
            + "|\\bwho spoke on (?:the )?condition that (?:he|she|they) (?:not|would not|wouldn['’]t) be (?:named|identified)"
            + "|\\bwho (?:declined|refused|did not want|didn['’]t want|would not|wouldn['’]t|did not|didn['’]t) (?:to )?give"
            + " (?:her|his|their) (?:full |last |sur)?names?"
            + "|\\bwho asked that (?:her|his|their) names? (?:not be|be withheld|be kept)"
            // "One Grade 7 learner, who did not want her name published, said": whatever the noun
            + "|\\bwho (?:did not|didn['’]t) want (?:her|his|their) (?:full |last |sur)?names? (?:to be )?"
            + "(?:published|used|printed|disclosed|made public)");
    /** "who asked not to be named because she", "who did not give his name", "asked that her name": their gender. */
    private static final Pattern ANONYMOUS_GENDER = Pattern.compile("\\b(?:because|as|since|so|give|that|want|said|says) (he|she|his|her)\\b");
    /** "came from a woman near the back who said": someone unnamed who speaks, wherever in the sentence. */
    private static final Pattern WHO_SPEAKS = Pattern.compile("[^.;:!?,“”\"]{0,40}?,?\\s*\\bwho\\s+(?:(?:later|then|also|first|once|had|has)\\s+)?(?:"
            + Vocabulary.SPEECH_VERBS + ")\\b");
    /** ", whose credits include … and who is ": a relative clause that says what the person before it is. */
    private static final Pattern WHO_IS = Pattern.compile(
            "[^.;:!?]{0,120}?\\bwho\\s+(?:is|was|has been|had been|became|serves as|served as|works as|worked as)\\s+");
    /** Words of titles written in capitals besides honorifics and roles: "Managing Director", "Chief Technology Officer". */
    private static final Set<String> TITLE_WORDS = Set.of("managing", "operating", "financial", "technology", "technical",
            "creative", "vice", "senior", "assistant", "associate", "executive");
    private static final Pattern STOP = Pattern.compile("[,;:!?]");
    /** A kind of work just before its quoted title: "the crime drama ", "her new album ". */
    private static final Pattern WORK_BEFORE = Pattern.compile("(?i)\\b(?:the|a|an|his|her|their|its|new|latest)\\s+"
            + "(?:[\\p{L}\\-]+\\s+){0,2}(?:drama|series|show|sitcom|thriller|comedy|musical|film|movie|documentary|"
            + "miniseries|album|single|song|novel|book|memoir|play|podcast|franchise|programme|program)\\s*,?\\s*$"
            // "episodes of “Robo i Pufi”", "already had a title for it, “Sodade di Máquina”,"
            + "|\\bepisodes?\\s+of\\s*$|\\b(?:a|the)\\s+(?:new\\s+)?title\\s+for\\s+(?:it|them|the\\s+[\\p{L}\\-]+)\\s*,\\s*$");
    /** A word in lower case that may be a verb in the present's third person or the past: "treats", "turned". */
    private static final Pattern PREDICATE_VERB = Pattern.compile("\\p{Ll}{2,}(?:s|ed)");
    /** Words ending so that are no verbs. */
    private static final Set<String> NOT_VERBS = Set.of("his", "its", "this", "us", "ours", "yours", "theirs", "hers", "less", "unless", "across", "towards", "as");
    /** Verbs of answering what someone else said: "Niamh agreed." after a quote that ends its sentence. */
    private static final Set<String> REACTIONS = Set.of("agreed", "agrees", "disagreed", "disagrees", "concurred", "nodded", "laughed");
    /** "…, but both had ", "and they " just before a speech verb: many, none named, open the clause. */
    private static final Pattern PLURAL_SUBJECT_BEFORE = Pattern.compile(
            "(?:,\\s*|\\b(?:but|and|yet)\\s+)(both|they|all of them|each of them|neither)\\s+(?:(?:had|have|has|would|later|also)\\s+)?$");
    /** What joins the items of a list: ", ", " and ", ", or ". */
    private static final Pattern JOINED = Pattern.compile("\\s*(?:,|,?\\s*(?:and|or|&)|\\s[-–—])\\s*");
    /** ", a phrase", "in interviews, a term" after a quote: the reporter names it a term. */
    private static final Pattern TERM_AFTER = Pattern.compile("[^“”\".;:!?]{0,30}?,\\s+(?:a|the)\\s+(?:[\\p{Ll}\\-]+\\s+)?"
            + "(?:phrase|term|label|coinage|expression|catchphrase|nickname|moniker|buzzword|euphemism)\\b");
    /** ", a financial services analyst at Lucayan Securities, " closing the text before a verb. */
    private static final Pattern TRAILING_ASIDE = Pattern.compile(",\\s+(?:a|an|the)\\s+[^,;:.!?“”\"]{1,120},\\s*$");
    /** Words opening a relative clause whose object is before them and whose subject is the name after: "a multiple that". */
    private static final Set<String> CLAUSE_OBJECTS = Set.of("that", "which", "whom");
    /** ", a traditional healer", ", the painstaking process": an apposition after a quoted word. */
    private static final Pattern APPOSITION_AFTER = Pattern.compile(",\\s+(?:a|an|the)\\s+\\p{Ll}");
    /** Two to five words in lower case, and nothing else: "risk and hardship allowance". */
    private static final Pattern NAME_OF_A_THING = Pattern.compile("\\p{Ll}[\\p{Ll}\\-]*(?: [\\p{Ll}\\-]+){1,4}");
    /** A verb that makes the quoted words someone's: "said", "called", "described". */
    private static final Pattern VERDICT_VERB = Pattern.compile("(?i)\\b(?:said|says|say|called|calls|call|described|describes|"
            + "told|tells|added|adds|warned|argued|insisted|claimed|labelled|labeled|branded|dubbed|termed)\\b");
    /** Words before a quoted word that make it a noun: "consulted an “ombiasy”", "tools for “in-betweening”". */
    private static final Set<String> BEFORE_A_TERM = Set.of("a", "an", "the", "for", "of");
    /** ", meaning clean enough to…", ", which means" after a few quoted words: the reporter glosses a term. */
    private static final Pattern GLOSS_AFTER = Pattern.compile(",\\s+(?:meaning|which means)\\s");
    /**
     * "the bill’s ", "a ": a determiner or an owner just before a quoted name of a thing; not
     * "that", which as often opens a clause ("said that “significant progress” had been made").
     */
    private static final Pattern DETERMINER_BEFORE = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:a|an|the|its|their|this|[\\p{L}\\-]+['’]s)\\s+$");
    /** "their ", "its ": an owner's determiner just before a quoted word. */
    /** "the ", "an ", "the existing ": an article, perhaps with one word, just before a quote. */
    private static final Pattern ARTICLE_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])(?:the|an?)\\s+(?:\\p{Ll}+\\s+)?$");
    private static final Pattern OWNER_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])(?:their|its|his|her|our)\\s+$");
    /** " would be", " is": the quoted words are the subject of the verb that follows them. */
    private static final Pattern VERB_AFTER_TERM = Pattern.compile(
            "\\s+(?:would|will|is|was|has|had|could|can|should|may|might|must)\\s");
    /** "Her husband ", "their daughter, ", "whose son ": a relative, named next. */
    private static final Pattern KIN_GIVEN_NAME = Pattern.compile(
            "(?i)(?<![\\p{L}])(his|her|their|whose|my|our|(?-i:\\p{Lu})[\\p{L}\\-]+[’']s)\\s+(?:[\\p{Ll}\\d\\-]+\\s+)?([\\p{Ll}é]+)\\s*,?\\s*$");
    /** A relative who is a parent of the one whose relative they are. */
    private static final Set<String> PARENTS = Set.of("mother", "father", "mum", "mom", "dad");
    private static final Set<String> SPOUSES = Set.of("wife", "husband", "partner", "spouse", "fiancée", "fiancee", "fiancé",
            "fiance", "girlfriend", "boyfriend");
    /** Relatives who carry the family's surname as a rule: "Okafor's daughter Tess" is Tess Okafor. */
    private static final Set<String> SAME_NAME_KIN = Set.of("son", "daughter", "brother", "sister");
    private static final Set<String> CHILD_KIN = Set.of("son", "daughter", "grandson", "granddaughter", "nephew", "niece");
    /** "A source", "One friend", "Someone": how someone unnamed opens a sentence. */
    private static final Pattern INDEFINITE_OPENING = Pattern.compile("\\s*(?:A|An|One|Some|Another|Someone|Somebody)\\s");
    /** "one nurse", "a woman": someone unnamed inside a sentence. */
    private static final Pattern INDEFINITE_IN_A_CLAUSE = Pattern.compile("(?:a|an|one|another)\\s");
    /** " in Handsworth", " from the night shift": where someone unnamed is from, up to the verb. */
    private static final Pattern PLACE_AFTER_UNNAMED = Pattern.compile("(?:\\s+(?:in|from|at|on)(?:\\s+[\\p{L}’'\\-]+){1,3})?\\s*");
    /** " close to ", " of ": what stands between someone unnamed and the person they are near. */
    private static final Pattern GOVERNED = Pattern.compile("(?:\\s+\\p{Ll}+)?\\s+(?:to|of|for|with|near)\\s+");
    /** "remained", "was": before a quote, they make it part of a reported clause ("remained “on track”"). */
    private static final Set<String> COPULAS = Set.of("is", "was", "are", "were", "be", "been", "remained", "remains", "seemed", "looked");
    /** "a message from reader ", "an email from ": written words, their writer named next. */
    /** A live blog's "Email from ", "A text from reader ": the one who wrote it is named next. */
    private static final Pattern MESSAGE_LABEL = Pattern.compile("(?i)\\s*(?:[\\d:.]+\\s+)?(?:(?:an?|another)\\s+)?"
            + "(?:message|email|e-mail|text|tweet|letter|comment|note|voicemail)\\s+from\\s+"
            + "(?:(?:reader|listener|viewer|follower|subscriber)\\s+)?");
    private static final Pattern MESSAGE_FROM = Pattern.compile("(?i)\\b(?:a|an|one|another|this)\\s+(?:[\\p{L}\\-]+\\s+)?"
            + "(?:message|email|e-mail|text|note|comment|letter|tweet|post|update|voicemail)\\s+from\\s+"
            + "(?:(?:our\\s+|a\\s+)?(?:reader|listener|viewer|follower|subscriber|correspondent|reporter),?\\s+)?");
    /** "Our reporter ", "Race director ", "the film critic ": a role before a name, no comma between. */
    private static final Pattern ROLE_BEFORE_NAME = Pattern.compile(
            "\\s*(?:(?:[Tt]he|[Oo]ur|[Tt]heir|[Ii]ts)\\s+)?(?:[\\p{L}\\-]+\\s+){0,2}?([\\p{L}\\-]+)\\s+");
    /** "My co-founder, ", "The company’s head of research, ": a role in lower case, then the name that renames it. */
    private static final Pattern ROLE_THEN_NAME = Pattern.compile(
            "\\s*(?:[Tt]he|[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\\s+(?:\\p{Lu}[\\p{L}\\-]*[’']s\\s+)?\\p{Ll}[\\p{Ll}\\-]*(?:\\s+\\p{Ll}[\\p{Ll}\\-]*){0,3},\\s+");
    /** "Met Éireann’s head of forecasting, ": a body's role in lower case, then the name that renames it. */
    private static final Pattern OWNED_ROLE_THEN_NAME = Pattern.compile(
            "\\s*(?:\\p{Lu}[\\p{L}\\-]*\\s+){0,2}\\p{Lu}[\\p{L}\\-]*[’']s\\s+\\p{Ll}[\\p{Ll}\\-]*(?:\\s+\\p{Ll}[\\p{Ll}\\-]*){0,3},\\s+");
    /** "said its president, Farah Delisle", "says Vocalia’s co-founder, Jordi Pascual": a role, its name after. */
    /** "That was how Lydia Ngata", "That's what the mayor": a sentence after a quote that says whose it was. */
    private static final Pattern THAT_IS_HOW = Pattern.compile(
            "(?:That|This)(?:’s|'s|\\s+is|\\s+was|\\s+has\\s+been)\\s+(?:how|what)\\s+(?<who>[^,;:]{2,80})(?:,[^;:,]{1,80},?)?\\s*");
    /** One capitalised word and nothing else. */
    private static final Pattern ONE_PROPER_WORD = Pattern.compile("\\s*\\p{Lu}[\\p{L}’'\\-]+\\s*");
    /** " of Thames Valley Police", " from the Labour Party": capitalised words of a body, to the end. */
    private static final Pattern OF_A_BODY = Pattern.compile(
            "\\s+(?:of|from|at)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}’'&.\\-]*(?:\\s+(?:of|and|for|the|&|\\p{Lu}[\\p{L}’'&.\\-]*))*,?\\s*$");
    private static final Pattern ROLE_FIRST = Pattern.compile("\\s*(?:the|a|an|one|its|his|her|their|our|\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,3}[’']s)\\s+\\S");
    private static final Pattern COORDINATION = Pattern.compile(",?\\s+(?:and|or)\\s+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern WORD_EDGES = Pattern.compile("^[^\\p{L}\\d]+|[^\\p{L}\\d]+$");
    private static final Pattern CLOSING_PUNCTUATION = Pattern.compile(".*[.!?,]$");
    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "of", "in", "on", "at", "to", "for",
            "and", "or", "but", "by", "with", "from", "as", "is", "vs", "de", "la", "le", "du", "von", "van");
    /**
     * Words of three or four letters left small in titles in other languages: Malay and Indonesian
     * "dan", "dari", "yang"; German "und", "der", "die", "das", "dem", "den", "des"; French "les",
     * "aux", "sur"; Spanish and Portuguese "del", "los", "las", "con", "por", "para", "una", "dos",
     * "com", "sem"; Dutch "het", "een"; Swedish "och", "som", "ett".
     */
    private static final Set<String> TITLE_SMALL_WORDS = Set.of("dan", "dari", "yang", "und", "der", "die", "das",
            "dem", "den", "des", "les", "aux", "sur", "del", "los", "las", "con", "por", "para", "una", "dos", "com",
            "sem", "het", "een", "och", "som", "ett");
    /** Positions of a paragraph's text start at its (1-based) index times this. */
    static final int PARAGRAPH_STRIDE = 1_000_000;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"”’)\\]]*\\s*$");
    private static final int MAX_CONTINUATION = 250;
    /** ", a glaciologist at … and the study's lead author. ", ", who has co-written…. ": an aside that ends its sentence. */
    private static final Pattern ASIDE_TO_SENTENCE_END = Pattern.compile(",\\s*(?:\\d{1,3},\\s*)?(?:who|whose|a|an|the|his|her|their|its|our|"
            + "\\p{Lu}[\\p{L}\\-]*(?:\\s+\\p{Lu}[\\p{L}\\-]*){0,3}[’']s)\\s[^!?;:“”\"]{1,200}[.!?]\\s*");
    /** "as the old fisherman ", "as a young nurse ": a part played, described, just before its name. */
    private static final Pattern PLAYED_AS_ROLE = Pattern.compile("\\bas\\s+(?:the|a|an)(?:\\s+\\p{Ll}[\\p{Ll}\\-]*){1,4}\\s+$");
    /** The lower-case word just after a reference, past spaces. */
    private static final Pattern NEXT_WORD = Pattern.compile("\\s+(\\p{Ll}+)");
    /** How much text may follow a paragraph's last quote for it still to end the paragraph: "he said, smiling." */
    private static final int CLOSING_TAIL = 80;

    private final Lexicon lexicon;
    private final Map<String, String> registry = new HashMap<>();

    Attributor(Lexicon lexicon, List<Speaker> speakers) {
        this.lexicon = lexicon;
        for (Speaker s : speakers) {
            registry.put(s.name().toLowerCase(Locale.ROOT), s.name());
            for (String alias : s.aliases()) {
                registry.put(alias.toLowerCase(Locale.ROOT), s.name());
            }
        }
    }

    /**
     * @param paragraph 1-based paragraph index
     * @param open      offset of the opening mark in the paragraph
     * @param end       offset just past the closing mark
     */
    record FoundQuote(String text, String speaker, int paragraph, int open, int end) {
    }

    record Result(List<FoundQuote> quotes, List<String> speakers, List<String> mentions) {
    }

    Result attribute(String title, List<String> paragraphs) {
        return attribute(title, paragraphs, null);
    }

    /** @param writer the article's one author, when known, whose "I said, “…”" it is; or null */
    Result attribute(String title, List<String> paragraphs, String writer) {
        Map<String, String> nicknames = new HashMap<>();
        // "'I'm heartbroken,' she said.": an article quoting with single marks is read with them swapped for double ones
        List<String> swapped = SingleQuotes.asDouble(LeadIn.recased(paragraphs, lexicon));
        List<String> plain = swapped.stream().map(p -> withoutNicknames(p, nicknames)).toList();
        Result result = new Pass(plain, writer, nicknames).run(title);
        return swapped == paragraphs ? result
                : new Result(result.quotes().stream().map(q -> withMarksAsWritten(q, plain, paragraphs)).toList(),
                        result.speakers(), result.mentions());
    }

    /**
     * The quote's words with the marks nested in it as the page wrote them: ‘I kept saying, “This
     * isn’t her,”’ was read with its marks swapped, and the double marks inside are the quote's.
     */
    private static FoundQuote withMarksAsWritten(FoundQuote q, List<String> read, List<String> written) {
        if (q.paragraph() < 1 || q.paragraph() > read.size()) {
            return q;
        }
        String r = read.get(q.paragraph() - 1);
        String w = written.get(q.paragraph() - 1);
        int at = r.length() == w.length() ? r.indexOf(q.text(), Math.max(0, q.open())) : -1;
        if (at < 0) {
            return q;
        }
        StringBuilder text = new StringBuilder(q.text());
        for (int k = 0; k < text.length(); k++) {
            if ("‘’“”'\"".indexOf(text.charAt(k)) >= 0) {
                text.setCharAt(k, w.charAt(at + k));
            }
        }
        return new FoundQuote(text.toString(), q.speaker(), q.paragraph(), q.open(), q.end());
    }

    /**
     * An attribution clause found around a quote.
     *
     * @param refBase   where the reference is in the paragraph
     * @param clauseEnd where the clause ends in the paragraph, for telling what follows it
     */
    private record Attribution(PersonRef ref, int refBase, int clauseEnd) {
    }

    /**
     * 'Ramon "Mon" Ilustre' with the nickname and its marks blanked, so the name reads whole and
     * the nickname is no quote; every other character keeps its place. The nickname, lower-cased,
     * goes into {@code nicknames} with the name it stood in ("mon" → "Ramon Ilustre"), so a
     * later "Mon said" is Ramon Ilustre.
     */
    static String withoutNicknames(String paragraph, Map<String, String> nicknames) {
        if (paragraph.indexOf('"') < 0 && paragraph.indexOf('“') < 0 && paragraph.indexOf('‘') < 0
                && paragraph.indexOf(" '") < 0) {
            return paragraph;
        }
        StringBuilder b = null;
        Matcher m = NICKNAME.matcher(paragraph);
        while (m.find()) {
            // the word before must be a capitalised one: found by hand, since a look-behind of
            // variable length tried at every position was most of the cost
            int i = m.start() - 1;
            if (i < 2 || paragraph.charAt(i) != ' ') {
                continue;
            }
            int w = i;
            // "Dae-jung “Sparrow” Kwon": a given name may hold a hyphen or an apostrophe
            while (w > 0 && (Character.isLetter(paragraph.charAt(w - 1))
                    || w > 1 && NAME_JOINERS.indexOf(paragraph.charAt(w - 1)) >= 0 && Character.isLetter(paragraph.charAt(w - 2)))) {
                w--;
            }
            if (i - w < 2 || !Character.isUpperCase(paragraph.charAt(w))) {
                continue;
            }
            if (b == null) {
                b = new StringBuilder(paragraph);
            }
            for (int k = m.start(); k < m.end(); k++) {
                b.setCharAt(k, ' ');
            }
            int s = m.end() + 1;
            int e = s;
            while (e < paragraph.length() && (Character.isLetter(paragraph.charAt(e)) || NAME_JOINERS.indexOf(paragraph.charAt(e)) >= 0
                    && e + 1 < paragraph.length() && Character.isLetter(paragraph.charAt(e + 1)))) {
                e++;
            }
            String nickname = paragraph.substring(m.start() + 1, m.end() - 1).toLowerCase(Locale.ROOT);
            nicknames.putIfAbsent(nickname, paragraph.substring(w, i) + " " + paragraph.substring(s, e));
        }
        return b == null ? paragraph : b.toString();
    }

    /**
     * "I said,", "the same thing I said on the first day of season one:", "The first thing I told
     * her was," just before a quote.
     */
    private static final Pattern I_SAID = Pattern.compile(
            "(?<![\\p{L}’'])I\\s+(?:\\p{Ll}+\\s+){0,2}?(?:said|say|told\\s+\\p{L}+|tell\\s+\\p{L}+|wrote|write|replied|answered"
            // "I keep saying, “…”", "I kept telling him, “…”"
            + "|saying|telling\\s+\\p{L}+)"
            // "I told Lydia exactly that:"
            + "(?:\\s+(?:exactly|just|simply|precisely))?(?:\\s+(?:that|this|so))?"
            + "(?:\\s+(?:on|in|at|to|during)\\s+[^“”\",.;:!?]{1,60})?(?:\\s+was)?\\s*[,:]?\\s*$");
    /** Whether a family word ("son", "wife") is among the words of {@code text} in {@code [from, to)}. */
    private static boolean namesKin(String text, int from, int to) {
        for (String word : WHITESPACE.split(text.substring(from, to).toLowerCase(Locale.ROOT))) {
            if (Vocabulary.KIN.contains(word.replaceAll("[^\\p{L}]", ""))) {
                return true;
            }
        }
        return false;
    }

    /** "is Rachel's older brother": a given name in the possessive after "is" or "was", then a relation. */
    private static final Pattern RELATIVE_OF = Pattern.compile("(?:[’']s)?\\s+(?:(?:older|younger|elder|big|little|twin|only)\\s+)?(\\p{Ll}+)\\b");
    private static final Pattern COPULA_BEFORE = Pattern.compile("(?<![\\p{L}’'])(?:is|was)\\s+$");

    /** Whether {@code hit}, a given name in the possessive, only says whose relative the sentence's subject is. */
    private static boolean whoseRelativeIsIntroduced(String text, NameScanner.Hit hit, int to) {
        if (hit.start() < 4 || !COPULA_BEFORE.matcher(text).region(hit.start() - 4, hit.start()).find()) {
            return false;
        }
        Matcher relation = RELATIVE_OF.matcher(text).region(hit.end(), Math.min(to, hit.end() + 30));
        return relation.lookingAt() && Vocabulary.KIN.contains(relation.group(1));
    }

    /** ", had argued", ", said", ", an analyst at X, said": a speech verb right after a name, or after the apposition that follows it. */
    private static final Pattern INTRODUCED_SPEAKING = Pattern.compile(
            ",\\s+(?:(?<apposition>[^,.;:“”\"()]{2,80}),\\s+)?(?:(?:had|has)\\s+)?(?:" + Vocabulary.SPEECH_VERBS + ")(?![\\p{L}])");
    /** ", I tell my students", " I always say." just after a quote. */
    private static final Pattern I_SAID_AFTER = Pattern.compile(
            "\\s*,?\\s*I\\s+(?:\\p{Ll}+\\s+)?(?:said|say|says|tell|told|wrote|write|replied|answered)(?![\\p{L}])");
    /** "You once called it", "you told the Guardian", "You've described the room as" just before a quote in a question. */
    private static final Pattern YOU_SAID = Pattern.compile(
            "(?<![\\p{L}’'])[Yy]ou(?:[’']ve)?\\s+(?:\\p{Ll}+\\s+)?(?:called|described|said|told|wrote)"
            // "you called adaptation “…”": what was called so, a word or two
            + "(?:\\s+(?:it|this|that|them|him|her|yourself|us|me|(?:the|your)\\s+\\p{Ll}[\\p{Ll}\\s]{0,30}?|\\p{Lu}[\\p{L}\\s]{0,40}?"
            + "|\\p{Ll}[\\p{Ll}\\-]+(?:\\s+\\p{Ll}[\\p{Ll}\\-]+)?))?"
            // "You've described the room as “…”"
            + "(?:\\s+as)?\\s*[,:]?\\s*$");

    /** "The letter said", "the statement said", "the note said": a document someone named before wrote. */
    private static final Pattern THE_DOCUMENT = Pattern.compile("(?i)(?<![\\p{L}])the\\s+(statement|letter|email|memo|note)\\s*$");
    /** By document: "in a statement", "in a victim personal statement", "in her letter", "in an email to staff". */
    private static final Map<String, Pattern> IN_DOCUMENT = Map.of("statement", inA("statement"), "letter", inA("letter"),
            "email", inA("email"), "memo", inA("memo"), "note", inA("note"));

    /** From whom: "a letter from the defendant’s son, Darragh Breathnach,", "an email from Ms Reid". */
    private static final Map<String, Pattern> DOCUMENT_FROM = Map.of("statement", aFrom("statement"),
            "letter", aFrom("letter"), "email", aFrom("email"), "memo", aFrom("memo"), "note", aFrom("note"));

    /** By document: "A note pinned to the door", not "a letter from". */
    private static final Map<String, Pattern> A_DOCUMENT = Map.of("statement", aNew("statement"), "letter", aNew("letter"),
            "email", aNew("email"), "memo", aNew("memo"), "note", aNew("note"));

    private static Pattern aNew(String document) {
        return Pattern.compile("(?i)(?<![\\p{L}])(?:a|an)\\s+(?:[\\p{L}-]+\\s+){0,2}?" + document + "(?![\\p{L}])(?!\\s+from)");
    }

    private static Pattern aFrom(String document) {
        return Pattern.compile("(?i)(?<![\\p{L}])(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,3}?" + document + "\\s+from(?![\\p{L}])");
    }

    private static Pattern inA(String document) {
        return Pattern.compile("(?i)(?<![\\p{L}])in\\s+(?:a|an|her|his|their)\\s+(?:[\\p{L}-]+\\s+){0,3}?" + document + "(?![\\p{L}])");
    }

    /** "the statement said.", "her letter continued,": a document speaking between two parts of a quote. */
    private static final Pattern DOCUMENT_SAID = Pattern.compile("(?i)[,\\s]*(?:the|his|her|their)\\s+"
            + "(?:statement|letter|email|e-mail|memo|post|message|note)\\s+(?:said|says|read|reads|continued|continues|added|adds)"
            + "[.,:;]?\\s*");

    private static final Pattern ASKS = Pattern.compile("(?i)asked|asks");
    private static final Pattern HE_HIM = Pattern.compile("(?i)(?<![\\p{L}’'])(?:he|him|his|himself)(?![\\p{L}’'])");
    private static final Pattern SHE_HER = Pattern.compile("(?i)(?<![\\p{L}’'])(?:she|her|hers|herself)(?![\\p{L}’'])");
    /** "asked him whether": a question put to someone a pronoun stands for. */
    private static final Pattern ASKED_PRONOUN_WHETHER = Pattern.compile("(?<![\\p{L}’'])asked\\s+(him|her)\\s+(?:whether|if)(?![\\p{L}’'])");
    /** "asked whether", "then asked her how": a question reported, whose answer is someone else's. */
    private static final Pattern ASKED_WHETHER = Pattern.compile(
            "\\s+(?:then\\s+|also\\s+)?asked\\s+(?:her\\s+|him\\s+|them\\s+)?(?:whether|if|how|what|why|when|where)\\b");
    /**
     * "A reporter asked:", "When the vote was announced, one father shouted,", "others shouting,",
     * "At that point a man in the audience shouted": someone unnamed speaks the quote that follows.
     */
    private static final Pattern UNNAMED_LEAD = Pattern.compile("(?i)(?:^|[.!?,;]\\s+|\\b(?:when|and|as|while|then|point|moment|suddenly)\\s+)"
            // "At that point a man in the audience shouted", "a woman in the front row called out"
            + "(?:(?:a|an|one|another|others|some|several)\\s+(?:[\\p{L}\\-]+\\s+){0,3}?|(?:someone|somebody)\\s+)"
            + "(?:(?:in|at|from|near|on|behind)\\s+(?:the|a|an)\\s+(?:[\\p{L}\\-]+\\s+){1,2}?)?"
            // "a woman in the front row stood and called out": rising to speak is part of speaking
            + "(?:(?:stood|stood up|rose|got up|jumped up)\\s+and\\s+)?(?:asked|said|shouted|shouting|yelled|"
            + "yelling|chanted|chanting|cried|called out|added|replied|wanted to know)\\s*[,:]?\\s*$");
    /** The last word of every match of {@link #UNNAMED_LEAD}: a verb added there must be added here. */
    private static final Set<String> UNNAMED_LEAD_LAST = Set.of("asked", "said", "shouted", "shouting", "yelled",
            "yelling", "chanted", "chanting", "cried", "out", "added", "replied", "know");
    /** "He" or "She" opening a sentence, or after a phrase that opens it: a person acting. */
    private static final Pattern PRONOUN_OPENS = Pattern.compile(
            "\\s*(?:He|She|\\p{Lu}[^.!?,;“”\"]{0,40},\\s+(?:he|she)"
            // "Last spring she discovered…": a short time before the pronoun, with no comma
            + "|(?:Last|Later|Then|This|Next|That|Within|Two|Three|Soon)(?:\\s+\\p{Ll}+){0,2}\\s+(?:he|she))\\s+\\p{Ll}");
    /** "“…,” she said": a person speaking. */
    private static final Pattern HE_OR_SHE = Pattern.compile("(?<![\\p{L}’'])([Hh]e|[Ss]he)(?![\\p{L}’'])");
    private static final Pattern SHE_SAID = Pattern.compile(
            "[,?!][”\"]\\s+(?:he|she)\\s+(?:said|says|added|told|recalled|replied|asked)\\b");
    /** The end of a sentence: its mark, perhaps a closing quote, and the space after. */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?][”\"’]?\\s+");
    /** "— Tevita Fifita, councillor for Kolofo'ou": who signs a quote standing alone, to the end of its paragraph. */
    private static final Pattern SIGNED_WITH_DASH = Pattern.compile(
            "\\s*[—–-]\\s*(?<who>\\p{Lu}[^,.;:!?“”\"—–]{0,60})(?:,[^“”\"—–]{0,100})?\\s*$");
    /** "Castillo's reply, after a long pause,": someone's own answer, the subject of the clause before a colon. */
    /** "Her verdict, in full:", "His answer:": the words that follow are the pronoun's. */
    private static final Pattern OWN_VERDICT = Pattern.compile("\\s*(His|Her|Their)\\s+(?:verdict|reply|answer|response|retort|advice"
            + "|conclusion|assessment|summary|review)\\b(?:,[^,.;:!?“”\"]{1,40},?)?\\s*$");
    private static final Pattern REPLY_OF_SOMEONE = Pattern.compile(
            "\\s*(\\p{Lu}[\\p{L}\\-]+(?:\\s+\\p{Lu}[\\p{L}\\-]+){0,2})[’']s\\s+(?:reply|answer|response|retort)\\b");
    /** "For councillor Tevita Fifita, the answer is simple:": the one a sentence opens for. */
    /** "Here is Paul Johnson from the IFS", "This is from Helen Miller, …": a live blog bringing in someone's words. */
    private static final Pattern HERE_IS = Pattern.compile("\\s*(?:And\\s+)?(?:[Hh]ere(?:'s|’s|\\s+is|\\s+are)|This\\s+is\\s+from|More\\s+from"
            + "|Reaction\\s+from|Some\\s+reaction\\s+from)\\s+([^:“”\"]{2,120})");
    private static final Pattern FOR_SOMEONE = Pattern.compile("\\s*For\\s+([^,.;:!?“”\"]{2,60}),\\s");
    /** "came a cry of", "to shouts of": a voice from a crowd or the benches, which the text does not name. */
    private static final Pattern UNNAMED_CRY = Pattern.compile("(?i)(?:^|[\\s(])(?:(?:a|an)\\s+(?:[\\p{L}\\-]+\\s+)?"
            + "(?:cry|shout|heckle|yell|roar|scream|chorus|chant)|cries|shouts|heckles|yells|screams|chants)\\s+of\\s*$");
    /** "shouted ", "yelled: " just before a quote: a cry, whoever gives it. */
    private static final Pattern CRIED_OUT = Pattern.compile("(?i)\\b(?:shout|yell|scream|heckl)(?:ed|ing)\\s*[,:]?\\s*$");
    /** "chanted ", "chanting: " just before a quote: many voices, none of them named. */
    private static final Pattern CHANTED = Pattern.compile("(?i)\\bchant(?:ed|ing|s)?\\s*[,:]?\\s*$");
    /** "Asked by Dame Caroline how many people…": the one asking is named next. */
    /** "the source", "the senior aide", "the party's strategist": an unnamed source after a quote. */
    /** " him", " her." after a speech verb: the one spoken to ("told him"), not "her lawyer". */
    private static final Pattern TOLD_THEM = Pattern.compile("\\s+(?:him(?![\\p{L}])|her(?=[,.;:!?]|\\s*$|\\s+(?:that|to|not)\\b))");
    /** "Sentencing him, ", "Addressing her, " opening a sentence: someone acts on the one named before. */
    private static final Pattern TELLING_THEM = Pattern.compile("\\s*\\p{Lu}\\p{Ll}+ing\\s+(?:him|her),");
    /** "Smith's office", "the senator's campaign" ending a lead: those who speak for someone, not them. */
    private static final Pattern SOMEONES_PEOPLE = Pattern.compile("[’']s\\s+(?:office|team|campaign|department|ministry"
            + "|spokesperson|spokesman|spokeswoman|representatives?|aides?|staff|press office|press secretary)\\s*$");
    /** "Sentencing him, " just before a role. */
    private static final Pattern ACTING_ON_THEM_BEFORE = Pattern.compile("\\p{L}+ing\\s+(?:him|her),\\s*$");
    /** "the man's sister", "Mr Reid's wife", "the victim's younger brother": a relative of someone. */
    private static final Pattern POSSESSED_KIN = Pattern.compile("\\s*(?<owner>(?:(?:[Tt]he|[Aa]n?)\\s+)?"
            + "(?:\\p{L}[\\p{L}\\-.]*\\s+){0,3}?\\p{L}[\\p{L}\\-]*)[’']s?\\s+(?:(?:late|own|elder|older|younger|eldest"
            + "|youngest|twin|\\d{1,3}-year-old)\\s+)?(?<kin>" + String.join("|", Vocabulary.KIN) + ")\\s*");
    /** "the head of the union", "the chair of the committee": a role of something, with no name. */
    private static final Pattern ROLE_OF_SOMETHING = Pattern.compile(
            "\\s*(?:the|a|an)\\s+(?:\\p{L}[\\p{L}’'\\-]*\\s+){0,2}?\\p{Ll}[\\p{Ll}\\-]*\\s+(?:of|for)\\s+[^,;:.!?“”\"]{1,40}");
    /**
     * "the report", "the council's review": a paper that says things, written by a body. Not a
     * ruling or a judgment: a judge named before wrote it, and its words are keyed as theirs.
     */
    private static final Pattern A_BODYS_PAPER = Pattern.compile("\\s*(?:the|its|their|the\\s+\\p{L}+['’]s?)\\s+"
            + "(?:\\p{Ll}+\\s+)?(?:report|filing|lawsuit|complaint|indictment|study|survey|memo"
            + "|document|petition|motion|bill|guidance|review|audit|analysis|assessment)\\s*");
    /** "the tenant", "the young assistant": a word of people after "the" and a word or two (group 1). */
    private static final Pattern THE_PLAIN_PERSON = Pattern.compile("\\s*the\\s+(?:\\p{Ll}[\\p{Ll}\\-]*\\s+){0,2}(\\p{Ll}+)\\s*");
    /** Words of people that are neither roles nor among those nobody names: "the assistant said". */
    private static final Set<String> PLAIN_PEOPLE = Set.of("assistant", "attendant", "servant");
    private static final Pattern THE_SOMEONE = Pattern.compile("\\s*the\\s+(?:\\p{Ll}[\\p{Ll}’'\\-]*\\s+){0,2}"
            + "(?:source|insider|aide|staffer|strategist|operative|donor)s?\\s*");
    /** "Labour", "Senior government", "Downing Street": a word or two of whose sources speak. */
    private static final Pattern WHOSE_SOURCES = Pattern.compile("\\p{L}[\\p{L}\\-]*(?:\\s+\\p{L}[\\p{L}\\-]*){0,2}");
    /** "Sarah said", "Sarah says", "Sarah told", "said Sarah": a capitalised word that speaks (group 1 or 2). */
    private static final Pattern WORD_THAT_SPEAKS = Pattern.compile("(?<![\\p{L}’'])(\\p{Lu}\\p{Ll}+)\\s+"
            // "Theo walked in and said": the name opening a clause whose verb of saying comes after "and"
            + "(?:[\\p{Ll}’'\\-]+\\s+(?:[^.!?,;:“”\"\\s]+\\s+){0,8}?and\\s+)?(?:said|says|told|asked|replied|added)(?![\\p{L}])"
            + "|(?<![\\p{L}])(?:said|says|asked)\\s+(\\p{Lu}\\p{Ll}+)(?![\\p{L}’'])");
    private static final Pattern ASKED_BY = Pattern.compile("(?:^|[.!?]\\s+)Asked\\s+by\\s+");
    /** A quote that opens by calling someone: "Mr Gourlay, …", "Sir Giles, …", "Priya, …". */
    private static final Pattern VOCATIVE = Pattern.compile(
            "\\s*(?:(Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\\.?\\s+)?(\\p{Lu}[\\p{L}’'\\-]+(?:\\s+\\p{Lu}[\\p{L}’'\\-]+)?),\\s");
    /** "“…,” Olsen reports.": a name or a pronoun, then "reports", closing the sentence or before a comma. */
    private static final Pattern REPORTS_AFTER = Pattern.compile(
            "[\\s,]*(?<who>[Hh]e|[Ss]he|\\p{Lu}[\\p{L}’'\\-]+(?:\\s+\\p{Lu}[\\p{L}’'\\-]+){0,2})\\s+reports\\s*[.,]");
    /** "of national radio", "from the Herald": where one who asks is from, just before "asked". */
    private static final Pattern AFFILIATION_BEFORE_ASKED = Pattern.compile(
            "\\s+(?:of|from|at|for)\\s+[^,.;:!?“”\"]{1,40}?(?=\\s+(?:then\\s+|also\\s+|later\\s+)?asked\\s)");
    /** What stands between one who asks and the one asked: "asked", "asked Ms", "then asked Dr", "questioned", "pressed". */
    /** " asked ", " pressed ": a verb by which one person asks another. */
    private static final Pattern ASKED_SOMEONE_WORD = Pattern.compile("\\s(?:asked|pressed|quizzed|questioned|challenged)\\s");
    private static final Pattern ASKED_SOMEONE = Pattern.compile(
            "\\s+(?:then\\s+|also\\s+|later\\s+)?(?:asked|questioned|pressed|quizzed)\\s+(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sen|Rep|Cllr|Judge|Justice)\\.?\\s+)?");

    /** " of the crew", " from Leith", " at the mill": where someone unnamed is from, before ", who". */
    private static final Pattern PLACE_OR_BODY_AFTER = Pattern.compile("\\s+(?:of|from|at|in|on)\\s+[^,.;:!?“”\"]{1,40}");

    private static final Pattern QUOTE_MARKS_ANY = Pattern.compile("[“”\"]");
    /**
     * ", which the company", " that the council", "said the bank had": a body opening a relative or
     * a reported clause, just before its verb.
     */
    private static final Pattern BODY_SUBJECT_OF_CLAUSE = Pattern.compile(
            "(?:,\\s*which|\\bthat|\\bsaid|\\bsays)\\s+(?:the|its|their)\\s+([\\p{Ll}\\-]+)(?:\\s+(?:had|has|have))?\\s*$");
    /** Verbs that give a thing the words of a quote: "described its consultation as “thorough”". */
    private static final Set<String> NAMING_VERBS = Set.of("described", "describes", "called", "calls", "termed", "labelled",
            "labeled", "branded", "dubbed", "characterised", "characterized");
    /** "a local housing association, which": a body, then the relative clause it opens, just before its verb. */
    private static final Pattern BODY_BEFORE_WHICH = Pattern.compile(
            "(?:a|an|the|its|their)\\s+(?:[\\p{Ll}\\-]+\\s+){0,3}?([\\p{Ll}\\-]+),\\s*which(?:\\s+(?:also|later|then))?\\s*$");

    /** " and chief executive", " of baking and product development": more of a role in lower case, up to a comma. */
    private static final Pattern MORE_ROLES = Pattern.compile("(?:\\s+(?:of|for)\\s+(?:\\p{Ll}[\\p{Ll}\\-]*\\s+){0,2}\\p{Ll}[\\p{Ll}\\-]*)?"
            + "(?:\\s+and\\s+(?:\\p{Ll}[\\p{Ll}\\-]*\\s+){0,3}\\p{Ll}[\\p{Ll}\\-]*)?(?=,)");

    /** "have a name for the long hours the war has imposed:": a name, given after the colon. */
    private static final Pattern NAME_FOR = Pattern.compile("\\b(?:a|the|their|its|our|his|her)\\s+(?:own\\s+)?name\\s+for\\s[^.!?“”\"]{0,60}:\\s*$");
    /** "under the slogan they adopted after the scandal, ": a slogan, its clause, then the words. */
    private static final Pattern SLOGAN_CLAUSE = Pattern.compile("\\b(?:slogan|motto|tagline|catchphrase)\\s[^.!?“”\"]{0,60},\\s*$");
    /** "The sign on the gym wall still says": a thing that bears words, the subject of "says". */
    private static final Pattern THING_SAYS = Pattern.compile("(?<![\\p{L}])(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Oo]ne)\\s+(?:[\\p{Ll}\\-]+\\s+)?"
            + "(?:sign|banner|placard|poster|plaque|mural|billboard|[Tt]-shirt|sticker|inscription|signboard|noticeboard)s?"
            // no comma between: "Asked about the banner, Dunmore said:" is his
            + "(?![\\p{L}])[^.!?“”\",]{0,70}?\\s(?:still\\s+|now\\s+|simply\\s+)?(?:says|said)\\s*[,:]?\\s*$");

    /** "you", "your": words spoken to someone. */
    private static final Pattern SECOND_PERSON = Pattern.compile("(?i)(?<![\\p{L}’'])(?:you|your|yours|yourself)(?![\\p{L}])");

    /** "Ocampo asked whether she had read…": one asking, with the one asked not named. */
    private static final Pattern ASKS_OF_SOMEONE_UNNAMED = Pattern.compile(
            "\\s+(?:then\\s+|also\\s+|later\\s+)?(?:asked|asks)\\s+(?:(?:him|her)\\s+)?(?:whether|if|what|why|how|when|where)\\s");

    /** "Much of the speech focused on what she called the basics": what a speech was about, and whose it was. */
    private static final Pattern OF_THE_SPEECH = Pattern.compile("(?:Much|Most|Part|Some|The rest|The bulk|Half|All) of (?:the|her|his) "
            + "(?:speech|address|remarks|sermon|keynote|lecture|eulogy|homily)\\b[^.!?“”\"]{0,80}?\\b(she|he)\\b");
    /** "16-year-old": the age a descriptor gives. */
    private static final Pattern AGE_ROLE = Pattern.compile("(\\d{1,3})-year-old");
    /** "He said locum physicians…": a paragraph that opens by reporting what someone said. */
    private static final Pattern PRONOUN_REPORTS = Pattern.compile(
            "(He|She)\\s+(?:also\\s+|later\\s+|then\\s+)?(?:said|says|added|adds|explained|noted|argued|insisted|warned|claimed"
                    + "|told\\s+[\\p{L}’']+)\\s+(?!“|\")");

    /** "I wrote to him again that night.": the writer, in the first person, saying or writing something. */
    private static final Pattern FIRST_PERSON_WRITES = Pattern.compile(
            "(?:^|[.!?]\\s+)I\\s+(?:\\p{Ll}+\\s+)?(?:said|told|asked|wrote|replied|answered|emailed|texted|messaged)\\b[^.!?“”\"]*[.!?]");
    /** Nothing, or more sentences of the writer's own: "I still have the email." */
    private static final Pattern FIRST_PERSON_SENTENCES = Pattern.compile("(?:\\s*I\\s[^.!?:“”\"]*[.!?])*\\s*");
    /** An author's name as a byline gives it: two to four capitalised words. */
    private static final Pattern WRITER_NAME = Pattern.compile("\\p{Lu}[\\p{L}’'.\\-]+(?:\\s+\\p{Lu}[\\p{L}’'.\\-]+){1,3}");
    /** A document and its writer: "a statement written by club chairman", "a letter from". */
    private static final Pattern WRITTEN_BY = Pattern.compile("(?i)(?<![\\p{L}])(?:statement|letter|email|e-mail|message|note|tribute)"
            + "\\s+(?:(?:written|sent|issued|signed|posted|penned|prepared)\\s+by|from)\\s+");

    /** A widow was someone's wife, and is "the widow" once he has died. */
    private static final Map<String, String> SPOUSE_OF_THE_DEAD = Map.of("widow", "wife", "widower", "husband");

    /** "“Is there a Plan B?” one asked": someone of a group the text does not name. */
    /** "his family", "her parents", "the relatives": people the text speaks of together, none named. */
    private static final Pattern GROUP_OF_KIN = Pattern.compile("(?i)\\s*(?:his|her|their|the)\\s+(?:(?:whole|extended|own)\\s+)?"
            + "(?:family|relatives|loved ones|parents|friends|neighbours|neighbors|colleagues|children|sons|daughters|"
            + "grandchildren|siblings|classmates|teammates|bandmates|family and friends)\\s*");
    /** "the former said", "said the latter.": one of two people just named, standing alone before a verb or a stop. */
    private static final Pattern FORMER_OR_LATTER = Pattern.compile(
            "\\b[Tt]he (?:former|latter)(?=\\s*[,.;]|\\s*$|\\s+(?:" + Vocabulary.SPEECH_VERBS + ")\\b|\\s+(?:was|is|had|has)\\b)");
    /** "Paul Johnson, director of the Institute for Fiscal Studies:": a label of a name and its apposition. */
    private static final Pattern APPOSED_LABEL = Pattern.compile("\\p{Lu}[^,:;.!?“”\"]{1,40},\\s+[^:;!?“”\"]{1,110}:");
    /** ", later identified as Dennis Mulgrew": the name given to someone unnamed (group 1). */
    private static final Pattern IDENTIFIED_AS = Pattern.compile(
            "^[^.!?“”\"]{0,80}?\\b(?:identified|named) as\\s+(\\p{Lu}[\\p{L}’'\\-]+(?:\\s+\\p{Lu}[\\p{L}’'\\-]+){1,3})");
    /** "someone from the balcony", "somebody in the crowd": one the text does not name, and where they were. */
    private static final Pattern SOMEONE_FROM = Pattern.compile("\\s*(?:someone|somebody)(?:\\s+(?:from|in|at|on|near|behind)\\s+[^,;:.!?“”\"]{1,40})?\\s*(?:[,.;!?]|$)");
    private static final Set<String> SOMEONE = Set.of("one", "another", "someone", "somebody", "one of them", "another one");

    /** "in Clonmel and Mallow": a name joined by "and" to one a preposition governs is governed too. */
    private static boolean afterObliqueAnd(String text, NameScanner.Hit previous, NameScanner.Hit hit) {
        return previous != null && previous.oblique()
                && COORDINATION.matcher(text).region(previous.end(), hit.start()).matches();
    }

    /** The state of one article's pass; a new one for every article. */
    private final class Pass {
        private final List<String> paragraphs;
        /** The names in each whole paragraph, scanned once: a paragraph with no quote needs them twice. */
        private final List<List<NameScanner.Hit>> hits;
        private final People people;
        /** "Gary" → "Gary Frost": relatives named by a given name, with the family's surname. */
        private final Map<String, String> fullNames = new HashMap<>();
        /** Whether everyone named has been introduced, so mentions tell who a pronoun is. */
        private boolean settled;
        private final Set<String> named = new LinkedHashSet<>();
        /** Names found where a place could stand ({@link #asAPlace}), and where it could not. */
        private final Set<String> namedAsAPlace = new HashSet<>();
        private final Set<String> namedAsSomeone = new HashSet<>();
        /**
         * The parts of a quote that runs over several paragraphs (indexes into the found
         * quotes): each paragraph reopens the quote and only the last one closes it. Empty when
         * no quote is running on.
         */
        private final List<Integer> chain = new ArrayList<>();
        /**
         * Who spoke the quote that ended the previous paragraph ("“…,” he said."), or null: a
         * paragraph that is nothing but a quote goes on in their voice.
         */
        private String closingSpeaker;
        /** The one an interview is with, "" when the article is none, null until asked. */
        private String interviewee;
        /** Where the paragraph being read starts among positions, and who spoke the quote found last. */
        private long currentBase;
        private String lastSpeaker;
        /** The paragraph (index) and the offset just past the quote {@link #lastSpeaker} spoke. */
        private int lastSpeechParagraph = -1;
        private int lastSpeechEnd;
        /** Whether the paragraph being read has a word an anonymous source is introduced by, in one look. */
        private boolean currentMayBeAnonymous;
        /** {@link #wordsThatSpeak()}, once found. */
        private Set<String> wordsThatSpeak;
        /** {@link #quotesOf}'s paragraph and its quotes. */
        private String quotesText;
        private List<QuoteSpans.Span> quotesFound;
        /** The article's one author, or null. */
        private final String writer;
        /** The last paragraph was a turn of an exchange told in bare quotes: the next bare quote answers it. */
        private boolean turnTaking;

        /** @param nicknames "mon" → "Ramon Ilustre", from 'Ramon "Mon" Ilustre' in the article */
        Pass(List<String> paragraphs, String writer, Map<String, String> nicknames) {
            this.paragraphs = paragraphs;
            this.hits = new ArrayList<>(paragraphs.size());
            for (String p : paragraphs) {
                List<NameScanner.Hit> found = NameScanner.scan(p, 0, p.length());
                if (p.indexOf('"') >= 0 || p.indexOf('“') >= 0) {
                    List<QuoteSpans.Span> quoted = QuoteSpans.find(p);
                    found.removeIf(hit -> quotedNickname(p, hit) || partOfAQuotedTitle(p, quoted, hit));
                }
                found.removeIf(Pass::birthName);
                int credit = pictureCredit(p);
                if (credit >= 0) {
                    // "Photograph: Murdo MacLeod/The Guardian": who took the picture is in no story
                    found.removeIf(hit -> hit.start() >= credit);
                }
                hits.add(found);
                knownAs(p, found, nicknames);
            }
            Map<String, String> names = registry;
            if (!nicknames.isEmpty()) {
                // chorus.yml has the last word
                names = new HashMap<>(nicknames);
                names.putAll(registry);
            }
            this.people = new People(lexicon, names);
            // "Gideon Marsh", not "Staff Reporter, Film Desk" or a newsroom's name
            this.writer = writer != null && WRITER_NAME.matcher(writer).matches() ? writer : null;
        }

        /**
         * "her son Tormod, known as “Tormod Mòr”,": a name in quotation marks after "known as",
         * "nicknamed" or "called" is what someone already named is called, not another person, so a
         * later "Tormod said" is still the son.
         */
        private static boolean quotedNickname(String p, NameScanner.Hit hit) {
            int open = hit.start() - 1;
            if (hit.tokens().size() < 2 || open < 1 || "“\"".indexOf(p.charAt(open)) < 0 || hit.end() >= p.length()
                    || "”\"".indexOf(p.charAt(hit.end())) < 0) {
                return false;
            }
            String before = p.substring(Math.max(0, open - 12), open).stripTrailing();
            return before.endsWith(" as") || before.endsWith("nicknamed") || before.endsWith(" called")
                    || namesAWork(before);
        }

        /** Small words a title in capitals leaves in lower case: "Dust on the Windshield", "Malam Kudus di Bandung". */
        private static final Set<String> TITLE_PARTICLES = Set.of("a", "an", "the", "of", "and", "or", "in", "on", "at", "to",
                "for", "with", "from", "by", "de", "di", "da", "del", "la", "le", "van", "von", "du", "des", "y", "e");

        /**
         * "the choir's Christmas concert, “Malam Kudus di Bandung”,": a name that fills only part of
         * a quotation whose every word is a title's (capitalised, or a small word between) is part
         * of the title of a concert, a film or a show, not someone a later "she" could mean.
         */
        private static boolean partOfAQuotedTitle(String p, List<QuoteSpans.Span> quoted, NameScanner.Hit hit) {
            for (QuoteSpans.Span s : quoted) {
                if (!s.closed() || hit.start() < s.textStart() || hit.end() > s.close()) {
                    continue;
                }
                String inside = p.substring(s.textStart(), s.close()).strip();
                String[] words = inside.split("\\s+");
                if (words.length < 2 || words.length > 8 || inside.equals(String.join(" ", hit.tokens()))) {
                    return false;
                }
                for (String w : words) {
                    if (!Character.isUpperCase(w.codePointAt(0)) && !TITLE_PARTICLES.contains(w)
                            || !w.chars().allMatch(c -> Character.isLetter(c) || c == '\'' || c == '’' || c == '-')) {
                        return false;
                    }
                }
                return true;
            }
            return false;
        }

        /**
         * "She was born Celia Margaret Hollis in Leeds", "Ana Ruiz (née Ortega)": a birth name is
         * what someone named otherwise was called, not someone new for the next "she" to mean.
         */
        private static boolean birthName(NameScanner.Hit hit) {
            return "born".equals(hit.before()) || "née".equals(hit.before());
        }

        /** Kinds of work whose title may look like a person's name. */
        private static final Set<String> WORKS = Set.of("game", "film", "movie", "book", "novel", "album", "song", "play",
                "series", "show", "documentary", "poem", "opera", "app");

        /**
         * "The game, “Tuulte Saar” (Island of Winds), is…", "the film “Ana Maria”": a name that fills a
         * quotation right after the kind of work it is is that work's title, not a person, so a later
         * "Saar said" is still the Saar who speaks.
         */
        private static boolean namesAWork(String before) {
            String words = before.endsWith(",") ? before.substring(0, before.length() - 1) : before;
            int space = words.lastIndexOf(' ');
            return WORKS.contains(words.substring(space + 1).toLowerCase(Locale.ROOT));
        }

        /**
         * "Duangjai Boonmee, 68, known to viewers by her nickname Noi,", "Apichart Srisawat, known
         * in the industry as Aek,": the one word is the name the article goes on to use for that
         * person, so it goes into {@code nicknames} ("noi" → "Duangjai Boonmee") as the quoted
         * nickname of 'Ramon "Mon" Ilustre' does. Only of someone the words around show is a
         * person, since a company is "known as" a shorter name too.
         */
        private void knownAs(String text, List<NameScanner.Hit> found, Map<String, String> nicknames) {
            for (NameScanner.Hit hit : found) {
                // the phrase opens within an age's reach of the name: looked for there, not in the whole paragraph
                int to = Math.min(text.length(), hit.end() + 90);
                if (hit.tokens().size() < 2 || hit.possessive() || hit.character() || hit.end() >= to || text.charAt(hit.end()) != ','
                        || !Regions.contains(text, "known ", hit.end(), Math.min(to, hit.end() + 30))
                        && !Regions.contains(text, "nicknamed ", hit.end(), Math.min(to, hit.end() + 30))) {
                    continue;
                }
                Matcher m = KNOWN_AS.matcher(text).region(hit.end(), to);
                if (m.lookingAt() && (hit.honorific() != null || lexicon.isGivenName(hit.tokens().get(0))
                        || Vocabulary.ROLE_NOUNS.contains(hit.before()) || m.group(1) != null
                        // "Temilade Openiyi, known as Tems,": a stage name; not "…, known as the RNLI"
                        || hit.tokens().stream().noneMatch(lexicon::isOrganisationWord) && !lexicon.isPlace(hit.joined())
                        && m.group(2).chars().anyMatch(Character::isLowerCase))) {
                    nicknames.putIfAbsent(m.group(2).toLowerCase(Locale.ROOT), hit.joined());
                }
            }
        }

        /**
         * "Jamshid Akmalovich Tursunov’s play": a whole name that owns a play, a novel or a poem
         * is its author, a person, whether or not Chorus knows the given name.
         */
        /**
         * "Ngaire Tuhiwai taught at the school. She recalled her first class.": a whole name that
         * opens its sentence, and then "he" or "she" opening the next before anyone else is named,
         * is a person, whether or not Chorus knows the given name; a firm is "it".
         */
        private boolean heOrSheNext(int paragraph, int k) {
            NameScanner.Hit hit = hits.get(paragraph).get(k);
            String p = paragraphs.get(paragraph);
            // "For Rasul Magomedov, a father of three, the debate is…": the one the sentence is about
            boolean opens = hit.sentenceStart() || "for".equals(hit.before());
            if (hit.tokens().size() < 2 || hit.possessive() && !ownsAThing(p, hit) || !opens || !hit.subject()
                    // "known as "Silicon Saxony" already employs": a quoted name is a thing's
                    || hit.start() > 0 && "“\"‘'".indexOf(p.charAt(hit.start() - 1)) >= 0
                    // "Born Eileen Quigley in Drumlish, she trained…": a birth name, of someone named otherwise
                    || hit.tokens().get(0).equals("Born")) {
                return false;
            }
            List<NameScanner.Hit> here = hits.get(paragraph);
            // "… opened the exhibition. “Art is how…,” she said": a capital inside the quote names nobody
            int next = k + 1;
            List<QuoteSpans.Span> quoted = next < here.size() ? QuoteSpans.find(p) : List.of();
            // "For Rasul Magomedov, a father of three in Kaspiysk, the debate…": nor does a town in
            // the name's own apposition
            int apposition = APPOSITION_OPENS.matcher(p).region(hit.end(), p.length()).lookingAt() ? p.indexOf(',', hit.end() + 2) : -1;
            while (next < here.size() && (withinQuote(quoted, p, here.get(next).start()) || here.get(next).start() < apposition)) {
                next++;
            }
            int to = next < here.size() ? here.get(next).start() : p.length();
            if (SHE_SAID.matcher(p).region(hit.end(), to).find()) {
                return true;
            }
            // the sentence after the name's, though it names a school or a town on the way
            Matcher stop = SENTENCE_BREAK.matcher(p).region(hit.end(), p.length());
            if (stop.find()) {
                return PRONOUN_OPENS.matcher(p).region(stop.end(), p.length()).lookingAt();
            }
            // "…taught for forty years." ¶ "In a 2012 interview, he recalled…" or "“…,” she said."
            return paragraph + 1 < paragraphs.size() && (PRONOUN_OPENS.matcher(paragraphs.get(paragraph + 1)).lookingAt()
                    || opensAFullSentence(p, hit) && opensWithHerQuote(paragraphs.get(paragraph + 1)));
        }

        /**
         * The gender of the "he" or "she" that opens the sentence after the one a whole name opens
         * as its subject ("Tatum Reyes had spent most of the afternoon being stopped at the line.
         * In overtime, he finally found…"), with nobody named between; else 0. It says more of
         * the person than a guess from the given name.
         */
        private static char pronounOpeningTheNextSentence(String p, List<NameScanner.Hit> here, int k) {
            NameScanner.Hit hit = here.get(k);
            if (!hit.sentenceStart() || !hit.subject() || hit.possessive()
                    // "Two Bulls: He builds software…" labels an answer; the name is not the subject
                    || hit.end() + 1 >= p.length() || p.charAt(hit.end()) != ' ' || !Character.isLowerCase(p.charAt(hit.end() + 1))) {
                return 0;
            }
            Matcher stop = SENTENCE_BREAK.matcher(p).region(hit.end(), p.length());
            if (!stop.find() || k + 1 < here.size() && here.get(k + 1).start() < stop.end()
                    || Regions.contains(p, "“", hit.end(), stop.end()) || Regions.contains(p, "\"", hit.end(), stop.end())) {
                return 0;
            }
            Matcher opens = PRONOUN_OPENS.matcher(p).region(stop.end(), p.length());
            if (!opens.lookingAt()) {
                return 0;
            }
            Matcher pronoun = HE_OR_SHE.matcher(p).region(stop.end(), opens.end());
            return pronoun.find() ? genderOf(pronoun.group(1).toLowerCase(Locale.ROOT)) : 0;
        }

        /**
         * "Sadhbh Ní Bhriain’s ink drawings have appeared on stamps. Last spring she…": a whole name
         * opening its sentence as the owner of a thing, not of a role or a relative ("Globex Systems’
         * chief executive", "Ama Owusu’s daughter"), whom a "he" or "she" after it can only mean.
         */
        private static boolean ownsAThing(String p, NameScanner.Hit hit) {
            if (!opensAFullSentence(p, hit)) {
                return false;
            }
            Matcher words = OWNED_WORDS.matcher(p).region(hit.end(), p.length());
            if (!words.lookingAt()) {
                return false;
            }
            for (String word : words.group().strip().split("\\s+")) {
                String lower = word.toLowerCase(Locale.ROOT);
                if (Vocabulary.isRole(lower) || Vocabulary.KIN.contains(lower) || Vocabulary.UNNAMED_PEOPLE.contains(lower)) {
                    return false;
                }
            }
            return true;
        }

        /** The lower-case words after an owner's name, up to its verb or the next capital. */
        private static final Pattern OWNED_WORDS = Pattern.compile("(?:\\s+\\p{Ll}[\\p{Ll}\\-]*){1,4}");

        /** The name opens the paragraph or a sentence after a full stop, not a title after a colon. */
        private static boolean opensAFullSentence(String p, NameScanner.Hit hit) {
            int i = hit.start() - 1;
            while (i >= 0 && Character.isWhitespace(p.charAt(i))) {
                i--;
            }
            return i < 0 || ".!?".indexOf(p.charAt(i)) >= 0;
        }

        /** "“Art is how we remember,” she said.": a paragraph that opens with a quote "he" or "she" said. */
        private static boolean opensWithHerQuote(String p) {
            if (p.isEmpty() || "“\"".indexOf(p.charAt(0)) < 0) {
                return false;
            }
            List<QuoteSpans.Span> spans = QuoteSpans.find(p);
            return !spans.isEmpty() && spans.get(0).open() == 0 && spans.get(0).closed() && spans.get(0).close() > 0
                    && SHE_SAID.matcher(p).region(spans.get(0).close() - 1, p.length()).lookingAt();
        }

        /**
         * "“Pa, talk it again!”": one word called out to at the start of a quotation is how the
         * speaker addresses someone, not a name written alone, so it does not show that the word
         * before "Pa Alimamy Kamara" is a given name.
         */
        private static boolean calledOutTo(String p, NameScanner.Hit hit) {
            return hit.tokens().size() == 1 && hit.start() > 0 && hit.end() < p.length() && p.charAt(hit.end()) == ','
                    && "“\"".indexOf(p.charAt(hit.start() - 1)) >= 0;
        }

        private static boolean authorOfAWork(String text, NameScanner.Hit hit) {
            return hit.possessive() && hit.tokens().size() > 1
                    && OWNED_WORK.matcher(text).region(hit.end(), Math.min(text.length(), hit.end() + 40)).lookingAt();
        }

        Result run(String title) {
            List<List<String>> written = new ArrayList<>();
            Map<String, Set<String>> honorificsBySurname = new HashMap<>();
            for (int i = 0; i < hits.size(); i++) {
                for (NameScanner.Hit hit : hits.get(i)) {
                    if (!hit.character() && !calledOutTo(paragraphs.get(i), hit)) {
                        written.add(hit.tokens());
                        if (hit.honorific() != null) {
                            honorificsBySurname.computeIfAbsent(hit.tokens().get(hit.tokens().size() - 1), k -> new HashSet<>())
                                    .add(hit.honorific());
                        }
                    }
                }
            }
            people.noteFormsOfAddress(written, honorificsBySurname, paragraphs);
            for (int i = 0; i < paragraphs.size(); i++) {
                String p = paragraphs.get(i);
                NameScanner.Hit previous = null;
                List<NameScanner.Hit> inParagraph = hits.get(i);
                for (int k = 0; k < inParagraph.size(); k++) {
                    NameScanner.Hit hit = inParagraph.get(k);
                    // "of Environment and Climate Change Canada said": the "of" reaches past the "and"
                    boolean coordinated = afterObliqueAnd(p, previous, hit);
                    previous = hit;
                    if (hit.character() || coordinated) {
                        continue;
                    }
                    // "A spokeswoman for the ministry, Gulnara Sadykova,": the body before her is not her
                    boolean renamesARole = NameEvidence.renamesARole(p, hit);
                    // "The film's producer, Sheikh Aras Zebari, said it would…": no body is a Sheikh or a Dr
                    if (hit.tokens().size() > 1 && !renamesARole && hit.honorific() == null
                            && NameEvidence.organisation(p, hit, lexicon)) {
                        people.noteOrganisation(hit.tokens());
                    } else if (hit.possessive() && heOrSheNext(i, k)
                            || !hit.possessive() && (hit.honorific() != null || NameEvidence.person(p, hit.end())
                            || NameEvidence.fromAPlaceThenWho(p, hit) || NameEvidence.asks(p, hit.start()) || NameEvidence.saidBefore(p, hit)
                            || NameEvidence.playedBy(p, hit) || NameEvidence.roleBeside(p, hit) || renamesARole
                            || heOrSheNext(i, k) || NameEvidence.labelsAQuote(p, hit)) || authorOfAWork(p, hit)) {
                        people.noteActingSurname(hit.tokens().get(hit.tokens().size() - 1));
                    }
                    String surname = hit.tokens().get(hit.tokens().size() - 1);
                    if (hit.tokens().size() > 1 && (lexicon.isOrganisationWord(surname) || lexicon.isPlace(surname))
                            && !hit.possessive() && hit.honorific() == null && !hit.oblique()
                            // "the MP for Teifi Valley, who said": the "who" is the MP's
                            && !Vocabulary.PREPOSITIONS.contains(hit.before())
                            && (NameEvidence.onlyAPersons(p, hit.end()) || heOrSheNext(i, k)
                            // "Citi analyst Fiona Lake wrote that…": a role, then a given name before the place
                            || hit.before() != null && Vocabulary.ROLE_NOUNS.contains(hit.before())
                            && lexicon.isGivenName(hit.tokens().get(0)))) {
                        people.notePersonalSurname(hit.tokens());
                    }
                }
            }
            for (int i = 0; i < paragraphs.size(); i++) {
                String p = paragraphs.get(i);
                long base = (long) (i + 1) * PARAGRAPH_STRIDE;
                List<NameScanner.Hit> inParagraph = hits.get(i);
                List<QuoteSpans.Span> quoted = QuoteSpans.find(p);
                for (int k = 0; k < inParagraph.size(); k++) {
                    NameScanner.Hit hit = withSharedSurname(p, inParagraph, k);
                    String name = nameOf(hit, p, base + hit.start());
                    if (name != null) {
                        named.add(name);
                        (asAPlace(p, hit) ? namedAsAPlace : namedAsSomeone).add(name);
                        if (hit.tokens().size() == 1 && hit.honorific() == null && name.startsWith(hit.tokens().get(0) + " ")
                                && !withinQuote(quoted, p, hit.start())) {
                            // the reporter's own "Senad was more diplomatic", not a speaker's "Senad leaves his socks"
                            people.noteCalledByGivenName(name);
                        }
                        people.count(name, 1);
                        people.introduce(name, base + hit.start());
                        Matcher self = SAID_OF_SELF.matcher(p).region(hit.end(), Math.min(p.length(), hit.end() + 40));
                        if (self.lookingAt() && hit.honorific() == null && !speaksAsTheOther(p, self.end(), self.group(1), inParagraph, k)
                                // "describe Voss by the nickname …, a name Harlan said he encouraged": the "he"
                                // may be the one named before her in the sentence
                                && !someoneNamedBeforeInTheSentence(p, inParagraph, k)) {
                            // "Klassen said he had considered calling a timeout": Darcy Klassen is a man
                            people.correctGuessedGender(name, genderOf(self.group(1)));
                        } else if (hit.tokens().size() > 1 && hit.honorific() == null && name.equals(String.join(" ", hit.tokens()))) {
                            // "Tatum Reyes had spent the afternoon being stopped. In overtime, he finally…"
                            people.correctGuessedGender(name, pronounOpeningTheNextSentence(p, inParagraph, k));
                        }
                        Matcher age = AGE_AFTER.matcher(p).region(hit.end(), Math.min(p.length(), hit.end() + 8));
                        if (age.lookingAt()) {
                            people.noteAge(name, Integer.parseInt(NameEvidence.age(age)));
                        }
                        if (NameEvidence.deceased(p, hit)) {
                            people.noteDeceased(name);
                        } else if (NameEvidence.hasDied(p, hit)) {
                            people.noteObituarySubject(name);
                        }
                        Matcher work = hit.possessive() ? OWNED_WORK.matcher(p).region(hit.end(), Math.min(p.length(), hit.end() + 40)) : null;
                        if (work != null && work.lookingAt()) {
                            // "Ruth Kavanagh’s new play" makes her "the playwright" of the review
                            people.noteRole(name, MAKER_OF.get(work.group(1).toLowerCase(Locale.ROOT)));
                        }
                        String agent = agentOfPassive(p, hit.start());
                        if (agent != null) {
                            people.noteRole(name, agent);
                        }
                    }
                }
                roleOfTheOneNamed(p, inParagraph, quoted, base);
                if (i == 1) {
                    roleTheLeadGave(inParagraph);
                }
            }
            if (title != null) {
                for (NameScanner.Hit hit : NameScanner.scan(title, 0, title.length())) {
                    String name = people.recall(hit.tokens(), hit.honorific());
                    if (name != null) {
                        people.mention(name, -1, true);
                        people.count(name, 2);
                    }
                }
            }
            List<FoundQuote> quotes = new ArrayList<>();
            people.settle();
            settled = true;
            for (int i = 0; i < paragraphs.size(); i++) {
                paragraph(i, quotes);
            }
            endChain(quotes);
            identifiedLate(quotes);
            if (!fullNames.isEmpty()) {
                quotes.replaceAll(q -> q.speaker() == null ? q
                        : new FoundQuote(q.text(), fullNames.getOrDefault(q.speaker(), q.speaker()), q.paragraph(), q.open(), q.end()));
            }
            Set<String> speakers = new LinkedHashSet<>();
            for (FoundQuote q : quotes) {
                if (q.speaker() != null) {
                    speakers.add(q.speaker());
                }
            }
            List<String> others = named.stream().filter(n -> !namedAsAPlace.contains(n) || namedAsSomeone.contains(n))
                    .map(n -> fullNames.getOrDefault(n, n))
                    .distinct().filter(n -> !speakers.contains(n) && mentionable(n)).toList();
            return new Result(quotes, List.copyOf(speakers), others);
        }

        /**
         * Whether a name stands where a place does: after "in", "at" or "near" (not "from": "a cross
         * from Ryan Tully"), or after an age's "of" ("Vincent Mancuso, 47, of Howard Beach").
         * Someone named only so is no one the article mentions.
         */
        private static boolean asAPlace(String p, NameScanner.Hit hit) {
            String before = hit.before();
            if ("in".equals(before) || "at".equals(before) || "near".equals(before)) {
                return true;
            }
            return "of".equals(before) && AGE_OF.matcher(p).region(Math.max(0, hit.start() - 12), hit.start()).find();
        }

        /**
         * Whether a name no quote is attributed to is shown as a person the article mentions:
         * not one word that is no given name ("Campaigners", "Cleveland", "I've"), a place, or a
         * name with an organisation's word in it ("Screen Artists Guild"), which can stand as a
         * sentence's subject ("Screen Artists Guild said…") and so were kept as candidates.
         */
        private boolean mentionable(String name) {
            if (name.indexOf(' ') < 0) {
                return lexicon.isGivenName(name);
            }
            if (lexicon.isPlace(name)) {
                return false;
            }
            for (String token : name.split(" ")) {
                if (lexicon.isOrganisationWord(token)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * "Efisio Pinna did not pretend it had been pretty. After Olbia beat Torres 2-1, the coach
         * sat down…": a paragraph that opens on one person, names nobody else and goes on with "the
         * coach" acting, calls that person by the role, so a later "“…,” the coach said" is Pinna,
         * not the player named since. Only a role nobody holds yet, opening its clause and acting.
         */
        private void roleOfTheOneNamed(String p, List<NameScanner.Hit> inParagraph, List<QuoteSpans.Span> quoted, long base) {
            if (inParagraph.isEmpty() || !inParagraph.get(0).sentenceStart() || !inParagraph.get(0).subject()
                    || !p.contains("the ")) {
                return;
            }
            String name = null;
            for (NameScanner.Hit hit : inParagraph) {
                // "After Olbia beat Torres": a team or a place is nobody who could be the coach
                String who = people.recall(hit.tokens(), hit.honorific());
                if (who != null && name != null && !name.equals(who)) {
                    return;
                }
                name = who != null ? who : name;
            }
            if (name == null) {
                return;
            }
            NameScanner.Hit last = inParagraph.get(inParagraph.size() - 1);
            for (Descriptors.Match d : Descriptors.roles(p, last.end(), p.length(), true)) {
                String role = d.role();
                if (p.regionMatches(d.start(), "the ", 0, 4) && Vocabulary.ROLE_NOUNS.contains(role)
                        && !Vocabulary.KIN.contains(role) && !Vocabulary.SOURCE_ROLES.contains(role)
                        && !withinQuote(quoted, p, d.start()) && verbAt(p, d.end()) && !actsOnThem(p, d)
                        && people.onlyWithRole(role) == null && people.latestWithRole(role, base + d.start()) == null) {
                    people.noteRole(name, role);
                }
            }
        }

        /**
         * "A lollipop man has stepped down after 41 years…" ¶ "Dennis Maddock, 79, first took up his
         * post…": a news lead that describes its subject before naming them gives that description
         * to the one the next paragraph opens on, so a later "“…,” the lollipop man said" is him.
         * Only a lead that names nobody and opens on "A" or "An" and a word for a person.
         */
        private void roleTheLeadGave(List<NameScanner.Hit> inParagraph) {
            String lead = paragraphs.get(0);
            if (!lead.startsWith("A ") && !lead.startsWith("An ") || inParagraph.isEmpty()) {
                return;
            }
            NameScanner.Hit first = inParagraph.get(0);
            if (first.start() != 0 || first.tokens().size() < 2 || first.honorific() != null || first.possessive()
                    || !first.subject()) {
                return;
            }
            for (NameScanner.Hit hit : hits.get(0)) {
                if (hit.tokens().size() > 1 && people.recall(hit.tokens(), hit.honorific()) != null) {
                    return;
                }
            }
            String name = people.recall(first.tokens(), null);
            Descriptors.Match described = Descriptors.openingUnnamed(lead, Math.min(lead.length(), 60));
            if (name != null && described != null && !People.isUnnamed(name)
                    && (Vocabulary.ROLE_NOUNS.contains(described.role()) || Vocabulary.UNNAMED_PEOPLE.contains(described.role()))) {
                people.noteRole(name, described.role());
            }
        }

        /**
         * "the judge told him", "Sentencing him, the judge said": a role acting on "him" or "her",
         * who is most often the one the paragraph is about, and so not the one in the role.
         */
        private static boolean actsOnThem(String p, Descriptors.Match d) {
            int verb = Regions.skipSpaces(p, d.end());
            while (verb < p.length() && Character.isLetter(p.charAt(verb))) {
                verb++;
            }
            return TOLD_THEM.matcher(p).region(verb, Math.min(p.length(), verb + 12)).lookingAt()
                    || ACTING_ON_THEM_BEFORE.matcher(p).region(Math.max(0, d.start() - 30), d.start()).find();
        }

        /**
         * A lower-case word next, most often a verb: "the coach sat", not "the coach, Ana Ruiz,",
         * nor "the head of the union said", a role said in full as a stranger's is.
         */
        private static boolean verbAt(String p, int at) {
            int i = Regions.skipSpaces(p, at);
            return i < p.length() && Character.isLowerCase(p.charAt(i)) && !p.startsWith("of ", i) && !p.startsWith("for ", i);
        }

        /**
         * "LOMÉ - A notary accused of … told the court that he had “signed what he was told to sign”."
         * ¶ "Maître Koffi Mensah Agbodjan, 58, is on trial…": a story that opens on someone by what
         * they are, and names them with their age at the start of the next paragraph, quotes them
         * before their name. Only when the opening sentence has a "he" or "she" for them, the next
         * paragraph quotes no one's speech, and no one else is named before the quote.
         */
        private void identifiedLate(List<FoundQuote> quotes) {
            if (paragraphs.size() < 2 || hits.get(1).isEmpty() || quotes.isEmpty() || quotes.get(0).paragraph() != 1
                    || quotes.get(0).speaker() != null) {
                return;
            }
            String first = paragraphs.get(0);
            String next = paragraphs.get(1);
            FoundQuote q = quotes.get(0);
            int lede = LeadIn.afterDateline(first);
            if (!(first.startsWith("A ", lede) || first.startsWith("An ", lede)) || quotes.stream().anyMatch(o -> o.paragraph() == 2)
                    || hits.get(0).stream().anyMatch(h -> h.start() >= lede && h.start() < q.open() && namedHere(h))
                    || firstSentenceEnds(first, lede) < q.open()
                    || !Regions.contains(first, " he ", lede, q.open()) && !Regions.contains(first, " she ", lede, q.open())) {
                return;
            }
            Descriptors.Match opener = Descriptors.openingUnnamed(first.substring(lede), Math.min(first.length() - lede, 60));
            if (opener != null && SPEAKS_FOR_OTHERS.contains(opener.role())) {
                // "A spokesman for the council said he was “…”": one who speaks for others stays unnamed
                return;
            }
            NameScanner.Hit hit = hits.get(1).get(0);
            String before = next.substring(0, hit.start()).strip();
            if (!before.isEmpty() && (hit.honorific() == null || before.indexOf(' ') >= 0)
                    || !AGE_AFTER.matcher(next).region(hit.end(), Math.min(next.length(), hit.end() + 8)).lookingAt()) {
                return;
            }
            String who = people.recall(hit.tokens(), hit.honorific());
            if (who != null) {
                quotes.set(0, new FoundQuote(q.text(), who, q.paragraph(), q.open(), q.end()));
            }
        }

        /** Whether a name in the first paragraph is a person first named there. */
        private boolean namedHere(NameScanner.Hit h) {
            String who = people.recall(h.tokens(), h.honorific());
            long at = who == null ? Long.MIN_VALUE : people.introducedAt(who);
            return at >= PARAGRAPH_STRIDE && at < 2L * PARAGRAPH_STRIDE;
        }

        private static int firstSentenceEnds(String p, int from) {
            int end = Sentences.firstEnd(p.substring(from));
            return end < 0 ? p.length() : from + end;
        }

        /**
         * "siblings Kemi and Tunde Balogun", "Barry and Hamish McLeod": a given name joined by
         * "and" to a whole name shares its surname, so it is met as Kemi Balogun, not as a
         * "Kemi" of her own whom a later "Ms Balogun" could not mean. Else the hit as it is.
         */
        private NameScanner.Hit withSharedSurname(String text, List<NameScanner.Hit> inParagraph, int k) {
            NameScanner.Hit hit = inParagraph.get(k);
            if (k + 1 >= inParagraph.size() || hit.tokens().size() != 1 || hit.honorific() != null || hit.possessive()) {
                return hit;
            }
            NameScanner.Hit whole = inParagraph.get(k + 1);
            List<String> tokens = whole.tokens();
            if (tokens.size() < 2 || whole.honorific() != null || !lexicon.isGivenName(hit.tokens().get(0))
                    || !lexicon.isGivenName(tokens.get(0)) || !text.startsWith(" and ", hit.end())
                    || whole.start() != hit.end() + 5) {
                return hit;
            }
            List<String> shared = new ArrayList<>(tokens);
            shared.set(0, hit.tokens().get(0));
            return new NameScanner.Hit(hit.start(), hit.end(), List.copyOf(shared), null, hit.before(), hit.character(),
                    hit.sentenceStart(), false, hit.subject());
        }

        /** The latest whole name before {@code hit} (at {@code pos}) that ends with its one word, or null. */
        private NameScanner.Hit earlierWholeName(NameScanner.Hit hit, long pos) {
            String word = hit.tokens().get(0);
            int index = (int) (pos / PARAGRAPH_STRIDE) - 1;
            for (int i = Math.min(index, hits.size() - 1); i >= 0; i--) {
                List<NameScanner.Hit> in = hits.get(i);
                for (int k = in.size() - 1; k >= 0; k--) {
                    NameScanner.Hit h = in.get(k);
                    if ((i < index || h.start() < hit.start()) && h.tokens().size() > 1
                            && h.tokens().get(h.tokens().size() - 1).equals(word)) {
                        return h;
                    }
                }
            }
            return null;
        }

        /** The person a name in running text is, noting organisations and roles on the way. */
        private String nameOf(NameScanner.Hit hit, String text, long pos) {
            if (dateline(hit, text)) {
                return null;
            }
            if (settled) {
                noteTheOwnersGender(hit, text, pos);
            }
            String byAge = siblingByAge(text, hit);
            if (byAge != null) {
                // "The younger Stainton laughed": of two of that name whose ages are given; and
                // "The elder Ibarra, 67, is…", with an age after, is no one-name person of her own
                return byAge;
            }
            if (hit.tokens().size() == 1 && NameEvidence.reflexiveAfter(text, hit.end()) && people.recall(hit.tokens(), null) == null) {
                // "Sahana Venkatraman opened the concert." … "Venkatraman herself was modest": the
                // surname of the whole name written before, whose given name Chorus did not know
                NameScanner.Hit whole = earlierWholeName(hit, pos);
                String name = whole == null ? null : people.resolve(whole.tokens(), whole.honorific(), People.Evidence.PERSON, pos);
                if (name != null) {
                    return name;
                }
            }
            if (hit.tokens().size() == 2 && hit.honorific() == null && NameEvidence.onlyNameGiven(text, hit)
                    && !people.isOrganisation(hit.tokens())) {
                // "who gave her name only as Mama Chidi": the words she gave are her name, though
                // Chorus knows neither as a given name, since the text says they are what she is called
                return people.resolve(hit.tokens(), null, People.Evidence.PERSON, pos);
            }
            if (hit.tokens().size() == 1 && (NameEvidence.onlyNameGiven(text, hit)
                    || !hit.character() && NameEvidence.oneNamePerson(text, hit.end())
                    // not "her daughter, Isla," who may be a baby, and a rival for "she"
                    || isAdultRelative(relativeByGivenName(text, hit)))) {
                // "introduced only as Mia" (not a character's name, though "as" comes before it),
                // "Davie, a retired miner who would not give his surname,", "Her brother Sam"; but
                // "Mrs Jenkins, 31," is read with her title when the name alone is her child's
                String named = people.namedOnlyAs(hit.tokens().get(0));
                String titled = hit.honorific() != null && people.isChildOfTheFamily(named)
                        ? people.resolve(hit.tokens(), hit.honorific(), People.Evidence.TEXT, pos) : null;
                return notingFamily(titled != null ? titled : named, hit, text, pos);
            }
            if (hit.tokens().size() == 1 && (speakingRelative(text, hit)
                    || relativeByGivenName(text, hit, true) != null && wordsThatSpeak().contains(hit.tokens().get(0)))) {
                // "His daughter Aoife said", "said his son, Tserendorj": a child who speaks is a
                // person too, by the one name the text gives (a Mongolian or an Ethiopian child
                // does not carry the family's last name); so is "His daughter Sarah was with him"
                // when "“…,” Sarah said" follows
                return wholeNameOfTheFamily(hit, text, pos);
            }
            if (hit.tokens().size() == 1 && hit.honorific() != null && !hit.character() && roleInApposition(text, hit.end())
                    && people.recall(hit.tokens(), hit.honorific()) == null) {
                // "Pu Zothansanga, president of a local branch of…, said": a form of address before
                // one word renamed by a role is a person of one name, as a Mizo or a Mongolian may be
                String name = people.namedOnlyAs(hit.tokens().get(0));
                people.noteGender(name, People.honorificGender(hit.honorific()));
                rolesAround(hit, text).forEach(r -> people.noteRole(name, r));
                return name;
            }
            if (hit.tokens().size() == 1 && hit.honorific() == null && !hit.character()
                    && ("said".equals(hit.before()) || "says".equals(hit.before()))
                    && roleInApposition(text, hit.end()) && !lexicon.isPlace(hit.tokens().get(0))
                    && people.recall(hit.tokens(), null) == null) {
                // "“…,” said Sumarni, the studio’s founder": the one word that speaks, renamed by a
                // role, is a person of one name, as many Indonesians are, though Chorus does not know it
                String name = people.namedOnlyAs(hit.tokens().get(0));
                rolesAround(hit, text).forEach(r -> people.noteRole(name, r));
                return name;
            }
            if (hit.tokens().size() == 1 && hit.honorific() == null && !hit.character()
                    && Vocabulary.ROLE_NOUNS.contains(hit.before()) && oneWordAfterARole(text, hit)
                    && !people.isOrganisation(hit.tokens()) && people.recall(hit.tokens(), null) == null) {
                // "The singer Adele headlined", "midfielder Casemiro": a role written small just
                // before one word Chorus does not know makes it a person of one name, as many
                // performers and Brazilian footballers are
                String name = people.namedOnlyAs(hit.tokens().get(0));
                people.noteRole(name, hit.before());
                return name;
            }
            if (hit.tokens().size() == 1 && !hit.character() && NameEvidence.agedByThe(text, hit.end())
                    && people.recall(hit.tokens(), null) == null) {
                // "Telinho, the 21-year-old winger from Matola": one word Chorus does not know, and
                // his role, "the winger"; "Asiedu, the 22-year-old striker" is Kwame Asiedu as before
                String name = people.namedOnlyAs(hit.tokens().get(0));
                rolesAround(hit, text).forEach(r -> people.noteRole(name, r));
                return name;
            }
            if (hit.tokens().size() == 1 && Vocabulary.KIN.contains(hit.before())) {
                // "Siân Pritchard, whose son Osian is seven,": no person yet, but if "Osian himself"
                // speaks later, he is Osian Pritchard
                notingFamily(hit.tokens().get(0), hit, text, pos);
            }
            if (hit.tokens().size() == 1 && hit.honorific() == null && !hit.character()
                    && (NameEvidence.whoAfter(text, hit.end())
                            // not "an official at the union Equity, who says": the who is the official
                            && (hit.sentenceStart() || "said".equals(hit.before()) || "says".equals(hit.before()))
                        || NameEvidence.speaksInFirstPerson(text, hit.start(), hit.end())
                        || NameEvidence.speaksThenHeOrShe(text, hit.end(), "said".equals(hit.before()) || "says".equals(hit.before())))
                    && !people.isOrganisation(hit.tokens()) && !lexicon.isPlace(hit.tokens().get(0))
                    && people.recall(hit.tokens(), null) == null && !inALongerName(hit.tokens().get(0))
                    && !addressBeforeAKnownName(hit.tokens().get(0))) {
                // "said Shakira, who headlined", "“My ankle is fine,” Neymar said", "Drake said. He
                // added": one word Chorus does not know, written as only a person's is ("which",
                // "we" and "it" are a company's), and never beside another name it would be part
                // of: a person of one name
                return people.namedOnlyAs(hit.tokens().get(0));
            }
            if (hit.character() && !NameEvidence.OWN_NAME_BEFORE.matcher(text).region(Math.max(0, hit.start() - 40), hit.start()).find()) {
                // "played by X as Hamlet" is a character; "a man who introduced himself as Pádraig Ó Sé" is not
                return null;
            }
            // "Alder County Sheriff Raymond Tuilagi": the title may name a place or a body, the name not
            List<String> bare = people.withoutTitles(hit.tokens());
            if (bare.size() > 1 && people.isOrganisation(bare)) {
                // "Chipmaker Nvidia said": and a later "Nvidia" is the company too
                people.noteOrganisation(Vocabulary.COMPANY_KINDS.contains(bare.get(0).toLowerCase(Locale.ROOT))
                        ? bare.subList(1, bare.size()) : bare);
                return null;
            }
            if (withArticle(hit, text)) {
                // not a person here; "the Doherty family home" says nothing of a later "Doherty"
                return null;
            }
            if (Vocabulary.COMPANY_KINDS.contains(hit.before())) {
                // "said chipmaker Nvidia": a company, and so is a later bare "Nvidia"
                people.noteOrganisation(hit.tokens());
                return null;
            }
            List<String> roles = rolesAround(hit, text);
            People.Evidence evidence = roles.isEmpty() || hit.tokens().size() < 2 ? People.Evidence.TEXT : People.Evidence.PERSON;
            String name = roles.stream().anyMatch(Vocabulary.KIN::contains)
                    ? people.resolveRelative(hit.tokens(), hit.honorific(), evidence, pos)
                    : people.resolve(hit.tokens(), hit.honorific(), evidence, pos);
            if (name != null) {
                roles.forEach(r -> people.noteRole(name, r));
                Matcher child = CHILD_OF_AFTER.matcher(text).region(hit.end(), Math.min(text.length(), hit.end() + 40));
                if (!hit.possessive() && child.lookingAt()) {
                    // "Huamán Salas is the son of Julio César Huamán Ccori": the younger of the two
                    people.noteRole(name, child.group(1).toLowerCase(Locale.ROOT));
                }
            }
            return notingFamily(name, hit, text, pos);
        }

        /** "Vho-Ramabulana": a form of address joined to the surname of someone already named. */
        private boolean addressBeforeAKnownName(String word) {
            int hyphen = word.lastIndexOf('-');
            return hyphen > 0 && hyphen + 1 < word.length() && Character.isUpperCase(word.charAt(hyphen + 1))
                    && people.recall(List.of(word.substring(hyphen + 1)), null) != null;
        }

        /**
         * Whether the one word of {@code hit}, after a role written small, may be someone's only
         * name: not a place or a nationality ("A veteran Maltese press photographer", "a veteran Dutch
         * stage designer"), not what the
         * next role is ("the veteran Labour MP"), not a part played ("as the old fisherman Pawel").
         */
        private boolean oneWordAfterARole(String text, NameScanner.Hit hit) {
            String word = hit.tokens().get(0);
            if (text.indexOf(' ', hit.start()) < hit.end() || lexicon.isPlace(word)
                    || Vocabulary.DEMONYMS.contains(word.toLowerCase(Locale.ROOT))
                    || Vocabulary.NATIONALITY_ADJECTIVES.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
            int from = Regions.skipSpaces(text, hit.end());
            int to = from;
            while (to < text.length() && (Character.isLetter(text.charAt(to)) || text.charAt(to) == '-')) {
                to++;
            }
            if (to > from && Vocabulary.isRole(text.substring(from, to).toLowerCase(Locale.ROOT))) {
                return false;
            }
            return !PLAYED_AS_ROLE.matcher(text).region(Math.max(0, hit.start() - 50), hit.start()).find();
        }

        /** ", president of", ", the club's treasurer", ", a teacher": a role renaming the name just before. */
        private static boolean roleInApposition(String text, int end) {
            Matcher m = ROLE_WORD_AFTER.matcher(text).region(end, Math.min(text.length(), end + 60));
            return m.lookingAt() && Vocabulary.isRoleOrCompound(m.group(1).toLowerCase(Locale.ROOT));
        }

        /**
         * "Her son Ciaran said the family…" in an article that has quoted "Ciaran Donnelly" of the
         * family "her" is: the whole name it gave him; else the one name written.
         */
        private String wholeNameOfTheFamily(NameScanner.Hit hit, String text, long pos) {
            String given = hit.tokens().get(0);
            String family = settled ? familyName(text, hit, pos) : null;
            if (family != null && people.introducedAt(given + " " + family) != Long.MIN_VALUE) {
                return given + " " + family;
            }
            if (!settled && wholeNameGiven(given)) {
                // "his son Sardor scored" … "Sardor Rahmonov, 20," … "“…,” Sardor said": he is the one
                // the whole name is, not a second person called Sardor, which would leave the bare
                // "Rahmonov" to mean either of them
                return null;
            }
            return people.namedOnlyAs(given);
        }

        /**
         * "Her husband Gary, 44, said": Gary Frost, of the family the text is about. Only his
         * given name is written, so he is read as "Gary" and stays no rival for "she"; the
         * surname is added when the quotes are given out. Returns {@code name}.
         */
        /** Whether the article writes {@code given} with a surname after it anywhere. */
        private boolean wholeNameGiven(String given) {
            for (List<NameScanner.Hit> found : hits) {
                for (NameScanner.Hit h : found) {
                    if (h.tokens().size() > 1 && h.tokens().get(0).equals(given) && h.honorific() == null) {
                        return true;
                    }
                }
            }
            return false;
        }

        private String notingFamily(String name, NameScanner.Hit hit, String text, long pos) {
            if (!settled && name != null && name.equals(hit.tokens().get(0)) && hit.honorific() == null
                    && !fullNames.containsKey(name) && PARENTS.contains(kinWord(text, hit.start()))) {
                // "Isla Jenkins … her mother Amy … Mrs Jenkins, 31, said": the family is known
                // before the mother's title is read, so that it is not taken for the child's
                String family = familyName(text, hit, pos);
                if (family != null) {
                    people.noteRelative(name, family);
                }
            }
            if (settled && name != null && name.equals(hit.tokens().get(0)) && hit.honorific() == null
                    && !fullNames.containsKey(name)) {
                String family = familyName(text, hit, pos);
                if (family != null) {
                    fullNames.put(name, name + " " + family);
                    people.noteRelative(name, family);
                }
            }
            return name;
        }

        /**
         * "Her brother Sam", "their daughter, Nia,": a given name after a relative's role; the
         * match of "her brother" (possessive in group 1, relative in group 2), or null.
         */
        private Matcher relativeByGivenName(String text, NameScanner.Hit hit) {
            return relativeByGivenName(text, hit, false);
        }

        /**
         * As {@link #relativeByGivenName(String, NameScanner.Hit)}; {@code anyName} takes a word
         * Chorus does not know as a given name too ("His daughter Aoife said"), which is enough to
         * say who speaks but not to give the family's surname: a Mongolian or an Ethiopian
         * relative does not carry it.
         */
        private Matcher relativeByGivenName(String text, NameScanner.Hit hit, boolean anyName) {
            if (hit.honorific() != null || !Vocabulary.KIN.contains(kinWord(text, hit.start()))) {
                // what the pattern's group 2 must be, found without trying it at forty places
                return null;
            }
            Matcher kin = KIN_GIVEN_NAME.matcher(text).region(Math.max(0, hit.start() - 40), hit.start());
            String word = hit.tokens().get(0);
            return hit.honorific() == null && kin.find() && Vocabulary.KIN.contains(kin.group(2).toLowerCase(Locale.ROOT))
                    && (lexicon.isGivenName(word) || anyName && !lexicon.isPlace(word) && !lexicon.isOrganisationWord(word)
                    && !Vocabulary.NOT_NAMES.contains(word)) ? kin : null;
        }

        /**
         * The word before {@code at}, over white space and one comma, lower-cased: "daughter" in
         * "their daughter, Nia". Only the forty characters {@link #KIN_GIVEN_NAME} looks at are read.
         */
        private static String kinWord(String text, int at) {
            int lo = Math.max(0, at - 40);
            int i = at - 1;
            while (i >= lo && Character.isWhitespace(text.charAt(i))) {
                i--;
            }
            if (i >= lo && text.charAt(i) == ',') {
                i--;
            }
            while (i >= lo && Character.isWhitespace(text.charAt(i))) {
                i--;
            }
            int end = i + 1;
            while (i >= lo && Character.isLetter(text.charAt(i))) {
                i--;
            }
            return text.substring(i + 1, end).toLowerCase(Locale.ROOT);
        }

        /**
         * "His daughter Aoife said", "her son, Anil, said", "said his daughter, Aoife": a child
         * named by a given name who speaks.
         */
        private boolean speakingRelative(String text, NameScanner.Hit hit) {
            Matcher kin = relativeByGivenName(text, hit, true);
            if (kin == null || isAdultRelative(kin)) {
                return false;
            }
            int end = hit.end() < text.length() && text.charAt(hit.end()) == ',' ? hit.end() + 1 : hit.end();
            int verb = Regions.skipSpaces(text, end);
            // "His son Daniel described him as “…”": any speech verb, since a relative is no company
            return NameEvidence.person(text, end)
                    || verb > end && Vocabulary.VERB.matcher(text).region(verb, Math.min(text.length(), verb + 30)).lookingAt()
                    || SAID.matcher(NameScanner.wordBefore(text, kin.start(1), Math.max(0, kin.start(1) - 12))).matches();
        }

        /**
         * "Studio founder Lin Cheng-hao said…" ¶ "His daughter, Lin Yu-ting, said…": the one "his"
         * stands for is a man, so the "she" that follows is not him, though Chorus did not know
         * his given name. Only a gender not known already is noted.
         */
        private void noteTheOwnersGender(NameScanner.Hit hit, String text, long pos) {
            int floor = Math.max(0, hit.start() - 45);
            Matcher owner = null;
            // asked of every name, so the pattern runs only from a capital H that opens "His " or "Her "
            for (int h = Regions.lastIndexOf(text, 'H', hit.start() - 5, floor); h >= 0 && owner == null;
                 h = Regions.lastIndexOf(text, 'H', h - 1, floor)) {
                if ((text.startsWith("His ", h) || text.startsWith("Her ", h)) && opensSentence(text, h)) {
                    Matcher m = OWNER_OF_KIN.matcher(text).region(h, hit.start());
                    owner = m.lookingAt() ? m : null;
                    if (owner == null) {
                        return;
                    }
                }
            }
            if (owner == null) {
                return;
            }
            char g = owner.group(1).equals("His") ? 'm' : 'f';
            String who = people.salient(pos, g, pos / PARAGRAPH_STRIDE * PARAGRAPH_STRIDE);
            if (who != null && !People.isUnnamed(who)) {
                people.noteGender(who, g);
            }
        }

        /** Whether {@code kin} names a brother or a husband, say; not a son or a niece. */
        private static boolean isAdultRelative(Matcher kin) {
            return kin != null && !CHILD_KIN.contains(kin.group(2).toLowerCase(Locale.ROOT));
        }

        /**
         * The surname of the one whose relative is named by a given name alone ("Her husband
         * Gary", "their daughter, Nia,"), the one "her" or "his" stands for, when that person is
         * known by a whole name; else null.
         */
        private String familyName(String text, NameScanner.Hit hit, long pos) {
            Matcher kin = relativeByGivenName(text, hit);
            if (kin == null) {
                return null;
            }
            String given = hit.tokens().get(0);
            String possessor = kin.group(1).toLowerCase(Locale.ROOT);
            String owner;
            if (possessor.equals("her") || possessor.equals("his") || possessor.equals("their") || possessor.equals("whose")) {
                owner = people.salient(pos, possessor.equals("her") ? 'f' : possessor.equals("his") ? 'm' : 0,
                        pos / PARAGRAPH_STRIDE * PARAGRAPH_STRIDE);
            } else {
                // "My brother Sizwe" in an interview's answer is of the interviewee's family; "My
                // wife, Anjali," elsewhere and "Akhtar's husband, Khalid," are named as the text gives them
                people.noteGender(given, genderOf(kin.group(2).toLowerCase(Locale.ROOT)));
                // (a wife or husband may keep a name of their own: "My wife, Nasreen,")
                boolean spouse = SPOUSES.contains(kin.group(2).toLowerCase(Locale.ROOT));
                owner = possessor.equals("my") && !spouse && !interviewee().isEmpty() ? interviewee()
                        : possessor.equals("my") || possessor.equals("our") || !SAME_NAME_KIN.contains(kin.group(2).toLowerCase(Locale.ROOT))
                        ? null : ownerBySurname(kin.group(1));
            }
            if (owner == null || People.isUnnamed(owner) || owner.indexOf(' ') < 0) {
                return null;
            }
            String[] parts = owner.split(" ");
            int from = parts.length - 1;
            while (from > 1 && (Vocabulary.opensSurname(parts[from - 1])
                    || writtenAlone(java.util.Arrays.asList(parts).subList(from - 1, parts.length)))) {
                // "Hamid Ait Lahcen … His son Mohamed" is Mohamed Ait Lahcen, not Mohamed Lahcen; "Andre
                // Lum Fook … his daughter Kaia" is Kaia Lum Fook when "Lum Fook said" shows the surname's two words
                from--;
            }
            String surname = String.join(" ", java.util.Arrays.asList(parts).subList(from, parts.length));
            if (!Character.isUpperCase(parts[parts.length - 1].charAt(0)) || surname.equals(given)) {
                return null;
            }
            if (PARENTS.contains(kin.group(2).toLowerCase(Locale.ROOT))) {
                // "Isla Jenkins … her mother Amy": Isla is the family's child, who shares its name
                // and is no "Mrs Jenkins" while her mother is there to be one
                people.noteChildOfTheFamily(owner);
            }
            // "with his wife Concetta selling tickets": she is a woman, though Chorus may not know the
            // name's gender, and the "he" after it is still her husband's
            people.noteGender(given, genderOf(kin.group(2).toLowerCase(Locale.ROOT)));
            return surname;
        }

        /**
         * "Okafor's daughter Tess": the one person already named whose surname is the possessor,
         * or null. A child or a sibling carries the family's name, so Tess is Tess Okafor.
         */
        private String ownerBySurname(String possessive) {
            String surname = possessive.substring(0, possessive.length() - 2);
            String owner = people.recall(List.of(surname), null);
            return owner != null && owner.endsWith(" " + surname) ? owner : null;
        }

        /** Whether the article writes {@code tokens} as a name by themselves, with no given name before them. */
        private boolean writtenAlone(List<String> tokens) {
            for (List<NameScanner.Hit> found : hits) {
                for (NameScanner.Hit h : found) {
                    if (h.tokens().equals(tokens)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * "the younger Mr. Villarreal", "The elder Stainton": of the people of that surname whose
         * ages are given, the youngest or the oldest; null when the name has no such word before
         * it, or fewer than two ages are known.
         */
        private String siblingByAge(String text, NameScanner.Hit hit) {
            String surname = hit.tokens().get(hit.tokens().size() - 1);
            int from = Math.max(0, hit.start() - 20);
            // asked of every name: the pattern runs only where "elder", "older" or "younger" can end;
            // looked for in those 20 characters only, since lastIndexOf reads back to the paragraph's
            // start when it finds nothing, which made a paragraph of many names quadratic
            Matcher sibling = Regions.contains(text, "er ", from, hit.start())
                    ? SIBLING_BEFORE.matcher(text).region(from, hit.start()) : null;
            if (sibling != null && sibling.find()) {
                boolean oldest = !sibling.group(1).equalsIgnoreCase("younger");
                String byAge = people.byAge(surname, oldest);
                Matcher age = AGE_AFTER.matcher(text).region(hit.end(), Math.min(text.length(), hit.end() + 8));
                // "The elder Ibarra, 67,": the phrase gives the age that tells them apart
                return byAge != null || !age.lookingAt() ? byAge
                        : people.byGivenAge(surname, Integer.parseInt(NameEvidence.age(age)), oldest);
            }
            // "McLeod senior shook his head", "Mr McAllister senior said", "Pryce junior": the word
            // after a bare surname says the same
            if (hit.tokens().size() != 1) {
                return null;
            }
            Matcher after = GENERATION_AFTER.matcher(text).region(hit.end(), Math.min(text.length(), hit.end() + 8));
            return after.lookingAt() ? people.byAge(surname, after.group(1).equals("senior")) : null;
        }

        /**
         * "the Seattle Sentinels rallied", "A Tennis Australia spokeswoman said": capitals after
         * an article are a team, a body or a word describing someone else, never a person's name
         * (a title would stand between: "the Rev Samuel Adeyemi", "the actor Tom Hanks").
         */
        private boolean withArticle(NameScanner.Hit hit, String text) {
            // "One Progressive Conservative MLA said": "one" and "another" are articles here too
            if (hit.honorific() != null || !ARTICLES.contains(hit.before()) && !"one".equals(hit.before())
                    && !"another".equals(hit.before())) {
                return false;
            }
            List<String> tokens = hit.tokens();
            String first = tokens.get(0);
            if (tokens.size() > 1 && !hit.possessive() && roleWrittenSmallAfter(text, hit.end())) {
                // "told a Marine Resources officer about it": the capitals say whose officer, though
                // "Marine" may be a given name; the officer is no one named
                return true;
            }
            // "the Dutchman Hendrik de Jager", "the Kazakh": a description, then perhaps a name
            return people.withoutTitles(tokens).size() == tokens.size() && !lexicon.isGivenName(first)
                    && !Vocabulary.DEMONYMS.contains(first.toLowerCase(Locale.ROOT))
                    && !Vocabulary.ROLE_NOUNS.contains(first.toLowerCase(Locale.ROOT))
                    && people.recall(tokens, null) == null;
        }

        /** Whether a role written small follows {@code at} after one space: "officer" of "a Marine Resources officer". */
        private static boolean roleWrittenSmallAfter(String text, int at) {
            if (at + 1 >= text.length() || text.charAt(at) != ' ' || !Character.isLowerCase(text.charAt(at + 1))) {
                return false;
            }
            int end = at + 1;
            while (end < text.length() && end - at < 40 && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '-')) {
                end++;
            }
            return Vocabulary.ROLE_NOUNS.contains(text.substring(at + 1, end));
        }

        /** Where an honorific written just before {@code at} starts ("Hon. " of "Hon. Dr."), else {@code at}. */
        private static int honorificBefore(String text, int at) {
            int end = at;
            while (end > 0 && text.charAt(end - 1) == ' ') {
                end--;
            }
            int word = end > 0 && text.charAt(end - 1) == '.' ? end - 1 : end;
            int begin = word;
            while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
                begin--;
            }
            return begin < word && end < at && Vocabulary.HONORIFICS.contains(text.substring(begin, word)) ? begin : at;
        }

        /** Role words beside a name: "director Ted Kotcheff", "Keir Starmer, the Labour leader". */
        /**
         * The capitalised words the article writes just before or after a speech verb ("Sarah
         * said", "said Sarah"), found once an article.
         */
        private Set<String> wordsThatSpeak() {
            if (wordsThatSpeak == null) {
                wordsThatSpeak = new HashSet<>();
                for (String p : paragraphs) {
                    if (p.contains("said") || p.contains("says") || p.contains("told") || p.contains("asked")
                            || p.contains("replied") || p.contains("added")) {
                        Matcher m = WORD_THAT_SPEAKS.matcher(p);
                        while (m.find()) {
                            wordsThatSpeak.add(m.group(1) != null ? m.group(1) : m.group(2));
                        }
                    }
                }
            }
            return wordsThatSpeak;
        }

        /** The quotes of {@code text}, found once for the paragraph last asked about. */
        private List<QuoteSpans.Span> quotesOf(String text) {
            if (text != quotesText) {
                quotesText = text;
                quotesFound = QuoteSpans.find(text);
            }
            return quotesFound;
        }

        private List<String> rolesAround(NameScanner.Hit hit, String text) {
            List<String> roles = new ArrayList<>();
            if (Vocabulary.ROLE_NOUNS.contains(hit.before())) {
                roles.add(hit.before());
                if (hit.before().equals("executive") && CHIEF_EXECUTIVE_BEFORE.matcher(text).region(Math.max(0, hit.start() - 40), hit.start()).find()) {
                    // "chief executive Rohit Menon" … "the CEO said": the title is written both ways
                    roles.add("ceo");
                }
            } else if (Vocabulary.KIN.contains(hit.before()) && genderOf(hit.before()) != 0 && opensWithKin(text, hit)) {
                // "Her brother Kevin Kamau, who produced the video, …" is "her brother" later; not "his
                // cousin Fatma", whom "her cousin" does not mean, nor "jailed him and his brother James"
                roles.add(hit.before());
            }
            // "The club's chairman, Alhaji Bello Maikudi,": the apposition ends before the honorific
            int start = hit.start();
            if (hit.honorific() != null) {
                int h = text.lastIndexOf(hit.honorific(), start - 1);
                start = h >= 0 && start - h <= hit.honorific().length() + 3 ? h : start;
                // "The Minister of Health, Hon. Dr. Fatmata Sesay-Conteh,": honorifics are stacked
                for (int more = 0; more < 2; more++) {
                    int stacked = honorificBefore(text, start);
                    if (stacked == start) {
                        break;
                    }
                    // "Health Minister Dr. S. Anbarasan" is "the minister" later, as "Health Minister
                    // S. Anbarasan" is: the title before the honorific gives the role
                    int wordEnd = stacked;
                    while (wordEnd < start && Character.isLetter(text.charAt(wordEnd))) {
                        wordEnd++;
                    }
                    String office = Vocabulary.HONORIFIC_ROLES.get(text.substring(stacked, wordEnd));
                    if (office != null) {
                        roles.add(office);
                    }
                    start = stacked;
                }
            }
            String before = NameEvidence.wordBeforeComma(text, Math.max(0, start - 40), start);
            if (before != null) {
                Matcher office = OFFICE_OF_A_PLACE.matcher(text).region(Math.max(0, start - 60), start);
                if (office.find() && !lexicon.isOrganisationWord(office.group(1))) {
                    // "The Seigneur of Sark, Christopher de Carteret," is "the Seigneur" later, though
                    // Chorus does not know the office, as "The Mayor of Lydd, Janet Cole," is "the mayor"
                    roles.add(office.group(1).toLowerCase(Locale.ROOT));
                }
            }
            if (before != null && Vocabulary.ROLE_NOUNS.contains(before.toLowerCase(Locale.ROOT))
                    && OBJECT_OF_PARTICIPLE.matcher(text).region(Math.max(0, start - 70), start).find()) {
                // "Leading the witness, Cllr. Musu T. Kpadeh asked": she leads the witness, and is not one
                before = null;
            }
            if (before != null && (Vocabulary.ROLE_NOUNS.contains(before.toLowerCase(Locale.ROOT))
                    || Vocabulary.KIN.contains(before.toLowerCase(Locale.ROOT)))) {
                roles.add(before.toLowerCase(Locale.ROOT));
            } else if (before != null) {
                List<Descriptors.Match> ds = Descriptors.roles(text, Math.max(0, start - 100), start);
                if (!ds.isEmpty()) {
                    Descriptors.Match d = ds.get(ds.size() - 1);
                    if (Vocabulary.ROLE_NOUNS.contains(d.role())
                            && ROLE_OF_TAIL.matcher(text).region(d.end(), start).lookingAt()) {
                        roles.add(d.role());
                    }
                }
            }
            for (String t : hit.tokens()) {
                String lower = t.toLowerCase(Locale.ROOT);
                // "Committee Chairman Sen. Walt Dunning" is the chairman and "the senator"
                String title = Vocabulary.HONORIFIC_ROLES.get(t.endsWith(".") ? t.substring(0, t.length() - 1) : t);
                if (Vocabulary.ROLE_NOUNS.contains(lower)) {
                    roles.add(lower);
                } else if (title != null && !t.equals(hit.tokens().get(hit.tokens().size() - 1))) {
                    roles.add(title);
                }
            }
            // the members' letters are all capitals: the last one is looked at before the word is cut out
            String postNominal = hit.end() > hit.start() && Character.isUpperCase(text.charAt(hit.end() - 1))
                    ? lastWord(text, hit.start(), hit.end()) : "";
            if (Vocabulary.POST_NOMINALS.contains(postNominal) && Vocabulary.ROLE_NOUNS.contains(postNominal.toLowerCase(Locale.ROOT))) {
                // "Kerry Cregeen MHK" is "the MHK" later, as "Jane Doe MP" is "the MP"
                roles.add(postNominal.toLowerCase(Locale.ROOT));
            }
            // a region, not a substring: copying the rest of the paragraph for every name is quadratic
            Matcher m = ASIDE.matcher(text).region(Math.min(text.length(), hit.end()), text.length());
            if (m.lookingAt()) {
                // the head of the apposition ("the cabinet member for communities"), not any word
                // of a clause ("who is no relation to the cabinet member")
                String[] words = m.group().replaceFirst("^[,\\s]+", "").split("[^\\p{L}\\-]+");
                boolean clause = words.length > 0 && RELATIVES.contains(words[0].toLowerCase(Locale.ROOT));
                for (int i = 0; i < (clause ? Math.min(words.length, 4) : words.length); i++) {
                    String lower = words[i].toLowerCase(Locale.ROOT);
                    if (Vocabulary.isRoleOrCompound(lower) && !(i + 1 < words.length && words[i + 1].equals("s"))) {
                        // not "singer" of ", the singer's niece,": that role is the owner's; and
                        // ", a schoolteacher from Argun," is as much a role as ", a teacher"
                        roles.add(lower);
                    }
                }
            }
            Matcher party = PARTY_TAG.matcher(text).region(Math.min(text.length(), hit.end()), Math.min(text.length(), hit.end() + 6));
            if (party.lookingAt()) {
                // "Sen. Jeanne Shaheen, D-N.H.," is "the New Hampshire Democrat" later
                roles.add(party.group(1).equals("R") ? "republican" : party.group(1).equals("D") ? "democrat" : "independent");
            }
            // "Nimali Perera-Gunasekara, head of content at Serendib Play,": a role with no article
            Matcher bare = BARE_ROLE_AFTER.matcher(text).region(Math.min(text.length(), hit.end()), text.length());
            if (roles.isEmpty() && bare.lookingAt() && Vocabulary.ROLE_NOUNS.contains(bare.group(1).toLowerCase(Locale.ROOT))) {
                roles.add(bare.group(1).toLowerCase(Locale.ROOT));
            }
            // "Kulkarni’s own father, the veteran cinematographer Vasant Kulkarni"
            int comma = Regions.lastIndexOf(text, ',', hit.start() - 1, hit.start() - 59);
            String kinWord = comma > 0
                    ? NameEvidence.wordBeforeComma(text, Math.max(0, comma - 20), comma + 1) : null;
            if (kinWord != null && Vocabulary.KIN.contains(kinWord.toLowerCase(Locale.ROOT))
                    && KIN_BEFORE.matcher(text).region(Math.max(0, comma - 40), hit.start()).find()) {
                roles.add(kinWord.toLowerCase(Locale.ROOT));
            }
            // "Bridie Conneely, 81," is "the 81-year-old" later
            Matcher age = NameEvidence.AGE_AFTER.matcher(text).region(Math.min(text.length(), hit.end()), text.length());
            if (age.lookingAt()) {
                roles.add(NameEvidence.age(age) + "-year-old");
            }
            Matcher copula = hit.subject() && !hit.possessive()
                    ? ROLE_BY_COPULA.matcher(text).region(Math.min(text.length(), hit.end()), Math.min(text.length(), hit.end() + 80)) : null;
            // not "“Femke is a wonderful actor,” he said": someone's praise, inside a quote
            if (copula != null && copula.lookingAt() && !withinQuote(quotesOf(text), text, hit.start())) {
                // "Earl Whitfield, 84, was the basketball coach at Pineville High" is "the coach" later:
                // the role is the phrase's last word before a preposition or its end
                String role = null;
                for (String word : copula.group(1).strip().split("\\s+")) {
                    if (Vocabulary.PREPOSITIONS.contains(word) || ROLE_PHRASE_ENDS.contains(word)) {
                        break;
                    }
                    role = word;
                }
                if (role != null && Vocabulary.ROLE_NOUNS.contains(role)) {
                    roles.add(role);
                }
            }
            String office = hit.possessive() ? null : appointedOffice(text, hit);
            if (office != null && !withinQuote(quotesOf(text), text, hit.start())) {
                // "Kelleher confirmed that his nephew, Seán Kelleher, will remain as captain. … The
                // captain said": an office named with "as" or "named" belongs to the one who holds
                // it, even in a reported clause, where the copula rule above does not look
                roles.add(office);
            }
            // "Alan Pickering, her husband,"
            Matcher kin = KIN_AFTER.matcher(text).region(Math.min(text.length(), hit.end()), text.length());
            if (kin.lookingAt()) {
                roles.add(kin.group(1).toLowerCase(Locale.ROOT));
            }
            return roles;
        }

        /**
         * The office someone is given or keeps right after the name ("Seán Kelleher, will remain
         * as captain") or, for the one acting, later in the sentence through a pronoun ("Pat
         * Kelleher has promised … as he was unveiled as the county’s new senior hurling manager").
         */
        private static String appointedOffice(String text, NameScanner.Hit hit) {
            int from = Math.min(text.length(), hit.end());
            Matcher m = ROLE_BY_APPOINTMENT.matcher(text).region(from, Math.min(text.length(), from + 80));
            if (!m.lookingAt()) {
                m = hit.subject() ? pronounAppointed(text, from) : null;
                if (m == null) {
                    return null;
                }
            }
            String role = null;
            for (String word : m.group(1).strip().split("\\s+")) {
                if (Vocabulary.PREPOSITIONS.contains(word) || ROLE_PHRASE_ENDS.contains(word)) {
                    break;
                }
                role = word;
            }
            return role != null && Vocabulary.ROLE_NOUNS.contains(role) ? role : null;
        }

        /**
         * "as he was unveiled as …" in the rest of the sentence after {@code from}: tried only
         * where "he" or "she" stands after a joining word, not at every word; or null.
         */
        private static Matcher pronounAppointed(String text, int from) {
            int stop = text.indexOf('.', from);
            int to = Math.min(stop < 0 ? text.length() : stop, from + 250);
            for (int at = text.indexOf("he ", from); at >= 0 && at < to; at = text.indexOf("he ", at + 3)) {
                int pronoun = at > 0 && text.charAt(at - 1) == 's' ? at - 1 : at;
                if (pronoun < 2 || text.charAt(pronoun - 1) != ' ') {
                    continue;
                }
                int joiner = pronoun - 1;
                while (joiner > from && Character.isLetter(text.charAt(joiner - 1))) {
                    joiner--;
                }
                Matcher m = PRONOUN_APPOINTED.matcher(text).region(joiner, to);
                if (m.lookingAt()) {
                    return m;
                }
            }
            return null;
        }

        /** The last word of {@code text} in {@code [from, to)}: "MHK" of "Kerry Cregeen MHK". */
        private static String lastWord(String text, int from, int to) {
            int i = to;
            while (i > from && !Character.isWhitespace(text.charAt(i - 1))) {
                i--;
            }
            return text.substring(i, to);
        }

        /** "Her brother Kevin Kamau": a possessive and the kin word open the sentence before the name. */
        private static boolean opensWithKin(String text, NameScanner.Hit hit) {
            int kin = text.lastIndexOf(hit.before(), hit.start());
            int possessive = kin - 4;
            return possessive >= 0 && (text.startsWith("Her ", possessive) || text.startsWith("His ", possessive))
                    && Sentences.start(text, Math.max(0, possessive - 200), possessive + 1) == possessive;
        }

        /** Gives every part of a finished multi-paragraph quote the speaker any part names. */
        private void endChain(List<FoundQuote> out) {
            String speaker = null;
            for (int i : chain) {
                if (speaker == null) {
                    speaker = out.get(i).speaker();
                }
            }
            if (speaker != null) {
                for (int i : chain) {
                    FoundQuote q = out.get(i);
                    if (q.speaker() == null) {
                        out.set(i, new FoundQuote(q.text(), speaker, q.paragraph(), q.open(), q.end()));
                    }
                }
            }
            chain.clear();
        }

        private void paragraph(int index, List<FoundQuote> out) {
            String text = paragraphs.get(index);
            long base = (long) (index + 1) * PARAGRAPH_STRIDE;
            currentBase = base;
            // every form of ANONYMOUS opens with "who " or "and " and says "name", "identified" or
            // "anonymity"; the rarer words are looked for first, as "and " is in most paragraphs
            currentMayBeAnonymous = (text.contains(" name") || text.contains(" identified") || text.contains("anonymity"))
                    && (text.contains("who ") || text.contains("and "));
            List<QuoteSpans.Span> spans = QuoteSpans.find(text);
            int from = 0;
            for (QuoteSpans.Span s : spans) {
                noteMentions(text, from, s.open(), base, NameScanner.scan(text, from, s.open(), peopleBefore(hits.get(index), from)));
                from = s.end(text);
            }
            // "…Photograph: Murdo MacLeod/The Guardian": the one who took the picture is in no story
            int credit = pictureCredit(text);
            int to = Math.max(from, credit >= 0 ? credit : text.length());
            noteMentions(text, from, to, base, spans.isEmpty() && credit < 0 ? hits.get(index)
                    : NameScanner.scan(text, from, to, peopleBefore(hits.get(index), from)));

            if (!spans.isEmpty() && credit >= 0) {
                // a caption copied with the page: "…praised by judges for its “emotional honesty”.
                // PHOTO: SCREENGRAB FROM …" labels a picture; its names count, its quotes are not the story's
                endChain(out);
                return;
            }
            boolean taking = false;
            int sentenceAt;
            String previousSpeaker = null;
            Attribution previousAttribution = null;
            boolean previousAttributed = false;
            boolean previousSpeech = false;
            int excludedEnd = -1;
            int prevEnd = 0;
            boolean continuing = !chain.isEmpty() && !spans.isEmpty() && text.substring(0, spans.get(0).open()).isBlank();
            if (!continuing) {
                endChain(out);
            }
            for (int k = 0; k < spans.size(); k++) {
                QuoteSpans.Span span = spans.get(k);
                int end = span.end(text);
                int nextOpen = k + 1 < spans.size() ? spans.get(k + 1).open() : text.length();
                String before = text.substring(prevEnd, span.open());
                String after = text.substring(end, nextOpen);

                String speaker = null;
                boolean attributed = false;
                // "Moss asked: “…?” Ede said the cap would stay": a clause ending in a colon
                // introduces the quote after it, whatever follows
                // "As he spoke, one man in the gallery shouted:": someone unnamed, not the "he" set before
                Attribution a = before.stripTrailing().endsWith(":") && !unnamedLead(before)
                        ? matchBefore(text, prevEnd, span.open()) : null;
                if (a == null && before.stripTrailing().endsWith(":")) {
                    a = subjectOfColonClause(text, prevEnd, span.open());
                }
                boolean chanted = CHANTED.matcher(before).region(Math.max(0, before.length() - 20), before.length()).find();
                // "One man shouted “Shame on ye” before the mayor…": words cried out are speech
                // however short and capitalised, as a crowd's chant is
                boolean criedOut = chanted || CRIED_OUT.matcher(before).region(Math.max(0, before.length() - 20), before.length()).find();
                if (a == null && (unnamedLead(before)
                        || UNNAMED_CRY.matcher(before).region(Math.max(0, before.length() - 40), before.length()).find()
                        // "fans chanted “TCI! TCI!”", "They chanted": a crowd, whoever "they" are
                        || chanted)) {
                    // "When a reporter asked, “…?” Mr. Bhosale laughed.": the reporter's question,
                    // not a quote of the one who laughed after it
                    a = new Attribution(new PersonRef(PersonRef.Type.ORGANISATION, "someone", 0, 0), span.open(), span.open());
                }
                Matcher account;
                if (a == null && (account = OWN_ACCOUNT.matcher(before).region(Math.max(0, before.length() - 48), before.length())).find()) {
                    // "Uche Nwosu is the show's producer and, by her own account, “the one who says no”"
                    a = new Attribution(new PersonRef(PersonRef.Type.PRONOUN, account.group(1), 0, account.group(1).length()),
                            prevEnd + account.start(1), span.open());
                }
                Matcher named;
                if (a == null && (Regions.contains(before, "words", Math.max(0, before.length() - 12), before.length())
                        || Regions.contains(before, "account", Math.max(0, before.length() - 14), before.length()))
                        && (named = NAMED_ACCOUNT.matcher(before).region(Math.max(0, before.length() - 80), before.length())).find()) {
                    // "…unless the use is, in Okonjo’s words, “minor and incidental”"
                    for (PersonRef r : refsIn(named.group("who"), true)) {
                        if (r.type() == PersonRef.Type.NAME && r.canSpeak()) {
                            a = new Attribution(r, prevEnd + named.start("who") + r.start(), span.open());
                            break;
                        }
                    }
                }
                if (a == null && k + 1 < spans.size() && after.stripTrailing().endsWith(":")) {
                    // "Jones said Oduya had “a gift for saying no.” Whitcombe put it differently: “…”":
                    // the clause after the quote introduces the next one
                    a = matchBefore(text, prevEnd, span.open());
                    if (a == null) {
                        a = matchEmbedded(text, prevEnd, span.open());
                    }
                }
                // "I said, “Because you’ve changed it eleven times.” He laughed.": the one who says
                // so just before a whole sentence spoke it, not the one who acts in the next
                boolean saidJustBefore = a == null && endsSentence(span.text(text))
                        && I_SAID.matcher(before).region(Math.max(0, before.length() - 40), before.length()).find();
                if (a == null && !saidJustBefore) {
                    a = matchAfter(after, end, endsSentence(span.text(text)));
                }
                if (a == null) {
                    a = matchBefore(text, prevEnd, span.open());
                }
                if (a != null) {
                    speaker = resolve(a.ref(), base + a.refBase());
                    attributed = true;
                    if (a.ref().type() == PersonRef.Type.PRONOUN) {
                        speaker = answering(out, index, speaker, genderOf(a.ref().text()));
                        speaker = notTheOneAsking(index, span, speaker, genderOf(a.ref().text()));
                        speaker = notTheOneAnswering(index, span, speaker, genderOf(a.ref().text()));
                        speaker = notTheOneSpokenOf(index, span, speaker, genderOf(a.ref().text()));
                    } else if (a.ref().type() == PersonRef.Type.DESCRIPTOR) {
                        // "“Jordan trained today and felt OK,” the 47-year-old added": not Jordan
                        speaker = notTheOneSpokenOf(index, span, speaker, genderOf(Descriptors.roleOf(a.ref().text())), 3);
                    }
                } else if ((speaker = intervieweeSpeaking(index, before)) != null
                        || after.indexOf('I') >= 0 && (speaker = intervieweeSpeakingAfter(index, span.text(text), after)) != null) {
                    // an interview's answer: "I said, “…”"; its question: "You once called it “…”"
                    attributed = true;
                } else if (before.indexOf('I') >= 0 && I_SAID.matcher(before).region(Math.max(0, before.length() - 120), before.length()).find()) {
                    // "…and he said, “You can turn back.” I said, “Not a chance.”": the words of the
                    // one telling it, whom the text does not name here; not the last speaker's
                    attributed = true;
                } else if (k == 0 && spans.size() == 1 && index > 0 && isOnlyQuote(text, span.open(), end)
                        && isQuestion(paragraphs.get(index - 1)) && !interviewee().isEmpty()) {
                    // an interview told as the interviewer's questions and quoted answers: "How has
                    // the work changed?" ¶ “Completely. When I started…”
                    speaker = interviewee();
                    attributed = true;
                } else if (k > 0 && previousSpeaker != null && continues(before, previousAttribution, prevEnd, previousSpeaker)) {
                    speaker = previousSpeaker;
                    attributed = true;
                } else if (k > 0 && previousSpeaker == null && previousSpeech && previousAttribution != null
                        && (previousAttribution.ref().type() == PersonRef.Type.ORGANISATION
                        // "Another analyst, who asked not to be named…, said" ¶ "“…,” he said. “Everybody
                        // remembers 2019.”": a "he" the text does not name goes on as a named speaker would
                        || previousAttribution.ref().type() == PersonRef.Type.PRONOUN)
                        && ((sentenceAt = sentenceStart(text, prevEnd, span.open())) == prevEnd
                                || text.substring(sentenceAt, span.open()).isBlank())
                        && continues(before, previousAttribution, prevEnd, null)) {
                    // "“…,” the chair of the finance committee said. “Every month…”", "…,” a lawyer
                    // for Mrs Tuilagi said, and the company would “…”": someone the text does not
                    // name still, in the same sentence or the next one's opening, not whoever was named before
                    attributed = true;
                } else if (k == 0 && continuing) {
                    speaker = out.get(chain.get(chain.size() - 1)).speaker();
                    attributed = true;
                } else if ((speaker = askerOfTheQuestion(text, span, prevEnd)) != null) {
                    // "Kaitlan Collins of CNN asked Leavitt about the president's comments. “Does the
                    // president still have confidence in Jerome Powell?”": the question is the asker's
                    attributed = true;
                } else {
                    a = matchEmbedded(text, prevEnd, span.open());
                    if (a != null) {
                        speaker = resolve(a.ref(), base + a.refBase());
                        attributed = true;
                    } else if (k > 0 && (previousSpeaker != null || previousAttributed) && ELIDED_SUBJECT.matcher(before).find()) {
                        speaker = previousSpeaker;
                        attributed = true;
                    } else {
                        a = matchPreviousSentence(text, k > 0 ? spans.get(k - 1).open() : -1, prevEnd, span.open());
                        if (a == null) {
                            a = matchSubjectOfPreviousSentence(text, prevEnd, span.open());
                        }
                        if (a != null) {
                            speaker = resolve(a.ref(), base + a.refBase());
                            attributed = speaker != null;
                        } else if ((speaker = writerSpeaking(text, prevEnd, span.open())) != null) {
                            // "I wrote to him again that night. I still have the email. “…”" in an op-ed
                            attributed = true;
                        } else if (k == 0 && index > 0 && closingSpeaker == null && text.substring(0, span.open()).isBlank()
                                && (speaker = sayerOfPreviousParagraph(index, out,
                                        spans.size() == 1 && isOnlyQuote(text, span.open(), end))) != null) {
                            // "She then described a meeting with two managers." ¶ “I was called into an office…”
                            attributed = true;
                        } else if ((a = introducedNext(text, k, span, end, base)) != null) {
                            speaker = resolve(a.ref(), base + a.refBase());
                            attributed = speaker != null;
                        } else if (spans.size() == 1 && closingSpeaker != null && isOnlyQuote(text, span.open(), end)
                                && (!span.text(text).strip().endsWith("?") || rhetorical(span.text(text), out))) {
                            // “…,” he said. ¶ “…” — the next paragraph, a quote alone, is still his;
                            // a question alone is more often the other side of an exchange; and
                            // “Mr Gourlay, your company built the scanner.” is not Mr Gourlay's
                            taking = turnTaking || resumesExchange(out, index, closingSpeaker);
                            speaker = addresses(span.text(text), closingSpeaker) || taking
                                    ? otherSpeakerBefore(out, index, closingSpeaker) : closingSpeaker;
                            attributed = speaker != null;
                        } else if (spans.size() == 1 && isOnlyQuote(text, span.open(), end)
                                && (speaker = otherSideOfExchange(out, index, span.text(text))) != null) {
                            // “How many are outside tonight?” Oyelaran asked. ¶ “Our last count was 212,”
                            // Villaseñor said. ¶ “And this gets 62 of them inside?” ¶ “Sixty-two at a time…”
                            attributed = true;
                        } else if (spans.size() == 1 && isOnlyQuote(text, span.open(), end)
                                && span.text(text).strip().endsWith("?") && (speaker = askerOfExchange(out, index)) != null) {
                            // "Asked by Dame Caroline how many…, he said…. The exchange that followed was
                            // one of the sharpest." ¶ “Is it more than a hundred?”
                            attributed = true;
                        } else if (inReportedClause(text, spans, k)) {
                            // "Ekoflix said in a later statement that it … would “engage
                            // constructively”", "the entrant wrote that … and apologised for “any
                            // confusion”": said words, though whoever said them is no one named
                            attributed = true;
                        }
                    }
                }
                String quoteText = span.text(text);
                boolean inChain = (k == 0 && continuing) || !span.closed();
                // "fans began chanting “Trust the Process”": a crowd's words, capitals and all, as a
                // slogan on a banner is not
                boolean speech = inChain || (isSpeech(quoteText, attributed) || criedOut) && !notSaidBefore(text, prevEnd, span.open())
                        // "references such as “pitch lights” and “jerseys u12”": a list of what is not speech
                        && !(excludedEnd >= 0 && JOINED.matcher(text).region(excludedEnd, span.open()).matches()
                                && !predicateAfterATerm(text, excludedEnd, span.open(), quoteText))
                        && !namedWork(text, Math.max(prevEnd, span.open() - 60), span.open(), quoteText)
                        && !workNamedFirst(text, end, nextOpen, quoteText)
                        // "described the approach as “hand-guided animation” in interviews, a phrase…"
                        // (but "insisted that the project remained “on track”, a phrase that…" is said)
                        && !(quoteText.length() < 60 && TERM_AFTER.matcher(text).region(end, Math.min(nextOpen, end + 60)).lookingAt()
                                && !COPULAS.contains(NameScanner.wordBefore(text, span.open(), Math.max(prevEnd, span.open() - 20))))
                        && !writtenUp(text, prevEnd, span.open())
                        && !nameGivenInARelativeClause(text, prevEnd, span.open(), quoteText)
                        // "to record in a way that is “narration-ready”, meaning clean enough for…"
                        && !(quoteText.length() < 60 && end < nextOpen && text.charAt(end) == ','
                                && GLOSS_AFTER.matcher(text).region(end, Math.min(nextOpen, end + 20)).lookingAt())
                        && !termAsSubject(text, span, quoteText, prevEnd, end, nextOpen)
                        && !termAsModifier(text, span, quoteText, prevEnd, end, nextOpen)
                        && !glossedWord(text, span, quoteText, prevEnd, end, nextOpen);
                excludedEnd = speech ? -1 : end;
                if (speaker != null && (speech || !insideNounClause(text, a))) {
                    people.mention(speaker, base + (a != null ? a.refBase() : span.open()), true);
                }
                if (!speech && (speaker == null || k > 0 && previousAttributed
                        && sentenceStart(text, prevEnd, span.open()) == prevEnd && !endsSentence(spans.get(k - 1).text(text))
                        // "“…,” Ananya said. The card, branded “Deccan Reader”, had…. “…”": a name only carried
                        // on from the quote before, in a sentence that ends before the next quote, which
                        // goes on from the one before too
                        || a == null && speaker.equals(previousSpeaker) && nextOpen < text.length()
                                && Sentences.firstEnd(text.substring(end, nextOpen + 1)) >= 0)) {
                    // "said the series “…” but praised its third episode, “A Street Without Night”, as
                    // “…”", "Tobi Adewale, who performs as “T-Wale”, said…": a title or a name inside
                    // the sentence does not interrupt it
                    continue;
                }
                if (speech) {
                    out.add(new FoundQuote(quoteText, speaker, index + 1, span.open(), end));
                    lastSpeaker = speaker;
                    lastSpeechParagraph = index;
                    lastSpeechEnd = end;
                    if (k == 0 && continuing) {
                        chain.add(out.size() - 1);
                        if (span.closed()) {
                            endChain(out);
                        }
                    } else if (!span.closed()) {
                        endChain(out);
                        chain.add(out.size() - 1);
                    }
                }
                previousSpeaker = speaker;
                previousAttribution = a;
                previousAttributed = attributed;
                previousSpeech = speech;
                prevEnd = end;
            }
            // not after a question, which the next bare quote answers, nor after a bare quote itself
            // and not after a title ("Fitch asked about “Cold Meridian”." ¶ “Was the delay creative?”)
            // unless a colon hands on to the next paragraph ("In his book, “Rough Poetry”, he wrote:")
            boolean closes = !spans.isEmpty() && text.length() - prevEnd <= CLOSING_TAIL && previousAttributed
                    && (previousSpeech || text.stripTrailing().endsWith(":"))
                    && (!spans.get(spans.size() - 1).text(text).strip().endsWith("?") || askedOfNobody(out, index));
            closingSpeaker = closes ? previousSpeaker : null;
            turnTaking = taking;
        }

        /**
         * In a question-and-answer exchange between two people, a paragraph that is nothing but
         * a quote, next to a question, is the turn of the one who did not speak last: the
         * speaker before them. Null when the previous paragraph is not a turn of an exchange.
         */
        private String otherSideOfExchange(List<FoundQuote> out, int index, String quote) {
            if (out.isEmpty()) {
                return null;
            }
            FoundQuote last = out.get(out.size() - 1);
            if (last.paragraph() != index || last.speaker() == null
                    || !quote.strip().endsWith("?") && !last.text().strip().endsWith("?")) {
                return null;
            }
            return otherSpeakerBefore(out, index, last.speaker());
        }

        /**
         * Where to look for the one acting just before a reply at {@code at}: its own paragraph, and
         * the one before when that is narration without a quote ("Asked by the presiding judge, …,
         * Hakizimana paused before answering." ¶ "“…,” he replied").
         */
        private long actingFrom(long at) {
            long start = at / PARAGRAPH_STRIDE * PARAGRAPH_STRIDE;
            int before = (int) (at / PARAGRAPH_STRIDE) - 2;
            if (before >= 0 && before < paragraphs.size() && QuoteSpans.find(paragraphs.get(before)).isEmpty()) {
                return start - PARAGRAPH_STRIDE;
            }
            return start;
        }

        /**
         * The one who asks the questions of an exchange that goes on after a paragraph of
         * narration: the one a paragraph "Asked by Dame Caroline how many…, he said…" names, or
         * the asker of the last question answered in the four paragraphs before; else null.
         */
        private String askerOfExchange(List<FoundQuote> out, int index) {
            String previous = paragraphs.get(index - 1);
            Matcher by = ASKED_BY.matcher(previous);
            if (by.find()) {
                for (NameScanner.Hit h : hits.get(index - 1)) {
                    if (h.start() >= by.end() && h.start() <= by.end() + 8) {
                        String name = people.resolve(h.tokens(), h.honorific(), People.Evidence.TEXT,
                                (long) index * PARAGRAPH_STRIDE + h.start());
                        return named(name);
                    }
                }
                return null;
            }
            for (int i = out.size() - 2; i >= 0 && out.get(i).paragraph() >= index - 4; i--) {
                FoundQuote q = out.get(i);
                FoundQuote answer = out.get(i + 1);
                if (q.speaker() != null && q.text().strip().endsWith("?") && answer.speaker() != null
                        && !answer.speaker().equals(q.speaker()) && answer.paragraph() > q.paragraph()) {
                    return q.speaker();
                }
            }
            return null;
        }

        /**
         * The last one but {@code who} to speak among the last five quotes, and in the three
         * paragraphs before, or null: the other side of an exchange.
         */
        private static String otherSpeakerBefore(List<FoundQuote> out, int index, String who) {
            for (int i = out.size() - 1; i >= Math.max(0, out.size() - 5) && out.get(i).paragraph() >= index - 3; i--) {
                String s = out.get(i).speaker();
                if (s != null && !s.equals(who)) {
                    return s;
                }
            }
            return null;
        }

        /**
         * “…yes or no?” Senator Rourke asked. ¶ “…,” Mr Marchand said. ¶ “So that’s a yes.” ¶ “It’s a
         * yes with important context.”: after an answer to someone else's question, a run of bare
         * quotes takes turns, so its first is the asker's. Whether the paragraph before the
         * current one ({@code index}) answered a question and the next paragraph is a quote alone.
         */
        private boolean resumesExchange(List<FoundQuote> out, int index, String answerer) {
            if (index + 1 >= paragraphs.size() || !isLoneQuote(paragraphs.get(index + 1))) {
                return false;
            }
            int i = out.size() - 1;
            while (i >= 0 && out.get(i).paragraph() == index) {
                if (!answerer.equals(out.get(i).speaker())) {
                    return false;
                }
                i--;
            }
            return i >= 0 && i < out.size() - 1 && out.get(i).paragraph() == index - 1 && out.get(i).speaker() != null
                    && !answerer.equals(out.get(i).speaker()) && out.get(i).text().strip().endsWith("?");
        }

        /**
         * "Whitaker asked whether she had expected the reaction. “…,” she said.": a pronoun that
         * seems to stand for the one who asked, before an answer, stands for the one asked, the
         * latest other person of its gender in this paragraph or the two before.
         */
        private String notTheOneAsking(int index, QuoteSpans.Span span, String speaker, char g) {
            String text = paragraphs.get(index);
            String askedBy = askedBy(index, span, speaker, g);
            if (askedBy != null) {
                return askedBy;
            }
            String answering = askedAboutSomeoneElse(index, span, speaker, g);
            if (answering != null) {
                return answering;
            }
            if (!Regions.contains(text, " asked ", 0, span.open()) || span.text(text).strip().endsWith("?")) {
                return speaker;
            }
            long base = (long) (index + 1) * PARAGRAPH_STRIDE;
            if ((speaker == null || People.isUnnamed(speaker)) && g != 0 && unnamedAskedWhether(text, span.open())) {
                // "Another reporter asked whether the minister had considered resigning. “No,” he
                // said.": the reporter asked; the one who answers is the last other person named
                String other = people.latestOtherThan(speaker, base - 2 * PARAGRAPH_STRIDE, base + span.open(), g);
                return other != null ? other : speaker;
            }
            if (speaker == null) {
                return null;
            }
            for (NameScanner.Hit h : hits.get(index)) {
                if (h.end() >= span.open()) {
                    break;
                }
                int verb = NameScanner.pastAsides(text, h.end());
                Matcher asked = ASKED_WHETHER.matcher(text);
                if (verb < span.open() && asked.region(verb, span.open()).lookingAt()
                        && asksOfTheOneAnswering(text, asked.end(), span.open(), g)
                        && speaker.equals(people.resolve(h.tokens(), h.honorific(), People.Evidence.TEXT, base + h.start()))) {
                    String other = people.latestOtherThan(speaker, base - 2 * PARAGRAPH_STRIDE, base + span.open(), g);
                    return other != null ? other : speaker;
                }
            }
            return speaker;
        }

        /**
         * "Fenwick asked him whether Tillman had delivered shingles. “Some bundles,” he said.": a
         * name inside the question put to "him" is what he is asked about; the one answering is the
         * "him", the latest other person of that gender before the sentence that asks. Null when
         * the sentence before the quote has no such question naming the speaker.
         */
        private String askedAboutSomeoneElse(int index, QuoteSpans.Span span, String speaker, char g) {
            String text = paragraphs.get(index);
            if (speaker == null || g == 0 || !Regions.contains(text, "asked ", 0, span.open())) {
                return null;
            }
            int last = span.open();
            while (last > 0 && Character.isWhitespace(text.charAt(last - 1))) {
                last--;
            }
            // the sentence just before the quote, or the words before it in the quote's own
            int sentence = Sentences.start(text, 0, Math.max(0, last - 1));
            Matcher m = ASKED_PRONOUN_WHETHER.matcher(text).region(sentence, span.open());
            if (!m.find() || !m.group(1).equals(g == 'm' ? "him" : "her")) {
                return null;
            }
            long base = (long) (index + 1) * PARAGRAPH_STRIDE;
            for (NameScanner.Hit h : hits.get(index)) {
                if (h.start() >= m.end() && h.end() <= span.open()
                        && speaker.equals(people.resolve(h.tokens(), h.honorific(), People.Evidence.TEXT, base + h.start()))) {
                    return people.latestOtherThan(speaker, base - 2 * PARAGRAPH_STRIDE, base + sentence, g);
                }
            }
            return null;
        }

        /** Whether someone unnamed asks a question reported before {@code open}: "Another reporter asked whether". */
        private static boolean unnamedAskedWhether(String text, int open) {
            for (Descriptors.Match u : Descriptors.unnamed(text, 0, open)) {
                if (!Descriptors.many(text, u) && ASKED_WHETHER.matcher(text).region(u.end(), open).lookingAt()) {
                    return true;
                }
            }
            return false;
        }

        /**
         * "Qaunaq: My mother was sent away… Only once she said to me, “…”": in an answer labelled
         * with its speaker's name, the speaker is "I", so "she" is someone else: the last other
         * person named in the answer, or nobody named.
         */
        private String notTheOneAnswering(int index, QuoteSpans.Span span, String speaker, char g) {
            String text = paragraphs.get(index);
            int colon = text.indexOf(':');
            if (speaker == null || colon <= 0 || colon > 40 || colon > span.open()) {
                return speaker;
            }
            String label = text.substring(0, colon).strip();
            if (label.isEmpty() || !Character.isUpperCase(label.charAt(0)) || label.indexOf(' ') >= 0 && label.split(" ").length > 3) {
                return speaker;
            }
            String who = people.recall(List.of(label.split(" ")), null);
            if (!speaker.equals(who)) {
                return speaker;
            }
            long base = (long) (index + 1) * PARAGRAPH_STRIDE;
            return people.latestOtherThan(speaker, base, base + span.open(), g);
        }

        /**
         * "Emery defended goalkeeper Emiliano Martinez, who was at fault. “Emi is our leader,” he
         * said": people do not call themselves by name, so a "he" or "she" whose quote names the
         * one it seemed to be is the other one of the paragraph, if there is one.
         */
        private String notTheOneSpokenOf(int index, QuoteSpans.Span span, String speaker, char g) {
            return notTheOneSpokenOf(index, span, speaker, g, 0);
        }

        /** As above, looking for the other person up to {@code back} paragraphs before this one too. */
        private String notTheOneSpokenOf(int index, QuoteSpans.Span span, String speaker, char g, int back) {
            if (speaker == null || People.isUnnamed(speaker)) {
                return speaker;
            }
            String text = paragraphs.get(index);
            if (!namedIn(span.text(text), speaker)) {
                return speaker;
            }
            long base = (long) (index + 1) * PARAGRAPH_STRIDE;
            String other = people.latestOtherThan(speaker, Math.max(0, base - back * PARAGRAPH_STRIDE), base + span.open(), g);
            return other != null ? other : speaker;
        }

        /** Whether {@code quote} names {@code person}: a part of the name, or the start of the given name ("Emi"). */
        private static boolean namedIn(String quote, String person) {
            String[] parts = person.split(" ");
            for (int i = 0; i < quote.length(); i++) {
                if (!Character.isUpperCase(quote.charAt(i)) || i > 0 && Character.isLetter(quote.charAt(i - 1))) {
                    continue;
                }
                int end = i;
                while (end < quote.length() && Character.isLetter(quote.charAt(end))) {
                    end++;
                }
                String word = quote.substring(i, end);
                if (word.length() >= 3 && (java.util.Arrays.asList(parts).contains(word)
                        || parts.length > 1 && parts[0].startsWith(word))) {
                    return true;
                }
                i = end;
            }
            return false;
        }

        /**
         * "Asked by Cllr Gunnar Drever whether the council could borrow…, he replied: “…”": the one
         * asked answers, so a pronoun that seemed to be the asker is the last other person named;
         * null when the sentence does not open so.
         */
        private String askedBy(int index, QuoteSpans.Span span, String speaker, char g) {
            String text = paragraphs.get(index);
            if (speaker == null || !Regions.contains(text, "Asked by ", 0, span.open())) {
                return null;
            }
            Matcher by = ASKED_BY.matcher(text).region(0, span.open());
            if (!by.find()) {
                return null;
            }
            long base = (long) (index + 1) * PARAGRAPH_STRIDE;
            for (NameScanner.Hit h : hits.get(index)) {
                // the name straight after "Asked by", perhaps after its title
                if (h.start() >= by.end() && h.start() - by.end() <= 8 && h.end() < span.open()) {
                    if (!speaker.equals(people.resolve(h.tokens(), h.honorific(), People.Evidence.TEXT, base + h.start()))) {
                        return null;
                    }
                    String other = people.latestOtherThan(speaker, base - 2 * PARAGRAPH_STRIDE, base + by.start(), g);
                    return other;
                }
            }
            return null;
        }

        /**
         * Whether the question reported between {@code from} and {@code to} is about the one who
         * answers it: "asked whether she had expected the reaction" holds the pronoun of the "she
         * said" after it; "Deputy Tostevin asked why patients should have to travel. “…,” he said"
         * asks the chamber about others, and goes on speaking.
         */
        private static boolean asksOfTheOneAnswering(String text, int from, int to, char g) {
            if (g != 'm' && g != 'f') {
                return true;
            }
            Matcher pronoun = (g == 'm' ? HE_HIM : SHE_HER).matcher(text).region(from, to);
            return pronoun.find();
        }

        /** A paragraph that is one quote and nothing else. */
        private static boolean isLoneQuote(String paragraph) {
            List<QuoteSpans.Span> spans = QuoteSpans.find(paragraph);
            return spans.size() == 1 && spans.get(0).closed() && paragraph.substring(0, spans.get(0).open()).isBlank()
                    && paragraph.substring(spans.get(0).end(paragraph)).isBlank();
        }

        /** Whether a quote opens by calling {@code who} by name: “Mr Gourlay, your company…” */
        private boolean addresses(String quote, String who) {
            return who.equals(addressee(quote));
        }

        /** The person a quote opens by calling by name, or null. */
        private String addressee(String quote) {
            Matcher m = VOCATIVE.matcher(quote);
            return m.lookingAt() ? people.recall(List.of(m.group(2).split("\\s+")), m.group(1)) : null;
        }

        /**
         * “Ms. Achebe-Kirk, where in the contract…?” Okonjo asked. ¶ “Paragraph four…,” she said:
         * a pronoun that seems to stand for the one who just asked stands for the one she asked by
         * name, when of its gender; otherwise {@code speaker}.
         */
        private String answering(List<FoundQuote> out, int index, String speaker, char g) {
            if (speaker == null || out.isEmpty()) {
                return speaker;
            }
            FoundQuote last = out.get(out.size() - 1);
            if (!speaker.equals(last.speaker()) || last.paragraph() < index || !last.text().strip().endsWith("?")) {
                return speaker;
            }
            String asked = addressee(last.text());
            return asked == null || asked.equals(speaker) || g != 0 && people.gender(asked) != 0 && people.gender(asked) != g
                    ? speaker : asked;
        }

        /**
         * “That is where young animators start. If it vanishes, where will…?”: a question after a
         * statement, in an article where nobody has yet asked anything, goes on from the one who
         * spoke before rather than opening an exchange.
         */
        private static boolean rhetorical(String quote, List<FoundQuote> out) {
            int stop = quote.indexOf(". ");
            if (stop < 0 || quote.lastIndexOf('?', stop) >= 0) {
                // a question from its first sentence
                return false;
            }
            for (FoundQuote q : out) {
                if (q.text().strip().endsWith("?")) {
                    return false;
                }
            }
            return true;
        }

        /**
         * “The stars will always be called,” he said. “If the machine does those roles, where does
         * the next star come from?”: a question after its speaker's own statement, in a paragraph of
         * theirs, with nobody else asking anything in the paragraphs before, is asked of nobody;
         * the quote alone after it goes on from them, not to the other side of an exchange.
         */
        private static boolean askedOfNobody(List<FoundQuote> out, int index) {
            // {@code index} counts paragraphs from 0, a quote's paragraph() from 1
            int n = out.size();
            int paragraph = index + 1;
            if (n < 2 || out.get(n - 1).paragraph() != paragraph || out.get(n - 2).paragraph() != paragraph) {
                return false;
            }
            String speaker = out.get(n - 1).speaker();
            if (speaker == null || !speaker.equals(out.get(n - 2).speaker()) || out.get(n - 2).text().strip().endsWith("?")
                    // "Mr. Whitcombe, your own engineers warned you…," she said. "Did you read this memo?"
                    || SECOND_PERSON.matcher(lastSentence(out.get(n - 1).text())).find()) {
                return false;
            }
            for (int i = n - 3; i >= 0 && out.get(i).paragraph() >= paragraph - 4; i--) {
                if (out.get(i).text().strip().endsWith("?") && !speaker.equals(out.get(i).speaker())) {
                    return false;
                }
            }
            return true;
        }

        private static String lastSentence(String quote) {
            String q = quote.strip();
            return q.isEmpty() ? q : q.substring(Sentences.start(q, 0, q.length() - 1));
        }

        /** Whether a paragraph that is one quote asks a question: it ends “…?”. */
        private static boolean asks(String paragraph) {
            String p = paragraph.stripTrailing();
            return p.length() > 1 && p.charAt(p.length() - 2) == '?';
        }

        /**
         * Who speaks, or is said to describe or recall something, in the last sentence of the
         * previous paragraph when that paragraph quotes nobody; null otherwise.
         */
        private String sayerOfPreviousParagraph(int index, List<FoundQuote> found, boolean onlyQuote) {
            String previous = paragraphs.get(index - 1);
            if (previous.isBlank()) {
                return null;
            }
            int lastSentence = Sentences.start(previous, 0, Math.max(0, previous.stripTrailing().length() - 1));
            for (QuoteSpans.Span q : QuoteSpans.find(previous)) {
                // "Owen Fitch asked about “Cold Meridian”, the studio's film": a title is no one's turn;
                // nor is speech quoted before the last sentence ("…called it “a vote for stability”.
                // Speaking afterwards, she said the government had given nothing away." ¶ “…”); before a
                // quote alone, only what was found as speech counts ("calling the notices “the weather
                // report.”" is a name, and the paragraph is still his)
                boolean ownSentenceEnded = q.end(previous) <= lastSentence
                        && SENTENCE_MARK.matcher(previous).region(q.end(previous), lastSentence).find();
                if (!ownSentenceEnded && isSpeech(q.text(previous), true) && (!onlyQuote || foundAt(found, index, q.open()))) {
                    return null;
                }
            }
            Matcher weAsked = onlyQuote ? WE_ASKED.matcher(previous).region(lastSentence, previous.length()) : null;
            if (weAsked != null && weAsked.lookingAt()) {
                // "I ask Mistry whether she would do it again." ¶ “For Marcus, yes…”: the answer of the one asked
                String rest = previous.substring(weAsked.end());
                List<PersonRef> refs = refsIn(rest, true);
                if (!refs.isEmpty() && refs.get(0).start() == 0 && refs.get(0).type() == PersonRef.Type.NAME
                        && QUESTION_AFTER.matcher(rest).region(refs.get(0).end(), rest.length()).lookingAt()) {
                    return named(resolve(refs.get(0), (long) index * PARAGRAPH_STRIDE + weAsked.end()));
                }
            }
            if (previous.stripTrailing().endsWith(":") && previous.length() < 200) {
                // "Peter Kiprono, speaking at his hotel on the Nairobi road:" ¶ “…”, and after a role
                // ("Our reporter Yang Shu-fen is in Hualien City:" ¶ “…”) when the colon ends the
                // sentence they open, not "…read the jury's statement. The statement said:"
                for (PersonRef r : refsIn(previous, true)) {
                    if (r.type() == PersonRef.Type.NAME && r.canSpeak() && (onlyHonorifics(previous.substring(0, r.start()))
                            || lastSentence == 0 && isRoleBefore(previous.substring(0, r.start()))
                            // "Met Éireann’s head of forecasting, Siobhán Galvin, posted on X a short time ago:"
                            || lastSentence == 0 && (ROLE_THEN_NAME.matcher(previous).region(0, r.start()).matches()
                            || OWNED_ROLE_THEN_NAME.matcher(previous).region(0, r.start()).matches()))) {
                        return named(resolve(r, (long) index * PARAGRAPH_STRIDE + r.start()));
                    }
                }
                // "In a letter to volunteers, seen by the Courier, Ms Tane wrote:" ¶ “…”, and a live
                // blog's "Here is the BBC's Chris Mason on the result:" ¶ “…”
                String opened = previous.stripTrailing() + " \u201C";
                Attribution a = matchBefore(opened, 0, opened.length() - 1);
                if (a == null && HERE_IS.matcher(previous).region(lastSentence, previous.length()).lookingAt()) {
                    a = subjectOfColonClause(opened, 0, opened.length() - 1);
                }
                return a == null ? null : named(resolve(a.ref(), (long) index * PARAGRAPH_STRIDE + a.refBase()));
            }
            Attribution a = matchPreviousSentence(previous + " \u201C", -1, 0, previous.length() + 1);
            if (a == null && onlyQuote) {
                // "According to Kjærgaard, the outlines had been written by a tool…" ¶ “…”: the one
                // whose account the sentence gives goes on in her own words
                a = accordingToOpening(previous, lastSentence);
            }
            if (a == null && onlyQuote) {
                // "Tamanui lost three bookings last summer…" ¶ “People see you on a poster…”
                a = matchSubjectOfPreviousSentence(previous + " \u201C", 0, previous.length() + 1);
            }
            if (a == null && onlyQuote && lastSentence > 0 && !asks(paragraphs.get(index))
                    && refsIn(previous.substring(lastSentence), true).isEmpty()) {
                // "Bernadette would rather talk about money. The council grant runs out in March." ¶
                // “…”: the last one acting, when nobody is named after them; not a question, which
                // is more often the other side's
                int firstEnd = Sentences.firstEnd(previous);
                if (firstEnd > 0 && refsIn(previous.substring(firstEnd, lastSentence), true).isEmpty()) {
                    a = matchSubjectOfPreviousSentence(previous.substring(0, firstEnd) + " \u201C", 0, firstEnd + 1);
                }
            }
            Matcher opener;
            if (a == null && onlyQuote && (opener = PRONOUN_REPORTS.matcher(previous)).lookingAt()) {
                // "He said locum physicians fill some gaps. Staff have taken to…" ¶ “People in town…”:
                // a paragraph that reports what he said, then his own words
                a = new Attribution(new PersonRef(PersonRef.Type.PRONOUN, opener.group(1), 0, opener.end(1)), 0, opener.end());
            }
            if (a == null && onlyQuote && (opener = OF_THE_SPEECH.matcher(previous)).lookingAt()
                    && opener.end() <= Math.max(Sentences.firstEnd(previous), 0)) {
                // "Much of the speech focused on what she called the basics. Residents have complained…"
                // ¶ “If you call this city, a person should pick up…”: the speech goes on
                a = new Attribution(new PersonRef(PersonRef.Type.PRONOUN, opener.group(1), opener.start(1), opener.end(1)),
                        0, opener.end());
            }
            if (a == null && onlyQuote) {
                // "A victim impact statement written by club chairman Tommy Moran was read to the court." ¶ “…”
                Matcher by = WRITTEN_BY.matcher(previous).region(lastSentence, previous.length());
                if (by.find()) {
                    for (PersonRef r : refsIn(previous.substring(by.end()), true)) {
                        if (r.type() == PersonRef.Type.NAME && r.canSpeak()) {
                            return named(resolve(r, (long) index * PARAGRAPH_STRIDE + by.end() + r.start()));
                        }
                    }
                }
            }
            return a == null ? null : named(resolve(a.ref(), (long) index * PARAGRAPH_STRIDE + a.refBase()));
        }

        /** The person named by "According to …," opening the sentence of {@code text} at {@code from}, or null. */
        private Attribution accordingToOpening(String text, int from) {
            if (!Regions.contains(text, "ccording to ", from, Math.min(text.length(), from + 16))) {
                return null;
            }
            Matcher opening = ACCORDING_TO_OPENING.matcher(text).region(from, text.length());
            if (!opening.lookingAt()) {
                return null;
            }
            for (PersonRef r : refsIn(opening.group("who"), true)) {
                if (r.type() == PersonRef.Type.NAME && r.canSpeak()) {
                    return new Attribution(r, opening.start("who") + r.start(), opening.end());
                }
            }
            return null;
        }

        /**
         * In an interview told as questions and answers, the one interviewed when {@code before},
         * the text before a quote, ends with their own speech ("I said,", "the same thing I said
         * on the first day:") in an answer, or with the interviewer's "You once called it" in a
         * question; else null.
         */
        private String intervieweeSpeaking(int index, String before) {
            boolean question = isQuestion(paragraphs.get(index));
            Pattern lead = question ? YOU_SAID : I_SAID;
            if (!lead.matcher(before).region(Math.max(0, before.length() - 120), before.length()).find()) {
                return null;
            }
            // "I said, “Then why didn't anybody ask me?”" in an op-ed: its author's own words
            return question ? (interviewee().isEmpty() ? null : interviewee()) : intervieweeElseWriter();
        }

        /**
         * "“…,” I tell my students." in an interview's answer: the one interviewed, as for "I said,
         * “…”" before the quote; in an article with one author that is no interview, the author.
         * Only a quote the verb finishes ("…,” I tell"), not a whole sentence before the next one
         * ("…said, “You made us sound like the SAS.” I said, “Well, you are.”").
         */
        private String intervieweeSpeakingAfter(int index, String quote, String after) {
            if (!quote.stripTrailing().endsWith(",") && !after.startsWith(",")
                    || isQuestion(paragraphs.get(index)) || !I_SAID_AFTER.matcher(after).lookingAt()) {
                return null;
            }
            return intervieweeElseWriter();
        }

        /** The one interviewed; in an article that is no interview, its one author; else null. */
        private String intervieweeElseWriter() {
            String with = interviewee();
            if (with.isEmpty() && writer != null) {
                return writerAsNamed();
            }
            return with.isEmpty() ? null : with;
        }

        /**
         * The article's writer, when the sentences just before a quote opening at {@code open}
         * are the writer's own, in the first person, and one of them says or writes: "I wrote to
         * him again that night. I still have the email. “…”"; else null. Not in an interview,
         * whose "I" is the one interviewed.
         */
        private String writerSpeaking(String text, int from, int open) {
            if (writer == null) {
                return null;
            }
            Matcher m = FIRST_PERSON_WRITES.matcher(text).region(from, open);
            if (!m.find() || !FIRST_PERSON_SENTENCES.matcher(text).region(m.end(), open).matches()) {
                return null;
            }
            return interviewee().isEmpty() ? writerAsNamed() : null;
        }

        /** The writer as one of the article's people: "Gideon Marsh", or who the text names so. */
        private String writerAsNamed() {
            return people.resolve(List.of(writer.split("\\s+")), null, People.Evidence.PERSON);
        }

        /**
         * The person an interview is with, or "" when the article is not an interview: three
         * questions or more, each answered by a paragraph that is not one, and the person it
         * names most.
         */
        private String interviewee() {
            if (interviewee == null) {
                interviewee = findInterviewee();
            }
            return interviewee;
        }

        /** Whether the sentence before the pronoun at {@code pos} describes someone: "the producer", "a Marine Resources officer". */
        private boolean describedInItsSentence(long pos) {
            String p = paragraphs.get((int) (pos / PARAGRAPH_STRIDE) - 1);
            int at = (int) Math.min(p.length(), pos % PARAGRAPH_STRIDE);
            int sentence = Sentences.start(p, Math.max(0, at - 300), at);
            String[] words = p.substring(sentence, at).toLowerCase(Locale.ROOT).split("[^\\p{L}\\-]+");
            for (int i = 1; i < words.length; i++) {
                if ((Vocabulary.ROLE_NOUNS.contains(words[i]) || Vocabulary.UNNAMED_PEOPLE.contains(words[i]))
                        && (words[i - 1].equals("the") || words[i - 1].equals("a") || words[i - 1].equals("an")
                        || i > 1 && (words[i - 2].equals("a") || words[i - 2].equals("an") || words[i - 2].equals("the")))) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the paragraph at {@code pos} is an answer labelled with a word of {@code name}'s: "Rolle: To read the water." */
        private boolean inAnAnswerOf(String name, long pos) {
            int index = (int) (pos / PARAGRAPH_STRIDE) - 1;
            if (index < 0 || index >= paragraphs.size()) {
                return false;
            }
            String p = paragraphs.get(index);
            int colon = p.indexOf(": ");
            return colon > 0 && colon <= 40 && FaqShape.isNameLabelled(p) && (" " + name + " ").contains(" " + p.substring(0, colon) + " ");
        }

        /** What {@link #interviewee()} finds, looked for once an article. */
        private String findInterviewee() {
            int answered = 0;
            for (int i = 0; i + 1 < paragraphs.size(); i++) {
                if (isQuestion(paragraphs.get(i)) && !isQuestion(paragraphs.get(i + 1))) {
                    answered++;
                }
            }
            String most = "";
            if (answered < 3) {
                // "## How did you end up here?" ¶ "Mkhize: By accident, honestly…": questions set as
                // headings, so only the answers, each labelled with the one who gives it, are left
                String labelled = labelledThrice();
                if (labelled != null) {
                    return labelled;
                }
            }
            if (answered >= 3) {
                int best = 0;
                for (String name : named) {
                    if (name.contains(" ") && people.count(name) > best) {
                        best = people.count(name);
                        most = name;
                    }
                }
            }
            return most;
        }

        /**
         * The person named whole whose name has the label three paragraphs or more open with
         * ("Mkhize: …"), the one label there is; or null.
         */
        private String labelledThrice() {
            String label = null;
            int times = 0;
            for (String p : paragraphs) {
                int colon = p.indexOf(": ");
                if (colon <= 0 || colon > 40 || !FaqShape.isNameLabelled(p)) {
                    continue;
                }
                String l = p.substring(0, colon);
                if (label != null && !label.equals(l)) {
                    return null;
                }
                label = l;
                times++;
            }
            if (times < 3) {
                return null;
            }
            String found = null;
            for (String name : named) {
                // "Mkhize" of Thandeka Mkhize; "Seo" of Seo Min-ji, family name first
                if (name.contains(" ") && (" " + name + " ").contains(" " + label + " ")) {
                    if (found != null && !found.equals(name)) {
                        return null;
                    }
                    found = name;
                }
            }
            return found;
        }

        /** A paragraph that is nothing but a short question of the interviewer's. */
        private static boolean isQuestion(String paragraph) {
            String p = paragraph.strip();
            return p.endsWith("?") && p.length() <= 300 && !p.isEmpty() && "“\"‘'".indexOf(p.charAt(0)) < 0;
        }

        /**
         * "Karen Wilby said in a statement read to the court that…" ¶ "“…,” the statement said";
         * "Principal Deborah Strahan told parents in a letter…" ¶ … ¶ "The letter said … “…”": when
         * {@code pre} ends with "the letter" (statement, email), the person acting in the last
         * sentence before {@code at} that puts words "in a letter" (her letter…), in this
         * paragraph or the two before; null when there is none, or only a body acts in it ("In a
         * statement, the club said").
         */
        private PersonRef documentWriter(String pre, long at) {
            Matcher m = THE_DOCUMENT.matcher(pre);
            if (!m.find()) {
                return null;
            }
            Pattern in = IN_DOCUMENT.get(m.group(1).toLowerCase(Locale.ROOT));
            int index = (int) (currentBase / PARAGRAPH_STRIDE) - 1;
            for (int i = index; i >= Math.max(0, index - 2); i--) {
                String p = paragraphs.get(i);
                long base = (long) (i + 1) * PARAGRAPH_STRIDE;
                int limit = i == index ? (int) Math.min(p.length(), Math.max(0, at - base)) : p.length();
                Matcher d = in.matcher(p).region(0, limit);
                int last = -1;
                while (d.find()) {
                    last = d.start();
                }
                if (i == index && last < 0 && aNewDocument(p, m.group(1), limit)) {
                    // "A note pinned to the newsroom door was less contrite. “…,” the note said": another
                    // note than the one someone wrote before, and no one is said to have written it
                    return null;
                }
                Matcher f = DOCUMENT_FROM.get(m.group(1).toLowerCase(Locale.ROOT)).matcher(p).region(0, limit);
                int sender = -1;
                while (f.find()) {
                    sender = f.end();
                }
                if (sender > last) {
                    // "handed in a letter from the defendant’s son, Darragh Breathnach": the one named after "from"
                    int end = Sentences.firstEnd(p.substring(sender));
                    String who = people.firstNamedIn(base + sender, base + (end < 0 ? p.length() : sender + end));
                    if (who != null) {
                        return new PersonRef(PersonRef.Type.NAME, who, m.start(), m.end());
                    }
                }
                if (last < 0) {
                    continue;
                }
                int from = Sentences.start(p, 0, last);
                Matcher body = BODY_SUBJECT.matcher(p).region(from, last);
                if (body.lookingAt() && !body.group().toLowerCase(Locale.ROOT).endsWith("statement")) {
                    // "Mokoena’s label, Ubuntu Sound Records, said in a statement": the label's, not hers
                    return new PersonRef(PersonRef.Type.ORGANISATION, body.group(), m.start(), m.end());
                }
                int end = Sentences.firstEnd(p.substring(last));
                // "Mr Hollis's father, Graham Hollis, 72, said in a statement": the one acting nearest
                // before; "In a victim personal statement, read by Mr Vaughan, Ms Hrytsenko said": after
                String who = people.actingSince(base + from, base + last, (char) 0);
                if (who == null) {
                    who = people.firstActingIn(base + last, base + (end < 0 ? p.length() : last + end));
                }
                return who == null || People.isUnnamed(who) ? null : new PersonRef(PersonRef.Type.NAME, who, m.start(), m.end());
            }
            return null;
        }

        /** Whether {@code p} before {@code limit} brings in a document of this kind by "a" or "an", not "in a" nor "a … from". */
        private static boolean aNewDocument(String p, String document, int limit) {
            Matcher a = A_DOCUMENT.get(document.toLowerCase(Locale.ROOT)).matcher(p).region(0, limit);
            while (a.find()) {
                if (!(a.start() >= 3 && p.regionMatches(true, a.start() - 3, "in ", 0, 3))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The one who "asked" someone named, in the current paragraph before {@code limit} ("Ms
         * Kerr asked Ms Ní Bhraonáin directly whether…"), when of gender {@code g} or not known
         * to be otherwise; else null.
         */
        /** The one who asked someone, in the sentence just before a bare quote that is a question; or null. */
        private String askerOfTheQuestion(String text, QuoteSpans.Span span, int prevEnd) {
            if (!span.text(text).stripTrailing().endsWith("?")) {
                return null;
            }
            int[] bounds = sentenceBefore(text, prevEnd, span.open());
            return bounds != null && ASKED_SOMEONE_WORD.matcher(text).region(bounds[0], bounds[1]).find()
                    ? askerBefore(span.open(), (char) 0) : null;
        }

        private String askerBefore(int limit, char g) {
            int current = (int) (currentBase / PARAGRAPH_STRIDE) - 1;
            // "Sandoval asked Sidhu directly whether he…" ¶ "“…?” she asked": the paragraph before too
            for (int index = current; index >= Math.max(0, current - 1); index--) {
                String p = paragraphs.get(index);
                List<NameScanner.Hit> found = hits.get(index);
                for (int k = found.size() - 2; k >= 0; k--) {
                    NameScanner.Hit asker = found.get(k);
                    // "Olivia Sandoval, a third-year piano student who…, asked Sidhu directly"
                    int verb = pastAffiliation(p, NameScanner.pastAsides(p, asker.end()));
                    int next = k + 1;
                    while (next < found.size() && found.get(next).start() < verb) {
                        next++;
                    }
                    if (next == found.size() || index == current && found.get(next).end() > limit
                            || !ASKED_SOMEONE.matcher(p).region(verb, found.get(next).start()).matches()) {
                        continue;
                    }
                    String name = people.resolve(asker.tokens(), asker.honorific(), People.Evidence.TEXT,
                            (long) (index + 1) * PARAGRAPH_STRIDE + asker.start());
                    if (name == null && k > 0 && hits.get(index).get(k - 1).end() < asker.start()
                            && p.startsWith(" of ", found.get(k - 1).end())) {
                        // "Kaitlan Collins of CNN asked Leavitt": the body she is from, not the one asking
                        continue;
                    }
                    char known = name == null ? 0 : people.gender(name);
                    return name == null || g != 0 && known != 0 && known != g ? null : name;
                }
            }
            return null;
        }

        /**
         * Past "of national radio" or "from the Herald" after an asker's name, when "asked"
         * follows: "Ieva Laurinaitė of national radio asked Žukauskas whether…". Else {@code at}.
         */
        private static int pastAffiliation(String p, int at) {
            int to = Math.min(p.length(), at + 60);
            if (!Regions.contains(p, " asked ", at, to)) {
                return at;
            }
            Matcher of = AFFILIATION_BEFORE_ASKED.matcher(p).region(at, to).useTransparentBounds(true);
            return of.lookingAt() ? of.end() : at;
        }

        /**
         * The one last asked something in this paragraph before {@code limit} or in the one
         * before ("She asks Mr Sandhu whether he could see…"), when of gender {@code g} or not
         * known to be otherwise; else null. When the paragraph before is the question itself
         * ("Van Wyk asked Ms Tjiho whether…" ¶ "“…?” Van Wyk asked." ¶ "“…,” she replied"), the one
         * asked is named in the paragraph before that.
         */
        private boolean anotherAsksInThisParagraph(int limit, String who) {
            int current = (int) (currentBase / PARAGRAPH_STRIDE) - 1;
            String p = paragraphs.get(current);
            for (NameScanner.Hit hit : hits.get(current)) {
                if (hit.end() > limit) {
                    break;
                }
                if (ASKS_OF_SOMEONE_UNNAMED.matcher(p).region(hit.end(), Math.min(p.length(), hit.end() + 30)).lookingAt()) {
                    String name = people.resolve(hit.tokens(), hit.honorific(), People.Evidence.TEXT,
                            currentBase + hit.start());
                    if (name != null && !name.equals(who)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private String askedBefore(int limit, char g) {
            int current = (int) (currentBase / PARAGRAPH_STRIDE) - 1;
            int earliest = Math.max(0, current - (current > 0 && asksAQuestion(paragraphs.get(current - 1)) ? 2 : 1));
            for (int index = current; index >= earliest; index--) {
                String p = paragraphs.get(index);
                List<NameScanner.Hit> found = hits.get(index);
                for (int k = found.size() - 1; k >= 0; k--) {
                    NameScanner.Hit hit = found.get(k);
                    if (index == current && hit.end() > limit
                            || !ASKS_BEFORE.matcher(p).region(Math.max(0, hit.start() - 20), hit.start()).find()
                            || !QUESTION_AFTER.matcher(p).region(hit.end(), Math.min(p.length(), hit.end() + 12)).lookingAt()) {
                        continue;
                    }
                    String name = people.resolve(hit.tokens(), hit.honorific(), People.Evidence.PERSON,
                            (long) (index + 1) * PARAGRAPH_STRIDE + hit.start());
                    char known = name == null ? 0 : people.gender(name);
                    return name == null || known != 0 && known != g ? null : name;
                }
            }
            return null;
        }

        /**
         * "“Isn't it true that you…?” Cllr. Kollie asked." ¶ "“No, that is not true,” she said.": a
         * quote opening the paragraph straight after a question is its answer, and "said" there
         * answers as "replied" does.
         */
        private boolean answersTheParagraphBefore(int offset) {
            int current = (int) (currentBase / PARAGRAPH_STRIDE) - 1;
            // the question asked by name: after "“…?” I asked" or "she asked" the pronoun is as likely the
            // one who answered last time
            if (current <= 0 || !asksAQuestion(paragraphs.get(current - 1))
                    || !NAMED_ASKER_AFTER.matcher(paragraphs.get(current - 1)).find()) {
                return false;
            }
            // the quote just closed is the paragraph's first: nothing but its two marks before here
            String p = paragraphs.get(current);
            int marks = 0;
            for (int i = 0; i < Math.min(offset, p.length()); i++) {
                char c = p.charAt(i);
                if (c == '“' || c == '”' || c == '"') {
                    marks++;
                }
            }
            return marks == 2 && (p.startsWith("“") || p.startsWith("\""));
        }

        /** Whether someone unnamed asked, where they act: "a reporter at the back asked about…". */
        private boolean askedUnnamed(String placeholder) {
            long pos = People.unnamedAt(placeholder);
            int index = (int) (pos / PARAGRAPH_STRIDE) - 1;
            if (index < 0 || index >= paragraphs.size()) {
                return false;
            }
            String p = paragraphs.get(index);
            int start = (int) (pos % PARAGRAPH_STRIDE);
            return start < p.length() && UNNAMED_ASKED.matcher(p).region(start, Math.min(p.length(), start + 100)).lookingAt();
        }

        /** Whether a paragraph quotes a question: "“…?” Van Wyk asked." */
        private static boolean asksAQuestion(String paragraph) {
            return paragraph.contains("?\u201D") || paragraph.contains("?\"");
        }

        /** Whether a quote of paragraph {@code paragraph} (counted from 1) opening at {@code open} was found as speech. */
        private static boolean foundAt(List<FoundQuote> found, int paragraph, int open) {
            for (int i = found.size() - 1; i >= 0 && found.get(i).paragraph() >= paragraph; i--) {
                if (found.get(i).paragraph() == paragraph && found.get(i).open() == open) {
                    return true;
                }
            }
            return false;
        }

        /**
         * "“She was the kindest person on this street.” Bernadette Quinn, 71, has lived opposite
         * the family for 15 years": a paragraph that opens with a whole-sentence quote and then
         * introduces someone new, as only people are introduced, gives them the quote.
         */
        private Attribution introducedNext(String text, int k, QuoteSpans.Span span, int end, long base) {
            if (k != 0 || !text.substring(0, span.open()).isBlank() || !endsSentence(span.text(text))) {
                return null;
            }
            int at = end;
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            List<NameScanner.Hit> hits = NameScanner.scan(text, at, Math.min(text.length(), at + 80));
            if (hits.isEmpty() || hits.get(0).start() != at || hits.get(0).tokens().size() < 2
                    || !NameEvidence.person(text, hits.get(0).end())) {
                return null;
            }
            NameScanner.Hit hit = hits.get(0);
            String name = people.recall(hit.tokens(), hit.honorific());
            if (name == null || people.introducedAt(name) != base + hit.start()) {
                // someone named before would have been attributed the usual way
                return null;
            }
            return new Attribution(new PersonRef(PersonRef.Type.NAME, hit.joined(), hit.start(), hit.end()), hit.start(), hit.end());
        }

        /**
         * "a product he called the “Evergreen Income Bond”": a pronoun straight after a noun opens
         * a clause inside someone else's sentence, where naming a thing is not acting in it.
         */
        private static boolean insideNounClause(String text, Attribution a) {
            if (a == null || a.ref().type() != PersonRef.Type.PRONOUN) {
                return false;
            }
            String before = NameScanner.wordBefore(text, a.refBase(), a.refBase() - 30);
            return !before.isEmpty() && Character.isLetter(before.charAt(0)) && !CLAUSE_OPENERS.contains(before);
        }

        /**
         * Whether the words before a quote call something by it: "referred to the results as “…”",
         * or a motto, sign or slogan, and perhaps an aside, then "is" or "reads".
         */
        private static boolean writtenUp(String text, int prevEnd, int open) {
            int from = Math.max(prevEnd, open - 60);
            if (Regions.contains(text, "refer", from, open) && REFERRED_TO_AS.matcher(text).region(from, open).find()) {
                return true;
            }
            if ((Regions.contains(text, "still call", from, open) || Regions.contains(text, " to calling ", from, open))
                    && STILL_CALLS.matcher(text).region(from, open).find()) {
                // "still calls the company “the computer business”": what someone has long called a
                // thing is its name to them, not a verdict given now
                return true;
            }
            int end = open;
            while (end > prevEnd && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ':'
                    || text.charAt(end - 1) == ',')) {
                end--;
            }
            if (end < open && text.charAt(end) == ':' && WRITTEN_UP_THAT.matcher(text).region(Math.max(prevEnd, open - 160), open).find()) {
                // "under the banner that hangs above the stage: “…”"
                return true;
            }
            // most quotes do not follow "is", "was", "read(s)" or "said/says": the pattern only runs after them
            if (end - prevEnd < 4 || !(text.startsWith("is", end - 2) || text.startsWith("was", end - 3)
                    || text.startsWith("ead", end - 3) || text.startsWith("eads", end - 4)
                    || text.startsWith("aid", end - 3) || text.startsWith("ays", end - 3) || text.startsWith("simply", end - 6))) {
                return false;
            }
            return WRITTEN_UP_IS.matcher(text).region(Math.max(prevEnd, open - 160), open).find();
        }

        /**
         * Whether two or three quoted words are in a clause reported after "said … that" or
         * "wrote that", said before the sentence's first quote: "SurSaathi said in a statement
         * that it “respects artists' rights”".
         */
        private static boolean inReportedClause(String text, List<QuoteSpans.Span> spans, int k) {
            int open = spans.get(k).open();
            int words = WHITESPACE.split(spans.get(k).text(text).strip()).length;
            // one word ("could be “hycean” worlds") or words after an article ("warned that the
            // “lean season”…") name a thing; longer quotes are speech without this
            if (words < 2 || words > 3 || DETERMINER_BEFORE.matcher(text).region(Math.max(0, open - 24), open).find()) {
                return false;
            }
            int from = Sentences.start(text, 0, open);
            int to = open;
            for (int j = k - 1; j >= 0 && spans.get(j).open() >= from; j--) {
                to = spans.get(j).open();
            }
            return Regions.contains(text, " that ", from, to) && REPORTED_THAT.matcher(text).region(from, to).find()
                    || Regions.contains(text, "called ", from, open) && CALLED_IT.matcher(text).region(Math.max(from, open - 50), open).find()
                    // "Unison … said staff morale was at “rock bottom”": a clause reported with no "that";
                    // not "said management had begun calling junior staff “prompt supervisors”", a name
                    || Regions.contains(text, "aid ", from, to) && !Regions.contains(text, "call", from, open)
                    && REPORTED_WITHOUT_THAT.matcher(text).region(from, to).find();
        }

        /** Where the credit of a picture ending the paragraph starts, so that it is the picture's caption; or -1. */
        private static int pictureCredit(String text) {
            int from = Math.max(0, text.length() - 90);
            if (text.indexOf(':', from) < 0 && text.indexOf("Photo/", from) < 0) {
                // every credit has one or the other; asked twice of every paragraph, most without either
                return -1;
            }
            Matcher m = PICTURE_CREDIT.matcher(text).region(from, text.length());
            return m.find() ? m.start() : -1;
        }

        /**
         * "the practice, which some producers call “digital resurrection”, “treats the dead as an
         * unpaid cast…”": after a term and a bare comma, words in lower case that run on are the
         * rest of the sentence someone wrote, not another item of a list of terms.
         */
        private static boolean predicateAfterATerm(String text, int excludedEnd, int open, String quote) {
            String[] words = WHITESPACE.split(quote.strip());
            // a verb opens it ("treats", "turned"), not "our" of a placard's translation, “our voice cannot be cloned”
            return text.substring(excludedEnd, open).strip().equals(",") && words.length > 4
                    && PREDICATE_VERB.matcher(words[0]).matches() && !NOT_VERBS.contains(words[0]);
        }

        /** Whether "her last", "his final", "her death"… stand in {@code [from, to)}, where {@link #LATE_LIFE} can match. */
        private static boolean lateLifeMayBeIn(String text, int from, int to) {
            // String.indexOf, not Regions.contains: asked of every stretch of text between quotes, the
            // character loop was 7% of extraction in a profile
            for (String words : LATE_LIFE_WORDS) {
                int at = text.indexOf(words, from);
                if (at >= 0 && at + words.length() <= to) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the paragraph holds the quote and nothing else but punctuation. */
        private static boolean isOnlyQuote(String text, int open, int end) {
            return text.substring(0, open).isBlank() && text.substring(end).strip().matches("[\\p{P}]*");
        }

        /**
         * Titles ("Brief Encounter"), and short spans nobody is said to have said (scare quotes,
         * terms), are not speech.
         */
        /**
         * "a formula that Sonora calls “contribution weighting”": the thing is the object of the
         * relative clause, and a word or three quoted after its "calls" are the name given it; not
         * "a painting that Eze calls “the picture I had to make before…”", her own account of it.
         */
        private static boolean nameGivenInARelativeClause(String text, int prevEnd, int open, String quote) {
            int from = Math.max(prevEnd, open - 40);
            if (!Regions.contains(text, "call", from, open) || WHITESPACE.split(quote.strip()).length > 3) {
                return false;
            }
            return THAT_CALLS.matcher(text).region(from, open).find();
        }

        private boolean isSpeech(String quote, boolean attributed) {
            String[] words = WHITESPACE.split(quote);
            if (words.length > 8) {
                return true;
            }
            if (capitalised(words) && !CLOSING_PUNCTUATION.matcher(quote).matches()) {
                return false;
            }
            return attributed || words.length >= 4;
        }

        /**
         * "a “hardship pathway” would be available", "the bill’s “opt-out” would…": a few quoted
         * words after a determiner, with the verb they are the subject of after them, name a
         * thing; someone's words are the verb's complement, not its subject.
         */
        private static boolean termAsSubject(String text, QuoteSpans.Span span, String quote, int prevEnd, int end, int nextOpen) {
            String bare = quote.strip();
            return !bare.isEmpty() && WHITESPACE.split(bare).length <= 3 && Character.isLetterOrDigit(bare.charAt(bare.length() - 1))
                    && DETERMINER_BEFORE.matcher(text).region(Math.max(prevEnd, span.open() - 24), span.open()).find()
                    && VERB_AFTER_TERM.matcher(text).region(end, Math.min(nextOpen, end + 12)).lookingAt();
        }

        /**
         * "the choirs' irregular rhythms and their “open-throated” singing": a word or two quoted
         * between an owner's determiner and the noun they qualify name a kind of thing, as a
         * label would; someone's verdict ends its clause or is joined by a function word.
         */
        private static boolean termAsModifier(String text, QuoteSpans.Span span, String quote, int prevEnd, int end, int nextOpen) {
            String bare = quote.strip();
            if (bare.isEmpty() || WHITESPACE.split(bare).length > 2 || !Character.isLetter(bare.charAt(bare.length() - 1))
                    || end + 2 >= nextOpen || text.charAt(end) != ' ' || !Character.isLowerCase(text.charAt(end + 1))
                    || !OWNER_BEFORE.matcher(text).region(Math.max(prevEnd, span.open() - 8), span.open()).find()
                    && !compoundAfterOf(text, span, bare, prevEnd) && !compoundAfterArticle(text, span, bare, prevEnd)) {
                return false;
            }
            int w = end + 1;
            while (w < nextOpen && Character.isLetter(text.charAt(w))) {
                w++;
            }
            return !FUNCTION_WORDS.contains(text.substring(end + 1, w)) && !COPULAS.contains(text.substring(end + 1, w));
        }

        /**
         * "choose from a menu of “celebrity-style” voices", "sceptical of “lights-out” claims": one
         * word made with a hyphen for the noun after it, governed by "of", is a kind of thing.
         */
        private static boolean compoundAfterOf(String text, QuoteSpans.Span span, String bare, int prevEnd) {
            int of = span.open() - 3;
            return bare.indexOf('-') > 0 && bare.indexOf(' ') < 0 && of >= prevEnd && text.startsWith("of ", of)
                    && (of == 0 || !Character.isLetter(text.charAt(of - 1)));
        }

        /**
         * "the existing “opt-out” system", "an “AI-first” policy": one word made with a hyphen,
         * between an article (and perhaps one word) and the noun it qualifies, is a kind of thing;
         * not "He called the plan “short-sighted” given…", a verdict on what the article names.
         */
        private static boolean compoundAfterArticle(String text, QuoteSpans.Span span, String bare, int prevEnd) {
            int from = Math.max(prevEnd, span.open() - 24);
            return bare.indexOf('-') > 0 && bare.indexOf(' ') < 0 && !Regions.contains(text, "call", Math.max(prevEnd, span.open() - 40), span.open())
                    && ARTICLE_BEFORE.matcher(text).region(from, span.open()).find();
        }

        /** "l’Altri", "dell’Acqua", "d'Hiver": up to three small letters, an apostrophe, then a capital. */
        private static boolean capitalAfterElision(String word) {
            int mark = Math.max(word.indexOf('’'), word.indexOf('\''));
            return mark > 0 && mark <= 4 && mark + 1 < word.length() && Character.isUpperCase(word.charAt(mark + 1))
                    && word.substring(0, mark).chars().allMatch(Character::isLowerCase);
        }

        /** Whether every word is capitalised or a function word, as in a title: "The Lantern Room". */
        private static boolean capitalised(String[] words) {
            boolean capital = false;
            for (String w : words) {
                String bare = WORD_EDGES.matcher(w).replaceAll("");
                if (bare.isEmpty()) {
                    continue;
                }
                if (Character.isUpperCase(bare.charAt(0)) || Character.isDigit(bare.charAt(0))) {
                    capital = true;
                } else if (capitalAfterElision(bare)) {
                    // "l’Altri", "d’Hiver": an article or preposition elided before a capital
                    capital = true;
                } else if (!FUNCTION_WORDS.contains(bare.toLowerCase(Locale.ROOT)) && bare.length() > 2
                        && !TITLE_SMALL_WORDS.contains(bare)) {
                    // "Robo i Pufi", "Sodade di Máquina", "Si Kancil dan Buaya Sungai Brunei": a
                    // title's small words in its own language
                    return false;
                }
            }
            return capital;
        }

        /** "a film titled “…”", "what locals call “…”": the words before the quote say it is not speech. */
        private static boolean notSaidBefore(String text, int prevEnd, int open) {
            int from = Math.max(prevEnd, open - 60);
            // the pattern ends in its phrase's last word, then perhaps "the", "a" or "an", a colon or a comma
            int end = skipBack(text, open, from);
            int start = lettersBack(text, end, from);
            String last = text.substring(start, end).toLowerCase(Locale.ROOT);
            // "what state law calls its “last, best and final offer”"
            if (last.equals("the") || last.equals("a") || last.equals("an") || last.equals("its") || last.equals("their")) {
                end = skipBack(text, start, from);
                start = lettersBack(text, end, from);
                last = text.substring(start, end).toLowerCase(Locale.ROOT);
            }
            return NOT_SAID_LAST.contains(last) && NOT_SAID_BEFORE.matcher(text).region(from, open).find()
                    // "The sign on the gym wall still says “Home of the Bobcats,”": words a thing bears
                    || (last.equals("says") || last.equals("said")) && THING_SAYS.matcher(text).region(Math.max(prevEnd, open - 100), open).find()
                    // "its tool, called “VoiceBridge,”": a name given to a thing in apposition
                    || last.equals("called") && start >= 2 && text.startsWith(", ", start - 2)
                    // "with titles like “Amapiano Midnight Vibes Vol. 47.”"
                    || last.equals("like") && Regions.contains(text, "titles", Math.max(from, start - 12), start)
                    // "Developers have a name for the long hours…: “war crunch.”"
                    || Regions.contains(text, "name for ", Math.max(prevEnd, open - 100), open)
                    && NAME_FOR.matcher(text).region(Math.max(prevEnd, open - 100), open).find()
                    // "under the slogan they adopted after the scandal, “Real Light, Real Wildlife,”"
                    || Regions.contains(text, "slogan", from, open) && SLOGAN_CLAUSE.matcher(text).region(from, open).find()
                    || last.equals("called") && thingNamedAndDescribed(text, from, open)
                    || Regions.contains(text, " call", from, open) && CALLED_BY_MANY.matcher(text).region(from, open).find();
        }

        /**
         * "what he called a “welcome team” of teachers", "what it called an “AI guild”, a group of
         * staff": a thing given a name, its article outside the quote, and the sentence going on to
         * say what it is; "she would end what she called a “planning lottery”." closes on the words
         * and may be her verdict.
         */
        private static boolean thingNamedAndDescribed(String text, int from, int open) {
            if (!WHAT_CALLED_A.matcher(text).region(from, open).find()) {
                return false;
            }
            char mark = text.charAt(open) == '“' ? '”' : text.charAt(open);
            int close = text.indexOf(mark, open + 1);
            if (close < 0 || close - open > 80) {
                return false;
            }
            int next = Regions.skipSpaces(text, close + 1);
            return next < text.length() && ".!?\n".indexOf(text.charAt(next)) < 0;
        }

        /**
         * The gender of "One woman among them, who did not want to be named,": the one described
         * just before the clause that keeps them unnamed, or 0.
         */
        private static char describedJustBefore(List<Descriptors.Match> unnamed, String text, int clause) {
            for (Descriptors.Match u : unnamed) {
                if (u.end() <= clause && clause - u.end() <= 30 && !Regions.contains(text, ".", u.end(), clause)) {
                    return genderOf(u.role());
                }
            }
            return 0;
        }

        /** "At that point a man in the audience shouted:": someone unnamed speaks the quote after {@code before}. */
        private static boolean unnamedLead(String before) {
            int end = skipBack(before, before.length(), 0);
            String last = before.substring(lettersBack(before, end, 0), end).toLowerCase(Locale.ROOT);
            // the pattern reaches back a dozen words at most; transparent bounds keep its \b and ^ as on the whole
            return UNNAMED_LEAD_LAST.contains(last) && UNNAMED_LEAD.matcher(before)
                    .region(Math.max(0, before.length() - 300), before.length())
                    .useTransparentBounds(true).useAnchoringBounds(false).find();
        }

        /** Back from {@code i} past white space, colons and commas. */
        private static int skipBack(String text, int i, int floor) {
            while (i > floor && (Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == ','
                    || text.charAt(i - 1) == ':')) {
                i--;
            }
            return i;
        }

        private static int lettersBack(String text, int i, int floor) {
            while (i > floor && Character.isLetter(text.charAt(i - 1))) {
                i--;
            }
            return i;
        }

        /** "the crime drama “The Lantern Room.”": a work named after its kind, its stop inside the marks. */
        private static boolean namedWork(String text, int from, int open, String quote) {
            String[] words = WHITESPACE.split(quote.strip());
            return words.length <= 8 && capitalised(words) && WORK_BEFORE.matcher(text).region(from, open).find();
        }

        /**
         * "is recording “The Lantern Keeper's Daughter,” a historical novel": a title in capitals
         * renamed straight after by the kind of work it is, the other order of {@link #namedWork}.
         */
        private static boolean workNamedFirst(String text, int end, int nextOpen, String quote) {
            if (end >= nextOpen) {
                return false;
            }
            String[] words = WHITESPACE.split(quote.strip());
            return words.length <= 8 && capitalised(words)
                    && WORK_AFTER.matcher(text).region(end, Math.min(nextOpen, end + 60)).lookingAt();
        }

        /** ", a historical novel", " (a 2019 documentary)": the kind of work, ending its phrase. */
        private static final Pattern WORK_AFTER = Pattern.compile(",?\\s+\\(?(?:a|an|the|her|his|their)\\s+"
                + "(?:[\\p{L}\\d\\-]+\\s+){0,3}?(?:drama|series|show|sitcom|thriller|comedy|musical|film|movie|documentary|"
                + "miniseries|album|single|song|novel|book|memoir|play|podcast|programme|program|poem|opera|game)"
                + "(?=[,.;:)]|\\s+(?:by|about|from|set|that|which|in|on|for|with|she|he|they)\\b)");

        /** @param scanned the names in {@code [from, to)} when already scanned, or null */
        /**
         * The whole names of the paragraph before {@code from}, as context for reading the names
         * after a quote; not one word alone, which may be a team ("Dunford pressed … when Petrie
         * rose" leaves Petrie the one acting).
         */
        private static List<NameScanner.Hit> peopleBefore(List<NameScanner.Hit> hits, int from) {
            // only those the scanner looks back to, found by halving: a paragraph of thousands of
            // quotes and names must stay linear
            int lo = 0;
            int hi = hits.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (hits.get(mid).start() < from) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            List<NameScanner.Hit> before = new ArrayList<>();
            for (int k = lo - 1; k >= 0 && hits.get(k).end() >= from - NameScanner.LOOK_BACK; k--) {
                NameScanner.Hit h = hits.get(k);
                if (h.end() <= from && h.tokens().size() > 1) {
                    before.add(0, h);
                }
            }
            return before;
        }

        /** The paragraph last asked whether "her last years" and the like stand in it, and the answer. */
        private String lateLifeChecked;
        private boolean lateLifeInParagraph;

        private void noteMentions(String text, int from, int to, long base, List<NameScanner.Hit> scanned) {
            if (from >= to) {
                return;
            }
            List<NameScanner.Hit> found = scanned != null ? scanned : NameScanner.scan(text, from, to);
            for (NameScanner.Hit hit : found) {
                String name = birthName(hit) ? null : nameOf(hit, text, base + hit.start());
                Matcher introduced = name != null && hit.subject() && hit.tokens().size() > 1 && hit.end() < to
                        && text.charAt(hit.end()) == ',' ? INTRODUCED_SPEAKING.matcher(text).region(hit.end(), to) : null;
                if (introduced != null && introduced.lookingAt() && !namesKin(text, Sentences.start(text, from, hit.start()), hit.start())
                        && (introduced.group("apposition") == null || !namesKin(introduced.group("apposition"), 0, introduced.group("apposition").length()))) {
                    // "A lawyer for Lumenframe, Douglas Hartley, had argued at a hearing that…", "Kavya
                    // Menon, retail analyst at Dalal Street Research, said"; not "His son and
                    // apprentice, Sami Ould Cheikh, said" nor "Nour Ben Salah, his daughter, said",
                    // whom the relation tells apart
                    people.noteIntroducedSpeaking(name);
                }
                if (name != null && hit.possessive() && hit.tokens().size() == 1 && whoseRelativeIsIntroduced(text, hit, to)) {
                    // "Its studio head, Sam Pettigrew, is Rachel's older brother." ¶ "“…,” Pettigrew
                    // said": the sentence introduces him by her; she is not named again in it
                    continue;
                }
                if (name != null) {
                    // "One supporter, who gave his name only as Ibrahim, said": the name is the subject's
                    people.mention(name, base + hit.start(), hit.subject() || NameEvidence.onlyNameGiven(text, hit)
                            || introducedToEndASentence(text, from, to, hit, found));
                }
            }
            if (Regions.contains(text, "your ", from, to) && isQuestion(text) && !interviewee().isEmpty()) {
                Matcher yours = YOUR_KIN.matcher(text).region(from, to);
                while (yours.find()) {
                    // "What does your dad think?" ¶ "He's 88… he said, “…”": the one interviewed's
                    // father, named before ("My dad, Ray Marquez, ran snowcats"), is the answer's "he"
                    String who = people.latestWithRole(yours.group(1).toLowerCase(Locale.ROOT), base + yours.start());
                    if (who != null && !People.isUnnamed(who) && !who.equals(interviewee())) {
                        // the one the question is about, as a subject is
                        people.mention(who, base + yours.start(), true);
                    }
                }
            }
            Descriptors.Words words = new Descriptors.Words(text, from, to);
            // the unnamed who act here, kept only when someone may ask not to be named
            List<Descriptors.Match> acting = currentMayBeAnonymous ? new ArrayList<>() : null;
            for (Descriptors.Match u : Descriptors.unnamed(words)) {
                String relative = (text.startsWith("my ", u.start()) || text.startsWith("My ", u.start())) ? intervieweesRelative(text, u, base) : null;
                if (relative != null) {
                    // "with my brother again, if he'll do it. I asked him. He said, “…”" in an
                    // interview's answer: the brother a question named ("Your brother, Sean
                    // Halloran, plays the sheriff"), whom the "he" after it stands for
                    people.mention(relative, base + u.start(), false);
                    continue;
                }
                if (!renamesSomeone(text, u.start(), from, found) && (opensClause(text, u.start(), from)
                        && (speaksNext(text, u.end(), to) || opensSentence(text, u.start())
                        || afterOpeningPhrase(text, u.start(), from))
                        || Descriptors.many(text, u) && someOfOpenSentence(text, u.start(), from)
                        || WHO_SPEAKS.matcher(text).region(u.end(), to).lookingAt()
                        // "I just wanted to say, my husband proposed to me in the balcony. He leaned
                        // over and said, “…”": the speaker's own relative acts, and "he" is him
                        || text.startsWith("my ", u.start()) && ACTING.matcher(text).region(u.end(), to).lookingAt())) {
                    // many people answer to "they" alone
                    char g = Descriptors.many(text, u) ? People.MANY : genderOf(u.role());
                    // looked for only where a "he " or "she " follows soon, as it must
                    Matcher self = g != People.MANY && (Regions.contains(text, "he ", u.end(), Math.min(to, u.end() + 230))
                            || Regions.contains(text, "his ", u.end(), Math.min(to, u.end() + 230))
                            || Regions.contains(text, "her ", u.end(), Math.min(to, u.end() + 230)))
                            ? UNNAMED_SAID_OF_SELF.matcher(text).region(u.end(), to) : null;
                    if (self != null && self.lookingAt() && (g == 0 || ownGender(self.group(1)) == g)
                            && !otherAsObject(text, self.end(), to, ownGender(self.group(1)))) {
                        // "One teacher in Utsjoki, who asked not to be named because…, said she had…" ¶
                        // "“…,” she said": the one who said it of herself is the "she" of the next paragraph too
                        people.unnamed(base + u.start(), u.role(), ownGender(self.group(1)), true);
                    } else {
                        people.unnamed(base + u.start(), u.role(), g);
                    }
                    if (acting != null) {
                        acting.add(u);
                    }
                } else {
                    char told = renamesSomeone(text, u.start(), from, found) ? 0 : heOrSheAfterOurs(text, from, to, u, found);
                    if (told != 0) {
                        // "We dug out a snowboarder after 14 minutes. He was blue.": the one the
                        // speaker's "we" acted on, whom the next "he" continues
                        people.unnamed(base + u.start(), u.role(), told);
                    }
                }
            }
            if (text != lateLifeChecked) {
                // asked once a paragraph, not once for every stretch between its quotes
                lateLifeChecked = text;
                lateLifeInParagraph = lateLifeMayBeIn(text, 0, text.length());
            }
            if (lateLifeInParagraph && lateLifeMayBeIn(text, from, to)) {
                // "In her last years she taught a free acting class…" in an obituary: the one who
                // died, not the daughter or son who paid tribute just before
                Matcher lateLife = LATE_LIFE.matcher(text).region(from, to);
                while (lateLife.find()) {
                    String dead = people.theOneWhoDied(lateLife.group(1).equalsIgnoreCase("her") ? 'f' : 'm');
                    if (dead != null) {
                        people.mention(dead, base + lateLife.start(1), true);
                    }
                }
            }
            if (Regions.contains(text, "survived by", from, to)) {
                // "She is survived by her son." in an obituary: the one who died, not the one who
                // paid tribute just before
                Matcher survived = SURVIVED_BY.matcher(text).region(from, to);
                while (survived.find()) {
                    String dead = people.obituarySubject(genderOf(survived.group(1).toLowerCase(Locale.ROOT)));
                    if (dead != null) {
                        people.mention(dead, base + survived.start(1), true);
                    }
                }
            }
            if (Regions.contains(text, "-year-old", from, to)) {
                unnamedByAge(text, from, to, base, found);
            }
            // "An extra who has worked here since the 1990s, and who did not want to be named, put
            // it more bluntly": whatever the phrase before, the one acting is someone unnamed
            if (currentMayBeAnonymous && (Regions.contains(text, " name", from, to)
                    || Regions.contains(text, " identified", from, to) || Regions.contains(text, "anonymity", from, to))) {
                Matcher a = ANONYMOUS.matcher(text).region(from, to);
                while (a.find()) {
                    Matcher own = ANONYMOUS_GENDER.matcher(text).region(a.start(), Math.min(to, a.end() + 20));
                    char g = !own.find() ? describedJustBefore(acting, text, a.start())
                            : own.group(1).equals("he") || own.group(1).equals("his") ? 'm' : 'f';
                    people.unnamed(base + a.start(), "person", g, true);
                }
            }
            // "Her husband put his arm around her": a role or relative named before acts again
            for (Descriptors.Match d : Descriptors.roles(words, true)) {
                String who = people.latestWithRole(d.role(), base + d.start());
                if (who == null && Sentences.start(text, Math.max(from, d.start() - 200), d.start() + 1) == d.start()
                        && !PRONOUN_ASIDE.matcher(text).region(d.end(), to).lookingAt()) {
                    // "Her daughter, clearing the cups, does not answer": opening the sentence, she acts;
                    // not "and his father before him", nor "Her daughter, she added, had been…"
                    who = relativeNamed(text.substring(d.start(), d.end()), d.role(), base + d.start());
                    if (who == null && (d.role().endsWith("-year-old") || Vocabulary.SUBJECT_ROLES.contains(d.role())
                            || Vocabulary.DEMONYMS.contains(d.role()))) {
                        // "Joe Root made a hundred. ¶ The 35-year-old reached three figures with a glance
                        // off Jasprit Bumrah. “…,” he said": the one it stands for acts, not the one named
                        // after it
                        who = people.salient(base + d.start(), genderOf(d.role()));
                    }
                }
                if (who != null && !People.isUnnamed(who)) {
                    people.mention(who, base + d.start(), true);
                } else if (who != null && Sentences.start(text, Math.max(from, d.start() - 200), d.start() + 1) == d.start()) {
                    // "One former cook, who asked not to be named, …" ¶ "The former cook was unconvinced.
                    // “…,” she said": the one unnamed, called again by the role, opens the sentence and acts
                    people.unnamed(base + d.start(), d.role(), people.gender(who));
                }
            }
        }

        /**
         * The one named before as the relative {@code my} stands for ("my brother"), when the
         * paragraph is an interview's answer, whose "my" is the one interviewed; else null.
         */
        private String intervieweesRelative(String text, Descriptors.Match my, long base) {
            if (!Vocabulary.KIN.contains(my.role()) || isQuestion(text) || interviewee().isEmpty()) {
                return null;
            }
            String who = people.latestWithRole(my.role(), base + my.start());
            return who == null || People.isUnnamed(who) || who.equals(interviewee()) ? null : who;
        }

        /**
         * "The prize has been awarded to the runner-up, Marta Gouveia, a nurse from Santana who…"
         * ¶ "“…,” she said", "The foal is voiced by T. Altangerel, a ten-year-old from…" ¶ "“…,” the
         * boy said": a person named in passing but described by an apposition that ends a sentence
         * nobody else acts in is the one the text turns to; not "He was replaced by Dunstan, a
         * veteran.", where "he" acts.
         */
        private boolean introducedToEndASentence(String text, int from, int to, NameScanner.Hit hit, List<NameScanner.Hit> found) {
            if (hit.possessive() || !INTRODUCED_BY_APPOSITION.matcher(text).region(hit.end(), to).lookingAt()) {
                return false;
            }
            int sentence = Sentences.start(text, Math.max(from, hit.start() - 300), hit.start());
            int rest = Sentences.firstEnd(text.substring(hit.end(), to));
            int end = rest < 0 ? to : hit.end() + rest;
            for (NameScanner.Hit other : found) {
                // "…, a nurse from Santana": places in the apposition are no one acting
                if (other != hit && other.start() >= sentence && other.start() < end && (other.start() < hit.start() || other.subject())) {
                    return false;
                }
            }
            int firstWord = sentence;
            while (firstWord < hit.start() && Character.isLetter(text.charAt(firstWord))) {
                firstWord++;
            }
            if (PRONOUNS_THAT_ACT.contains(text.substring(sentence, firstWord).toLowerCase(Locale.ROOT))) {
                return false;
            }
            for (Descriptors.Match d : Descriptors.roles(text, sentence, hit.start())) {
                if (d.start() - sentence < 5) {
                    // "The coach said he had dropped Okoro, a winger…": the role opening it acts
                    return false;
                }
            }
            return true;
        }

        /**
         * "One former student… said he had once told her that…": the "he" is someone else's when
         * the one before it is the object after it, so it says nothing of their gender.
         */
        private static boolean otherAsObject(String text, int from, int to, char g) {
            int end = text.indexOf(". ", from);
            Matcher object = OBJECT_PRONOUN.matcher(text).region(from, end < 0 || end > to ? to : end);
            while (object.find()) {
                if (genderOf(object.group(1).equals("him") ? "he" : "she") != g) {
                    return true;
                }
            }
            return false;
        }

        /**
         * "The entrant, a 31-year-old graphic designer from Dakar, has not been publicly named. …
         * he wrote that…": a word Chorus does not know as a role, given an age in apposition, is
         * someone the text does not name, who acts in the sentence it opens and answers to the
         * pronoun after it; unless a name in that sentence renames them.
         */
        private void unnamedByAge(String text, int from, int to, long base, List<NameScanner.Hit> found) {
            Matcher m = UNNAMED_BY_AGE.matcher(text).region(from, to);
            while (m.find()) {
                int sentenceEnd = text.indexOf(". ", m.end());
                int until = sentenceEnd < 0 || sentenceEnd > to ? to : sentenceEnd;
                boolean renamed = false;
                for (NameScanner.Hit hit : found) {
                    // "from Dakar" names a place, not them
                    renamed |= hit.start() >= m.start() && hit.start() < until && people.recall(hit.tokens(), hit.honorific()) != null;
                }
                if (!renamed) {
                    people.unnamed(base + m.start(1), m.group(1), genderOf(m.group(1)));
                }
            }
        }

        /**
         * "Three of the eight actors have written to the producers. … they said": a count or a share
         * of a group opening the sentence before the plural, so many people, none named, act in it.
         */
        private static boolean someOfOpenSentence(String text, int at, int from) {
            int lo = Math.max(from, at - 40);
            Matcher m = SOME_OF.matcher(text).region(lo, at);
            return m.find() && (m.start() == from || opensSentence(text, m.start()));
        }

        /**
         * "Keisha Barnes, a charge nurse", "Rhys Llewellyn, a GP in Cardiff and a spokesman for
         * the college,": the phrase is in an apposition to the person just named.
         */
        private static boolean renamesSomeone(String text, int at, int from, List<NameScanner.Hit> names) {
            int i = at - 1;
            while (true) {
                while (i >= from && ",.!?;:“”\"".indexOf(text.charAt(i)) < 0) {
                    i--;
                }
                if (i < from || text.charAt(i) != ',') {
                    return false;
                }
                int end = i;
                int open = end > from + 2 && text.charAt(end - 1) == ')' ? text.lastIndexOf('(', end - 1) : -1;
                if (open > from && open < end - 2 && text.substring(open + 1, end - 1).chars().allMatch(Character::isDigit)
                        && text.charAt(open - 1) == ' ') {
                    // "Chipo Nyamande (41), a vegetable vendor": the age in brackets is part of the name's
                    return endsName(names, open - 1);
                }
                // "Park Eun-ji, a reporter": the whole of a hyphenated or apostrophised name
                while (i > from && (Character.isLetterOrDigit(text.charAt(i - 1))
                        || "-’'".indexOf(text.charAt(i - 1)) >= 0 && i - 1 > from && Character.isLetter(text.charAt(i - 2)))) {
                    i--;
                }
                if (i == end) {
                    return false;
                }
                if (!Character.isDigit(text.charAt(i))) {
                    // "On Sunday, one teacher said": a capitalised word that is no one's name
                    // "Mahmoud al-Jubouri, a tribal leader,", "Tony deBrum, a minister,": a name's last
                    // word may open small, but holds a capital
                    // "Outside a cinema in Lelystad, one cinema-goer said": a place closes the phrase
                    // that opens the sentence, and the one after its comma is nobody renamed
                    // "Aizada Bekmurat kyzy, a weaver,": or be a Turkic "daughter of" or "son of", written small
                    return (Character.isUpperCase(text.charAt(i)) || Regions.hasUpperCase(text, i, end)
                            || Vocabulary.PATRONYMICS_AFTER.contains(text.substring(i, end))) && endsName(names, end)
                            && !endsPlace(names, end);
                }
                // "Solberg, 39, a former engineer": the age is part of the apposition
                i--;
            }
        }

        /** Words that make the name after them a place: "in Lelystad", "outside Kawéni". */
        private static final Set<String> PLACE_BEFORE = Set.of("in", "at", "outside", "inside", "near", "across", "around");

        /** Whether a name ending at {@code end} follows a word that makes it a place. */
        private static boolean endsPlace(List<NameScanner.Hit> names, int end) {
            for (NameScanner.Hit h : names) {
                if (h.end() == end && PLACE_BEFORE.contains(h.before())) {
                    return true;
                }
            }
            return false;
        }

        /** Whether one of {@code names} ends at {@code end}. */
        private static boolean endsName(List<NameScanner.Hit> names, int end) {
            for (NameScanner.Hit h : names) {
                if (h.end() == end) {
                    return true;
                }
            }
            return false;
        }

        /** "A pensioner waiting for the bus … was blunter.": the phrase opens its sentence. */
        private static boolean opensSentence(String text, int at) {
            int i = at - 1;
            while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
                i--;
            }
            return i < 0 || ".!?”\"".indexOf(text.charAt(i)) >= 0;
        }

        /**
         * "On the way out, one spectator … stopped to talk to the actors": a phrase of a few words
         * opened by a preposition and closed by a comma opens the sentence, and the one after it is its subject.
         */
        private static boolean afterOpeningPhrase(String text, int at, int from) {
            int comma = at - 1;
            while (comma >= from && Character.isWhitespace(text.charAt(comma))) {
                comma--;
            }
            if (comma <= from || text.charAt(comma) != ',') {
                return false;
            }
            int start = Sentences.start(text, Math.max(from, comma - 60), comma);
            if (start <= Math.max(from, comma - 60) && start > from) {
                return false;
            }
            String phrase = text.substring(start, comma).strip();
            String[] words = phrase.split(" ");
            // a phrase of place or time ("On the way out", "After the show"), not a person renamed
            // after it ("Her husband, a fisherman, stayed behind")
            return !phrase.isEmpty() && Character.isUpperCase(phrase.charAt(0)) && phrase.indexOf(',') < 0
                    && phrase.chars().noneMatch(c -> "“”\"".indexOf(c) >= 0) && words.length <= 7
                    && Vocabulary.PREPOSITIONS.contains(words[0].toLowerCase(Locale.ROOT));
        }

        /** "a reporter at the back of the room asked": a speech verb follows in the same sentence. */
        private static boolean speaksNext(String text, int at, int to) {
            int limit = Math.min(to, at + 80);
            int stop = Sentences.firstEnd(text.substring(at, limit));
            Matcher v = Vocabulary.VERB.matcher(text).region(at, stop > 0 ? at + stop : limit);
            return v.find();
        }

        /** Whether a phrase at {@code at} opens its sentence or clause, so it is the one acting. */
        private static boolean opensClause(String text, int at, int from) {
            String before = NameScanner.wordBefore(text, at, from);
            return before.isEmpty() || Vocabulary.CLAUSE_OPENERS.contains(before);
        }

        /** "…," Stallone said. / "…," said Stallone. / "…," the actor added. */
        private Attribution matchAfter(String after, int offset, boolean quoteEndsSentence) {
            String s = after.length() > 160 ? after.substring(0, 160) : after;
            int end = Sentences.firstEnd(s);
            if (end > 0) {
                s = s.substring(0, end);
            }
            String opening = after.stripLeading();
            String trail = after.stripTrailing();
            if (quoteEndsSentence && end <= 0 && !opening.isEmpty() && Character.isUpperCase(opening.codePointAt(0))
                    && (trail.endsWith(",") || trail.endsWith(":")) && after.length() < 160) {
                // "…wrote that its maqluba was “the best thing I have eaten….” The review, Haddad says,
                // “changed everything”": a sentence of its own, whose verb leads into the next quote
                return null;
            }
            if (!quoteEndsSentence && NEXT_CLAUSE.matcher(s).lookingAt()) {
                // "Waller said he favored “another cut in December,” but Hammack said she was…": a
                // new clause with its own speaker; the quote is the sentence's before it
                return null;
            }
            Matcher according = ACCORDING_TO_AFTER.matcher(s);
            if (according.lookingAt() && according.group("gap").isEmpty()) {
                // "The run has been “built on grandmothers”, according to Tregear."
                for (PersonRef r : refsIn(according.group("who"), true)) {
                    if (r.canSpeak()) {
                        return new Attribution(r, offset + according.start("who") + r.start(), offset + according.end());
                    }
                }
                return null;
            }
            if (according.lookingAt()) {
                // "Fuel will remain “the single biggest swing factor” next year, according to
                // Sorensen-Hale": a person named there, not "according to the court record", whose
                // words the sentence's own subject may still have said
                for (PersonRef r : refsIn(according.group("who"), true)) {
                    if (r.start() == 0 && r.type() == PersonRef.Type.NAME && r.canSpeak()) {
                        return new Attribution(r, offset + according.start("who") + r.start(), offset + according.end());
                    }
                }
            }
            Matcher signed = SIGNED_WITH_DASH.matcher(after);
            if (quoteEndsSentence && signed.lookingAt()) {
                // "“The road is a disgrace.” — Tevita Fifita, councillor": a quote signed with a dash
                for (PersonRef r : refsIn(signed.group("who"), true)) {
                    if (r.canSpeak() && r.type() != PersonRef.Type.ORGANISATION) {
                        return new Attribution(r, offset + signed.start("who") + r.start(), offset + signed.end("who"));
                    }
                }
                return null;
            }
            Matcher reports = Regions.contains(s, " reports", 0, Math.min(s.length(), 50)) ? REPORTS_AFTER.matcher(s) : null;
            if (reports != null && reports.lookingAt()) {
                // "“…,” Olsen reports.": a live blog's reporter on the scene; not a verb elsewhere,
                // where "reports" is more often the noun ("inspection reports")
                for (PersonRef r : refsIn(reports.group("who"), true)) {
                    if (r.canSpeak() && r.type() != PersonRef.Type.ORGANISATION) {
                        return new Attribution(r, offset + reports.start("who") + r.start(), offset + reports.end());
                    }
                }
            }
            Matcher v = Vocabulary.VERB.matcher(s);
            if (!findVerb(v, s)) {
                return null;
            }
            String pre = s.substring(0, v.start());
            String lead = pre.replaceFirst("^[\\s,;:—–\\-]+", "");
            int leadOffset = pre.length() - lead.length();
            lead = withoutTrailingAux(lead).stripTrailing();
            if (!lead.isEmpty()) {
                Matcher how = THAT_IS_HOW.matcher(lead);
                if (quoteEndsSentence && how.matches()) {
                    // "“A long day, a good day.” That was how Lydia Ngata described the opening": the
                    // next sentence says whose the words were
                    PersonRef named = lastRef(how.group("who"), true, false);
                    if (named != null && named.canSpeak() && named.type() != PersonRef.Type.ORGANISATION) {
                        return new Attribution(named, offset + leadOffset + how.start("who") + named.start(), offset + v.end());
                    }
                }
                if (lead.split("\\s+").length > 7) {
                    // "“…,” Rosa Delgado, president of the Animation Guild Local 912, told the crowd"
                    PersonRef named = nameGivenOnly(lead);
                    if (named == null) {
                        named = namedBeforeAside(lead);
                    }
                    if (named == null) {
                        named = namedAfterTitles(lead);
                    }
                    if (named == null) {
                        named = namedBeforeTheirBody(lead);
                    }
                    return named == null ? null : new Attribution(named, offset + leadOffset + named.start(), offset + v.end());
                }
                if (CROWD.matcher(lead).matches()) {
                    // "“We do!” the crowd shouted back": many people, none named
                    return nobodyNamed(lead, offset + leadOffset, offset + v.end());
                }
                if (quoteEndsSentence && Character.isUpperCase(lead.codePointAt(0)) && REACTIONS.contains(v.group().toLowerCase(Locale.ROOT))) {
                    // "Orla described the writing process as “mostly arguing….” Niamh agreed.": the
                    // next one's answer to it, a sentence of its own, not who said it
                    return null;
                }
                if (quoteEndsSentence && Character.isUpperCase(lead.codePointAt(0))
                        && (REPORTED_CLAUSE.matcher(s).region(v.end(), s.length()).lookingAt()
                        // "“…licensed data.” The company’s founder, Aditya Kulkarni, told TOI that the
                        // firm would…": the one told, then what they were told
                        || v.group().equalsIgnoreCase("told") && TOLD_THAT.matcher(s).region(v.end(), s.length()).lookingAt())) {
                    // "“…won't go up?” Ede said the cap would remain": a sentence of its own
                    return null;
                }
                Attribution kin = possessedKin(lead, offset + leadOffset, offset + v.end());
                if (kin != null) {
                    // "“…,” the man's sister said": not whoever acted before
                    return kin;
                }
                PersonRef ref = lastRef(lead, true, false);
                if (ref == null && lead.indexOf('s') >= 0 && SOMEONES_PEOPLE.matcher(lead).find()) {
                    // "“…,” a statement from Smith's office said": her office, not her
                    return nobodyNamed(lead, offset + leadOffset, offset + v.end());
                }
                if (ref == null) {
                    // "“…,” her letter said"
                    ref = writerOf(lead);
                }
                if (ref == null) {
                    ref = documentWriter(lead, currentBase + offset);
                }
                if (ref == null && ONE_PROPER_WORD.matcher(lead).matches() && !inALongerName(lead.strip())) {
                    // "“…,” Odegaard said" of a surname the story never writes whole, "“…,” Nasa said": a
                    // word Chorus cannot tell is a person's still says who spoke, so not whoever spoke before
                    return nobodyNamed(lead, offset + leadOffset, offset + v.end());
                }

                if (ref == null && (ROLE_OF_SOMETHING.matcher(lead).matches() || A_BODYS_PAPER.matcher(lead).matches())) {
                    // "“…,” the head of the union said", "the report said": someone the text does not
                    // name, or a paper; not whoever acted before
                    return nobodyNamed(lead, offset + leadOffset, offset + v.end());
                }
                if (ref == null && (!quoteEndsSentence || Character.isLowerCase(lead.charAt(0)))
                        && BODY_SUBJECT.matcher(lead.strip()).matches()) {
                    // "“…,” the institute said in a statement", "the company said": a body speaks, not
                    // the one a paragraph before it reported (but "“…” The group said studios…" is a
                    // sentence of its own)
                    return nobodyNamed(lead, offset + leadOffset, offset + v.end());
                }
                Matcher plain = ref == null ? THE_PLAIN_PERSON.matcher(lead) : null;
                long here = currentBase + offset;
                if (plain != null && plain.matches() && (Vocabulary.UNNAMED_PEOPLE.contains(plain.group(1))
                        || PLAIN_PEOPLE.contains(plain.group(1)))
                        && people.actingSince(here / PARAGRAPH_STRIDE * PARAGRAPH_STRIDE, here, (char) 0) == null) {
                    // "“They're fine,” the assistant said", "the tenant said", opening a paragraph: a word
                    // of people that is not a role; the one the text gave it, else someone unnamed, but
                    // still said
                    String who = people.latestWithRole(plain.group(1), here);
                    if (who == null) {
                        who = describedAs(plain.group(1), here);
                    }
                    return who == null || People.isUnnamed(who) ? nobodyNamed(lead, offset + leadOffset, offset + v.end())
                            : new Attribution(new PersonRef(PersonRef.Type.NAME, who, 0, lead.length()),
                                    offset + leadOffset, offset + v.end());
                }
                if (ref == null && THE_SOMEONE.matcher(lead).matches()) {
                    // "“We will appeal,” the source said", "the aide": a source the text does not name
                    // (not a word of the roles, which are the named people given them)
                    return nobodyNamed(lead, offset + leadOffset, offset + v.end());
                }
                Descriptors.Match unnamed = ref == null ? Descriptors.openingUnnamed(lead, lead.length()) : null;
                if (unnamed != null && unnamed.start() == 0 || ref == null && SOMEONE.contains(lead.strip().toLowerCase(Locale.ROOT))
                        // "“He was the kindest man we knew,” his family said": many people, not the man they speak of
                        || GROUP_OF_KIN.matcher(lead).matches()) {
                    // "“…?” one reporter asked": someone the text does not name, not whoever spoke before
                    return nobodyNamed(lead, offset + leadOffset, offset + v.end());
                }
                if (ref != null && (ref.type() == PersonRef.Type.DESCRIPTOR || ref.type() == PersonRef.Type.PRONOUN)
                        && (REPLY.matcher(v.group()).matches() || ref.type() == PersonRef.Type.PRONOUN
                        && SAID.matcher(v.group()).matches() && answersTheParagraphBefore(offset))) {
                    // "“…,” the rider replied", "“…,” he replied": whoever it stands for, not the one just answered
                    long at = offset + leadOffset + ref.start() + currentBase;
                    char g = ref.type() == PersonRef.Type.PRONOUN ? genderOf(ref.text()) : 0;
                    // a pronoun is looked up without noting its gender: it may not be the one it first seems
                    String who = g != 0 ? people.salient(at, g, at / PARAGRAPH_STRIDE * PARAGRAPH_STRIDE) : resolve(ref, at);
                    String asked = g != 0 ? askedBefore(offset, g) : null;
                    if (asked != null) {
                        // "She asks Mr Sandhu whether he could see…" ¶ "“…,” he replies": the one asked
                        return new Attribution(new PersonRef(PersonRef.Type.NAME, asked, ref.start(), ref.end()),
                                offset + leadOffset + ref.start(), offset + v.end());
                    }
                    long since = at - 2 * PARAGRAPH_STRIDE - at % PARAGRAPH_STRIDE;
                    String last = people.latestIn(since, at);
                    if (g != 0 && People.isUnnamed(last) && REPLY.matcher(v.group()).matches() && askedUnnamed(last)) {
                        // "Then a reporter asked about the cost. “Too much,” he replied": the one who
                        // asked does not reply; the last one named of that gender does
                        String other = people.latestOtherThan(last, since, at, g);
                        if (other != null) {
                            return new Attribution(new PersonRef(PersonRef.Type.NAME, other, ref.start(), ref.end()),
                                    offset + leadOffset + ref.start(), offset + v.end());
                        }
                    }
                    String asker;
                    if (who != null && who.equals(lastSpeaker)
                            // "Asked by Aline Irakoze whether…, Hakizimana shook his head. “…,” he replied":
                            // named acting just before his reply, he answers again
                            && !who.equals(people.actingSince(actingFrom(at), at, g))
                            // "Senator Tjandra asked Ms Gale whether… “…,” she replied": she was asked
                            && ((asker = askerBefore(offset, (char) 0)) == null || asker.equals(who))
                            // "Under cross-examination, Ocampo asked whether she had read… “…,” she replied":
                            // someone else asks her, so she answers again
                            && !anotherAsksInThisParagraph(offset, who)) {
                        // the other side of the exchange: the last one named who is not the one answered
                        String other = people.latestOtherThan(who, at - 2 * PARAGRAPH_STRIDE - at % PARAGRAPH_STRIDE, at, g);
                        // with nobody else named, nobody asked aloud: "Asked whether he would miss it, he
                        // paused. “Every day,” he replied" is still the one who spoke before
                        if (other != null) {
                            return new Attribution(new PersonRef(PersonRef.Type.NAME, other, ref.start(), ref.end()),
                                    offset + leadOffset + ref.start(), offset + v.end());
                        }
                    }
                }
                if (ref != null && ref.type() == PersonRef.Type.PRONOUN && ASKS.matcher(v.group()).matches()) {
                    // "Ms Kerr asked Ms Ní Bhraonáin directly whether… “…?” she asked": the one asking
                    String asker = askerBefore(offset, genderOf(ref.text()));
                    if (asker != null) {
                        return new Attribution(new PersonRef(PersonRef.Type.NAME, asker, ref.start(), ref.end()),
                                offset + leadOffset + ref.start(), offset + v.end());
                    }
                }
                if (ref != null && ref.type() == PersonRef.Type.DESCRIPTOR
                        && TOLD_THEM.matcher(s).region(v.end(), Math.min(s.length(), v.end() + 12)).lookingAt()) {
                    // "“…,” the judge told him": the one acting before is most often the one told,
                    // so only one the text gave the role tells
                    ref = heldOrNobody(ref, lead, ref.end());
                }
                return ref == null ? null : new Attribution(ref, offset + leadOffset + ref.start(), offset + v.end());
            }
            String post = s.substring(v.end());
            Matcher stop = STOP.matcher(post);
            // the sentence was cut at its end, so a full stop inside is an abbreviation: "said Ms. Delgado"
            boolean stopped = stop.find();
            String who = stopped ? post.substring(0, stop.start()) : post.replaceFirst("[.!?…\"”’)\\s]+$", "");
            if (stopped && post.charAt(stop.start()) == ',' && ROLE_FIRST.matcher(who).lookingAt()) {
                // "said its president, Farah Delisle": the role, then the name in apposition
                Attribution renamed = nameInApposition(post, stop.end(), offset + v.end(), ofKin(who));
                if (renamed != null) {
                    return renamed;
                }
            }
            String uncut = who;
            int cut = endOfName(who);
            if (cut >= 0) {
                who = who.substring(0, cut);
            }
            PersonRef onlyAs = nameGivenOnly(post.replaceFirst("[.!?…\"”’)\\s]+$", ""));
            if (onlyAs != null) {
                // "“…,” said a fuel station attendant who gave his name only as Emeka"
                return new Attribution(onlyAs, offset + v.end() + onlyAs.start(), offset + v.end() + onlyAs.end());
            }
            Descriptors.Match someone = Descriptors.openingUnnamed(who, who.length());
            if (someone == null && SOMEONE_FROM.matcher(uncut).lookingAt()) {
                Matcher named = IDENTIFIED_AS.matcher(post);
                if (named.find()) {
                    // "“How many miles?” shouted someone on the Opposition benches, later identified as
                    // Dennis Mulgrew": the one named
                    PersonRef ref = new PersonRef(PersonRef.Type.NAME, named.group(1), named.start(1), named.end(1));
                    return new Attribution(ref, offset + v.end() + named.start(1), offset + v.end() + named.end(1));
                }
                // "“One more!” shouted someone from the balcony"
                someone = new Descriptors.Match(0, who.length(), "someone");
            }
            if (someone != null) {
                // "“…,” said a woman who lives on the first floor and asked KJVX not to use her name"
                return new Attribution(unnamedRef(who, someone), offset + v.end() + someone.start(), offset + v.end() + who.length());
            }
            String[] whoWords = who.strip().split("\\s+");
            if (whoWords.length > 6 && !(whoWords.length <= 12 && (titleAndName(whoWords) || rolesThenName(whoWords)))) {
                return null;
            }
            // "said Summit Air spokeswoman Dana Kowalski": the name comes after titles and employers
            List<PersonRef> refs = refsIn(who, false).stream().filter(PersonRef::canSpeak).toList();
            PersonRef ref = refs.stream().filter(r -> r.type() == PersonRef.Type.NAME).reduce((a, b) -> b)
                    .orElse(refs.isEmpty() ? null : refs.get(0));
            if (ref != null && ref.type() == PersonRef.Type.PRONOUN && !who.substring(ref.end()).isBlank()) {
                // "“Township Aria”, said he had been the first…": a reported clause, not "said he"
                return null;
            }
            if (ref != null && ref.type() == PersonRef.Type.NAME && REPORTED_VERB.matcher(who).region(ref.end(), who.length()).lookingAt()) {
                // "the slogan “Fix the Streets First,” said Whitlock had voted for…": the one spoken of
                return null;
            }
            if (ref != null && ref.end() == who.length()) {
                // "said the head of the union", "said the lawyer for Mr Tran"
                ref = ofSomething(ref, uncut);
            }
            return ref == null ? null : new Attribution(ref, offset + v.end() + ref.start(), offset + v.end() + who.length());
        }

        /**
         * The full name that {@code text} holds from {@code at} up to the next comma or its end, as
         * in "said its president, Farah Delisle.", or null.
         */
        /** "his brother", "her late husband": a relative, whom a given name alone may rename. */
        private static boolean ofKin(String role) {
            String r = role.strip().toLowerCase(Locale.ROOT);
            int last = r.lastIndexOf(' ');
            return last > 0 && (r.startsWith("his ") || r.startsWith("her ") || r.startsWith("their "))
                    && Vocabulary.KIN.contains(r.substring(last + 1));
        }

        /**
         * @param kin whether the role is a relative's ("said his brother, Peter"), whose given name
         *            alone names them: the family's surname is added when the quotes are given out
         */
        private Attribution nameInApposition(String text, int at, int offset, boolean kin) {
            Matcher next = STOP.matcher(text).region(at, text.length());
            int end = next.find() ? next.start() : text.length();
            String part = text.substring(at, end).replaceFirst("[.!?…\"”’)\\s]+$", "");
            int lead = part.length() - part.stripLeading().length();
            List<PersonRef> refs = refsIn(part, false);
            if (refs.size() != 1 || refs.get(0).type() != PersonRef.Type.NAME || !refs.get(0).canSpeak()
                    || !titlesOnly(part.substring(lead, refs.get(0).start())) || refs.get(0).end() != part.length()
                    || refs.get(0).text().split(" ").length < 2 && !kin) {
                // "said the collective’s president, Mr Desmond Koh": a title may come first
                return null;
            }
            PersonRef ref = refs.get(0);
            return new Attribution(ref, offset + at + ref.start(), offset + at + part.length());
        }

        /**
         * Nothing, or honorifics and the space after them: what may stand before a name in
         * apposition ("Mr ", "Hon. Dr. ", "Encik ", "Awang ").
         */
        private static boolean titlesOnly(String before) {
            for (String word : WHITESPACE.split(before.strip())) {
                String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
                // "said her son, Don Efrén Pahuamba Tzintzun,": capitals the name was read without are
                // a form of address, whether Chorus knows it or the name's reading showed it
                if (!bare.isEmpty() && !Vocabulary.HONORIFICS.contains(bare) && !Character.isUpperCase(bare.charAt(0))) {
                    return false;
                }
            }
            return true;
        }

        /** Stallone said: "…" / According to Stallone, "…" / Nwosu: "…" */
        private Attribution matchBefore(String text, int prevEnd, int open) {
            int start = sentenceStart(text, prevEnd, open);
            String s = text.substring(start, open);
            Matcher opening = ACCORDING_TO_OPENING.matcher(s);
            if (opening.lookingAt()) {
                // "According to Chen, the slowdown was “…”"
                List<PersonRef> refs = refsIn(opening.group("who"), true).stream().filter(PersonRef::canSpeak).toList();
                PersonRef ref = refs.isEmpty() ? null : refs.get(0);
                if (ref != null && ref.type() == PersonRef.Type.ORGANISATION) {
                    // "According to County captain Jordan Smith", "according to Met Office forecaster
                    // Jane Lee": the body is where the one named works
                    ref = refs.stream().filter(r -> r.type() == PersonRef.Type.NAME).findFirst().orElse(ref);
                }
                if (ref != null && ref.type() == PersonRef.Type.DESCRIPTOR && opening.group("name") != null) {
                    // "According to the students' union president, Kieran O'Donnell, students…": the name renames the role
                    PersonRef named = refsIn(opening.group("name"), true).stream()
                            .filter(r -> r.type() == PersonRef.Type.NAME && r.start() == 0 && r.canSpeak()).findFirst().orElse(null);
                    if (named != null) {
                        return new Attribution(named, start + opening.start("name"), open);
                    }
                }
                PersonRef writer = ref == null ? documentWriter(opening.group("who").strip(), currentBase + start + opening.start("who")) : null;
                if (writer != null) {
                    // "X said in a statement that… According to the statement, “…”": the one who made it
                    return new Attribution(writer, start + opening.start("who") + writer.start(), open);
                }
                if (ref != null) {
                    // "According to the council, the clear-up would take “weeks, not days”": a body's
                    // words are a quote with no one named, as after "the council said"
                    return new Attribution(ref, start + opening.start("who") + ref.start(), open);
                }
            }
            Matcher inverted = INVERTED_OPENING.matcher(s);
            if (inverted.matches()) {
                PersonRef ref = refsIn(inverted.group("who"), true).stream().filter(PersonRef::canSpeak).findFirst().orElse(null);
                if (ref != null && ref.type() != PersonRef.Type.ORGANISATION) {
                    return new Attribution(ref, start + inverted.start("who") + ref.start(), open);
                }
            }
            Attribution owned = ownWords(s, start, open);
            if (owned == null && s.isBlank() && start > prevEnd) {
                // "Her reply to that? “…”": the question the writer puts ends a sentence of its own
                int mark = start - 1;
                while (mark > prevEnd && text.charAt(mark) == ' ') {
                    mark--;
                }
                if (text.charAt(mark) == '?') {
                    int asked = sentenceStart(text, prevEnd, mark);
                    owned = ownWords(text.substring(asked, open), asked, open);
                }
            }
            if (owned != null) {
                return owned;
            }
            Matcher acc = ACCORDING_TO.matcher(s);
            boolean according = acc.find();
            if (!according && Regions.contains(s, "ccording to ", 0, s.length())) {
                // "the dividend cut, a move that according to Mr Pillai was “prudent rather than worrying”"
                acc = ACCORDING_TO_WAS.matcher(s);
                according = acc.find();
            }
            if (according) {
                PersonRef ref = refsIn(acc.group("who"), true).stream().filter(PersonRef::canSpeak).findFirst().orElse(null);
                if (ref != null) {
                    return new Attribution(ref, start + acc.start("who") + ref.start(), open);
                }
            }
            Matcher tail = BEFORE_TAIL.matcher(s);
            if (endsWithClausePunctuation(s) && tail.find()) {
                String pre = withoutTrailingAux(s.substring(0, tail.start())).stripTrailing();
                Matcher who = WHO_TAIL.matcher(pre);
                if (who.find()) {
                    // "The first question came from Dan Whitfield of the Gazette, who asked:"
                    PersonRef asker = antecedentOfWho(pre.substring(0, who.start()));
                    if (asker == null) {
                        // "he read out a note from one juror, who wrote:"
                        asker = unnamedBeforeWho(pre.substring(0, who.start()));
                    }
                    if (asker != null) {
                        return new Attribution(asker, start + asker.start(), open);
                    }
                }
                PersonRef onlyAs = nameGivenOnly(pre);
                if (onlyAs != null) {
                    // "One supporter, who gave his name only as Ibrahim, said:": the one unnamed is named
                    return new Attribution(onlyAs, start + onlyAs.start(), open);
                }
                Matcher clause = WHO_CLAUSE_TAIL.matcher(pre);
                if (clause.find()) {
                    // "Denise Monroe, 54, who still lives in the family home in Chatham, Kent, told us:"
                    PersonRef subject = antecedentOfWho(pre.substring(0, clause.start()));
                    if (subject != null && subject.type() == PersonRef.Type.NAME) {
                        return new Attribution(subject, start + subject.start(), open);
                    }
                }
                PersonRef ref = PARTICIPLE.matcher(tail.group()).lookingAt() && pre.endsWith(",") ? openingSubject(pre) : null;
                if (ref == null) {
                    // "…, two nieces and, as one former pupil put it at the funeral, “…”"
                    ref = unnamedJustBefore(pre);
                }
                if (ref == null) {
                    // "Dan has not commented, but a pal of the hunk told the Mirror:"
                    ref = unnamedOpeningTheLastClause(pre);
                }
                PersonRef reported = unnamedInAReportedClause(pre);
                if (reported != null) {
                    // "He said one nurse had told him: “…”": the nurse's words, passed on by him
                    return new Attribution(reported, start + reported.start(), open);
                }
                Attribution kin = ref == null ? possessedKin(pre, start, open) : null;
                if (kin != null) {
                    // "The man's sister said:"
                    return kin;
                }
                if (ref == null && (ref = lastRef(pre, false, true)) != null) {
                    // "The head of the union said:", "A spokeswoman for Mr Reid said:"
                    PersonRef holder = ref.type() == PersonRef.Type.NAME || ref.type() == PersonRef.Type.DESCRIPTOR
                            ? holderOfRole(pre, refsIn(pre, true)) : null;
                    ref = holder != null ? holder : ofSomething(ref, pre);
                }
                if (ref != null && ref.type() == PersonRef.Type.DESCRIPTOR && TELLING_THEM.matcher(pre).lookingAt()) {
                    // "Sentencing him, the judge said:": not the one sentenced
                    ref = heldOrNobody(ref, pre, ref.end());
                }
                Descriptors.Match opener;
                if (ref != null && ref.type() != PersonRef.Type.NAME && INDEFINITE_OPENING.matcher(pre).lookingAt()
                        && (opener = Descriptors.openingUnnamed(pre, pre.length())) != null
                        && ref.start() >= opener.end() && GOVERNED.matcher(pre).region(opener.end(), ref.start()).matches()) {
                    // "A source close to the star said:": the source speaks, not the star
                    return new Attribution(unnamedRef(pre, opener), start + opener.start(), open);
                }
                if (ref == null && ONE_PROPER_WORD.matcher(pre).matches() && !inALongerName(pre.strip())) {
                    // "Odegaard said: “…”", as "“…,” Odegaard said": a word that is no known person speaks
                    return nobodyNamed(pre.strip(), start, open);
                }
                Descriptors.Match unnamed;
                if (ref == null && (unnamed = Descriptors.openingUnnamed(pre, pre.length())) != null) {
                    // "One woman in the overflow room told him:": someone unnamed, not the one before
                    return new Attribution(unnamedRef(pre, unnamed), start + unnamed.start(), open);
                }
                return ref == null ? null : new Attribution(ref, start + ref.start(), open);
            }
            String clause = s.strip();
            int words = clause.split("\\s+").length;
            if (clause.endsWith(":") && (words <= 8
                    // "Paul Johnson, director of the Institute for Fiscal Studies:": a name and what they are
                    || words <= 16 && APPOSED_LABEL.matcher(clause).matches() && !Vocabulary.VERB.matcher(clause).find())) {
                // "Nwosu: …", "Nwosu jumps in: …": a short clause whose subject opens it
                List<PersonRef> labelled = refsIn(s, true);
                for (PersonRef r : labelled) {
                    if (r.type() == PersonRef.Type.NAME && MESSAGE_LABEL.matcher(s.substring(0, r.start())).matches()) {
                        // "Email from Phil Withall: “…?”": the "from" governs the name, but names who wrote
                        return new Attribution(new PersonRef(r.type(), r.text(), r.start(), r.end()), start + r.start(), open);
                    }
                }
                for (PersonRef r : labelled) {
                    String lead = s.substring(0, r.start());
                    // "Reform’s press officer, Kerry Lomax, is more bullish:", and a live blog's "Labour
                    // leader Ivana Bacik:"
                    boolean leadIsRole = lead.stripTrailing().endsWith(",") && lead.split("\\s+").length <= 5
                            || capitalisedTitle(lead);
                    if (r.canSpeak() && r.type() != PersonRef.Type.ORGANISATION
                            && (!lead.matches("(?s).*\\p{L}.*") || leadIsRole)) {
                        return new Attribution(r, start + r.start(), open);
                    }
                    if (lead.matches("(?s).*\\p{L}.*") && !leadIsRole) {
                        break;
                    }
                }
            }
            return null;
        }

        /**
         * "The moderator, the broadcaster Priya Nandakumar, pressed Brandt on that point, asking:":
         * the one the sentence opens with, perhaps after a role, acts in the participle too; null
         * when the sentence does not open with a person.
         */
        private PersonRef openingSubject(String sentence) {
            List<PersonRef> refs = refsIn(sentence, false);
            for (int k = 0; k < refs.size(); k++) {
                PersonRef r = refs.get(k);
                if (r.type() == PersonRef.Type.DESCRIPTOR || k + 1 < refs.size()
                        && isRole(sentence.substring(r.end(), refs.get(k + 1).start()))) {
                    // "Lib Dem leader Callum Reid": the party is part of the title
                    continue;
                }
                String lead = sentence.substring(0, r.start());
                if (!r.canSpeak() || r.type() == PersonRef.Type.ORGANISATION || lead.split("\\s+").length > 10) {
                    return null;
                }
                String before = NameScanner.wordBefore(lead, lead.length(), 0).toLowerCase(Locale.ROOT);
                boolean roleBefore = before.isEmpty() || ARTICLES.contains(before) || Vocabulary.ROLE_NOUNS.contains(before)
                        || lead.stripTrailing().endsWith(",")
                        // "One, a retired midwife named Hazel Dunmore, said": the one described, by name
                        || before.equals("named") && describedBefore(lead);
                return roleBefore ? r : null;
            }
            return null;
        }

        /** Whether {@code lead} ends with someone described and "named": "One, a retired midwife named ". */
        private static boolean describedBefore(String lead) {
            String upToNamed = lead.stripTrailing();
            upToNamed = upToNamed.substring(0, upToNamed.length() - "named".length());
            List<Descriptors.Match> found = Descriptors.unnamed(upToNamed, 0, upToNamed.length());
            return !found.isEmpty() && found.get(found.size() - 1).end() == upToNamed.stripTrailing().length();
        }

        /**
         * "a multiple that Priya Ramcharan, a financial services analyst at Lucayan Securities,
         * described as “…”": the name opening a relative clause, then its aside, then the verb;
         * null when {@code pre} does not end so.
         */
        private PersonRef subjectOfRelativeClause(String pre) {
            Matcher aside = TRAILING_ASIDE.matcher(pre).region(Math.max(0, pre.length() - 160), pre.length());
            if (!aside.find()) {
                return null;
            }
            String head = pre.substring(0, aside.start());
            for (PersonRef r : refsIn(head, false)) {
                if (r.end() == head.length() && r.type() == PersonRef.Type.NAME && r.canSpeak()
                        && CLAUSE_OBJECTS.contains(NameScanner.wordBefore(head, r.start(), Math.max(0, r.start() - 10)))) {
                    return r;
                }
            }
            return null;
        }

        /** " leader ", " chief executive ": nothing but a role between two names. */
        /** "Labour leader ", "Health Secretary ": capitals and then a role, just before a name. */
        private static boolean capitalisedTitle(String lead) {
            String[] words = lead.strip().split("\\s+");
            if (words.length > 4 || !lead.endsWith(" ") || !Vocabulary.ROLE_NOUNS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) {
                return false;
            }
            for (int i = 0; i < words.length - 1; i++) {
                if (words[i].isEmpty() || !Character.isUpperCase(words[i].codePointAt(0))) {
                    return false;
                }
            }
            return true;
        }

        private static boolean isRole(String between) {
            String[] words = between.strip().split("\\s+");
            return words.length <= 3 && between.startsWith(" ") && between.endsWith(" ")
                    && Vocabulary.ROLE_NOUNS.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
        }

        /**
         * Who ", who" stands for: the last name before it, and of names the last the article
         * knows as a person ("Owain Pritchard, the MP for Teifi Valley, who"). Made able to speak,
         * since "from Dan Whitfield, who asked" is governed by its preposition, not by the asking.
         */
        private PersonRef antecedentOfWho(String before) {
            PersonRef last = null;
            PersonRef person = null;
            for (PersonRef r : refsIn(before, false)) {
                if (r.type() == PersonRef.Type.NAME && !r.possessive()) {
                    last = r;
                    person = isPerson(r) ? r : person;
                }
            }
            PersonRef who = person != null ? person : last;
            return who == null ? null : new PersonRef(who.type(), who.text(), who.start(), who.end());
        }

        /** Whether a name reference is someone the article knows as a person. */
        private boolean isPerson(PersonRef r) {
            String[] parts = r.text().split(" ");
            boolean titled = Vocabulary.HONORIFICS.contains(parts[0]) && parts.length > 1;
            List<String> tokens = List.of(parts).subList(titled ? 1 : 0, parts.length);
            String who = people.recall(people.withoutTitles(tokens), titled ? parts[0] : null);
            return who != null && !People.isUnnamed(who);
        }

        /** Howard said Labour was "rattled" / the star cautioned that AI is "…" */
        private Attribution matchEmbedded(String text, int prevEnd, int open) {
            int start = sentenceStart(text, prevEnd, open);
            String s = text.substring(start, open);
            Matcher aside = SAYS_ASIDE.matcher(s);
            if (aside.find()) {
                // "In practice, says Dr Aparna Krishnamurthy, they vary “…”"
                for (PersonRef r : refsIn(aside.group("who"), false)) {
                    if (r.type() == PersonRef.Type.NAME && r.canSpeak()) {
                        return new Attribution(r, start + aside.start("who") + r.start(), open);
                    }
                }
            }
            MatchResult last = lastVerb(s);
            Matcher many = last == null || !SAYING.contains(last.group().toLowerCase(Locale.ROOT)) ? null
                    : PLURAL_SUBJECT_BEFORE.matcher(s).region(Math.max(0, last.start() - 40), last.start());
            if (many != null && many.find()) {
                // "Marlow said she had applied to two other studios, but both had told her they were
                // “reviewing headcount”": the studios' words, not hers, and no one named
                return new Attribution(new PersonRef(PersonRef.Type.ORGANISATION, many.group(1), many.start(1), many.end(1)),
                        start + many.start(1), open);
            }
            PersonRef ref = unnamedWhoseClauseNames(s, subjectOfLastVerb(s));
            MatchResult said = ref == null ? lastVerb(s) : null;
            if (said != null) {
                ref = documentWriter(s.substring(0, said.start()), currentBase + start);
            }
            if (ref == null) {
                // "The company said the measures were “painful but unavoidable”": a body's words,
                // quoted, with no person to give them to
                MatchResult verb = lastVerb(s);
                // "said … “…”" quotes the body; "called the scheme a “lifeline”" names a thing
                String v = verb == null ? "" : verb.group().toLowerCase(Locale.ROOT);
                if (SAYING.contains(v)) {
                    Matcher body = BODY_SUBJECT.matcher(s).region(0, verb.start());
                    // "One staff member, who spoke on condition…, said the mood was “like a funeral”":
                    // someone unnamed opens the sentence; not "A coroner has said there were “missed
                    // opportunities”" opening the article, which names her later
                    Descriptors.Match u;
                    if (body.find()) {
                        ref = new PersonRef(PersonRef.Type.ORGANISATION, body.group(), body.start(), body.end());
                    } else if (currentBase > PARAGRAPH_STRIDE && (u = sourcesSaying(s, verb.start())) != null) {
                        ref = unnamedRef(s, u);
                    } else if (currentBase > PARAGRAPH_STRIDE && (u = Descriptors.openingUnnamed(s, verb.start())) != null
                            && (Vocabulary.UNNAMED_PEOPLE.contains(u.role()) || ANONYMOUS.matcher(s).find()
                            // "A reviewer said the food was “…”": one of a trade, whom the text never names
                            || !Descriptors.many(s, u) && INDEFINITE_OPENING.matcher(s).region(u.start(), u.end()).lookingAt())) {
                        ref = unnamedRef(s, u);
                    }
                } else if (JUDGING.contains(v) && currentBase > PARAGRAPH_STRIDE
                        && VERDICT_OBJECT.matcher(s).region(verb.end(), s.length()).matches()) {
                    // "A man filling containers…, who did not want to give his name, called the schedule
                    // “a guessing game”": one person's verdict, not a name; "residents call it “the
                    // Bowl”" is the name many give a thing
                    Descriptors.Match u = Descriptors.openingUnnamed(s, verb.start());
                    if (u != null && !Descriptors.many(s, u)
                            && (Vocabulary.UNNAMED_PEOPLE.contains(u.role()) || ANONYMOUS.matcher(s).find())) {
                        ref = unnamedRef(s, u);
                    }
                }
            }
            return ref == null ? null : new Attribution(ref, start + ref.start(), open);
        }

        /**
         * "One longtime listener who runs a Halloway fan account wrote in a post that the songs
         * were “…”": a name inside the who-clause of someone unnamed opening the sentence is what
         * the clause is about, and the one unnamed acts; else {@code ref} as found.
         */
        private static PersonRef unnamedWhoseClauseNames(String s, PersonRef ref) {
            if (ref == null || ref.type() != PersonRef.Type.NAME || !INDEFINITE_OPENING.matcher(s).lookingAt()) {
                return ref;
            }
            Descriptors.Match u = Descriptors.openingUnnamed(s, ref.start());
            return u != null && !Descriptors.many(s, u) && s.startsWith(" who ", u.end())
                    && s.indexOf(',', u.end()) < 0 ? unnamedRef(s, u) : ref;
        }

        /**
         * "labor costs, which the company said would climb “…”", "a housing association, which said
         * in a statement that she had been “…”", "He said the bank had described its consultation as
         * “…”": a body saying it in a relative or a reported clause, not the one the sentence is
         * about; null when the clause is someone's.
         */
        private PersonRef bodyInARelativeClause(String pre, String verb) {
            int end = pre.stripTrailing().length();
            if (!Regions.contains(pre, "which", Math.max(0, end - 60), end) && !Regions.contains(pre, "that ", Math.max(0, end - 40), end)
                    && !Regions.contains(pre, "said ", Math.max(0, end - 40), end) && !Regions.contains(pre, "says ", Math.max(0, end - 40), end)) {
                return null;
            }
            Matcher subject = BODY_SUBJECT_OF_CLAUSE.matcher(pre).region(Math.max(0, end - 60), end);
            // after "said", only a verb that names a thing: "said the group welcomed the vote “…”" is the speaker's words
            if (subject.find() && lexicon.isOrganisationWord(subject.group(1))
                    && (!subject.group().startsWith("sa") || NAMING_VERBS.contains(verb))) {
                return new PersonRef(PersonRef.Type.ORGANISATION, subject.group(1), subject.start(1), subject.end(1));
            }
            Matcher which = BODY_BEFORE_WHICH.matcher(pre).region(Math.max(0, end - 90), end);
            if (which.find() && lexicon.isOrganisationWord(which.group(1))) {
                return new PersonRef(PersonRef.Type.ORGANISATION, which.group(1), which.start(1), which.end(1));
            }
            return null;
        }

        /**
         * "Labour sources said they were “quietly confident”", "Senior government sources said":
         * unnamed sources, perhaps after a word or two saying whose, just before the verb; or null.
         */
        private static Descriptors.Match sourcesSaying(String s, int verb) {
            if (!Regions.contains(s, "sources ", Math.max(0, verb - 9), verb)) {
                return null;
            }
            List<Descriptors.Match> found = Descriptors.unnamed(s, 0, verb);
            Descriptors.Match u = found.isEmpty() ? null : found.get(found.size() - 1);
            if (u == null || !u.role().equals("source") || !s.substring(u.end(), verb).isBlank()) {
                return null;
            }
            String before = s.substring(0, u.start()).strip();
            return before.isEmpty() || WHOSE_SOURCES.matcher(before).matches() ? u : null;
        }

        /**
         * Who acts in the last speech verb of {@code s}, the main one: "When I asked Pond
         * whether…, he laughed" is "he"; null when there is no such verb or no one before it.
         */
        private PersonRef subjectOfLastVerb(String s) {
            MatchResult verb = lastVerb(s);
            if (verb == null) {
                return null;
            }
            String pre = s.substring(0, verb.start());
            PersonRef writer = writerOf(pre);
            if (writer != null) {
                return writer;
            }
            // the clause's verb governs this quote only when no other quote stands between them
            PersonRef clauseBody = QUOTE_MARKS_ANY.matcher(s).region(verb.end(), s.length()).find() ? null
                    : bodyInARelativeClause(pre, verb.group().toLowerCase(Locale.ROOT));
            if (clauseBody != null) {
                return clauseBody;
            }
            if (verb.group().equalsIgnoreCase("said") && s.startsWith(" to ", verb.end()) && HEARSAY.matcher(pre).find()) {
                // "The 27-year-old is said to be “absolutely devastated”": others say it of her
                return null;
            }
            if (s.startsWith(" by ", verb.end())) {
                // lastVerb keeps a passive one only with its agent: "he remembered being told by an
                // older builder that it was “…”" is the builder's, whom the text does not name; but
                // "she had been told by a senior manager to “…”" is her account of an order
                int at = verb.end() + 4;
                Descriptors.Match agent = Descriptors.openingUnnamed(s.substring(at), s.length() - at);
                if (agent != null && s.indexOf(" that ", at + agent.end()) >= 0) {
                    return new PersonRef(PersonRef.Type.ORGANISATION, s.substring(at + agent.start(), at + agent.end()),
                            at + agent.start(), at + agent.end());
                }
            }
            Matcher body = Regions.contains(pre, "what ", Math.max(0, pre.length() - 80), pre.length())
                    ? WHAT_A_BODY.matcher(pre).region(Math.max(0, pre.length() - 80), pre.length()) : null;
            if (body != null && body.find()) {
                // "Hull also lost Breslin to what the club described as “…”": the body's words, not
                // those of the one named before it
                return new PersonRef(PersonRef.Type.ORGANISATION, body.group(1), body.start(1), body.end(1));
            }
            Matcher which = WHICH_TAIL.matcher(pre);
            if (which.find()) {
                // "read out a statement the alliance published in March, which says that “…”": the
                // document's words, not the reader's
                Matcher doc = DOCUMENT_NOUN.matcher(pre).region(Math.max(0, which.start() - 60), which.start());
                if (doc.find()) {
                    return new PersonRef(PersonRef.Type.ORGANISATION, doc.group(), doc.start(), doc.end());
                }
            }
            Matcher who = WHO_TAIL.matcher(pre.stripTrailing());
            Matcher whoHad = WHO_HAD_TAIL.matcher(pre).region(Math.max(0, pre.length() - 60), pre.length());
            if (!who.find() && whoHad.find() && (whoHad.group(1) != null || !whoHad.group().strip().equals("who")
                    || DESCRIBED_TAIL.matcher(pre.substring(0, whoHad.start())).find())) {
                // "a half-time talk from coach Darren Pikelet, who she said had told the players to
                // “…”": the one "who" stands for; "a rival coach who had called their run “…”",
                // with no comma, only the one the words before it name without a name
                String before = pre.substring(0, whoHad.start());
                PersonRef antecedent = whoHad.group(1) != null ? antecedentOfWho(before) : null;
                Matcher apposition = whoHad.group(1) == null ? DESCRIBED_TAIL.matcher(before) : null;
                if (apposition != null && apposition.find()) {
                    // "founded by Fraser Boyd, a former printer who still describes himself as “…”":
                    // the one the description renames
                    PersonRef renamed = antecedentOfWho(before.substring(0, apposition.start()));
                    antecedent = renamed != null && renamed.end() == apposition.start() ? renamed : null;
                }
                if (antecedent == null) {
                    antecedent = unnamedBeforeWho(before);
                }
                if (antecedent != null) {
                    return antecedent;
                }
            }
            who.reset();
            if (who.find()) {
                // "Dana Okonjo at the Meridian Review, who called the series “…”"
                PersonRef antecedent = antecedentOfWho(pre.substring(0, who.start()));
                if (antecedent == null) {
                    // "he read out a note from one juror, who asked “…”": the one the sentence does not name
                    antecedent = unnamedBeforeWho(pre.substring(0, who.start()));
                }
                if (antecedent != null) {
                    return antecedent;
                }
            }
            if (pre.stripTrailing().endsWith(",")) {
                // "Brady has defended the players she picked for the Six Nations, insisting…",
                // "Adaeze Ugwu, policy director at the charity Shelterline, called it “…”"
                // "…, a price that Oonagh Brannigan, an analyst at…, described as": the relative
                // clause's own subject, before whoever opens the sentence
                PersonRef relative = subjectOfRelativeClause(pre);
                if (relative != null) {
                    return relative;
                }
                PersonRef opening = openingSubject(pre);
                if (opening != null) {
                    return opening;
                }
            }
            Matcher and = COORDINATED.matcher(pre);
            if (and.find()) {
                PersonRef reported = unnamedOpeningReportedClause(pre, and.start());
                if (reported != null) {
                    return reported;
                }
                // "Dr Musa Danjuma said the government had paid and described the strike as “…”"
                String left = pre.substring(0, and.start());
                MatchResult participle = lastVerb(left);
                if (participle != null && PARTICIPLE.matcher(participle.group()).matches()
                        && !HEARSAY.matcher(left.substring(0, participle.start())).find()) {
                    // "said he had written to the minister asking him to intervene, and described…":
                    // the verb "and" joins is the sentence's, not the participle's
                    left = left.substring(0, participle.start());
                }
                PersonRef earlier = subjectOfLastVerb(left);
                if (earlier != null) {
                    return earlier;
                }
                // "Judge Martin Calloway granted Mayhew bail … but warned him that a custodial
                // sentence was “…”": the verb after "but" shares the subject the sentence opens
                // with, though the verb before it is no speech verb; not the object it acted on
                PersonRef opening = pre.indexOf(',') < 0 ? openingSubject(pre.substring(0, and.start())) : null;
                if (opening != null && opening.type() == PersonRef.Type.NAME) {
                    return opening;
                }
            }
            Matcher restricted = pre.length() < 140 && (pre.contains(" that ") || pre.contains(" which "))
                    ? BODY_THAT_DID.matcher(pre) : null;
            if (restricted != null && restricted.matches() && BODY_SUBJECT.matcher(restricted.group(1)).matches()) {
                // "The publisher that approached Reyna said in a statement that it was “…”": the body
                // the sentence opens with, not the one named in the clause that tells which body
                return new PersonRef(PersonRef.Type.ORGANISATION, restricted.group(1), restricted.start(1), restricted.end(1));
            }
            PersonRef last = lastRef(pre, false, true);
            if (TOLD_THEM.matcher(s).region(verb.end(), Math.min(s.length(), verb.end() + 12)).lookingAt()) {
                // "Vincent Mancuso was sentenced…, after the judge told him he had “…”", "after a judge
                // told him": a role no one named holds, telling the one acting before, is someone the
                // text does not name, not the "he" of what they said
                int end = pre.stripTrailing().length();
                Descriptors.Match u = lastUnnamed(pre, end);
                if (u != null && u.end() == end) {
                    return unnamedRef(pre, u);
                }
                if (last != null && last.type() == PersonRef.Type.DESCRIPTOR && last.end() == end
                        && people.latestWithRole(Descriptors.roleOf(last.text()), Long.MAX_VALUE) == null) {
                    return new PersonRef(PersonRef.Type.ORGANISATION, last.text(), last.start(), last.end());
                }
            }
            return last != null && aBodyByItsWords(last, pre, s.substring(verb.end()))
                    ? new PersonRef(PersonRef.Type.ORGANISATION, last.text(), last.start(), last.end()) : last;
        }

        /**
         * "The broadcaster said in a statement that…", "The regional broadcaster, which has bought
         * the series, said": a noun of companies and people alike, which no one named holds, stands
         * for a body when the sentence treats it as one; not "the broadcaster Priya Nandakumar".
         */
        private boolean aBodyByItsWords(PersonRef ref, String pre, String afterVerb) {
            if (ref.type() != PersonRef.Type.DESCRIPTOR) {
                return false;
            }
            String role = Descriptors.roleOf(ref.text());
            return NameEvidence.COMPANY_OR_PERSON_NOUNS.contains(role) && people.latestWithRole(role, Long.MAX_VALUE) == null
                    && (afterVerb.startsWith(" in a statement") || pre.startsWith(", which ", ref.end()));
        }

        /**
         * "She told the court that an inspector had once visited her plot and told her the canal was
         * “…”": someone unnamed opening the reported clause acts in the verbs joined to it, so the
         * words are theirs, not the teller's; null when no one unnamed opens it.
         */
        private static PersonRef unnamedOpeningReportedClause(String pre, int and) {
            int that = pre.lastIndexOf(" that ", and);
            // "Mr. Figueroa said a woman eventually answered and told him the owner was “…”": the
            // clause may follow its verb with no "that"
            int said = Math.max(pre.lastIndexOf(" said ", and), pre.lastIndexOf(" says ", and));
            if (that < 0 && said < 0) {
                return null;
            }
            int from = that > said ? that + " that ".length() : said + " said ".length();
            if (from >= and) {
                return null;
            }
            Descriptors.Match u = Descriptors.openingUnnamed(pre.substring(from, and), and - from);
            if (u == null || Descriptors.many(pre.substring(from, and), u) || !Vocabulary.UNNAMED_PEOPLE.contains(u.role())
                    && !Vocabulary.isRole(u.role())) {
                return null;
            }
            return new PersonRef(PersonRef.Type.ORGANISATION, pre.substring(from + u.start(), from + u.end()), from + u.start(), from + u.end());
        }

        /** One person the text does not name, ending {@code pre} after "as": "as one former pupil ". */
        private static PersonRef unnamedJustBefore(String pre) {
            int end = pre.stripTrailing().length();
            if (!Regions.contains(pre, "as ", Math.max(0, end - 60), end)) {
                return null;
            }
            Descriptors.Match u = lastUnnamed(pre, end);
            return u != null && u.end() == end && NameScanner.wordBefore(pre, u.start(), Math.max(0, u.start() - 8)).equals("as")
                    && !Descriptors.many(pre, u) ? unnamedRef(pre, u) : null;
        }

        /**
         * 'm' or 'f' when someone unnamed ends a sentence whose subject is "we" or "I" and the next
         * sentence opens with "He" or "She" ("We dug out a snowboarder after 14 minutes. He was
         * blue."), and the sentence names nobody; else 0.
         */
        private static char heOrSheAfterOurs(String text, int from, int to, Descriptors.Match u, List<NameScanner.Hit> found) {
            if (Descriptors.many(text, u) || !text.startsWith("a", u.start()) && !text.startsWith("A", u.start())) {
                return 0;
            }
            int opens = Sentences.start(text, from, u.start());
            if (!text.startsWith("We ", opens) && !text.startsWith("I ", opens)) {
                return 0;
            }
            for (NameScanner.Hit hit : found) {
                if (hit.start() >= opens && hit.start() < u.start()) {
                    // "I showed my shots to my friend Ruth Abara, a wedding photographer.": she is named
                    return 0;
                }
            }
            int end = u.end();
            while (end < to && end - u.end() < 40 && text.charAt(end) != '.' && text.charAt(end) != ',') {
                end++;
            }
            if (end + 2 >= to || text.charAt(end) != '.' || text.charAt(end + 1) != ' ') {
                return 0;
            }
            return text.startsWith("He ", end + 2) ? 'm' : text.startsWith("She ", end + 2) ? 'f' : 0;
        }

        /**
         * "Dan has not commented, but a pal of the hunk told the Mirror:": someone unnamed opening
         * the clause after "but" or "and" that ends on the verb, whoever they are "of"; or null.
         */
        private static PersonRef unnamedOpeningTheLastClause(String pre) {
            int end = pre.stripTrailing().length();
            if (!Regions.contains(pre, "but ", Math.max(0, end - 60), end) && !Regions.contains(pre, "and ", Math.max(0, end - 60), end)) {
                return null;
            }
            Descriptors.Match u = lastUnnamed(pre, end);
            if (u == null || Descriptors.many(pre, u) || !UNNAMED_OF_TAIL.matcher(pre).region(u.end(), end).matches()) {
                return null;
            }
            String before = NameScanner.wordBefore(pre, u.start(), Math.max(0, u.start() - 8));
            return before.equals("but") || before.equals("and") ? unnamedRef(pre, u) : null;
        }

        /** The last person the text does not name in the sixty characters before {@code end}, or null. */
        /** Someone unnamed just before ", who": "a note from one juror". */
        private static PersonRef unnamedBeforeWho(String before) {
            int end = before.stripTrailing().length();
            Descriptors.Match u = lastUnnamed(before, end);
            return u != null && (u.end() == end || PLACE_OR_BODY_AFTER.matcher(before).region(u.end(), end).matches())
                    && !Descriptors.many(before, u) ? unnamedRef(before, u) : null;
        }

        private static Descriptors.Match lastUnnamed(String pre, int end) {
            List<Descriptors.Match> found = Descriptors.unnamed(pre, Math.max(0, end - 60), end);
            return found.isEmpty() ? null : found.get(found.size() - 1);
        }

        /**
         * "He said one nurse had told him", "She said a woman in Handsworth had written": someone
         * unnamed opening the clause a speaker reports, just before the verb that introduces the
         * quote, so the words are theirs and not the reporter's; or null.
         */
        private static PersonRef unnamedInAReportedClause(String pre) {
            int end = pre.stripTrailing().length();
            if (end == 0 || !Regions.contains(pre, "said ", Math.max(0, end - 80), end)
                    && !Regions.contains(pre, "says ", Math.max(0, end - 80), end)) {
                return null;
            }
            Descriptors.Match u = lastUnnamed(pre, end);
            if (u == null) {
                return null;
            }
            String before = NameScanner.wordBefore(pre, u.start(), Math.max(0, u.start() - 8));
            return (before.equals("said") || before.equals("says") || before.equals("that"))
                    && INDEFINITE_IN_A_CLAUSE.matcher(pre).region(u.start(), end).lookingAt()
                    && PLACE_AFTER_UNNAMED.matcher(pre).region(u.end(), end).matches()
                    && !Descriptors.many(pre, u) ? unnamedRef(pre, u) : null;
        }

        /** "Rosa Delgado, president of the guild," : a name opening {@code lead}, then only an aside. */
        /**
         * "founder and managing director Tanui Kipchirchir arap Biwott", "the chief financial officer
         * and company secretary, Ochieng Omondi Ouko,": a long title in lower case, then the one
         * name, just before the verb; or null.
         */
        private PersonRef namedAfterTitles(String lead) {
            if (lead.isEmpty() || !Character.isLowerCase(lead.charAt(0))) {
                // most long leads open with the name and its aside; the names are read only after a title
                return null;
            }
            List<PersonRef> refs = refsIn(lead, false);
            PersonRef named = refs.isEmpty() ? null : refs.get(refs.size() - 1);
            if (named == null || named.type() != PersonRef.Type.NAME || !named.canSpeak()
                    || refs.stream().anyMatch(r -> r != named && r.type() != PersonRef.Type.DESCRIPTOR)) {
                // the title's own role ("the chief financial officer") may be read as a descriptor
                return null;
            }
            String title = lead.substring(0, named.start());
            String first = title.strip().split("[\\s,]+")[0];
            if (title.contains(", and ") || Vocabulary.CLAUSE_OPENERS.contains(first) || Vocabulary.PREPOSITIONS.contains(first)) {
                // "as a landowner finished speaking, and Van Dyke called a recess": a clause, not a title
                return null;
            }
            for (String word : title.split("[\\s,]+")) {
                // "executive chairman Datuk Jugah anak Barieng": an honorific is the name's; "the
                // prize's chair of judges, Dr Margaret Wilson": a possessive is still in lower case
                if (!word.isEmpty() && !Vocabulary.HONORIFICS.contains(word)
                        && !word.chars().allMatch(c -> Character.isLowerCase(c) || c == '-' || c == '\'' || c == '’')) {
                    return null;
                }
            }
            for (int i = named.end(); i < lead.length(); i++) {
                if (lead.charAt(i) != ' ' && lead.charAt(i) != ',') {
                    return null;
                }
            }
            return named;
        }

        /**
         * "Detective Inspector Sam Reed of Thames Valley Police", "Health Secretary Wes Streeting of
         * the Labour Party": capitalised titles, the name, and the body they serve, too long a lead
         * to read whole; the name is the last one before the body.
         */
        private PersonRef namedBeforeTheirBody(String lead) {
            Matcher body = OF_A_BODY.matcher(lead);
            if (!body.find()) {
                return null;
            }
            String head = lead.substring(0, body.start());
            if (head.isEmpty() || head.split("\\s+").length > 7 || !Character.isUpperCase(head.codePointAt(0))) {
                return null;
            }
            List<PersonRef> refs = refsIn(head, false);
            PersonRef named = refs.isEmpty() ? null : refs.get(refs.size() - 1);
            if (named == null || named.type() != PersonRef.Type.NAME || !named.canSpeak() || named.end() != head.length()) {
                return null;
            }
            for (String word : head.substring(0, named.start()).split("\\s+")) {
                if (!word.isEmpty() && !Character.isUpperCase(word.codePointAt(0))) {
                    // "a spokesperson for…": not titles
                    return null;
                }
            }
            return named;
        }

        private PersonRef namedBeforeAside(String lead) {
            Matcher aside = NAME_THEN_ASIDE.matcher(lead);
            if (!aside.matches()) {
                return null;
            }
            List<PersonRef> refs = refsIn(lead.substring(0, aside.end(1)), false);
            // "Mr Hale, who was first elected in 2010," is named after his title
            return refs.size() == 1 && refs.get(0).type() == PersonRef.Type.NAME && refs.get(0).start() == titleAt(lead, 0)
                    && refs.get(0).end() == aside.end(1) && refs.get(0).canSpeak() ? refs.get(0) : null;
        }

        /**
         * "His post said", "her email read": the writer the possessive stands for, as the pronoun
         * he or she; null when {@code pre} does not end in such a phrase.
         */
        private PersonRef writerOf(String pre) {
            Matcher m = WRITING.matcher(pre);
            if (!m.find()) {
                return pre.indexOf('s') < 0 ? null : namedWriterOf(pre);
            }
            String pronoun = m.group(1).equalsIgnoreCase("his") ? "he" : m.group(1).equalsIgnoreCase("her") ? "she" : "they";
            return new PersonRef(PersonRef.Type.PRONOUN, pronoun, m.start(1), m.end(1));
        }

        /**
         * "Gilliland’s statement said": the writer named, when the article knows that name as a
         * person's; "the club's statement", "Acme's statement" are a body's, and stay null.
         */
        private PersonRef namedWriterOf(String pre) {
            // the phrase ends {@code pre}: only its last stretch is read, however long the paragraph
            Matcher m = NAMED_WRITING.matcher(pre).region(Math.max(0, pre.length() - 200), pre.length()).useTransparentBounds(true);
            if (!m.find()) {
                return null;
            }
            List<String> tokens = List.of(m.group(1).split("\\s+"));
            String who = people.recall(tokens, null);
            return who == null || who.indexOf(' ') < 0 || People.isUnnamed(who) || people.isOrganisation(tokens) ? null
                    : new PersonRef(PersonRef.Type.NAME, m.group(1), m.start(1), m.end(1));
        }

        /** The last speech verb in {@code s}, or null; not a passive one ("what she wanted to be remembered for"). */
        private static MatchResult lastVerb(String s) {
            Matcher v = Vocabulary.VERB.matcher(s);
            MatchResult last = null;
            while (findVerb(v, s)) {
                String before = NameScanner.wordBefore(s, v.start(), Math.max(0, v.start() - 40));
                if (before.length() > 2 && (before.endsWith("’s") || before.endsWith("'s"))
                        && !CONTRACTED_IS.contains(before.substring(0, before.length() - 2)) || OWNERS.contains(before)) {
                    // "told the chair that Ms Tobin's claims had been “…”": what someone claimed, a noun
                    continue;
                }
                if (!before.equals("be") && !before.equals("been") && !before.equals("being")
                        || s.startsWith(" by ", v.end())) {
                    // "praised by inspectors as “exceptional”": the agent said it
                    last = v.toMatchResult();
                }
            }
            return last;
        }

        /** Words that own what follows them: "his claims", "their warnings" ("her" may be an object: "told her"). */
        private static final Set<String> OWNERS = Set.of("his", "its", "their", "our", "my", "your");
        /** Words whose "'s" is "is" or "has", not an owner's: "what she's told was". */
        private static final Set<String> CONTRACTED_IS = Set.of("he", "she", "it", "that", "there", "here", "who", "what",
                "where", "let", "one", "everyone", "someone", "nobody", "everybody", "somebody");

        /**
         * The next speech verb {@code v} finds in {@code s}, passing over one written with a capital
         * inside its sentence: "“a good one” for the United States" names a country, not a verb.
         */
        private static boolean findVerb(Matcher v, String s) {
            while (v.find()) {
                if (!Character.isUpperCase(s.charAt(v.start())) || opensSentence(s, v.start())) {
                    return true;
                }
            }
            return false;
        }

        /** Whether a quote's words end a sentence: "…won't go up?" */
        private static boolean endsSentence(String quote) {
            return SENTENCE_END.matcher(quote).find();
        }

        /**
         * "When I asked him whether his party would repeal it, he laughed. “Repeal a ban?…”": a
         * quote that opens a sentence, after a sentence whose subject speaks or reacts, is theirs.
         *
         * @param prevOpen where the quote before it opens in {@code text}, or -1 when there is none
         */
        private Attribution matchPreviousSentence(String text, int prevOpen, int prevEnd, int open) {
            int[] bounds = sentenceBefore(text, prevEnd, open);
            if (bounds == null) {
                return null;
            }
            int start = bounds[0];
            if (start == prevEnd && prevOpen > 0 && MID_SENTENCE.matcher(text).region(prevEnd, open).lookingAt()) {
                // "Castillo, who was elected on a promise to put AI “at the top of every agenda”, said the
                // deal covered… “…”": the sentence began before the fragment
                int sentence = Sentences.start(text, Math.max(0, prevOpen - 300), prevOpen);
                if (!text.substring(sentence, prevOpen).isBlank()) {
                    // not "“…,” the chief executive, Lauren Fitzgerald, said. “…”", which its quote opens
                    start = sentence;
                }
            }
            int end = bounds[1];
            PersonRef ref = subjectOfLastVerb(text.substring(start, end));
            if (ref == null || ref.type() == PersonRef.Type.ORGANISATION) {
                return null;
            }
            return new Attribution(ref, start + ref.start(), end);
        }

        /**
         * "Whelan expected further cuts before the end of the year. “I’d be surprised…”": a quote
         * that opens a sentence, after a sentence that opens with a named person or a pronoun
         * acting, is theirs, whatever the verb. Not after "Moss was arrested": a person done to
         * is not the one who speaks next.
         */
        private Attribution matchSubjectOfPreviousSentence(String text, int prevEnd, int open) {
            int[] bounds = sentenceBefore(text, prevEnd, open);
            if (bounds == null) {
                return null;
            }
            int start = bounds[0];
            int end = bounds[1];
            String sentence = text.substring(start, end);
            List<PersonRef> refs = refsIn(sentence, true);
            Matcher from = NameEvidence.QUESTION_FROM.matcher(sentence);
            if (from.find() || (from = MESSAGE_FROM.matcher(sentence)).find()) {
                // "The first question from the floor came from Eimear Breathnach of the Sentinel.",
                // "And a message from reader Maria Costa, who is at Hyde Park:"
                for (PersonRef r : refs) {
                    if (r.type() == PersonRef.Type.NAME && r.start() == from.end()) {
                        // "from" governs the name, but here it names who asks
                        PersonRef asker = new PersonRef(r.type(), r.text(), r.start(), r.end());
                        return new Attribution(asker, start + r.start(), end);
                    }
                }
                return null;
            }
            // "Asked what she would tell a newcomer, she pauses.": the subject comes after the clause
            Matcher lead = LEADING_CLAUSE.matcher(sentence);
            int subject = lead.lookingAt() ? lead.end() : 0;
            PersonRef first = null;
            for (PersonRef r : refs) {
                if (r.start() >= subject) {
                    first = r;
                    break;
                }
            }
            Matcher role = ROLE_THEN_NAME.matcher(sentence).region(subject, sentence.length());
            boolean renamed = first != null && first.type() == PersonRef.Type.NAME && role.lookingAt() && role.end() == first.start()
                    && first.end() < sentence.length() && sentence.charAt(first.end()) == ',';
            if (renamed) {
                // "My co-founder, Ben Adair, has a line he uses with investors:" is Ben Adair's
                subject = first.start();
            } else if (first != null && first.type() == PersonRef.Type.NAME && first.start() > subject
                    && isRoleBefore(sentence.substring(subject, first.start()))) {
                // "Our reporter Tess Halloran is signing off from the finish line too:"
                subject = first.start();
            }
            if (first == null || !first.canSpeak() || !sentence.substring(subject, first.start()).isBlank()
                    || first.type() != PersonRef.Type.NAME && first.type() != PersonRef.Type.PRONOUN
                    // "The mayor interjected."
                    && !(first.type() == PersonRef.Type.DESCRIPTOR && first.text().regionMatches(true, 0, "the ", 0, 4))) {
                return null;
            }
            // "Luc Thibodeau, a Montreal writer who works in both languages, had…": past the aside
            int verb = first.type() == PersonRef.Type.NAME ? NameScanner.pastAsides(sentence, first.end() + (renamed ? 1 : 0)) : first.end();
            Matcher acting = ACTING.matcher(sentence).region(verb, sentence.length());
            if (!acting.lookingAt() || PASSIVE.matcher(sentence).region(verb, sentence.length()).lookingAt()) {
                return null;
            }
            return new Attribution(first, start + first.start(), end);
        }

        /** "Our reporter ", "Race director ": a role and nothing else, just before a name. */
        /**
         * "Mr Ó Cuív described one recent job in detail:" ¶ “…: nothing before the name but its
         * honorifics, so the paragraph opens with the one it hands the quote to.
         */
        private static boolean onlyHonorifics(String lead) {
            for (String word : lead.strip().split("\\s+")) {
                String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
                if (!bare.isEmpty() && !Vocabulary.HONORIFICS.contains(bare)) {
                    return false;
                }
            }
            return true;
        }

        private static boolean isRoleBefore(String lead) {
            Matcher m = ROLE_BEFORE_NAME.matcher(lead);
            return m.matches() && Vocabulary.ROLE_NOUNS.contains(m.group(1).toLowerCase(Locale.ROOT));
        }

        /**
         * "Luc Thibodeau, a Montreal writer, had a simpler message: “…”": the clause before the
         * colon, read as the sentence before the quote, opens with the one who speaks.
         */
        private Attribution subjectOfColonClause(String text, int prevEnd, int open) {
            int colon = text.lastIndexOf(':', open);
            if (colon < prevEnd) {
                return null;
            }
            // only the clause itself is copied: a paragraph of many such quotes stays linear
            int floor = Math.max(prevEnd, colon - 400);
            Matcher f = FOR_SOMEONE.matcher(text).region(Sentences.start(text, floor, colon), colon);
            if (f.lookingAt()) {
                // "For councillor Tevita Fifita, the answer is simple: “…”": the one the sentence is for
                for (PersonRef r : refsIn(f.group(1), true)) {
                    if (r.canSpeak() && r.type() != PersonRef.Type.ORGANISATION && r.type() != PersonRef.Type.DESCRIPTOR) {
                        return new Attribution(r, f.start(1) + r.start(), colon);
                    }
                }
            }
            Matcher here = HERE_IS.matcher(text).region(Sentences.start(text, floor, colon), colon);
            if (here.lookingAt()) {
                // a live blog's "Here is Paul Johnson from the IFS:", "This is from Helen Miller, the
                // IFS deputy director:": the one named first whose words follow
                for (PersonRef r : refsIn(here.group(1), true)) {
                    if (r.type() == PersonRef.Type.NAME && r.canSpeak()) {
                        return new Attribution(r, here.start(1) + r.start(), colon);
                    }
                }
            }
            Matcher reply = REPLY_OF_SOMEONE.matcher(text).region(Sentences.start(text, floor, colon), colon);
            if (reply.lookingAt()) {
                // "Castillo's reply, after a long pause, gives the film its centre: “…”": her reply
                for (PersonRef r : refsIn(reply.group(1), true)) {
                    if (r.type() == PersonRef.Type.NAME && r.start() == 0) {
                        return new Attribution(new PersonRef(PersonRef.Type.NAME, r.text(), r.start(), r.end()),
                                reply.start(1), colon);
                    }
                }
            }
            Matcher own = OWN_VERDICT.matcher(text).region(Sentences.start(text, floor, colon), colon);
            if (own.lookingAt()) {
                // "Sloane has already reviewed it. Her verdict, in full: “…”": hers
                String pronoun = own.group(1).equalsIgnoreCase("his") ? "he" : own.group(1).equalsIgnoreCase("her") ? "she" : "they";
                return new Attribution(new PersonRef(PersonRef.Type.PRONOUN, pronoun, own.start(1), own.end(1)), own.start(1), colon);
            }
            String asSentence = text.substring(floor, colon) + ". \u201C";
            Attribution a = matchSubjectOfPreviousSentence(asSentence, 0, asSentence.length() - 1);
            // not "The Minister of State…, Pádraic Mulkerrin, posted on X:", whose role the name renames
            return a == null || a.ref().type() == PersonRef.Type.DESCRIPTOR ? null
                    : new Attribution(a.ref(), a.refBase() + floor, a.clauseEnd() + floor);
        }

        /**
         * The sentence that ends just before a quote opening at {@code open}, as {start, end};
         * null when the text since the last quote does not end a sentence, or the sentence is
         * too short or too long to be the quote's introduction.
         */
        private static int[] sentenceBefore(String text, int prevEnd, int open) {
            String gap = text.substring(prevEnd, open);
            if (!SENTENCE_END.matcher(gap).find()) {
                return null;
            }
            int end = prevEnd + gap.stripTrailing().length();
            int start = Sentences.start(text, prevEnd, Math.max(prevEnd, end - 1));
            return end - start < 3 || end - start > 300 ? null : new int[] {start, end};
        }

        /**
         * The quote after "…," he said. continues with the same speaker when nobody else is
         * named in between.
         */
        private boolean continues(String between, Attribution previous, int prevEnd, String previousSpeaker) {
            if (between.strip().matches("[\\p{P}\\s]*") || DOCUMENT_SAID.matcher(between).matches()) {
                // "“…,” the statement said. “…”": the same writer goes on
                return true;
            }
            if (previous == null || between.length() > MAX_CONTINUATION || BODY_SPEAKS.matcher(between).find()) {
                // "… “first-pass outlines”. The studio later said the memo had been “poorly worded.”"
                return false;
            }

            if (unnamedOpensTheSentence(between)) {
                // "…was “a God-fearing man”. One woman, who declined to give her name, said the case
                // was “…”": someone else, whom the text does not name
                return false;
            }
            int own = previous.refBase() - prevEnd;
            int ownEnd = own + previous.ref().end() - previous.ref().start();
            // "said Elif Yıldırım, who has co-written three series with her brother, Emre Yıldırım. “…”":
            // the sentence ends on an aside about the speaker, and those it names only describe her
            // (its full stops may be abbreviations': "a neurologist in St. Paul and the study's lead author.")
            boolean asideToTheEnd = ownEnd > 0 && ownEnd < between.length() && between.charAt(ownEnd) == ','
                    && ASIDE_TO_SENTENCE_END.matcher(between).region(ownEnd, between.length()).matches()
                    && Sentences.firstEnd(between.substring(ownEnd)) < 0;
            int renamedTo = -1;
            for (PersonRef r : refsIn(between, false)) {
                if (r.start() == own || r.type() == PersonRef.Type.ORGANISATION || !r.canSpeak()) {
                    continue;
                }
                if (asideToTheEnd && r.start() >= ownEnd && !speaksAfter(between, r.end())) {
                    // "said Moira Callan, who has run the cinema with her brother since their father died
                    // in 2004. “…”": those the aside names only describe her, unless one of them speaks
                    continue;
                }
                if (r.type() == PersonRef.Type.DESCRIPTOR && own > 0 && r.end() <= own && renames(between.substring(r.end(), own))) {
                    // "said the station manager, Maria Fátima da Costa Soares. “…”", "said the senior author,
                    // Dr Ada Obi. “…”": her name renames the role
                    continue;
                }
                if (r.type() == PersonRef.Type.DESCRIPTOR && (ownEnd >= 0 && ownEnd <= r.start()
                        && between.substring(ownEnd, r.start()).matches(",\\s*")
                        || renamedTo >= 0 && renamedTo <= r.start() && AND_ALSO.matcher(between).region(renamedTo, r.start()).matches())) {
                    // "said Siobhan Gallagher, the association’s chair. “…”": the role renames her, and
                    // so does another after "and" ("the fund's chairperson and a former head of drama")
                    renamedTo = r.end();
                    continue;
                }
                int described = renamedTo >= 0 ? renamedTo : ownEnd;
                if (r.type() == PersonRef.Type.DESCRIPTOR && described >= 0 && described <= r.start()
                        && WHO_IS.matcher(between).region(described, r.start()).matches()) {
                    // "said Teodora Lindqvist, a 58-year-old animator who is the lead plaintiff. “…”"
                    renamedTo = r.end();
                    continue;
                }
                if (r.type() == PersonRef.Type.PRONOUN) {
                    // "Kilbride said as she opened the press conference. “…”": still the speaker
                    char g = genderOf(r.text());
                    char known = people.gender(previousSpeaker);
                    if (g == 0 || known == 0 || known == g) {
                        continue;
                    }
                }
                if (r.type() == PersonRef.Type.NAME && isTitleOnly(r.text())) {
                    // "said Richard Ashdown, Chief Executive Officer of Starline Cinemas. “…”": his title
                    continue;
                }
                if (r.type() == PersonRef.Type.NAME && people.recall(people.withoutTitles(List.of(r.text().split(" "))), null) == null) {
                    // a capitalised word that names nobody in the article ("Plano, Texas")
                    continue;
                }

                return false;
            }
            return true;
        }

        /** Whether what lies between a role and a name makes the name the role's: a comma and titles, or a space. */
        private static boolean renames(String gap) {
            Matcher more = MORE_ROLES.matcher(gap);
            if (more.lookingAt()) {
                // "said the studio's founder and chief executive, Nurul Aisyah Kamarudin": more of
                // her roles, after "and", before the comma that names her
                gap = gap.substring(more.end());
            }
            if (!gap.isEmpty() && gap.isBlank()) {
                // "said her son Kevin McGrath of Quincy. “…”": the kin or role written straight
                // before the name, with no comma, is the name's as much as one set off by commas
                return true;
            }
            if (gap.isEmpty() || gap.charAt(0) != ',') {
                return false;
            }
            String titles = gap.substring(1).strip();
            return titles.isEmpty() || isTitleOnly(titles);
        }

        /** Whether the last sentence of {@code between} opens with one person the text does not name. */
        private static boolean unnamedOpensTheSentence(String between) {
            int sentence = Sentences.start(between, 0, between.length());
            String s = between.substring(sentence).stripLeading();
            if (s.isEmpty() || !Character.isUpperCase(s.charAt(0))) {
                // "…” but one woman said" goes on with the sentence the quote was in
                return false;
            }
            Descriptors.Match u = Descriptors.openingUnnamed(s, s.length());
            return u != null && !Descriptors.many(s, u)
                    && (Vocabulary.UNNAMED_PEOPLE.contains(u.role()) || ANONYMOUS.matcher(s).find());
        }

        /**
         * "families first consulted an “ombiasy”, a traditional healer,", "AI tools for
         * “in-betweening”, the painstaking process of…": one lower-case word in quotes, a noun after
         * an article or a preposition, that the reporter explains straight after: a term, not words
         * anyone said.
         */
        private static boolean glossedWord(String text, QuoteSpans.Span span, String quoteText, int prevEnd, int end, int nextOpen) {
            String word = quoteText.strip();
            if (word.isEmpty() || word.length() > 30 || !Character.isLowerCase(word.charAt(0))
                    || end >= nextOpen || text.charAt(end) != ',') {
                return false;
            }
            String before = NameScanner.wordBefore(text, span.open(), Math.max(prevEnd, span.open() - 20));
            if (word.indexOf(' ') >= 0) {
                // "The dispute centres on the “risk and hardship allowance”, a monthly payment of…": a
                // thing's name, glossed, in a sentence nobody says; not "He called it the “worst
                // decision”, a view…", a verdict
                int sentence = Sentences.start(text, Math.max(prevEnd, 0), span.open());
                return before.equals("the") && NAME_OF_A_THING.matcher(word).matches()
                        && APPOSITION_AFTER.matcher(text).region(end, Math.min(nextOpen, end + 12)).lookingAt()
                        && !VERDICT_VERB.matcher(text).region(sentence, span.open()).find();
            }
            // "more than 400 pages of “lore”, which the model draws on": a thing the clause after it is about
            return BEFORE_A_TERM.contains(before) && APPOSITION_AFTER.matcher(text).region(end, Math.min(nextOpen, end + 12)).lookingAt()
                    || (before.equals("of") || before.equals("for")) && text.startsWith(", which ", end);
        }

        /** Whether the word after a reference is a verb of saying: "her brother said", not "her brother died". */
        private static boolean speaksAfter(String text, int end) {
            Matcher m = NEXT_WORD.matcher(text).region(end, text.length());
            return m.lookingAt() && (SAYING.contains(m.group(1)) || SPOKE_TOO.contains(m.group(1)));
        }

        /** Verbs of saying besides {@link #SAYING}'s, in the present and the past. */
        private static final Set<String> SPOKE_TOO = Set.of("says", "tells", "adds", "asked", "asks", "replied", "replies",
                "recalled", "recalls", "wrote", "writes", "posted", "posts");

        /** Someone the text does not name, as a reference: like a body's, it gives the quote no speaker. */
        private static PersonRef unnamedRef(String text, Descriptors.Match m) {
            return new PersonRef(PersonRef.Type.ORGANISATION, text.substring(m.start(), m.end()), m.start(), m.end());
        }

        /** "Chief Executive Officer", "Managing Director": a title written in capitals, no one's name. */
        private static boolean isTitleOnly(String name) {
            for (String word : name.split(" ")) {
                String w = WORD_EDGES.matcher(word).replaceAll("");
                if (!Vocabulary.HONORIFICS.contains(w) && !TITLE_WORDS.contains(w.toLowerCase(Locale.ROOT))
                        && !Vocabulary.ROLE_NOUNS.contains(w.toLowerCase(Locale.ROOT))) {
                    return false;
                }
            }
            return true;
        }

        /** "Her answer was, “…”", "Hamid’s reply: “…”": the owner of the words, or null; {@code s} starts at {@code start}. */
        private Attribution ownWords(String s, int start, int open) {
            Matcher own;
            if (!mayEndOwnWords(s) || !(own = OWN_WORDS_WERE.matcher(s)).find()) {
                return null;
            }
            String owner = own.group("owner");
            int at = start + own.start("owner");
            if (owner.length() <= 5) {
                String pronoun = owner.equalsIgnoreCase("his") ? "he" : owner.equalsIgnoreCase("her") ? "she" : "they";
                return new Attribution(new PersonRef(PersonRef.Type.PRONOUN, pronoun, 0, owner.length()), at, open);
            }
            PersonRef named = refsIn(owner, false).stream().filter(r -> r.type() == PersonRef.Type.NAME && r.start() == 0)
                    .findFirst().orElse(null);
            return named == null ? null
                    : new Attribution(new PersonRef(PersonRef.Type.NAME, named.text(), named.start(), named.end()), at, open);
        }

        /** What {@link #OWN_WORDS_WERE} needs at the end of the text ("was,", "is", ":", "?"), checked first. */
        private static boolean mayEndOwnWords(String s) {
            String t = s.stripTrailing();
            return t.endsWith(":") || t.endsWith(",") || t.endsWith("?") || t.endsWith("was") || t.endsWith("is") || t.endsWith("were")
                    || t.endsWith("are");
        }

        /**
         * What {@link #BEFORE_TAIL} needs at the end of the text, checked first: trying its many
         * verbs at every position of every sentence is most of the cost of attribution.
         */
        private static boolean endsWithClausePunctuation(String s) {
            int i = s.length() - 1;
            // '$' also matches before a final line terminator that \s does not cover
            if (i >= 0 && "\u0085\u2028\u2029".indexOf(s.charAt(i)) >= 0) {
                i--;
            }
            while (i >= 0 && " \t\n\u000B\f\r".indexOf(s.charAt(i)) >= 0) {
                i--;
            }
            return i >= 0 && ":,—–".indexOf(s.charAt(i)) >= 0;
        }

        /**
         * Where the name after an inverted verb ends ("said Sarah Jones of the University of
         * Leeds", "said Jones, who…"), or -1; not inside a capitalised title that names its office
         * ("said Mayor of London Sadiq Khan", "said Secretary of State for Health Wes Streeting").
         */
        private static int endOfName(String who) {
            Matcher cut = AFTER_NAME.matcher(who);
            boolean inTitle = false;
            while (cut.find()) {
                String link = cut.group().strip();
                int before = who.lastIndexOf(' ', cut.start() - 1) + 1;
                String word = who.substring(before, cut.start());
                int next = cut.end();
                if (who.startsWith("the ", next)) {
                    next += 4;
                }
                boolean capitals = !word.isEmpty() && Character.isUpperCase(word.codePointAt(0))
                        && next < who.length() && Character.isUpperCase(who.codePointAt(next));
                if ((link.equals("of") || link.equals("for")) && capitals
                        && (inTitle || Vocabulary.isRole(word.toLowerCase(Locale.ROOT)))) {
                    inTitle = true;
                    cut.region(next, who.length());
                    continue;
                }
                return cut.start();
            }
            return -1;
        }

        /**
         * "Kelip's founder and chief executive Nurul Aisyah Kamarudin": an owner, roles in lower case
         * and "and", then a name of capitals to the end.
         */
        private static boolean rolesThenName(String[] words) {
            int i = 0;
            if (words[0].equalsIgnoreCase("the")) {
                i++;
            } else {
                // "Kelip's", "Crumb & Co's": an owner of up to three words
                for (int j = 0; j < Math.min(3, words.length); j++) {
                    if (words[j].endsWith("’s") || words[j].endsWith("'s")) {
                        i = j + 1;
                        break;
                    }
                    if (!words[j].equals("&") && (words[j].isEmpty() || !Character.isUpperCase(words[j].charAt(0)))) {
                        break;
                    }
                }
            }
            int roles = 0;
            while (i < words.length && !words[i].isEmpty() && Character.isLowerCase(words[i].charAt(0))) {
                roles++;
                i++;
            }
            int name = words.length - i;
            if (roles == 0 || name < 2 || name > 4) {
                return false;
            }
            for (int j = i; j < words.length; j++) {
                if (words[j].isEmpty() || !Character.isUpperCase(words[j].charAt(0))) {
                    return false;
                }
            }
            return true;
        }

        /** "Chief Medical Officer for Wales Rhodri Penhallow": capitals, and the small words of a title between them. */
        private static boolean titleAndName(String[] words) {
            for (String w : words) {
                if (!w.isEmpty() && !Character.isUpperCase(w.codePointAt(0)) && !Vocabulary.TITLE_LINKS.contains(w)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * "One supporter, who gave his name only as Ibrahim,", "a cart driver identified only as
         * Musa": the name someone unnamed gave, where it ends {@code s} (but for a comma); or null.
         */
        private PersonRef nameGivenOnly(String s) {
            if (!Regions.contains(s, " as ", 0, s.length())) {
                return null;
            }
            Matcher m = LAST_WORD.matcher(s);
            // the name comes after "as", so it reads as an object or a part played; here it is the one who speaks
            return m.find() && NameEvidence.onlyNameBefore(s, m.start(1))
                    ? new PersonRef(PersonRef.Type.NAME, m.group(1), m.start(1), m.end(1)) : null;
        }

        /** "Harper has also", "the minister simply" → "Harper", "the minister". */
        private static String withoutTrailingAux(String s) {
            Matcher m = TRAILING_AUX.matcher(s).region(Math.max(0, s.length() - AUX_WINDOW), s.length());
            return m.find() ? s.substring(0, m.start()) : s;
        }

        private int sentenceStart(String text, int floor, int at) {
            return Sentences.start(text, floor, at);
        }

        /**
         * The reference nearest the end of {@code s} that can be a speaker; when {@code whole},
         * it must end {@code s}. Asides (", who teaches at Leiden University,") are skipped when
         * {@code skipAsides}.
         */
        private PersonRef lastRef(String s, boolean whole, boolean skipAsides) {
            List<PersonRef> refs = refsIn(s, skipAsides);
            PersonRef last = null;
            PersonRef lastPerson = null;
            for (PersonRef r : refs) {
                if (r.canSpeak()) {
                    last = r;
                    if (r.type() != PersonRef.Type.ORGANISATION) {
                        lastPerson = r;
                    }
                }
            }
            if (last == null) {
                return null;
            }
            if (last.type() == PersonRef.Type.ORGANISATION && lastPerson != null
                    && (s.substring(lastPerson.end(), last.start()).indexOf(',') >= 0
                    || s.substring(lastPerson.end(), last.start()).strip().equals("("))) {
                // "Lucy Osgood, director of the Childhood Policy Unit, put it bluntly:", "Kemi
                // Pinheiro (SAN) told the court:" (a rank's letters in brackets)
                last = lastPerson;
            }
            if (whole) {
                PersonRef lastName = null;
                for (PersonRef r : refs) {
                    if (r.canSpeak() && r.type() == PersonRef.Type.NAME) {
                        lastName = r;
                    }
                }
                if (lastName != null && ROLE_APPOSITION.matcher(s).region(lastName.end(), s.length()).matches()) {
                    // "“…,” Maya Brandt, Lanternfish's head of product, told me"
                    return lastName;
                }
                PersonRef holder = holderOfRole(s, refs);
                if (holder != null) {
                    return holder;
                }
                String rest = s.substring(last.end()).strip();
                if (last.type() == PersonRef.Type.DESCRIPTOR && OF_WHAT_TAIL.matcher(rest).matches()) {
                    // "the minister for health said", "the member for Bradfield said"
                    return heldOrNobody(last, s, s.length());
                }
                // "Dale Lindgren, 67, said", "Thomas E. Brandt, R-Kan., said", "Sarah Jones of the
                // University of Leeds said" (a body after "of" is never the one speaking)
                if (!rest.isEmpty() && !rest.matches("[\\p{P}]*") && !APPOSITION_TAIL.matcher(rest).matches()
                        && !(last.type() == PersonRef.Type.NAME && AFFILIATION_TAIL.matcher(rest).matches())) {
                    return null;
                }
            }
            return last;
        }

        /**
         * "the lawyer for Mr Smith", "the wife of Tom Smith": a role whose object is the last name
         * (or role) written; the one in the role speaks, not the one named. That is whoever the text gave
         * the role, else someone it does not name (the one named is the one acting before, and
         * the last a role would fall back to). Null when the lead ends otherwise.
         */
        private PersonRef holderOfRole(String s, List<PersonRef> refs) {
            PersonRef named = refs.isEmpty() ? null : refs.get(refs.size() - 1);
            int from;
            if (named != null && (named.type() == PersonRef.Type.NAME || named.type() == PersonRef.Type.DESCRIPTOR)
                    && s.substring(named.end()).isBlank()
                    && SOMEONE_OF.matcher(s).region(from = s.lastIndexOf(',', named.start()) + 1, named.start()).matches()) {
                // "a lawyer for Mrs Tuilagi", "In a statement, the family of Mr Reid", "a pal of the
                // hunk": one of many, or many, whom the text does not name
                return new PersonRef(PersonRef.Type.ORGANISATION, s.substring(from, named.end()).strip(), from, named.end());
            }
            PersonRef role = null;
            for (int i = 0; i < refs.size(); i++) {
                PersonRef r = refs.get(i);
                if (role != null && r.type() == PersonRef.Type.NAME
                        && ROLE_OBJECT.matcher(s).region(role.end(), r.start()).matches()
                        && s.substring(r.end()).isBlank()) {
                    return heldOrNobody(role, s, r.end());
                }
                if (r.type() == PersonRef.Type.DESCRIPTOR && r.canSpeak()) {
                    role = r;
                }
            }
            return null;
        }

        /**
         * "the man's sister", "In a statement, Mr Reid's wife" ending {@code lead}: the relative of that
         * surname the text names ("Ann Reid"), else someone it does not name; never the one acting
         * before, whom the relative's words are most often about. Null when the lead is no such phrase.
         */
        private Attribution possessedKin(String lead, int from, int to) {
            int comma = lead.lastIndexOf(',') + 1;
            Matcher m = lead.indexOf('s', comma) < 0 ? null : POSSESSED_KIN.matcher(lead).region(comma, lead.length());
            if (m == null || !m.matches()) {
                return null;
            }
            PersonRef owner = lastRef(m.group("owner"), true, false);
            String relative = null;
            if (owner != null && owner.type() == PersonRef.Type.NAME) {
                List<String> parts = List.of(owner.text().split(" "));
                String honorific = parts.size() > 1 && Vocabulary.HONORIFICS.contains(parts.get(0).replace(".", "")) ? parts.get(0) : null;
                // "Mr Lloyd's daughter": the Lloyd that "Mr" tells
                String who = people.recall(people.withoutTitles(parts), honorific);
                char g = genderOf(m.group("kin"));
                relative = people.relativeOf(who, g);
                if (relative != null && g != 0 && people.gender(relative) != 0 && people.gender(relative) != g) {
                    // "Mr Lloyd's son" is not his daughter, the one other Lloyd
                    relative = null;
                }
            }
            return relative != null ? new Attribution(new PersonRef(PersonRef.Type.NAME, relative, 0, relative.length()), from, to)
                    : nobodyNamed(lead.substring(comma).strip(), from, to);
        }

        /**
         * {@code ref} as the subject {@code s} holds, unless it is a role that {@code s} goes on
         * to qualify by what it is of: see {@link #heldOrNobody}.
         */
        private PersonRef ofSomething(PersonRef ref, String s) {
            if (ref.type() != PersonRef.Type.DESCRIPTOR) {
                return ref;
            }
            String tail = s.substring(ref.end()).strip();
            if (Descriptors.describesAParent(ref.text() + " " + tail)) {
                // "“…,” said the father of two.": someone described, as "the father of two said" is
                return new PersonRef(PersonRef.Type.DESCRIPTOR, ref.text() + " " + tail, ref.start(), s.length());
            }
            return OF_WHAT_TAIL.matcher(tail).matches() ? heldOrNobody(ref, s, s.length()) : ref;
        }

        /**
         * A role qualified by what it is of ("the head of the union", "the minister for health"):
         * the one the text gave that role, else someone it does not name ({@code s} up to
         * {@code end} says who); never the one acting before, whom a role said in full does not
         * describe again.
         */
        private PersonRef heldOrNobody(PersonRef role, String s, int end) {
            long here = currentBase + PARAGRAPH_STRIDE - 1;
            return people.latestWithRole(Descriptors.roleOf(role.text()), here) != null ? role
                    : new PersonRef(PersonRef.Type.ORGANISATION, s.substring(role.start(), end), role.start(), end);
        }

        private List<PersonRef> refsIn(String original, boolean skipAsides) {
            String s = blankQuotes(skipAsides ? blankAsides(original) : original);
            List<PersonRef> refs = new ArrayList<>();
            Matcher p = PRONOUN.matcher(s);
            while (p.find()) {
                refs.add(new PersonRef(PersonRef.Type.PRONOUN, p.group(), p.start(), p.end()));
            }
            List<int[]> descriptors = new ArrayList<>();
            if (s.contains("the former") || s.contains("the latter") || s.contains("The former") || s.contains("The latter")) {
                Matcher fl = FORMER_OR_LATTER.matcher(s);
                while (fl.find()) {
                    refs.add(new PersonRef(PersonRef.Type.DESCRIPTOR, fl.group(), fl.start(), fl.end()));
                    descriptors.add(new int[] {fl.start(), fl.end()});
                }
            }
            for (Descriptors.Match d : Descriptors.roles(s, 0, s.length())) {
                // "the deputy minister’s office said": the office speaks, not the minister
                boolean owns = OWNS.matcher(s).region(d.end(), s.length()).lookingAt();
                refs.add(new PersonRef(PersonRef.Type.DESCRIPTOR, s.substring(d.start(), d.end()), d.start(), d.end(), false, owns));
                descriptors.add(new int[] {d.start(), d.end()});
            }
            NameScanner.Hit previous = null;
            for (NameScanner.Hit hit : NameScanner.scan(s, 0, s.length())) {
                // "Minister of Education Abena Owusu-Ansah said": the "of" is the title's, not the name's
                boolean portfolio = "of".equals(hit.before()) && hit.tokens().size() > 2
                        && Vocabulary.PORTFOLIOS.contains(hit.tokens().get(0));
                boolean oblique = !portfolio && (hit.oblique() || afterObliqueAnd(s, previous, hit)
                        || affiliationOf(s, previous, hit));
                previous = hit;
                if (hit.character() || inside(descriptors, hit.start())
                        || hit.tokens().size() == 1 && PARTY_STATE.matcher(hit.tokens().get(0)).matches()) {
                    continue;
                }
                // "Schools Chancellor Dolores Ibáñez": the title's words do not make the name a body
                boolean organisation = people.isOrganisation(people.withoutTitles(hit.tokens()))
                        || withArticle(hit, s) || Vocabulary.COMPANY_KINDS.contains(hit.before());
                if (organisation && hit.tokens().size() == 1 && ARTICLES.contains(hit.before())
                        && people.onlyWithRole(hit.tokens().get(0).toLowerCase(Locale.ROOT)) != null) {
                    // "“…,” the Seigneur said": the office someone was named in, not a body
                    refs.add(new PersonRef(PersonRef.Type.DESCRIPTOR, "the " + hit.tokens().get(0), hit.start(),
                            Math.min(s.length(), hit.end()), oblique, hit.possessive()));
                    continue;
                }
                if (!organisation && hit.sentenceStart() && hit.tokens().size() == 1 && hit.honorific() == null
                        && people.recall(hit.tokens(), null) == null) {
                    // "Critics said…", "Somebody shouted…": a capital that only opens the sentence
                    continue;
                }
                String honorific = hit.honorific();
                String byAge = siblingByAge(s, hit);
                if (byAge != null) {
                    // "the younger Mr. Villarreal": of two of that name whose ages are given, the younger
                    refs.add(new PersonRef(PersonRef.Type.NAME, byAge, hit.start(), Math.min(s.length(), hit.end()), oblique,
                            hit.possessive()));
                    continue;
                }
                if (honorific == null && SIBLING_WORDS.contains(hit.before()) && (hit.tokens().size() == 1
                        || hit.tokens().size() == 2 && Vocabulary.PARTICLES.contains(hit.tokens().get(0).toLowerCase(Locale.ROOT)))) {
                    // "the elder Kostiuk said", "the elder Te Rangi": of two, not the one the bare name means
                    honorific = "Elder";
                }
                String name = (honorific != null ? honorific + " " : "") + hit.joined();
                int end = Math.min(s.length(), hit.end());
                refs.add(new PersonRef(organisation ? PersonRef.Type.ORGANISATION : PersonRef.Type.NAME,
                        organisation ? s.substring(hit.start(), end) : name, hit.start(), end, oblique,
                        hit.possessive()));
            }
            refs.sort((x, y) -> Integer.compare(x.start(), y.start()));
            return refs;
        }

        /**
         * "Sarah Jones of the University of Leeds said", "Sarah Jones, from the Met Office,": the
         * body just after a name and "of the", "from the" or "at the" is where she is from, not
         * the one speaking. Only right after a name: "the organisers of the Heiva said" is still
         * a body's statement.
         */
        private static boolean affiliationOf(String s, NameScanner.Hit previous, NameScanner.Hit hit) {
            if (previous == null || previous.possessive() || !ARTICLES.contains(hit.before())) {
                return false;
            }
            int article = s.lastIndexOf(' ', Math.max(0, hit.start() - 2));
            int preposition = article > 0 ? s.lastIndexOf(' ', article - 1) : -1;
            return preposition >= previous.end() && AFFILIATION.contains(NameScanner.wordBefore(s, article, 0))
                    && s.substring(previous.end(), preposition).matches(",?\\s*");
        }

        private static boolean inside(List<int[]> spans, int at) {
            for (int[] span : spans) {
                if (at >= span[0] && at < span[1]) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Replaces asides with spaces, so offsets still point into the original text; not an
         * aside that names the one it renames ("The Bishop of Northfield, the Rt Rev Samuel
         * Adeyemi, has condemned").
         */
        private static String blankAsides(String s) {
            Matcher m = ASIDE.matcher(s);
            if (!m.find()) {
                return s;
            }
            StringBuilder b = new StringBuilder(s);
            do {
                if (namesSomeone(s, m.start(), m.end()) || describedWithAnAge(s, m.start(), m.end())) {
                    continue;
                }
                for (int i = m.start() + 1; i < m.end() - 1; i++) {
                    b.setCharAt(i, ' ');
                }
                // "Gustavo Aldao, who owns a studio in Palermo, one of five with the contracts,
                // said": the comma that closes one aside opens the next
            } while (m.find(m.end() - 1));
            return b.toString();
        }

        /** "the third series of “Love Villa”": the words of a title or a nickname refer to no one here. */
        private static String blankQuotes(String s) {
            if (s.indexOf('“') < 0 && s.indexOf('"') < 0) {
                return s;
            }
            List<QuoteSpans.Span> spans = QuoteSpans.find(s);
            if (spans.isEmpty()) {
                return s;
            }
            StringBuilder b = new StringBuilder(s);
            for (QuoteSpans.Span q : spans) {
                for (int i = q.open() + 1; i < q.end(s) - 1; i++) {
                    b.setCharAt(i, ' ');
                }
            }
            return b.toString();
        }

        /**
         * "Taking to Instagram on Sunday, the actress, 34, wrote:": "the" after a comma and an age after
         * it is the subject after an opening phrase, given her age as names are, not an aside.
         */
        private static boolean describedWithAnAge(String s, int from, int to) {
            if (!s.regionMatches(true, from + 2, "the ", 0, 4) && !s.regionMatches(true, from + 1, "the ", 0, 4)) {
                return false;
            }
            int i = Regions.skipSpaces(s, to);
            int digits = i;
            while (i < s.length() && Character.isDigit(s.charAt(i))) {
                i++;
            }
            return i - digits >= 1 && i - digits <= 3 && i < s.length() && s.charAt(i) == ',';
        }

        /** ", the Rt Rev Samuel Adeyemi,": the aside is a title and a full name, nothing more. */
        private static boolean namesSomeone(String s, int from, int to) {
            List<NameScanner.Hit> hits = NameScanner.scan(s, from, to);
            if (hits.size() != 1 || hits.get(0).tokens().size() < 2 || hits.get(0).honorific() == null
                    && !s.startsWith("the", from + 2) && !s.startsWith("the", from + 1)) {
                return false;
            }
            return s.substring(hits.get(0).end(), to).strip().equals(",");
        }

        private String resolve(PersonRef ref, long pos) {
            return switch (ref.type()) {
                case NAME -> {
                    if (!ref.canSpeak()) {
                        yield null;
                    }
                    String[] parts = ref.text().split(" ");
                    String honorific = Vocabulary.HONORIFICS.contains(parts[0]) && parts.length > 1 ? parts[0] : null;
                    List<String> tokens = List.of(parts).subList(honorific == null ? 0 : 1, parts.length);
                    String name = people.resolve(tokens, honorific, People.Evidence.PERSON, pos);
                    if (name != null) {
                        named.add(name);
                    }
                    yield name;
                }
                case DESCRIPTOR -> {
                    String role = Descriptors.roleOf(ref.text());
                    if (role.equals("former") || role.equals("latter")) {
                        yield named(people.ofTheLastTwo(pos, role.equals("former")));
                    }
                    // "Asked about Ndlovu's comments, the England captain said": the captain asked, not
                    // the other captain the question names
                    String byRole = people.latestWithRole(role, pastTheQuestion(pos));
                    if (byRole == null && SPOUSE_OF_THE_DEAD.containsKey(role)) {
                        // "His wife, Maureen Chisholm, called 911…" ¶ "“…,” the widow said"
                        byRole = people.latestWithRole(SPOUSE_OF_THE_DEAD.get(role), pos);
                    }
                    if (byRole == null && pos < 2 * PARAGRAPH_STRIDE) {
                        // a news lead names roles before people: "a system that its chief executive said
                        // had “…”", "the judge called it “…”"; the one person given that role later is meant
                        byRole = people.onlyWithRole(role);
                    }
                    if (byRole != null && officeOfAPlaceNotTheirs(ref.text(), role, byRole)) {
                        // "The Rev. Samuel Kerr, a Presbyterian minister," … "the Northern Ireland
                        // health minister said": an office of a place the holder was never given
                        yield null;
                    }
                    if (byRole != null) {
                        long paragraphStart = pos / PARAGRAPH_STRIDE * PARAGRAPH_STRIDE;
                        String acting = people.actingSince(paragraphStart, pos, genderOf(role));
                        if (acting != null && !acting.equals(byRole) && !people.hasRole(acting) && !People.isUnnamed(acting)
                                && !people.mentionedIn(byRole, paragraphStart, pos)) {
                            // "Colm Mac Aodha, solicitor for the council," … ¶ "Mr Ó Ceallaigh said his
                            // client… “…,” the solicitor said": the one acting here, of whom no role
                            // is known, not the one named in that role paragraphs before
                            yield named(acting);
                        }
                        yield named(byRole);
                    }
                    if (Vocabulary.STAR_EPITHETS.contains(role)) {
                        yield named(people.mostNamed(pos, genderOf(role)));
                    }
                    String ofThatAge = role.endsWith("-year-old") ? ofThatAge(role) : null;
                    if (ofThatAge != null) {
                        // "Andre Lum Fook, a 48-year-old engineer, and his daughter Kaia, 16," … "the
                        // 16-year-old said": the one given that age, not whoever acted last
                        yield named(ofThatAge);
                    }
                    if (Vocabulary.SUBJECT_ROLES.contains(role) || role.endsWith("-year-old")
                            || Vocabulary.DEMONYMS.contains(role) || Descriptors.describesAParent(ref.text())) {
                        // "the mum-of-two" is a woman
                        char g = genderOf(Descriptors.isParentOf(role) ? role.substring(0, role.indexOf('-')) : role);
                        // "Asked whether Pemberton had done enough, the 44-year-old smiled": the one
                        // asked, as for a pronoun there, not the one the question names
                        yield named(people.salient(pastTheQuestion(pos), g));
                    }
                    if (Vocabulary.KIN.contains(role)) {
                        String relative = relativeNamed(ref.text(), role, pos);
                        if (relative != null || !SIBLING_BY_AGE.matcher(ref.text()).matches()) {
                            yield named(relative);
                        }
                        // "George Papadakis, 64, told news.com.au…" ¶ "“…,” the older brother said":
                        // no one's relative by a "his" or "her", but one of brothers the text named,
                        // who is the one acting just before, as for any role
                    }
                    if (Vocabulary.SOURCE_ROLES.contains(role) || OWNED_BY_A_NAME.matcher(ref.text()).lookingAt()) {
                        // "The Guardian's reviewer called the sound “muddy”": someone of a body
                        // that the text never names, not the one acting before
                        yield null;
                    }
                    // "Cllr Okafor said she hoped…. “…,” the chairwoman said": the one acting
                    // earlier in the same paragraph
                    long paragraphStart = pos / PARAGRAPH_STRIDE * PARAGRAPH_STRIDE;
                    String acting = people.actingSince(paragraphStart, pos, genderOf(role));
                    if (acting == null && ref.text().regionMatches(true, 0, "the ", 0, 4)
                            && !namesTheRole(pos / PARAGRAPH_STRIDE - 2, ref.text()) && !namesAnOffice(ref.text())
                            && people.actingSince(paragraphStart - PARAGRAPH_STRIDE, paragraphStart, (char) 0) != null) {
                        // "Ellery-Baptiste, who refereed for eleven years, said…" ¶ "The former official said"
                        acting = people.actingSince(paragraphStart - PARAGRAPH_STRIDE, paragraphStart, genderOf(role));
                        if (acting != null && isPoliticalOffice(role) && people.hasRole(acting) && !people.hasRole(acting, role)
                                // "“…,” the retired school secretary told the court": what someone was, not an office held
                                && !RETIRED_FROM.matcher(ref.text()).find()) {
                            // "Passenger Aisha Rahman … said" ¶ "The prime minister has said the
                            // government “…”": an office the text never gave the one acting before,
                            // whom it gave another role, is someone unnamed
                            acting = null;
                        }
                    }
                    yield named(acting);
                }
                case PRONOUN -> {
                    char g = genderOf(ref.text());
                    String salient = people.salient(pastTheQuestion(pos), g, pos / PARAGRAPH_STRIDE * PARAGRAPH_STRIDE);
                    salient = notTheOneActingOnThem(salient, pos, g);
                    salient = newcomerOfTheParagraphBefore(salient, pos, g);
                    salient = roleHolderActingBefore(salient, pos, g);
                    salient = notTheOneReportedOn(salient, pos, g);
                    salient = speakerGoingOn(salient, pos, g);
                    if (salient != null && g != 0 && salient.equals(interviewee()) && inAnAnswerOf(salient, pos)) {
                        // "Rolle: My father, Alphonso Rolle, took me out…" ¶ "Q: What did he teach you?" ¶
                        // "Rolle: To read the water. He would point and say “…”": in an answer the one
                        // answering says "I", so a "he" is another man the answers or questions named
                        // just before; one they did not name is no one named, as is the one of "When
                        // the producer called back, he told me"
                        if (describedInItsSentence(pos)) {
                            yield null;
                        }
                        long paragraphStart = pos - pos % PARAGRAPH_STRIDE;
                        String other = people.latestOtherThan(salient, Math.max(0, paragraphStart - 2 * PARAGRAPH_STRIDE), pos, g);
                        yield other == null || people.gender(other) != g ? null : named(other);
                    }
                    String who = named(salient != null ? salient : namedInTheNextSentence(pos, g));
                    if (who != null) {
                        people.noteGender(who, g);
                    }
                    yield who;
                }
                case ORGANISATION -> intervieweesOwn(ref, pos);
            };
        }

        /**
         * "Asked about Ndlovu’s comments, the England captain said it was “typical of the man” that he had
         * taken the blame." ¶ "“Themba’s a class act,” he said.": a quote opening a paragraph whose "he"
         * follows a paragraph ending in the sentence of another man's quote, where the "he" after that
         * quote is in what he said, is still that man's. Not when the sentence goes on to name someone
         * ("…“rushed”, and Jones agreed."). Else {@code salient}.
         */
        private String speakerGoingOn(String salient, long pos, char g) {
            int index = (int) (pos / PARAGRAPH_STRIDE) - 1;
            if (salient == null || lastSpeaker == null || lastSpeaker.equals(salient) || g == 0 || index < 1
                    || index >= paragraphs.size() || lastSpeechParagraph != index - 1 || people.gender(lastSpeaker) != g) {
                return salient;
            }
            String text = paragraphs.get(index);
            int at = (int) (pos % PARAGRAPH_STRIDE);
            String before = paragraphs.get(index - 1);
            if (!opensOnItsQuote(text, at) || lastSpeechEnd > before.length()) {
                return salient;
            }
            String tail = before.substring(lastSpeechEnd).stripTrailing();
            String going = tail.stripLeading();
            int end = Sentences.firstEnd(tail + " X");
            // the quote's own sentence goes on to the paragraph's end: "…“typical of the man” that he had taken the blame."
            boolean oneSentence = !going.isEmpty() && (Character.isLowerCase(going.charAt(0)) || ",;—–".indexOf(going.charAt(0)) >= 0)
                    && (end < 0 || end >= tail.length());
            boolean namesNoOne = hits.get(index - 1).stream().noneMatch(h -> h.start() >= lastSpeechEnd);
            return oneSentence && namesNoOne && (g == 'f' ? ANY_SHE : ANY_HE).matcher(tail).find() ? lastSpeaker : salient;
        }

        /** Whether {@code text} opens on a quote that closes just before {@code at}: "“…,” he told reporters". */
        private static boolean opensOnItsQuote(String text, int at) {
            if (text.isEmpty() || at > 2000 || "“\"".indexOf(text.charAt(0)) < 0) {
                return false;
            }
            char closer = text.charAt(0) == '“' ? '”' : '"';
            int close = text.lastIndexOf(closer, Math.min(at, text.length()) - 1);
            return close > 0 && at - close <= 6 && text.indexOf(closer, 1) == close;
        }

        /**
         * "…and she was joined on stage by her son, Daniel Okonjo, who had managed the campaign." ¶
         * "“…,” he told reporters.": a quote opening a paragraph whose "he" follows a paragraph
         * where the only man is first named in passing, and no "he" acts, is his; not the man who
         * acted paragraphs before. Else {@code salient}.
         */
        private String newcomerOfTheParagraphBefore(String salient, long pos, char g) {
            int index = (int) (pos / PARAGRAPH_STRIDE) - 1;
            if (salient == null || g == 0 || index < 1 || index >= paragraphs.size()) {
                return salient;
            }
            String text = paragraphs.get(index);
            String before = paragraphs.get(index - 1);
            int at = (int) (pos % PARAGRAPH_STRIDE);
            // the paragraph opens on the quote the pronoun gives, just after it: "“…,” he told reporters"
            if (!opensOnItsQuote(text, at)
                    || (g == 'f' ? SHE_AS_SUBJECT : HE_AS_SUBJECT).matcher(before).find()) {
                return salient;
            }
            long paragraphStart = pos - at;
            String newcomer = people.newcomerOverLastActing(paragraphStart - PARAGRAPH_STRIDE, paragraphStart, g, salient);
            return newcomer != null && people.gender(salient) == g ? newcomer : salient;
        }

        /**
         * "The coach singled out prop Kieran Oates, who made 31 tackles." ¶ "“Kieran was outstanding,”
         * he said."; "The 16-year-old, who swims for a club, finished fourth. “I waited for him,” she
         * said.": the sentence just before the quote the pronoun gives opens on a role someone holds
         * (the coach named earlier, the one person given that age), so the pronoun is that person,
         * not the one the sentence acts on nor the one acting before it. Else {@code salient}.
         */
        private String roleHolderActingBefore(String salient, long pos, char g) {
            int index = (int) (pos / PARAGRAPH_STRIDE) - 1;
            if (salient == null || g == 0 || index < 0 || index >= paragraphs.size()) {
                return salient;
            }
            String text = paragraphs.get(index);
            int at = (int) (pos % PARAGRAPH_STRIDE);
            String before;
            int limit;
            long base;
            if (opensOnItsQuote(text, at)) {
                if (index < 1) {
                    return salient;
                }
                before = paragraphs.get(index - 1);
                limit = before.stripTrailing().length();
                base = (long) index * PARAGRAPH_STRIDE;
            } else {
                int open = quoteJustBefore(text, at);
                if (open < 2 || ".!?".indexOf(text.charAt(open - 2)) < 0 || text.charAt(open - 1) != ' ') {
                    return salient;
                }
                before = text;
                limit = open - 1;
                base = pos - at;
            }
            // only the last 400 characters are read: a paragraph may be a whole book's length
            int sentence = Sentences.start(before, Math.max(0, limit - 400), Math.max(0, limit - 1));
            if (!before.startsWith("The ", sentence)) {
                return salient;
            }
            List<Descriptors.Match> roles = Descriptors.roles(before, sentence, Math.min(limit, sentence + 40), true);
            if (roles.isEmpty() || roles.get(0).start() != sentence) {
                return salient;
            }
            int end = roles.get(0).end();
            int comma = Regions.indexOf(before, ',', end, Math.min(limit, end + 61));
            if (people.firstNamedIn(base + end, base + Math.min(limit, end + 6)) != null
                    || comma >= 0 && people.firstNamedIn(base + comma, base + Math.min(limit, comma + 50)) != null) {
                // "The actor Sir Julian Ashdown recalled", "The Conservative candidate, Robert
                // Fenwick-Hale, conceded": the role renamed, whoever else holds it
                return salient;
            }
            String role = roles.get(0).role();
            String holder = AGE_ROLE.matcher(role).matches() ? ofThatAge(role) : people.latestWithRole(role, base + sentence);
            char known = holder == null ? 0 : people.gender(holder);
            return holder != null && (known == 0 || known == g) ? holder : salient;
        }

        /**
         * "He added that Okoro had already cancelled the subscription. “…,” he said.": a paragraph
         * that opens on "he" reporting names the one he reports on, who does not act; the "he" after
         * the quote is the "he" who opened it, the one acting before the paragraph. Else {@code salient}.
         */
        private String notTheOneReportedOn(String salient, long pos, char g) {
            int index = (int) (pos / PARAGRAPH_STRIDE) - 1;
            if (salient == null || g == 0 || index < 1 || index >= paragraphs.size()) {
                return salient;
            }
            String text = paragraphs.get(index);
            Matcher opening = PRONOUN_REPORTS.matcher(text);
            if (!opening.lookingAt() || genderOf(opening.group(1)) != g) {
                return salient;
            }
            long paragraphStart = pos - pos % PARAGRAPH_STRIDE;
            if (!people.mentionedIn(salient, paragraphStart, pos) || people.actingSince(paragraphStart, pos, g) != null) {
                return salient;
            }
            String before = people.salient(paragraphStart, g);
            return before != null && !before.equals(salient) && !People.isUnnamed(before) ? before : salient;
        }

        /** The one person given the age a descriptor names ("16-year-old"), or null. */
        private String ofThatAge(String role) {
            Matcher age = AGE_ROLE.matcher(role);
            return age.matches() ? people.onlyOfAge(Integer.parseInt(age.group(1))) : null;
        }

        /** Where the quote that closes just before {@code at} opens, when it does within six characters; else -1. */
        private static int quoteJustBefore(String text, int at) {
            int i = Math.min(at, text.length()) - 1;
            while (i >= 0 && at - i <= 6 && text.charAt(i) != '”' && text.charAt(i) != '"') {
                i--;
            }
            if (i < 0 || at - i > 6) {
                return -1;
            }
            char opener = text.charAt(i) == '”' ? '“' : '"';
            return Regions.lastIndexOf(text, opener, i - 1, i - 2000);
        }

        /**
         * "A volunteer had already found her a replacement prescription, she said.": someone unnamed
         * who opens the reported clause and does something to "her" is not the "she" who says so;
         * the one the pronoun stands for is the one before the sentence. Else {@code salient}.
         */
        private String notTheOneActingOnThem(String salient, long pos, char g) {
            int index = (int) (pos / PARAGRAPH_STRIDE) - 1;
            if (salient == null || !People.isUnnamed(salient) || g == 0 || index < 0 || index >= paragraphs.size()) {
                return salient;
            }
            String text = paragraphs.get(index);
            int at = (int) (pos % PARAGRAPH_STRIDE);
            if (at > text.length()) {
                return salient;
            }
            long base = pos - at;
            int sentence = Sentences.start(text, Math.max(0, at - 300), at);
            long introduced = People.unnamedAt(salient);
            if (introduced < base + sentence || introduced >= pos
                    || !(at >= 2 && text.startsWith(", ", at - 2)) || !SAID_AFTER.matcher(text).region(at, text.length()).lookingAt()) {
                return salient;
            }
            if (!(g == 'f' ? HER_AS_OBJECT : HIM_AS_OBJECT).matcher(text).region((int) (introduced - base), at).find()) {
                return salient;
            }
            String before = people.salient(base + sentence, g, base);
            return before == null || People.isUnnamed(before) ? salient : before;
        }

        /**
         * Where to look back for the one a pronoun stands for: before a question put to them
         * ("Asked about Whitcombe's injury, he added:" is the coach who spoke last, not the
         * injured player the question names), else from the pronoun itself.
         */
        private long pastTheQuestion(long pos) {
            int index = (int) (pos / PARAGRAPH_STRIDE) - 1;
            if (index < 0 || index >= paragraphs.size()) {
                return pos;
            }
            String text = paragraphs.get(index);
            int at = (int) (pos % PARAGRAPH_STRIDE);
            if (at > text.length() || !Regions.contains(text, "sked ", Math.max(0, at - 160), at)
                    && !Regions.contains(text, "ressed ", Math.max(0, at - 160), at)
                    && !Regions.contains(text, "uestioned ", Math.max(0, at - 160), at)) {
                return pos;
            }
            int sentence = Sentences.start(text, Math.max(0, at - 160), at);
            return QUESTION_BEFORE_PRONOUN.matcher(text).region(sentence, at).matches() ? pos - (at - sentence) : pos;
        }

        /**
         * A feature's lede can quote someone before it names them: "“They asked me for the files,”
         * she says, laughing. Ofa Latu is 71 and…". With nobody before it that the pronoun could
         * stand for, it stands for the one the next sentence opens with, in the same paragraph;
         * not for "Her neighbour, Tevita Fonua, agreed", which opens with someone else.
         */
        private String namedInTheNextSentence(long pos, char g) {
            int index = (int) (pos / PARAGRAPH_STRIDE) - 1;
            if (index < 0 || index >= paragraphs.size()) {
                return null;
            }
            String text = paragraphs.get(index);
            int at = (int) (pos % PARAGRAPH_STRIDE);
            int next = at < text.length() ? Sentences.firstEnd(text.substring(at)) : -1;
            if (next < 0) {
                return null;
            }
            long opening = pos + next;
            String first = people.firstNamedIn(pos, opening);
            // "Ms Reeves, 45, has been…": a name is noted where it starts, after its title
            int title = titleAt(text, at + next);
            String who = people.actingSince(opening, opening + title + 1, g);
            return first == null && who != null && !People.isUnnamed(who) ? who : null;
        }

        /**
         * Whether {@code word} is written anywhere in the article next to another capitalised word,
         * as part of a longer name ("Toleafoa Sione Mauga" for "Toleafoa said"), which the later
         * look at names may resolve.
         */
        private boolean inALongerName(String word) {
            for (String p : paragraphs) {
                for (int at = p.indexOf(word); at >= 0; at = p.indexOf(word, at + 1)) {
                    int end = at + word.length();
                    boolean capitalBefore = at >= 2 && p.charAt(at - 1) == ' ' && Character.isUpperCase(wordStart(p, at - 1));
                    boolean capitalAfter = end + 1 < p.length() && p.charAt(end) == ' ' && Character.isUpperCase(p.charAt(end + 1));
                    if (capitalBefore || capitalAfter) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** The first letter of the word that ends just before {@code space}. */
        private static char wordStart(String p, int space) {
            int i = space;
            while (i > 0 && !Character.isWhitespace(p.charAt(i - 1))) {
                i--;
            }
            return i < space ? p.charAt(i) : ' ';
        }

        /** Someone the text does not name, or a body, as the one who spoke {@code who}: no speaker, and no guess. */
        /**
         * The one acting in the paragraph before {@code pos}'s when that paragraph gives them
         * {@code noun} ("Joe Bloggs, a tenant on the fourth floor, said…" ¶ "“…,” the tenant
         * said"), not when it opens someone unnamed ("One assistant coach… said" ¶ "the
         * assistant said"); else null.
         */
        private String describedAs(String noun, long pos) {
            int index = (int) (pos / PARAGRAPH_STRIDE) - 2;
            long paragraphStart = pos / PARAGRAPH_STRIDE * PARAGRAPH_STRIDE;
            String acting = people.actingSince(paragraphStart - PARAGRAPH_STRIDE, paragraphStart, (char) 0);
            if (acting == null || People.isUnnamed(acting) || index < 0 || index >= paragraphs.size()) {
                return null;
            }
            String capital = Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
            Matcher given = Pattern.compile(",\\s+(?:a|an|the)\\s+(?:[\\p{Ll}\\-]+\\s+){0,2}" + Pattern.quote(noun) + "\\b"
                    + "|(?:^|[.!?]\\s+)" + Pattern.quote(capital) + "\\s+\\p{Lu}").matcher(paragraphs.get(index));
            return given.find() ? acting : null;
        }

        private static Attribution nobodyNamed(String who, int from, int to) {
            return new Attribution(new PersonRef(PersonRef.Type.ORGANISATION, who, 0, who.length()), from, to);
        }

        /** The length of an honorific and the space after it at {@code at} ("Ms ", "Dr. "), else 0. */
        private static int titleAt(String text, int at) {
            int space = text.indexOf(' ', at);
            if (space < 0) {
                return 0;
            }
            String word = text.substring(at, space);
            String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
            return Vocabulary.HONORIFICS.contains(bare) ? space + 1 - at : 0;
        }

        /** Offices of a government: the roles that answer to "politician" (a minister, a senator, a secretary) and these. */
        private static final Set<String> GOVERNMENT_OFFICES = Set.of("premier", "governor", "president", "mayor");

        /** "the retired school secretary", "the former minister": a life's work, not an office someone holds now. */
        private static final Pattern RETIRED_FROM = Pattern.compile("(?i)\\b(?:retired|former|ex-)");

        private static boolean isPoliticalOffice(String role) {
            return GOVERNMENT_OFFICES.contains(role) || Vocabulary.ROLE_SYNONYMS.getOrDefault(role, Set.of()).contains("politician");
        }

        /**
         * "The Deputy Speaker", "the Chief Whip": a role written with a capital is an office, which
         * someone holds whether or not the text names them; it renames no one who merely acted
         * before, as "the former official" may.
         */
        private static boolean namesAnOffice(String descriptor) {
            int last = descriptor.stripTrailing().lastIndexOf(' ');
            // "The region’s economy minister, asked about the layoffs, said": the role of a place or
            // a body the text does not name is an office too, whoever acted in the paragraph before;
            // not "the St Fionán’s boss", of a side whose manager was named
            return last > 0 && (Character.isUpperCase(descriptor.charAt(last + 1)) || ofABodyUnnamed(descriptor)
                    || ofAPlaceNamed(descriptor, last));
        }

        /**
         * "The Kerala revenue minister", "the Anambra education commissioner": a capitalised place
         * or body and another word before the role, which make it an office.
         */
        private static boolean ofAPlaceNamed(String descriptor, int last) {
            int space = descriptor.indexOf(' ');
            if (space < 0 || space >= last || !ARTICLES.contains(descriptor.substring(0, space).toLowerCase(Locale.ROOT))) {
                return false;
            }
            String[] words = descriptor.substring(space + 1, last).strip().split("\\s+");
            return words.length >= 2 && Character.isUpperCase(words[0].charAt(0)) && Character.isLowerCase(words[words.length - 1].charAt(0));
        }

        /**
         * Whether {@code descriptor} names its role with a capitalised place or body before it ("the
         * Northern Ireland health minister") and a word of it is missing from the paragraph that
         * introduced {@code holder} ("a Presbyterian minister"): another office, held by someone
         * the text does not name.
         */
        private boolean officeOfAPlaceNotTheirs(String descriptor, String role, String holder) {
            String lower = descriptor.toLowerCase(Locale.ROOT);
            int r = lower.lastIndexOf(role);
            int space = descriptor.indexOf(' ');
            if (r <= 0 || space < 0 || space >= r || !ARTICLES.contains(lower.substring(0, space))
                    // "the New Mexico Democrat" of "Sen. Lucía Márquez (D-N.M.)": a party's epithet, its
                    // state written short where she was named
                    || PARTY_EPITHETS.contains(role)) {
                return false;
            }
            String[] words = descriptor.substring(space + 1, r).strip().split("\\s+");
            if (words.length < 2 || Arrays.stream(words).noneMatch(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0)))) {
                return false;
            }
            long at = people.introducedAt(holder);
            int paragraph = (int) (at / PARAGRAPH_STRIDE) - 1;
            if (at == Long.MIN_VALUE || paragraph < 0 || paragraph >= paragraphs.size()) {
                return false;
            }
            String intro = paragraphs.get(paragraph).toLowerCase(Locale.ROOT);
            for (String w : words) {
                if (!intro.contains(w.toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }

        /** "the region’s ", "the country's ": a common noun's possessive in the descriptor. */
        private static boolean ofABodyUnnamed(String descriptor) {
            int s = Math.max(descriptor.indexOf("’s "), descriptor.indexOf("'s "));
            int word = s < 0 ? -1 : descriptor.lastIndexOf(' ', s) + 1;
            return s > 0 && word < s && Character.isLowerCase(descriptor.charAt(word));
        }

        /**
         * "Ortiz asked the president whether…" ¶ "“…,” the president replied": the paragraph
         * before speaks of someone by this very role, so its subject is not the one meant.
         */
        private boolean namesTheRole(long paragraphIndex, String descriptor) {
            if (paragraphIndex < 0 || paragraphIndex >= paragraphs.size()) {
                return false;
            }
            String previous = paragraphs.get((int) paragraphIndex);
            String role = Descriptors.roleOf(descriptor);
            // its last sentences are enough, and keep a long paragraph from being read once per quote
            for (Descriptors.Match d : Descriptors.roles(previous, Math.max(0, previous.length() - 400), previous.length())) {
                if (d.role().equals(role) && previous.regionMatches(true, d.start(), "the ", 0, 4)) {
                    return true;
                }
            }
            return false;
        }

        /** "Her daughter" when the woman "her" stands for shares her surname with one other person: that person. */
        /**
         * "My daughter watched it with me and said, “…”" in an interview's answer: the
         * interviewee's daughter, whom the introduction named ("His daughter, Priya Deshpande,
         * followed him into the booth"); not "My mother used to say", whom no one named.
         */
        private String intervieweesOwn(PersonRef ref, long pos) {
            if (!ref.text().regionMatches(true, 0, "my ", 0, 3) || interviewee().isEmpty()) {
                return null;
            }
            String kin = Descriptors.roleOf(ref.text());
            String who = Vocabulary.KIN.contains(kin) ? people.latestWithRole(kin, pos) : null;
            return who == null || People.isUnnamed(who) || who.equals(interviewee()) ? null : who;
        }

        private String relativeNamed(String descriptor, String kin, long pos) {
            String lower = descriptor.toLowerCase(Locale.ROOT);
            char possessor = lower.startsWith("her ") ? 'f' : lower.startsWith("his ") ? 'm' : 0;
            if (possessor == 0 || !Vocabulary.KIN.contains(kin)) {
                return null;
            }
            return people.relativeOf(people.salient(pos, possessor), genderOf(kin));
        }

        /**
         * "SÃO TOMÉ — A year after…", "PUERTO AYORA, Ecuador —": capitals opening a paragraph before
         * a dash, a comma or a bracket are the place the story was filed from, known or not.
         */
        private static boolean dateline(NameScanner.Hit hit, String text) {
            if (hit.start() != 0 || hit.end() >= text.length()) {
                return false;
            }
            for (String t : hit.tokens()) {
                if (t.length() < 2 || !t.equals(t.toUpperCase(Locale.ROOT))) {
                    return false;
                }
            }
            int after = Regions.skipSpaces(text, hit.end());
            return after < text.length() && "—–-,(".indexOf(text.charAt(after)) >= 0;
        }

        /** A person, or null for the placeholder of someone the text does not name. */
        private static String named(String who) {
            return People.isUnnamed(who) ? null : who;
        }
    }

    /**
     * "Campbell said he had been generous… “…,” she said.": the paragraph goes on to give the
     * one named the other pronoun before anyone else is named, so the "he" was someone else (the
     * man remembered), not Campbell.
     */
    private static boolean someoneNamedBeforeInTheSentence(String p, List<NameScanner.Hit> hits, int k) {
        if (k == 0) {
            return false;
        }
        int from = hits.get(k - 1).end();
        return Sentences.start(p, from, hits.get(k).start()) == from;
    }

    private static boolean speaksAsTheOther(String p, int from, String pronoun, List<NameScanner.Hit> hits, int k) {
        Matcher other = OTHER_PRONOUN_SPEAKS.matcher(p).region(from, p.length());
        while (other.find()) {
            if (!other.group(1).equalsIgnoreCase(pronoun)) {
                return k + 1 >= hits.size() || hits.get(k + 1).start() > other.start();
            }
        }
        return false;
    }

    /** 'm' for he, 'f' for she, 0 when the word does not say. */
    /** The gender a subject or possessive pronoun gives: "she" and "her" are a woman's. */
    private static char ownGender(String pronoun) {
        return pronoun.equals("his") ? 'm' : pronoun.equals("her") ? 'f' : genderOf(pronoun);
    }

    static char genderOf(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "he", "man", "spokesman", "chairman", "king", "prince", "father", "dad", "son", "husband", "brother",
                 "grandfather", "grandson", "uncle", "nephew", "widower", "stepfather", "boy", "fiancé",
                 "councilman", "congressman", "assemblyman", "alderman", "hunk" -> 'm';
            case "she", "woman", "spokeswoman", "chairwoman", "actress", "queen", "princess", "mother", "mum", "mom",
                 "daughter", "wife", "sister", "grandmother", "granddaughter", "aunt", "niece", "widow", "stepmother",
                 "girl", "fiancée", "councilwoman", "congresswoman", "assemblywoman", "alderwoman", "stunner", "blonde",
                 "brunette" -> 'f';
            default -> 0;
        };
    }
}
