package dev.chorus.extract;

import dev.chorus.config.ConfigLoader;
import dev.chorus.config.SiteConfig;
import dev.chorus.ingest.FrontMatterParser;
import dev.chorus.ingest.SourceReader;
import dev.chorus.model.Article;
import dev.chorus.model.Quote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Attribution forms, saved web pages and encodings that articles from the web come in. */
class RealWorldFormsTest {
    private static final Path FIXTURES = Path.of("src/test/resources/extract");
    private static final SiteConfig CONFIG = new ConfigLoader().load(FIXTURES.resolve("chorus.yml"), "chorus.yml", true);
    private final Extractor extractor = new Extractor(CONFIG);

    private Article extract(String fixture) {
        return extractor.extract(new FrontMatterParser().parse(new SourceReader(Path.of("")).read(FIXTURES.resolve(fixture)))).article();
    }

    private static Quote quote(Article a, String start) {
        return a.quotes().stream().filter(q -> q.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote starting " + start + " in " + a.quotes()));
    }

    @Test
    void stackedRanksAndFormsOfAddressAreTitlesNotPartOfTheName() {
        Article a = extract("titles-and-bodies.txt");
        assertEquals("Tania Kovac", quote(a, "We are keeping").speaker(), "Det Act Sen Sgt Kovac");
        assertEquals("Paula Dixon", quote(a, "Stay at home").speaker(), "Ch Supt Dixon");
        assertEquals("Barry Hocking", quote(a, "We have one new GP").speaker(), "Cr Hocking, an Australian councillor");
        assertEquals("Nurul Huda Ismail", quote(a, "We will protect").speaker(), "Madam Nurul Huda: a two-word given name");
        assertEquals("Raghunandan Mishra", quote(a, "It can weep").speaker(), "Pandit Mishra");
    }

    @Test
    void aRoleInThePluralBeforeTwoNamesIsNotPartOfTheFirst() {
        Article a = extract("a-plural-role-before-two-names.txt");
        assertEquals("Imogen Fairweather", quote(a, "stand behind").speaker(), "Artists Imogen Fairweather and Rufus Tallant … Ms Fairweather said");
        assertEquals("Imogen Fairweather", quote(a, "A mug is").speaker());
        assertEquals("Imogen Fairweather", quote(a, "Pretend otherwise").speaker());
    }

    @Test
    void aMedalOrTrophyNamedAfterSomeoneIsNotThePersonWhoSpeaksNext() {
        Article a = extract("a-medal-named-after-someone.txt");
        assertEquals("Kwabena Okafor", quote(a, "It can go").speaker(),
                "X, who was given the Arthur Penhaligon Trophy…, said … \"…,\" he added: the trophy says nothing");
        assertEquals("Kwabena Okafor", quote(a, "no plans").speaker());
    }

    @Test
    void aTitleAndSurnameIsTheParentNamedByAGivenNameNotTheirChild() {
        Article a = extract("a-titled-surname-is-the-parent-not-the-child.txt");
        assertEquals("Gethin Pritchard", quote(a, "They told me").speaker(),
                "Noah Pritchard died … his father Gethin … Mr Pritchard, 38, said: the father, not the son");
        assertEquals("Gethin Pritchard", quote(a, "I knew he").speaker());
        assertEquals("Wendy Pritchard", quote(a, "hollowed out").speaker());
    }

    @Test
    void doubleMarksNestedInASingleQuotedQuoteAreKeptAsWritten() {
        Article a = extract("double-marks-nested-in-single-quotes.txt");
        Quote q = quote(a, "One of them");
        assertEquals("One of them kept shouting, “Don’t leave my brother,” over and over,", q.text(),
                "‘…, “Don’t leave my brother,” …,’ she said: the nested marks are the page's, not swapped ones");
        assertEquals("Bryony Ashcroft", q.speaker());
        assertEquals("Derek Hollins", quote(a, "It is what").speaker());
    }

    @Test
    void aNameOfTwoWordsGivenOnlyAsIsTheSpeakersName() {
        Article a = extract("a-name-of-two-words-given-only-as.txt");
        assertEquals("Iya Bisi", quote(a, "People are buying").speaker(), "who gave her name only as Iya Bisi, said … she said");
        assertEquals("Kunle Adeyemi", quote(a, "There is no point").speaker());
    }

    @Test
    void aFragmentAfterWarnedHimThatIsTheOneWhoWarned() {
        Article a = extract("a-judge-who-warned-him-that.txt");
        assertEquals("Helen Marchbank", quote(a, "a very real").speaker(), "Judge X released Tolley … but warned him that prison was “…”");
        assertEquals("Graham Tolley", quote(a, "I paid").speaker());
    }

    @Test
    void aFragmentSomeoneAcceptedThatIsTheirConcession() {
        Article a = extract("accepted-that-concedes.txt");
        assertEquals("Petroc Treloar", quote(a, "loosely written").speaker(), "X accepted that the menu had been “…”: as “conceded that”");
        assertEquals("Petroc Treloar", quote(a, "Every chef").speaker());
    }

    @Test
    void wordsOnAThingMarkedWithThemAreALabelNotSpeech() {
        Article a = extract("words-on-a-box-marked.txt");
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().equals("restricted")), "the drawer marked “restricted”: " + a.quotes());
        assertEquals("Bethan Rhys-Morgan", quote(a, "Nobody told me").speaker());
    }

    @Test
    void aCompanysChiefsAbbreviatedBeforeANameAreTitlesNotPartOfIt() {
        Article a = extract("company-chiefs-abbreviated-before-a-name.txt");
        assertEquals("Anoushka Pellew", quote(a, "We have never").speaker(), "Co-founder and CFO Anoushka Pellew … she said");
        assertEquals("Anoushka Pellew", quote(a, "Bread is").speaker(), "Pellew said: the same person");
        assertEquals("Gareth Lindqvist", quote(a, "Every one").speaker());
    }

    @Test
    void aLongTitleWithAPossessiveBeforeAnHonorificAndANameIsTheirs() {
        Article a = extract("possessive-title-before-an-honorific-and-name.txt");
        assertEquals("Ffion Rees-Mallory", quote(a, "The rules ask").speaker(),
                "“…,” the contest's head of adjudication, Dr Ffion Rees-Mallory, said in a statement: not the contest's");
    }

    @Test
    void aTitleBeforeAnHonorificGivesItsHolderTheRole() {
        Article a = extract("a-title-before-an-honorific-gives-the-role.txt");
        assertEquals("Peter Mwangi", quote(a, "There is no reason").speaker(),
                "Health Minister Dr. X said… ¶ “…,” the Minister said: not the association's secretary quoted before");
        assertEquals("Grace Otieno", quote(a, "We have reported").speaker());
    }

    @Test
    void titlesSpelledOutAndAConstableAfterARankAreNotPartOfTheName() {
        Article a = extract("titles-spelled-out-and-after-ranks.txt");
        assertEquals("Emilia Sandoval-Pike", quote(a, "Where are").speaker(), "Representative X");
        assertEquals("Benedicto Alcaraz", quote(a, "take its time").speaker(), "Senate President Pro Tempore X");
        assertEquals("Rhys Pemberton", quote(a, "She showed").speaker(), "Det Con X");
        assertEquals("Rosario Dimaculangan", quote(a, "Every year").speaker(), "Aling X, a Filipino form of address");
        assertEquals("Con Fitzgerald", quote(a, "We will rebuild").speaker(), "Con opening a name is a given name");
    }

    @Test
    void aFormOfAddressBeforeAGivenNameAloneIsNotPartOfTheName() {
        Article a = extract("form-of-address-before-a-given-name.txt");
        assertEquals("Remedios", quote(a, "The old square").speaker(), "“Doña Remedios, who has sold tamales…”");
        assertEquals("Remedios", quote(a, "Here the sun").speaker());
        assertEquals("Sebastião", quote(a, "People will come").speaker(), "“Seu Sebastião”");
    }

    @Test
    void aWordBeforeTheGivenNameOfOneNamedWholeAndRightAfterAQuoteIsAFormOfAddress() {
        Article a = extract("a-form-of-address-before-the-given-name-of-one-named-whole.txt");
        assertEquals("Chipo Moyo", quote(a, "Every year").speaker(), "Chipo Moyo has sold… ¶ “…,” Mbuya Chipo said");
        assertEquals("Chipo Moyo", quote(a, "Then the water").speaker());
    }

    @Test
    void aWordBeforeAWholeNameThatTheArticleUsesAsARoleForTheSpeakerIsATitle() {
        Article a = extract("forms-of-address-shown-by-use.txt");
        assertEquals("Abdirahman Yusuf Warsame", quote(a, "Water is a gift").speaker(), "Mufti X … “…,” the mufti said");
    }

    @Test
    void aWordBeforeAWholeNameThatTheArticleWritesSmallAndPluralIsWhatThePersonIs() {
        Article a = extract("a-word-the-article-writes-small-and-plural-before-a-name.txt");
        assertEquals("Caoimhe Ní Bhriain", quote(a, "My grandfather").speaker(),
                "Forty apprentices started … Apprentice Caoimhe Ní Bhriain, 19, said");
        assertEquals("Tadhg Ó Ceallaigh", quote(a, "It is all robots").speaker());
    }

    @Test
    void aWordBeforeAWholeNameThatSpeaksWithItsCapitalAfterTheIsThatPersonsOffice() {
        Article a = extract("office-before-a-whole-name-then-the-office-speaks.txt");
        assertEquals("Cabdiraxmaan Xuseen Faarax", quote(a, "People listen").speaker(),
                "Ugaas Cabdiraxmaan Xuseen Faarax, a traditional elder… ¶ “…,” the Ugaas said");
        assertEquals("Cabdiraxmaan Xuseen Faarax", quote(a, "So I go").speaker());
        assertEquals("Pedro Huenchumán Calfuqueo", quote(a, "The road is closed").speaker(), "Lonko Pedro… ¶ the Lonko said");
    }

    @Test
    void aShortFormOfAnHonorificBeforeTheSurnameIsThatHonorific() {
        Article a = extract("forms-of-address-shown-by-use.txt");
        assertEquals("Camille Rabenoro", quote(a, "A contract cannot").speaker(), "Maître Camille Rabenoro … Me Rabenoro said");
    }

    @Test
    void aWordDroppedWhenTwoWhoShareASurnameAreToldApartIsAFormOfAddress() {
        Article a = extract("forms-of-address-shown-by-use.txt");
        assertEquals("Zawadi Mrisho", quote(a, "We wash the children").speaker(),
                "Walimu Zawadi Mrisho … Halima Mrisho, whose son is in Zawadi Mrisho's class");
        assertEquals("Zawadi Mrisho", quote(a, "I cannot leave them").speaker());
        assertEquals("Halima Mrisho", quote(a, "I sell until dark").speaker());
        assertEquals("Nasimiyu Juma Rashidi", quote(a, "We warned in 2019").speaker(),
                "Nasimiyu Juma Rashidi … Juma Rashidi said: nobody else is a Rashidi, so the given name stays");
    }

    @Test
    void aWordDroppedFromOneOfTwoNamesakesWhoBothCarryItIsAFormOfAddress() {
        Article a = extract("a-form-of-address-before-two-namesakes.txt");
        assertEquals("Efua Tsikata", quote(a, "They have copied").speaker(),
                "Mama Efua Tsikata … Mama Dzifa Tsikata … Efua Tsikata said");
        assertEquals("Dzifa Tsikata", quote(a, "People ask me").speaker());
        assertEquals("Efua Tsikata", quote(a, "We are patient").speaker());
    }

    @Test
    void aWordTheArticleSaysSomeoneIsCalledByWithTheirGivenNameIsAFormOfAddress() {
        Article a = extract("forms-of-address-the-article-says.txt");
        assertEquals("Apolinar Chambi", quote(a, "I learned from").speaker(), "children call him Tayta Apolinar");
        assertEquals("Apolinar Chambi", quote(a, "Nobody wrote").speaker());
        assertEquals("Folake Adebisi", quote(a, "We send the photos").speaker(), "Iya Folake, whose legal name is Folake Adebisi");
    }

    @Test
    void aWordAloneIsTheGivenNameOfOneNamedBeforeNotTheSurnameOfOneNamedAfter() {
        Article a = extract("a-given-name-alone-before-a-namesakes-surname.txt");
        assertEquals("Gebre Haile", quote(a, "The water is lower").speaker(), "Ato Gebre Haile, 70, … Gebre said");
        assertEquals("Selam Gebre", quote(a, "Nobody answered").speaker());
        assertEquals("Gebre Haile", quote(a, "I will carry").speaker(), "after his granddaughter Selam Gebre is named");
    }

    @Test
    void aRelativeMetByAGivenNameAloneIsTheOneTheArticleThenNamesWholeWithIt() {
        Article a = extract("a-son-by-given-name-then-named-whole.txt");
        assertEquals("Tobias Whitlow", quote(a, "She kept a notebook").speaker());
        assertEquals("Tobias Whitlow", quote(a, "It is the best record").speaker(),
                "Her son Tobias said… before “…,” Tobias Whitlow said; later Her son Tobias said… “…,” he said");
        assertFalse(a.speakers().contains("Tobias"), a.speakers().toString());
    }

    @Test
    void aRoleBeforeASharedSurnameIsTheNamesakeWhoseAppositionIsFollowedByIsARole() {
        Article a = extract("a-namesake-given-a-role-after-her-apposition.txt");
        assertEquals("Colin Marsh", quote(a, "I used to lie awake").speaker());
        assertEquals("Owen Marsh", quote(a, "She told me it was").speaker(),
                "Their son, Owen Marsh, is a police sergeant in Kirkgate. “…,” Sergeant Marsh says of his mother");
    }

    @Test
    void aWordWithARolesEndingBeforeWholeNamesAndThenASurnameIsATitleBeforeTheSurnameToo() {
        Article a = extract("title-before-whole-names-then-a-surname.txt");
        assertEquals("Anselmo Quispe Huamán", quote(a, "The roof has leaked").speaker(), "Regidor Anselmo Quispe Huamán");
        assertEquals("Wilfredo Ccori", quote(a, "Who pays").speaker(), "Regidor Wilfredo Ccori");
        assertEquals("Anselmo Quispe Huamán", quote(a, "The reserve fund").speaker(), "“…,” Regidor Quispe replied");
        assertEquals("Anselmo Quispe Huamán", quote(a, "It is there").speaker());
    }

    @Test
    void anAgeOpeningASentenceActsNotTheOneNamedAfterIt() {
        Article a = extract("an-age-opening-a-sentence-acts.txt");
        assertEquals("Adaeze Okonkwo", quote(a, "I have waited").speaker(),
                "X batted… ¶ The 29-year-old reached her hundred with a cut off Y. “…,” she said");
    }

    @Test
    void aNationalityOrHometownStandsForThePersonJustNamed() {
        Article a = extract("titles-and-bodies.txt");
        assertEquals("Yelena Sokolova", quote(a, "She played").speaker(), "the Russian-born Kazakh");
        assertEquals("Conor Walsh", quote(a, "That was the best").speaker(), "the Dubliner");
    }

    @Test
    void capitalsAfterAnArticleAreATeamOrABodyNotAPerson() {
        Article a = extract("titles-and-bodies.txt");
        assertNull(quote(a, "cleared for full").speaker(), "the Seattle Sentinels said");
        assertNull(quote(a, "thrilled for Mia").speaker(), "A Tennis Australia spokeswoman said");
        assertNull(quote(a, "real interest").speaker(), "A House Republican aide said");
        assertTrue(a.speakers().stream().noneMatch(s -> s.contains("Sentinels") || s.contains("Australia")
                || s.contains("Republican")), a.speakers().toString());
    }

    @Test
    void aPronounAfterTheQuoteIsTheOneActingNotTheSubjectOfAClauseInTheirSentence() {
        Article a = extract("titles-and-bodies.txt");
        assertEquals("Luis Ferreira", quote(a, "For me it is").speaker(), "…felt… when Ibarra went down. “…,” he said");
        assertEquals("Gareth Dunmore", quote(a, "He was asking").speaker(), "Dunmore said El-Amrani had been…");
        assertEquals("Mia Thornton", quote(a, "It's not an excuse").speaker(), "no one else acts in “The match turned when Thornton won”");
        assertEquals("Shaun Pillay", quote(a, "We are fine").speaker(), "Pillay, whose assistant Deepak Choudhary…, said");
    }

    @Test
    void aPronounAfterAQuotedWordIsTheSubjectNotTheOneInTheWhenClauseAfterIt() {
        Article a = extract("a-pronoun-after-a-quoted-word-and-a-when-clause.txt");
        assertEquals("Dafydd Rhys-Owen", quote(a, "He had something").speaker(),
                "X told the court he had been \"terrified\" when Y came at him. \"…,\" he said");
        assertEquals("Rhiannon Beddoe", quote(a, "frozen").speaker(), "X said she was “frozen” when Y shouted: not Y's, who shouted");
        assertEquals("Rhiannon Beddoe", quote(a, "I just stood").speaker(), "X said she was “frozen” when Y shouted. “…,” she said");
    }

    @Test
    void aNameInAWhoseClauseClosingAnAppositionIsAnAsideNotTheOneWhoSpeaks() {
        Article a = extract("a-whose-clause-closing-an-apposition.txt");
        assertEquals("Calum Macleod", quote(a, "My father lit them").speaker(),
                "Calum Macleod, 71, a retired baker whose grandson Ruaridh Macleod has run…, said… “…,” he said");
        assertEquals("Calum Macleod", quote(a, "Someone may bake").speaker(), "The grandfather said: not the grandson");
    }

    @Test
    void aNameInAPlacesWhereClauseInsideAnAppositionIsNotTheOneWhoSpeaks() {
        Article a = extract("a-place-clause-inside-an-apposition.txt");
        assertEquals("Ewan Forsyth", quote(a, "He never once missed").speaker(),
                "Ewan Forsyth, the secretary of the club where Mr Dunbar played…, said… “…,” he said");
    }

    @Test
    void aTitledNameOpeningItsSentenceBeforeAnAppositionIsItsSubject() {
        Article a = extract("a-titled-name-opening-its-sentence.txt");
        assertEquals("Iain Sinclair", quote(a, "He sat in the same pew").speaker(),
                "The Rev. Iain Sinclair, minister of the parish, said Mr Dunbar had… “…,” he said");
    }

    @Test
    void aCompanyNamedForWhatItRunsIsNotAPerson() {
        Article a = extract("titles-and-bodies.txt");
        assertNull(quote(a, "serious concerns").speaker(), "Ashmoor Coaches, said in a statement");
        assertNull(quote(a, "Queues were longer").speaker(), "Sunward Air said");
    }

    @Test
    void sheIsSurvivedByIsTheObituarysSubjectNotTheOneWhoPaidTribute() {
        Article a = extract("an-obituary-subject-survived-by.txt");
        assertEquals("Imelda Carraway", quote(a, "A pioneer").speaker());
        assertEquals("Rosalind Achterberg", quote(a, "He was the music").speaker(),
                "X has died… Y wrote: “…” ¶ She is survived by… ¶ “…,” she said of him");
    }

    @Test
    void aBirthNameIsTheObituarysSubjectNotSomeoneNewForHeOrShe() {
        Article a = extract("an-obituary-subject-born-under-another-name.md");
        assertEquals("Owen Penrose", quote(a, "at seven").speaker(), "He was born X Y Z in… He later said");
        assertEquals("Owen Penrose", quote(a, "Nobody could spell").speaker(), "“…,” he told an interviewer");
        assertFalse(a.speakers().contains("Owen Thomas Pritchard"), a.speakers().toString());
    }

    @Test
    void aWifeNamedOnlyByHerGivenNameIsMrsAndTheFamilyName() {
        Article a = extract("a-wife-named-by-a-given-name-and-her-title.txt");
        assertEquals("Lorna Fairbairn", quote(a, "The noise").speaker(), "his wife, X, … Mrs. Y said little… “…,” she said");
    }

    @Test
    void theYoungerIsTheChildNamedAsTheRoleHoldersSonThoughOnlyTheParentsAgeIsGiven() {
        Article a = extract("the-younger-of-two-named-as-the-role-holders-child.txt");
        assertEquals("Conor Kerr", quote(a, "He taught me").speaker(),
                "Kerr, 71, … Conor Kerr, the skipper's son, … the younger Kerr smiled. “…,” he said");
        assertEquals("Harold Kerr", quote(a, "Ask me after").speaker());
    }

    @Test
    void aFatherAndSonAreToldApartByTheYoungerWithoutAgesAndByMrSenior() {
        Article a = extract("father-and-son-told-apart.txt");
        assertEquals("Chibuike Okonjo", quote(a, "Maybe another year").speaker(), "X, his son, … the younger Mr Y said");
        assertEquals("Oyelaran Adeyemi", quote(a, "Four o'clock").speaker(), "Mr Y senior said");
    }

    @Test
    void theElderOfTwoNamesakesIsNotTheOneTheBareSurnameMeans() {
        Article a = extract("titles-and-bodies.txt");
        assertEquals("Tyler Kostiuk", quote(a, "I kicked it").speaker());
        assertEquals("Doug Kostiuk", quote(a, "We have found bits").speaker(), "the elder Kostiuk");
    }

    @Test
    void aQuoteAfterASentenceWhoseSubjectActsIsThatPersonsWhateverTheVerb() {
        Article a = extract("after-the-subject.txt");
        assertEquals("Gráinne Whelan", quote(a, "I’d be surprised").speaker(), "Whelan expected further cuts. “…”");
        assertEquals("Bianca Lombardi", quote(a, "Get the insurance").speaker(), "Asked what…, she pauses. “…”");
        assertEquals("Ellie Tamanui", quote(a, "People see you").speaker(), "Tamanui lost three bookings… ¶ “…”");
        assertNull(quote(a, "He is a good man").speaker(), "Moss was arrested… ¶ “…”: the one done to does not speak");
    }

    @Test
    void aNameAfterAPrepositionAndAnAndIsNotTheOneActing() {
        Article a = extract("after-the-subject.txt");
        assertEquals("Siobhán O’Dwyer", quote(a, "Farmers want").speaker(), "meetings in Clonmel and Mallow…, and urged");
    }

    @Test
    void aBodyRightAfterANameIsWhereThePersonIsFromNotTheOneSpeaking() {
        Article a = extract("where-they-are-from.txt");
        assertEquals("Ingrid Solvang-Berg", quote(a, "The barrier buys").speaker(), "X of the Institute of Hydrology said:");
        assertEquals("Mateus Okonjo-Reyes", quote(a, "Nobody has asked").speaker(), "“…,” X, from the … Association, said");
        assertEquals("Priya Venkataraman", quote(a, "already out of date").speaker(), "X at the Office for Flood Risk said");
        assertNull(quote(a, "heated but useful").speaker(), "the organisers of the Valley Fair said: still a body's words");
    }

    @Test
    void aNameWithAnAgeAndARoleInAppositionAfterTheQuoteIsTheSpeaker() {
        Article a = extract("where-they-are-from.txt");
        assertEquals("Eleri Rowlands", quote(a, "I have sandbagged").speaker(), "“…,” X, 47, a baker from Llanfair, told us");
    }

    @Test
    void aCapitalisedTeammateBeforeANameIsNotPartOfIt() {
        Article a = extract("where-they-are-from.txt");
        assertEquals("Jaroslav Kubeček", quote(a, "He is right").speaker());
    }

    @Test
    void aCapitalisedWordEndingInMateBeforeANameIsNotPartOfIt() {
        Article a = extract("companions-and-quoted-nicknames.txt");
        assertEquals("Oskari Lehtinen", quote(a, "She tuned the drones").speaker(), "Bandmate Oskari Lehtinen said");
    }

    @Test
    void saidOneResidentThenANameIsThatPerson() {
        Article a = extract("where-they-are-from.txt");
        assertEquals("Gwenllian Prytherch", quote(a, "We were never consulted").speaker());
        assertEquals("Gwenllian Prytherch", quote(a, "Not once").speaker());
    }

    @Test
    void retortedAndFumedAreSpeechVerbs() {
        Article a = extract("where-they-are-from.txt");
        assertEquals("Dariusz Wolanin", quote(a, "That is simply untrue").speaker());
        assertEquals("Gwenllian Prytherch", quote(a, "Then show us").speaker());
    }

    @Test
    void roaredBellowedAndBarkedAreSpeechVerbs() {
        Article a = extract("loud-speech-verbs.txt");
        assertEquals("Sione Tuilagi", quote(a, "Petrov, your belt").speaker(), "“…,” Tuilagi, 31, roared");
        assertEquals("Sione Tuilagi", quote(a, "Name the date").speaker());
        assertEquals("Delia Marsh", quote(a, "Summer, outdoors").speaker(), "“…,” Marsh barked at reporters");
    }

    @Test
    void followedUpAfterAReportersQuestionIsASpeechVerb() {
        Article a = extract("a-follow-up-question-followed-up.txt");
        assertEquals("Kwabena Mensah", quote(a, "Then why not").speaker(), "“…?” Mensah followed up.");
        assertEquals("Ingrid Solheim", quote(a, "Because the boats").speaker());
    }

    @Test
    void pressedAfterAFollowUpQuestionIsASpeechVerbButNotPressedForSomething() {
        Article a = extract("a-follow-up-question-pressed.txt");
        assertEquals("Tomasz Wrona", quote(a, "So was the target").speaker(), "“…?” Wrona pressed.");
        assertEquals("Kwame Asante", quote(a, "Not on a fair pitch").speaker(), "“…,” he replied: the one asked");
        assertEquals("Kwame Asante", quote(a, "We were never going").speaker(), "The visitors pressed for quick runs");
    }

    @Test
    void reportedAfterAQuoteIsASpeechVerb() {
        Article a = extract("a-reporter-on-air-reported.txt");
        assertEquals("Kwabena Asante", quote(a, "The water is up").speaker(), "“…,” Asante reported.");
        assertEquals("Kwabena Asante", quote(a, "Traders tell me").speaker());
    }

    @Test
    void aSentenceThatOpensWithItsSpeechVerbAndBeamsAndLaughsAfterAQuoteNameTheSpeaker() {
        Article a = extract("verb-first-sentences.txt");
        assertEquals("Nkechi Obi", quote(a, "Nobody asked us").speaker(), "Says Nkechi Obi, who chairs…: “…”, not “Says Nkechi Obi”");
        assertEquals("Tomasz Nowak", quote(a, "We had one teacher").speaker());
        assertEquals("Adaeze Okafor", quote(a, "The letters are going out").speaker());
        assertEquals("Ruth Mensah", quote(a, "They will have to close").speaker());
        assertTrue(a.speakers().stream().noneMatch(s -> s.startsWith("Says") || s.startsWith("Recalls")), a.speakers().toString());
    }

    @Test
    void anImperativeOpeningAQuotedSentenceIsNotPartOfTheNameAfterIt() {
        Article a = extract("after-the-subject.txt");
        assertEquals("Nadia Ferrante", quote(a, "Usually the daughter").speaker(), "“Give Nadia Ferrante’s Agnes…”");
        assertTrue(a.speakers().stream().noneMatch(s -> s.startsWith("Give")), a.speakers().toString());
    }

    @Test
    void anUnknownGivenNameIsAPersonsWhenHisOrHerFollows() {
        Article a = extract("after-the-subject.txt");
        assertEquals("Tavita Leota", quote(a, "We accept this text").speaker(), "Tavita Leota of Samoa did not hide his frustration");
    }

    @Test
    void aMonthThatOpensANameWithNothingDatingItIsAGivenName() {
        Article a = extract("month-as-given-name.txt");
        assertEquals("April Okonkwo-Reyes", quote(a, "I thought someone").speaker(), "April X was stacking chairs ¶ X says");
        assertEquals("April Okonkwo-Reyes", quote(a, "I am not a brand").speaker(), "In June X testified: the month after In");
        assertEquals("Dieter Brandt", quote(a, "We told everybody").speaker(), "Last August Brandt: the month after Last");
        assertTrue(a.speakers().stream().noneMatch(s -> s.startsWith("June") || s.startsWith("August")), a.speakers().toString());
    }

    @Test
    void anUnknownNameRenamedByARoleWrittenAsOneWordIsAPersons() {
        Article a = extract("compound-role-in-apposition.txt");
        assertEquals("Tsegereda Haileyesus", quote(a, "I will be late").speaker(), "was X, a schoolteacher from…, who… she said");
        assertEquals("Tsegereda Haileyesus", quote(a, "The children will").speaker());
        assertEquals("Bolat Zhaksylykov", quote(a, "For once").speaker(), "was X, a steelworker on the night shift, who said… he said");
    }

    @Test
    void anUnknownNameOfAPlaceThenWhoIsAPersons() {
        Article a = extract("name-of-a-place-who.txt");
        assertEquals("Tsultrim Rabgye", quote(a, "A spring is not").speaker(), "Tsultrim Rabgye of Hemis, who was invited…, asked… he said");
        assertEquals("Oyelaran Adekunbi-Falode", quote(a, "We have seen").speaker(), "X from Ikorodu, whose family…, said… she said");
    }

    @Test
    void aQuestionLineInAFactBoxIsNotAnFaqThatSwallowsTheArticle() {
        Article a = extract("factbox.html");
        assertTrue(a.faq().isEmpty(), a.faq().toString());
        assertEquals("Mehmet Aydın", quote(a, "They call me").speaker());
        assertEquals("Friedrich Baumann-Lutz", quote(a, "An employee does not").speaker());
    }

    @Test
    void whoeverARoleStandsForTheOneWhoRepliesIsNotTheOneAnswered() {
        Article a = extract("factbox.html");
        assertEquals("Mehmet Aydın", quote(a, "An entrepreneur sets").speaker(), "“…,” he said. ¶ “…,” the claimant replied");
        assertEquals("Mehmet Aydın", quote(a, "Show me where").speaker());
    }

    @Test
    void whoActsInAParagraphOfNarrationBeforeAReplyIsTheOneWhoReplies() {
        Article a = extract("a-reply-after-narration-and-a-judges-question.txt");
        assertEquals("Rasoa Andriamanana", quote(a, "Someone had my seal").speaker(),
                "Asked by the presiding judge, X, why…, Andriamanana looked at his lawyer before answering. ¶ “…,” he replied");
        assertEquals("Rasoa Andriamanana", quote(a, "I told the auditors").speaker());
    }

    @Test
    void aFragmentInTheReportersSentenceBelongsToItsSubjectPastRelativesParticiplesAndPlaces() {
        Article a = extract("press-and-reviews.txt");
        assertEquals("Dana Okonjo", quote(a, "the best-looking").speaker(), "Dana Okonjo at the Review, who called…");
        assertEquals("Carla Benavides", quote(a, "the biggest thing").speaker(), "stood in a field outside Chillicothe and called…");
        assertEquals("Fionnuala Brady", quote(a, "for March").speaker(), "…for the Women’s Six Nations, insisting…");
        assertEquals("Aparna Krishnamurthy", quote(a, "from genuinely").speaker(), "In practice, says Dr. Krishnamurthy, they vary “…”");
        assertNull(quote(a, "close to the end").speaker(), "the council’s own report warned");
    }

    @Test
    void aWorkNamedInAppositionAfterFeatureSeriesOrPoemIsNotSpeech() {
        Article a = extract("a-work-named-in-apposition.txt");
        assertEquals(List.of("I wanted the faces of people who were really cold,"), a.quotes().stream().map(Quote::text).toList(),
                "Her second feature, “Kun lumi tuli”, shot…; his earlier series, “…”; his new poem, “…”: titles");
    }

    @Test
    void whatWasDescribedAsWithNobodyDescribingItIsATerm() {
        Article a = extract("what-was-described-as.txt");
        assertEquals(List.of("I did not know whether to laugh or to reply,"), a.quotes().stream().map(Quote::text).toList(),
                "She said she had been asked to send… for what was described as a “design library”: a term, not her words");
    }

    @Test
    void aSentenceTellingSomeoneThatAfterAQuoteIsNotItsAttribution() {
        Article a = extract("told-someone-that-after-a-quote.txt");
        assertNull(quote(a, "designed in-house").speaker(),
                "X said in a statement that it “…” and that its arm was “….” Its chief engineer, Y, told reporters that…: X's words");
        assertEquals("Tanvir Deshpande", quote(a, "We have the dated files").speaker());
    }

    @Test
    void wordsChantedInCapitalsAreTheCrowdsSpeech() {
        Article a = extract("chanted-words-in-capitals.txt");
        assertNull(quote(a, "Sack the Board").speaker(), "the home end began chanting “Sack the Board”: a crowd's words");
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().startsWith("Together We Rise")),
                "The club's new slogan, “Together We Rise”, is printed…: a slogan: " + a.quotes());
    }

    @Test
    void aHyphenatedCompoundQuotedAfterOfBeforeItsNounIsATerm() {
        Article a = extract("hyphenated-compound-after-of.txt");
        assertEquals(List.of("People pay more because they believe the tin,"), a.quotes().stream().map(Quote::text).toList(),
                "sells a range of “planet-safe” paints: a kind of paint, not anyone's words");
    }

    @Test
    void wordsPrintedUnderAHeadingAreNotSpeech() {
        Article a = extract("words-under-a-heading.txt");
        assertEquals(List.of("People should know how these things came to be here,"), a.quotes().stream().map(Quote::text).toList(),
                "a new section of the guide under the heading “…”, the museum said: a heading");
    }

    @Test
    void aGameOrAReleaseNamedInAppositionIsNotSpeech() {
        Article a = extract("a-game-or-release-named-in-apposition.txt");
        assertEquals(List.of("We grew too fast and we planned too little,"), a.quotes().stream().map(Quote::text).toList(),
                "its latest release, “…,” sold…; its mobile game, “…,” was pulled: titles");
    }

    @Test
    void aWorkTitledLikeAPersonIsNotANamesakeOfTheOneWhoSpeaks() {
        Article a = extract("a-work-titled-like-a-person.txt");
        assertEquals("Thandeka Dube", quote(a, "Children hear the difference").speaker(),
                "The series, “Ilanga Dube” (…), … said Thandeka Dube … ¶ Dube said: the series is not a Dube");
        assertEquals("Sipho Dube", quote(a, "I do it for my nieces").speaker());
        assertEquals("Thandeka Dube", quote(a, "We will be tired").speaker(), "Dube said after Sipho Dube: not the series");
    }

    @Test
    void aTitleQuotedInsideTheSentenceDoesNotInterruptTheSpeaker() {
        Article a = extract("press-and-reviews.txt");
        assertEquals("Ilse Vandermeer", quote(a, "a small masterpiece").speaker(), "praised the episode, “Title”, as “…”");
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().equals("A Street Without Night")));
    }

    @Test
    void whoAsksAQuestionAtAPressConferenceAsksIt() {
        Article a = extract("press-and-reviews.txt");
        assertEquals("Priya Nandakumar", quote(a, "Could a club").speaker(), "the moderator, X, pressed Brandt…, asking:");
        assertEquals("Eimear Breathnach", quote(a, "Fionnuala, Ogunleye").speaker(), "the first question came from X. “…?”");
        assertEquals("Harjit Sangha", quote(a, "Which is exactly").speaker(), "The mayor interjected. “…”");
        assertEquals("Hannah Mulcahy", quote(a, "She hits like").speaker(), "the Munster lock");
    }

    @Test
    void anInitialAndASurnameIsThePersonKnownByThemAndACapitalisedParticleFindsThemToo() {
        Article a = extract("subjects-and-asides.html");
        assertEquals("Ruan van Wyk", quote(a, "We gave the ball").speaker(), "“…,” Van Wyk said, with “R van Wyk” in a table");
        assertTrue(a.mentions().stream().noneMatch(m -> m.contains("van Wyk")), a.mentions().toString());
    }

    @Test
    void monsieurBeforeASurnameAndAnInitialBeforeAMiddleNameFindThePersonNamedBefore() {
        Article a = extract("monsieur-before-a-surname.txt");
        assertEquals("Karim Abdoulaye Sow", quote(a, "Every summer").speaker(), "“M. Sow said”: Monsieur, not an initial");
        assertEquals("Aminata Sow", quote(a, "We paid").speaker(), "Mme Sow");
        assertEquals("Jean-Baptiste Koffi Ouedraogo", quote(a, "We boil").speaker(), "“J. Ouedraogo” past his middle name");
    }

    @Test
    void theSubjectOfTheSentenceSpeaksPastItsAppositionRelativeClauseOrASecondVerb() {
        Article a = extract("subjects-and-asides.html");
        assertEquals("Tobi Adewale", quote(a, "the only door").speaker(), "X, who performs as “T-Wale” and grew up in Y, said");
        assertEquals("Owain Pritchard", quote(a, "assured in writing").speaker(), "led by X, the MP for Teifi Valley, who said");
        assertEquals("Adaeze Ugwu", quote(a, "a sensible tidy-up").speaker(), "X, policy director at the charity Shelterline, called it");
        assertEquals("Musa Danjuma", quote(a, "unnecessary and").speaker(), "X said the government had paid… and described");
    }

    @Test
    void someoneSaidToFeelSomethingDidNotSayIt() {
        Article a = extract("subjects-and-asides.html");
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().contains("devastated") && q.speaker() != null), a.quotes().toString());
        assertTrue(a.speakers().stream().noneMatch(s -> s.contains("Love Villa")), a.speakers().toString());
    }

    @Test
    void aSurnameWithACapitalisedParticleSharedByTwoIsTheOneTheArticleIsAbout() {
        Article a = extract("names-of-the-trade.txt");
        assertEquals("Pieter van der Walt", quote(a, "I made films").speaker(), "“…,” Van der Walt said, with Annelie van der Walt named too");
    }

    @Test
    void aSurnameOfTwoWordsSharedByTwoIsTheOneJustNamedActingInTheParagraphBefore() {
        Article a = extract("namesake-with-a-two-word-surname.txt");
        assertEquals("Khalid Al Harthi", quote(a, "It is loud").speaker(),
                "“Khalid Al Harthi, …, the director's brother, said he…” ¶ “…,” Al Harthi said");
        assertEquals("Khalid Al Harthi", quote(a, "I heard speakers").speaker());
        assertEquals("Amira bint Saeed Al Harthi", quote(a, "We want people").speaker());
    }

    @Test
    void aSurnameSharedByTwoIsTheOneJustNamedActingInTheParagraphBeforeUnlessNamedAsKin() {
        Article a = extract("namesake-acting-in-the-paragraph-before.txt");
        assertEquals("Tunde Obi", quote(a, "We argued").speaker(),
                "“Reviewer Tunde Obi, who …, chaired the jury.” ¶ “…,” Obi said: not Amaka Obi, named more");
        assertEquals("Tunde Obi", quote(a, "Nobody left").speaker());
        assertEquals("Amaka Obi", quote(a, "Three years").speaker(), "“Her husband, Chidi Obi, said…” ¶ “…,” Obi said");
    }

    @Test
    void aSurnameOfTwoWordsWithoutAParticleSharedByTwoIsStillASurname() {
        Article a = extract("two-word-surname-without-a-particle.txt");
        assertEquals("Carmen Ortega Ruiz", quote(a, "We bake at four").speaker(), "Carmen Ortega Ruiz … Ortega Ruiz told the Levante");
        assertEquals("Carmen Ortega Ruiz", quote(a, "Maybe when I am eighty").speaker(), "after her brother Tomás Ortega Ruiz is named");
        assertEquals("Tomás Ortega Ruiz", quote(a, "The margin was").speaker());
    }

    @Test
    void namesWrittenFamilyNameFirstKeepTheirPeople() {
        Article a = extract("names-of-the-trade.txt");
        assertEquals("Kim Do-hyun", quote(a, "Because fans").speaker(), "CEO Kim");
        assertEquals("Lee Ha-eun", quote(a, "I wish them").speaker(), "“Lee” is her family name and says nothing of her: she");
        assertEquals("Park Eun-ji", quote(a, "Why would you debut").speaker(), "Park Eun-ji, a reporter for…, asked");
        assertEquals("Choi Yu-na", quote(a, "Everything else").speaker(), "“The readers trust Choi Yu-na” does not make her a trust");
    }

    @Test
    void aWomanJustNamedIsTheSheEvenWhenAnEarlierSubjectsGenderIsUnknown() {
        Article a = extract("names-of-the-trade.txt");
        assertEquals("Margaret Fairweather", quote(a, "I've been on your screens").speaker(),
                "an ovation for Margaret Fairweather AO, 79 ¶ “…,” she said, after Dimitri Karalis spoke");
    }

    @Test
    void whatSpeaksInAStatementIsABody() {
        Article a = extract("names-of-the-trade.txt");
        assertNull(quote(a, "a rigorous and independent").speaker(), "In a statement, Culture Connacht said");
        assertTrue(a.speakers().stream().noneMatch(s -> s.contains("Connacht") || s.contains("Sable")), a.speakers().toString());
    }

    @Test
    void whatABodyDescribedAsIsTheBodysNotThePersonNamedBeforeIt() {
        Article a = extract("what-a-body-described.txt");
        assertNull(quote(a, "a precautionary rest").speaker(), "lost X to what the team described as “…”");
    }

    @Test
    void aSpeechVerbAfterAnArticleDescribesTheNounAndDoesNotStopTheSentence() {
        Article a = extract("unnamed-after-opening-phrases.txt");
        assertNull(quote(a, "a temporary measure").speaker(), "The ferry company said in an emailed response that the cuts were “…”");
    }

    @Test
    void aPhraseANameOrAnIndustryTermIsNotSpeechButWhatSomeoneCalledSomethingIs() {
        List<String> texts = extract("terms.txt").quotes().stream().map(Quote::text).toList();
        assertTrue(texts.stream().noneMatch(t -> t.equals("prompt cinema") || t.equals("data-intake") || t.equals("post-editing")
                || t.startsWith("Affordable Homes") || t.startsWith("StoryForge")), texts.toString());
        Article a = extract("terms.txt");
        assertEquals("Darcy Klassen", quote(a, "a goal you just").speaker(), "coach Darcy Klassen later called “…”");
        assertNull(quote(a, "the most brutal").speaker(), "what unions have called “…”: their words, no one named");
        assertEquals("Abena Owusu-Ansah", quote(a, "within the coming").speaker(), "Minister of Education X said … “…”");
    }

    @Test
    void aPortfolioOrAHeadteachersTitleIsNotPartOfTheName() {
        Article a = extract("names-of-the-trade.txt");
        assertEquals("Abena Owusu-Ansah", quote(a, "The money is there").speaker(), "Deputy Minister of Education Abena Owusu-Ansah");
        assertEquals("Akosua Mensah", quote(a, "I support my teachers").speaker(), "Headmistress Akosua Mensah");
    }

    @Test
    void anOfficeOfAPlaceWrittenSmallEndsItsTitleBeforeTheName() {
        Article a = extract("offices-of-places-written-small.txt");
        assertEquals("Ewan Tregaskis", quote(a, "left drivers guessing").speaker(), "assistant coroner for West Penwith X said … “…”");
        assertEquals("Ewan Tregaskis", quote(a, "Mr Penrose was").speaker(), "“…,” Mr Tregaskis said");
        assertEquals("Alison Hernandez-Vye", quote(a, "We will write").speaker(), "Police and crime commissioner for Kernow X said");
        assertNull(quote(a, "studying the findings").speaker(), "A spokeswoman for Carn Brea Aggregates: a body, no one named");
    }

    @Test
    void aTitleThatNamesItsOfficeWithOfOrForIsNotPartOfTheNameAfterIt() {
        Article a = extract("titles-that-name-their-office.txt");
        assertEquals("Imogen Blakeway", quote(a, "Nobody will be left").speaker(), "Secretary of State for Energy Security X said:");
        assertEquals("Daniel Okonkwo-Hart", quote(a, "checked twice").speaker(), "Chancellor of the Exchequer X said … “…”");
        assertEquals("Rhodri Penhallow", quote(a, "The cold kills").speaker(), "“…,” said Chief Medical Officer for Wales X");
        assertEquals("Felicity Annan", quote(a, "I will believe it").speaker(), "Mayor of Greater Bristol X");
        assertEquals("Marcus Delacroix-Hill", quote(a, "It is small").speaker(), "Bank of England Deputy Governor X");
        assertEquals("Harriet Mwangi", quote(a, "follow every pound").speaker(),
                "Chair of the Commons Committee of Public Accounts X said");
        assertEquals("Sunniva Holt", quote(a, "We expect at least").speaker(),
                "Meteorologist X of the Office of…: a name and its body, not a title");
        assertEquals("Ong Siew Ling", quote(a, "again and again").speaker(), "Member of Parliament for Marine Parade GRC X said");
        assertEquals("Imogen Blakeway", quote(a, "It was built for one").speaker(), "the title is her role: “The Secretary of State, … was asked … “…,” she said”");
        assertTrue(a.mentions().stream().noneMatch(m -> m.contains("Exchequer") || m.contains("Bristol") || m.contains("Accounts")),
                a.mentions().toString());
    }

    @Test
    void hyphenatedOfficesRanksWrittenAsInitialsAndAChiefMinisterAreTitlesAndARealtyIsABody() {
        Article a = extract("ranks-written-as-initials.txt");
        assertEquals("Wanjiru Kamau", quote(a, "Officers showed").speaker(), "Inspector-General of Police X said:");
        assertEquals("Lakshmi Raghavan", quote(a, "Nobody was detained").speaker(), "ACP X said");
        assertEquals("Anand Deshpande", quote(a, "close to the timetable").speaker(), "Western Railway CPRO X said");
        assertNull(quote(a, "regretted the disruption").speaker(), "A representative for the owner, Halden Realty, said: a body");
        assertEquals("Bikash Mohanty", quote(a, "no patience left").speaker(), "Odisha CM X said");
        assertEquals("Bikash Mohanty", quote(a, "Every contractor").speaker(), "“…,” the CM said");
        assertEquals("Lorna Dimaculangan", quote(a, "deeply concerned").speaker(), "Palace Press Officer Undersecretary X said");
    }

    @Test
    void aFragmentBeforeTheUnitedStatesIsTheSubjectsNotAVerbsObject() {
        Article a = extract("a-fragment-before-a-country-named-like-a-verb.txt");
        assertEquals("Mark Carney", quote(a, "a fair one").speaker(), "X said the agreement was “…” for the United States");
        assertEquals("Lana Payne", quote(a, "tired of being").speaker(), "X said workers in the United States were “…”");
    }

    @Test
    void aQuotedFragmentBeforeAnotherSpeakersColonClauseIsTheFirstSpeakers() {
        Article a = extract("a-fragment-then-a-colon-clause-of-another.txt");
        assertEquals("Margaret Ashdown-Clegg", quote(a, "a rare gift").speaker(),
                "X said Y had \"…\" Z put it differently: \"…\": the colon clause introduces the next quote");
        assertEquals("Tomasz Wierzbicki", quote(a, "She is ruthless").speaker());
    }

    @Test
    void aQuotedFragmentBeforeButAndOrWhileAndAnotherSpeakerIsTheFirstSpeakers() {
        Article a = extract("two-speakers-joined-by-but.txt");
        assertEquals("Anneliese Varga", quote(a, "a further cut").speaker(), "X said she favoured “…,” but Y said");
        assertEquals("Tobias Mwale", quote(a, "not yet persuaded").speaker());
        assertEquals("Anneliese Varga", quote(a, "encouraging").speaker(), "X called the figures “…,” while Y said");
        assertEquals("Tobias Mwale", quote(a, "one good month").speaker());
    }

    @Test
    void aQuoteAfterAnAttributionWhoseAgeAndAsideEndTheSentenceGoesOnWithTheSpeaker() {
        Article a = extract("a-split-quote-after-an-age-and-an-aside.txt");
        assertEquals("Bartholomew Nkemelu", quote(a, "It tripled").speaker(),
                "“…,” said X, 71, who ran the cafe with his wife, Y, for thirty years. “…”");
    }

    @Test
    void aQuoteAfterAnAttributionWhoseRoleIsRenamedByATitledNameGoesOnWithTheSpeaker() {
        Article a = extract("a-split-quote-after-a-role-then-a-titled-name.txt");
        assertEquals("Oluwaseun Adeyemi-Hart", quote(a, "Right now most women").speaker(),
                "“…,” said the study’s senior author, Dr X. “…”");
    }

    @Test
    void aQuoteAfterAnAsideWithAnAbbreviationGoesOnWithTheSpeaker() {
        Article a = extract("a-split-quote-after-an-aside-with-an-abbreviated-place.txt");
        assertEquals("Marguerite Okonjo-Reyes", quote(a, "This is a signal").speaker(),
                "\"…,\" said Dr. X, a neurologist in St. Paul and the study's lead author. \"…\"");
    }

    @Test
    void aBareQuestionAfterSomeoneAskedSomeoneIsTheAskers() {
        Article a = extract("a-question-after-someone-asked.txt");
        assertEquals("Wilhelmina Osei", quote(a, "Did the mayor meet").speaker(),
                "X of KTVA asked Y about the mayor's comments. “…?”: the asker's, not the one asked");
        assertEquals("Aurelio Ferrante", quote(a, "The mayor meets").speaker());
    }

    @Test
    void aLiveBlogBringingInSomeonesWordsWithHereIsNamesTheSpeaker() {
        Article a = extract("a-live-blog-bringing-in-someones-words.txt");
        assertEquals("Pauline Ashcombe", quote(a, "Taxes are now").speaker(), "Here is X from the Institute…: \"…\"");
        assertEquals("Kwame Osei-Bonsu", quote(a, "The headroom").speaker(), "This is from X, the institute's deputy director: \"…\"");
        assertEquals("Fiona Dalgleish", quote(a, "I have not seen").speaker(), "Here is our political editor X on the mood: ¶ \"…\"");
    }

    @Test
    void aLiveBlogLabelWithASurnameOrAnEmailFromSomeoneNamesTheSpeaker() {
        Article a = extract("a-live-blog-label-with-a-surname.txt");
        assertEquals("Tegwyn Oyelowo-Hart", quote(a, "Massive wicket").speaker(), "X on the broadcast afterwards: “…”");
        assertEquals("Tegwyn Oyelowo-Hart", quote(a, "I will sleep").speaker(), "X: “…”");
        assertEquals("Ruairí Mac Giolla", quote(a, "Is it too early").speaker(), "Email from X: “…?”");
    }

    @Test
    void aLiveBlogLabelWithATitleAndARanksLettersInBracketsNameTheSpeaker() {
        Article a = extract("live-blog-labels-and-ranks-in-brackets.txt");
        assertEquals("Róisín Ní Mhurchú", quote(a, "We have had").speaker(), "Green Party leader X: “…”");
        assertEquals("Babatunde Fashola-Ige", quote(a, "The loan was").speaker(), "X (SAN) told the court: “…”");
    }

    @Test
    void aUsLawmakerIsTheStateAndPartyOfTheTagAfterTheName() {
        Article a = extract("a-lawmaker-by-party-and-state.txt");
        assertEquals("Marguerite Okafor-Lind", quote(a, "too many strings").speaker(),
                "Sen. X, R-Ore., … ¶ The Oregon Republican said … “…”");
        assertEquals("Dashiell Moreau", quote(a, "We are not giving up").speaker(), "Rep. X (D-La.) … “…,” the Louisiana Democrat told");
    }

    @Test
    void aWardInBracketsAfterACouncillorsNameIsNotTheSpeaker() {
        Article a = extract("a-ward-in-brackets-after-the-name.txt");
        assertEquals("Marguerite Tessier", quote(a, "We drew lines").speaker(), "Coun. X (Riverside Heights) said … “…,” she said");
        assertEquals("Marguerite Tessier", quote(a, "Nobody should").speaker());
        assertEquals("Obinna Eze", quote(a, "The old map").speaker(), "Coun. X (St. Vital) disagreed. “…,” he said");
        assertEquals("Tomasz Rennard", quote(a, "It is still").speaker(), "Cllr X (Labour, Ashley) said: \"…\"");
        assertEquals("Edwina Plowright", quote(a, "overbearing").speaker(), "Cllr X (Green, Bishopston and Ashley Down) said");
    }

    @Test
    void lowerRanksAndPeersAreTitlesNotPartOfTheName() {
        Article a = extract("lower-ranks-and-peers.txt");
        assertEquals("Ewan Dalgleish", quote(a, "We did not talk").speaker(), "Pte X said");
        assertEquals("Okonedo-Hale", quote(a, "These are the voices").speaker(), "Baroness X, who…, said:");
        assertTrue(a.mentions().contains("Lachlan Moffat"), a.mentions().toString());
    }

    @Test
    void theTaoiseachAndTheTanaisteAreTitlesAndAClubsSecondWordIsNoPersonsName() {
        Article a = extract("offices-and-clubs.txt");
        assertEquals("Gráinne Ní Bhriain", quote(a, "the best of the city").speaker(), "Taoiseach X said … “…”");
        assertEquals("Colm Furlong", quote(a, "be there in the rain").speaker(), "Tánaiste X said");
        assertNull(quote(a, "I am supporting both").speaker(), "“…,” she said: not Partick Thistle, a club");
    }

    @Test
    void aNameRenamedByTheKindOfBodyItIsIsAnOrganisation() {
        Article a = extract("organisation-renamed-by-the-kind-of-body.txt");
        assertNull(quote(a, "no longer viable").speaker(), "Pentland Orcadia, the ferry company, said");
        assertEquals("Morag Flett", quote(a, "Nobody on Sanday").speaker());
    }

    @Test
    void anOfficeOrAConsortiumSpeaksForItselfNotForAPerson() {
        Article a = extract("names-of-the-trade.txt");
        assertNull(quote(a, "remains committed").speaker(), "the deputy minister’s office said it “…”");
        assertNull(quote(a, "fault in a traction").speaker(), "Trans-Lac Mobilité, the consortium that built the line, said");
    }

    @Test
    void theOfficeOfATwoWordCapitalisedTitleSpeaksForItselfNotForSomeoneWithTheRole() {
        Article a = extract("office-of-a-capitalised-title.txt");
        assertNull(quote(a, "should warn anyone").speaker(),
                "Defense attorney X … the Utah Attorney General's office said the verdict “…”: the office, not the attorney");
        assertEquals("Hamid Sadeghi", quote(a, "He is a bad").speaker());
    }

    @Test
    void aSurnameSharedByTwoIsTheOneActingInItsParagraph() {
        Article a = extract("namesakes.txt");
        assertEquals("Tom Kinsella", quote(a, "Come out to the yard").speaker(),
                "Tom Kinsella farms the land… “…,” Kinsella said — not Pádraig, named more often");
    }

    @Test
    void aRelativeIntroducedBeforeTheirNameIsTheOneTheKinWordMeansLater() {
        Article a = extract("namesakes.txt");
        assertEquals("Vasant Kulkarni", quote(a, "Once is enough").speaker(),
                "Kulkarni’s own father, the veteran cinematographer Vasant Kulkarni … Her father … he says");
    }

    @Test
    void aQuoteAfterSaidWithAKinWordStraightBeforeTheNameGoesOnWithThatSpeaker() {
        Article a = extract("kin-before-a-name-then-a-second-quote.txt");
        assertEquals("Catriona MacLeod", quote(a, "He called it keeping").speaker(),
                "“…,” said his granddaughter Catriona MacLeod of Inverness. “…”: the kin word is hers, not someone else's");
    }

    @Test
    void bareQuotesInAnExchangeOfQuestionsAndAnswersTakeTurns() {
        Article a = extract("exchanges.txt");
        assertEquals("Marcus Oyelaran", quote(a, "And this gets 62").speaker(), "the questioner again, after the answer");
        assertEquals("Tomás Villaseñor", quote(a, "Sixty-two at a time").speaker(), "the one asked, after the question");
        assertEquals("Owen Fitch", quote(a, "Was the delay creative").speaker(), "X asked about “Cold Meridian”, the film… ¶ “…?”");
    }

    @Test
    void japaneseNamesWrittenFamilyNameFirstAndASistersTitle() {
        Article a = extract("exchanges.txt");
        assertEquals("Morikawa Ren", quote(a, "The software makes").speaker(), "Morikawa Ren is arguing with a wave. “…,” Morikawa says");
        assertEquals("Morikawa Yui", quote(a, "My father learned").speaker());
        assertEquals("Noluthando Gqola", quote(a, "We ran out of chairs").speaker(), "Sister Noluthando Gqola");
    }

    @Test
    void aTitleBeforeAWordThatOpensTwoNamesMakesItTheirFamilyName() {
        Article a = extract("title-before-a-family-name-written-first.txt");
        assertEquals("Kinjo Masaru", quote(a, "We found ninety").speaker());
        assertEquals("Kinjo Ayaka", quote(a, "The children ask").speaker(), "“…,” Ms Kinjo said, of Kinjo Masaru’s niece Kinjo Ayaka");
        assertEquals("Kinjo Ayaka", quote(a, "Then they ask").speaker());
    }

    @Test
    void aWordBeforeAFamilyNameThatTakesMrElsewhereIsWhatThePersonIsNotTheirName() {
        Article a = extract("occupation-before-a-family-name.txt");
        assertEquals("Ong Bee Lian", quote(a, "I had to climb").speaker(), "Housewife Ong Bee Lian, 58, … ¶ Mrs Ong said");
    }

    @Test
    void aQuoteRunningOverParagraphsBelongsToWhoeverSpeaksInTheSentenceBeforeIt() {
        Article a = extract("long-quotes.txt");
        assertEquals("Geneviève Lachapelle-Roy", quote(a, "We listened").speaker(),
                "…called it “a vote for stability”. Speaking afterwards, she said… ¶ “… ¶ “…”");
        assertEquals("Geneviève Lachapelle-Roy", quote(a, "Nobody in this building").speaker());
    }

    @Test
    void aNicknameInsideANameAndAFilipinoParticleKeepThePersonWhole() {
        Article a = extract("long-quotes.txt");
        assertEquals("Ramon Ilustre", quote(a, "I told them").speaker(), "Ramon “Mon” Ilustre");
        assertEquals("Paolo Dela Cruz", quote(a, "I wanted the ball").speaker(), "“Dela Cruz said”, with Miguel Dela Cruz too");
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().equals("Mon")), a.quotes().toString());
        assertTrue(a.speakers().stream().noneMatch(s -> s.equals("Dela Cruz")), a.speakers().toString());
    }

    @Test
    void anUnnamedRetireeAndAPoliticiansOfficeSpeakForThemselves() {
        Article a = extract("long-quotes.txt");
        assertNull(quote(a, "How do I know").speaker(), "A retiree in Tampines, who declined to be named, … she said");
        assertNull(quote(a, "strictly in accordance").speaker(), "her office said");
    }

    @Test
    void aBodyAfterOfAndAnAndIsStillNoPerson() {
        Article a = extract("long-quotes.txt");
        assertEquals("Priya Mahadevan", quote(a, "We’re not at 1998").speaker(), "X of Environment and Climate Change Canada said");
        assertTrue(a.speakers().stream().noneMatch(s -> s.contains("Canada")), a.speakers().toString());
    }

    @Test
    void attributionInTheMiddleKeepsOneSpeakerAndHonorificFindsTheFullName() {
        Article a = extract("forms.txt");
        assertEquals("Keir Starmer", quote(a, "We will not let").speaker());
        assertEquals("Keir Starmer", quote(a, "not while I am here").speaker());
    }

    @Test
    void aCapitalisedRoleBeforeAFullNameIsHerRoleNotHerName() {
        Article a = extract("capitalised-role.txt");
        assertEquals("Rosa Gonzaga", quote(a, "Nobody in the market").speaker(), "“Economist Rosa Gonzaga said”");
        assertEquals("Tomas Varga", quote(a, "We will see cuts").speaker(), "“Chief Economist Tomas Varga said:”");
        assertEquals("Tomas Varga", quote(a, "It is too early").speaker(), "“said Varga” finds him");
    }

    @Test
    void aCompoundRoleOrAForecasterBeforeAFullNameIsNoPartOfIt() {
        Article a = extract("compound-role-before-a-name.txt");
        assertEquals("Wirihana Delacroix-Ndiaye", quote(a, "We held on").speaker(), "“Co-owner Wirihana Delacroix-Ndiaye, who…”");
        assertEquals("Dashdorj Ochirbat-Lund", quote(a, "Expect frost").speaker(), "“Forecaster Dashdorj Ochirbat-Lund of…”");
        assertEquals("Tupac Quispe Huamán", quote(a, "Nobody is left").speaker(), "“Co-director Tupac Quispe Huamán, who…”");
    }

    @Test
    void singleQuotesNestedInsideDoubleQuotesBelongToTheOuterQuote() {
        Article a = extract("forms.txt");
        assertEquals("He told me ‘never again’ last time,", quote(a, "He told me").text());
        assertEquals("Margaret Okafor", quote(a, "He told me").speaker());
    }

    @Test
    void roleBeforeTheNameIsNotPartOfTheName() {
        Article a = extract("forms.txt");
        assertTrue(a.speakers().contains("Keir Starmer") && a.speakers().contains("Wes Streeting"), a.speakers().toString());
    }

    @Test
    void theMinisterResolvesToThePersonNamedInThatRole() {
        Article a = extract("forms.txt");
        assertEquals("Wes Streeting", quote(a, "fully funded").speaker());
        assertEquals("Wes Streeting", quote(a, "simply wrong").speaker(), "elided subject: '… and argued that'");
    }

    @Test
    void aTitleAndSurnameNamesAPersonTheStoryNeverGivesAWholeNameTo() {
        Article a = extract("surname-with-a-title-only.txt");
        assertEquals("Haldane", quote(a, "Absolutely not").speaker(), "Asked whether…, Mr Haldane replied: “…”");
        assertEquals("Pike", quote(a, "We were told nothing").speaker(), "“…,” Mrs Pike said.");
        assertEquals("Pike", quote(a, "Nothing at all").speaker());
    }

    @Test
    void aSentenceSayingThatWasHowSomeoneDescribedItGivesTheQuoteBeforeItToThem() {
        Article a = extract("that-was-how.txt");
        assertEquals("Lydia Ngata", quote(a, "A long day").speaker(), "“…” That was how Lydia Ngata, the harbour master, described…");
        assertEquals("Sione Vea", quote(a, "We waited eleven years").speaker(), "“…” That's what Sione Vea, 70, told the crowd");
    }

    @Test
    void aWordAloneBeforeSaidThatIsNoKnownPersonIsNobodyNotTheOneWhoSpokeBefore() {
        Article a = extract("a-surname-never-written-whole.txt");
        assertEquals("Ruud Hallberg", quote(a, "She was outstanding").speaker());
        assertNull(quote(a, "It was a team performance").speaker(),
                "“…,” Lindqvist said, of a surname the story never writes whole: not Ruud Hallberg, who spoke before");
        assertNull(quote(a, "We should have scored three").speaker(), "Lindqvist said: “…”, the same before the quote");
    }

    @Test
    void inversionWithHonorificAndAppositive() {
        assertEquals("Amina Yusuf", quote(extract("forms.txt"), "This is the last single-screen").speaker());
    }

    @Test
    void aQuoteRunningOverParagraphsKeepsItsSpeaker() {
        Article a = extract("forms.txt");
        Quote first = quote(a, "Lose it and");
        Quote second = quote(a, "My grandmother");
        assertEquals("Amina Yusuf", first.speaker());
        assertEquals("Amina Yusuf", second.speaker());
        assertEquals(first.paragraph() + 1, second.paragraph());
    }

    @Test
    void aSpokespersonForAnOrganisationIsNotAPerson() {
        assertNull(quote(extract("forms.txt"), "We have no plans").speaker());
    }

    @Test
    void accordingToASurname() {
        assertEquals("Keir Starmer", quote(extract("forms.txt"), "the decision is now").speaker());
    }

    @Test
    void aPronounForTheSpeakerBetweenTwoQuotesKeepsTheSpeaker() {
        assertEquals("Ruth Okonjo", quote(extract("press-forms.txt"), "People missed shifts").speaker(),
                "“…,” Okonjo said as she opened the press conference. “…”");
    }

    @Test
    void aRelativePronounAsksForTheNameBeforeIt() {
        assertEquals("Dan Pryce", quote(extract("press-forms.txt"), "Why did you not act").speaker(),
                "“came from Dan Pryce of the Evening Gazette, who asked:”");
    }

    @Test
    void theRoleSomeoneWasIntroducedWithStandsForThem() {
        Article a = extract("press-forms.txt");
        assertEquals("Ruth Okonjo", quote(a, "We did act").speaker(), "“The mayor of the Tarn Valley, Ruth Okonjo” … “the mayor replied”");
        assertEquals("Janet Imrie", quote(a, "The door is not closed").speaker(), "“Cllr Imrie said…” then “the chairwoman said”");
    }

    @Test
    void anOfficeWithACapitalNamedWithItsPlaceAndAPersonIsThatPersonLater() {
        Article a = extract("office-of-a-place-named-then-the-office-speaks.txt");
        assertEquals("Solomon Iguru Gafabusa", quote(a, "Every child").speaker(),
                "The Omukama of Bunyoro, Solomon Iguru Gafabusa, … “…,” the Omukama said");
        assertEquals("Rosario Vázquez", quote(a, "We owe it").speaker(), "the Alcalde of Zacatlán, Rosario Vázquez, … ¶ the Alcalde said");
    }

    @Test
    void aPlaceAndAnOfficeBeforeOneNameAreNotPartOfIt() {
        Article a = extract("a-place-before-an-office-before-one-name.txt");
        assertEquals("Siddaramaiah", quote(a, "We will not let").speaker(), "Karnataka Chief Minister X said … “…,” X told");
        assertEquals("Prabowo", quote(a, "much to learn").speaker(), "Indonesian President X, speaking in Jakarta, said");
    }

    @Test
    void anOfficeOfAPlaceIsATitleBeforeTheSurnameOfTheOneNamedInIt() {
        Article a = extract("office-of-a-place-then-before-a-surname.txt");
        assertEquals("Leota Fuimaono", quote(a, "The wall held").speaker(),
                "The Pulenuku of Satupa'itea, Leota Fuimaono, … “…,” Pulenuku Fuimaono said");
        assertEquals("Leota Fuimaono", quote(a, "We lost two").speaker());
        assertEquals("Josaia Naivalu", quote(a, "The rain came").speaker(), "the Turaga-ni-Koro, Ratu Josaia Naivalu, … Turaga Naivalu said");
    }

    @Test
    void anOfficeOfABodyThatReadsLikeATitleIsOneBeforeTheSurnameOfItsHolder() {
        Article a = extract("an-office-of-a-body-before-a-surname.txt");
        assertEquals("Viliami Taufa", quote(a, "Nobody loses").speaker(),
                "Hon. Viliami Taufa, the Speaker of the Assembly, … Speaker Taufa said");
        assertEquals("Semisi Taufa", quote(a, "Fifteen years").speaker(), "not the Speaker, whose cousin he is");
        assertEquals("Viliami Taufa", quote(a, "No bank lends").speaker());
    }

    @Test
    void aNamesakeJustIntroducedReportingTheirOwnWordsIsTheBareSurnameOfTheNextQuote() {
        Article a = extract("a-namesake-introduced-reporting-their-words.txt");
        assertEquals("Rita Costa", quote(a, "The permits were").speaker(),
                "X Costa … Costa said … ¶ A lawyer for…, Rita Costa, had argued… ¶ “…,” Costa told the court");
        assertEquals("Manuel Costa", quote(a, "They told us").speaker());
    }

    @Test
    void aRoleBeforeASurnameSharedByTwoIsTheNamesakeTheArticleGaveThatRole() {
        Article a = extract("a-role-before-a-surname-shared-by-two.txt");
        assertEquals("Aileen Brannock", quote(a, "We are lucky").speaker(),
                "said headteacher Aileen Brannock … Parent Duncan Brannock … Headteacher Brannock said: not a person named Headteacher");
        assertEquals("Aled Pryce", quote(a, "It was the least").speaker(),
                "football club coach Aled Pryce … the goalkeeper, Huw Pryce … Coach Pryce said: not the namesake named last");
        assertEquals("Duncan Brannock", quote(a, "They were climbing").speaker());
    }

    @Test
    void aClubsBossIsTheManagerOrCoachItNamed() {
        Article a = extract("the-clubs-boss-is-its-manager.txt");
        assertEquals("Grzegorz Malinowski", quote(a, "I won’t pretend").speaker(),
                "a sweet afternoon for Harbour Town manager Grzegorz Malinowski… ¶ “…,” the Harbour Town boss said");
        assertEquals("Thandiwe Mokoena", quote(a, "We gave it away").speaker());
    }

    @Test
    void aRoleTheSubjectIsSaidToHoldWithIsOrWasIsTheirsLater() {
        Article a = extract("a-role-said-with-is-or-was.txt");
        assertEquals("Eldon Rutherford-Maines", quote(a, "Tell them to fix").speaker(),
                "X, 84, was the basketball coach at … ¶ the superintendent, Y, said… ¶ “…,” the coach said");
    }

    @Test
    void aRoleAfterSomeoneGivenNoRoleActsInTheParagraphIsTheirsNotTheOneGivenItTheParagraphBefore() {
        Article a = extract("a-role-spoken-by-the-one-acting-in-the-paragraph.txt");
        assertEquals("Callum McGillivray", quote(a, "We've been here").speaker(),
                "Captain X apologised… ¶ Y said his dressing room had “…”. “…,” the skipper said");
        assertEquals("Jamie Tavendale", quote(a, "That one is on me").speaker());
    }

    @Test
    void aRoleSomeoneIsNamedToOrKeepsWithAsIsTheirsLater() {
        Article a = extract("a-role-given-by-appointment.txt");
        assertEquals("Ingrid Nygaard", quote(a, "stung by last season").speaker(),
                "his niece, Ingrid Nygaard, will remain as captain … ¶ The captain … said");
        assertEquals("Ingrid Nygaard", quote(a, "I didn't look at").speaker());
        assertEquals("Halvard Nygaard", quote(a, "Ask me in June").speaker(),
                "X promised … as he was unveiled as the club's new head coach ¶ … the coach smiled. “…,” he replied");
    }

    @Test
    void aRoleActingInAParagraphThatNamesOnlyOnePersonIsThatPersonsLater() {
        Article a = extract("role-acting-in-the-paragraph-of-the-one-named.txt");
        assertEquals("Ngozi Okonkwo-Eze", quote(a, "Eight minutes").speaker(),
                "Ngozi Okonkwo-Eze had been on shift… the captain sat on the tailgate ¶ … the farmer, Tobias Lindgren ¶ “…,” the captain said");
        assertEquals("Tobias Lindgren", quote(a, "They were here").speaker());
    }

    @Test
    void aClauseEndingInAColonOwnsTheQuoteEvenWhenASentenceAboutSomeoneElseFollows() {
        assertEquals("Lena Moss", quote(extract("press-forms.txt"), "Can you guarantee").speaker(),
                "“Lena Moss, of Radio Tarn, asked: “…?” Okonjo said the fare cap…”");
    }

    @Test
    void anElderWhoStandsUpToSpeakIsSomeoneUnnamed() {
        Article a = extract("an-elder-speaks.txt");
        assertNull(quote(a, "Teach them").speaker(), "“an elder from Ha'apai who had come… stood up… “…,” he said”");
        assertNull(quote(a, "The new ones").speaker());
    }

    @Test
    void aSeasonTicketHolderIsSomeoneUnnamed() {
        Article a = extract("a-ticket-holder-speaks.txt");
        assertNull(quote(a, "Every week").speaker(), "one Rovers season-ticket holder summed up… “…,” he said: not the manager");
        assertNull(quote(a, "I should ask").speaker());
    }

    @Test
    void oneWhoseWhoClauseNamesSomeoneIsSomeoneUnnamedWhateverTheNoun() {
        Article a = extract("one-who-names-someone.txt");
        assertNull(quote(a, "the best in the city").speaker(),
                "One devoted follower who tags Haddad on every platform wrote in a review that the loaves were “…”");
        assertEquals("Mariam Haddad", quote(a, "Flour, water").speaker());
    }

    @Test
    void someoneUnnamedWhoStoodAndShoutedSpeaksTheShortCryAfterIt() {
        Article a = extract("someone-unnamed-stood-and-called-out.txt");
        assertNull(quote(a, "Bravo, Nana!").speaker(), "a man near the back stood and shouted “…”: kept, nobody named");
    }

    @Test
    void someoneUnnamedCallingOutAfterAClauseAboutTheLastSpeakerIsNotThem() {
        Article a = extract("someone-unnamed-after-a-clause-about-the-speaker.txt");
        assertNull(quote(a, "Then find").speaker(), "As he sat down, one woman in the public gallery called out: “…”");
        assertEquals("Ama Boateng", quote(a, "Everyone will").speaker());
    }

    @Test
    void someoneUnnamedWhomASpeakerReportsIntroducingAQuoteSpeaksIt() {
        Article a = extract("an-unnamed-one-a-speaker-reports.txt");
        assertNull(quote(a, "My grandson won't").speaker(), "She said one mother had told her: “…”");
        assertEquals("Morag Sinclair", quote(a, "We hear that").speaker());
        assertNull(quote(a, "Give us a second boat").speaker(), "X said a skipper from Lochboisdale had written to him: “…”");
    }

    @Test
    void aPronounAfterSomeoneUnnamedIsNotTheLastPersonNamed() {
        assertNull(quote(extract("press-forms.txt"), "Is this not the moment").speaker(),
                "“A reporter from a national broadcaster asked… “…?” he asked.”");
    }

    @Test
    void someoneWhoDidNotWantTheirNamePublishedIsSomeoneUnnamedWhateverTheNoun() {
        Article a = extract("someone-who-did-not-want-their-name-published.txt");
        assertEquals("Tomasz Brzezinski", quote(a, "We bake half").speaker());
        assertNull(quote(a, "My landlord").speaker(), "One dough mixer, who did not want his name published, said… “…,” he said");
        assertNull(quote(a, "Nobody in this street").speaker());
    }

    @Test
    void someoneUnnamedGivenAnAgeInAppositionTakesThePronounAfter() {
        Article a = extract("unnamed-given-an-age-in-apposition.txt");
        assertNull(quote(a, "heard the alarm").speaker(), "The tenant, a 24-year-old nursing student, … She said she had “…”");
        assertNull(quote(a, "enter again").speaker(), "The entrant, a 31-year-old graphic designer from Kona, … he wrote that…");
    }

    @Test
    void someoneNamedInPassingAndDescribedAtTheEndOfTheSentenceTakesThePronounAfter() {
        Article a = extract("named-in-passing-and-described.txt");
        assertEquals("Ingrid Solheim", quote(a, "We measured").speaker());
        assertEquals("Liv Aasen", quote(a, "I would rather").speaker(),
                "…skippered by Liv Aasen, a physiotherapist from Kragerø… ¶ “…,” she said: not Solheim, acting before");
        assertEquals("Liv Aasen", quote(a, "But I will").speaker());
    }

    @Test
    void aPronounWhoseQuoteNamesTheOneItSeemedToBeIsTheOtherOneOfTheParagraph() {
        Article a = extract("speaker-not-named-in-own-quote.txt");
        assertEquals("Gary Holt", quote(a, "Nico is our leader").speaker(),
                "X defended goalkeeper Nicolás Ferrante, who was at fault… “Nico is…,” he said: not the one named");
        assertEquals("Gary Holt", quote(a, "One mistake").speaker());
        assertEquals("Ruth Alder", quote(a, "Karen never stops").speaker(), "her deputy, Karen Moss, who… “Karen…,” she said");
    }

    @Test
    void aNameJoinedByAndToAnObjectInASentenceSomeoneElseActsInIsAnObjectToo() {
        Article a = extract("parents-named-as-objects.txt");
        assertEquals("Morag Sinclair", quote(a, "My hands shook").speaker(),
                "She grew up…, the eldest of four children of a ferryman, X, and his wife Catherine, a schoolteacher. ¶ She… she said");
    }

    @Test
    void wordsOfSomeoneUnnamedWhoOpensAReportedClauseAreNotTheTellers() {
        Article a = extract("someone-unnamed-in-a-reported-clause.txt");
        assertNull(quote(a, "fully repaired").speaker(),
                "…told the court that an official had walked her field in May and told her the ditch was “…”");
        assertEquals("Mariam Tashkentova", quote(a, "The water never").speaker());
    }

    @Test
    void wordsOfSomeoneUnnamedWhoOpensAClauseReportedWithoutThatAreNotTheTellers() {
        Article a = extract("someone-unnamed-in-a-reported-clause-without-that.txt");
        assertNull(quote(a, "on another site").speaker(),
                "Mr. Haddad said a man eventually picked up and told him the builder was “…”");
        assertEquals("Karim Haddad", quote(a, "Nobody ever called").speaker());
    }

    @Test
    void someoneUnnamedWhoToldTheSubjectSomethingBeforeAColonSpeaksTheQuote() {
        Article a = extract("someone-unnamed-reported-with-a-colon.txt");
        assertNull(quote(a, "We feel forgotten").speaker(), "X said one constituent had told her: \"…\"");
        assertEquals("Ishbel Morrison-Grant", quote(a, "I have raised").speaker());
    }

    @Test
    void aNameReportedBySomeoneUnnamedDoesNotTakeTheirPronoun() {
        Article a = extract("unnamed-subject-reports-on-someone-named.txt");
        assertNull(quote(a, "We heard it").speaker(),
                "One miner, a father of four…, said Mthembu had told them nothing… “…,” he said: the miner, unnamed");
    }

    @Test
    void theRoleOfABodyTheTextDoesNotNameIsNotWhoeverActedInTheParagraphBefore() {
        Article a = extract("office-of-an-unnamed-body-after-someone-acting.txt");
        assertNull(quote(a, "keep every option").speaker(),
                "“The country's agriculture minister, questioned about…, said the government would “…””: nobody named");
        assertEquals("Bríd Ní Fhlatharta", quote(a, "We are paying").speaker());
    }

    @Test
    void aNounOfCompaniesAndPeopleThatSpeaksInAStatementOrIsAWhichIsABody() {
        Article a = extract("a-company-or-person-noun-speaking-as-a-body.txt");
        assertEquals("Rhiannon Pryce", quote(a, "They laughed").speaker());
        assertNull(quote(a, "an addition").speaker(), "The broadcaster said in a statement that…: not Pryce, acting before");
        assertNull(quote(a, "labelled clearly").speaker());
        assertNull(quote(a, "reviewed after").speaker(), "The regional publisher, which owns the station, said");
    }

    @Test
    void aBodyNamedAfterSomeoneThatIsAWhichIsABody() {
        Article a = extract("a-body-named-after-someone-then-which.txt");
        assertNull(quote(a, "seeing record numbers").speaker(),
                "In a statement, Margaret Reid Health System, which runs the county hospital, said it was “…”");
        assertEquals("Imogen Castell", quote(a, "We have been treating").speaker());
    }

    @Test
    void aRoleOfAPlaceTheHolderOfThatRoleWasNeverGivenIsNobodyNamed() {
        Article a = extract("an-office-of-a-place-the-holder-was-never-given.txt");
        assertEquals("Dominic Shaw", quote(a, "Half this harbour").speaker());
        assertNull(quote(a, "taught three generations").speaker(),
                "The Rev. Dominic Shaw, a Methodist minister, … the Scottish rural affairs minister said");
        Article b = extract("an-office-of-a-place-named-by-nobody.txt");
        assertEquals("Siosaia Taufa", quote(b, "The sea gave us").speaker());
        assertNull(quote(b, "repair the wharf").speaker(), "The Vava'u infrastructure minister said, after Captain Taufa spoke");
    }

    @Test
    void aPupilNamedByTheSchoolYearIsSomeoneUnnamed() {
        Article a = extract("a-pupil-named-by-the-school-year.txt");
        assertEquals("Desmond Achterberg", quote(a, "You are asking him").speaker());
        assertNull(quote(a, "This school gave me").speaker(),
                "A sixth-former from Hollins Park read out a speech he had written. ¶ “…,” the boy read");
    }

    @Test
    void theUnnamedOneCalledAgainByTheirRoleIsStillNobodyNamed() {
        Article a = extract("the-unnamed-one-again.txt");
        assertNull(quote(a, "Nobody told us").speaker());
        assertEquals("Maria Okafor-Lindqvist", quote(a, "We will reopen").speaker());
        assertNull(quote(a, "They always say").speaker(), "The former welder was unconvinced. “…,” she said: not the spokeswoman");
        assertNull(quote(a, "I have heard it").speaker());
    }

    @Test
    void someoneUnnamedAfterAPhraseEndingInAPlaceIsNoOneRenamed() {
        Article a = extract("unnamed-after-opening-phrases.txt");
        assertNull(quote(a, "Nobody told us").speaker(), "Outside the terminal in Harlingen, one passenger said she… “…,” she said");
    }

    @Test
    void someoneWhoActsAndAskedNotToBeNamedTakesTheNextPronoun() {
        Article a = extract("unnamed-after-opening-phrases.txt");
        assertNull(quote(a, "The sea is free").speaker(), "a paddler who has crossed for twenty years and asked not to be named");
    }

    @Test
    void someoneUnnamedWhoSaidItOfHerselfTakesThePronounOfTheNextParagraph() {
        Article a = extract("unnamed-says-it-of-herself-then-next-paragraph.txt");
        assertNull(quote(a, "The fish will not").speaker(),
                "“One trader at the pier, who sells… and did not give a name, said she would…” ¶ “…,” she said");
        assertNull(quote(a, "I see my children").speaker(), "“A nurse at the clinic in Kamo said she…” ¶ “…,” she said");
        assertEquals("Hiroko Tanabe", quote(a, "We were not asked").speaker());
    }

    @Test
    void someoneUnnamedAfterAnOpeningPhraseOfSixWordsIsTheOneActing() {
        Article a = extract("unnamed-after-opening-phrases.txt");
        assertNull(quote(a, "I have done this trip").speaker(), "In the waiting room on Friday evening, a grandmother … sat");
    }

    @Test
    void aNameRenamedAsAPersonsRoleIsAPersonThoughItSaidIt() {
        Article a = extract("person-in-apposition-said-it.txt");
        assertEquals("Teodorico Ramírez Huaccha", quote(a, "The paperwork").speaker(),
                "X, a lawyer in Cajamarca who advises the producers, said it would take a year");
        assertEquals("Ngaire Tawhiri-Moana", quote(a, "We finally made").speaker(), "X, an accountant who…, said it had been…");
        assertFalse(a.speakers().contains("Quesera Andina"), a.speakers().toString());
    }

    @Test
    void anOrganisationThatSaysItIsNotASpeaker() {
        Article a = extract("press-forms.txt");
        assertNull(quote(a, "does not comment").speaker());
        assertTrue(a.speakers().stream().noneMatch(s -> s.contains("Kestrel")), a.speakers().toString());
    }

    @Test
    void aNameWithAnHonorificThatSaidItIsAPersonNotABody() {
        Article a = extract("honorific-before-a-name-that-said-it.txt");
        assertEquals("Rebwar Hawrami", quote(a, "We want the town").speaker(), "The project's patron, Sheikh Rebwar Hawrami, said it would…");
        assertEquals("Yerlan Suleimenov", quote(a, "The old quarry").speaker(), "The contractor, Dr Yerlan Suleimenov, said it had…");
    }

    @Test
    void aWifeNamedByHerGivenNameAloneIsAWomanWhoseGenderTheNameDoesNotSay() {
        Article a = extract("wife-named-by-given-name-only.txt");
        assertEquals("Joaquim Barros Pinto", quote(a, "The bridge is faster").speaker(),
                "“with his wife Adelina selling tickets” ¶ … ¶ “…,” he told: not Adelina");
    }

    @Test
    void relativesAreResolvedThroughHowTheyWereIntroduced() {
        Article a = extract("press-forms.txt");
        assertEquals("Bronagh Imrie", quote(a, "We walked everywhere").speaker(), "“Her mother, Bronagh Imrie … her mother says”");
        assertEquals("Delyth Tregear", quote(a, "Nobody told us").speaker(), "“with his wife, Delyth Tregear. She shook her head.”");
        assertEquals("Alun Tregear", quote(a, "We’ll manage").speaker(), "“Her husband put his arm around her. “…,” he said.”");
    }

    @Test
    void anInvertedAttributionEndsWhereTheNameDoes() {
        assertEquals("Lucía Arbeláez", quote(extract("press-forms.txt"), "The data surprised us").speaker(),
                "“said Dr Lucía Arbeláez of the Institute for Transport Studies in Leeds, who led…”");
    }

    @Test
    void aQuoteOpeningASentenceBelongsToWhoeverReactedInTheSentenceBefore() {
        assertEquals("Gary Pond", quote(extract("press-forms.txt"), "Ask me again").speaker(),
                "“When I asked … Gary Pond, whether drivers would strike, he laughed. “…””");
    }

    @Test
    void theOneASentenceIsAboutAfterForIsAPersonWhenHeOrSheFollows() {
        Article a = extract("the-one-a-sentence-is-about-continued-by-a-pronoun.txt");
        assertEquals("Siosaia Vaipulu", quote(a, "If it does not").speaker(),
                "For Siosaia Vaipulu, a grandfather of nine in Neiafu, the ferry… “…,” he said");
        assertEquals("Oyunchimeg Batbayar", quote(a, "We lost").speaker(), "For Oyunchimeg Batbayar, who…, the winter… “…,” she said");
    }

    @Test
    void theOwnerOpeningALedeIsAPersonWhenHeOrSheFollows() {
        Article a = extract("an-owner-opening-the-lede-continued-by-a-pronoun.txt");
        assertEquals("Tupaarnaq Kleist", quote(a, "Every thread").speaker(),
                "X’s woven blankets hang… Last winter she found… ¶ “…,” she wrote");
        assertEquals("Tupaarnaq Kleist", quote(a, "Mind the cat").speaker());
        assertTrue(a.speakers().stream().noneMatch(s -> s.startsWith("Globex")), a.speakers().toString());
    }

    @Test
    void aNameWrittenAsOnlyPeoplesAreIsAPersonEvenWithAnUnknownGivenName() {
        assertEquals("Morwenna Quiller", quote(extract("press-forms.txt"), "We lost half").speaker(),
                "“Quiller, 52,” makes Morwenna Quiller a person");
    }

    @Test
    void anInterviewPrintedAsQuestionsAndNamedAnswersKeepsItsQuotes() {
        Article a = extract("interview-transcript.txt");
        assertTrue(a.faq().isEmpty(), "a Q: followed by 'Marsh:' is an interview, not an FAQ: " + a.faq());
        assertEquals("Tomas Marsh", quote(a, "Mum, you are funnier").speaker());
        assertNull(quote(a, "Do the one about the gravy").speaker(), "a lad at the back is nobody named");
    }

    @Test
    void aQuoteAfterISaidIsNotTheOneWhoSpokeBefore() {
        Article a = extract("i-said-after-someone-else-said.txt");
        assertEquals("Rangi Tawhai", quote(a, "You can turn back").speaker());
        assertNull(quote(a, "Not a chance").speaker(), "… and he said, “…” I said, “…”: the one telling it, not named here");
    }

    @Test
    void anInterviewLabelledByItsOutletInCapitalsHasNoOutletSpeakingAndNoNicknameQuoted() {
        Article a = extract("an-interview-labelled-by-its-outlet.txt");
        assertEquals(List.of("Slow is how Tests are won."), a.quotes().stream().map(Quote::text).toList(),
                "THE STATESMAN: Your teammates called you \"The Anchor.\": a nickname, in a question the outlet asks");
        assertTrue(a.speakers().isEmpty(), "the outlet's label is no person: " + a.speakers());
    }

    @Test
    void anInterviewPrintedAsQuestionsAndUnlabelledFirstPersonAnswersKeepsItsQuotes() {
        Article a = extract("an-interview-whose-answers-are-unlabelled.md");
        assertTrue(a.faq().isEmpty(), "a **Q:** answered by “My grandfather… I still believe him” is an interview: " + a.faq());
        assertEquals("Hemi Tane", quote(a, "Clay remembers").speaker(), "My grandfather, Hemi Tane, … He always said, “…”");
        assertNull(quote(a, "Your bowls sell").speaker(), "a gallery is nobody named");
    }

    @Test
    void namesWithTwoSurnamesFamilyNameFirstOrParticlesKeepTheWholeName() {
        Article a = extract("name-forms.txt");
        assertEquals("Francisca Ibarra Solís", quote(a, "The right to strike").speaker(),
                "“Peru's Labour Minister Francisca Ibarra Solís”: the possessive is not part of the name, “Ibarra” finds her");
        assertEquals("Nguyen Thi Lan", quote(a, "It is a fine record").speaker(), "family name first is not a title");
        assertEquals("Nguyen Thi Lan", quote(a, "But societies").speaker());
        assertEquals("Tomás de la Fuente", quote(a, "genuinely surprised").speaker(), "“De la Fuente said” opening a sentence");
    }

    @Test
    void aSurnameWithItsParticleGluedOnKeepsTheParticleAndMayOpenASentence() {
        Article a = extract("glued-particle-surnames.txt");
        assertEquals("Marcus Pell vanDorn", quote(a, "We cannot patch").speaker(), "“Hon. Marcus Pell vanDorn” ¶ “…,” vanDorn said");
        assertEquals("Marcus Pell vanDorn", quote(a, "The sea does not").speaker());
        assertEquals("Marcus Pell vanDorn", quote(a, "Then it stops").speaker(), "“vanDorn said” opening a sentence");
    }

    @Test
    void anUnknownGivenNameIsAPersonWhenTheSurnameBeforeAParticleActs() {
        Article a = extract("unknown-given-name-before-a-married-name.txt");
        assertEquals("Xiomelys Ortuño de Valle", quote(a, "They cough all night").speaker(),
                "“Xiomelys Ortuño de Valle waited…” ¶ “…,” Ortuño said: her first surname acts, not the one after “de”");
        assertEquals("Xiomelys Ortuño de Valle", quote(a, "There are two nurses").speaker());
    }

    @Test
    void anUnknownGivenNameIsAPersonWhenTheFirstOfTwoSurnamesActs() {
        Article a = extract("a-first-surname-that-speaks-of-an-object-named-whole.txt");
        assertEquals("Uxía Lorenzo Barreiro", quote(a, "I spent a winter").speaker(),
                "“What holds it together is Uxía Lorenzo Barreiro as…” ¶ “…,” Lorenzo said");
        assertEquals("Uxía Lorenzo Barreiro", quote(a, "They never once").speaker());
    }

    @Test
    void surnamesJoinedByAnAndOfTheirOwnLanguageStayOneName() {
        Article a = extract("surnames-joined-by-and.txt");
        assertEquals("Jordi Castells i Bosch", quote(a, "Nobody buys a translation").speaker(), "the Catalan “i”: “Castells said”");
        assertEquals("Jordi Castells i Bosch", quote(a, "So we start").speaker());
        assertEquals("Iolanda Ferraz e Sousa", quote(a, "A machine reads").speaker(), "the Portuguese “e”");
    }

    @Test
    void aNameRenamingTheSubjectOfAClauseAfterAndIsTheOneActing() {
        assertEquals("Oluwaseun Adeyemi-Clarke", quote(extract("name-forms.txt"), "I moved eleven times").speaker(),
                "“…, and the shadow housing secretary, Oluwaseun Adeyemi-Clarke, did not dismiss it. “…,” she said”");
    }

    @Test
    void capitalsOpeningAParagraphBeforeADashAreADatelineNotAPerson() {
        Article a = extract("unknown-dateline.txt");
        assertEquals("Rosa Quishpe", quote(a, "the best thing").speaker(), "“PUERTO AYORA, Ecuador — … we spoke to X. She calls…”");
        assertTrue(a.mentions().stream().noneMatch(m -> m.equals(m.toUpperCase())), a.mentions().toString());
    }

    @Test
    void aRoleWrittenAsOneWordWithWhatItWorksAtIsATitleBeforeAWholeName() {
        Article a = extract("one-word-compound-role-before-a-name.txt");
        assertEquals("Sione Tupou Vea", quote(a, "We use what").speaker(), "Boatbuilder Sione Tupou Vea … Vea said");
        assertEquals("Mele Taumoepeau Fifita", quote(a, "The tourists").speaker(), "Copywriter Mele Taumoepeau Fifita");
    }

    @Test
    void titlesThatNamePlacesOrJobsDoNotMakeThePersonAnOrganisation() {
        Article a = extract("name-forms.txt");
        assertEquals("Jaime Quispe", quote(a, "My father worked").speaker(), "“said crane operator Jaime Quispe”");
        assertEquals("Raymond Tuilagi", quote(a, "We have people").speaker(), "“Alder County Sheriff Raymond Tuilagi”");
    }

    @Test
    void aSurnameThatIsAlsoAPlaceWordIsAPersonsWhenTheArticleWritesTheNameAsOnlyAPersonsIs() {
        Article a = extract("surname-that-is-a-place-word.txt");
        assertEquals("Desmond Harbour", quote(a, "You could hear").speaker(), "“Desmond Harbour, who has built…” ¶ “…,” Harbour said");
        assertEquals("Desmond Harbour", quote(a, "The planks sing").speaker());
        assertEquals("Keisha Harbour", quote(a, "Uncle is right").speaker(), "“His niece, Keisha Harbour, 27,” ¶ “…,” she said");
    }

    @Test
    void aSurnameThatIsACityIsThePersonsWhenTheArticleNamesThemWithAKnownGivenName() {
        Article a = extract("a-surname-that-is-a-city.txt");
        assertEquals("Marcus Chicago", quote(a, "Nobody here").speaker(), "The landlord's lawyer, Marcus Chicago, … “…,” Chicago said");
        assertEquals("Marcus Chicago", quote(a, "The contractors").speaker());
    }

    @Test
    void aSurnameThatIsAPlaceIsAPersonsWhenTheArticleWritesTheWholeNameAsOnlyAPersonsIs() {
        Article a = extract("surnames-that-are-places.txt");
        assertEquals("Lorraine Boston", quote(a, "She is eleven").speaker(),
                "“Lorraine Boston, whose daughter takes the No. 12 bus…” ¶ “…,” Boston told the board");
        assertEquals("Lorraine Boston", quote(a, "We'll be back").speaker(),
                "“As the meeting ended, Boston picked up her coat…” ¶ “…,” she said (not Joan Whitaker)");
    }

    @Test
    void aLedeAboutSomeoneUnnamedQuotesThePersonTheNextParagraphNamesWithTheirAge() {
        Article a = extract("named-in-the-second-paragraph.txt");
        assertEquals("Mereani Vosa Tuilau", quote(a, "only followed").speaker(),
                "“SUVA - A fisheries officer … told the court that she had “…”” ¶ “Mereani Vosa Tuilau, 44, faces…”");
        assertEquals("Mereani Vosa Tuilau", quote(a, "I did not write").speaker());
    }

    @Test
    void accordingToOpeningTheSentenceAttributesTheQuoteLaterInIt() {
        assertEquals("Chen Wei-ling", quote(extract("name-forms.txt"), "concentrated in two").speaker(),
                "“Chen Wei-ling, who tracks…” is a person; “According to Chen, the slowdown was “…””");
    }

    @Test
    void aPronounAfterAnUnnamedSourceIsNobodyButAnAgeInAnAppositionKeepsThePerson() {
        Article a = extract("name-forms.txt");
        assertNull(quote(a, "Nobody is panicking").speaker(), "“A Singapore-based trader, who asked not to be named”");
        assertEquals("Calum Ruadh", quote(a, "That is my mortgage").speaker(), "“Calum Ruadh, 34, a creel fisherman, said”");
    }

    @Test
    void familyNamesWrittenFirstParticlesAndMiddleNamesFindTheSamePerson() {
        Article a = extract("name-forms.txt");
        assertEquals("Seo Min-ji", quote(a, "I grew up poor").speaker(), "“Seo, 44,” makes Seo Min-ji a person: “the director says”");
        assertEquals("Hanneke ter Horst", quote(a, "Red dwarf stars").speaker(), "“ter” joins the name; “Ter Horst said”");
        assertEquals("Joaquim Barbosa", quote(a, "London was so grey").speaker(), "a middle name given later is the same man");
    }

    @Test
    void aNameEndingInASmallArabicArticleKeepsItsRoleInAppositionAsItsOwn() {
        Article a = extract("small-article-name-in-apposition.txt");
        assertEquals("Salim Rashid al-Harthy", quote(a, "I lost three months").speaker(),
                "“X al-Harthy, a trader who…, said he had waited. “…,” he said”: the trader is he, not someone unnamed");
        assertEquals("Salim Rashid al-Harthy", quote(a, "But the roof").speaker());
        assertEquals("Nour el-Khatib", quote(a, "The prices are fair").speaker());
    }

    @Test
    void arabicArticlesTitlesNamingBodiesAndHonorificsWithFamilyNamesFirst() {
        Article a = extract("name-forms.txt");
        assertEquals("Mahmoud el-Sayed", quote(a, "Every season").speaker(), "“el-Sayed said”, lower case");
        assertEquals("Karim al-Masri", quote(a, "only the first of many").speaker(), "“Irrigation Minister Karim al-Masri”");
        assertEquals("Dolores Ibáñez", quote(a, "This is about whether").speaker(), "“Schools Chancellor Dolores Ibáñez”");
        assertEquals("Park Seo-yeon", quote(a, "In Korea").speaker(), "“Ms. Park” is Park Seo-yeon");
    }

    @Test
    void titlesAgesAsidesAndNewcomersAfterTheQuoteFindTheSpeaker() {
        Article a = extract("name-forms.txt");
        assertEquals("Mark Bellamy", quote(a, "Knife crime").speaker(), "“Chief Supt Mark Bellamy” is “the chief superintendent”");
        assertEquals("Dale Lindgren", quote(a, "You could see it coming").speaker(), "“Dale Lindgren, 67, said”");
        assertEquals("Samuel Adeyemi", quote(a, "an attack on all of us").speaker(), "“The Bishop of Northfield, the Rt Rev Samuel Adeyemi, has condemned”");
        assertEquals("Omar Farouk", quote(a, "This is not an emergency").speaker(), "“the American College” is not “the American”");
        assertEquals("Adebola Ogunbiyi", quote(a, "The textbook is not wrong").speaker(), "“As Ogunbiyi put it to me:”");
        assertEquals("Bernadette Quinn", quote(a, "She was the kindest").speaker(), "introduced in the next sentence, as only people are");
    }

    @Test
    void titlesOfPapersAndSignsAreNotSpeechButLongTitledNamesAreWhole() {
        Article a = extract("name-forms.txt");
        List<String> texts = a.quotes().stream().map(Quote::text).toList();
        assertTrue(texts.stream().noneMatch(t -> t.startsWith("Energetic limits") || t.startsWith("Pay Us")), texts.toString());
        assertEquals("Thomas E. Brandt", quote(a, "Nobody is going to throw").speaker(),
                "“Senate Majority Leader Thomas E. Brandt, R-Kan., said”");
    }

    @Test
    void anEmailsSubjectLineIsNotSpeech() {
        Article a = extract("an-emails-subject-line.txt");
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().startsWith("Final notice")), a.quotes().toString());
        assertEquals("Agnieszka Wróbel", quote(a, "We cannot pass").speaker());
    }

    @Test
    void rolesGivenInAppositionsAndAQuoteParagraphAfterAContinuedQuote() {
        Article a = extract("name-forms.txt");
        assertEquals("Frank Doyle", quote(a, "He is not the finished").speaker(), "“Frank Doyle, the trainer … the trainer says”");
        assertEquals("Margaret Ashdown", quote(a, "What we are offering").speaker(),
                "the previous paragraph closed with her quote, itself the second half of “…,” she told the meeting. “…”");
    }

    @Test
    void anUnknownFirstNameBeforeAKnownOneIsPartOfTheNameAndADescriptionIntroducesTheNextQuote() {
        Article a = extract("name-forms.txt");
        assertEquals("Jessa Mae Abarquez", quote(a, "We have six hundred").speaker(), "“Jessa” is no title");
        assertEquals("Calum Ruadh", quote(a, "That is my mortgage").speaker());
        Quote meeting = quote(a, "I was called into an office");
        assertTrue(meeting.speaker() != null, "“She then described a meeting…” ¶ “…”: " + meeting);
    }

    @Test
    void aLabelEndingInAColonIntroducesTheQuoteParagraphAfterItAndMembersAreTheirInitials() {
        Article a = extract("name-forms.txt");
        assertEquals("Peter Kiprono", quote(a, "We are comfortable").speaker(), "“Peter Kiprono, speaking at his hotel:” ¶ “…”");
        assertEquals("Julian Pryce-Morgan", quote(a, "This is about parental choice").speaker(),
                "“the Conservative Member of the Senedd … the Conservative MS said”");
    }

    @Test
    void aBodysQuotedWordsAreAQuoteWithNoSpeakerButWhatItCallsItsProductsIsNot() {
        Article a = extract("name-forms.txt");
        assertNull(quote(a, "painful but unavoidable").speaker(), "“The company said the measures were “…””");
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().startsWith("Origami")), a.quotes().toString());
    }

    @Test
    void someoneUnnamedStandsForPronounsOnlyInTheirOwnParagraph() {
        Article a = extract("name-forms.txt");
        assertEquals("Abena Osei", quote(a, "I thought I would do it").speaker(), "“a neighbour told her” one paragraph before");
        assertNull(quote(a, "They should never have sold").speaker(), "“A pensioner …, who did not want to be named, was blunter.”");
    }

    @Test
    void aParagraphThatIsOnlyAQuoteGoesOnInTheVoiceThatClosedThePreviousOne() {
        Article a = extract("name-forms.txt");
        assertEquals("Malcolm Ferris", quote(a, "Treat them like villains").speaker());
        assertEquals("Nicholas Rafferty", quote(a, "Then who did you ask").speaker(),
                "a bare question after an answer is the other side of the exchange: the one who asked before");
    }

    @Test
    void scareQuotesNicknamesAndTitlesAreNotQuotes() {
        List<String> texts = extract("forms.txt").quotes().stream().map(Quote::text).toList();
        assertTrue(texts.stream().noneMatch(t -> t.equals("lifeline") || t.equals("the Old Lady") || t.equals("Brief Encounter")), texts.toString());
        assertEquals(11, texts.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"cp1252.txt", "utf16le.txt", "utf16be.txt", "utf8bom.txt", "cr-nbsp.txt"})
    void everyEncodingReadsIntoTheSameText(String fixture) {
        Article a = extract(fixture);
        assertEquals("The café owner, Renée Duval, spoke on Friday.", a.paragraphs().get(0));
        assertEquals("“Nobody comes here for the coffee,” Duval said. “They come for the films.”", a.paragraphs().get(1));
        assertEquals(List.of("Renée Duval", "Renée Duval"), a.quotes().stream().map(Quote::speaker).toList());
        assertTrue(!a.title().startsWith("\uFEFF") && !a.title().contains("\r"), a.title());
    }

    @Test
    void aLiveBlogWithAnArticleForEachEntryKeepsEveryEntry() {
        Article a = extract("live-blog.html");
        assertEquals(List.of("Rachel Amis", "Rachel Amis", "Jenna Treloar", "Chloe Tregenza"),
                a.quotes().stream().map(Quote::speaker).toList());
        assertTrue(a.paragraphs().stream().noneMatch(p -> p.contains("Stay safe") || p.contains("cookies")
                || p.contains("harbour wall,")), "no comments, banners or captions: " + a.paragraphs());
    }

    @Test
    void aLiveBlogWithADivForEachEntryKeepsEveryEntry() {
        Article a = extract("live-blog-divs.html");
        assertEquals(List.of("Declan Foyle", "Tunde Bakare", "Rachel Kowalczyk"), a.quotes().stream().map(Quote::speaker).toList());
    }

    @Test
    void divsWhoseTestIdSaysParagraphAreTheArticlesParagraphs() {
        Article a = extract("paragraphs-as-test-id-divs.html");
        assertEquals(4, a.paragraphs().size(), "the four paragraph divs, not the consent banner: " + a.paragraphs());
        assertTrue(a.paragraphs().stream().noneMatch(p -> p.contains("cookies")), a.paragraphs().toString());
        assertEquals(List.of("Crew worries"), a.headings());
        assertEquals("Morwenna Pascoe", quote(a, "Passengers will").speaker());
        assertEquals("Idris Llewellyn", quote(a, "We have heard").speaker());
    }

    @Test
    void aVideoPlayerBetweenParagraphsIsNotTextAndDoesNotBreakASpeakersQuotes() {
        Article a = extract("a-video-player-between-paragraphs.html");
        assertTrue(a.paragraphs().stream().noneMatch(p -> p.contains("Play Video") || p.contains("not a crisis")), a.paragraphs().toString());
        assertEquals("Callum Ferrie", quote(a, "I know the fans").speaker(), "the paragraph after the player goes on with Ferrie's words");
    }

    @Test
    void aPastedNewsPageLosesItsFurnitureLines() {
        Article a = extract("pasted-news-page-furniture.txt");
        String all = String.join("\n", a.paragraphs()) + "\n" + String.join("\n", a.headings());
        for (String junk : List.of("Share full article", "Credit...", "Listen to this article", "SKIP ADVERTISEMENT", "minutes ago",
                "Getty Images", "WATCH NOW", "VIDEO 02:14", "valid email", "appears in print", "Copyright", "All rights reserved",
                "Picture: Kerenza")) {
            assertFalse(all.contains(junk), junk + " in " + all);
        }
        assertEquals("Morwenna Tregaskis", quote(a, "It is the one").speaker());
        assertEquals("Jory Angove", quote(a, "People come").speaker());
    }

    @Test
    void aPastedPagesButtonsNewsletterAndCommentBoxesAreDropped() {
        Article a = extract("a-pasted-page-with-its-buttons-and-boxes.txt");
        List<String> all = new java.util.ArrayList<>(a.paragraphs());
        all.addAll(a.headings());
        assertEquals(List.of("The county council agreed on Thursday to turn the old keepers' cottages at Pendeen into a museum of the coast.",
                "Councillor Tamsin Kerrow said the cottages had stood empty too long. \"They deserve better than a padlock,\" she said.",
                "Bryok Pascoe, who kept the light until 1991, said he would give the museum his logbooks. \"Every storm is in there,\" he said."),
                all);
        assertEquals("Tamsin Kerrow", quote(a, "They deserve").speaker());
        assertEquals("Bryok Pascoe", quote(a, "Every storm").speaker());
    }

    @Test
    void savedWebPageBecomesTheArticleWithoutTheSiteAroundIt() {
        Article a = extract("saved-page.html");
        assertEquals("Projectionists Fear the Algorithm", a.title());
        assertEquals(LocalDate.of(2025, 2, 11), a.date());
        assertEquals("https://dailyreel.example/news/projectionists-fear-the-algorithm", a.source());
        assertEquals(List.of("A Trade in Decline"), a.headings());
        assertEquals(5, a.paragraphs().size());
        String all = String.join("\n", a.paragraphs());
        for (String junk : List.of("cookies", "Share on", "newsletter", "Related articles", "Leave a Reply",
                "email address", "All rights reserved", "By Sam Writer", "window.dataLayer", "Subscribe")) {
            assertTrue(!all.contains(junk), junk);
        }
        assertEquals(List.of("Harold Finch", "Priya Nair"), a.speakers());
        assertEquals("Priya Nair", quote(a, "a choice, not a law").speaker());
        assertEquals(List.of("Sam Writer"), a.authors(), "the page's author is its byline");
    }
    @Test
    void thePhotographerInAPastedCaptionsCreditIsNotTheNextPronoun() {
        Article a = extract("a-pasted-caption-with-a-photographers-credit.txt");
        assertEquals("Angus MacAulay", quote(a, "hundreds of thousands").speaker(),
                "… 'Nobody in Edinburgh cares,' he says. Photograph: X/The Herald ¶ He said … “…”");
        assertTrue(a.mentions().isEmpty(), a.mentions().toString());
    }

    @Test
    void aCaptionCopiedWithItsPictureCreditHasNoQuotesOfTheStory() {
        Article a = extract("pasted-caption-with-credit.txt");
        assertEquals(List.of("We judged what was in front of us,"), a.quotes().stream().map(Quote::text).toList(),
                "…praised by the panel for its “quiet imperfection”. PHOTO: HARBOURSIDE CERAMICS AWARD");
        assertEquals("Mei Ling Tan", a.quotes().get(0).speaker());
    }

    @Test
    void aPastedStandfirstBetweenTheHeadlineRepeatedAndTheBylineIsNotTheStory() {
        Article a = extract("pasted-standfirst-before-byline.txt");
        assertEquals(List.of("We cannot sail at a loss,", "by at least half"), a.quotes().stream().map(Quote::text).toList(),
                "Headline ¶ Operators say fares will have to rise “by at least half”… ¶ By Chidinma Eze");
        assertEquals("Babatunde Okafor", a.quotes().get(1).speaker());
    }

    @Test
    void aClassSayingFurnitureIsSwitchedOffDoesNotMakeTheArticleFurniture() {
        Article a = extract("layout-modifier-classes.html");
        // <div class="site-main has-sidebar"> and <div class="entry-content no-share hide-comments">
        // hold the story; <div class="share-buttons"> and <div class="sidebar"> are still furniture
        assertEquals(4, a.paragraphs().size(), a.paragraphs().toString());
        assertEquals(List.of("Ingrid Solberg", "Knut Aasen", "Ingrid Solberg"), a.quotes().stream().map(Quote::speaker).toList());
    }

    @Test
    void aWrapperHoldingTheHeadlineAndMostOfTheStoryIsNotFurnitureWhateverItsClassSays() {
        Article a = extract("layout-classes-after-a-furniture-word.html");
        // <div class="layout sidebar-right"> and <div class="post-wrap social-share-enabled comments-open">
        // hold the headline and the story; <aside class="sidebar"> beside it is still furniture
        assertEquals(5, a.paragraphs().size(), a.paragraphs().toString());
        assertEquals(List.of("Harriet Okonkwo-Blythe", "Martin Stubbington", "Priyanka Lalwani"),
                a.quotes().stream().map(Quote::speaker).toList());
    }

    @Test
    void aWrapperHoldingNearlyAllTheStoryBelowAHeadlineSetApartIsNotFurnitureButACommentThreadIs() {
        Article a = extract("layout-classes-below-a-headline-set-apart.html");
        // <header><h1>…</h1></header> then <div class="entry-content sidebar-left"> with the story, and a
        // <section class="comments-area"> longer than the story, still furniture
        assertEquals(List.of("Harriet Okonkwo-Blythe", "Martin Stubbington", "Priyanka Lalwani"),
                a.quotes().stream().map(Quote::speaker).toList());
        assertTrue(a.paragraphs().stream().noneMatch(p -> p.contains("Reader")), a.paragraphs().toString());
    }

    @Test
    void furnitureNamedInCamelCaseIsLeftOutOfASavedPage() {
        Article a = extract("camel-case-furniture.html");
        // <div class="shareTools">, <p class="imgCaption">, <div class="storyTags">Short link: …, and the
        // byline <div class="storyInfo"><span>Morwenna Tregear</span>, <span>Wednesday 4 Mar 2026</span>, and
        // the links under "More news", the section labels above the headline ("Culture", "Film"), the wire
        // credits "(Reporting by …; Editing by …)" and "© 2026 … All rights reserved."
        assertEquals(3, a.paragraphs().size(), a.paragraphs().toString());
        assertTrue(a.paragraphs().get(0).startsWith("The Harbour Picture House"), a.paragraphs().toString());
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().contains("frame by frame")), a.quotes().toString());
        assertEquals("Jory Pascoe", quote(a, "We found it").speaker());
        assertEquals("Hedra Nankivell", quote(a, "Every third frame").speaker());
    }

    @Test
    void theAuthorsNameUnderAHeadlineAndStandfirstIsABylineNotAPersonWhoSpeaks() {
        Article a = extract("byline-below-the-standfirst.html");
        // the author's name is the fourth block, after a badge, the headline and a standfirst:
        // still a byline, and with the reading time gone it would sit just above "the driver asked me"
        assertTrue(a.paragraphs().stream().noneMatch(p -> p.equals("Litia Naivalu") || p.contains("min read") || p.contains("Member")),
                a.paragraphs().toString());
        assertNull(quote(a, "What time is it now?").speaker(), "the driver is nobody named");
        assertEquals(List.of(), a.headings(), "the headline repeated under a badge is not a heading of the body, nor the standfirst "
                + "under it (h2.subtitle)");
        assertEquals("Semi Tuilau", quote(a, "The timetable is a suggestion").speaker());
    }

    @Test
    void aRoleSetBesideANameMakesAPersonOfAnUnknownGivenName() {
        Article a = extract("roles-beside-unknown-names.txt");
        assertEquals("Hedra Nankivell", quote(a, "Every third frame").speaker(),
                "Its technician, Hedra Nankivell, said… “…,” she said: a trade is a role as a director is");
        assertEquals("Tamsin Keverne", quote(a, "The tints had faded").speaker(), "Tamsin Keverne, its colourist, said");
        assertNull(quote(a, "We could not send").speaker(), "Filmcare, a company in Bristol, names no role");
    }

    @Test
    void kinSetBesideANameMakesAPersonOfAnUnknownGivenName() {
        Article a = extract("kin-beside-an-unknown-name.txt");
        assertEquals("Quiteria Manuel", quote(a, "The small one").speaker(),
                "Quiteria Manuel, a grandmother of five in Viana who…, said… ¶ “…,” she said");
        assertEquals("Quiteria Manuel", quote(a, "They will see").speaker());
        assertNull(quote(a, "printed by hand").speaker(), "Pinheiro Gráfica, a sister company of the studio: a firm's kin");
    }

    @Test
    void aRoleWordBeforeTheBodyItDescribesIsNobodyWhoSpeaks() {
        Article a = extract("roles-beside-unknown-names.txt");
        assertEquals("Jory Pascoe", quote(a, "Nobody had opened").speaker(),
                "said Jory Pascoe, who chairs the volunteer trust that runs the cinema. “…”: no volunteer is named");
    }

    @Test
    void aWholeNameThatHeOrSheContinuesIsAPersonWhateverTheGivenName() {
        Article a = extract("he-or-she-next.txt");
        assertEquals("Ngaire Tuhiwai", quote(a, "There are boxes").speaker(),
                "Ngaire Tuhiwai taught… She kept every letter… “…,” she said");
        assertEquals("Tipene Marino", quote(a, "We had borrowed").speaker(),
                "Tipene Marino ran… ¶ In a 2012 interview, he recalled… “…,” he said");
        assertNotEquals("Kōwhai Systems", quote(a, "We are hiring").speaker(), "a quoted name is a thing's");
    }

    @Test
    void aWholeNameWhoseWordsAHeOrSheQuoteFollowsIsAPerson() {
        Article a = extract("he-or-she-next.txt");
        assertEquals("Ruta Kazlauskienė", quote(a, "Art outlives").speaker(),
                "Ruta Kazlauskienė opened… “Art…,” she said: the capital inside the quote names nobody");
        assertEquals("Hemi Tautahi", quote(a, "Forty years").speaker(), "Hemi Tautahi cut the ribbon. ¶ “…,” he said");
    }

    @Test
    void sheikhaBeforeAWholeNameIsAFormOfAddressAndBeforeASurnameAGivenName() {
        Article a = extract("he-or-she-next.txt");
        assertEquals("Noor bint Saleh Al Marri", quote(a, "We are proud").speaker());
        assertEquals("Sheikha Al-Kuwari", quote(a, "It took all summer").speaker());
    }

    @Test
    void theSubjectOfTheSentenceTakesTheHeEvenWhenAManIsNamedAfterAPreposition() {
        Article a = extract("roles-and-anonymity.txt");
        assertEquals("Jasvir Gill", quote(a, "Those numbers").speaker(),
                "Gill conceded the questions raised by Quayle. “…,” he said: Gill's gender is unknown, Quayle's is not");
        assertEquals("Jasvir Gill", quote(a, "We will find").speaker());
    }

    @Test
    void anUnknownGivenNameOfANamedOutletWhoAsksIsAPerson() {
        assertEquals("Fatoumatta Njie", quote(extract("named-outlet-after-an-unknown-name.txt"), "Has the bonus issue").speaker(),
                "Fatoumatta Njie of Kairaba Radio asked whether…. \"…?\" she asked: the outlet does not ask");
    }

    @Test
    void aNameAfterThroughIsTheMeansNotTheOneWhoAsks() {
        assertEquals("Ramón Giménez", quote(extract("name-after-through.txt"), "Were you happy").speaker(),
                "Ramón Giménez … asked whether … going ahead through Ezequiel Duarte…. “…?” he asked");
    }

    @Test
    void aMinisterForAPortfolioIsTheMinisterLater() {
        Article a = extract("roles-and-anonymity.txt");
        assertEquals("Gráinne Ní Mhurchú", quote(a, "the biggest change").speaker(),
                "Minister for Transport Gráinne Ní Mhurchú told the chamber the deal was “…”");
        assertEquals("Gráinne Ní Mhurchú", quote(a, "Pleased and very tired").speaker(),
                "The Minister … was asked whether she was pleased, after Ms Corr spoke");
    }

    @Test
    void westAfricanFormsOfAddressAndHonorificsInAnAppositionAreNotPartOfTheName() {
        Article a = extract("roles-and-anonymity.txt");
        assertEquals("Musa Danladi", quote(a, "We will keep").speaker(), "Alhaji Musa Danladi");
        assertEquals("Ifeoma Nwachukwu", quote(a, "He is welcome").speaker(),
                "The harbour board's director, Dr Ifeoma Nwachukwu, … “…,” the director said");
    }

    @Test
    void saidXInversionEndsTheNameAtWhatFollowsIt() {
        Article a = extract("roles-and-anonymity.txt");
        assertEquals("Ewan MacAskill", quote(a, "I never doubted").speaker(),
                "said ferry captain Ewan MacAskill after the vote was counted");
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().startsWith("Tides")),
                "“Tides and Times”, said he had been…: a title and a reported clause, not “said he”");
    }

    @Test
    void someoneDescribedAndThenKeptUnnamedIsTheSheOfTheNextParagraph() {
        Article a = extract("unnamed-across-a-paragraph.txt");
        assertNull(quote(a, "I finished at one").speaker(), "“One woman among them, who did not want to be named, said…” ¶ “…,” she said");
        assertNull(quote(a, "Nobody should").speaker());
        assertNull(quote(a, "Now I start").speaker(), "“who asked that her name not be used”: her");
    }

    @Test
    void someoneWhoAskedNotToBeNamedIsTheOneActingAndHasNoName() {
        Article a = extract("roles-and-anonymity.txt");
        assertNull(quote(a, "Without the boat").speaker(),
                "A deckhand who has worked on the route since the 1990s, and who did not want to be named, …");
    }

    @Test
    void someoneWhoGaveOnlyAFirstNameIsKnownByIt() {
        Article a = extract("roles-and-anonymity.txt");
        assertEquals("Morag", quote(a, "It is the only way").speaker(), "One passenger, who gave her name only as Morag,");
    }

    @Test
    void someoneUnnamedWhoGaveANameOnlyIsTheSpeakerByThatName() {
        Article a = extract("a-name-given-only-as.txt");
        assertEquals("Chidubem", quote(a, "I have been here").speaker(), "A taxi driver, who gave his name only as X, said: “…”");
        assertEquals("Halima", quote(a, "We sell out").speaker(), "“…,” said a cashier who gave her name only as X.");
    }

    @Test
    void someoneSaidToUseOneNameIsKnownByIt() {
        Article a = extract("someone-who-uses-one-name.txt");
        assertEquals("Oyunbileg", quote(a, "They shout").speaker(), "Head puppeteer Oyunbileg, who uses a single name, said");
        assertEquals("Oyunbileg", quote(a, "That is the best").speaker());
        assertEquals("Thuzar", quote(a, "We fixed it").speaker(), "Thuzar, who like many in Myanmar goes by one name,");
    }

    @Test
    void oneWordThatSpeaksRenamedByARoleIsAPersonOfOneName() {
        Article a = extract("one-word-that-speaks-renamed-by-a-role.txt");
        assertEquals("Tsetsegmaa", quote(a, "We lost forty goats").speaker(), "said Tsetsegmaa, the district’s doctor in…");
        assertEquals("Tsetsegmaa", quote(a, "By then the spring").speaker(), "Tsetsegmaa said … “…,” she said");
    }

    @Test
    void oneWordAfterARoleWrittenSmallIsAPerformerOfOneName() {
        Article a = extract("one-name-performers.txt");
        assertEquals("Rema", quote(a, "I told my mother").speaker(), "The singer X closed the festival … “…,” X said");
        assertEquals("Kojey", quote(a, "I only came").speaker(), "Comedian X joined them: the role opening the sentence is no name");
        assertEquals("Nadia Rose", quote(a, "the loudest").speaker(), "Rapper X Y: a whole name as before");
    }

    @Test
    void oneWordThatSpeaksInTheFirstPersonOrIsFollowedByWhoIsAPersonOfOneName() {
        Article a = extract("one-name-stars.txt");
        assertEquals("Nyomi", quote(a, "I have never sung").speaker(), "“I have never…,” X told reporters");
        assertEquals("Nyomi", quote(a, "It was beautiful.").speaker());
        assertEquals("Brixa", quote(a, "I was terrified").speaker(), "“…,” said X, who closed the festival");
        assertEquals("Brixa", quote(a, "Then I stopped").speaker());
        assertEquals("Tavorne", quote(a, "This is my last tour").speaker(), "X, who turns 40 next month, said: “…”");
        assertNull(quote(a, "We are delighted").speaker(), "“We are…,” Festivo said: a company, no person");
        assertEquals("Kaelo", quote(a, "That story is false").speaker(), "“…,” X said in a statement. He added…");
    }

    @Test
    void aLiveBlogCopiedFromTheBrowserLosesItsListOfHeadlinesAndItsUpdateStamp() {
        Article a = extract("pasted-live-blog.txt");
        assertTrue(a.paragraphs().stream().noneMatch(p -> p.contains("Energy bills")), "Most read ¶ … ¶ Energy bills…: " + a.paragraphs());
        assertTrue(a.headings().stream().noneMatch(h -> h.contains("minutes ago") || h.equals("Key events")), a.headings().toString());
        assertEquals("Fergus Lindsay", quote(a, "I've been here").speaker());
        assertEquals("Helen Marchetti", quote(a, "There is a danger").speaker());
        assertNull(quote(a, "Passengers should not").speaker());
    }

    @Test
    void aPageCopiedFromTheBrowserLosesWhatItPrintsBeforeTheFirstParagraphAndItsTags() {
        Article a = extract("pasted-page-header-and-tags.txt");
        assertEquals(List.of(), a.headings(), "News ¶ UK Politics ¶ the byline ¶ the date ¶ Listen… ¶ a caption ¶ Read More ¶ "
                + "headlines ¶ More about ¶ tags: none of them the story's headings");
        assertTrue(a.paragraphs().stream().noneMatch(p -> p.startsWith("More about") || p.startsWith("Join our")), a.paragraphs().toString());
        assertEquals(5, a.paragraphs().size(), a.paragraphs().toString());
        assertEquals("Owen Pryor", quote(a, "Take that away").speaker());
        assertEquals("Leah Doran", quote(a, "The technology has").speaker());
    }

    @Test
    void whatAPagePrintsAfterItsStoryIsNotTheStory() {
        Article a = extract("page-trailers.html");
        assertEquals(3, a.paragraphs().size(), "the writer's note, a correction, a live page's stamp, a wire update note, a plea for "
                + "money, a paywall's count, a numbered headline and the topics: " + a.paragraphs());
        assertEquals("Nadia Rowe", quote(a, "We will not let it").speaker());
    }

    @Test
    void anArticleQuotingWithSingleMarksAsTabloidsDoHasItsQuotesFound() {
        Article a = extract("tabloid-single-quotes.txt");
        assertEquals(List.of("Kelly Morton", "Kelly Morton", "Kelly Morton", "Paul Gresham", "Paul Gresham", "Dawn Price", "Dawn Price"),
                a.quotes().stream().map(Quote::speaker).toList(), a.quotes().toString());
        assertEquals("The parents' views matter to us and we'll review this in the summer.", a.quotes().get(4).text(),
                "a possessive inside the quote does not close it");
        assertTrue(a.paragraphs().get(2).startsWith("'My boys"), "the article's own marks are kept: " + a.paragraphs().get(2));
    }

    @Test
    void aPageWrappedInOneFormFromHeaderToFooterKeepsItsArticle() {
        Article a = extract("form-wrapped-page.html");
        assertEquals(List.of("Ines Varga", "Ines Varga", "Tomas Brandt"), a.quotes().stream().map(Quote::speaker).toList(),
                "<form id=\"aspnetForm\"> around the whole page, as ASP.NET writes it");
        assertTrue(a.paragraphs().stream().noneMatch(p -> p.contains("Leave a comment") || p.contains("News")),
                a.paragraphs().toString());
    }

    @Test
    void aCalloutCardRepeatingAQuoteIsNotBodyText() {
        Article a = extract("a-callout-card-repeating-a-quote.html");
        assertEquals(List.of("We wanted the harbour to hear its own story,", "I listened to the fishermen's wives for a year,"),
                a.quotes().stream().map(Quote::text).toList(), "no <div class=\"kg-callout-card\">, Ghost's boxed aside");
    }

    @Test
    void aPullQuoteBuiltAsAPageComponentIsNotBodyText() {
        Article a = extract("component-page.html");
        assertEquals(List.of("Hannah Okoro", "Hannah Okoro", "Felix Arden", "Felix Arden"),
                a.quotes().stream().map(Quote::speaker).toList(), "no <div data-component=\"quote-block\">");
        assertTrue(a.paragraphs().stream().noneMatch(p -> p.contains("More on this story") || p.equals("Priya Landor")),
                a.paragraphs().toString());
    }
    @Test
    void malayFijianAndGhanaianTitlesAreDroppedAndTheGivenNameTheyGoWithFindsThePerson() {
        Article a = extract("names-of-the-region.txt");
        assertEquals("Salmah binti Yusof", quote(a, "We see new faces").speaker(), "Puan Salmah binti Yusof ¶ Puan Salmah said");
        assertEquals("Arumugam Pillai", quote(a, "This is overdue").speaker(), "Dato' Dr. Arumugam Pillai ¶ Dr. Arumugam said");
        assertEquals("Sevanaia Nawalu", quote(a, "They sold their crops").speaker(), "Ratu Sevanaia Nawalu ¶ Ratu Sevanaia said");
        assertEquals("Kofi Asante II", quote(a, "Our children come first").speaker(),
                "Nana Kofi Asante II ¶ Nana Asante said: the regnal number is part of the name");
    }

    @Test
    void longNamesKeepTheirFirstWords() {
        Article a = extract("names-of-the-region.txt");
        assertEquals("Ma. Cristina Dizon", quote(a, "We will not sign").speaker(), "Ma. is Maria, as Filipinos write it");
        assertEquals("Syed Zulqarnain Ali Naqvi", quote(a, "Nobody had mapped").speaker(),
                "a given name (Ali) inside a long name does not make the words before it a title");
        assertEquals("Pádraig Dunleavy", quote(a, "The bridge comes first").speaker(), "stays: Minister for Public Works");
    }

    @Test
    void someoneGivenOnlyAFirstNameIsAPersonByThatName() {
        Article a = extract("names-of-the-region.txt");
        assertEquals("Bashir", quote(a, "Nobody wants a cart").speaker(), "said Bashir, a cart driver who gave only his first name");
        assertEquals("Tevita", quote(a, "I cried then too").speaker(), "Tevita, a 71-year-old supporter");
        assertEquals("Elspeth", quote(a, "I liked her").speaker(), "Elspeth, … who would not give her surname, ¶ she said");
    }

    @Test
    void theMotherOfFiveIsTheWomanJustDescribedNotSomeonesMother() {
        Article a = extract("names-of-the-region.txt");
        assertEquals("Rosario Dimaculangan", quote(a, "He would not leave").speaker());
    }
    @Test
    void aRelativeIntroducedWithHerOrHisIsTheOneThatPhraseMeansLater() {
        Article a = extract("relatives.txt");
        assertEquals("Otieno Mwangi", quote(a, "Nobody asked the big studios").speaker(),
                "Her brother Otieno Mwangi, who produced the video, … ¶ Her brother was more combative. “…,” he said");
    }

    @Test
    void herGranddaughterIsTheOtherPersonOfHerSurname() {
        Article a = extract("relatives.txt");
        assertEquals("Amani Kariuki", quote(a, "That is not true").speaker(),
                "Mrs Kariuki … ¶ Her granddaughter, cleaning the brushes, laughs. “…,” she says");
        assertEquals("Grace Kariuki", quote(a, "a terrible painter").speaker(),
                "stays: Her granddaughter, she added, had been “…”");
    }
    @Test
    void theMagistrateIsTheOneIntroducedWithThatTitle() {
        Article a = extract("courts-and-counts.txt");
        assertEquals("Ramona Gopaul-Singh", quote(a, "Bail is refused").speaker(),
                "before Magistrate Ramona Gopaul-Singh ¶ The magistrate said: “…”");
    }

    @Test
    void theElderOfTwoWithASurnameOpeningWithAParticleIsTheOtherOne() {
        Article a = extract("courts-and-counts.txt");
        assertEquals("Tane Te Huia", quote(a, "The sums get worse").speaker());
        assertEquals("Rawiri Te Huia", quote(a, "In 1988").speaker(), "“…,” the elder Te Huia said");
    }

    @Test
    void aGaelicSurnameWithItsArticleIsOneName() {
        Article a = extract("courts-and-counts.txt");
        assertEquals("Seonag Nic an t-Saoir", quote(a, "We talked about buses").speaker(), "Nic an t-Saoir said");
    }
    @Test
    void aThaiRankGoesWithTheGivenName() {
        Article a = extract("ranks-and-replies.txt");
        assertEquals("Kanokwan Thepsiri", quote(a, "Some of them had not left").speaker(),
                "Pol Col Kanokwan Thepsiri ¶ Pol Col Kanokwan said");
    }

    @Test
    void aSurnameThatAsksMakesTheFullNameBeforeItAPerson() {
        Article a = extract("ranks-and-replies.txt");
        assertEquals("Nethmi Gunawardhana", quote(a, "When did you first").speaker(),
                "presented by Nethmi Gunawardhana ¶ “…?” Gunawardhana asked");
    }

    @Test
    void someoneInvitedToComeIsTheObjectNotTheOneWhoSpeaksNext() {
        Article a = extract("someone-invited-to-come-is-no-one-who-answers.txt");
        assertEquals("Tshilidzi Mudzanani", quote(a, "Let him carry").speaker(),
                "Mudzanani said …, and invited Mokoena to come. “…,” he said: not one invited to answer");
        assertEquals("Tshilidzi Mudzanani", quote(a, "Then we can talk").speaker());
    }

    @Test
    void heAfterASentenceOpeningWithWhatHeWasAskedIsTheOneAnswering() {
        Article a = extract("asked-about-someone-then-he-said.txt");
        assertEquals("Gareth Holloway", quote(a, "He trained today").speaker(), "Asked about Y's hamstring, he said: “…”");
        assertEquals("Gareth Holloway", quote(a, "in the morning").speaker(), "Asked whether Y would start, he said … “…”");
    }

    @Test
    void heRepliedAfterAQuestionIsTheOneAsked() {
        Article a = extract("ranks-and-replies.txt");
        assertEquals("Ranjith Abeysekera", quote(a, "My grandson played").speaker(),
                "“…?” Gunawardhana asked ¶ “…,” he replied: not the one who asked");
    }

    @Test
    void heRepliedAfterSomeoneUnnamedAskedIsTheOneNamedBefore() {
        Article a = extract("unnamed-asker.txt");
        assertEquals("Kristjan Poldma", quote(a, "They will pay half").speaker(),
                "A reporter … asked whether… ¶ “…,” he replied: not the reporter");
    }

    @Test
    void heSaidAfterSomeoneUnnamedAskedWhetherIsTheOneNamedBefore() {
        Article a = extract("he-said-after-someone-unnamed-asked-whether.txt");
        assertEquals("Arjun Raghavan", quote(a, "No,").speaker(),
                "A television reporter asked whether the minister would apologise… “…,” he said: not the reporter");
        assertEquals("Arjun Raghavan", quote(a, "I will apologise").speaker());
    }

    @Test
    void heRepliedToAQuestionNobodyNamedAskedIsTheOneWhoSpokeBefore() {
        Article a = extract("reply-to-a-question-nobody-named-asked.txt");
        assertEquals("Kwabena Owusu-Ansah", quote(a, "Every day").speaker(),
                "“…,” he said ¶ Asked whether he would miss the tower, he looked… “…,” he replied: nobody else to reply");
        assertEquals("Kwabena Owusu-Ansah", quote(a, "But my knees").speaker());
    }

    @Test
    void oneWordNamesWithAnAgeOrKnownOnlyByThemArePeople() {
        Article a = extract("ranks-and-replies.txt");
        assertEquals("Kagiso", quote(a, "Our teacher said").speaker(), "Kagiso, 15, said");
        assertEquals("Ivy", quote(a, "I came here").speaker(), "known to her neighbours only as Miss Ivy");
    }

    @Test
    void aSentenceAdverbIsNotPartOfTheNameAfterIt() {
        Article a = extract("ranks-and-replies.txt");
        assertEquals("Lucía Ferreyra", quote(a, "The camera was").speaker(), "Maybe Lucía Ferreyra will follow");
    }

    @Test
    void herHusbandMakesTheManNamedAfterItAMan() {
        Article a = extract("ranks-and-replies.txt");
        assertEquals("Chipo Banda", quote(a, "They told me to wait").speaker(),
                "Chipo Banda, 24. Her husband, Tendai Banda, … ¶ Mrs Banda said");
    }

    @Test
    void ofTwoWomenWhoShareASurnameMrsIsTheOneNotAlreadyCalledMs() {
        Article a = extract("ms-and-mrs-namesakes.txt");
        assertEquals("Rachel Whitfield", quote(a, "We rang four times").speaker(), "Her daughter-in-law, X … ¶ Ms Whitfield said");
        assertEquals("Edna Whitfield", quote(a, "They were lovely lads").speaker(), "Mrs Whitfield, who is now recovering…, said… she said");
        assertEquals("Edna Whitfield", quote(a, "They just came").speaker());
    }
    @Test
    void aPassiveVerbInTheSentenceBeforeIsNotItsSubjectSpeaking() {
        Article a = extract("clauses-and-companies.txt");
        assertEquals("Marguerite Lalanne", quote(a, "Not for the plays").speaker(),
                "Asked … what she wanted to be remembered for, Lalanne was characteristically blunt. ¶ “…”");
    }

    @Test
    void aHeOpeningTheSentenceAfterAWholeNameOutweighsTheGenderGuessedFromItsGivenName() {
        Article a = extract("a-guessed-gender-corrected-by-the-next-sentences-pronoun.txt");
        assertEquals("Courtney Mbeki", quote(a, "You could not miss it").speaker(),
                "Courtney Mbeki had spent… In stoppage time, he finally…; later Asked whether he had heard them, Mbeki smiled. ¶ “…,” he said");
    }

    @Test
    void aNameAfterAnAuxiliaryAndAVerbIsItsObjectAndDoesNotTakeTheNextHe() {
        Article a = extract("a-name-after-did-not-and-a-verb-is-an-object.txt");
        assertEquals("Gareth Pollard", quote(a, "If you judge a baking contest").speaker(),
                "He said he did not blame Ferrers as much as the judges. ¶ “…,” he added");
        assertEquals("Dominic Ferrers", quote(a, "I did not expect").speaker());
    }

    @Test
    void aNameInsideAWhichClauseDoesNotTakeTheSentencesHe() {
        Article a = extract("clauses-and-companies.txt");
        assertEquals("Sanath Perera", quote(a, "Her voice paid").speaker(),
                "stays: Sanath Perera … sent a message, which Senanayake read aloud on air. “…,” he wrote");
    }

    @Test
    void aCompanyRenamedAsTheCompanyWhoseIsNotAPerson() {
        Article a = extract("clauses-and-companies.txt");
        assertNull(quote(a, "a valid title").speaker(), "Greenhill Estates, the company whose hoardings…, said in a statement");
        assertTrue(a.speakers().stream().noneMatch(s -> s.contains("Greenhill")), a.speakers().toString());
    }

    @Test
    void aHungarianNameInTheHungarianOrderIsAPersonAndHerSurnameFindsHer() {
        Article a = extract("clauses-and-companies.txt");
        assertEquals("Kovács Boglárka", quote(a, "A machine makes").speaker(), "Kovács answered at length. “…,” she said");
    }
    @Test
    void militaryRanksSpelledOutAreTitles() {
        Article a = extract("more-names.txt");
        assertEquals("Dashdorj Batbayar", quote(a, "We have reached").speaker(), "said Colonel Dashdorj Batbayar");
    }

    @Test
    void aNameAfterAQuoteAndItsVerbIsAPersonSoAGivenNameWithAnAgeFindsThem() {
        Article a = extract("more-names.txt");
        assertEquals("Hrefna Þórðardóttir", quote(a, "The deadline").speaker(),
                "“…,” said Hrefna Þórðardóttir ¶ Hrefna, 52, …: the same woman, not a new one called Hrefna");
    }

    @Test
    void indonesianAndEthiopianFormsOfAddressGoWithTheGivenName() {
        Article a = extract("more-names.txt");
        assertEquals("Sutrisno", quote(a, "The road comes first").speaker(), "Pak Sutrisno, a one-word name");
        assertEquals("Girma Wolde", quote(a, "She was seven").speaker(),
                "Ato Girma is Girma Wolde, though his daughter's surname is Girma");
    }

    @Test
    void deLosIsOneSurnameEvenOpeningASentence() {
        Article a = extract("more-names.txt");
        assertEquals("Sebastián de los Santos", quote(a, "Football is cruel").speaker(), "De los Santos said");
    }
    @Test
    void ofTwoWhoShareASurnameTheBareSurnameIsTheLivingOne() {
        Article a = extract("the-late-and-the-living.txt");
        assertEquals("Vikram Bhandari", quote(a, "My father chose").speaker(),
                "his late father, the veteran star Mohan Bhandari ¶ “…,” Bhandari told reporters");
        assertEquals("Teresa Kowalski", quote(a, "I kept waiting").speaker(), "Teresa Kowalski, Piotr's widow ¶ Kowalski said");
    }

    @Test
    void aRoleInTheSpeakersAppositionDoesNotStopTheNextQuoteBeingHers() {
        Article a = extract("the-late-and-the-living.txt");
        assertEquals("Aoibheann Daly", quote(a, "It is a fight about last year").speaker(),
                "“…,” said Aoibheann Daly, the guild's chair. “…”");
    }
    @Test
    void aSentenceWithAFragmentInsideStillNamesWhoSpeaksAfterIt() {
        Article a = extract("the-late-and-the-living.txt");
        assertEquals("Rosa Castillo", quote(a, "That part was the hardest").speaker(),
                "Castillo, who was elected … to put AI “…”, said the agreement covered old footage too. “…”");
    }
    @Test
    void theRetireeIsThePersonJustDescribed() {
        Article a = extract("elders-and-retirees.txt");
        assertEquals("Teo Kah Leong", quote(a, "My grandson studies").speaker(), "Mr Teo Kah Leong, 71, … ¶ said the retiree");
    }

    @Test
    void eldersTitlesAndCounselAreNotPartOfTheName() {
        Article a = extract("elders-and-retirees.txt");
        assertEquals("May Thompson", quote(a, "The old people knew").speaker(), "Aunty May Thompson: May is her name");
        assertEquals("Rohan Maraj", quote(a, "This will be in the High Court").speaker(), "Counsel Rohan Maraj");
    }
    @Test
    void aQuestionFromOneReporterIsNobodysNotTheManagersBefore() {
        Article a = extract("press-conference.txt");
        assertNull(quote(a, "Did you think").speaker(), "“…?” one reporter asked, after the boss 'was then asked'");
        assertEquals("Stevie Gallacher", quote(a, "Not for a second").speaker());
    }

    @Test
    void aProvincialMembersTitleIsNotPartOfTheName() {
        Article a = extract("press-conference.txt");
        assertEquals("Dawn Kerrigan", quote(a, "Fans deserve better").speaker(), "MPP Dawn Kerrigan");
    }
    @Test
    void aParagraphEndingInAColonAfterALeadingPhraseHandsOnToItsSpeaker() {
        Article a = extract("press-conference.txt");
        assertEquals("Aroha Ngata", quote(a, "I started this").speaker(),
                "In a letter to volunteers, seen by the Courier, Ms Ngata wrote: ¶ “…”");
    }
    @Test
    void aNameFollowedByByIsNotTheOneActing() {
        Article a = extract("press-conference.txt");
        assertEquals("Helena Marsh", quote(a, "a message that has been").speaker(),
                "Dr Helena Marsh … led Liberal candidate Amanda Fitzgerald by 56 to 44 ¶ the 54-year-old said");
    }
    @Test
    void aClauseEndingInAColonGivesTheQuoteToItsSubject() {
        Article a = extract("press-conference.txt");
        assertEquals("Luc Tremblay", quote(a, "Pay us, credit us").speaker(),
                "Luc Tremblay, a Montreal writer who works in both official languages, had a simpler message: “…”");
    }

    @Test
    void theEightyOneYearOldIsThePersonGivenThatAge() {
        Article a = extract("press-conference.txt");
        assertEquals("Brigid Faherty", quote(a, "We look after each other").speaker(),
                "stays: Brigid Faherty, 81, … her son Seán Faherty … ¶ the 81-year-old said");
    }
    @Test
    void anOperatorNamedForItsTrainsIsABodyEvenWhenItsFirstWordIsAGivenName() {
        Article a = extract("press-conference.txt");
        assertNull(quote(a, "made every effort").speaker(), "In a statement, Sydney Trains said");
        assertTrue(a.speakers().stream().noneMatch(s -> s.contains("Trains")), a.speakers().toString());
    }
    @Test
    void usLocalOfficesAndAProvostAreTitlesNotPartsOfTheName() {
        Article a = extract("titles-and-parts.txt");
        assertEquals("Darnella Pike", quote(a, "He is right that").speaker(), "City Councilwoman Darnella Pike … Pike said");
        assertEquals("Dana Whitfield", quote(a, "persistently low enrolment").speaker(), "Provost Dana Whitfield said");
        assertEquals("Dana Whitfield", quote(a, "We kept what").speaker());
        assertTrue(a.speakers().stream().noneMatch(s -> s.startsWith("Provost")), a.speakers().toString());
    }

    @Test
    void chicagosAbbreviatedAldermanIsATitleNotASentenceEnd() {
        Article a = extract("an-abbreviated-alderman.txt");
        assertEquals("Marisol Quintero", quote(a, "Every one of these streets").speaker(), "“…,” said Ald. Marisol Quintero, 12th, who…");
        assertEquals("Marisol Quintero", quote(a, "We are late already").speaker());
    }

    @Test
    void canadasAbbreviatedCouncillorIsATitleNotASentenceEnd() {
        Article a = extract("an-abbreviated-councillor.txt");
        assertEquals("Priya Raman", quote(a, "Every empty lot is a choice").speaker(), "“…,” said Coun. Priya Raman, who…");
        assertEquals("Priya Raman", quote(a, "We made the wrong one").speaker());
        assertTrue(a.speakers().stream().noneMatch(s -> s.startsWith("Coun")), a.speakers().toString());
    }

    @Test
    void theOneAskedWhetherSomeoneElseDidAnswersNotTheOneAskedAbout() {
        Article a = extract("asked-him-whether-another.txt");
        assertEquals("Tobias Reed", quote(a, "Once, from the street").speaker(),
                "Marsh asked him whether Pryce had ever shown him the flat. “…,” he said: the him answers");
        assertEquals("Tobias Reed", quote(a, "We never went inside").speaker());
        assertEquals("Tobias Reed", quote(a, "I saw a door").speaker());
    }

    @Test
    void aPronounAfterAQuestionAboutSomeoneIsTheOneAskedNotTheOneAskedAbout() {
        Article a = extract("asked-about-someone-then-a-pronoun.txt");
        assertEquals("Declan Royle", quote(a, "It's swollen").speaker(),
                "“…,” Harriers manager Declan Royle said ¶ Asked about Prentice's knee, he added: “…”");
        assertEquals("Ingrid Solberg", quote(a, "She has not read").speaker(),
                "“…,” Solberg said ¶ Asked about Berg's criticism, she replied: “…”");
    }

    @Test
    void anAgeAfterAQuestionAboutSomeoneIsTheOneAskedNotTheOneAskedAbout() {
        Article a = extract("asked-about-someone-then-an-age.txt");
        assertEquals("Anders Holm", quote(a, "You should ask").speaker(),
                "“…,” said Holm ¶ Asked whether Okoye would sign a new deal, the 51-year-old grinned. “…”");
    }

    @Test
    void aRoleThePreviousParagraphSpeaksOfIsNotItsSubject() {
        Article a = extract("titles-and-parts.txt");
        assertNull(quote(a, "I have, and it was").speaker(), "Ortiz asked the president whether… ¶ “…,” the president replied");
        assertEquals("Lena Ortiz", quote(a, "Then why are you").speaker(), "“…?” Ortiz shot back");
    }

    @Test
    void aNameAfterSaidThatWithATitleIsTheReportedClausesSubjectNotTheOneActing() {
        Article a = extract("titles-and-parts.txt");
        assertEquals("Helen Ashby", quote(a, "There was no bond").speaker(),
                "Helen Ashby KC told jurors that Mr Carrow had sold … a product he called the “…” ¶ the prosecutor said");
    }

    @Test
    void aPartSomeonePlaysIsNotAPerson() {
        Article a = extract("titles-and-parts.txt");
        assertEquals("Declan Rourke", quote(a, "She asked me").speaker(), "best known for playing the publican Jim Sayers");
        assertTrue(a.speakers().stream().noneMatch(s -> s.contains("Sayers")), a.speakers().toString());
    }

    @Test
    void anIrishDeputysLettersAndANationalityBeforeTheNameAreNotPartOfIt() {
        Article a = extract("titles-and-parts.txt");
        assertEquals("Pádraig Ó Ceallaigh", quote(a, "People are losing").speaker(), "Pádraig Ó Ceallaigh TD … Deputy Ó Ceallaigh said");
        assertEquals("Sipho Ndlovu", quote(a, "We gave them").speaker(), "coached by the South African Sipho Ndlovu … Ndlovu said");
        assertEquals("Sipho Ndlovu", quote(a, "I have seen it").speaker(), "The South African was asked … he said");
    }
    @Test
    void aNameOpeningItsSentenceActsThoughItsAsideNamesSomeoneActingInAClause() {
        Article a = extract("sentence-opening-name-with-an-aside-naming-another.txt");
        assertEquals("Ibrahim Touré", quote(a, "People here").speaker(),
                "Touré, now sixty… while Captain Moussa Diallo checks the tickets, said… ¶ “…,” he said");
    }

    @Test
    void aNameWithALongAsideBeforeItsVerbStillSpeaksAfterTheQuote() {
        Article a = extract("posts-crowds-and-asides.txt");
        assertEquals("Marisa Quintero", quote(a, "They promised this").speaker(),
                "“…,” Marisa Quintero, president of the Storyboard and Layout Artists Guild Local 480, told the crowd");
    }

    @Test
    void aNameAfterALongTitleBeforeItsVerbSpeaksAfterTheQuote() {
        Article a = extract("long-title-then-name-after-the-quote.txt");
        assertEquals("Tanui Kipchirchir Biwott", quote(a, "This is the day").speaker(),
                "“…,” founder and joint managing director Tanui Kipchirchir Biwott told staff");
        assertEquals("Tanui Kipchirchir Biwott", quote(a, "But the beer").speaker());
        assertEquals("Ochieng Omondi Ouko", quote(a, "Nobody loses").speaker(),
                "“…,” the chief financial officer and company secretary, Ochieng Omondi Ouko, told reporters");
    }

    @Test
    void aCrowdAnsweringIsNobodyNamed() {
        Article a = extract("posts-crowds-and-asides.txt");
        assertEquals("Marisa Quintero", quote(a, "Who draws").speaker());
        assertNull(quote(a, "We do!").speaker(), "“We do!” the crowd shouted back");
    }

    @Test
    void aPostOrALetterSpeaksForItsWriter() {
        Article a = extract("posts-crowds-and-asides.txt");
        assertEquals("Tomas Quintero", quote(a, "never again pretend").speaker(), "His post said the studio would “…”");
        assertEquals("Amy Fenwick", quote(a, "We were never shown").speaker(), "stays: “…,” her letter said");
    }

    @Test
    void aMessageSomeoneHadWrittenIsTheirs() {
        Article a = extract("a-message-had-written.txt");
        assertEquals("Declan Ferris", quote(a, "Parts on the way").speaker(), "“…,” Ferris had written");
        assertEquals("Declan Ferris", quote(a, "Nearly done").speaker(), "“…,” Ferris has written");
    }

    @Test
    void aSpeechWordUsedAsANounBeforeAColonDoesNotIntroduceTheQuote() {
        Article a = extract("a-message-had-written.txt");
        assertEquals("Declan Ferris", quote(a, "Van broke down").speaker(), "Prosecutors put one of the replies on a screen: “…,” Ferris wrote");
    }

    @Test
    void aSecondRoleJoinedByAndStillRenamesTheSpeaker() {
        Article a = extract("posts-crowds-and-asides.txt");
        assertEquals("Nandi Khumalo", quote(a, "If we pay machines").speaker(),
                "said Nandi Khumalo, the guild's treasurer and a former head of animation at the public broadcaster. “…”");
    }

    @Test
    void aNameAfterSaidFollowedByHadIsTheOneSpokenOf() {
        Article a = extract("posts-crowds-and-asides.txt");
        assertEquals("Dale Pruett", quote(a, "every budget that").speaker(),
                "Pruett, who … the slogan “Draw Here, Stay Here,” said Councillor Amy Fenwick had voted for “…”");
    }

    @Test
    void thePronounIAfterASurnameIsNotPartOfTheName() {
        Article a = extract("posts-crowds-and-asides.txt");
        assertEquals("Amy Fenwick", quote(a, "Be as hard on me").speaker(),
                "When I told Fenwick I was writing this piece, she sent me a message…: “…”");
    }

    @Test
    void anAbbreviatedTitleIsNotPartOfTheNameAndIsTheRoleLater() {
        Article a = extract("hearings-and-pressers.txt");
        assertEquals("Ruth Okafor", quote(a, "Every winter we hear").speaker(), "Committee Chairwoman Sen. Ruth Okafor");
        assertEquals("Ruth Okafor", quote(a, "How much did the authority").speaker(), "“…?” the senator asked");
    }

    @Test
    void someoneUnnamedAfterAnOpeningPhraseOfPlaceIsTheOneActing() {
        Article a = extract("unnamed-subject-after-an-opening-phrase.txt");
        assertEquals("Vikash Prasad", quote(a, "We brought").speaker());
        assertNull(quote(a, "My whole life").speaker(), "Near the fish stalls, one shopper … “…,” he told them: not Prasad");
        assertNull(quote(a, "Tonight I am").speaker());
    }

    @Test
    void oneOfAGroupAskingIsNobodyNamed() {
        Article a = extract("hearings-and-pressers.txt");
        assertNull(quote(a, "Is there a Plan B?").speaker(), "Brandt was asked by reporters… “Is there a Plan B?” one asked.");
        assertEquals("Teodor Brandt", quote(a, "The Plan B is the cuts").speaker(), "stays");
    }

    @Test
    void aNameInsideAnIndirectQuestionIsNotTheOneWhoAnswers() {
        Article a = extract("hearings-and-pressers.txt");
        assertEquals("Rob Halloran", quote(a, "Mate, he's banned").speaker(),
                "The coach was then asked whether Pike, whose fans call him “the Courier”, would be dropped ¶ “…,” he said");
    }

    @Test
    void theObjectOfSomeonesVerbIsNotTheNextHe() {
        Article a = extract("hearings-and-pressers.txt");
        assertEquals("Rob Halloran", quote(a, "He was fine about it").speaker(),
                "Halloran said he had texted Quaid on Sunday to ask after his player. “…,” he said.");
    }

    @Test
    void ofTwoWhoShareASurnameTheBareSurnameIsNotTheOneWhoDied() {
        Article a = extract("a-namesake-who-died.txt");
        assertEquals("Wilmer Quispe", quote(a, "It was his bow").speaker(),
                "Aurelio Quispe, who died in 2017, … His grandson Wilmer Quispe said … ¶ “…,” Quispe said");
        assertEquals("Wilmer Quispe", quote(a, "Grandfather").speaker());
    }

    @Test
    void ofTwoWhoShareASurnameTheBareSurnameIsNotTheOneWhoseDeathIsWrittenOf() {
        Article a = extract("widow-and-the-clinic.txt");
        assertEquals("Bridget Farrelly", quote(a, "I keep thinking").speaker(),
                "“…,” Farrelly said at her kitchen table, and later “Desmond Farrelly's death”");
    }

    @Test
    void theWidowIsTheOneNamedAsHisWife() {
        Article a = extract("widow-and-the-clinic.txt");
        assertEquals("Bridget Farrelly", quote(a, "I'll write again").speaker(), "His wife, Bridget Farrelly ¶ “…,” the widow said");
    }

    @Test
    void aQuoteAloneAfterAParagraphThatReportsWhatHeSaidIsHis() {
        Article a = extract("widow-and-the-clinic.txt");
        assertEquals("Anton Vasquez", quote(a, "People check it").speaker(),
                "He said agency nurses fill some gaps. Patients have taken to calling the notices “the weather report.” ¶ “…”");
    }

    @Test
    void hisMotherIsTheWomanOfHisSurname() {
        Article a = extract("widow-and-the-clinic.txt");
        assertEquals("Bridget Farrelly", quote(a, "They close it").speaker(),
                "of his father and his mother, the woman; not the woman quoted just before");
    }

    @Test
    void saidARoleThenTheNameInAppositionIsThatName() {
        Article a = extract("widow-and-the-clinic.txt");
        assertEquals("Orla Keane", quote(a, "Nobody should have to drive").speaker(), "“…,” said its president, Orla Keane.");
        assertEquals("Orla Keane", quote(a, "This is happening").speaker());
    }

    @Test
    void inAnInterviewWhoseQuestionsAreHeadingsTheLabelledAnswersFirstPersonIsTheIntervieweesNotTheAuthors() {
        Article a = extract("an-interview-with-questions-as-headings.md");
        assertEquals("Ferhat Yilmaz", quote(a, "Then I will").speaker(), "## Was the bank helpful? ¶ Yilmaz: … I told him, “…”");
        assertEquals("Ferhat Yilmaz", quote(a, "Only until").speaker());
    }

    @Test
    void inAnInterviewTheAnswersFirstPersonAndTheQuestionsYouAreTheIntervieweesOwn() {
        Article a = extract("interview-questions.txt");
        assertEquals("Mara Oyelowo", quote(a, "Great, then").speaker(), "I said, “…”");
        assertEquals("Mara Oyelowo", quote(a, "Write the scene").speaker(), "The same thing I said on the first day…: “…”");
        assertEquals("Mara Oyelowo", quote(a, "a very confident intern").speaker(), "You once called it “…”");
        assertEquals("Mara Oyelowo", quote(a, "the last place nobody").speaker(), "You've described the room as “…”");
        assertNull(quote(a, "The tool isn't the threat").speaker(), "stays: an executive, and I won't say who, told me");
    }

    @Test
    void inAnInterviewAQuoteBeforeITellIsTheIntervieweesOwn() {
        Article a = extract("interview-quote-then-i-tell.txt");
        assertEquals("Hana Mráz", quote(a, "Nobody ever learned").speaker(), "Mráz: … he would… sigh. “…,” I tell my apprentices now.");
    }

    @Test
    void inAnInterviewWhatIToldHerWasIsTheIntervieweesOwn() {
        Article a = extract("interview-what-i-told-her-was.txt");
        assertEquals("Tomasz Wójcik", quote(a, "Daddy will be home").speaker(), "The first thing I told her was, “…”");
    }

    @Test
    void inAnInterviewAWholeSentenceAfterISaidIsTheIntervieweesThoughSomeoneActsAfterIt() {
        Article a = extract("interview-i-said-then-someone-acts.md");
        assertEquals("Ingrid Halvorsen", quote(a, "Only if you let me").speaker(),
                "A director once asked me, “…?” I said, “….” She laughed.");
        assertNull(quote(a, "Can you make the rain").speaker(), "the unnamed director's question");
    }

    @Test
    void accordingToTheStatementIsTheOneWhoMadeIt() {
        Article a = extract("according-to-the-statement-someone-made.txt");
        assertEquals("Rosalind Achterberg", quote(a, "The state is ready").speaker(),
                "X said in a statement that… According to the statement, \"…\"");
    }

    @Test
    void theStatementSaidIsTheOneWhoSpokeInAStatement() {
        Article a = extract("statements-and-questions.txt");
        assertEquals("Karen Pym", quote(a, "Dad never complained").speaker(),
                "Mr Pym's daughter, Karen Pym, said in a statement… ¶ “…,” the statement said.");
        assertEquals("Karen Pym", quote(a, "When he told me").speaker(), "the statement said. “…”");
        assertEquals("Deborah Strand", quote(a, "results within safe limits").speaker(),
                "told parents in a letter… ¶ The letter said … had returned “…”");
        assertNull(quote(a, "We will review").speaker(), "stays: In a statement, the hospital trust said… “…,” the statement said");
    }

    @Test
    void sheAskedIsTheOneWhoAskedSomeoneNamed() {
        Article a = extract("statements-and-questions.txt");
        assertEquals("Olivia Sandoval", quote(a, "Have you ever").speaker(),
                "Olivia Sandoval, a retired nurse who…, asked Jordan Lund directly whether… ¶ “…?” she asked");
        assertEquals("Jordan Lund", quote(a, "I have not").speaker(), "stays");
        assertEquals("Amara Okoro", quote(a, "Will the families").speaker(),
                "Later Ms Okoro asked Mr Lund whether…. “…?” she asked");
    }

    @Test
    void sheAskedIsTheOneWhoQuestionedSomeoneNamed() {
        Article a = extract("she-asked-after-questioning-someone.txt");
        assertEquals("Lisiate Mahe Kaloni", quote(a, "These payments").speaker(), "Kaloni questioned Kalsakau … she asked");
        assertEquals("Kalsakau Toara Natapei", quote(a, "My cousin").speaker(), "he replied: the one questioned");
        assertEquals("Kalsakau Toara Natapei", quote(a, "I did not think").speaker());
    }

    @Test
    void anExchangeOpenedByAskedByAlternatesBetweenTheTwo() {
        Article a = extract("hearing-exchange.txt");
        assertEquals("Helen Marsh", quote(a, "Is it more than fifty?").speaker(),
                "Asked by Dame Helen how many…, he said…. The exchange that followed… ¶ “…?”");
        assertEquals("Victor Ferris", quote(a, "I'd expect so").speaker());
        assertEquals("Helen Marsh", quote(a, "More than five hundred?").speaker());
        assertEquals("Victor Ferris", quote(a, "I couldn't say").speaker());
    }

    @Test
    void theOneAskedWhoActsBeforeTheReplyIsTheOneReplying() {
        Article a = extract("asked-by-then-the-one-asked-acts.txt");
        assertEquals("Malia Leaupepe", quote(a, "I am the nervous").speaker());
        assertEquals("Malia Leaupepe", quote(a, "We grew up").speaker(),
                "Asked by Ioana Fa'amausili whether…, Leaupepe laughed. “…,” she replied: not the asker");
        assertEquals("Malia Leaupepe", quote(a, "The visitors").speaker());
    }

    @Test
    void aQuoteThatCallsSomeoneByNameIsNotTheirs() {
        Article a = extract("hearing-exchange.txt");
        assertEquals("Helen Marsh", quote(a, "Mr Ferris, your company").speaker(), "after his answer, “Mr Ferris, …”");
    }

    @Test
    void anExchangeGoesOnAfterAParagraphOfNarration() {
        Article a = extract("hearing-exchange.txt");
        assertEquals("Dilani Abeyratne", quote(a, "Did anybody ask").speaker(),
                "“…?” the host asked. ¶ “…,” he replied. ¶ … ¶ The exchange that followed was brief. ¶ “…?”");
        assertEquals("Sunil Perera", quote(a, "Nobody. Not one letter").speaker());
    }

    @Test
    void aTitleAndSurnameMeanOnePersonThroughoutTheArticle() {
        Article a = extract("family-names.txt");
        assertEquals("Tom Brindle", quote(a, "I was fine until").speaker(), "Her husband, 74… “…,” Mr Brindle said");
        assertEquals("Tom Brindle", quote(a, "A lie-in").speaker(),
                "the grandson Sam Brindle named in between; Mr Brindle said he was looking forward… ¶ “…,” he said");
    }

    @Test
    void theYoungerOrTheElderOfASurnameIsChosenByTheAgesGiven() {
        Article a = extract("family-names.txt");
        assertEquals("Will Harker", quote(a, "We needed two tractors").speaker(),
                "Geoffrey Harker, 67 … Will Harker, 38 … The younger Harker laughed. “…,” he said");
        assertEquals("Daniel Quintana", quote(a, "My uncle thinks").speaker(), "stays: the younger Mr. Quintana said");
        assertEquals("Ernesto Quintana", quote(a, "Every year we drill").speaker(), "stays");
    }

    @Test
    void theOwnerInAPossessiveIsNotTheOneActing() {
        Article a = extract("rugby-brothers.txt");
        assertEquals("Luke Harrow", quote(a, "I don't think I touched").speaker(),
                "Luke Harrow, Tamati's older brother…, burrowed over…. “…,” the hooker said");
    }

    @Test
    void aChairmanMayBeAWomanSoTheSheAfterHerIsHers() {
        Article a = extract("chairman-of-either-sex.txt");
        assertEquals("Zenaida Ocloo-Mensah", quote(a, "We have seen worse").speaker(),
                "“Harbour trust chairman Zenaida Ocloo-Mensah says…. “…,” she said”");
        assertEquals("Zenaida Ocloo-Mensah", quote(a, "Everyone tied down").speaker());
    }

    @Test
    void sheIsTheWomanNamedInPassingNotACapitalAfterHerWhoseGenderIsUnknown() {
        Article a = extract("she-and-a-place-named-after-her.txt");
        assertEquals("Awa Diop", quote(a, "the best since").speaker(),
                "“We spoke to Mme Awa Diop, 47, director of the … cooperative of Santo Nicolau…. She … describes…”");
    }

    @Test
    void whatTheTextSaysOfSomeonesGenderOutweighsTheGuessFromTheirGivenName() {
        Article a = extract("given-name-guesses.txt");
        assertEquals("Darcy Klassen", quote(a, "I looked down the bench").speaker(),
                "Darcy is read as a woman's name, but 'Klassen said he had considered…. “…,” he said'");
    }

    @Test
    void saidHeOfSomeoneRememberedDoesNotMakeTheSpeakerAMan() {
        Article a = extract("a-tribute-said-he.txt");
        assertEquals("Fiona Lessing", quote(a, "Most of them would not").speaker(),
                "'Lessing said he had been patient…. “…,” she said': the he is the man remembered");
        assertEquals("Fiona Lessing", quote(a, "He gave me the keys").speaker());
    }

    @Test
    void aWhoClauseHoldingAPlaceWithACommaStillLeavesItsPersonSpeaking() {
        Article a = extract("asides-and-prosecutors.txt");
        assertEquals("Denise Munro", quote(a, "She's been singing").speaker(),
                "Denise Munro, 54, who still lives in the family home in Chatham, Kent, told us: “…”");
    }

    @Test
    void aProsecutorsTitleIsNotPartOfTheName() {
        Article a = extract("asides-and-prosecutors.txt");
        assertEquals("Chua Wen Qi", quote(a, "He chose to look away").speaker(),
                "Deputy Public Prosecutor Chua Wen Qi … “…,” DPP Chua said");
    }

    @Test
    void theSpeakerIsTheOneTitledSpeaker() {
        Article a = extract("assembly-and-union.txt");
        assertEquals("Florence Wanjiru Otieno", quote(a, "The assembly has done").speaker(),
                "Assembly Speaker Florence Wanjiru Otieno said…. “…,” the Speaker said.");
    }

    @Test
    void aPersonInAppositionToABodyIsStillAPerson() {
        Article a = extract("assembly-and-union.txt");
        assertEquals("Peter Mwangi", quote(a, "If the money is not").speaker(),
                "The branch secretary of the nurses' union, Peter Mwangi, said… ¶ “…,” Mwangi said.");
    }

    @Test
    void aPronounNeverStandsForSomeoneTheArticleNamesOnlyLater() {
        Article a = extract("titles-in-apposition.txt");
        assertEquals("Ronel Botha", quote(a, "The contract covered").speaker(),
                "Ronel Botha, for the company, told the court… “…,” she said; never Zanele Dube, named a paragraph later");
        assertEquals("Zanele Dube", quote(a, "If she loses").speaker(), "Zanele is a woman's name");
    }

    @Test
    void aLedeQuotingSomeoneBeforeNamingThemGivesTheQuoteToTheOneTheNextSentenceOpensWith() {
        assertEquals("Vailea Moala", quote(extract("quoted-before-named.txt"), "I kept every receipt").speaker(),
                "“…,” she says, smiling. Vailea Moala is 83 and…: nobody named before, so the next sentence's subject");
        assertEquals("Okonjo", quote(extract("quoted-before-a-title.txt"), "We have a plan").speaker(),
                "“…,” she told the Courier. Ms Okonjo, 45, has been…: the name after its title");
        assertNull(quote(extract("quoted-before-a-neighbour.txt"), "It came up to the windows").speaker(),
                "“…,” she said… Her neighbour, Siaosi Tonga, said…: a sentence about someone else");
    }

    @Test
    void aTitleMayOpenTheNameInAppositionToARole() {
        Article a = extract("titles-in-apposition.txt");
        assertEquals("Desmond Koh", quote(a, "This is a good first step").speaker(),
                "“…,” said the guild's president, Mr Desmond Koh, a veteran of…");
    }

    @Test
    void theReporterIsTheJournalistWhoJustAsked() {
        Article a = extract("journalist-then-reporter.txt");
        assertNull(quote(a, "Have the agents").speaker(), "“Another journalist asked Fifita whether… “…?” the reporter asked”");
        assertEquals("Losana Fifita", quote(a, "A few").speaker());
    }

    @Test
    void aQuestionAnUnnamedReporterAskedIsNotTheOneWhoReacts() {
        Article a = extract("hearings-and-pressers.txt");
        assertNull(quote(a, "Is the ferry safe").speaker(), "When a reporter asked, “…?” Brandt laughed.");
        assertEquals("Teodor Brandt", quote(a, "It is safer than the road").speaker(), "stays");
    }

    @Test
    void aShoutFromSomeoneUnnamedIsAQuoteOfNobodyNamed() {
        Article a = extract("hearings-and-pressers.txt");
        assertNull(quote(a, "Shame on you!").speaker(), "one father shouted, “Shame on you!”");
        assertNull(quote(a, "Shame!").speaker(), "others were shouting, “Shame!”");
    }

    @Test
    void irishPoliceRanksAndBarristersLettersAreNotPartOfTheName() {
        Article a = extract("court-and-counsel.txt");
        assertEquals("Niamh Garvey", quote(a, "When you interviewed").speaker(), "prosecuting counsel Niamh Garvey BL … Ms Garvey asked");
        assertEquals("Orla Brennock", quote(a, "He said he was relieved").speaker(), "Det Garda Orla Brennock … Det Garda Brennock replied");
    }

    @Test
    void counselWithoutAnArticleIsTheBarristerLastActing() {
        Article a = extract("court-and-counsel.txt");
        assertEquals("Fergal Tuohy", quote(a, "He is a broken man").speaker(),
                "defence barrister Fergal Tuohy SC … Mr Tuohy said his client had lost “…” ¶ “…,” counsel said.");
    }

    @Test
    void aCommaInsideANumberDoesNotCloseAnApposition() {
        Article a = extract("court-and-counsel.txt");
        assertEquals("Orla Brennock", quote(a, "I would accept").speaker(),
                "“Under questioning from … Niamh Garvey BL, the detective said … a €4,000 cheque”: the detective is not Ms Garvey");
    }

    @Test
    void aQuoteAloneAfterAStatementWrittenBySomeoneIsTheirs() {
        Article a = extract("court-and-counsel.txt");
        assertEquals("Pádraig Hartigan", quote(a, "This club has no bar").speaker(),
                "A victim impact statement written by club chairman Pádraig Hartigan … was read to the court. ¶ “…”");
    }

    @Test
    void aPronounAnsweringAQuestionThatCalledSomeoneByNameIsTheOneCalled() {
        Article a = extract("court-and-counsel.txt");
        assertEquals("Niamh Garvey", quote(a, "Around €20,000").speaker(),
                "“Ms Garvey, how much has been repaid?” the judge asked. ¶ “…,” she said.");
    }

    @Test
    void termsListedAfterSuchAsAndMottoesAreNotSpeech() {
        Article a = extract("court-and-counsel.txt");
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().equals("floodlights") || q.text().equals("minor jerseys")
                || q.text().startsWith("Ar aghaidh")), "payment references such as “…” and “…”; the club's motto, “…”: " + a.quotes());
    }

    @Test
    void aNameInAppositionToARoleThatOpensTheSentenceActs() {
        Article a = extract("roles-renamed.txt");
        assertEquals("Kieran Trevose", quote(a, "It is still volunteers").speaker(),
                "But the station's coxswain, Kieran Trevose, says… ¶ “…,” he says.");
        assertEquals("Ben Aldous", quote(a, "We are not selling").speaker(),
                "My co-founder, Ben Aldous, has a line he uses with investors: “…”");
    }

    @Test
    void aStarNamedAfterAPrepositionAndARoleIsNotTheOneActing() {
        Article a = extract("roles-renamed.txt");
        assertEquals("Inés Lobato", quote(a, "People stop me").speaker(),
                "Lobato, 61, has been the Spanish voice of the Hollywood star Carla Denholm…. ¶ “…,” she says.");
    }

    @Test
    void saidAndACompanysRoleThenTheNameInApposition() {
        Article a = extract("roles-renamed.txt");
        assertEquals("Rafael Quintero", quote(a, "We are not trying").speaker(), "“…,” says Sonora's co-founder, Rafael Quintero, a former…");
    }

    @Test
    void theOneASentenceOpeningWithForIsAboutActs() {
        Article a = extract("roles-renamed.txt");
        assertEquals("Inés Lobato", quote(a, "I used to love").speaker(),
                "For Lobato, who now works…, the money is secondary. She says… ¶ “…,” she says.");
    }

    @Test
    void myMotherSpeakingIsSomeoneUnnamed() {
        Article a = extract("roles-renamed.txt");
        assertNull(quote(a, "So it is a very fast intern").speaker(), "When my mom saw the demo, she said, “…”");
    }

    @Test
    void taglinesAndWhatExpertsCallSomethingAreNotSpeech() {
        Article a = extract("roles-renamed.txt");
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().equals("Make it sing") || q.text().equals("herd immunity")),
                "the tagline “…”; what epidemiologists call “…”: " + a.quotes());
    }

    @Test
    void theNameManyPeopleGiveAThingOrAPlaceIsNotSpeech() {
        Article a = extract("names-many-people-give.txt");
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().equals("the long goodbye") || q.text().equals("the lucky ones")),
                "“Local children call the pier “…””, “Islanders call us “…””: " + a.quotes());
        assertEquals("Ruaraidh Maclean", quote(a, "I will miss").speaker());
    }

    @Test
    void whatSomeoneStillCallsOrHasTakenToCallingAThingIsItsNameNotSpeech() {
        Article a = extract("what-someone-still-calls-it.txt");
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().equals("the workshop") || q.text().equals("the night shift")),
                "X still calls the firm “…”, Y has taken to calling their three developers “…”: " + a.quotes());
        assertEquals("Farid Haddad", quote(a, "We kept the name").speaker());
    }

    @Test
    void oneMemberOfAPartyNamedByItsCapitalsIsNobodyNamed() {
        Article a = extract("one-party-member-unnamed.txt");
        assertNull(quote(a, "listens to three people").speaker(),
                "One Progressive Conservative MLA said the premier \"…\": the party's name is no person");
        assertTrue(a.mentions().stream().noneMatch(m -> m.contains("Conservative")), "" + a.mentions());
    }

    @Test
    void aSpokespersonForADepartmentOfAffairsIsNobodyNamed() {
        Article a = extract("a-spokesperson-for-a-department-of-affairs.txt");
        assertNull(quote(a, "watching the river").speaker(), "A spokesperson for the Department for Environment, Food and Rural Affairs said");
        assertEquals(List.of("Darren Chester-Hale"), a.speakers());
    }

    @Test
    void aCompanyNamedAfterWhatItIsSpeaksForNoOne() {
        Article a = extract("companies-named-with-what-they-are.txt");
        assertNull(quote(a, "higher than anyone").speaker(), "Retailer X said its costs had been “…”");
        assertNull(quote(a, "We will review").speaker(), "“…,” said chipmaker X");
        assertNull(quote(a, "We regret this").speaker(), "Carmaker X said… “…,” X said: kept, of the company");
        assertEquals("Elspeth Varley", quote(a, "grim").speaker(), "the documentary maker X: a maker may be a person");
        assertNull(quote(a, "lost its way").speaker(), "Activist investor Harwood Management said");
        assertEquals(List.of("Elspeth Varley"), a.speakers());
    }

    @Test
    void unnamedPeopleAndBodiesWithPlaceNamesSpeakForNoOne() {
        Article a = extract("roles-renamed.txt");
        assertNull(quote(a, "Shame!").speaker(), "Several in the gallery shouted “Shame!”");
        assertNull(quote(a, "a brown inland sea").speaker(), "what one Tolaga Bay resident called “…”");
        assertNull(quote(a, "designed to protect").speaker(),
                "In an e-mailed statement, Immigration, Refugees and Citizenship Canada said…");
    }

    @Test
    void anEmbeddedSocialPostIsNotPartOfTheBody() {
        Article a = extract("embedded-post.html");
        assertTrue(a.paragraphs().stream().noneMatch(p -> p.contains("A post shared by")), "" + a.paragraphs());
        assertEquals("Nora Quinlan", quote(a, "To the people saying").speaker(),
                "her quote goes on in the paragraph after the Instagram embed");
    }

    @Test
    void anEmbeddedPostThatTheArticleIntroducesWithAColonIsBodyText() {
        Article a = extract("introduced-embedded-post.html");
        assertEquals("Tomasz Wróbel", quote(a, "Third letter going in").speaker(),
                "On Tuesday he posted on X: <figure class=\"wp-block-embed-twitter\"><blockquote class=\"twitter-tweet\">…");
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().startsWith("Fix it before")),
                "an Instagram embed after \"Riders gathered at the spot on Wednesday.\" decorates the story: " + a.quotes());
    }

    @Test
    void anIntroducedEmbeddedPostWithoutQuotationMarksIsItsAuthorsQuote() {
        Article a = extract("introduced-embedded-post-without-marks.html");
        assertEquals("Rosalind Okonedo", quote(a, "Fewer hours, not fewer libraries.").speaker(),
                "She wrote on X: <div class=\"Embed_embed\"><blockquote class=\"twitter-tweet\"><p>Fewer hours… (no marks)");
        assertEquals("Fewer hours, not fewer libraries. Please keep borrowing, it is how we make the case for more.",
                quote(a, "Fewer hours").text(), "the post's words, not its signature");
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().startsWith("Three days a week")),
                "a post nobody introduces decorates the story: " + a.quotes());
    }

    @Test
    void commonAmericanFirstNamesAreKnownAsGivenNames() {
        Article a = extract("american-first-names.txt");
        assertEquals("Marla Quinlan", quote(a, "I know this is not").speaker(),
                "Marla Quinlan is defending her decision… ¶ Marla addressed the backlash. “…,” she wrote.");
        assertEquals("Darla Fenwick", quote(a, "It is not what he").speaker(), "Darla Fenwick runs the fan club. Darla has seen…");
    }

    @Test
    void bareQuotesAfterAnAnsweredQuestionTakeTurns() {
        Article a = extract("committee-exchange.txt");
        assertEquals("Helen Voss", quote(a, "So that is a yes").speaker(),
                "“…?” Senator Voss asked. ¶ “…,” Mr Petrakis said. ¶ “So that is a yes.” ¶ “It is a yes…”");
        assertEquals("Aaron Petrakis", quote(a, "It is a yes").speaker());
        assertEquals("Helen Voss", quote(a, "How many").speaker(), "stays");
        assertEquals("Aaron Petrakis", quote(a, "I would have to").speaker(), "stays");
    }

    @Test
    void aReplyByTheOneAskedInTheSameParagraphIsTheirs() {
        Article a = extract("committee-exchange.txt");
        assertEquals("Imogen Harwood", quote(a, "I would accept").speaker(),
                "Senator Chandran asked Ms Harwood whether…. “…,” she replied: she spoke last, and still replies");
    }

    @Test
    void aNameAfterAnInvertedSpeechVerbAndARoleActsThoughItEndsTheSentence() {
        Article a = extract("roles-renamed.txt");
        assertEquals("Priya Sethi", quote(a, "Keep every receipt").speaker(),
                "…, says consumer rights expert Priya Sethi. ¶ “…,” she says. (not the spokeswoman before her)");
    }

    @Test
    void aFragmentQuotedFromSomeoneUnnamedIsKeptWithNoSpeaker() {
        Article a = extract("roles-renamed.txt");
        assertNull(quote(a, "like a wake").speaker(),
                "One engineer, who asked not to be named, said the mood was “like a wake”: a quote, of nobody named");
    }

    @Test
    void shortQuotesOfTheSourceAndFragmentsOfUnnamedSourcesAreKeptWithNoSpeaker() {
        Article a = extract("unnamed-sources-short-and-plural.txt");
        assertEquals(List.of("We will walk away,", "Not yet,", "quietly confident", "very close now"),
                a.quotes().stream().map(Quote::text).toList(), "“…,” the aide said; Labour sources said they were “…”");
        assertTrue(a.quotes().stream().allMatch(q -> q.speaker() == null), a.quotes().toString());
    }

    @Test
    void aRoleSaidInFullWithWhatItIsOfIsSomeoneUnnamedNotTheOneNamedBefore() {
        Article a = extract("roles-of-something.txt");
        assertEquals("Hemi Walker", quote(a, "Nobody has seen").speaker(), "his own, said with a pronoun");
        for (String words : List.of("We cannot keep subsidising", "Every month we wait", "Fine,", "but my members pay",
                "This is a stalling tactic.", "It was unlawful", "vigorously defend", "Consumption has doubled")) {
            assertNull(quote(a, words).speaker(), words + ": the chair of the finance committee, the head of the "
                    + "growers' association, the member for Te Papa, a lawyer for Mrs Tuilagi, the report");
        }
        assertEquals(9, a.quotes().size(), a.quotes().toString());
    }

    @Test
    void aSpokespersonOrTheFamilyOfSomeoneNamedSpeaksForThemButIsNotThem() {
        Article a = extract("spokespeople-for-the-named.txt");
        assertNull(quote(a, "He will fight this").speaker(), "A spokeswoman for Mr Hona said: “…”");
        assertNull(quote(a, "We stand by him").speaker(), "In a statement, the family of Mr Hona said: “…”");
        assertEquals("Rawiri Tane", quote(a, "The process was unfair").speaker(), "Rawiri Tane, representing Mr Hona, said: “…”");
        assertEquals("Piripi Hona", quote(a, "It has been a hard week").speaker(), "his own words");
        assertEquals("Rawiri Tane", quote(a, "The council has not heard").speaker(), "“…,” Mr Tane, who has acted in…, said");
        assertNull(quote(a, "Councillor Hona will appeal").speaker(), "“…,” a statement from Hona's office said");
    }

    @Test
    void aRelativeOfSomeoneIsTheRelativeNamedOrNobodyNotTheOneActingBefore() {
        Article a = extract("relatives-of-the-named.txt");
        assertEquals("Carys Pugh", quote(a, "We are not looking").speaker());
        assertNull(quote(a, "He would never hurt").speaker(), "The man's sister said: “…”");
        assertEquals("Sian Lloyd", quote(a, "Dad has nothing left").speaker(), "His daughter, Sian Lloyd … “…,” Lloyd's daughter told");
        assertNull(quote(a, "It could have been").speaker(), "Sgt Pugh urged… “…,” the victim's son said: not Sgt Pugh");
        assertNull(quote(a, "I heard glass").speaker(), "“…,” Mr Lloyd's son said: not his daughter, the one other Lloyd");
    }

    @Test
    void aRoleThatTellsTheOneNamedBeforeIsNotThem() {
        Article a = extract("roles-acting-on-the-one-named.txt");
        assertNull(quote(a, "You could have killed").speaker(), "Callum Frew … admitted … “…,” the sheriff told him");
        assertNull(quote(a, "A custodial sentence").speaker(), "Sentencing him, the sheriff said: “…”");
        assertEquals("Morag Dunn", quote(a, "deeply ashamed").speaker());
        assertEquals("Callum Frew", quote(a, "I am sorry").speaker(), "his own words, after");
    }

    @Test
    void aVerdictOfOneOfATradeOrOfABodysCriticIsKeptWithNoSpeaker() {
        Article a = extract("a-reviewer-unnamed.txt");
        assertNull(quote(a, "stale").speaker(), "One critic said the sourdough was \"…\": kept, of nobody named");
        assertNull(quote(a, "a very cold aquarium").speaker(),
                "The Examiner's reviewer called the dining room \"…\": not the chef who spoke before");
    }

    @Test
    void theAuthorsOwnWordsInTheFirstPersonAreTheAuthors() {
        Article a = extract("writers-own-words.md");
        assertEquals("Petra Lindqvist", quote(a, "Then why didn't").speaker(), "author: Petra Lindqvist … I said, “…”");
        assertEquals("Petra Lindqvist", quote(a, "I am not angry").speaker(),
                "I wrote to him again that night. I still have the email. “…”");
        assertEquals("Hal Brody", quote(a, "It's only a first pass").speaker(), "stays");
    }

    @Test
    void aStudioThatSaysSomethingInterruptsTheLastSpeaker() {
        Article a = extract("asked-and-bodies.txt");
        assertNull(quote(a, "poorly worded").speaker(), "… “first drafts” to save time. The studio later said the memo had been “…”");
    }

    @Test
    void thePronounAnsweringAReportedQuestionIsNotTheOneWhoAsked() {
        Article a = extract("asked-and-bodies.txt");
        assertEquals("Lena Okafor", quote(a, "I expected").speaker(),
                "Whitfield asked whether she had expected the reaction. “…,” she said. (Sam's gender is not known)");
    }

    @Test
    void aBlockQuoteRepeatingTheArticleIsAPullQuoteWhateverItsClass() {
        Article a = extract("embedded-post.html");
        assertEquals(1, a.quotes().stream().filter(q -> q.text().startsWith("I found out the same way")).count(),
                "<blockquote class=\"pq\"> repeats a quote said in the paragraph above: " + a.quotes());
    }

    @Test
    void aPullQuoteTakenFromInsideASentenceRepeatsTheArticleThoughItGainsACapital() {
        Article a = extract("pull-quote-from-inside-a-sentence.html");
        assertEquals(List.of("I could have used a projector and finished in a month,",
                        "But a wall is not a screen. Every brick takes the paint in its own way."),
                a.quotes().stream().map(Quote::text).toList(),
                "<blockquote>“A wall is not a screen…”</blockquote> repeats “But a wall is not a screen…”");
    }

    @Test
    void saidSomeoneUnnamedIsNobodyNamedAndSaidARoleThenANameIsTheName() {
        Article a = extract("roles-renamed.txt");
        assertNull(quote(a, "The lights in the hallway").speaker(),
                "“…,” said a woman who lives on the first floor and asked the station not to use her name");
        assertEquals("Delia Marsh", quote(a, "We are reviewing").speaker(), "“…,” said a spokeswoman, Delia Marsh.");
    }

    @Test
    void aNameWithItsRoleInAppositionAfterTheQuoteSpeaks() {
        Article a = extract("roles-renamed.txt");
        assertEquals("Maya Brandt", quote(a, "We wanted to build").speaker(),
                "“…,” Maya Brandt, Lanternfish’s head of product, told me during a demo.");
    }

    @Test
    void wordsAfterHeadedOrAfterTheTitleOfSomethingWasAreNotSpeech() {
        Article a = extract("headed-and-the-title-of.txt");
        assertEquals(List.of("I wanted the hands to be seen,"), a.quotes().stream().map(Quote::text).toList(),
                "The gallery's wall text, headed “…”; The title of the lecture she gave at the opening was “…”");
    }

    @Test
    void wordsAfterWhatSomeoneTermsOrInternallyCalledAreANameNotSpeech() {
        Article a = extract("what-they-term-and-internally-called.txt");
        assertEquals(List.of("We will not switch anything on until the people who use subtitles tell us it works,"),
                a.quotes().stream().map(Quote::text).toList(),
                "a project internally called “…”; Several broadcasters abroad now offer what they term “…”, she noted");
    }

    @Test
    void aThingSomeoneCalledWithItsArticleOutsideTheMarksOrIsCallingIsANameNotSpeech() {
        Article a = extract("what-someone-called-a-thing-or-is-calling.txt");
        assertEquals(List.of("We listened to the people who live on the islands and work on the mainland,",
                        "timetable lottery", "A lottery in which the islanders always lose,"),
                a.quotes().stream().map(Quote::text).toList(),
                "what he called a “…” of staff; what it is calling “…”, with; but a verdict closing the sentence stays");
        assertEquals("Ruth Abernethy", quote(a, "timetable lottery").speaker());
    }

    @Test
    void aNameWhichSomeoneIsCallingAndAProposedWordingAreNotSpeechButAVerdictOnTheWordingIs() {
        Article a = extract("which-it-is-calling-and-the-wording.txt");
        assertEquals(List.of("far too vague", "Made with how much? One per cent?"),
                a.quotes().stream().map(Quote::text).toList(),
                "a scheme which the company is calling “…”; proposed the wording “…”; but called the wording “…”");
        assertEquals("Sinéad Molloy", quote(a, "far too vague").speaker());
    }

    @Test
    void aTitleAfterTheKindOfWorkIsNotSpeechThoughItsStopIsInsideTheMarks() {
        Article a = extract("roles-renamed.txt");
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().startsWith("The Lantern Room")),
                "the crime drama “The Lantern Room.”: " + a.quotes());
    }

    @Test
    void aTitleRenamedStraightAfterByItsKindOfWorkIsNotSpeech() {
        Article a = extract("a-title-renamed-by-its-kind-of-work.md");
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().startsWith("The Harbour Master") || q.text().startsWith("The Quiet")),
                "“The Harbour Master's Son,” a historical novel; “The Quiet Harbour” (a 2019 documentary): " + a.quotes());
        assertEquals("Priyanka Dass", quote(a, "We do thirty").speaker());
    }

    @Test
    void anAlsoReadLinkInsideTheBodyIsNotArticleText() {
        Article a = extract("embedded-post.html");
        assertTrue(a.paragraphs().stream().noneMatch(p -> p.startsWith("Also Read")), "" + a.paragraphs());
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().startsWith("Stop using")), "" + a.quotes());
    }

    @Test
    void aFewWordsQuotedInAClauseReportedAfterSaidThatAreSpeechThoughNoOneNamedSaidThem() {
        Article a = extract("reported-fragments-of-the-unnamed.txt");
        assertNull(quote(a, "contact affected customers").speaker(),
                "Brodwell said in a written statement that it had stopped sales “…” and would “contact affected customers”");
        assertNull(quote(a, "not the source").speaker(), "Kestrum, which supplies the flour, said on Tuesday that its mills were “not the source”");
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().equals("harvest blend")),
                "Brodwell said that its “harvest blend” loaves…: a name after a determiner: " + a.quotes());
    }

    @Test
    void aFewWordsQuotedInAClauseReportedAfterSaidWithoutThatAreSpeechThoughNoOneNamedSaidThem() {
        Article a = extract("reported-fragments-without-that.txt");
        assertNull(quote(a, "breaking point").speaker(), "The union… said morale was at “…”");
        assertNull(quote(a, "by spring").speaker(), "The Department said the shortage would ease “…”");
        assertEquals("Brendan Keane", quote(a, "We are asking").speaker());
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().equals("flexible vacancies")),
                "said the department had begun calling the posts “…”: a name: " + a.quotes());
    }

    @Test
    void aFewWordsQuotedAfterCalledItAreAVerdictThoughNoOneNamedGaveIt() {
        Article a = extract("reported-fragments-of-the-unnamed.txt");
        assertNull(quote(a, "badly timed").speaker(), "A parents' forum, in a post…, called the notice “badly timed”");
        assertNull(quote(a, "a failed check").speaker(), "The bakers' union called it “a failed check” in a letter");
    }

    @Test
    void aFragmentAfterASpeechVerbInIngIsTheSubjectsWords() {
        Article a = extract("roles-renamed.txt");
        assertEquals("Imogen Pryce", quote(a, "divided our own staff").speaker(),
                "Festival director Imogen Pryce introduced the panel by admitting that the decision had “…”");
    }

    @Test
    void aTermAfterCountsAsIsNotSpeech() {
        Article a = extract("roles-renamed.txt");
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().startsWith("extraordinary")),
                "an IT failure counts as “extraordinary circumstances”: " + a.quotes());
    }

    @Test
    void theyAfterCampaignersIsTheCampaignersAndACampaignIsNoPerson() {
        Article a = extract("roles-renamed.txt");
        assertNull(quote(a, "failed to carry out").speaker(),
                "Campaigners from Save Brookfield Libraries said they…. In a statement…, they said the council had “…”");
    }

    @Test
    void theyAfterACountOfAGroupIsThatGroupNotThePersonNamedBefore() {
        Article a = extract("some-of-a-group.txt");
        assertNull(quote(a, "cold and joyless").speaker(), "Four of the twelve singers have complained…. In their complaint, they said…");
        assertEquals("Matthias Brenner", quote(a, "I ask a lot").speaker());
    }

    @Test
    void aPronounAfterSomeoneUnnamedWhoSpokeIsNobodyNamed() {
        Article a = extract("unnamed-voices.txt");
        assertNull(quote(a, "They took it well").speaker(),
                "On Saturday, one volunteer said she…. “…,” she said. (Saturday is no one's name)");
        assertNull(quote(a, "You meet the whole street").speaker(),
                "another regular, who declined to give her name…, said…. “…,” she said.");
        assertNull(quote(a, "It was shorter then").speaker(),
                "the first question came from a woman near the front who said…. “…,” she told the panel.");
        assertEquals("Odile Fairbanks", quote(a, "I have never seen that").speaker(), "stays");
        assertEquals("Odile Fairbanks", quote(a, "It was,").speaker(), "stays");
    }

    @Test
    void aPluralTitleOrAPartyBeforeANameIsNotPartOfIt() {
        Article a = extract("council-and-continuations.txt");
        assertEquals("Martin Feld", quote(a, "We need a plan").speaker(), "Councilmembers Martin Feld and Oksana Brill voted no");
        assertEquals("Harold Vance", quote(a, "The depot has waited").speaker(), "confirmed Republican Harold Vance as…");
        Article b = extract("party-before-a-name.txt");
        assertEquals("Priya Halden", quote(b, "He has never driven").speaker(), "The Conservative Priya Halden … Mrs Halden replied:");
        assertEquals("Gareth Mills", quote(b, "Build it").speaker(), "The Tory Gareth Mills … Mr Mills said");
    }

    @Test
    void aQuoteGoesOnPastATitleInCapitalsOrAWhoIsClauseAfterTheName() {
        Article a = extract("council-and-continuations.txt");
        assertEquals("Amara Lindgren", quote(a, "With the hall").speaker(),
                "“…,” said Amara Lindgren, Chief Executive Officer of Harbourside Arts. “…”");
        assertEquals("Teodor Ekwall", quote(a, "You can book it").speaker(),
                "“…,” said Teodor Ekwall, a 61-year-old choir director whose credits include the revue “…” and who is the lead plaintiff. “…”");
    }

    @Test
    void aQuoteAloneAfterAParagraphWhoseOnlyPersonActsFirstIsTheirs() {
        Article a = extract("council-and-continuations.txt");
        assertEquals("Ines Calloway", quote(a, "Every year somebody").speaker(),
                "Ines Calloway would rather talk about money. The grant … runs out in March. ¶ “…”");
    }

    @Test
    void aDemonymOfAStateStandsForThePersonBefore() {
        Article a = extract("council-and-continuations.txt");
        assertEquals("Joel Mbatha", quote(a, "I thought I had it covered").speaker(), "“…,” the Victorian said.");
    }

    @Test
    void aFirstNameWithAnAgeInWordsIsAPerson() {
        Article a = extract("council-and-continuations.txt");
        assertEquals("Tilly", quote(a, "I was not scared").speaker(), "Tilly, eight, said…. “…,” she said. (not Grace Ferrier)");
    }

    @Test
    void aParagraphWithAQuoteClassRepeatingTheArticleIsAPullQuote() {
        Article a = extract("pull-quote-paragraph.html");
        assertEquals(1, a.quotes().stream().filter(q -> q.text().startsWith("The people here")).count(),
                "<p class=\"paragraph--quote\">“…” Marta Lindholm, premier</p> repeats her quote above: " + a.quotes());
        assertEquals("Marta Lindholm", quote(a, "I will not be the premier").speaker(), "stays: said nowhere else");
    }

    @Test
    void someoneUnnamedBeforeAColonSpeaksNotTheOneQuotedBefore() {
        Article a = extract("unnamed-voices.txt");
        assertNull(quote(a, "I came for the ending").speaker(),
                "“…,” Fairbanks said. One woman in the back row told her: “…”");
        assertEquals("Odile Fairbanks", quote(a, "People are tired").speaker(), "stays");
    }

    @Test
    void aNameSomeoneIntroducesThemselvesByIsTheirsAndItsSurnameWithOIsThem() {
        Article a = extract("council-and-continuations.txt");
        assertEquals("Cathal Ó Dálaigh", quote(a, "I couldn't tell where").speaker(),
                "A man who introduced himself as Cathal Ó Dálaigh… ¶ “…,” Mr Ó Dálaigh said.");
    }

    @Test
    void theJudgeIsTheOneTitledJustice() {
        Article a = extract("council-and-continuations.txt");
        assertEquals("Harriet Vale", quote(a, "It is not for this court").speaker(),
                "Mrs Justice Harriet Vale refused…. Ms Marlowe said. ¶ The judge was cautious…. “…,” she wrote.");
    }

    @Test
    void aBodysReportedClauseGoesOnAfterAndWasOrAndWould() {
        Article a = extract("bodies-go-on.txt");
        assertNull(quote(a, "deeply saddened").speaker(),
                "the mill's board said it had “…” to keep the looms running and was “deeply saddened”");
        assertNull(quote(a, "engage closely").speaker(), "The Highland Council said it welcomed … “…” and would “engage closely”");
        assertEquals("Ruth Ashdown", quote(a, "fight for every job").speaker(), "stays");
    }

    @Test
    void aPageSavedBeforeItsScriptWroteTheStoryIsReadFromItsJsonLd() {
        Article a = extract("script-rendered-page.html");
        assertEquals(3, a.paragraphs().size(), a.paragraphs().toString());
        assertTrue(a.paragraphs().get(0).startsWith("Dock workers in Valparaíso"), a.paragraphs().toString());
        assertEquals("Rosa Quilodrán", quote(a, "We got what we came for").speaker());
    }

    @Test
    void anInlineQElementIsAQuoteAndABlockQuotesFooterSaysWhoSpokeIt() {
        Article a = extract("inline-q-and-a-signed-statement.html");
        assertEquals("Aled Morgan", quote(a, "A true hero of our coast.").speaker(),
                "the local MP, Aled Morgan, wrote: <q>A true hero of our coast.</q>: a browser shows its marks");
        assertNull(quote(a, "Ieuan was the first to the station").speaker(),
                "<blockquote>“…”<footer>— Statement from the Pryce family</footer></blockquote>: the family, nobody named");
        assertTrue(a.paragraphs().stream().anyMatch(p -> p.endsWith("— Statement from the Pryce family")), a.paragraphs().toString());
    }

    @Test
    void aLivePagesKeyEventsKeepTheirNamesButNotTheirQuotesAndRelatedPromosAreFurniture() {
        Article a = extract("live-furniture.html");
        assertEquals(1, a.quotes().stream().filter(q -> q.text().startsWith("Don't let them")).count(),
                "the key events repeat “Don't let them make a copy of you”: " + a.quotes());
        assertEquals("Lena Marsh-Whitby", quote(a, "My dad drove a bus").speaker(),
                "stays: her whole name is only in the key events");
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().startsWith("Same room") || q.text().startsWith("the only one")),
                "jp-relatedposts and PagePromo links are not the article: " + a.quotes());
    }

    @Test
    void namesPeopleGiveToThingsAreNotSpeech() {
        Article a = extract("names-for-things.txt");
        assertEquals(List.of("We will fix it,"), a.quotes().stream().map(Quote::text).toList(),
                "that staff call “…”, known internally as “…”, code-named “…”, taken to calling “…”, sometimes called “…”, "
                + "placards that read “…” - “…” (a translation), the line “…”, billed as “…”");
    }

    @Test
    void whatAShowIsBilledOnPostersAsIsNotSpeech() {
        Article a = extract("billed-on-posters-as.txt");
        assertEquals(List.of("We listened,"), a.quotes().stream().map(Quote::text).toList(), "billed on posters as “…”");
    }

    @Test
    void accordingToAfterAQuoteAndByHerOwnAccountBeforeItNameTheSpeaker() {
        Article a = extract("accounts-and-according.txt");
        assertEquals("Greta Solheim", quote(a, "built on grandmothers").speaker(), "“…”, according to Solheim.");
        assertEquals("Anders Solheim", quote(a, "the one who cuts").speaker(), "…and, by his own account, “…”");
        assertEquals("Ilse Marrow", quote(a, "like a memory").speaker(), "…until they sound, in her words, “…”");
    }

    @Test
    void aPositionOnTheFieldIsARoleThatStandsForThePersonBefore() {
        Article a = extract("council-and-continuations.txt");
        assertEquals("Liam Dunne", quote(a, "Their boy leans").speaker(), "Liam Dunne… ¶ “…,” the former centre-half said.");
    }

    @Test
    void accordingToABodyThenSomeoneWhoWorksForItIsThatPerson() {
        Article a = extract("according-to-a-body-then-its-person.txt");
        assertEquals("Saoirse Kinsella", quote(a, "the wettest night").speaker(), "According to Met Éireann forecaster X, … “…”");
        assertEquals("Tomasi Vunipola", quote(a, "never built").speaker(), "According to Harbour Board engineer X");
        assertNull(quote(a, "most of the winter").speaker(), "According to the harbour board, … “…”: a body's words, no one named");
    }

    @Test
    void accordingToARoleThenItsNameIsTheNamedPerson() {
        Article a = extract("accounts-and-according.txt");
        assertEquals("Kieran Moylan", quote(a, "left in limbo").speaker(),
                "According to the students' union president, Kieran Moylan, students have been “…”");
        assertEquals("Kieran Moylan", quote(a, "There are first-years").speaker(), "“…,” he said. (not the secretary)");
    }

    @Test
    void aNameAfterAnIrregularPastVerbIsItsObject() {
        Article a = extract("council-and-continuations.txt");
        assertEquals("Ama Oduro", quote(a, "We just argued").speaker(),
                "Ama Oduro, who met Mensah at…, says…. “…,” she says.");
    }

    @Test
    void theWordsAfterHerAnswerWasOrHisRuleWasAreTheOwners() {
        Article a = extract("owners-and-messages.txt");
        assertEquals("Tomasz Quill", quote(a, "If it says something").speaker(), "Quill's rule from day one was, “…”");
        assertEquals("Margit Szabo", quote(a, "I don't understand").speaker(), "Szabo listened. Her answer was, “…”");
    }

    @Test
    void aMessageFromAReaderAndAReporterSigningOffBeforeAColonAreTheirs() {
        Article a = extract("owners-and-messages.txt");
        assertEquals("Maria Costa", quote(a, "There are people").speaker(), "a message from reader Maria Costa, who…: “…”");
        assertEquals("Tess Halloran", quote(a, "The volunteers deserve").speaker(),
                "Our reporter Tess Halloran is signing off from the finish line: “…”");
        assertEquals("Harold Finch", quote(a, "Keep those machines").speaker(), "He used to tell the boy, “…”");
    }

    @Test
    void aMalayNameKeepsItsGivenNameWithTheTitle() {
        Article a = extract("owners-and-messages.txt");
        assertEquals("Nurul Huda Ismail", quote(a, "For Malay").speaker(), "“…,” said Ms Nurul.");
    }

    @Test
    void companiesInThePluralSpeakAsBodiesAndAPhraseNamedAfterAQuoteIsATerm() {
        Article a = extract("owners-and-messages.txt");
        assertNull(quote(a, "generous protections").speaker(), "The three companies said … that they had offered “…”");
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().startsWith("hand-steered")),
                "described the approach as “…” in interviews, a phrase…: " + a.quotes());
    }

    @Test
    void someoneWhoAskedNotToBeNamedIsThePronounOfTheNextParagraph() {
        Article a = extract("anonymous-and-bodies.txt");
        assertNull(quote(a, "A lot of our faces").speaker(),
                "An actor who…asked not to be named because she…, said… ¶ “…,” she said. (not Rosa Delgado)");
    }

    @Test
    void myRelativeInAnInterviewsAnswerIsTheRelativeTheQuestionsNamed() {
        Article a = extract("my-relative-in-an-interviews-answer.html");
        assertEquals("Dora Varga", quote(a, "Only if I choose").speaker(),
                "Your sister, Dora Varga, … ¶ A show in Vienna, with my sister again, if she agrees. … She said, “…”");
        assertEquals("Lajos Benko", quote(a, "The fire decides").speaker());
    }

    @Test
    void someoneWhoSpokeOnTheConditionThatHeNotBeNamedIsThePronounOfTheNextParagraph() {
        Article a = extract("spoke-on-condition-that-he-not-be-named.txt");
        assertNull(quote(a, "We are not striking").speaker(),
                "One deckhand, who spoke on the condition that he not be named…, said… ¶ “…,” he said. (not the director before)");
        assertNull(quote(a, "We are striking so").speaker());
    }

    @Test
    void aStatementOfSomeonesLabelIsTheLabelsAndTheSpeakersOwnHusbandIsUnnamed() {
        Article a = extract("anonymous-and-bodies.txt");
        assertNull(quote(a, "This video was").speaker(), "Mokoena's label… said in a statement… ¶ “…,” the statement said.");
        assertNull(quote(a, "Well, are we").speaker(), "I just wanted to say, my husband proposed…. He leaned over and said, “…”");
    }

    @Test
    void aTabloidsMumOfTwoAndHerBarmaidsNameAreTheStarAndNotACharacter() {
        Article a = extract("tabloid-family.txt");
        assertEquals("Marisa Quayle", quote(a, "I honestly felt sick").speaker(), "the mum-of-two said: “…”");
        assertEquals("Marisa Quayle", quote(a, "Every time it comes down").speaker(),
                "Marisa, who has played barmaid Kelly Voss…, said… ¶ “…,” she said.");
    }

    @Test
    void aRelativeNamedByAGivenNameAloneTakesTheFamilysSurname() {
        Article a = extract("tabloid-family.txt");
        assertEquals("Declan Quayle", quote(a, "furious and helpless").speaker(), "Her husband Declan, 44, said…");
        assertEquals("Sam Quayle", quote(a, "Every site wants").speaker(), "Her brother Sam has spent… “…,” he says.");
    }

    @Test
    void hisFamilyIsManyPeopleNotTheManTheySpeakOfAndAWordEndingInLyIsNoAdverb() {
        Article a = extract("family-and-names-ending-in-ly.txt");
        assertNull(quote(a, "He was the kindest man").speaker(), "“…,” his family said: none of them named, not Huw Jenkins");
        assertEquals("Emily", quote(a, "He would have hated the fuss").speaker(),
                "“…,” Sister Emily said: \"Emily\" is not an adverb before the verb, as \"quietly\" would be");
    }

    @Test
    void aRelativeNamedByAGivenNameAfterMyOrSomeonesSpeaksByThatName() {
        Article a = extract("relatives-named-by-a-given-name-after-my-or-a-name.txt");
        assertEquals("Priyanka", quote(a, "If you open another").speaker(), "My wife, X, said, “…”");
        assertEquals("Declan", quote(a, "I married a woman").speaker(), "Y's husband, X, is a firefighter. “…,” he says");
    }

    @Test
    void aBrotherNamedByAGivenNameInAnInterviewsAnswerTakesTheIntervieweesSurname() {
        Article a = extract("an-interview-where-my-brother-speaks.md");
        assertEquals("Themba Khumalo-Reid", quote(a, "Now make one").speaker(), "**X Y:** … My brother Z … He said to me, “…”");
    }

    @Test
    void aChildNamedByAGivenNameWhoSpeaksLaterIsTheSpeakerByThatName() {
        Article a = extract("a-child-named-by-a-given-name-who-speaks-later.txt");
        assertEquals("Ffion", quote(a, "He knew every child").speaker(), "His daughter X was with him. ¶ “…,” X said");
    }

    @Test
    void aChildNamedByAGivenNameWhoSpeaksIsTheSpeakerByThatName() {
        Article a = extract("a-child-named-by-a-given-name-speaks.txt");
        assertEquals("Siobhán", quote(a, "He could tell").speaker(), "His daughter X said: “…”");
        assertEquals("Tadhg", quote(a, "He never once").speaker(), "“…,” said his son, X.");
        assertEquals("Ifeoma", quote(a, "It is half a boat").speaker(), "Their granddaughter, X, 19, … said she… “…,” she said");
    }

    @Test
    void aRelativeRenamedByAGivenNameAfterTheQuoteTakesTheFamilysSurname() {
        assertEquals("Peter Moore", quote(extract("kin-renamed-after-the-quote.txt"), "Never in my life").speaker(),
                "“…,” said his brother, Peter, who…: a given name alone renames a relative, as it does a role");
    }

    @Test
    void aRoleRenamedAfterTheQuoteByANameWithAFormOfAddressIsThatPerson() {
        assertEquals("Aurelio Quispe Mamani", quote(extract("kin-renamed-by-a-name-with-a-form-of-address.txt"), "My mother wove").speaker(),
                "“…,” said her son, Don Aurelio Quispe Mamani, 58, at…: the capital the name is read without is no obstacle");
    }

    @Test
    void aSourceCloseToTheStarIsUnnamedAndADeanOfLibrariesIsNotNamedLibraries() {
        Article a = extract("tabloid-family.txt");
        assertNull(quote(a, "She is a very private").speaker(), "A source close to the star said: “…”");
        assertEquals("Patricia Lindell", quote(a, "We looked at the data").speaker(), "Dean of Libraries Patricia Lindell");
    }

    @Test
    void aNicknameBetweenGivenNameAndSurnameLaterNamesThatPerson() {
        Article a = extract("nicknames-and-letters.txt");
        assertEquals("Tomasz Wieczorek", quote(a, "the longest hour").speaker(), "Tomasz “Quillon” Wieczorek … Quillon, 23, said");
        assertEquals("Tomasz Wieczorek", quote(a, "A referee walked over").speaker(), "“…,” he told reporters");
        assertEquals("Min-seo Baek", quote(a, "See you on Thursday").speaker(), "Min-seo “Wren” Baek … Wren posted… she said");
        assertFalse(a.speakers().contains("Quillon"), a.speakers().toString());
    }

    @Test
    void aNicknameInSingleQuotesInsideANameKeepsThePersonWhole() {
        Article a = extract("single-quoted-nickname-in-a-name.txt");
        assertEquals("Kenneth Penhallow", quote(a, "The channel has been").speaker(), "Kenneth ‘Kit’ Penhallow, 71, … Penhallow said");
        assertEquals("Adaeze Okonkwo-Hale", quote(a, "They were polite").speaker(), "Adaeze ‘Daisy’ Okonkwo-Hale … Okonkwo-Hale said");
        assertEquals("Kenneth Penhallow", quote(a, "It is a small price").speaker(), "Kit said … he said");
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().equals("Kit")), a.quotes().toString());
    }

    @Test
    void aQuotedNameSomeoneIsKnownAsIsNotAnotherPerson() {
        Article a = extract("companions-and-quoted-nicknames.txt");
        assertEquals("Angus Morrison", quote(a, "A slow air").speaker(), "her son Angus, known as “Angus Dubh”, … Angus said");
        assertFalse(a.speakers().contains("Angus Dubh"), a.speakers().toString());
    }

    @Test
    void aStageNameAfterKnownAsNamesThePersonWhoseGivenNameChorusDoesNotKnow() {
        Article a = extract("a-stage-name-after-known-as.txt");
        assertEquals("Oluwadamilola Adeyinka-Briggs", quote(a, "I used to sneak").speaker(), "X Y, known as Z, … Z told the audience");
        assertEquals("Oluwadamilola Adeyinka-Briggs", quote(a, "Tonight I paid").speaker());
        assertFalse(a.speakers().contains("Dami"), a.speakers().toString());
    }

    @Test
    void theYoungerOfTwoWhoShareASurnameIsTheSonAndALetterFromHimSpeaksForHim() {
        Article a = extract("nicknames-and-letters.txt");
        assertEquals("Filip Nowicki", quote(a, "never shouted at anyone").speaker(),
                "Arkadiusz Nowicki (51) … the coach’s son, Filip Nowicki … the younger Mr Nowicki wrote");
        assertEquals("Filip Nowicki", quote(a, "He lost his temper").speaker(), "a letter from … Filip Nowicki ¶ the letter said");
        assertEquals("Jerzy Falkowski", quote(a, "We owe the team").speaker());
    }

    @Test
    void anAgeInBracketsAndARoleWithNoArticleKeepTheNameAPerson() {
        Article a = extract("brackets-and-bare-roles.txt");
        assertEquals("Rudo Makoni", quote(a, "We come here at four").speaker(), "Mrs Rudo Makoni (38), a hairdresser…, said… she said");
        assertEquals("Farai Chikore", quote(a, "We are waiting for parts").speaker(), "Farai Chikore, head of operations at…, said… she said");
        assertEquals("Tonderai Gumbo", quote(a, "We have bowsers").speaker(), "Clr Tonderai Gumbo said… he said");
        assertEquals("Farai Chikore", quote(a, "about two weeks away").speaker(), "According to Ms. Chikore, the pumps are “…”");
    }

    @Test
    void aRoleAfterAQuoteIsTheOneActingHereWhenNoRoleIsKnownOfThem() {
        Article a = extract("brackets-and-bare-roles.txt");
        assertEquals("Tichaona Dube", quote(a, "He charges for the fuel").speaker(),
                "Kudzai Mhlanga, solicitor for… ¶ … ¶ Mr Dube said his client… “…,” the solicitor said");
    }

    @Test
    void aChildNamedAfterWhoseSonSpeaksByTheFamilysNameAndAGroupInAppositionIsNoOne() {
        Article a = extract("children-and-campaigns.txt");
        assertEquals("Iolo Jenkins", quote(a, "The rabbit sounds").speaker(), "Gwenno Jenkins, whose son Iolo… ¶ Iolo himself… he said");
        assertNull(quote(a, "must not replace").speaker(), "A campaign group…, Lleisiau Bach, said in a statement that… “…”");
        assertEquals("Keeley Maranoa", quote(a, "They’ve called me that").speaker(), "Keeley “the Tank” Maranoa");
    }

    @Test
    void aHyphenatedGoerWhoSumsUpTheMoodIsSomeoneUnnamed() {
        Article a = extract("brackets-and-bare-roles.txt");
        assertNull(quote(a, "We will drink from the river").speaker(),
                "Outside the depot, one race-goer who had driven from Bulawayo summed up the mood. “…,” she said.");
    }

    @Test
    void theOneAskedIsTheOneWhoRepliesAndAJudgeRemindsJurors() {
        Article a = extract("court-exchanges.txt");
        assertEquals("Rajinder Gill", quote(a, "No. They wore").speaker(),
                "She asks Mr Gill whether… ¶ “…,” he replies (his son Amrit Gill is named later)");
        assertEquals("Anahera Pohatu", quote(a, "only on what you hear").speaker(), "She reminds jurors that they must… “…”");
        assertNull(quote(a, "a boy who never grew up").speaker(), "reminded him of “…” is no speech of the accused's");
    }

    @Test
    void aGrandmothersTitleTheRevdRunTogetherInitialsAndALaboratoryAreReadAsTheyAreMeant() {
        Article a = extract("elders-initials-and-labs.txt");
        assertEquals("Thandiwe Mkhize", quote(a, "Since they closed").speaker(), "Gogo Thandiwe Mkhize, 71, … Gogo Mkhize said");
        assertEquals("Margaret Oyelowo", quote(a, "We have the tables").speaker(), "The Revd Margaret Oyelowo… she said");
        assertEquals("S.K. Venkataraman", quote(a, "The steel has arrived").speaker(), "S.K. Venkataraman… Mr. Venkataraman said");
        assertEquals("Ruth Castellano", quote(a, "The water took").speaker(), "Dr Ruth Castellano, a hydrologist at the …’s Lower Valley Marine Laboratory");
    }

    @Test
    void aGivenNameJoinedByAndToAWholeNameSharesItsSurname() {
        Article a = extract("couple-sharing-a-surname.txt");
        assertEquals("Grace Otieno", quote(a, "Every time they blast").speaker(), "Grace and Peter Otieno… Mrs Otieno said… ¶ “…,” she said");
        assertEquals("Grace Otieno", quote(a, "Nobody from the company").speaker());
        assertEquals("Peter Otieno", quote(a, "They send a leaflet").speaker(), "Mr Otieno said");
    }

    @Test
    void seniorAfterABareSurnameIsTheElderOfTwoWhoseAgesAreGiven() {
        Article a = extract("father-and-son-senior.txt");
        assertEquals("Ernesto Ruiz", quote(a, "He thinks a boat").speaker(), "Ernesto Ruiz, 70, … Diego Ruiz, 38 … Ruiz senior waved… “…,” he said");
        assertEquals("Diego Ruiz", quote(a, "The orders are").speaker());
    }

    @Test
    void theElderWithAnAgeOfHerOwnIsTheNamesakeWhoseAgeIsNotGiven() {
        Article a = extract("elder-with-her-age.txt");
        assertEquals("Adela Haddad", quote(a, "His stitches are good").speaker(),
                "Adela Haddad … Luchino Haddad, 41, … The elder Haddad, 74, is blunter. “…,” she said");
        assertEquals("Luchino Haddad", quote(a, "We are booked").speaker(), "Luchino Haddad says… “…,” he said");
    }

    @Test
    void theReviewersOwnWaiterOrBartenderIsSomeoneUnnamed() {
        Article a = extract("our-waiter.txt");
        assertEquals("Imogen Trask", quote(a, "the cleanest stock").speaker());
        assertNull(quote(a, "Skip dessert").speaker(), "Our bartender, who…, was blunter. “…,” she said (a named critic before)");
    }

    @Test
    void aFilmsNarratorIsNoOneNamedUnlessTheTextNamesTheNarrator() {
        Article a = extract("newsreel-narrator.txt");
        assertNull(quote(a, "Every child in the street").speaker(), "She said… a street party in which the narrator declares, “…”");
        assertEquals("Beatrix Olawale", quote(a, "You can hear the crowd").speaker());
    }

    @Test
    void anOfficeWrittenInCapitalsRenamesNoOneWhoActedBefore() {
        Article a = extract("office-in-capitals.txt");
        assertEquals("Philippa Rourke", quote(a, "I have more to say").speaker());
        assertNull(quote(a, "That is quite enough").speaker(), "¶ The Deputy Speaker, who…, murmured “…” (no Deputy Speaker is named)");
    }

    @Test
    void aGovernmentOfficeRenamesNoOneWhomTheTextGaveAnotherRole() {
        Article a = extract("an-office-never-given-to-the-one-acting-before.txt");
        assertNull(quote(a, "ready to help").speaker(), "Shop owner X … said ¶ The first minister has said… “…”: nobody named");
        assertEquals("Archie Brodie", quote(a, "for as long").speaker(), "X, given no role, visited… ¶ The first minister said… “…”");
    }

    @Test
    void aRoleInTheLeadIsThePersonGivenThatRoleLater() {
        Article a = extract("role-in-the-lead.txt");
        assertEquals("Marguerite Olsen-Baptiste", quote(a, "given us room").speaker(),
                "…prices that its finance director said had “…” ¶ … ¶ Finance Director Marguerite Olsen-Baptiste told analysts");
    }

    @Test
    void aFewQuotedWordsThatAreTheSubjectOfTheNextVerbNameAThing() {
        Article a = extract("term-as-subject.txt");
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().startsWith("starter licence") || q.text().startsWith("quiet hours")),
                "a “starter licence” would be offered, the scheme’s “quiet hours” will apply: " + a.quotes());
        assertEquals("Grainne Mulvihill", quote(a, "We want markets").speaker());
    }

    @Test
    void wordsTypedIntoAnAppAreNoSpeech() {
        Article a = extract("typed-prompts.txt");
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().startsWith("storybook fox")), "letting a visitor type “…”: " + a.quotes());
        assertEquals("Oona Pettersen", quote(a, "That is twenty years").speaker());
    }

    @Test
    void aShoutFromTheHallIsSomeoneUnnamed() {
        Article a = extract("cries-from-the-floor.txt");
        assertNull(quote(a, "Then fix it").speaker(), "came a shout of “…”, to which Mr Fenwick-Rae replied that…");
        assertEquals("Lachlan Fenwick-Rae", quote(a, "Nobody likes paying").speaker());
    }

    @Test
    void aChantIsKeptAsTheCrowdsWithNoSpeakerButASongIsNot() {
        Article a = extract("crowd-chants.txt");
        assertNull(quote(a, "Harriers till I die").speaker(), "fans chanted “…”: many voices, kept with no speaker");
        assertNull(quote(a, "We're going to Wembley").speaker(), "They chanted “…”: not the manager named before");
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().startsWith("You'll Never")), "the crowd had sung “…”: a song");
        assertEquals("Tom Okafor", quote(a, "I just hit it").speaker());
        assertNull(quote(a, "Cheats!").speaker(), "someone shouted “…”: kept, nobody named");
    }

    @Test
    void aDocumentThatSaysSomethingInARelativeClauseIsNotItsReader() {
        Article a = extract("document-which-says.txt");
        assertNull(quote(a, "no ward should open").speaker(), "She handed over a petition…, which says that “…”");
        assertEquals("Tessaly Brannigan", quote(a, "We have been patient").speaker());
    }

    @Test
    void theOneAWorkIsMadeByTakesTheRoleTheVerbMakes() {
        Article a = extract("role-from-the-verb-before-by.txt");
        assertEquals("Melati Sulang", quote(a, "Every bank").speaker(), "a documentary produced by Melati Sulang ¶ the producer said");
        assertEquals("Melati Sulang", quote(a, "The river proved").speaker());
    }

    @Test
    void theOneWhosePlayIsReviewedIsThePlaywright() {
        Article a = extract("maker-of-the-work.txt");
        assertEquals("Tobias Wren", quote(a, "still being argued").speaker(), "Tobias Wren’s debut play … The playwright himself conceded… “…”");
        assertEquals("Felix Oduya", quote(a, "I wanted him to know").speaker());
    }

    @Test
    void theOneASentenceIsForAndTheOneACourtHearsFromAreWhomTheNextPronounMeans() {
        Article a = extract("topic-and-testimony.txt");
        assertEquals("Olwen Penhallow", quote(a, "I will not have them").speaker(),
                "For Ms Penhallow, the case is… She said… ¶ “…,” she said (Ms Achterberg spoke last)");
        assertEquals("Rosalind Tregaskis", quote(a, "They always have").speaker(),
                "The tribunal also heard from Rosalind Tregaskis…. She told the panel… ¶ “…,” she said");
    }

    @Test
    void theOneWordSomeoneIsKnownByIsThatPersonLater() {
        Article a = extract("known-as.txt");
        assertEquals("Siriporn Chaiyaporn", quote(a, "My knees told me").speaker(),
                "Siriporn Chaiyaporn, 61, known … by her nickname Jeab, … ¶ “…,” Jeab said");
        assertEquals("Kittisak Wongsawat", quote(a, "She still reads").speaker(), "Trainer Kittisak Wongsawat, known around the yard as Tong,");
        assertTrue(a.speakers().stream().noneMatch(s -> s.equals("Jeab") || s.equals("Tong")), a.speakers().toString());
    }

    @Test
    void lettersAfterANameGiveTheRoleTheTextCallsThemByLater() {
        Article a = extract("post-nominal-role.txt");
        assertEquals("Ailsa Drummond", quote(a, "People are being asked").speaker(), "Ailsa Drummond MSP … ¶ “…,” the MSP said");
        assertEquals("Neil Baird", quote(a, "We cannot plan").speaker());
    }

    @Test
    void anOfficesInitialsBeforeASurnameAreATitle() {
        Article a = extract("office-initials.txt");
        assertEquals("Harish Venkataraman", quote(a, "We have rice").speaker(), "Block Development Officer Harish Venkataraman … ¶ BDO Venkataraman said");
        assertTrue(a.speakers().stream().noneMatch(s -> s.startsWith("BDO")), a.speakers().toString());
    }

    @Test
    void aBareSurnameKeepsMeaningTheOneItMeantBeforeTheFamilyWasNamed() {
        Article a = extract("first-bare-surname.txt");
        assertEquals("Desmond Okafor", quote(a, "Nobody ever told me").speaker(),
                "Desmond Okafor… ¶ Okafor's first champion… ¶ His granddaughter, Chidinma Okafor… ¶ …, Okafor laughed. “…”");
        assertEquals("Chidinma Okafor", quote(a, "We will take it").speaker());
    }

    @Test
    void aLinguistInAppositionMakesANameWithAnUnknownGivenNameAPerson() {
        Article a = extract("language-scholars.txt");
        assertEquals("Þórhildur Magnúsdóttir", quote(a, "The maps were drawn").speaker(),
                "Þórhildur Magnúsdóttir, a linguist at…, who…, said… “…,” she said (a councillor spoke before)");
    }

    @Test
    void aNameAfterThinkingOrBelievingIsTheSubjectOfAReportedClauseNotTheOneActing() {
        Article a = extract("reported-clause-gerund.txt");
        assertEquals("Xiadani Oyelaran-Voss", quote(a, "Selling a copy").speaker(),
                "X…, said the stall might have… by leading buyers into thinking Hollins… were…. “…,” she said");
        assertEquals("Dorothy Hollins", quote(a, "I trusted the label").speaker());
    }

    @Test
    void aPlatformOnWhichSomethingRunsIsABody() {
        Article a = extract("platform-on-which.txt");
        assertNull(quote(a, "We take food safety").speaker(), "Ferroway Stream, the platform on which…, said in a statement… “…,” the statement said");
        assertTrue(a.speakers().isEmpty(), a.speakers().toString());
    }

    @Test
    void wordsSomeoneUnnamedToldThemAreNotTheirOwn() {
        Article a = extract("told-by-someone.txt");
        assertNull(quote(a, "bad luck for the cargo").speaker(), "She said she had once been told by a visiting captain that… was “…”");
        assertEquals("Ruth Tamihana", quote(a, "He was wrong").speaker());
    }

    @Test
    void aReportersGlossAfterMeaningAndAWordGlossedAreNoSpeech() {
        Article a = extract("a-gloss-and-a-word-glossed.txt");
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().equals("take shelter now") || q.text().equals("wind")),
                "raised its alert to red, meaning “…”; the word for “…”: " + a.quotes());
        assertEquals("Jedda Marrawal", quote(a, "They know").speaker());
    }

    @Test
    void aTermGlossedOrSomethingReferredToAsIsNoSpeech() {
        Article a = extract("glossed-terms.txt");
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().startsWith("craft-style") || q.text().startsWith("open crumb")),
                "referred to their loaves as “…”, had an “…”, meaning…: " + a.quotes());
        assertEquals("Hywel Pritchard", quote(a, "That is not sourdough").speaker());
    }

    @Test
    void aMottoPastAnAsideAndACategorysNameAreNoSpeech() {
        Article a = extract("written-up.txt");
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().startsWith("Bread first") || q.text().startsWith("outstanding small")),
                "The bakery's motto, chalked on a board…, is “…”; the top category, “…”: " + a.quotes());
        assertEquals("Gwenllian Morgan", quote(a, "We just bake").speaker());
    }

    @Test
    void aTwoLetterInitialOfATransliteratedNameIsPartOfTheName() {
        Article a = extract("transliterated-initials.txt");
        assertEquals("Kh. Gansukh", quote(a, "It was our mistake").speaker(), "Kh. Gansukh, who has led…, said… ¶ “…,” Gansukh said");
        assertEquals("Kh. Gansukh", quote(a, "Trust takes longer").speaker(), "He said… “…,” he said. “…”");
    }

    @Test
    void aTeluguInitialChWithItsPointIsPartOfTheNameButNotBeforeARank() {
        Article a = extract("telugu-initial-ch.txt");
        assertEquals("Ch. Lakshmi Prasanna", quote(a, "A family with two").speaker(), "Dr Ch. Lakshmi Prasanna");
        assertEquals("Ch. Venkateswarlu Naidu", quote(a, "My sons drive").speaker());
        assertTrue(a.mentions().contains("Ravi Teja"), "Ch Supt Ravi Teja: a chief superintendent: " + a.mentions());
    }

    @Test
    void anAsideEndingTheAttributionSentenceKeepsTheSpeakerForTheQuoteAfterIt() {
        Article a = extract("aside-ends-the-attribution.txt");
        assertEquals("Marit Holloway", quote(a, "Now we collect it").speaker(),
                "“…,” said Marit Holloway, who opened the bakery… with her cousin, Tobias Holloway. “…”");
        assertEquals("Rukmini Achterberg", quote(a, "Brewers' yeast").speaker(),
                "“…,” said Dr Rukmini Achterberg, a food scientist at … and the author of…. “…”");
    }

    @Test
    void aRoleThatOwnsTheAppositionIsNotTheRoleOfTheNameBeforeIt() {
        Article a = extract("owner-of-the-role.txt");
        assertEquals("Tomas Reyes", quote(a, "Half of them").speaker());
        assertEquals("Dolores Achebe", quote(a, "This room belongs").speaker(),
                "the mayor, Dolores Achebe, … ¶ Tomas Reyes, the mayor's husband, … ¶ “…,” the mayor said");
    }

    @Test
    void theMasterOrMistressOfAPlaceBeforeANameIsARole() {
        Article a = extract("master-of-a-place.txt");
        assertEquals("Agnes Whitcombe", quote(a, "Saturday is when").speaker(), "Postmistress Agnes Whitcombe said… “…,” she said");
        assertEquals("Rhodri Penhale", quote(a, "First the bank").speaker());
        assertEquals("Agnes Whitcombe", quote(a, "We will put a notice").speaker(), "“…,” the postmistress said");
    }

    @Test
    void oneUnnamedPersonsVerdictIsAQuoteButANameManyGiveIsNot() {
        Article a = extract("unnamed-verdicts.txt");
        assertNull(quote(a, "a shambles").speaker(), "A woman…, who asked not to be named…, called the new timetable “…”");
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().startsWith("the Lantern")),
                "Drivers called the last bus of the night “…”: " + a.quotes());
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().startsWith("a loud crash")),
                "A passenger… called the police after hearing “…”: no verdict on the police: " + a.quotes());
        assertEquals("Petra Vandermeer", quote(a, "We were promised").speaker());
    }

    @Test
    void aFaroeseSurnameKeepsTheSmallWordInsideIt() {
        Article a = extract("place-particle-surnames.txt");
        assertEquals("Jógvan á Heygum", quote(a, "We read every letter").speaker(), "council leader Jógvan á Heygum said");
        assertEquals("Jógvan á Heygum", quote(a, "test the water").speaker(), "Á Heygum said, opening a sentence");
        assertEquals("Durita við Gjógv", quote(a, "I have swum").speaker(), "Durita við Gjógv, a retired teacher… “…,” she said");
        assertEquals("Eyðun av Skarði", quote(a, "Nobody in this village").speaker(), "said Eyðun av Skarði, who runs…");
    }

    @Test
    void aNameOpeningWithTheGlottalStopKeepsIt() {
        Article a = extract("glottal-stop-names.txt");
        assertEquals("Mele 'Akauola", quote(a, "We have been weaving").speaker(), "said the co-operative's chairwoman, Mele 'Akauola");
        assertEquals("Mele 'Akauola", quote(a, "more than sixty").speaker(), "'Akauola said, opening a sentence");
        assertEquals("'Ofa Tupou", quote(a, "She told me").speaker(), "'Ofa Tupou, who at 19… “…,” she said");
        assertTrue(a.speakers().stream().noneMatch(s -> s.contains("Always")),
                "'Always soak the leaves…' opens a quote, not a name: " + a.speakers());
    }

    @Test
    void theOneAskedAnswersAfterTheQuestionIsPutInAParagraphOfItsOwn() {
        Article a = extract("question-asked-two-paragraphs-back.txt");
        assertEquals("Pieter Olivier", quote(a, "You never once asked").speaker());
        assertEquals("Ruth Simataa", quote(a, "That is right").speaker(),
                "Olivier asked Simataa whether she had ever seen Kanyemba… ¶ “…?” Olivier asked. ¶ “…,” she replied");
        assertEquals("Ruth Simataa", quote(a, "We trusted him").speaker());
    }

    @Test
    void aTitleBeforeAnUnknownGivenNameAndAParticleIsNotPartOfTheName() {
        Article a = extract("title-before-an-unknown-name-with-a-particle.txt");
        assertEquals("Elrike van der Merwe", quote(a, "a small fortune").speaker(), "Winemaker Elrike van der Merwe…, said");
        assertEquals("Mbalenhle dos Santos", quote(a, "Everybody wants it").speaker(), "Co-founder Mbalenhle dos Santos");
        assertEquals("Marie-Louise Odile du Plessis", quote(a, "If it works").speaker(), "a given name of two parts is no title");
    }

    @Test
    void theCapitalAfterATitlesOfIsTheTitlesPlaceNotPartOfTheName() {
        Article a = extract("title-of-a-place-before-a-name.txt");
        assertEquals("Davlatmand Kholovich Sharipov", quote(a, "I sang this").speaker(),
                "“the Honoured Singer of Tajikistan Davlatmand Kholovich Sharipov, 74,”: Tajikistan is the title's");
        assertEquals("Davlatmand Kholovich Sharipov", quote(a, "Tonight the roof").speaker());
    }

    @Test
    void aChainOfTitlesLongerThanANameEndsInTheWholeName() {
        Article a = extract("long-title-before-a-name.txt");
        assertEquals("Wekesa Rotich", quote(a, "One match").speaker(), "Trans Nzoia County Fire Chief Officer Wekesa Rotich said");
        assertEquals("Janet Chepkoech Kirui", quote(a, "The forest has not").speaker(),
                "The Kenya Forest Service … Senior Assistant Director Janet Chepkoech Kirui said: fourteen capitals");
        assertEquals("Alice Wanjala", quote(a, "It came over").speaker());
    }

    @Test
    void stackedTitlesANameAndTheBodyTheyServeBeforeSaidNameTheSpeaker() {
        Article a = extract("titles-name-and-body.txt");
        assertEquals("Priya Lal", quote(a, "We are treating").speaker(),
                "“…,” Detective Chief Inspector Priya Lal of Thames Valley Police said.");
        assertEquals("Tom Okoro", quote(a, "Nobody was inside").speaker(),
                "“…,” Fire Station Commander Tom Okoro of the Royal Berkshire Fire and Rescue Service said.");
    }

    @Test
    void aRoleInAppositionReachesPastStackedHonorifics() {
        Article a = extract("stacked-honorifics-in-apposition.txt");
        assertEquals("Musa Danladi", quote(a, "We know the taps").speaker(),
                "The chairman of the state water board, Alhaji Dr. Musa Danladi, … ¶ “…,” the chairman said");
        assertEquals("Hauwa Abdullahi", quote(a, "I will be here").speaker(),
                "The ward councillor, Hon. Barr. Hauwa Abdullahi, said… ¶ “…,” the councillor said");
    }

    @Test
    void theFirstOfTwoFamilyNamesWithItsArabicArticleWrittenSmallNamesThePersonLater() {
        Article a = extract("arabic-article-in-the-first-of-two-family-names.txt");
        assertEquals("Khaled al-Saqqaf Bamatraf", quote(a, "The cranes").speaker(), "Eng. al-Saqqaf said");
        assertEquals("Khaled al-Saqqaf Bamatraf", quote(a, "We are hiring").speaker());
    }

    @Test
    void aSurnameWrittenLaterWithoutItsArabicArticleIsStillThePersonActing() {
        Article a = extract("arabic-article-dropped-later.txt");
        assertEquals("Yousef al-Tamimi", quote(a, "My grandfather").speaker());
        assertEquals("Samir al-Rubaie", quote(a, "Without that").speaker());
        assertEquals("Yousef al-Tamimi", quote(a, "I am not going").speaker(), "Tamimi said he would… “…,” he said");
    }

    @Test
    void aSecondAsideAfterTheFirstDoesNotHideTheSubject() {
        Article a = extract("two-asides-before-the-verb.txt");
        assertEquals("Orla Kinsella", quote(a, "a closing notice").speaker(),
                "Orla Kinsella, who runs…, one of four businesses holding Cairnline contracts, sat through… and said… “…”");
        assertEquals("Peadar Glynn", quote(a, "I have the seats").speaker());
    }

    @Test
    void aSeatNamedBeforeAnHonorificIsPartOfTheTitleNotAPreposition() {
        Article a = extract("seat-before-an-honorific.txt");
        assertEquals("Josiah Kavo", quote(a, "money poured").speaker(),
                "Member for Huon Gulf Hon. Josiah Kavo, who chairs…, described the contractor's work as “…”");
        assertEquals("Agnes Tumu", quote(a, "We paid for a road").speaker());
    }

    @Test
    void aRoleAndANameOpeningAColonParagraphOwnTheQuoteAfterIt() {
        Article a = extract("role-and-name-before-a-colon.txt");
        assertEquals("Niamh Costigan", quote(a, "The first wheelchair").speaker(),
                "Our correspondent Niamh Costigan is at the finish on Merrion Square: ¶ “…”");
        assertNull(quote(a, "Runners are asked").speaker(),
                "Race director Paddy Gormley… spoke to the runners…. The organisers' safety notice said: ¶ “…”");
    }

    @Test
    void anHonorificAndSurnameOpeningAColonParagraphOwnTheQuoteRunningOverParagraphs() {
        Article a = extract("an-honorific-and-name-before-a-colon.txt");
        assertEquals("Seamus Gallagher", quote(a, "We steamed").speaker(),
                "Mr Gallagher described his last trip… in some detail: ¶ “… ¶ “… ¶ “…”");
        assertEquals("Seamus Gallagher", quote(a, "By the second").speaker());
        assertEquals("Seamus Gallagher", quote(a, "We came home").speaker());
    }

    @Test
    void aMessageFromAListenerNamedInAppositionIsTheirs() {
        Article a = extract("message-from-a-listener.txt");
        assertEquals("Morwenna Trethewey", quote(a, "We were paid in cider").speaker(),
                "Keverne reads out a message from a listener, Morwenna Trethewey of St Mawes, who…: “…”");
        assertEquals("Jory Penhallow", quote(a, "Some of these").speaker());
    }

    @Test
    void aSignShownAfterAColonPastARelativeClauseIsNotSpeech() {
        Article a = extract("sign-that-reads-after-a-colon.txt");
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().startsWith("Bread before breakfast")),
                "beneath the sign that has hung over the counter since 1931: “…”: " + a.quotes());
        assertEquals("Gwenda Pryce", quote(a, "I never thought").speaker());
    }

    @Test
    void aQuestionAfterAStatementGoesOnFromTheSpeakerWhenNobodyHasAskedAnything() {
        Article a = extract("rhetorical-question-goes-on.txt");
        assertEquals("Eirlys Maddox", quote(a, "Half my customers").speaker(),
                "…said pensioners had relied on it “…”. ¶ “… two buses a day. How are they meant to get there?”");
    }

    @Test
    void aBoxOfLinksUnderAMoreFromHeadingIsNotTheArticle() {
        Article a = extract("more-from-section.html");
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().startsWith("We will not sell")),
                "<section><h2>More from Business</h2><ul><li><a>Bakery owner: “…”</a>: " + a.quotes());
        assertEquals("Bríd Nolan", quote(a, "It's the only way").speaker());
    }

    @Test
    void westAfricanAndFrenchHonorificsAreNotPartOfTheName() {
        Article a = extract("west-african-honorifics.md");
        assertEquals("Seydou Camara", quote(a, "The apps set the price").speaker(),
                "Secretary-General El Hadji Seydou Camara … “…,” Camara told the delegates");
        assertEquals("Seydou Camara", quote(a, "Then read it again").speaker(), "“…,” the secretary-general said");
        assertEquals("Fanta Keita", quote(a, "A clause nobody").speaker(), "Maître Fanta Keita");
        assertEquals("Lassana Touré", quote(a, "The app never").speaker(), "El Hadj Lassana Touré");
        assertTrue(a.speakers().stream().noneMatch(s -> s.contains("Hadj") || s.contains("Maître") || s.contains("Secretary")),
                a.speakers().toString());
    }

    @Test
    void aCompanyFormAfterANameMakesItACompany() {
        Article a = extract("company-form-after-a-name.txt");
        assertNull(quote(a, "certain that its use").speaker(), "Tekstlyd AB … Tekstlyd said in a statement that it was “…”");
        assertEquals("Ingrid Solheim", quote(a, "It even kept").speaker());
        assertTrue(a.speakers().stream().noneMatch(s -> s.startsWith("Tekstlyd") || s.startsWith("Kielikone")),
                a.speakers().toString());
        assertTrue(a.mentions().stream().noneMatch(s -> s.startsWith("Tekstlyd") || s.startsWith("Kielikone")),
                a.mentions().toString());
    }

    @Test
    void oneWhoWasQuotedAsSayingIsTheSpeaker() {
        Article a = extract("quoted-as-saying.txt");
        assertEquals("Tomasz Reyes", quote(a, "Nobody crosses").speaker(), "“…,” he was quoted as saying");
        assertEquals("Tomasz Reyes", quote(a, "We cannot run").speaker());
    }

    @Test
    void aRelativeNamedByAGivenNameTakesTheWholeSurnameWithItsParticle() {
        Article a = extract("relative-shares-a-surname-with-a-particle.txt");
        assertEquals("Lahoucine Ait Baha", quote(a, "In a good year").speaker());
        assertEquals("Youssef Ait Baha", quote(a, "The shops now buy").speaker(), "His son Youssef, of Lahoucine Ait Baha");
        assertEquals("Femke van der Berg", quote(a, "Our customers ask").speaker(), "His daughter Femke, of Pieter van der Berg");
    }

    @Test
    void aQuoteAloneAfterAnAccordingToSentenceIsTheOneWhoseAccountItGave() {
        Article a = extract("according-to-then-her-words.txt");
        assertEquals("Line Vestergaard", quote(a, "We are not against").speaker(),
                "According to Vestergaard, the recordings had been made… ¶ “…");
        assertEquals("Line Vestergaard", quote(a, "Nobody asked us").speaker(), "the same quote's next paragraph");
    }

    @Test
    void everythingOrNobodyOpeningASentenceIsNotPartOfAName() {
        Article a = extract("everything-opens-a-sentence.md");
        assertEquals("Hana Kratochvílová", quote(a, "I asked Marek").speaker(), "“Everything Vera says is mine” is no person");
        assertTrue(a.speakers().stream().noneMatch(s -> s.startsWith("Everything")), a.speakers().toString());
    }

    @Test
    void oneWhoAsksAboutOthersGoesOnSpeaking() {
        Article a = extract("question-to-the-chamber.txt");
        assertEquals("Alan Renouf", quote(a, "Some of them").speaker(),
                "Deputy Alan Renouf asked why patients… should have to cross… “…,” he said");
        assertEquals("Alan Renouf", quote(a, "I have read").speaker(), "asked Deputy Renouf whether he had read…");
    }

    @Test
    void oneNamedWithTheirOutletBeforeAskedIsAPersonAndTheOneAsking() {
        Article a = extract("asker-from-an-outlet.txt");
        assertEquals("Tuuli Rantanen", quote(a, "Did you see").speaker(),
                "Tuuli Rantanen of public radio asked Niskanen whether he… “…?” she asked");
        assertTrue(a.speakers().contains("Tuuli Rantanen"), "a given name Chorus does not know: " + a.speakers());
    }

    @Test
    void aSurnameInAFormOnlyWomenTakeSaysSheIsAWoman() {
        Article a = extract("feminine-surname-forms.txt");
        assertEquals("Rūta Vaitkevičiūtė", quote(a, "Was it your idea").speaker());
        assertEquals("Tomas Kavaliauskas", quote(a, "Mine").speaker(),
                "“…,” he said: not Rūta Vaitkevičiūtė, whose given name Chorus does not know");
    }

    @Test
    void theHallAnsweringIsManyPeopleNoneNamed() {
        Article a = extract("the-hall-answered.txt");
        assertNull(quote(a, "No!").speaker(), "“No!” the hall answered");
        assertEquals("Donal McGinley", quote(a, "Then we fight").speaker());
    }

    @Test
    void aVoiceFromTheAudienceIsSpeechWithNoNamedSpeaker() {
        Article a = extract("a-voice-from-the-audience.txt");
        assertNull(quote(a, "Leave them grey").speaker(), "At that moment a woman in the front row shouted “…”");
        assertEquals("Teresa Valente", quote(a, "Because it was").speaker());
    }

    @Test
    void aReporterOnTheSceneReportsTheQuoteBeforeTheVerb() {
        Article a = extract("reporter-on-the-scene.html");
        assertEquals("Sigrid Aune", quote(a, "The water is over").speaker(), "“…,” Aune reports.");
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().startsWith("urgent") && q.speaker() != null), a.quotes().toString());
    }

    @Test
    void aTldrBoxSummingUpTheStoryIsNotTheArticle() {
        Article a = extract("tldr-box.html");
        assertEquals(1, a.quotes().stream().filter(q -> q.text().toLowerCase().startsWith("a good start")
                || q.text().startsWith("It's a good start")).count(), a.quotes().toString());
        assertTrue(a.paragraphs().stream().noneMatch(p -> p.startsWith("TL;DR") || p.startsWith("Human narrators")),
                a.paragraphs().toString());
    }

    @Test
    void oneAPartIsPlayedByIsAPersonWhateverTheirGivenName() {
        Article a = extract("played-by-an-unknown-name.md");
        assertEquals("Zdzisław Wyszyński", quote(a, "I watched a lot").speaker(),
                "The robot, played by Zdzisław Wyszyński… ¶ Wyszyński has the harder part… ¶ “…,” he said");
        assertEquals("Piotr Lis", quote(a, "I kept about").speaker());
    }

    @Test
    void aBannerThatSaidSomethingIsNotSpeech() {
        Article a = extract("a-banner-that-said.md");
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().startsWith("Anja, the soup")),
                "a banner that said “…”: " + a.quotes());
        quote(a, "Now you can come home");
    }

    @Test
    void aPriestsAndAHeadmansFormsOfAddressBeforeAWholeNameAreNotPartOfIt() {
        Article a = extract("priest-and-headman-forms-of-address.txt");
        assertEquals("Rodrigo Mamani Quispe", quote(a, "People ate").speaker(), "Padre Rodrigo Mamani Quispe");
        assertEquals("Idris Mohamed Ahmed Nur", quote(a, "We count them").speaker(), "Omda Idris Mohamed Ahmed Nur");
        assertEquals("Idris Mohamed Ahmed Nur", quote(a, "Nobody is missing").speaker());
    }

    @Test
    void southAsianAndMindanaoFormsOfAddressBeforeAWholeNameAreNotPartOfIt() {
        Article a = extract("south-asian-forms-of-address.txt");
        assertEquals("Harbhajan Singh Sandhu", quote(a, "Books were").speaker(), "Sardar Harbhajan Singh Sandhu");
        assertEquals("Rukhsana Parveen Khosa", quote(a, "They come").speaker(), "Bibi Rukhsana Parveen Khosa");
        assertEquals("Tenzin Dorje Gyatso", quote(a, "Both ask").speaker(), "Lama Tenzin Dorje Gyatso");
        assertEquals("Bahauddin Kasim Dimalanta", quote(a, "This is the first").speaker(), "Sultan Bahauddin Kasim Dimalanta");
    }

    @Test
    void burmeseAndKhmerFormsOfAddressAreNotPartOfTheName() {
        Article a = extract("burmese-and-khmer-honorifics.txt");
        assertEquals("Nilar Win", quote(a, "Paper forgives").speaker(), "Daw Nilar Win");
        assertEquals("Kyaw Swe Lin", quote(a, "That is the right").speaker(), "U Kyaw Swe Lin");
        assertEquals("Thuzana Dhamma", quote(a, "Reading is also").speaker(), "Sayadaw U Thuzana Dhamma … the Sayadaw said");
        assertEquals("Zaw Min Htike", quote(a, "I counted").speaker(), "Ko Zaw Min Htike");
        assertEquals("Hnin Ei Phyu", quote(a, "They want the picture").speaker(), "Ma Hnin Ei Phyu");
        assertEquals("Chea Rithy", quote(a, "Libraries are cheaper").speaker(), "Oknha Chea Rithy");
        assertEquals("Ma Lin", quote(a, "Maps dry").speaker(), "before one word, Ma is a Chinese surname");
    }
    @Test
    void aQuoteSignedWithADashOrQuotedByAPaperIsTheSignersOrTheOneQuoted() {
        Article a = extract("signed-and-reported-quotes.txt");
        assertEquals("Tevita Fifita", quote(a, "The road to the wharf").speaker(),
                "“…” — Tevita Fifita, councillor for Kolofo'ou: a quote signed, not a heading");
        assertEquals("Sione Vea", quote(a, "We will fix it").speaker());
        assertEquals("Mele Taumoepeau", quote(a, "ready for the Pacific Cup").speaker(),
                "was quoted by the Tonga Herald as saying");
        assertEquals("Lupe Havili", quote(a, "Fix the road").speaker(), "For Lupe Havili, …, the answer is simple: “…”");
        assertNull(quote(a, "The budget is spent").speaker(), "For the ministry, …: a body, no person");
    }

    @Test
    void someonesReplyOpeningAClauseBeforeAColonIsTheirs() {
        Article a = extract("someones-reply-before-a-colon.txt");
        assertEquals("Mirela Dragomir", quote(a, "The nets").speaker(), "Dragomir's reply, after a long silence, is…: “…”");
    }

    @Test
    void aNationalityNamesThePersonJustNamed() {
        Article a = extract("nationality-of-the-one-named.txt");
        assertEquals("Milovan Petrović", quote(a, "Two penalties").speaker(), "“…,” the Serbian said");
        assertEquals("Jean-Baptiste Akakpo", quote(a, "I came here").speaker(), "“…,” the Togolese said");
    }

    @Test
    void anInterviewsQuotedAnswersAreTheIntervieweesWords() {
        Article a = extract("interview-quoted-answers.txt");
        assertEquals("Lucía Fernández Ortega", quote(a, "Completely").speaker(), "How has the work changed? ¶ “Completely…”");
        assertEquals("Lucía Fernández Ortega", quote(a, "Learn to act").speaker());
        assertEquals("Andrés Molina", quote(a, "Lucía is too polite").speaker());
    }

    @Test
    void wordsThatJoinOrOpenSurnamesKeepTheNameWhole() {
        Article a = extract("name-joiners.txt");
        assertEquals("Ana Paula da Silva e Souza", quote(a, "We will not miss").speaker(), "Portuguese \"e\" joins two surnames");
        assertEquals("Ibrahim Ag Alhassane", quote(a, "We have heard").speaker(),
                "the Tuareg \"Ag\" (son of) is not the company form AG");
    }

    @Test
    void formsOfAddressThatAreNamesElsewhereAreTitlesBeforeAWholeName() {
        Article a = extract("forms-of-address-elsewhere.txt");
        assertEquals("Carmen Ruiz Salgado", quote(a, "We lost everything").speaker(), "Doña Carmen Ruiz Salgado");
        assertEquals("Klaus Becker", quote(a, "The insurance").speaker(), "Herr Klaus Becker");
        assertEquals("Nguyễn Văn Hùng", quote(a, "We have done").speaker(), "Ông Nguyễn Văn Hùng");
        assertEquals("Mwanaisha Salim", quote(a, "Every stall").speaker(), "Bi Mwanaisha Salim, the committee's treasurer");
        assertEquals("Lim Kok Wing", quote(a, "The market needs").speaker(), "Tan Sri Lim Kok Wing: a title of two words");
        assertEquals("Zaleha Ismail", quote(a, "We will find").speaker(), "Puan Sri Zaleha Ismail");
        assertEquals("Sri Mulyani Hartono", quote(a, "It is still").speaker(), "after Ibu, Sri is an Indonesian given name");
    }

    @Test
    void formsOfAddressOfMoreTraditionsAreNotPartOfTheName() {
        Article a = extract("forms-of-address-of-more-traditions.txt");
        assertEquals("Gérard Kuntz", quote(a, "We had to").speaker(), "Monsieur Gérard Kuntz");
        assertEquals("Giorgi Chkheidze", quote(a, "My father").speaker(), "Batoni Giorgi Chkheidze, 80,");
        assertEquals("Almaz Haile", quote(a, "Everybody wants").speaker(), "Woizero Almaz Haile");
        assertEquals("Jampa Tsering", quote(a, "Good work").speaker(), "Geshe Jampa Tsering");
        assertEquals("Lucía Ferreira Dias", quote(a, "There will be").speaker(), "Sra. Lucía Ferreira Dias");
        assertEquals("Emmanuel Obi", quote(a, "It will stand").speaker(), "Igwe Emmanuel Obi");
    }

    @Test
    void aFormOfAddressBeforeOneWordRenamedByARoleIsAPersonOfOneName() {
        Article a = extract("a-form-of-address-before-one-name.txt");
        assertEquals("K. Lalrinmawia", quote(a, "The drains").speaker());
        assertEquals("Lalhmachhuana", quote(a, "When the water").speaker(), "Pu Lalhmachhuana, secretary of …, said ¶ “…,” he said");
    }

    @Test
    void aFormOfAddressOfWholeNamesBeforeTheSurnameOfSomeoneNamedIsThatPerson() {
        Article a = extract("forms-of-address-before-a-known-surname.txt");
        assertEquals("Dieter Albrecht", quote(a, "We have three").speaker(), "Dieter Albrecht … Herr Albrecht said");
        assertEquals("Ingeborg Sievers", quote(a, "A perfect copy").speaker(), "Ingeborg Sievers … Frau Sievers said");
        assertEquals("Carmen Ruiz Salgado", quote(a, "I listen at five").speaker(), "Carmen Ruiz Salgado … Doña Ruiz said");
    }

    @Test
    void aDegreeWrittenBeforeTheNameWithAFullStopIsATitle() {
        Article a = extract("dotted-degree-titles.txt");
        assertEquals("Radovan Mišík Holub", quote(a, "We found cracks").speaker(), "“…,” said Ing. Radovan Mišík Holub");
        assertEquals("Jana Beňová", quote(a, "The traders will").speaker(), "“…,” Mgr. Jana Beňová … told");
        assertEquals("Tariq Al-Shammari", quote(a, "Nobody wants").speaker());
        assertEquals("Sabine Lindtner", quote(a, "The mortar").speaker());
        assertEquals("Daniel Ing", quote(a, "Fewer people").speaker(), "without a full stop, Ing is a surname");
    }
    @Test
    void aRelatedBoxNamedOnlyByItsTestIdIsNotTheArticle() {
        Article a = extract("hashed-class-related-box.html");
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().startsWith("I have dreamed")),
                "a link in <div class=\"InlineRelated_box__Zt31c\" data-testid=\"inline-related\">: " + a.quotes());
        assertTrue(a.paragraphs().stream().noneMatch(p -> p.equals("Advertisement") || p.equals("Related")),
                a.paragraphs().toString());
        assertEquals("Ola Brennan", quote(a, "I will be nervous").speaker());
    }
    @Test
    void theWholeNameThatOwnsAPlayIsItsAuthorWhateverTheirGivenName() {
        Article a = extract("author-of-a-play-unknown-name.txt");
        assertEquals("Farrukh Baxtiyorovich Yusupov", quote(a, "The actors cut").speaker(),
                "Farrukh Baxtiyorovich Yusupov’s new play… ¶ Yusupov, a former surgeon…, told me… “…,” he said");
    }
    @Test
    void theElderOfTwoNamesakesIsTheParentThoughNoAgeIsGiven() {
        Article a = extract("the-elder-by-parentage.txt");
        assertEquals("Esteban Andrés Quiroga Llanos", quote(a, "She made a mistake").speaker(),
                "Quiroga Paz is the daughter of Esteban Andrés Quiroga Llanos… ¶ the elder Quiroga said… “…,” he said");
        assertEquals("Ximena Quiroga Paz", quote(a, "With my own hands").speaker());
    }
    @Test
    void aPlaceNamedAfterItsOrTheirIsNobodyActing() {
        Article a = extract("place-owned-by-a-firm.txt");
        assertEquals("Owen Quarrie", quote(a, "Nobody loses").speaker(),
                "…would keep both of its Charles Town offices. “…,” he told analysts");
        assertEquals("Owen Quarrie", quote(a, "Fares stay").speaker());
    }
    @Test
    void aNameTakingWhichIsAnOrganisation() {
        Article a = extract("which-makes-an-organisation.txt");
        assertNull(quote(a, "No presenter").speaker(), "Lastavica Kvarner, which runs the music station… “…,” the statement said");
        assertNull(quote(a, "only between").speaker());
        assertEquals("Dario Lovrić", quote(a, "She asked me").speaker());
    }
    @Test
    void aNameWithItsRoleInsideAReportedClauseIsNotTheOneActing() {
        Article a = extract("role-inside-a-reported-clause.txt");
        assertEquals("Stellan Haugerud", quote(a, "Lasse is out").speaker(),
                "Haugerud confirmed that goalkeeper Lasse Rønningen had not recovered… “…,” he said");
    }
    @Test
    void oneWordRenamedByTheAndAnAgeIsAPerson() {
        Article a = extract("one-name-aged-by-the.txt");
        assertEquals("Zinho", quote(a, "I came here").speaker(), "Zinho, the 19-year-old forward… ¶ “…,” Zinho said");
        assertEquals("Zinho", quote(a, "Give me the ball").speaker());
    }
    @Test
    void aRoleThatIsTheObjectOfAParticipleIsNotTheNamesRole() {
        Article a = extract("role-object-of-a-participle.txt");
        assertEquals("Wilhelmina Tarpey", quote(a, "Nobody above me").speaker(),
                "Questioning the witness, Mr. Desmond Fahey… asked: “…?” ¶ “…,” the witness said");
        assertEquals("Desmond Fahey", quote(a, "Madam, did anyone").speaker());
    }
    @Test
    void aPronounSayingTheAnswerToANamedAskersQuestionIsTheOneAsked() {
        Article a = extract("said-answering-a-named-asker.txt");
        assertEquals("Hawa Kiazolu", quote(a, "No, that is not true").speaker(),
                "“…?” Cllr. Dolo asked. ¶ “…,” she said: not the lawyer, whose gender Chorus could not tell");
        assertEquals("Tarnue Saye Dolo", quote(a, "Madam, the ledger").speaker());
    }
    @Test
    void aNameAfterAssociationIsAnOrganisation() {
        Article a = extract("association-before-a-name.md");
        assertNull(quote(a, "A cover is the first").speaker(), "organised by the association Bildmacher Tirol… “…,” the letter reads");
        assertEquals("Marlies Oberhofer", quote(a, "We all have to read").speaker(),
                "The chair of a regional writers' guild, Marlies Oberhofer,: the chair, not the guild");
    }
    @Test
    void inTheWordsOfNamesTheSpeakerAsAccordingToDoes() {
        Article a = extract("in-the-words-of.txt");
        assertEquals("Ruth Avakana", quote(a, "the steadiest pair").speaker(),
                "He was, in the words of harbourmaster Ruth Avakana, “…”");
        assertEquals("Hal Nanouk", quote(a, "You learn to read").speaker());
    }
    @Test
    void aNameThatSaidOnlyThatInTheNextSentenceReportsItsOwnWordsNotTheQuoteBefore() {
        Article a = extract("said-only-that-after-a-quote.txt");
        assertEquals("Noluthando Dube", quote(a, "never audited").speaker(),
                "Magistrate X refused…, noting that he had “….” Contacted by email, Y said only that he was “…”");
        assertEquals("Pieter van Wyk", quote(a, "glad it is settled").speaker());
    }

    @Test
    void someoneUnnamedOpeningTheNextSentenceDoesNotContinueTheSpeaker() {
        Article a = extract("unnamed-after-a-named-quote.txt");
        assertEquals("Ebenezer K. Toweh", quote(a, "a servant of").speaker());
        assertNull(quote(a, "a circus from").speaker(),
                "…was “a servant of the people”. One man, who would not give his name, said the hearing was “…”");
    }
    @Test
    void theOneAnsweringWhatTheyWereAskedByNameIsNotTheAsker() {
        Article a = extract("asked-by-someone-he-replied.md");
        assertEquals("Magnus Rendall", quote(a, "Perhaps. But we").speaker(),
                "Asked by Cllr Torvald Isbister whether…, he replied: “…”");
    }
    @Test
    void asOneUnnamedPersonPutItIsNobodyNamed() {
        Article a = extract("as-one-unnamed-put-it.txt");
        assertNull(quote(a, "every boat").speaker(),
                "She leaves a son, a brother and, as one old neighbour put it at the graveside, “…”");
        assertEquals("Callum Tulloch", quote(a, "She watched").speaker());
    }
    @Test
    void aQuotedWordTheReporterExplainsStraightAfterIsATerm() {
        Article a = extract("glossed-quoted-word.txt");
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().equals("kalving") || q.text().equals("noaidi")),
                "during the “kalving”, the spring calving season; ask a “noaidi”, a traditional healer: " + a.quotes());
        assertEquals("Ánde Sara", quote(a, "It saves fuel").speaker());
    }
    @Test
    void aTitleAfterEpisodesOfOrATitleForItIsNotSpeechWhateverItsSmallWords() {
        Article a = extract("titles-with-small-foreign-words.txt");
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().startsWith("Lupo e Gatto") || q.text().startsWith("Voci di Vetro")),
                "two episodes of “Lupo e Gatto”; a title for it, “Voci di Vetro”,: " + a.quotes());
        assertEquals("Ilaria Conti", quote(a, "Nobody noticed").speaker());
    }
    @Test
    void theNameScientistsCallAThingIsNotSpeech() {
        Article a = extract("what-a-field-calls-a-thing.txt");
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().equals("margin collapse")),
                "a process scientists call “margin collapse”: " + a.quotes());
        assertEquals("Henrike Aas", quote(a, "We did not expect").speaker());
    }
    @Test
    void aPronounInAnAnswerLabelledWithItsSpeakerIsSomeoneElse() {
        Article a = extract("labelled-answer-third-person.md");
        assertNull(quote(a, "A crooked thread").speaker(),
                "Halvorsen: My aunt… Once she said to me, “…”: not Halvorsen, who is “me”");
    }
    @Test
    void theNameOpeningARelativeClauseSpeaksPastItsAside() {
        Article a = extract("relative-clause-subject-with-aside.txt");
        assertEquals("Oonagh Brannigan", quote(a, "steep but").speaker(),
                "a price that Oonagh Brannigan, a drinks analyst at Harland Partners, described as “…”");
    }

    @Test
    void sesothoAndBruneiFormsOfAddressAreNotPartOfTheName() {
        Article a = extract("lesotho-and-brunei-forms-of-address.txt");
        assertEquals("Lebohang Sekhonyana", quote(a, "We waited six").speaker(), "Ntate Lebohang Sekhonyana");
        assertEquals("'Mamello Thakholi", quote(a, "The mothers").speaker(), "'M'e 'Mamello Thakholi … 'M'e Thakholi");
        assertEquals("'Mamello Thakholi", quote(a, "In winter").speaker(), "she, after 'M'e Thakholi");
        assertEquals("Hairul Azmi bin Haji Kassim", quote(a, "Children come").speaker(), "Awang Hairul Azmi bin Haji Kassim");
        assertEquals("Rosmawati binti Haji Kassim", quote(a, "I buy what").speaker(), "Dayang Rosmawati binti Haji Kassim");
        assertEquals("Zainab binti Osman", quote(a, "Books should").speaker(), "Hajah Zainab binti Osman");
        assertEquals("Nurul Ain binti Haji Abdul Latif", quote(a, "Small rooms").speaker(),
                "Dr Nurul Ain binti Haji Abdul Latif: her father's Haji is part of her name");
    }

    @Test
    void aSmallSonOrDaughterOfInsideAnArabicOrHassaniyaNameIsPartOfIt() {
        Article a = extract("small-ould-mint-and-bint-in-names.txt");
        assertEquals("Sidi Brahim ould Cheikhna", quote(a, "the best in").speaker(), "Sidi Brahim ould Cheikhna said");
        assertEquals("Sidi Brahim ould Cheikhna", quote(a, "We loaded").speaker(), "Ould Cheikhna told");
        assertEquals("Khadijetou mint Abdel Wedoud", quote(a, "We owe nothing").speaker(), "Mint Abdel Wedoud said");
        assertEquals("Zahra bint Mubarak al-Shamsi", quote(a, "Women come").speaker(), "Zahra bint Mubarak al-Shamsi … Zahra said");
    }

    @Test
    void aSmallKalenjinSonOfInsideANameIsPartOfItAndOpensTheSurnameCapitalised() {
        Article a = extract("a-small-kalenjin-son-of-inside-a-name.txt");
        assertEquals("Kiprotich arap Koech", quote(a, "They have the legs").speaker(), "Arap Koech, 58, said");
        assertEquals("Kiprotich arap Koech", quote(a, "Ask me again").speaker(), "arap Koech said");
    }

    @Test
    void aTurkicPatronymicWrittenSmallAfterTheNameIsPartOfIt() {
        Article a = extract("kyrgyz-patronymic-after-the-name.txt");
        assertEquals("Jyldyz Toktosun kyzy", quote(a, "It keeps the pattern").speaker(), "said Jyldyz Toktosun kyzy");
        assertEquals("Jyldyz Toktosun kyzy", quote(a, "We will give it back").speaker(), "Toktosun kyzy, 41, … she said");
        assertEquals("Bakyt Myrzabek uulu", quote(a, "They touch").speaker(), "Bakyt Myrzabek uulu … he said");
        assertEquals("Bakyt Myrzabek uulu", quote(a, "It is a camera").speaker(), "Myrzabek uulu laughed");
    }

    @Test
    void aTurkicPatronymicWrittenSmallEndsANameThatAnAppositionRenames() {
        Article a = extract("a-turkic-patronymic-before-an-apposition.txt");
        assertEquals("Cholpon Asanbek kyzy", quote(a, "I counted it twice").speaker(),
                "Cholpon Asanbek kyzy, a designer at…, said she… “…,” she said: not the designer, someone unnamed");
    }

    @Test
    void aPatronymicWrittenSmallBeforeTheSurnameKeepsTheNameWhole() {
        Article a = extract("patronymic-inside-the-official-name.txt");
        assertEquals("Elchin Rauf oğlu Mammadli", quote(a, "I did what").speaker(),
                "sentenced Elchin Rauf oğlu Mammadli, 49, … ¶ Mammadli… “…,” he said");
        assertEquals("Leyla Tofiq qızı Hasanova", quote(a, "Every month").speaker(), "Hasanova said");
    }

    @Test
    void anUzbekPatronymicSpelledWithTheModifierLetterIsPartOfTheName() {
        Article a = extract("uzbek-latin-patronymic-with-the-modifier-letter.txt");
        assertEquals("Sherzod Baxtiyor oʻgʻli Yoʻldoshev", quote(a, "We lost every skein").speaker(),
                "Workshop owner Sherzod Baxtiyor oʻgʻli Yoʻldoshev walked… “…,” he said: the ʻ is U+02BB, a letter");
        assertEquals("Sherzod Baxtiyor oʻgʻli Yoʻldoshev", quote(a, "We are still waiting").speaker(), "Yoʻldoshev said");
        assertEquals("Malika Rustam qizi Ergasheva", quote(a, "The looms will live").speaker(), "Ergasheva said");
    }

    @Test
    void anUzbekPatronymicWhoseApostrophesATypesetterCurledIsPartOfTheName() {
        Article a = extract("uzbek-patronymic-with-a-curled-apostrophe.txt");
        assertEquals("Jasur Akbarov o’g’li", quote(a, "The looms are older").speaker(), "said Jasur Akbarov o’g’li, 27: ’ is U+2019");
        assertEquals("Jasur Akbarov o’g’li", quote(a, "We waited three").speaker());
    }

    @Test
    void aGivenNameAloneIsItsHolderNotAChildWhoseNameCarriesIt() {
        Article a = extract("father-named-inside-child-name.txt");
        assertEquals("Rayan Idris Babikir", quote(a, "I lost a year").speaker());
        assertEquals("Idris Babikir Salih", quote(a, "Tools can be").speaker(), "Idris said: the father, not Rayan Idris Babikir");
        assertEquals("Idris Babikir Salih", quote(a, "A year of school").speaker());
        assertEquals("Hamdan bin Rashid al-Mazrui", quote(a, "The land is").speaker(),
                "Sheikh Hamdan said: not Latifa bint Saif bin Hamdan al-Mazrui");
        assertEquals("Latifa bint Saif bin Hamdan al-Mazrui", quote(a, "I learned in").speaker());
    }

    @Test
    void aGivenNameAloneIsItsHolderNotAChildWhosePatronymEndsInIt() {
        Article a = extract("given-name-ending-a-childs-patronym.txt");
        assertEquals("Michael Empeni anak Kalong", quote(a, "The phone does not stop").speaker());
        assertEquals("Kalong anak Saging", quote(a, "The river is our road").speaker(),
                "Kalong said: the father, not Michael Empeni anak Kalong, whose anak Kalong is his father's name");
        assertEquals("Kalong anak Saging", quote(a, "A road needs a door").speaker());
        assertEquals("Rahim bin Osman", quote(a, "It was the only one").speaker(), "Rahim said: not Nur Aisyah binti Rahim");
    }

    @Test
    void aSurnameOpeningWithBenOrOuldSharedByTwoIsTheOneTheArticleIsAbout() {
        Article a = extract("arabic-surname-shared-by-father-and-son.txt");
        assertEquals("Hedi Mohamed Ould Cheikh", quote(a, "Clay remembers").speaker(), "Ould Cheikh said, of the father");
        assertEquals("Sami Ould Cheikh", quote(a, "We will change").speaker());
        assertEquals("Hedi Mohamed Ould Cheikh", quote(a, "I will sit").speaker(), "Ould Cheikh laughed, with his son named");
    }
    @Test
    void aBareSurnameIsTheFirstNamedWhenTheArticleCallsTheOtherByGivenName() {
        Article a = extract("bare-surname-kept-for-the-one-not-called-by-given-name.md");
        assertEquals("Mirela Kovačević", quote(a, "Nothing in the script").speaker(),
                "Kovačević said, though her husband Dario Kovačević was named last: he is \"Dario\" after");
        assertEquals("Mirela Kovačević", quote(a, "Dario burns").speaker());
        assertEquals("Dario Kovačević", quote(a, "The toast is").speaker());
    }

    @Test
    void aRelativeNamedByTheirRelationIsNotTheBareSurname() {
        Article a = extract("relative-named-by-relation-is-not-the-bare-surname.txt");
        assertEquals("Mateo Barrientos Vera", quote(a, "He tuned").speaker());
        assertEquals("Anselmo Barrientos Oyarzún", quote(a, "It belonged").speaker(),
                "his son, Mateo Barrientos Vera … Barrientos learned … he described: the father, not his son");
    }
    @Test
    void oneDescribedWithAnArticleWhoSaysSomethingOfHerselfIsAPersonWhateverTheirGivenName() {
        Article a = extract("described-then-said-of-herself.txt");
        assertEquals("Aigerim Sultanalieva", quote(a, "The red runs").speaker(),
                "Aigerim Sultanalieva, a weaver at …, said she was not yet convinced");
        assertEquals("Kanat Osmonov", quote(a, "We listen").speaker(), "he, after Osmonov said");
    }
    @Test
    void aWordQuotedBetweenAnOwnerAndItsNounIsATerm() {
        Article a = extract("owner-quoted-modifier.txt");
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().equals("crunluath")),
                "their “crunluath” runs: a kind of thing, not her words: " + a.quotes());
        assertEquals("Morag Maciver", quote(a, "a joy from").speaker());
    }
    @Test
    void aWordWrittenBeforeTwoNamesOrBeforeANameAndPartOfItIsAFormOfAddress() {
        Article a = extract("forms-of-address-the-article-shows.txt");
        assertEquals("Rudo Chikomo", quote(a, "Each of us").speaker(), "Amai Rudo Chikomo … Amai Chikomo");
        assertEquals("Tendai Moyo", quote(a, "I write every").speaker(), "Amai Tendai Moyo: Amai opens two women's names");
        assertEquals("Farai Gumbo", quote(a, "The women do not").speaker(), "Sekuru Farai Gumbo … Sekuru Gumbo");
        assertEquals("Juma Salim Hamad", quote(a, "Arithmetic").speaker(), "Juma Salim Hamad … Mwalimu Juma");
    }
    @Test
    void aWordKeptBeforeALaterPartOfAWholeNameIsAFormOfAddress() {
        Article a = extract("a-form-of-address-kept-before-a-middle-name.txt");
        assertEquals("Peter Ocen Abwola", quote(a, "The children are not").speaker(), "Jago Peter Ocen Abwola … Jago Ocen");
        assertEquals("Peter Ocen Abwola", quote(a, "If one child fails").speaker(), "Jago Ocen said …, he said");
    }
    @Test
    void aWordKeptBeforePartOfANameIsAFormOfAddressBehindAStackedTitleAndACallOut() {
        Article a = extract("a-form-of-address-after-a-stacked-title.txt");
        assertEquals("Lwazi Mkhize", quote(a, "No husband should").speaker(),
                "Senior Traditional Leader Baba Lwazi Mkhize … Baba Mkhize: the titles hid the word to judge");
        assertEquals("Lwazi Mkhize", quote(a, "We are not against").speaker(),
                "“Baba, say it again!” calls him by it; it is not a name written alone");
    }
    @Test
    void aQuoteSplitBySaidARoleThenItsNameKeepsTheSpeaker() {
        Article a = extract("role-renamed-by-name-then-more.txt");
        assertEquals("Kalani Makoa", quote(a, "We practise").speaker());
        assertEquals("Kalani Makoa", quote(a, "In winter").speaker(), "said the skipper, Kalani Makoa. “…”");
    }
    @Test
    void anyHonorificMayStandBeforeTheNameThatRenamesARole() {
        Article a = extract("honorific-in-apposition-after-role.txt");
        assertEquals("Rosli Hamdan", quote(a, "We bake the kuih").speaker(), "said its owner, Encik Rosli Hamdan");
    }
    @Test
    void aWholeNameRenamingARoleOpeningItsClauseIsAPersonWhateverTheirGivenName() {
        Article a = extract("name-renaming-a-role-before-it.txt");
        assertEquals("Naja Lyberth", quote(a, "We expect a proposal").speaker(),
                "A spokeswoman for the Ministry of Fisheries, Hunting and Agriculture, Naja Lyberth, said");
        assertTrue(a.speakers().stream().noneMatch(s -> s.contains("Piniartut")),
                "a spokesman for the fishermen's association, Kalaallit Piniartut: the name renames the association");
    }
    @Test
    void aTitleKeepsItsSmallWordsInItsOwnLanguageAndIsNotSpeech() {
        Article a = extract("foreign-title-small-words.txt");
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().startsWith("Timun Mas") || q.text().startsWith("Max und")),
                "“Timun Mas dan Raksasa Hijau”, “Max und Moritz”: titles: " + a.quotes());
        assertEquals("Ulrike Brandt", quote(a, "Children like words").speaker());
    }
    @Test
    void aTitleWithAnElidedArticleBeforeACapitalIsNotSpeech() {
        Article a = extract("title-with-an-elided-article.txt");
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().startsWith("Il Canto") || q.text().startsWith("Le Bal")),
                "“Il Canto di l’Isula Persa”, “Le Bal des Gens d’Hiver”: titles: " + a.quotes());
        assertEquals("Sabine Morel-Achour", quote(a, "We wanted the sea").speaker());
    }
    @Test
    void aWordQuotedAfterOfThatAWhichClauseIsAboutIsATerm() {
        Article a = extract("term-after-of-with-which.txt");
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().equals("backstory")),
                "two thousand pages of “backstory”, which a language model now uses: " + a.quotes());
        assertEquals("Kadri Tamm", quote(a, "It is the most").speaker());
    }
    @Test
    void aRoleTheLedeGivesBeforeTheNameIsTheOneNamedNext() {
        Article a = extract("a-role-the-lede-gives-before-the-name.txt");
        assertEquals("Dennis Maddock", quote(a, "I never missed a day").speaker(),
                "A lollipop man has stepped down… ¶ Dennis Maddock, 79, … ¶ “…,” the lollipop man said");
        assertEquals("Joanne Farrow", quote(a, "Generations of our").speaker());
    }
    @Test
    void aRoleWrittenWithExIsTheRole() {
        Article a = extract("a-role-written-with-ex.txt");
        assertEquals("Marcus Tenby", quote(a, "I slept in my car").speaker(),
                "Marcus Tenby, a soldier for nine years … “…,” the ex-soldier said");
    }
    @Test
    void aReplyAskedForAsAQuestionIsTheOwnersWords() {
        Article a = extract("a-reply-asked-as-a-question.txt");
        assertEquals("Helen Whyley-Roberts", quote(a, "Then the budget is wrong").speaker(), "Her reply to that? “…”");
        assertEquals("Owen Pritchard", quote(a, "Our door is open").speaker());
    }
    @Test
    void aTabloidsLabelBeforeAGivenNameIsNoPartOfTheName() {
        Article a = extract("a-tabloid-label-before-a-given-name.txt");
        assertEquals("Brenda Hollis", quote(a, "He's a little star").speaker(), "Proud Brenda added: the Brenda named before");
        assertEquals("Shona", quote(a, "Kieran wouldn't stop").speaker(), "Mum Shona, 45, said");
        assertEquals("Denise", quote(a, "Brenda cried").speaker(), "Pal Denise, who has the allotment next door,");
        assertTrue(a.speakers().stream().noneMatch(s -> s.startsWith("Proud") || s.startsWith("Mum") || s.startsWith("Pal")),
                a.speakers().toString());
    }
    @Test
    void aPostPennedOrCaptionedIsTheWritersWords() {
        Article a = extract("a-post-penned-and-captioned.txt");
        assertEquals("Mia Calloway", quote(a, "Best day of my life").speaker(), "Taking to Instagram…, the singer, 29, penned:");
        assertEquals("Josh Adeyemi", quote(a, "Mrs Adeyemi. Still").speaker(), "Josh captioned his own post:");
        assertEquals("Mia Calloway", quote(a, "I didn't know who").speaker(), "Mia confessed in an interview last year:");
    }
    @Test
    void aTabloidsEpithetIsTheStarAndItsPalIsNobodyNamed() {
        Article a = extract("a-tabloid-epithet-and-a-pal.txt");
        assertNull(quote(a, "He's taking it hard").speaker(), "a pal of the hunk told the Mirror:");
        assertEquals("Megan Royle", quote(a, "Please respect our privacy").speaker(),
                "The blonde later added: the star, not her sister quoted just before");
    }
    @Test
    void saidTheMotherOfThreeIsTheWomanJustNamed() {
        Article a = extract("said-the-mother-of-three.txt");
        assertEquals("Grace Teo", quote(a, "The cars do not slow").speaker(), "“…,” said the mother of three.");
    }
    @Test
    void someoneUnnamedThatWeActedOnIsTheHeOfTheNextSentence() {
        Article a = extract("someone-we-acted-on-then-he.md");
        assertNull(quote(a, "Is my brother OK?").speaker(),
                "We pulled a kayaker from the water. He could barely speak. The first thing he said was “…”: the kayaker");
        assertEquals("Peter Gallagher", quote(a, "The sea doesn't care").speaker());
    }
    @Test
    void aDescribedSpeakerIsNotTheOneTheirQuoteSpeaksOfAndABossMayShrug() {
        Article a = extract("a-back-page-press-conference.txt");
        assertEquals("Martin Hale", quote(a, "Callum will be fine").speaker(),
                "“Callum will be fine…,” the 52-year-old added: not Callum Price, named just before");
        assertEquals("Gareth Lyle", quote(a, "I stand by it").speaker(), "“…,” the Eastbury boss shrugged");
    }
    @Test
    void aSonNamedByAGivenNameWhoDescribesSomeoneSpeaks() {
        Article a = extract("a-son-by-given-name-describes.txt");
        assertEquals("Peter", quote(a, "the hardest worker").speaker(), "Her son Peter described her as “…”");
        assertEquals("Peter", quote(a, "She was up at four").speaker(), "“…,” he said: the son, not his late mother");
    }
    @Test
    void aRoleBeforeAGivenNameMakesASurnameThatIsAPlaceWordAPersons() {
        Article a = extract("a-role-before-a-name-ending-in-a-place-word.txt");
        assertEquals("Karen Lake", quote(a, "overdone but understandable").speaker(), "Nomura analyst Karen Lake wrote that");
        assertEquals("Paul Brook", quote(a, "Nobody wants to be").speaker());
    }
    @Test
    void aSurnameWithHerselfIsTheWholeNameBeforeAndSomeoneFromTheBalconyShouts() {
        Article a = extract("a-surname-herself-and-someone-shouting.txt");
        assertEquals("Thenmozhi Rajaratnam", quote(a, "My hands were shaking").speaker(),
                "Thenmozhi Rajaratnam opened… ¶ Rajaratnam herself was modest. “…,” she said");
        assertNull(quote(a, "Once more!").speaker(), "“Once more!” shouted someone from the balcony");
        assertEquals("Priya Menon", quote(a, "Encore!").speaker(), "shouted somebody near the stage, later identified as Priya Menon");
    }
    @Test
    void theFormerAndTheLatterAreTheTwoJustNamed() {
        Article a = extract("the-former-and-the-latter.txt");
        assertEquals("Ruth Okonjo", quote(a, "The town cannot").speaker(), "“…,” the former said");
        assertEquals("Tomas Lindgren", quote(a, "Nor can it afford").speaker(), "“…,” said the latter.");
    }
    @Test
    void aNameAndWhatTheyAreBeforeAColonLabelTheQuote() {
        Article a = extract("a-name-and-apposition-label.txt");
        assertEquals("Helen Rushworth", quote(a, "Low earners gain").speaker(),
                "Helen Rushworth, chief economist at the Resolution Foundation think tank in London: “…”");
    }
    @Test
    void divsWhoseQaAttributeSaysParagraphAreTheArticlesParagraphs() {
        Article a = extract("paragraphs-as-data-qa-divs.html");
        assertEquals(3, a.paragraphs().size(), "the three Component-Paragraph divs, not the consent dialog: " + a.paragraphs());
        assertEquals("Winnie Lao", quote(a, "Nobody tells us").speaker());
        assertEquals("Marcus Fong", quote(a, "The numbers are brutal").speaker());
    }
    @Test
    void aPostTheBodyIntroducesIsKeptWhenAnAsideBoxesIt() {
        Article a = extract("introduced-post-in-an-aside.html");
        assertEquals("Rosa Delgado", quote(a, "All schools closed Friday").speaker(), "…wrote on X: <aside><blockquote class=twitter-tweet>");
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().startsWith("Flood warning") || q.text().startsWith("Worst storm")),
                "a post nobody introduces and a most-read aside stay out: " + a.quotes());
        assertEquals("Dale Burke", quote(a, "Give the crews").speaker());
    }
    @Test
    void aTabloidsNameInCapitalsIsTheWholeNameOfItsLaterSurname() {
        Article a = extract("a-tabloid-name-in-capitals.txt");
        assertEquals("Brenda Holloway", quote(a, "I've been baking").speaker(),
                "BRENDA HOLLOWAY tore into… ¶ “…,” Holloway said: not her daughter Chloe Holloway, named later");
        assertEquals("Brenda Holloway", quote(a, "Course I would").speaker());
        assertEquals("Chloe Holloway", quote(a, "Mum's standards").speaker());
    }
    @Test
    void aRelativeByInitialAndSurnameIsNotTheOneWhoseInitialItShares() {
        Article a = extract("a-father-by-initial-and-surname.txt");
        assertEquals("P. Raghavan", quote(a, "She batted well").speaker(),
                "her father, the former Ranji batsman P. Raghavan ¶ Mr. Raghavan … he said: not Priya Raghavan");
        assertEquals("Priya Raghavan", quote(a, "I told myself").speaker());
        assertEquals("Priya Raghavan", quote(a, "That is exactly").speaker());
    }
    @Test
    void theOlderSisterIsTheSisterActingJustBefore() {
        Article a = extract("the-older-sister-just-named.txt");
        assertEquals("Marta Quiroga", quote(a, "We planted every one").speaker(),
                "Marta Quiroga, 71, told the paper… ¶ “…,” the older sister said");
        assertEquals("Marta Quiroga", quote(a, "You don't sell that").speaker());
    }
    @Test
    void aQuestionAboutYourRelativeMakesThemTheAnswersPronoun() {
        Article a = extract("a-question-about-your-father.md");
        assertEquals("Angus Kerr", quote(a, "About time").speaker(),
                "Q: And what does your father make of…? ¶ A: He's 90… he laughed and said, “…”: the father named before, not the yachtsman");
        assertEquals("Angus Kerr", quote(a, "Polish the brass").speaker());
        assertEquals("Duncan Reid", quote(a, "You saved my life").speaker());
    }
    @Test
    void wordsShoutedOrYelledAreSpeechHoweverShort() {
        Article a = extract("a-cry-from-the-gallery.txt");
        assertNull(quote(a, "Not our kids").speaker(), "One father yelled “Not our kids” before…: a cry, someone unnamed");
        assertNull(quote(a, "Shame").speaker(), "Another parent shouted “Shame” as…: one capitalised word, cried out");
        assertEquals("Denise Okafor", quote(a, "We simply do not").speaker());
    }
    @Test
    void aFewWordsAfterThatSomeoneCallsAreTheNameOfAThing() {
        Article a = extract("a-name-given-in-a-that-clause.txt");
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().startsWith("shared savings")),
                "under a scheme that Brightwater calls “shared savings”: a name, not speech");
        assertEquals("Howard Pryce", quote(a, "Every litre").speaker());
    }
    @Test
    void aHyphenedWordAfterAnArticleAndBeforeItsNounIsAKindOfThing() {
        Article a = extract("a-hyphened-kind-after-an-article.txt");
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().startsWith("pay-as-you-go")),
                "the current “pay-as-you-go” tariff: a kind of tariff, not speech");
        assertEquals("Moira Tulloch", quote(a, "short-sighted").speaker(), "She called the decision “short-sighted”: her verdict");
        assertEquals("Moira Tulloch", quote(a, "We were not asked").speaker());
    }
    @Test
    void nanaBeforeASingleNameIsTheGivenName() {
        Article a = extract("nana-as-a-given-name.txt");
        assertEquals("Nana Owusu", quote(a, "stubborn in the best way").speaker(),
                "Nana Owusu, a retired agronomist…: a chief's title goes before a whole name; before one name it is the given name");
        assertEquals("Nana Owusu", quote(a, "They planted").speaker());
        assertEquals("Nana Owusu", quote(a, "I carried").speaker());
        assertEquals("Abena Sarpong", quote(a, "We pay on the day").speaker());
    }
    @Test
    void aCaptionWhoseCreditABrowserGluedToItsStopIsDropped() {
        Article a = extract("a-caption-with-its-credit-glued.txt");
        assertTrue(a.paragraphs().stream().noneMatch(p -> p.contains("Calabrese")),
                "…on Nov. 3.Darren Calabrese/The Globe and Mail: " + a.paragraphs());
        assertEquals(2, a.paragraphs().size(), a.paragraphs().toString());
        assertEquals("Anne Richard", quote(a, "We are already").speaker());
    }

    @Test
    void onlyPeopleAreListedAsMentionedNotCompaniesTeamsOrCrowds() {
        Article a = extract("mentions-that-are-not-people.txt");
        assertEquals(List.of("Kendra Walsh", "Luis Moreno"), a.mentions(),
                "Electricity North West said…; Campaigners, who gathered…; The Bengals host Cleveland; Kendra Walsh, 52, "
                        + "of Morphett Vale; the car park at Eden Park");
        assertEquals("Maria Conlon", quote(a, "The water").speaker());
    }

    @Test
    void aStorySetAsBareTextBetweenLineBreaksIsTheBodyNotTheConsentBanner() {
        Article a = extract("body-in-bare-text-between-breaks.html");
        List<String> story = a.paragraphs().stream().filter(p -> !p.startsWith("Home") && !p.startsWith("Writer")).toList();
        assertEquals(5, story.size(), a.paragraphs().toString());
        assertTrue(story.get(0).startsWith("Fares on the Kerrera ferry"), story.get(0));
        assertTrue(a.paragraphs().stream().noneMatch(p -> p.contains("partners store")), "the consent banner is not the story");
        assertEquals("Sorcha Bell", quote(a, "We cannot hold").speaker());
        assertEquals("Donald MacIver", quote(a, "Nobody on the mainland").speaker());
    }

    @Test
    void aNicknameOfTwoWordsBetweenGivenNameAndSurnameLeavesTheWholeName() {
        Article a = extract("a-nickname-of-two-words-between-given-name-and-surname.txt");
        assertEquals("Danny Hale", quote(a, "I’ve heard it").speaker(),
                "Danny “The Hammer” Hale … “…,” Hale told reporters; his sister Lorna Hale comes later");
        assertEquals("Lorna Hale", quote(a, "He’s been practising").speaker());
    }

    @Test
    void aRoleAndNameAfterAnOpeningPhraseIsTheSentencesSubject() {
        Article a = extract("the-role-and-name-after-an-opening-phrase.txt");
        assertEquals("Gustavo Méndez", quote(a, "If that is a penalty").speaker(),
                "Across the tunnel, the visiting coach, Gustavo Méndez, was furious… ¶ “…,” he said");
    }

    @Test
    void aRetiredOfficeIsWhatTheOneActingBeforeWasNotSomeoneUnnamedInOffice() {
        Article a = extract("a-retired-office-is-what-the-one-acting-was.txt");
        assertEquals("Margaret Doyle", quote(a, "He drank my tea").speaker(),
                "One of his victims, Margaret Doyle, 79, sat… ¶ “…,” the retired council secretary told the court");
    }

    @Test
    void aNameInsideWhatHeReportsIsNotTheHeWhoSpeaksNext() {
        Article a = extract("a-name-inside-what-he-reports.txt");
        assertEquals("Benny Okafor", quote(a, "We didn't invent").speaker(),
                "He added that every note… came from melodies Ray had hummed…. “…,” he said");
    }

    @Test
    void iToldSomeoneByNameExactlyThatInAnAnswerIsTheIntervieweesQuote() {
        Article a = extract("i-told-someone-by-name-exactly-that.txt");
        assertEquals("Mira Solberg", quote(a, "I'll correct a person").speaker(),
                "Solberg: … I told Jonas exactly that: \"…\"");
    }

    private static List<String> bodyText(Article a) {
        List<String> all = new java.util.ArrayList<>(a.headings());
        all.addAll(a.paragraphs());
        return all;
    }

    @Test
    void aPastedStandfirstEndingOnNoStopGoesWithTheBylineAfterIt() {
        Article a = extract("a-pasted-standfirst-and-byline.txt");
        assertEquals(List.of("The island's ferry operator will keep its winter fares at last year's level, the county council said on Wednesday.",
                "\"People here count every euro from October to March,\" said Colm Breathnach, who chairs the island co-operative.",
                "The council said it would review the evening timetable in the spring."), bodyText(a));
        assertEquals("Colm Breathnach", quote(a, "People here").speaker());
    }

    @Test
    void aPastedPagesDateLinesCommentCountAndPostStampsAreDropped() {
        Article a = extract("a-pasted-page-with-its-dates-and-stamps.txt");
        assertEquals(List.of("The coast road between Porthcurno and Treen was closed on Saturday after a landslip brought down part of the verge.",
                "\"We heard a rumble at about four and then the lights went,\" said Kerenza Hosking, who lives beside the road.",
                "Highways officers said the road would stay shut until engineers had checked the cliff.",
                "\"Nobody should be walking the verge tonight,\" said Ruan Tregear, the parish council's chair.",
                "A diversion through St Buryan adds about twenty minutes to the journey."), bodyText(a));
        assertEquals("Kerenza Hosking", quote(a, "We heard").speaker());
        assertEquals("Ruan Tregear", quote(a, "Nobody should").speaker());
    }

    @Test
    void aPastedPagesCaptionsAndTheirCreditsAreDropped() {
        Article a = extract("a-pasted-page-with-captions-and-credits.txt");
        assertEquals(List.of("Growers in the Teme valley say a wet spring has cut the apple crop by a third.",
                "\"We lost the blossom in April and never got it back,\" said Gwen Partridge, who farms 40 hectares near Tenbury.",
                "Buyers at the mill said they would pay more for dessert apples this year.",
                "\"Next year can only be better,\" said Ivor Lane, who runs the packhouse."), bodyText(a));
        assertEquals(2, a.quotes().size(), a.quotes().toString());
        assertEquals("Gwen Partridge", quote(a, "We lost the blossom in").speaker());
        assertEquals("Ivor Lane", quote(a, "Next year").speaker());
    }

    @Test
    void aPastedPagesNewsletterBoxesAppealsBioAndCopyrightAreDropped() {
        Article a = extract("a-pasted-page-with-its-promotions.txt");
        assertEquals(List.of("The city will shorten opening hours at three branch libraries from January, the council said on Monday.",
                "\"We are asking people to bear with us for a year,\" said Tomasz Wrona, who leads the council's culture committee.",
                "Readers at the Eastgate branch said the evening hours mattered most.",
                "\"After work is the only time I can come,\" said Priya Shah, a nurse.",
                "The council will review the hours again next summer."), bodyText(a));
        assertEquals(2, a.quotes().size(), a.quotes().toString());
        assertEquals("Tomasz Wrona", quote(a, "We are asking").speaker());
        assertEquals("Priya Shah", quote(a, "After work").speaker());
    }

    @Test
    void aPastedPagesRelatedHeadlinesTopicsAndTagsAreDropped() {
        Article a = extract("a-pasted-page-with-related-links-and-tags.txt");
        assertEquals(List.of("A strike by ferry crews on the Solent was called off on Sunday night after the operator improved its pay offer.",
                "\"It's not everything we asked for, but it's a fair deal,\" said Dara Whelan, the union's regional organiser.",
                "Services will run to the normal timetable from Monday, the operator said.",
                "Passengers were told to check the operator's website before travelling.",
                "\"We are glad to have our crews back,\" said Owen Pryce, the operator's chief executive."), bodyText(a));
        assertEquals("Dara Whelan", quote(a, "It's not everything").speaker());
        assertEquals("Owen Pryce", quote(a, "We are glad").speaker());
    }

    @Test
    void aPastedStoryEndsOnItsLastParagraphNotOnThePagesFooter() {
        Article a = extract("a-pasted-page-ending-in-its-footer.txt");
        assertEquals(List.of("The village hall in Ashcombe will get a new roof before the winter, after a grant of £48,000 was approved on Tuesday.",
                "\"We have had buckets on the stage for three years,\" said Hester Combe, who chairs the hall committee.",
                "Work will start in October and take about six weeks."), bodyText(a));
        assertEquals("Hester Combe", quote(a, "We have had").speaker());
    }

    @Test
    void aFigureSetAgainstItsLabelIsALineOfTheStoryNotAHeading() {
        Article a = extract("a-pasted-earnings-table.txt");
        assertEquals(List.of(), a.headings());
        assertTrue(a.paragraphs().contains("Earnings per share: 42 pence adjusted vs. 38 pence expected"), a.paragraphs().toString());
        assertTrue(a.paragraphs().contains("Revenue: £1.21 billion vs. £1.18 billion expected"), a.paragraphs().toString());
        assertEquals("Aileen Moss", quote(a, "Our export").speaker());
    }

    @Test
    void aSavedPagesStandfirstsPictureCreditsToutTipLineAndListOfPostsAreDropped() {
        Article a = extract("a-saved-page-with-standfirst-credits-and-tip-line.html");
        assertEquals(List.of("The Jubilee lido in Penzance will reopen on Saturday after four months of repairs to its tank and changing rooms.",
                "“We have missed the cold water more than we can say,” said Tamsin Roskilly, who swims there every morning.",
                "The council said the pool would open at 7am, an hour earlier than before.",
                "“It is the best view in Cornwall from the water,” said Jowan Pengelly, the lido's manager."), bodyText(a));
        assertEquals(2, a.quotes().size(), a.quotes().toString());
        assertEquals("Tamsin Roskilly", quote(a, "We have missed").speaker());
        assertEquals("Jowan Pengelly", quote(a, "It is the best").speaker());
    }

    @Test
    void anIntroducedPostsCreditDoesNotRunIntoItsWords() {
        Article a = extract("introduced-embedded-post.html");
        assertTrue(a.paragraphs().contains("“Third letter going in tomorrow. Maybe a photo of my collarbone will help this time.”"),
                "— Tomasz Wróbel (@tomwrobel) April 7, 2027 after the post's words: " + a.paragraphs());
        assertTrue(a.paragraphs().stream().noneMatch(p -> p.contains("@tomwrobel")), a.paragraphs().toString());
        assertEquals("Tomasz Wróbel", quote(a, "Third letter going in").speaker());
    }

    @Test
    void aPagesAppealTipLineAndStandardsLinkAreDropped() {
        Article a = extract("a-pasted-page-with-an-appeal-and-a-tip-line.txt");
        assertEquals(List.of("A seal pup tangled in fishing net was freed by volunteers in Newlyn harbour on Sunday morning.",
                "\"She was exhausted but she bit me twice, which is a good sign,\" said Morvah Jenkin, a volunteer medic.",
                "The pup will be released at Gwithian once she has gained weight."), bodyText(a));
        assertEquals("Morvah Jenkin", quote(a, "She was exhausted").speaker());
    }

    @Test
    void aPastedBylineOverItsDateGoesWithTheStandfirstAboveIt() {
        Article a = extract("a-pasted-byline-over-its-date.txt");
        assertEquals(List.of("Crumb & Co closed nine of its 14 shops across Cardiff on Tuesday, its administrators said.",
                "\"We tried everything to keep the ovens on,\" said Rhodri Castell, whose father founded the business in 1978.",
                "The five remaining shops will trade as normal while a buyer is sought."), bodyText(a));
        assertEquals("Rhodri Castell", quote(a, "We tried").speaker());
    }

    @Test
    void aPastedPagesKeyPointsAboveTheStoryAreDropped() {
        Article a = extract("a-pasted-page-with-key-points.txt");
        assertEquals(List.of("Harbour Foods shares rose 7% on Tuesday after the Bristol-based food maker said it would close two of its five plants "
                        + "and invest in automated packing lines over the next three years.",
                "\"This is the hardest decision we have made in forty years,\" said Aileen Moss, the chief executive.",
                "The closures will affect about 600 workers."), bodyText(a));
        assertEquals("Aileen Moss", quote(a, "This is the hardest").speaker());
    }

    @Test
    void aPastedCaptionsBareCreditGoesWithItButAHeadingOfTheSameShapeStays() {
        Article a = extract("a-pasted-caption-and-its-bare-credit.txt");
        assertEquals(List.of("New Hope for Atlantic Avenue"), a.headings());
        String all = String.join("\n", a.paragraphs());
        for (String furniture : List.of("A baker leaves", "Tom Reyes for The Courier", "Rick Madonik", "Supplied")) {
            assertFalse(all.contains(furniture), furniture + " in " + a.paragraphs());
        }
        assertEquals("Alma Ortiz", quote(a, "He put his").speaker());
        assertEquals("Dolores Pena", quote(a, "We need a bakery").speaker());
    }

    @Test
    void aRoleTellingHimWhatHeHadDoneSpeaksNotTheOneTold() {
        Article a = extract("a-role-telling-him-what-he-had-done.txt");
        assertNull(quote(a, "betrayed every").speaker(), "…jailed… after the judge told him he had “…” (no judge is named)");
        assertNull(quote(a, "led astray").speaker(), "…after a magistrate told him he had been “…”");
    }

    @Test
    void aPageWhoseStoryTheReaderMissesFallsBackToItsJsonLdArticleBody() {
        Article a = extract("story-only-in-its-json-ld-article-body.html");
        assertEquals(7, a.paragraphs().size(), a.paragraphs().toString());
        assertTrue(a.paragraphs().get(0).startsWith("The city's last independent cinema"), a.paragraphs().get(0));
        assertTrue(a.paragraphs().stream().noneMatch(p -> p.contains("unlimited access")), "not the subscription card");
        assertEquals("Brendan Foley", quote(a, "I had my first date").speaker());
    }

    @Test
    void anAsideNamingHerFamilyAfterHerQuoteKeepsHerTheSpeakerOfTheNext() {
        Article a = extract("an-aside-naming-her-family-after-her-quote.txt");
        assertEquals("Moira Callan", quote(a, "We offered more rent").speaker(),
                "said Moira Callan, who has run the cinema with her brother since their father died in 2004. \"…\"");
    }

    @Test
    void aStorySetInDivsWithoutParagraphsIsReadWhole() {
        Article a = extract("body-in-divs-without-paragraphs.html");
        assertEquals(6, a.paragraphs().size(), a.paragraphs().toString());
        assertTrue(a.paragraphs().get(0).startsWith("The tidal pool at Saltcote"), a.paragraphs().get(0));
        assertTrue(a.paragraphs().stream().noneMatch(p -> p.contains("Lifeboat crew")), "the most-read list is not the story");
        assertEquals("Helen Garbutt", quote(a, "We will put every number").speaker(),
                "each <div> is a paragraph of the story, not the story one paragraph long");
        assertEquals("Ray Denholm", quote(a, "The pool is the reason").speaker());
    }

    @Test
    void teaserCardsAndLinkOnlyTeasersAreNotTheStory() {
        Article a = extract("a-story-among-teaser-cards.html");
        assertEquals(5, a.paragraphs().size(), a.paragraphs().toString());
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().contains("end of the island") || q.text().contains("long overdue")),
                "a row of cards, each another story's linked headline and summary, is not the story: " + a.quotes());
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().contains("will take until Easter")),
                "links under “You may also like” are other stories' headlines: " + a.quotes());
        assertEquals("Isla Rennie", quote(a, "If fuel comes down").speaker());
        assertEquals("Angus Blair", quote(a, "Every loaf of bread").speaker());
    }

    @Test
    void anArticleHoldingMostOfTheTextIsTheStoryNotItsTeaserSiblings() {
        Article a = extract("a-story-article-beside-teaser-articles.html");
        assertEquals(5, a.paragraphs().size(), a.paragraphs().toString());
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().contains("ready to go up") || q.text().contains("false economy")),
                "the <article>s beside the story are teasers, not posts of a live blog: " + a.quotes());
        assertEquals("Gwen Pryce", quote(a, "No more sharing lifts").speaker());
    }

    @Test
    void sheKeepsHerGenderWhenSheSaysHeOfSomeoneNamedBeforeHer() {
        Article a = extract("a-nickname-she-said-he-encouraged.txt");
        assertEquals("Rebecca Thornbury", quote(a, "not for a single day").speaker(),
                "“a name Thornbury said he liked to use” speaks of Desmond Pike, named before her in the sentence");
        assertEquals("Rebecca Thornbury", quote(a, "He took their money").speaker());
        assertEquals("Rebecca Thornbury", quote(a, "Then he blamed them.").speaker());
    }

    @Test
    void theOneAnotherAsksAboutHerselfRepliesAgain() {
        Article a = extract("another-asks-whether-she-and-she-replies.txt");
        assertEquals("Edna Crabtree", quote(a, "Not enough to bury").speaker());
        assertEquals("Edna Crabtree", quote(a, "I read what he put").speaker(),
                "“Fenwick asked whether she had read… “…,” she replied”: she answers him, not the prosecutor who asked before");
        assertEquals("Edna Crabtree", quote(a, "Nobody showed me the rest.").speaker());
    }

    @Test
    void aQuestionAfterOnesOwnStatementIsAskedOfNobodyAndTheNextQuoteAloneGoesOn() {
        Article a = extract("a-question-asked-of-nobody-then-a-quote-alone.txt");
        assertEquals("Fergus Lindsay", quote(a, "I have taught maybe a dozen").speaker(),
                "“…,” he said. “…where does the next shepherd come from?” ¶ “…”: nobody was asked, so nobody answers");
        assertNotEquals("Ruth Galbraith", quote(a, "I did not see them").speaker(),
                "“Did you see these figures…?” is asked of someone, and the quote alone after it is their answer");
    }

    @Test
    void aNationalityBeforeAnOfficeIsNoPersonSpeaking() {
        Article a = extract("a-nationality-before-an-office.txt");
        assertEquals("Donal Keane", quote(a, "You would not take").speaker());
        assertNull(quote(a, "as soon as the wind drops").speaker(),
                "“The Australian transport minister’s office said in a statement”: the office speaks, not “the Australian” last quoted");
    }

    @Test
    void aTermWithAdjectivesBeforeItIsNotAQuote() {
        Article a = extract("a-term-after-adjectives.txt");
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().contains("synthetic walk-ons")),
                "“the informal trade term “synthetic walk-ons”” names a thing: " + a.quotes());
        assertEquals("Bronwen Tait", quote(a, "They are drawings").speaker());
    }

    @Test
    void someoneUnnamedBeforeWhoAskedIsNotTheOneReadingTheirWords() {
        Article a = extract("someone-unnamed-before-who-asked.txt");
        assertNull(quote(a, "why the harbour lights").speaker(),
                "“she read out a note from one fisherman, who asked “…”” is the fisherman's, whom the text does not name");
        assertNull(quote(a, "Did anyone check the radio?").speaker(), "“a relative of the crew, who wrote:”");
        assertEquals("Alison Pryde", quote(a, "I want every question").speaker());
    }

    @Test
    void anIntervieweesSonNamedInTheIntroductionSpeaksAsMySon() {
        Article a = extract("an-interviewees-own-relative-named-in-the-introduction.md");
        assertEquals("Calum Sinclair", quote(a, "Mam, we’ll need").speaker(),
                "“My son looked at the first one and said, “…”” in her answer: the son the introduction named");
        assertNull(quote(a, "The loom tells you").speaker(), "“My grandmother used to say” names no one");
    }

    @Test
    void aBoxBetweenParagraphsOfBareTextPartsThem() {
        Article a = extract("bare-text-parted-by-a-box.html");
        assertEquals(6, a.paragraphs().size(), a.paragraphs().toString());
        assertTrue(a.paragraphs().get(2).startsWith("“Forty per cent"), "the advert between them parts two paragraphs: " + a.paragraphs().get(1));
        assertTrue(a.paragraphs().get(4).startsWith("“We are not against"), a.paragraphs().get(4));
        assertEquals("Tan Mei Ling", quote(a, "Forty per cent").speaker());
    }

    @Test
    void aSonNamedFirstByHisGivenNameIsTheWholeNameGivenLater() {
        Article a = extract("a-son-by-his-given-name-then-whole.txt");
        assertEquals("Daniel Okafor", quote(a, "I will tell you as a coach").speaker(),
                "“his son Michael” … “Michael Okafor, 19,” … “Michael said”: the son is called by his given name, so the bare surname is the father's");
        assertEquals("Michael Okafor", quote(a, "At home he is my father").speaker(), "not a second person called Michael");
    }

    @Test
    void aBodysRoleRenamedByANameBeforeAColonGivesTheNextParagraphToTheName() {
        Article a = extract("a-bodys-role-then-name-before-a-colon.txt");
        assertEquals("Iain Matheson", quote(a, "Our gritters have been out").speaker(),
                "“Highland Council’s head of roads, Iain Matheson, posted on Facebook a short time ago:” ¶ “…”");
    }

    @Test
    void aBodySpeakingInARelativeClauseIsNotTheSentencesSubject() {
        Article a = extract("a-body-in-a-relative-clause-and-according-to-later.txt");
        assertNull(quote(a, "sharply").speaker(), "“crew wages, which the company said would rise “sharply””: the company's word");
        assertEquals("Moira Kinnear", quote(a, "the biggest single cost").speaker(),
                "“Fuel will stay “…” next year, according to Kinnear”: named after the quote, words between");
        assertNull(quote(a, "a steady hand").speaker(), "“a local harbour trust, which said in a statement that she had been “…””");
    }

    @Test
    void aQuestionAboutSomeoneWithAnAsideStillLeavesTheOneAskedSpeaking() {
        Article a = extract("asked-about-someone-who-then-he-said.txt");
        assertEquals("Rhys Penhaligon", quote(a, "He's sore.").speaker(),
                "“Asked about the fitness of fast bowler Liam Corbett, who left the field…, he said:” is the captain asked");
    }

    @Test
    void rolesJoinedByAndAfterSaidStillLeadToTheName() {
        Article a = extract("said-an-owners-roles-joined-by-and-then-the-name.txt");
        assertEquals("Eilidh Buchanan", quote(a, "We opened nine shops").speaker(),
                "“said Crumb & Co's founder and managing director Eilidh Buchanan”");
        assertEquals("Eilidh Buchanan", quote(a, "Next year we go").speaker());
        assertEquals("Tomasz Nowicki", quote(a, "We have not passed").speaker(),
                "“said the chain's head of baking and product development, Tomasz Nowicki. “…””: the roles rename him, and he goes on");
    }

    @Test
    void aHeTheTextDoesNotNameGoesOnInTheNextQuote() {
        Article a = extract("a-he-nobody-names-goes-on.txt");
        assertNull(quote(a, "If they cut prices").speaker());
        assertNull(quote(a, "Everybody remembers 2019.").speaker(),
                "“…,” he said. “Everybody remembers 2019.”: the unnamed analyst goes on, and the short quote is still one");
    }

    @Test
    void theWordsASignSaysAreNotSpeech() {
        Article a = extract("the-words-a-sign-says.txt");
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().contains("Established 1884")),
                "“The sign above the door still says “…””: words a thing bears: " + a.quotes());
        assertEquals("Janet Pryor", quote(a, "It stays.").speaker(), "“Asked about the sign, Pryor said:” is still hers");
    }

    @Test
    void aSonNamedByHisGivenNameWhoWalksInAndSaysSpeaks() {
        Article a = extract("a-son-by-his-given-name-who-asks.txt");
        assertEquals("Theo", quote(a, "Mom, why are you").speaker(),
                "“her son Theo” … “Theo walked into the kitchen … and said, “…””");
        assertEquals("Theo", quote(a, "Is that really you?").speaker(), "““…?” Theo asked”: by the one name the text gives him");
    }

    @Test
    void namesGivenToThingsAreNotSpeech() {
        Article a = extract("names-given-to-things-not-speech.txt");
        List<String> texts = a.quotes().stream().map(q -> q.text()).toList();
        assertTrue(texts.stream().noneMatch(t -> t.contains("the long night")), "“have a name for …: “…””: " + texts);
        assertTrue(texts.stream().noneMatch(t -> t.contains("FrameFill")), "“its own tool, called “…””: " + texts);
        assertTrue(texts.stream().noneMatch(t -> t.contains("Demo Reel")), "“with titles like “…””: " + texts);
        assertTrue(texts.stream().noneMatch(t -> t.contains("Drawn by People")), "“under the slogan it chose…, “…””: " + texts);
        assertEquals("Nino Beridze", quote(a, "We used to sleep").speaker());
    }

    @Test
    void aPastesPromptsAppealsAndEmbedCreditsAreNotTheStory() {
        Article a = extract("a-pasted-page-with-prompts-and-credits.txt");
        assertEquals(List.of("The bakeries of Saltivka have kept baking through a third week of rolling blackouts, running their ovens on generators "
                        + "bought with neighbours' donations.",
                "\"We bake for the people who stayed, so we stay too,\" said Larysa Bondar, who runs the oldest of the shops.",
                "Her apprentice, Danylo Moroz, said the queue forms before dawn. \"People bring their own bags now, and their own candles,\" Moroz said.",
                "Support for local journalism in the city has collapsed since the war began, the regional press union said in October."),
                bodyText(a));
        assertEquals("Larysa Bondar", quote(a, "We bake for").speaker());
        assertEquals("Danylo Moroz", quote(a, "People bring").speaker());
    }

    @Test
    void aPastesAuthorBoxAndABylineWithItsRoleAreNotHeadings() {
        Article a = extract("a-pasted-page-with-an-author-box.txt");
        assertEquals(List.of("Life As A Harbour Reporter", "A Letter to the Editor",
                "A harbour town voted on Tuesday to keep its loss-making ferry running for at least another five years.",
                "\"Without the ferry we are an island in name only,\" said Tamsin Rowe, who chairs the parish council.",
                "The operator had warned in September that the crossing lost money on four days in five.",
                "The ferry has carried the post, the doctor and the school run since 1962.",
                "Rowe said the vote was the easiest the council had taken. \"Nobody spoke against it,\" she said."),
                bodyText(a));
        assertEquals("Tamsin Rowe", quote(a, "Nobody spoke").speaker());
    }

    @Test
    void aPastesQuotedStandfirstGoesWhenABylineFollowsItOrTheStoryRepeatsIt() {
        Article a = extract("a-pasted-quoted-standfirst-over-a-byline.txt");
        assertTrue(a.paragraphs().get(0).startsWith("Rhiannon Beck was 24"), a.paragraphs().toString());
        assertTrue(a.headings().isEmpty(), a.headings().toString());
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().contains("next win")), "the standfirst is no quote of the story: " + a.quotes());
        assertEquals("Rhiannon Beck", quote(a, "I told myself").speaker());

        Article repeated = extract("a-pasted-quoted-standfirst-the-story-repeats.txt");
        assertTrue(repeated.paragraphs().get(0).startsWith("When the relief nurse"), repeated.paragraphs().toString());
        assertEquals(1, repeated.quotes().stream().filter(q -> q.text().startsWith("Nobody came")).count(), repeated.quotes().toString());
        assertEquals("Ewa Nowak", quote(repeated, "Nobody came").speaker());

        Article unsaid = extract("a-pasted-quoted-standfirst-nobody-says.txt");
        assertEquals(List.of("Priya Holm had rented the terraced house in Leeds for seven years when a letter from the agent arrived in March.",
                "The new owners wanted vacant possession by the summer. \"I had six weeks to find somewhere,\" Holm said."), bodyText(unsaid),
                "the headline again, and a quotation the story's first sentence gives to nobody, are the page's");
    }

    @Test
    void aStoryOpeningWithAQuoteItGoesOnToAttributeKeepsIt() {
        Article a = extract("a-pasted-story-opening-with-a-quote.txt");
        assertEquals(3, a.paragraphs().size(), a.paragraphs().toString());
        assertTrue(a.paragraphs().get(0).startsWith("\"We lost everything"), a.paragraphs().toString());
        quote(a, "We lost everything");
    }

    @Test
    void aQuestionInAListOfOtherStoriesHeadlinesIsAHeadline() {
        Article a = extract("a-pasted-link-list-with-a-question.txt");
        assertEquals(List.of("At least 40 councils in England have wound up the tenant panels that once reviewed their housing plans, "
                        + "figures gathered by the Local Housing Forum show.",
                "\"The panels were the only room where tenants could ask a direct question and get an answer,\" said Nadia Ferrante, the forum's director.",
                "The Local Government Association said councils faced \"impossible choices\" on spending.",
                "So what went wrong?",
                "Ferrante said the panels cost little to run. \"A room, a kettle and a minute-taker,\" she said."), bodyText(a));
        assertEquals("Nadia Ferrante", quote(a, "A room, a kettle").speaker());
    }

    @Test
    void aSavedPagesKickerSummaryBulletsBylineAndLinkedHeadlineAreNotTheStory() {
        Article a = extract("a-saved-page-with-a-kicker-bullets-and-a-related-link.html");
        assertEquals(List.of("Eleven village halls across the county could be sold off by the spring as the council tries to close a £14m gap in its budget.",
                "“Nobody wants to sell a hall that a village built with its own hands, but we have to set a legal budget,” said councillor Rhian Powell, "
                        + "the cabinet member for finance.",
                "Community groups say they learned of the plan from a list published with the cabinet papers. The Cwm Dulais hall committee said "
                        + "it had not been told.",
                "“We raised forty thousand pounds for the new roof in 2019,” said Alun Pritchard, the committee's treasurer. “Now they tell us it is on a list.”",
                "Read the full list of halls on the council's website.",
                "The council said groups would be able to bid to take over halls before any sale. A final decision is due in February."), bodyText(a));
        assertEquals("Alun Pritchard", quote(a, "Now they tell us").speaker());
    }

    @Test
    void aSponsoredHeadlinePointingAtThisNewOfferIsNotAHeading() {
        Article a = extract("a-pasted-page-with-a-sponsored-headline.txt");
        assertEquals(List.of("Residents in Seaham are divided over the plan"), a.headings());
        assertEquals(4, a.paragraphs().size(), a.paragraphs().toString());
        assertEquals("Joanne Tully", quote(a, "The harbour front is safe").speaker());
    }

    @Test
    void anIntroducedInstagramPostIsItsWordsWithoutItsCard() {
        Article a = extract("an-introduced-instagram-post-in-its-card.html");
        assertTrue(a.paragraphs().stream().anyMatch(p -> p.equals("“That is not me. I have never sung that song, and I never would. Please stop streaming it.”")),
                "the post's words alone, not “View this post on Instagram” and “A post shared by…”: " + a.paragraphs());
        assertEquals("Ruby Calloway", quote(a, "That is not me.").speaker(), "“she posted on Instagram:” ¶ the post");
    }

    @Test
    void headlinesOrTagsJoinedByBarsAreNotTheStory() {
        Article a = extract("a-pasted-page-with-piped-lists.txt");
        assertEquals(List.of("Cedric Halloway, who led the Harbour Street Swing Orchestra for four decades, died at his home in Mandeville on Sunday. "
                        + "He was 81.",
                "\"He could hear a wrong note from the back of a dance hall,\" said his daughter Marcia Halloway, who played trumpet in the band "
                        + "for twelve years.",
                "Halloway formed the orchestra in 1971 and toured the Caribbean and Canada with it until 2010.",
                "Fellow bandleader Owen Dacres said Halloway taught a generation to read music. \"Half the horn players in Kingston came through "
                        + "his rehearsals,\" Dacres said."), bodyText(a));
        assertEquals("Owen Dacres", quote(a, "Half the horn").speaker());
    }

    @Test
    void aBusinessPagesBoxesButtonsAndPleasAreNotTheStory() {
        Article a = extract("a-pasted-business-page-with-its-boxes.txt");
        assertEquals(List.of("The grocery chain's net profit rose to Rs 286 crore in the September quarter, helped by its smaller neighbourhood stores.",
                "Harbourmart said on Friday that its net profit rose 31% in the quarter to September, as the 58 small stores it opened over the year "
                        + "drew more shoppers than its big ones.",
                "\"The small store is where the customer is now,\" said Kavita Rao, the chain's managing director. \"We will open another 70 before March.\"",
                "Analysts at Marlow Securities said the results beat their estimates."), bodyText(a));
        assertEquals("Kavita Rao", quote(a, "We will open").speaker());
    }

    @Test
    void aNewsletterBoxALinkSetAsReadAndKeywordsAreNotTheStory() {
        Article a = extract("a-pasted-page-with-a-newsletter-box-and-keywords.txt");
        assertEquals(List.of("Dubbing studios in Izmir have begun using synthetic voices for minor characters in imported series, according to the actors' union.",
                "\"They call it a tool, but it has already taken the small parts we lived on,\" said Selin Aydemir, who has dubbed films for 22 years.",
                "The union said it would ask for a clause on synthetic voices in the next contract."), bodyText(a));
        assertEquals("Selin Aydemir", quote(a, "They call it").speaker());
    }

    @Test
    void aFilmPagesHeadlineAgainItsStandfirstBylineAndStudioCaptionAreNotTheStory() {
        Article a = extract("a-pasted-film-page-with-its-headline-again.txt");
        assertEquals(List.of("For the flashbacks in The Salt Line, Marek Olsen did not sit in a make-up chair at all. A model trained on his early films "
                        + "did the work.",
                "\"I watched a stranger wear my face and smile at me,\" Olsen said. \"It was my smile, and I had not given it to him.\"",
                "Director Ilse Brandt said the studio had agreed to pay Olsen for every scene the model touched."), bodyText(a));
        assertEquals("Marek Olsen", quote(a, "I watched a stranger").speaker());
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().contains("Stranger Wear")), "the headline's quote is no quote: " + a.quotes());
    }

    @Test
    void aLineThePagePrintsTwiceIsKeptOnce() {
        Article a = extract("a-pasted-page-printing-its-standfirst-twice.txt");
        assertEquals(1, a.paragraphs().stream().filter(p -> p.startsWith("The grocery chain's net profit")).count(), a.paragraphs().toString());
        assertEquals("Kavita Rao", quote(a, "The small store").speaker());
        assertTrue(a.paragraphs().contains("The chain plans to open another 70 stores before March."), a.paragraphs().toString());
    }

    @Test
    void aShortLabelOverHeadlinesJoinedByBarsIsTheLists() {
        Article a = extract("a-pasted-page-with-a-label-over-a-piped-list.txt");
        assertEquals(List.of("The crew of the morning ferry to Holm Island pulled two kayakers from the water off Tern Point on Saturday after their "
                        + "boat overturned.",
                "\"We saw the paddle first, then the two heads,\" said the ferry's skipper, Alasdair Ross.",
                "Both kayakers were treated for cold at the island's surgery and went home the same day.",
                "Ross said the crew had practised the drill only a week before. \"It went the way it goes in training,\" he said."), bodyText(a));
        assertEquals("Alasdair Ross", quote(a, "It went the way").speaker());
    }

    @Test
    void aPastesTitleLosesTheSitesNameWhenThePagePrintsItsHeadline() {
        Article a = extract("a-paste-title-with-the-sites-name.txt");
        assertEquals("Harbour ferry fares to rise by a fifth", a.title(),
                "the browser's title line “… | The Islands Record”, and the headline printed again without it");
        assertEquals("Isla Rennie", quote(a, "We held prices").speaker());
    }

    @Test
    void iKeepSayingInAnInterviewsAnswerIsTheIntervieweesWords() {
        Article a = extract("i-keep-saying-in-an-interview-answer.md");
        assertEquals("Euan Sinclair", quote(a, "Nobody will watch").speaker());
        assertEquals("Morag Sinclair", quote(a, "Famous people").speaker(),
                "“I keep saying, “…”” in her answer is hers, not the nephew's named before");
    }

    @Test
    void hisDaughterSaysTheOneHisStandsForIsAMan() {
        Article a = extract("his-daughter-makes-him-a-man.txt");
        assertEquals("Wang Shu-fen", quote(a, "They bump into chairs").speaker(),
                "“His daughter, Wang Shu-fen,” makes her father a man, so “she” is not him");
        assertEquals("Wang Jian-ming", quote(a, "I carried trays").speaker(), "“The elder Wang … said he” is still a man");
        assertEquals("Kao Ming-te", quote(a, "Today it is tea").speaker());
    }

    @Test
    void aNamesakeIntroducedWithHerPostAndSpeakingGoesOnSpeaking() {
        Article a = extract("a-namesake-introduced-with-her-post-then-speaking.txt");
        assertEquals("Nadia Qureshi", quote(a, "The growth story holds").speaker(),
                "“Nadia Qureshi, an analyst at Harbour Securities, said” ¶ “Qureshi said” is the analyst just introduced");
        assertEquals("Nadia Qureshi", quote(a, "Delivery apps").speaker());
        assertEquals("Farhan Qureshi", quote(a, "We bake less").speaker());
    }

    @Test
    void theCeoIsTheChiefExecutive() {
        Article a = extract("a-namesake-introduced-with-her-post-then-speaking.txt");
        assertEquals("Farhan Qureshi", quote(a, "not a priority").speaker(), "“Chief executive Farhan Qureshi” is “the CEO”");
        assertEquals("Farhan Qureshi", quote(a, "We will not chase").speaker());
    }

    @Test
    void aNovelBySomeoneMakesHerTheAuthor() {
        Article a = extract("a-novel-by-her-makes-her-the-author.txt");
        assertEquals("Irene Kovalenko", quote(a, "My own daughter").speaker(), "“a 2011 novel by Irene Kovalenko … The author says”");
        assertEquals("Joan Whitby", quote(a, "It was the hardest call").speaker());
    }

    @Test
    void aNameInUseAfterWhichOrItsIsNoSpeech() {
        Article a = extract("names-in-use-after-which-and-its.txt");
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().startsWith("vocal cloning")),
                "“which some agents call “vocal cloning”” is a term: " + a.quotes());
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().startsWith("final and binding")),
                "“what the guild's rules call its “…”” is a name: " + a.quotes());
        assertEquals("Hana Suzuki", quote(a, "treats the living").speaker(),
                "the words after the term and a comma are the rest of what she wrote, no second term");
        assertEquals("Piet Jansen", quote(a, "ten times too many").speaker(), "“which he calls “…”” is his judgement");
        assertEquals("Tom Reyes", quote(a, "We will not").speaker());
    }

    @Test
    void aRoleOfABodyBeforeAGivenNameMakesAPersonNotTheBody() {
        Article a = extract("an-officer-of-the-council-before-her-name.txt");
        assertEquals("Nadia Rehman", quote(a, "drawn up in secret").speaker(),
                "“Leader of the opposition in the council Nadia Rehman said”: the council ends her title");
        assertEquals("Nadia Rehman", quote(a, "There is not one").speaker());
        assertTrue(a.mentions().contains("Bilal Aziz") || a.quotes().stream().anyMatch(q -> "Bilal Aziz".equals(q.speaker())),
                "“Head of the union Bilal Aziz” is a person: " + a.mentions());
    }

    @Test
    void inHerLastYearsInAnObituaryIsTheOneWhoDied() {
        Article a = extract("in-her-last-years-in-an-obituary.txt");
        assertEquals("Margit Sand", quote(a, "the bravest cast").speaker(),
                "“In her last years she coached…. She told…” is the actress, not the daughter who spoke before");
        assertEquals("Liv Sand", quote(a, "There are boxes").speaker());
    }

    @Test
    void aFamilyNameFirstBeforeTwoGivenSyllablesSaysNothingOfHerGender() {
        Article a = extract("a-family-name-first-with-two-given-syllables.txt");
        assertEquals("Lee Mei Ling", quote(a, "Nine in ten").speaker(),
                "“Lee Mei Ling” is written family name first: “Lee”, a man's given name elsewhere, does not make her a man");
    }

    @Test
    void youCalledSomethingInAnInterviewsQuestionIsTheIntervieweesWords() {
        Article a = extract("you-called-something-in-an-interview-question.md");
        assertEquals("Nora Quill", quote(a, "a kind of gentle surgery").speaker(),
                "“you called editing “…”” in the interviewer's question quotes the one interviewed");
    }

    @Test
    void oneTenYearOldIsSomeoneUnnamed() {
        Article a = extract("one-ten-year-old-said-she.txt");
        assertNull(quote(a, "All my friends").speaker(),
                "“One 10-year-old, holding a sign, said she…. “…,” she said” is the child, whom the text does not name");
        assertEquals("Aoife Brennan", quote(a, "We will be back").speaker());
    }

    @Test
    void inSomeonesWordsNamesTheSpeaker() {
        Article a = extract("in-someones-words.txt");
        assertEquals("Rachel Obi", quote(a, "minor and incidental").speaker(), "“in Obi's words, “…””");
        assertEquals("Sam Hale", quote(a, "It is paperwork").speaker());
    }

    @Test
    void aBodySpeakingAfterAReportedParagraphIsNoOneNamed() {
        Article a = extract("a-body-speaks-after-a-reported-paragraph.txt");
        assertNull(quote(a, "The prize celebrates").speaker(),
                "“the organisers said the painter had admitted…” ¶ ““…,” the institute said”: the institute, not the painter");
        assertEquals("Grant Hollis", quote(a, "It was my idea").speaker());
        assertEquals("Ines Carvalho", quote(a, "We were not ready").speaker());
    }

    @Test
    void aBodySplitIntoTwoBlocksByABoxIsReadWhole() {
        Article a = extract("a-saved-page-with-its-body-in-two-blocks.html");
        assertEquals(List.of("A thinner margin",
                "Small bakeries across Pune say the price of a sack of flour has risen by a third since the summer, and some have begun to bake fewer loaves.",
                "“We used to bake four hundred pav a morning. Now it is three hundred, and I still throw some away,” said Anil Deshmukh, who runs a bakery "
                        + "near the old market.",
                "Traders blame a smaller harvest in the north and higher freight charges on the roads into the city.",
                "At the wholesale market in Gultekdi, a 50-kilogram sack of flour sold for about 2,400 rupees last week, against 1,800 rupees in June, "
                        + "according to the traders’ own price board.",
                "Some bakeries have cut the size of a loaf rather than raise its price, a change most customers do not notice until they weigh one. "
                        + "Others have stopped baking the sweet buns that use the most flour and sell for the least.",
                "“I can raise the price once, maybe twice. After that the children buy biscuits in packets instead,” said Farida Shaikh, whose family "
                        + "has baked in Camp for three generations.",
                "Rekha Pawar, who heads the city’s bakers’ association, said members had asked the district office to release wheat from its stores.",
                "“A bakery is the last place a family should have to save money,” Ms. Pawar said. “Bread is not a luxury.”"), bodyText(a),
                "the story's second block, after the newsletter box, with the same class and id as the first");
        assertEquals("Rekha Pawar", quote(a, "A bakery is the last place").speaker());
    }

    @Test
    void anAlsoReadLabelOverALinkIsNoParagraph() {
        Article a = extract("a-saved-page-with-an-also-read-label-over-a-link.html");
        assertEquals(List.of("The main ferry pier at Fort Kochi will close for six weeks from Monday while engineers replace its rotting timbers, "
                        + "the port authority said.",
                "“The pier has carried passengers for forty years and it is tired,” said Joseph Varghese, the authority’s chief engineer.",
                "Passengers will be carried from a temporary jetty beside the fish market, about 300 metres to the north.",
                "Mr. Varghese said the work would be done before the tourist season began in November."), bodyText(a),
                "“ALSO READ” in a span over another story's linked headline, in a box whose class does not say so");
    }

    @Test
    void theWritersCardUnderTheStoryIsNotTheStory() {
        Article a = extract("a-saved-page-with-an-author-card-under-the-story.html");
        assertEquals(List.of("The ferry to Inishbeg will run through the winter for the first time since the service began, after the county council "
                        + "agreed to cover the cost of a second crew.",
                "\"Until now the island closed in November and opened again at Easter,\" said Bríd Ní Fhlatharta, who runs the shop beside the pier.",
                "The council said the winter timetable would have two sailings a day, weather permitting."), bodyText(a),
                "div.c-author-card, the writer's name over a line about them, outside the body's wrapper");
    }

    @Test
    void aMostViewedListBesideTheStoryIsNotTheStory() {
        Article a = extract("a-saved-page-with-a-standfirst-and-a-most-viewed-list.html");
        assertTrue(a.headings().isEmpty(), a.headings().toString());
        assertTrue(a.paragraphs().stream().noneMatch(p -> p.contains("Launceston") || p.contains("Ferry fares")), a.paragraphs().toString());
    }

    @Test
    void aParagraphUnderTheHeadlineWithTheStoryInABlockOfItsOwnIsTheStandfirst() {
        Article a = extract("a-saved-page-with-a-standfirst-and-a-most-viewed-list.html");
        assertEquals("A bakery that has sold bread in North Hobart since 1936 will close on Saturday after its owners were offered a new lease at "
                + "twice the rent.", a.paragraphs().get(0), "the standfirst in a hashed class, under the headline, over the byline");
        Article b = extract("a-saved-page-with-its-paragraphs-and-subheads-in-divs.html");
        assertTrue(b.paragraphs().stream().noneMatch(p -> p.startsWith("The club's members say")), "div.story__intro: " + b.paragraphs());
    }

    @Test
    void aLivePagesKeyPointsLinkingToItsOwnPostsAreNotTheStory() {
        Article a = extract("a-saved-live-page-with-key-points-linking-its-posts.html");
        assertFalse(a.headings().contains("Key points"), a.headings().toString());
        assertEquals("Shopkeepers in Oban spent the morning sweeping seaweed and stones from the front after the tide came over the wall.",
                a.paragraphs().get(0), "each item is a post's title, said again over the post");
        assertEquals("Moira Campbell", quote(a, "The waves came over").speaker());
    }

    @Test
    void aSubheadSetAsADivNamedIntertitleIsAHeading() {
        Article a = extract("a-saved-page-with-its-paragraphs-and-subheads-in-divs.html");
        assertEquals(List.of("Building again"), a.headings());
        assertEquals(List.of("The Whanganui River Kayak Club has lost its boatshed after the river bank beneath it gave way in last week's flood.",
                "\"We've watched the bank creep towards us for ten years,\" said club president Aroha Tane. \"This time it got there.\"",
                "The club plans to build a new shed about 40 metres further from the water, on land leased from the council.",
                "Tane said members had already raised a third of the cost with a sausage sizzle and a quiz night."), a.paragraphs());
    }

    @Test
    void aPrintEditionLineUnderAPastedStoryIsNotTheStory() {
        Article a = extract("a-pasted-page-with-a-print-edition-line.txt");
        assertEquals(List.of("SUKKUR: The district council on Tuesday approved a plan to build a bus depot on the old grain market site, ending a dispute "
                        + "that had lasted two years.",
                "\"The buses have been parked on the roadside since 2019. That ends now,\" said council chairman Imran Bhutto.",
                "Traders who use the market said they would be given stalls in a new covered hall nearby."), bodyText(a),
                "“Published in The Indus Herald, March 4th, 2026”: where the story ran in print");
    }

    @Test
    void aPhotosButtonAndTheCaptionUnderItAreNotTheStory() {
        Article a = extract("a-pasted-page-with-photo-buttons-over-captions.txt");
        assertEquals(List.of("Harriet Moss, who died in Halifax on Oct. 2 at the age of 91, made about 40,000 bowls in a working life of six decades.",
                "\"A bowl should be used until it breaks. Then you make another,\" she told an interviewer in 1990.",
                "She leaves her son, Daniel; two grandchildren; and the pottery, which Greta Vance now runs."), bodyText(a),
                "“Open this photo in gallery:” over each caption");
    }

    @Test
    void anAdvertsHideButtonAndACommentPromptWithoutItsLinksAreNotTheStory() {
        Article a = extract("a-pasted-page-with-ad-buttons-and-a-comment-prompt.txt");
        assertEquals(List.of("Ferry crews on the Clyde will strike for 24 hours on Friday in a dispute over new rotas, their union said.",
                "\"Our members were not asked about these rotas. They were told,\" said union organiser Morag Finlay.",
                "The operator said it was disappointed and urged the union to return to talks.",
                "Passengers were told to check the timetable before travelling."), bodyText(a),
                "“Hide Ad” is no heading, and “Want to join the conversation? Please or to comment…” no paragraph");
    }

    @Test
    void relatedNewsAndReadMoreAboutHeadListsOfLinks() {
        Article a = extract("a-pasted-page-with-read-more-about-and-related-news.txt");
        assertEquals(List.of("Harbour Rovers have sacked head coach Dean Ashby after a fifth straight league defeat left the club second from bottom.",
                "\"We thank Dean for his work, but results have not been good enough,\" said chairman Lionel Price.",
                "Assistant coach Gary Tolan will take charge of Saturday's match against City.",
                "Price said the club hoped to name a new coach within two weeks."), bodyText(a),
                "“Related News” over two other stories' headlines, and “Read More About:” over the page's topics");
    }

    @Test
    void aBecomeAMemberButtonIsNoHeading() {
        Article a = extract("a-pasted-page-with-a-become-a-member-button.txt");
        assertTrue(a.headings().isEmpty(), a.headings().toString());
        assertEquals(3, a.paragraphs().size(), a.paragraphs().toString());
    }

    @Test
    void aQuoteThenTheOtherOneAgreedIsTheFirstOnesWords() {
        Article a = extract("a-quote-then-the-other-one-agreed.txt");
        assertEquals("Ciara Doyle", quote(a, "mostly arguing").speaker(),
                "“Ciara described the process as “….” Maeve agreed.”: Maeve answers it, Ciara said it");
        assertEquals("Maeve Doyle", quote(a, "She's right").speaker());
    }

    @Test
    void inHisLastYearsIsTheOneWhoDiedWhateverSaysHeDied() {
        Article a = extract("in-his-last-years-after-who-died.txt");
        assertEquals("Tomas Berglund", quote(a, "the toughest critics").speaker(),
                "“Tomas Berglund, who died in Uppsala…” … “In his last years he taught…. He told…”: the one who died, not his son");
        assertEquals("Anders Berglund", quote(a, "He drew through").speaker());
    }

    @Test
    void peritIsATitleNotAGivenName() {
        Article a = extract("perit-is-a-maltese-title.txt");
        assertEquals("Joseph Farrugia", quote(a, "The authority was right").speaker(), "“Perit Farrugia”, Malta's title for an architect");
        assertEquals("Mark Zammit", quote(a, "It is a line").speaker());
    }

    @Test
    void aQuoteEndingItsSentenceIsNotGivenToTheNextSentencesLeadIn() {
        Article a = extract("a-quote-ending-its-sentence-then-the-next-ones-lead.txt");
        assertEquals("Tom Reed", quote(a, "the best thing I have eaten").speaker(),
                "“Tom Reed … wrote that its lamb was “….” The review, Saade says, “…””: the lead-in is the next quote's");
        assertEquals("Lina Saade", quote(a, "changed everything").speaker());
    }

    @Test
    void accordingToSomeoneWasNamesTheSpeaker() {
        Article a = extract("according-to-someone-was.txt");
        assertEquals("Ravi Menon", quote(a, "prudent rather than worrying").speaker(),
                "“a move that according to Mr Menon was “…””: according to, then a copula before the quote");
    }

    @Test
    void aStandfirstASummaryAndABioNamedByTheirComponentsAreNotTheStory() {
        Article a = extract("a-saved-page-with-component-named-standfirst-summary-and-bio.html");
        assertEquals(List.of("Two lighthouse keepers' cottages on Bardsey Island, empty for almost forty years, will be let to holiday guests from next spring.",
                "\"The cottages were built to last, and they have, but only just,\" said Elin Pritchard, who chairs the island trust.",
                "The trust said the roofs and windows had been replaced with the help of a heritage grant."), bodyText(a),
                "div[data-gu-name=standfirst] under the headline's wrapper, and div.dcr-bio under the story");
        Article b = extract("a-saved-page-with-a-summary-component-under-the-headline.html");
        assertEquals(List.of("A cafe in a rebuilt stilt house in the fishing village of Tai O has won a heritage conservation award.",
                "\"My grandfather built this house with his own hands, and the typhoon took half of it in one night,\" said owner Lam Siu-fong.",
                "The judges said the family had used the old timber wherever it could be saved."), bodyText(b),
                "div[data-qa=GenericArticle-Summary], a list of one item under the headline");
    }

    @Test
    void aLivePagesKeyEventsWithTheTimesOfThePostsTheyLinkToAreNotTheStory() {
        Article a = extract("a-saved-live-page-with-timed-key-events-linking-its-posts.html");
        assertEquals("The Great Western Highway is closed in both directions at Katoomba, and drivers are being turned back at Lawson.",
                a.paragraphs().get(0), "“2:15pm Highway closed at Katoomba”: a post's time and its title, said again over the post");
        assertTrue(a.paragraphs().stream().noneMatch(p -> p.contains("pm ")), a.paragraphs().toString());
        assertEquals("Tom Garrity", quote(a, "If you are in these towns").speaker());
    }

    @Test
    void captionsCreditedToAPictureAgencyAreNotTheStory() {
        Article a = extract("a-pasted-page-with-captions-credited-to-picture-agencies.txt");
        assertEquals(List.of("Harbour Rovers have appointed their former winger Lucy Ambrose as head coach on a two-year contract.",
                "\"I played here for nine seasons and I know what this crowd expects,\" Ambrose said at her first press conference.",
                "The club said her first match in charge would be Saturday's home game against City."), bodyText(a),
                "a caption over “Getty Images”, and one closed by “(PA)” after no stop, which came out as a heading");
    }

    @Test
    void boxesJoinedWithDoubleSemicolonsANewsletterLineAndAPleaAreNotTheStory() {
        Article a = extract("a-pasted-page-with-joined-boxes-a-newsletter-line-and-a-plea.txt");
        assertEquals(List.of("Ferry fares between Dumaguete and Siquijor will rise by about a fifth from January, the three operators on the route said on Tuesday.",
                "\"Fuel has gone up three times this year and we held the fare each time,\" said Ramon Uy, who runs the largest of the companies.",
                "Vendors at the port said they feared fewer day visitors would make the crossing.",
                "The operators said students and senior citizens would keep their discounts."), bodyText(a),
                "“RELATED;; headline;; headline”, “SUBSCRIBE TO OUR NEWSLETTER;; …”, “Get more … news by signing up for our … newsletter.” and "
                        + "“… Support the Visayas Courier for the price of a cup of coffee.”");
    }

    @Test
    void anEditorsCreditIsNotTheStory() {
        Article a = extract("a-story-closed-by-an-editors-credit.md");
        assertEquals("The town's potters' association said it would ask the state government to buy local crockery for its hostels and canteens.",
                a.paragraphs().get(a.paragraphs().size() - 1), "“(Edited by Vikram Sethi)” under the story, as a wire story's credits in brackets");
        Article b = extract("a-pasted-page-with-a-reported-and-edited-by-line.txt");
        assertTrue(a.headings().isEmpty() && b.headings().isEmpty(), b.headings().toString());
        assertTrue(b.paragraphs().stream().noneMatch(p -> p.contains("Edited by")), "“Reported by …, Edited by …”: " + b.paragraphs());
        assertEquals(3, b.paragraphs().size(), b.paragraphs().toString());
    }

    @Test
    void butBothHadToldHerIsNoOneNamed() {
        Article a = extract("but-both-had-told-her.txt");
        assertNull(quote(a, "reviewing headcount").speaker(),
                "“Moss said …, but both had told her they were “…””: the studios', not hers");
        assertEquals("Dan Price", quote(a, "not hiring this year").speaker());
        assertEquals("Keira Moss", quote(a, "It was a shock").speaker());
    }

    @Test
    void aCommentPolicyAndCaptionsClosedByACreditAreNotTheStory() {
        Article a = extract("a-pasted-page-with-a-comment-policy-and-credited-captions.txt");
        assertEquals(List.of("Residents of Carrowmere voted by a wide margin on Thursday to keep the town's open-air lido, which the council had planned to close next spring.",
                "\"People swim here all year round, even in January,\" said Bridget Nolan, who led the campaign. \"Closing it would have taken the heart out of the seafront.\"",
                "The council said it would now look for a grant to repair the pool's pumps, and it would welcome comments from residents on the plan."), bodyText(a),
                "“… values your comments but kindly requests all posts are on topic…”, “Comments are moderated…”, and captions closed by "
                        + "“Credit: Name/Agency” and “. Courtesy of Name”, one of which came out as a heading");
    }

    @Test
    void anAppPromoARelatedBoxFromTheOutletAndACaptionWithAnAddressAreNotTheStory() {
        Article a = extract("a-pasted-page-with-an-app-promo-and-a-related-box-from-the-outlet.txt");
        assertEquals(List.of("The Harbor City Tigers scored the last 14 points of Saturday's game to beat the Comets 104-97 and take a 2-1 lead in the series.",
                "\"We stopped forcing it,\" Ruiz said. \"Once we moved the ball, the shots came.\"",
                "The Comets host Game 4 on Tuesday night."), bodyText(a),
                "“RELATED STORIES FROM …” and its headlines, “Take Us With You”, “… in the palm of your hand.”, “Like … on Facebook, follow @…” "
                        + "and a caption closed by its photographer's name in capitals and address");
    }

    @Test
    void topicsUnderReadMoreAboutAndACaptionCreditedInBracketsAreNotTheStory() {
        Article a = extract("a-pasted-page-with-topics-under-read-more-about-and-a-caption-credited-in-brackets.txt");
        assertEquals(List.of("Stunt performers will be paid again each time a studio reuses a scan of their body under a deal reached on Monday with three of the largest studios.",
                "\"A scan of me falling off a roof should not fall off a roof forever for one day's pay,\" said Rafael Dunn, who sat on the bargaining committee.",
                "The studios said the terms would apply to productions starting in March."), bodyText(a),
                "the page's topics under “Read More About:”, and a caption with no stop closed by its photographer's name in brackets");
    }

    @Test
    void someoneUnnamedWhoSaidHerOwnIsTheSheOfTheNextParagraph() {
        Article a = extract("an-unnamed-one-said-her-own.txt");
        assertNull(quote(a, "They told me").speaker(),
                "“A retired midwife …, who did not want to be named, said her kitchen…” ¶ “…,” she said: the midwife, not the councillor");
        assertNull(quote(a, "Any day now, for a year").speaker(), "and the quote after her attribution");
        assertNull(quote(a, "I want my own").speaker(), "“A woman from the next street said her son…” ¶ “…,” she said");
        assertEquals("Bronagh Keane", quote(a, "We will write").speaker());
        assertEquals("Pádraig Tully", quote(a, "I have rebuilt").speaker());
    }

    @Test
    void sultanBeforeAnArabicFamilyNameIsAGivenName() {
        Article a = extract("sultan-before-a-family-name.txt");
        assertEquals("Sultan Al Shamsi", quote(a, "We want pilots").speaker(),
                "“Sultan Al Shamsi, the airline's head of training” is a man called Sultan, not a sultan");
        assertEquals("Hessa Al Mazrouei", quote(a, "Cargo carried").speaker());
    }

    @Test
    void theTenantSaidIsTheOneGivenThatWordElseSomeoneUnnamed() {
        Article a = extract("the-tenant-said.txt");
        assertNull(quote(a, "There is mould").speaker(),
                "“…,” the tenant said, after the landlord spoke: someone unnamed, not the landlord, and still a quote");
        assertEquals("Mirela Dobre", quote(a, "They send a man").speaker(), "“Mirela Dobre, a tenant…, said” ¶ “…,” the tenant said");
        assertNull(quote(a, "They're talking").speaker(), "“One assistant housing officer… said” ¶ “…,” the assistant said: kept, and nobody named");
        assertEquals("Ivor Pennant", quote(a, "We will rehouse").speaker());
    }

    @Test
    void someoneWhoAskedNotToBeNamedIsTheNextParagraphsPronounThoughTheTextGaveNoGender() {
        Article a = extract("anonymous-of-no-gender-is-the-next-pronoun.txt");
        assertNull(quote(a, "I walk home").speaker(),
                "“A cleaner…, who asked not to be named, said…” ¶ “…,” she said: the cleaner, whom the text does not name");
        assertNull(quote(a, "Twenty-five minutes").speaker());
        assertEquals("Layla Haddad", quote(a, "They come home").speaker(),
                "“who asked to be identified by her married name” names her: not someone unnamed");
        assertEquals("Martina Vella", quote(a, "Nobody likes").speaker());
    }

    @Test
    void someoneUnnamedCommaWhoSaidSheIsTheSheWhoAsksNext() {
        Article a = extract("someone-unnamed-who-said-she-then-asks.md");
        assertNull(quote(a, "Mr Moss, who would you cast").speaker(),
                "“a student in the third row, who said she was…” ¶ “…?” she asked: the student, not the host named before");
        assertNull(quote(a, "Somebody has to").speaker());
        assertNull(quote(a, "I'd queue for four").speaker(),
                "“The fan, who gave only her first name and asked that it not be printed, says she…”: nobody named, not the host");
        assertEquals("Declan Moss", quote(a, "I am very lucky").speaker());
    }

    @Test
    void writersBoxesACommentNoticeAndAFollowLineAreNotTheStory() {
        Article a = extract("a-pasted-page-with-writers-boxes-a-comment-notice-and-a-follow-line.txt");
        assertEquals(List.of("Reaction",
                "Crews on the island ferry voted on Monday to strike for two days next month over a rota they say leaves too few hands on the night sailings.",
                "\"We are not asking for more money, we are asking for enough people on deck,\" said Owen Price, the crews' union representative.",
                "Follow the harbour road past the chandlery and the queue for the 7am sailing already stretches to the car park, residents said.",
                "Ines is a reporter at the island's radio station and takes the ferry to work every day.",
                "The ferry company said it would meet the union on Thursday."), bodyText(a),
                "“Your comment has not been saved”, the tags under it, “Name (1,204 Articles Published)”, “Marta is a … reporter at …” under "
                        + "her name, “… writes features and a weekly column for The …” and “Follow Outlet:”; a paragraph opening “Follow the…” "
                        + "and one saying who is a reporter, not under her name, stay");
    }

    @Test
    void captionsCreditedAgainOrByAddressAndABylineWithItsOutletAreNotTheStory() {
        Article a = extract("a-pasted-page-with-captions-credited-again-and-a-byline-with-its-outlet.txt");
        assertEquals(List.of("Planning",
                "The mill's new owners, Ana and Rui Costa, spent two years and about £400,000 restoring the building, which had stood empty since its last miller retired.",
                "\"We wanted bread to come out of a mill again,\" Ana Costa said.",
                "The bakery opens at 7am every day except Monday, and the couple said they would hire four more staff by spring.",
                "The couple said they hoped to buy flour from the same farms.",
                "Rui Costa, who trained as a baker in Porto, said the building's thick walls kept the dough at the same temperature all year.",
                "Tidewater Council approved the change of use in March after a public consultation.",
                "Loaves cost £3.20 each, and the café upstairs opens in January."), bodyText(a),
                "the site's address over its sections, the standfirst over “Name - The Outlet” and the date, a caption over “Site.com / Name”, "
                        + "one over the credit a caption gave in brackets before, one over “Name address@…”; the writer's contact under the "
                        + "last paragraph goes, the paragraph stays");
    }

    @Test
    void aVerbJoinedByAndAfterAParticipleSharesTheSentencesSubject() {
        Article a = extract("a-participle-before-and-then-a-verdict.txt");
        assertEquals("Aoife Brennan", quote(a, "a pay cut by another name").speaker(),
                "“said she had written to the health minister asking him to step in, and described…”: hers, not the minister's");
    }

    @Test
    void aCaptionBesideItsPictureInAStoryOfBareTextIsNotTheStory() {
        Article a = extract("bare-text-with-a-captioned-picture-between-its-runs.html");
        assertEquals(List.of("Ferry pilots on the Busan to Geoje route will train on a bridge simulator from next spring, the operator said on Monday, after two near misses in the harbour mouth last winter.",
                "The simulator, built into a former ticket hall at the terminal, copies the harbour's currents and the lights of the breakwater at night.",
                "\"You can crash a hundred times in here and nobody gets wet,\" said Kim Do-hyun, a pilot who has sailed the route for 19 years.",
                "The operator said every pilot would spend at least twelve hours a year on the simulator."), bodyText(a),
                "div.pic_box holding an <img> and div.pic_txt, and div.photo holding a linked picture and a <p>: figures by another name");
        assertEquals("Kim Do-hyun", quote(a, "You can crash").speaker());
    }

    @Test
    void aLivePostsTitleInTheStripWithItsTimeIsAHeading() {
        Article a = extract("a-saved-live-page-with-each-posts-title-in-its-header-strip.html");
        assertEquals(List.of("Coastguard: “Stay off the piers”", "All ferry sailings cancelled", "Welcome to our coverage"), a.headings(),
                "div.card-live__header, with the post's time, went as a page's header, and its h2 with it");
        assertEquals(List.of("The coastguard has asked people in Stornoway to keep away from the harbour walls until the tide turns this afternoon.",
                "“The waves are coming over the top of the piers and one of them will take someone,” said station officer Morag Lindsay.",
                "The ferry operator has cancelled every sailing to and from the islands for the rest of the day and says it will decide about tomorrow by six this evening.",
                "Good morning. Gusts of more than 90mph have been recorded on Barra overnight, and the forecasters expect the wind to strengthen before noon."),
                a.paragraphs(), "no times, no share rows");
        assertEquals("Morag Lindsay", quote(a, "The waves are coming").speaker());
    }

    @Test
    void asBeforeANameThenAVerbOpensAClauseNotAPart() {
        Article a = extract("as-a-name-then-a-verb-opens-a-clause.txt");
        assertEquals("Ana Vaifale-Reid", quote(a, "My nan sewed").speaker(),
                "“Cheers in the hall as Ana Vaifale-Reid takes best actress”: she is named, not a part someone plays");
        assertEquals("Ana Vaifale-Reid", quote(a, "Nan, this one").speaker());
        assertFalse(a.mentions().contains("Jack Frost"), "“billed as Jack Frost in…” is still a part: " + a.mentions());
    }

    @Test
    void aSheCorrectsAGenderGuessedOnlyFromTheGivenName() {
        Article a = extract("a-she-corrects-a-gender-guessed-from-the-given-name.md");
        assertEquals("Sidney Marr", quote(a, "I rebuilt that").speaker(),
                "“Marr pointed to…. “…,” she said”: the one acting, whom “Sidney” had only guessed a man");
        assertEquals("Sidney Marr", quote(a, "No software decides").speaker());
        assertEquals("Sidney Marr", quote(a, "A machine can fold").speaker());
    }

    @Test
    void aBodyToldApartByAThatClauseSpeaksNotTheOneTheClauseNames() {
        Article a = extract("a-body-told-apart-by-a-that-clause.txt");
        assertNull(quote(a, "testing several tools").speaker(),
                "“The streamer that hired Stan said in a statement that it was “…”” is the streamer's, not Stan's");
        assertNull(quote(a, "every file is checked").speaker());
        assertEquals("Mirela Stan", quote(a, "I am not a spellchecker").speaker());
    }

    @Test
    void ofNamesakesTheTextTellsApartByNothingElseTheOneGivenAnAgeIsMeant() {
        Article a = extract("namesakes-told-apart-by-an-age.txt");
        assertEquals("Martin Penrose", quote(a, "We have outlasted").speaker(),
                "“opened in 1965 by Walter Penrose, has been run … by his son Martin Penrose, 58” ¶ “…,” Penrose said: the son, of today");
        assertEquals("Martin Penrose", quote(a, "We cannot outlast").speaker());
    }

    @Test
    void aBrandInTheReportersSentenceBetweenTwoQuotesDoesNotEndTheSpeakersTurn() {
        Article a = extract("a-brand-between-two-quotes-of-one-speaker.txt");
        assertEquals("Meera Kulkarni", quote(a, "People loved us").speaker(),
                "“…,” Kulkarni said. The loyalty card, branded “Chapter One”, had…. “…”: still hers");
        assertEquals("Meera Kulkarni", quote(a, "We ran poetry").speaker());
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().startsWith("Chapter One")), "the brand is no quote");
    }

    @Test
    void aSummaryBoxALikeButtonACaptionViaItsSourceAReadAlsoBoxAndThePublicationStampAreNotTheStory() {
        Article a = extract("a-pasted-page-with-a-summary-box-a-like-button-and-a-caption-via-its-source.txt");
        assertEquals(List.of("Like"), a.headings(), "“Like” between paragraphs is a subhead; “Follow ¶ Like ¶ Share” is a row of buttons");
        assertEquals(List.of("Harbour Film School in Falmouth has published rules that ban AI-generated sets from students' final projects, its principal said on Monday.",
                "Image rights for every final project stay with the students, the rules say.",
                "The principal, Ines Trevorrow, said the school would review the rules after a year. \"We will learn as we go,\" she said.",
                "Students who liked the old rules have started a petition to keep generated backgrounds."), a.paragraphs(),
                "the bullets under “Summary”, the caption closed by “Image via …” and that credit alone, the headline under “Read also:” "
                        + "and “This story was originally published …” go; a sentence opening “Image rights…” stays");
    }

    @Test
    void aPastedLivePagesFirstPostTitleUnderItsTimeIsAHeadingLikeTheOthers() {
        Article a = extract("a-pasted-live-page-whose-first-post-title-comes-before-any-paragraph.txt");
        assertEquals(List.of("Evening update: winds ease on the west coast", "All ferry sailings cancelled", "Harbour walls closed"), a.headings(),
                "the first post's title, before any paragraph, had gone with the page's lines over the story");
        assertEquals(4, a.paragraphs().size(), "no section name, byline or time: " + a.paragraphs());
        Article one = extract("a-pasted-page-with-a-time-over-its-section-name.txt");
        assertEquals(List.of(), one.headings(), "one time over a section name is no live page: “Local News” is the page's");
    }

    @Test
    void theOutletsCreditOverACaptionAndTheCaptionAreNotTheStory() {
        Article a = extract("a-pasted-page-with-the-outlets-credit-over-a-caption.txt");
        assertEquals(List.of("The Quayside tram line has carried its last passengers after 40 years, with hundreds of people lining the route on Friday evening.",
                "\"It was a lovely way to say goodbye,\" said driver Gordon Keir, who drove the final run.",
                "The depot on Quay Street closes for good at the end of the month.",
                "The operator said the track would be lifted next spring to make way for a bus lane along the waterfront."), a.paragraphs(),
                "“Listen to this article ¶ Harbour News ¶ Passengers wave…” is a credit and its caption; the outlet's name under a "
                        + "story's paragraph does not make the sentence after it a caption");
    }

    @Test
    void aNameThatFillsOnlyPartOfAQuotedTitleIsNotSomeone() {
        Article a = extract("a-concert-title-in-quotes-ending-in-the-town-a-pronoun-is-in.txt");
        assertEquals("Dewi Kartika", quote(a, "I don’t blame them").speaker(), "“young people in Sentul” is no one's surname");
        assertNull(quote(a, "It will be a little thin").speaker(),
                "“the Christmas concert, “Malam Natal di Sentul”,” is a title: its “Natal di Sentul” is no one, and the Yusuf never named is not known");
        assertTrue(a.speakers().stream().noneMatch(s -> s.contains("Sentul")), a.speakers().toString());
    }

    @Test
    void aLeadInInCapitalsIsReadInTheCaseTheArticleUsesElsewhere() {
        Article obituary = extract("an-obituary-whose-lead-in-sets-the-given-name-in-capitals.txt");
        assertEquals("Tavita Leaupepe", quote(obituary, "If the sea is angry").speaker(),
                "“TAVITA Leaupepe, who ran the ferry…”: the capitals run on into a name, whose “Mr Leaupepe” is the same man");
        assertEquals("Tavita Leaupepe", quote(obituary, "We had the boat").speaker());
        assertTrue(obituary.paragraphs().get(0).startsWith("TAVITA Leaupepe, who ran"), "the page's text is shown as it was printed");
        Article hearing = extract("a-story-whose-lead-in-sets-its-first-words-in-capitals.txt");
        assertNull(quote(hearing, "a forest of pylons").speaker(),
                "“VILLAGERS LIVING BELOW Slieve Gullion have told…”: villagers, unnamed; neither the capitals nor the hill below which they live");
        assertEquals("Maeve Quinlan", quote(hearing, "They never asked").speaker());
    }

    @Test
    void alumnaBeforeANameIsWhatSheIsNotHerName() {
        Article a = extract("a-former-student-called-alumna-before-her-name.txt");
        assertEquals("Marisol Etxeberria", quote(a, "Half my class").speaker(), "“Alumna Marisol Etxeberria” is a former student named");
        assertEquals("Marisol Etxeberria", quote(a, "A clear line").speaker());
        assertNull(quote(a, "It's a start").speaker(), "“An alumnus who asked not to be named” is nobody named");
    }

    @Test
    void someoneUnnamedWhoHelpsHerInAReportedClauseIsNotTheSheWhoSaysSo() {
        Article a = extract("a-reported-clause-in-which-someone-unnamed-helps-her-then-she-said.txt");
        assertEquals("Rosalind Okonkwo", quote(a, "Everyone here has been").speaker(),
                "“A volunteer had already found her a spare pair…, she said.”: the “she” is the one helped, named before");
        assertNull(quote(a, "We have room").speaker(), "“A steward at the centre said… “…,” he said” stays the steward's, unnamed");
    }

    @Test
    void whatANameLooselyMeansIsATranslationNotSpeech() {
        Article a = extract("a-name-that-loosely-means.txt");
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().equals("old lamplighter")),
                "“which family members said loosely means “old lamplighter”” is a translation: " + a.quotes());
        assertEquals("Marek Wiśniewski", quote(a, "He was proud").speaker());
    }

    @Test
    void aQuoteAloneAfterAParagraphAboutWhatHerSpeechCoveredIsTheSpeech() {
        Article a = extract("a-quote-alone-after-a-paragraph-about-what-her-speech-covered.txt");
        assertEquals("Margaret Oduya", quote(a, "If you write to this council").speaker(),
                "“Much of the speech dwelt on what she called…” ¶ “…”: the speech goes on in her words");
        assertEquals("Margaret Oduya", quote(a, "None of that will make").speaker(), "and on into the next paragraph");
        assertEquals("Daniel Fraser", quote(a, "We have heard promises").speaker());
    }

    @Test
    void aRoleAskedAboutAnotherHolderOfItIsTheOneAsked() {
        Article a = extract("two-captains-and-a-question-naming-the-other.txt");
        assertEquals("Rhys Pemberton", quote(a, "typical of the man").speaker(),
                "“Asked about Obi’s comments, the Northshire captain said…”: the captain asked, not the captain the question names");
        assertEquals("Kelechi Obi", quote(a, "I have to be better").speaker());
    }

    @Test
    void aManFirstNamedInPassingInTheParagraphBeforeIsTheHeOfTheQuoteThatOpensTheNext() {
        Article a = extract("a-son-named-in-passing-then-he-told-reporters.txt");
        assertEquals("Tobi Okafor", quote(a, "We started with six people").speaker(),
                "“…she was joined on stage by her son, Tobi Okafor, who had managed the campaign.” ¶ ““…,” he told reporters”: "
                        + "the only man of that paragraph, where no “he” acts, not the candidate two paragraphs up");
        assertEquals("Tobi Okafor", quote(a, "Tonight there were").speaker());
        assertEquals("Stuart Whitcombe", quote(a, "The voters have spoken").speaker());
    }

    @Test
    void aNameThatOpponentsCalledAThingInAClauseAboutItIsNotSpeech() {
        Article a = extract("a-name-that-opponents-called-a-thing-in-a-clause-about-it.txt");
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().equals("bin tax") || q.text().equals("the window tax")),
                "“a charge that opponents called the “bin tax””, “which residents quickly dubbed “the window tax””: names a side gave a thing: "
                        + a.quotes());
        assertEquals("Fiona Ashdown", quote(a, "disappointed but not surprised").speaker());
        assertEquals("Tom Reid", quote(a, "We listened").speaker());
    }

    @Test
    void aThingsNameInQuotesGlossedByAnAppositionIsNotSpeech() {
        Article a = extract("a-things-name-in-quotes-glossed-by-an-apposition.txt");
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().equals("night and weekend allowance")),
                "“The dispute centres on the “night and weekend allowance”, a monthly payment…”: a thing's name, glossed: " + a.quotes());
        assertEquals("Nirmala Thapa", quote(a, "worst deal in a decade").speaker(),
                "“Thapa called the ministry's offer the “worst deal in a decade”, a view shared…”: a verdict, said");
    }

    @Test
    void aHeadingUnderTheHeadlineThatItsClassCallsASubtitleOrABriefIsTheStandfirst() {
        Article a = extract("a-saved-page-with-a-subtitle-under-its-headline.html");
        assertEquals(List.of("What the operator says"), a.headings(),
                "the standfirst in <span class=\"title-sub\"><h2> under the headline goes; a subhead named “subtitle” in the story stays");
        assertEquals(3, a.paragraphs().size(), "the standfirst was no paragraph of the story: " + a.paragraphs());
        assertTrue(a.paragraphs().get(0).startsWith("Crews on the lake's passenger ferries"), a.paragraphs().get(0));
        Article brief = extract("a-saved-page-with-a-brief-after-its-byline-strip.html");
        assertEquals(List.of(), brief.headings(), "h2.news-brief, under the headline and the byline's strip, is the standfirst");
        assertEquals(3, brief.paragraphs().size(), "" + brief.paragraphs());
    }

    @Test
    void theAuthorsNameSetAsAHeadingAndAPublishedAtDateAreNotTheStory() {
        Article a = extract("a-saved-page-with-its-authors-name-as-a-heading-and-a-published-at-date.html");
        assertEquals(List.of("Bikash Lama"), a.headings(),
                "div.author > h5 with the author's name alone, above the story, goes; the same name as a subhead further down stays");
        assertEquals(3, a.paragraphs().size(), "“Published at : 2026-07-08” is the page's date line: " + a.paragraphs());
        assertTrue(a.paragraphs().get(0).startsWith("Schools in three hill districts"), a.paragraphs().get(0));
    }

    @Test
    void aRelatedBoxWhoseLabelIsADivGoesAndTheSubheadAfterItStays() {
        Article a = extract("a-saved-page-with-a-related-box-over-a-subhead.html");
        assertEquals(List.of("What the studio says"), a.headings(),
                "the subhead after a Related box (<div>Related</div> over a linked headline) had gone as one of the box's headlines");
        assertEquals(3, a.paragraphs().size(), "the box's headline is no paragraph: " + a.paragraphs());
    }

    @Test
    void aMessagingAppsChannelPromoIsNotTheStory() {
        Article a = extract("a-saved-page-with-a-messaging-channel-promo.html");
        assertEquals(List.of(), a.headings());
        assertEquals(4, a.paragraphs().size(), "“Follow the … WhatsApp channel for the latest news” goes: " + a.paragraphs());
        assertTrue(a.paragraphs().stream().noneMatch(p -> p.startsWith("Follow the")), "" + a.paragraphs());
        assertTrue(a.paragraphs().stream().anyMatch(p -> p.startsWith("Join the operator's WhatsApp group for delay alerts, Rees told")),
                "a story's sentence that goes on after “for …” stays");
    }

    @Test
    void theOutletsFilePhotoACreditInBracketsInboxAndChannelPromosAndANoteNamingASiteAreNotTheStory() {
        Article a = extract("a-pasted-page-with-a-file-photo-a-credit-in-brackets-inbox-and-channel-promos-and-a-note-naming-a-site.txt");
        assertEquals(List.of(), a.headings(), "“Courier file photo” is a credit, not a heading");
        assertEquals(List.of("The Harbour library reopened on Saturday, eight months after a flood closed its ground floor and ruined 4,000 books.",
                "Volunteers carried the last boxes of donated books inside on Friday night, the library's manager, Tom Quill, said.",
                "Members who want renewal reminders can get them in their inbox or by text, Quill said.",
                "Harbour Council covers the cost of the repairs for the library from its reserves."), a.paragraphs(),
                "the caption over “Courier file photo”, the caption closed by “(Credit: …)”, “Get the latest … in your inbox every morning.”, "
                        + "“Get the latest news from … on WhatsApp” and the writer's note naming harbourcourier.com go; the story's lines stay");
    }

    @Test
    void aBylineOverThePapersNameOverThePublishedDateAndTheStandfirstAboveAreNotTheStory() {
        Article a = extract("a-pasted-page-with-a-byline-over-the-outlets-name-over-the-published-date.txt");
        assertEquals(List.of(), a.headings(), "“Megan Ashby ¶ Harbour Ledger ¶ Published 6:15 a.m. ET Dec. 2, 2026” is a byline, not headings");
        assertEquals(List.of("Tomas Ortiz, who captained the Harbour night ferry from 1990 to 2020, died Friday at home in Eastport, his family said.",
                "\"He never once left a passenger on the dock,\" his son, Luis Ortiz, said Monday.",
                "Ortiz is survived by his wife, Elena, and three children."), a.paragraphs(),
                "the standfirst over the writer's name, the paper's and the stamped date goes; the story's lines stay");
    }

    @Test
    void aRelatedHeadlineOpeningOnAQuotationUnderReadIsNotTheStory() {
        Article a = extract("a-pasted-page-with-a-related-headline-in-quotes-under-read.txt");
        assertEquals(List.of(), a.headings(), "“READ: ‘We will not close’: Fishmongers vow…” is a link to another story, not a heading");
        assertEquals(List.of("Traders at Harbour's old fish market say a planned rent rise will force a third of them to close.",
                "\"We have been here since my grandfather's time,\" said Rosa Mendez, who sells shellfish.",
                "The market's owner, Harbour Council, said the rise was needed to repair the roof.",
                "Mendez said the traders would meet the council on Friday."), a.paragraphs(),
                "a headline under “READ:” goes whether it opens on a capital or on a quotation mark; the story's lines stay");
    }

    @Test
    void aSubheadJustUnderARelatedLinkIsTheStorysHeadingNotTheListsHeadline() {
        Article a = extract("a-pasted-page-with-a-subhead-just-under-a-related-link.txt");
        assertEquals(List.of("Owners count losses", "What the council says"), a.headings(),
                "“Owners count losses”, in sentence case over a paragraph just under the link “‘We lost the lease’: …”, is a subhead "
                        + "as “What the council says” is; the link under “Read more:” and the headlines under “Most Read” are not");
        assertEquals(List.of("Shops along Dockside Road say their takings have fallen by a third since the swing bridge closed for repairs in "
                        + "August, and several fear they will not reopen in the spring.",
                "The council expects the bridge to reopen in March, two months later than it first promised.",
                "Maria Costa, who has run a café on Dockside Road since 1998, said she had cut her opening hours and let two staff go since "
                        + "the closure began in the summer.",
                "\"We live on the people who walk over the bridge,\" Costa said. \"Without them, the street is empty by noon.\"",
                "A council spokesman said the repairs could not be done faster without closing the road for longer, and that a support "
                        + "fund for traders would open next month."), a.paragraphs(), "the story's paragraphs stay, and no headline of a list joins them");
    }

    @Test
    void aStorysAdviceAboutTheInboxIsNotANewsletterBoxsLine() {
        Article a = extract("a-pasted-page-whose-story-gives-advice-about-the-inbox.txt");
        assertEquals(List.of("The council said residents had reported a rise in fake invoices this month.",
                "Get rid of anything you do not recognise in your inbox first, the council's digital officer, Amy Stroud, advised.",
                "Get used to seeing these messages in your inbox, she warned.",
                "Residents can report scams to the council by phone."), a.paragraphs(),
                "“Get … in your inbox” is a box's line only when it ends on the inbox or how often (“… twice a week.”); "
                        + "advice the story gives to someone goes on after it and stays");
    }

    @Test
    void mustReadAndMoreInListsAndAHeadlineWrittenAsSentencesAreNotTheStory() {
        Article a = extract("a-pasted-page-with-must-read-and-more-in-lists-between-paragraphs.txt");
        assertEquals(List.of(), a.headings(),
                "“Must Read Stories” and “More in Transport” head lists of links, and their headlines are no subheads of the story");
        assertEquals(List.of("The ferry between Kestrel Quay and Orrin Island will run three times a day from January, down from five, the operator announced on Thursday.",
                "Harlow Ferries said falling winter passenger numbers and the cost of fuel had left it no choice. \"We are carrying eleven people on some evening crossings,\" managing director Priya Lanworth said.",
                "Islanders say the cut will make it harder to get to work and to hospital appointments on the mainland.",
                "\"The last boat back will leave at half past four. That is the end of an evening in town for anyone on Orrin,\" said Donal Pryce, who chairs the island's community council.",
                "Lanworth said the timetable would be reviewed in April, when the summer schedule is drawn up.",
                "The operator has offered to meet the community council next week."), a.paragraphs(),
                "“Kestrel's bus network is shrinking. Here's what changes in March.”, with a headline under it, is the related list's");
    }

    @Test
    void captionsCreditedPictureByOrInBracketsAreNotTheStory() {
        Article a = extract("a-pasted-page-with-captions-credited-picture-by-and-in-brackets.txt");
        assertEquals(List.of(), a.headings(), "with the caption over it gone, the byline and the time are the page's, not subheads");
        assertEquals(List.of("Kestrel Rovers have appointed Lena Voss as manager on a two-year contract, the club announced on Tuesday.",
                "\"She has a clear plan and the players already trust her,\" chairman Anton Greer said.",
                "Voss, 41, spent six seasons in charge of the club's academy before taking the job.",
                "She said her first task would be to tighten a defence that has conceded 30 goals in 14 games.",
                "Her first match in charge is at home to Dunlin Town on Saturday."), a.paragraphs(),
                "the line over “Picture by Tomas Reyne/Harbourpix”, “(Photo by Idris Calloway/The Kestrel Courier)” or "
                        + "“(KC/Idris Calloway)” is its picture's caption, and the credit goes with it");
    }

    @Test
    void aStandfirstOverABylineAndABylineOverItsOutletAndTownAreNotTheStory() {
        Article a = extract("a-pasted-page-with-a-standfirst-over-a-caption-and-a-byline-with-an-address.txt");
        assertEquals(List.of(), a.headings(), "“By Mirela Onu | monu@kestrelcourier.example” is a byline");
        assertEquals(List.of("Every Monday night at the Lantern Arms, the questions come from a screen above the bar.",
                "\"People come for the machine and stay for the beer,\" said landlord Piers Cadell, who installed it in August.",
                "Longtime quizzer Edna Marsh said she had stopped coming. \"It cannot hear a joke,\" she said.",
                "Cadell said he would keep the screen at least until Christmas."), a.paragraphs(),
                "the one paragraph between the headline repeated and the byline, a caption and its credit aside, is the standfirst");
        Article jakarta = extract("a-pasted-page-with-a-byline-over-its-outlet-town-and-date.txt");
        assertEquals(List.of(), jakarta.headings(), "“Dimas Prakoso ¶ The Harbour Post ¶ Sukabumi” is a byline, “Change Size” a button");
        assertEquals(List.of("Hundreds of fishermen rallied outside the fisheries office in Pelabuhan Ratu on Monday against a cut to their diesel quota.",
                "\"Without fuel, the boats stay in port and our families do not eat,\" said Asep Hidayat, who leads the local fishermen's association.",
                "The fisheries office said the quota would be reviewed next month."), jakarta.paragraphs(),
                "the name over its outlet, its town, “●” and the date is a byline, and the paragraph over it the standfirst");
    }

    @Test
    void aStandfirstInAnExcerptBoxIsNotTheStory() {
        Article page = extract("a-saved-page-with-its-standfirst-in-an-excerpt-box.html");
        assertEquals(List.of("Ferry workers in Kestrel ended a six-day strike on Friday after the operator agreed to a 9 per cent pay rise.",
                "\"We have it in writing this time,\" said union secretary Omar Baig. \"We will hold the company to every line.\"",
                "The operator said sailings would return to the normal timetable on Saturday morning."), page.paragraphs(),
                "“<div class=\"story__excerpt\">” under the headline is the standfirst");
    }

    @Test
    void aPaywallPleaALegalFooterAGiftButtonAndAnOwnersCopyrightAreNotTheStory() {
        Article a = extract("a-pasted-page-with-a-paywall-plea-a-legal-footer-and-an-owners-copyright.txt");
        assertEquals(List.of("Kestrel's last public swimming pool will stay open for at least three more years after councillors voted on Wednesday to fund its repairs.",
                "\"Children in this town deserve to learn to swim,\" said councillor Fay Ormond, who proposed the motion.",
                "Local journalism needs your support more than ever, the pool's campaign group told the meeting in a letter read by its chair.",
                "The repairs, which include a new roof, will cost about £1.2 million."), a.paragraphs(),
                "“Our journalism needs your support. Subscribe today…”, “Gift an article…”, “Use of and/or registration… constitutes "
                        + "acceptance…” and “… is a part of Harlow Media Group. © 2026…” go; the story's sentence about journalism stays");
    }

    @Test
    void aSignUpLineForABriefingIsNotAHeading() {
        Article a = extract("a-pasted-page-with-a-briefing-sign-up-line.txt");
        assertEquals(List.of(), a.headings(), "“Sign up for the Riverton Ledger Evening Briefing” is a newsletter's line, not a subhead");
        assertEquals(List.of("The Riverton ferry company said single fares would rise by 40 cents from March.",
                "\"We have held prices for three years,\" said its manager, Ines Falk.",
                "Commuters said they would look again at the bus."), a.paragraphs(), "the story's lines stay around the sign-up line");
    }

    @Test
    void aWritersNoteNamingTheirAreaIsNotTheStory() {
        Article a = extract("a-pasted-page-with-a-writers-note-naming-their-area.txt");
        assertEquals(List.of("A family bakery on Mill Street has won the county's prize for its rye loaf.",
                "Greta Holm covers the farm shows in the Riverton area, she said, and had never tasted better bread.",
                "\"It took us nine years,\" said its owner, Piet Sorensen."), a.paragraphs(),
                "“Noel Brandt covers transport and housing in the Riverton area.” is the writer's note and goes; a sentence "
                        + "that goes on after “… area” is the story's and stays");
    }

    @Test
    void aDontMissOutToutAloneOnItsLineIsNotTheStory() {
        Article a = extract("a-pasted-page-with-a-dont-miss-out-tout-under-the-tags.txt");
        assertEquals(List.of("The town library will open until nine on weekday evenings from December.",
                "\"Students asked us for this,\" said the librarian, Odile Brun.",
                "Don't miss out on the latest news and information, the librarian told the students."), a.paragraphs(),
                "“Don't miss out on the latest news and information.” alone on its line is the page's tout and goes; "
                        + "the story's sentence that goes on after it stays");
    }

    @Test
    void aCaptionCreditedCourtesyOfInSquareBracketsIsNotTheStory() {
        Article a = extract("a-pasted-page-with-a-caption-credited-courtesy-of-in-brackets.txt");
        assertEquals(List.of("A couple in Bayview found a wedding ring in their vegetable patch forty years after it was lost.",
                "\"We were digging potatoes,\" Lena Okafor said. \"Then it was just there.\"",
                "The ring belonged to her mother, who lost it in 1986."), a.paragraphs(),
                "a line closed by “[Courtesy of Lena Okafor]” after its stop is a picture's caption and goes");
    }

    @Test
    void aCaptionOverAStaffPhotographersCreditIsNotTheStory() {
        Article a = extract("a-pasted-page-with-a-caption-over-a-staff-photographers-credit.txt");
        assertEquals(List.of("Riverside High School opened its new science wing on Thursday after two years of building work.",
                "\"The old labs leaked every winter,\" said the head teacher, Moira Lund.",
                "The wing cost $4 million, most of it raised by parents."), a.paragraphs(),
                "“Photo: Ada Kwan/Staff photographer” is a picture's credit, so the line over it is the picture's caption; both go");
    }

    @Test
    void aNewsletterPluginsFormInsideAWordPressBodyIsNotTheStory() {
        Article a = extract("a-wordpress-page-with-a-mailchimp-form-in-its-body.html");
        assertEquals(List.of(), a.headings(), "“The Echo at Seven”, the title of the mc4wp form, is not a subhead");
        assertEquals(List.of("The town's outdoor pool will reopen on Saturday after a month of repairs to its cracked floor, the council said on Tuesday.",
                "\"Families have waited patiently all summer,\" said the council's leisure officer, Wendell Ames. \"The water will be warm.\"",
                "Tickets will cost the same as last year, and children under five will swim free."), a.paragraphs(),
                "the form's pitch goes with it; the story's paragraphs on both sides of the form stay");
    }

    @Test
    void aQuoteAfterAnotherMansHeInWhatTheCaptainSaidIsStillTheCaptains() {
        Article a = extract("a-quote-after-the-other-mans-he-in-what-the-captain-said.txt");
        assertEquals("Rhys Pemberton", quote(a, "Kelechi’s a class act").speaker(),
                "“…the Northshire captain said it was “typical of the man” that he had taken the blame.” ¶ ““…,” he said”: "
                        + "the “he” of what the captain said is the other captain, not the one speaking on");
        assertEquals("Rhys Pemberton", quote(a, "He’ll get runs").speaker());
    }

    @Test
    void aNameRenamingTheRoleASentenceOpensOnActsInItNotTheOneItSpeaksOf() {
        Article a = extract("a-coach-renamed-in-apposition-says-what-his-captain-will-do.txt");
        assertEquals("Dele Adeyemi", quote(a, "He is our leader").speaker(),
                "“The Warriors’ coach, Dele Adeyemi, said Obi would keep the captaincy.” ¶ ““…,” he said”: the coach says it; "
                        + "Obi is the subject of what he said");
    }

    @Test
    void aProvincialAssemblyMemberAndASaxophonistAreNotPartOfTheirNames() {
        Article a = extract("a-provincial-assembly-member-and-a-saxophonist-before-their-names.txt");
        assertEquals("Rukhsana Bibi Lodhi", quote(a, "People sold their cattle").speaker(),
                "“Opposition MPA Rukhsana Bibi Lodhi”: MPA is Pakistan's member of a provincial assembly, a role before the name");
        assertEquals("Everton Ajayi", quote(a, "a start, not an answer").speaker(),
                "“Saxophonist Everton Ajayi”: the instrument's player is a role, though Chorus does not know “Everton” as a given name");
        assertEquals("Everton Ajayi", quote(a, "We raised more tonight").speaker());
    }

    @Test
    void aChildNamedAfterAParentsSurnamePossessiveCarriesTheSurnameASpouseDoesNot() {
        Article a = extract("a-family-named-by-their-surnames-possessive.md");
        assertEquals("Callum Vance", quote(a, "It was the strangest apprenticeship").speaker(),
                "“Vance's son Callum” is Callum Vance, as “her son Callum” would be");
        assertEquals("Neil", quote(a, "We break even").speaker(),
                "“Vance's husband Neil” may have kept a name of his own, so he stays Neil");
    }

    @Test
    void aYoungSonNamedOnlyByAGivenNameChorusDoesNotKnowSpeaksByThatName() {
        Article a = extract("a-young-son-named-only-by-his-given-name-speaks.txt");
        assertEquals("Brayden", quote(a, "silly").speaker(),
                "“her 5-year-old son, Brayden,” who then “said the owl was “silly””: a person by the one name the text gives, "
                        + "though Chorus does not know it as a given name");
        assertEquals("Brayden", quote(a, "knows every shark").speaker());
        assertEquals("Brayden", quote(a, "It said my drawing was good").speaker(),
                "“he added” is the boy, not the owl called Professor Hoot");
        assertEquals("Eli", quote(a, "It told me a joke").speaker());
    }

    @Test
    void aConservatoireIsABodyNotTheOneWhoSpeaks() {
        Article a = extract("a-conservatoire-is-no-one-who-speaks.md");
        assertEquals("Fergus Adebayo", quote(a, "I thought it would be like dancing").speaker(),
                "“joined Loom straight out of the Royal Conservatoire of Scotland. He admits…” ¶ ““…,” he says”: the dancer, not the school");
        assertEquals("Fergus Adebayo", quote(a, "For a month, it was").speaker());
    }

    @Test
    void aStatementByItsWritersSurnameAndAMemoSpeakForTheirWriters() {
        Article a = extract("a-chairmans-statement-by-his-surname-and-a-chief-executives-memo.txt");
        assertEquals("Derek Fairclough", quote(a, "a record of keeping sides up").speaker(),
                "“Fairclough's statement said the board wanted…”: the chairman's words, as “his statement said” would be");
        assertEquals("Derek Fairclough", quote(a, "before the cup tie").speaker());
        assertEquals("Imogen Tate", quote(a, "We wish the club well").speaker(),
                "“told staff in an internal memo… “…,” the memo said”: the one who wrote the memo");
        assertEquals("Imogen Tate", quote(a, "But our budget has to follow").speaker());
        assertEquals("Imogen Tate", quote(a, "redundant because of this decision").speaker(),
                "“pointed to Tate's memo, which said that no one would be made “…””: hers, not the spokesperson's");
    }

    @Test
    void theAnswerToAQuestionTheReporterPutsToSomeoneNamedIsTheirs() {
        Article a = extract("a-reporter-asks-someone-a-question-and-the-answer-follows.md");
        assertEquals("Farida Osei", quote(a, "For him, yes").speaker(),
                "“I ask Osei whether she would do it again.” ¶ “…”: her answer, not the historian's who spoke last");
        assertEquals("Farida Osei", quote(a, "For someone who left no wishes").speaker());
    }

    @Test
    void aPronounAfterASentenceOpeningOnARoleSomeoneHoldsIsTheirs() {
        Article a = extract("a-role-holder-opens-the-sentence-before-a-pronoun.txt");
        assertEquals("Dean Mulholland", quote(a, "Liam was the best player").speaker(),
                "“The Harbour Town coach singled out hooker Liam Prosser…” ¶ ““…,” he said”: the coach, not the one he singled out");
        assertEquals("Dean Mulholland", quote(a, "He never stops").speaker());
        assertEquals("Mele Havili", quote(a, "I want to come back").speaker(),
                "“The 15-year-old, who plays netball…, watched every minute. “…,” she said”: the one given that age");
        assertEquals("Mele Havili", quote(a, "the noise").speaker(),
                "“the 15-year-old said” is the one given that age, not the club secretary who acted last");
    }

    @Test
    void aMotherIntroducedByTheRelationIsTheFamilySurnameBesideAChild() {
        Article a = extract("a-mother-introduced-by-the-relation-speaks-by-the-family-surname.html");
        assertEquals("Linnea Brekke", quote(a, "Today I am a principal").speaker(),
                "“Ethan Brekke, 12,” … “His mother, Linnea Brekke, is the principal.” ¶ ““…,” Brekke said”: "
                        + "the adult just introduced, since a paper calls a child of 12 by his given name");
        assertEquals("Ethan Brekke", quote(a, "Everybody was crying").speaker());
    }

    @Test
    void aChildTakesBothWordsOfAFamilySurnameTheArticleWritesAlone() {
        Article a = extract("a-family-surname-of-two-words.txt");
        assertEquals("Jordan Ho Sing", quote(a, "He's fine now").speaker(),
                "“Marcus Ho Sing … and his son Jordan, 17,” with “Ho Sing said”: the surname is both words");
    }

    @Test
    void aCompanyNamedByItsTradeIsNoSpeaker() {
        Article a = extract("companies-named-by-their-trade.txt");
        assertNull(quote(a, "The work is long overdue").speaker(),
                "“Marrowgate Hospitality said”: a hotel company, though Chorus knows neither word as a name");
        assertNull(quote(a, "Every member of staff").speaker());
        assertNull(quote(a, "We will miss the best-paying customer").speaker(), "“said Tollan Roasters”: a coffee company");
        assertEquals("Leanne Pike", quote(a, "We found out").speaker());
    }

    @Test
    void aBoxAskingForAnEmailAddressIsASignUpBoxWhateverItsClass() {
        Article a = extract("a-sign-up-box-with-a-hashed-class-inside-the-body.html");
        assertEquals(List.of(), a.headings(),
                "“Get the Harbour Week letter”, over a form asking for an email address, is the sign-up box's title, not a subhead");
        assertEquals(List.of("The island ferry will run four crossings a day instead of seven from December, the operator said on Monday.",
                "\"We carried fewer than twenty people on some evening sailings,\" said the operator's manager, Odile Fenwick. "
                        + "\"That is not a service, that is a ghost ship.\"",
                "Islanders who want to object can email the operator before the end of the month, and the parish council will collect "
                        + "letters at its Thursday meeting."), a.paragraphs(),
                "the box's pitch goes with its form though its hashed class (“_5Xr8q”) names nothing; the story's lines around it stay");
    }

    @Test
    void aSyndicatedPastesNewsletterFollowAndFullArticleLinesAreNotTheStory() {
        Article a = extract("a-syndicated-paste-ending-on-its-newsletter-follow-and-full-article-lines.txt");
        assertEquals(List.of("The Tacoma stop-motion studio Thimblewick will print the heads of its puppets for its next feature instead of carving them, "
                        + "its founder said on Monday.",
                "\"We carved four hundred heads for the last film and it took two years,\" said the founder, Agnes Marlowe. "
                        + "\"I love the carvers. I cannot pay for two more years.\"",
                "Follow us on Instagram, the carvers wrote in a letter to the studio's fans, and see what we made by hand.",
                "Marlowe said the carvers would stay on to finish the printed heads, and that the full report on the change would go to "
                        + "the studio's board in December."), a.paragraphs(),
                "“Sign up for Reelside's Newsletter. For the latest news, follow us on Facebook, X, and Instagram.”, “For more stop-motion "
                        + "news, follow us on Threads and TikTok.” and “Click here to read the full article.” are the copy's furniture; "
                        + "a story's sentence that opens on “Follow us on Instagram” and goes on stays");
    }

    @Test
    void captionsOverContributedOrALongCapitalisedPhotoCreditAreNotTheStory() {
        Article a = extract("a-pasted-page-with-captions-over-contributed-and-a-long-capitalised-photo-credit.txt");
        assertEquals(List.of(), a.headings(), "“Contributed” under a caption is its picture's credit, not a subhead");
        assertEquals(List.of("A grey seal pup found tangled in fishing line at Kestrel Bay last winter was returned to the sea on Monday.",
                "Volunteers from the bay's rescue group carried her down the slipway in a crate and opened it at the water's edge.",
                "\"She was thin and frightened when we found her,\" said volunteer Idris Penhale. \"Now she is fat and cross.\"",
                "The trust said the pup had gained 14kg in three months.",
                "Penhale said the group would watch for her on the rocks in spring."), a.paragraphs(),
                "the line over “Contributed”, over “PHOTO: KESTREL BAY SEAL RESCUE TRUST” (a body's name, five words in capitals) "
                        + "or over “KG PHOTO: ROSA LINDQVIST” (the outlet's initials first) is its picture's caption");
    }

    @Test
    void aNewsletterBoxsHeadingAndFieldAndAChannelPromoAreNotTheStory() {
        Article a = extract("a-pasted-page-with-a-newsletter-box-and-a-whatsapp-channel-promo.txt");
        assertEquals(List.of(), a.headings(), "“Get the latest news” and “Enter email” are a newsletter box's heading and field, not subheads");
        assertEquals(List.of("Kestrel's central library will open on Sundays for the first time from March, the council said on Tuesday.",
                "The library will open from 11am to 4pm, staffed by a mix of paid staff and volunteers.",
                "\"Families have asked us for this for years,\" said councillor Rhys Adeyemi, who chairs the libraries committee.",
                "The council said the change would cost about £40,000 a year."), a.paragraphs(),
                "“Join the Gazette’s WhatsApp Channel and get the latest news and must-reads.” is the page's promo, not the story's last line");
    }

    @Test
    void aCommentBoxsWelcomeAndTheTagsOverItAreNotTheStory() {
        Article a = extract("a-pasted-page-with-tags-over-a-comment-policy.txt");
        assertEquals(List.of(), a.headings(),
                "with the comment box's “We welcome reader comments… civil.” gone, the tags after the story (a name, “Boatbuilding”, "
                        + "“Kestrel”, “Obituary”) end the page, and a story never ends on headings");
        assertEquals(List.of("Elias Marrow, who built wooden fishing boats on the Kestrel shore for more than 60 years, has died at the age of 91.",
                "His daughter, Ruth Marrow, said he died at home on Saturday.",
                "\"He was in the workshop until he was 88,\" she said. \"He said the boats kept him young.\"",
                "Marrow built his last boat, a 16-foot dinghy for his great-grandson, in 2023."), a.paragraphs(),
                "the comment box's welcome is not the story's last paragraph");
    }

    @Test
    void aQuotedSubheadUnderARelatedLinkStaysAndReadMoreAtTheSiteHeadsALinkList() {
        Article a = extract("a-pasted-page-with-a-quoted-subhead-under-a-related-link-and-read-more-at-the-site.txt");
        assertEquals(List.of("‘We were never asked’", "Council responds"), a.headings(),
                "“‘We were never asked’”, a speaker's words in single marks over a paragraph just under the link “READ MORE: ¶ …”, is a "
                        + "subhead, as “Council responds” is under “Read more at kestrelgazette.example ¶ Harbour wall repairs begin next month”");
        assertEquals(List.of("A plan for a bus lane along Kestrel's Market Street has been dropped after traders said it would cost them half their passing trade.",
                "The county council confirmed on Wednesday that the scheme would not go ahead this year.",
                "Shopkeepers on Market Street said the council had drawn up the plan without speaking to any of them, and had only heard of it from a leaflet.",
                "\"We were never asked, not once,\" said Carla Munro, who runs a shoe shop on the street.",
                "A council spokesperson said the authority would consult traders before bringing any new plan forward next spring."), a.paragraphs(),
                "the links' headlines are not the story's");
    }

    @Test
    void aStandfirstUnderAPastesButtonsNamingSomeoneTheStoryThenIntroducesIsNotTheStory() {
        Article a = extract("a-pasted-page-with-a-standfirst-under-its-buttons-naming-someone-the-story-introduces.txt");
        assertEquals(List.of("For 19 years, mornings on Harbour FM began with Nora Bexley, a former teacher who read the tide times and the school closures between records.",
                "Since February, they have begun with software.",
                "\"It reads the tide times perfectly,\" Bexley said. \"It just doesn't know anyone who fishes.\""), a.paragraphs(),
                "“Harbour FM swapped Nora Bexley's breakfast show… Her listeners have noticed.” under “Listen to this article” names "
                        + "her before the story introduces her (“Nora Bexley, a former teacher”): it is the page's standfirst");
        Article kept = extract("a-pasted-page-whose-first-paragraph-under-its-buttons-names-someone.txt");
        assertEquals("Harbour FM has dropped its plan to replace presenter Nora Bexley with a cloned voice.", kept.paragraphs().get(0),
                "a first paragraph that names someone the story then calls by surname (“Bexley, 58, said”) is the story's");
    }

    @Test
    void aFooterWithItsCopyrightLastAndTheTagsAndPromosOverItAreNotTheStory() {
        Article a = extract("a-pasted-page-with-tags-and-promos-over-a-footer-with-its-copyright.txt");
        assertEquals(List.of(), a.headings(),
                "with the footer “Licence No. … Published by … Copyright © 2026 … All rights reserved.” gone, the tags and the promos "
                        + "after the story end the page, and a story never ends on headings");
        assertEquals(List.of("A family of otters has been seen in Kestrel harbour for the first time in 30 years, the harbour trust said on Wednesday.",
                "The trust's ranger, Colm Achebe, filmed the family of four on the slipway at dawn.",
                "\"I nearly dropped the camera,\" he said. \"We had given up on them.\"",
                "The trust said cleaner water in the estuary had brought fish back to the harbour."), a.paragraphs(),
                "a line with “©” and a year, closed by “All rights reserved.”, is the site's footer whatever it prints before");
    }

    @Test
    void aStatementPostedToItsWebsiteAndAContractorNamedAfterItsRoleAreBodies() {
        Article a = extract("a-statement-posted-to-its-website-and-a-contractor-named-after-its-role.txt");
        assertNull(quote(a, "on a handful of chase scenes").speaker(),
                "“In a statement posted to its website on Tuesday, Heronsgate Frame said”: a body's statement");
        assertNull(quote(a, "followed every specification").speaker(),
                "“The contractor, Bretagne Structures, said in a statement”: a firm holds that role when its name opens with no given name");
        assertEquals("Marcus Lowe", quote(a, "no regrets at all").speaker(), "“The developer, Marcus Lowe,” is a person");
    }

    @Test
    void aNameBesideSheAndIsNotTheSheWhoSpeaksNext() {
        Article a = extract("she-and-a-relative-then-she-said.txt");
        assertEquals("Sarah Whitfield", quote(a, "The dogs were fine").speaker(),
                "“Whitfield said she and Ella would try again” ¶ ““…,” she said”: the one beside “she and” is not the “she”");
        assertEquals("Ella Whitfield", quote(a, "We slept in the car").speaker());
    }

    @Test
    void aFamilysBusinessLeavesTheBareSurnameTheFamilysAndASignTapedUpIsNotSpeech() {
        Article a = extract("a-family-business-named-after-its-family.txt");
        assertEquals("Helen Dimitriou", quote(a, "We ran out of family").speaker(),
                "“Dimitriou Bakery” … “Helen Dimitriou, 68,” … ““…,” Dimitriou said”: the baker, not her bakery");
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().startsWith("Thank you, Park Lane")),
                "“A hand-lettered sign taped to the front window reads simply: “…”” is a sign's words: " + a.quotes());
    }

    @Test
    void whatSomeoneCallsSomethingAndHerVerdictAreHerWords() {
        Article a = extract("what-she-calls-and-her-verdict.md");
        assertEquals("Moira Fenwick", quote(a, "a very loud silence").speaker(),
                "“She heard what she calls “…””: her own words for it, not a name in common use");
        assertEquals("Alice Brandt", quote(a, "She's back").speaker(), "“Her verdict, in full: “…””: hers");
    }

    @Test
    void aLivePageWhosePostTitlesCarryAHeaderClassKeepsThemAndDoesNotFail() {
        Article a = extract("a-live-page-whose-post-titles-carry-a-header-class.html");
        assertEquals(List.of("Ferries stay in port", "Trees down on the coast road", "Schools close early"), a.headings(),
                "“<h3 class=\"stream-post__header-title\">” in its post's header strip: the class names it part of the strip, "
                        + "which goes, but it is the post's title; moving it out of the strip and then out of itself had thrown");
        assertEquals(3, a.paragraphs().size());
    }

    @Test
    void aNewsletterSignUpWithItsPitchIsFurniture() {
        Article a = extract("a-newsletter-sign-up-with-its-pitch.txt");
        assertTrue(a.paragraphs().stream().noneMatch(p -> p.contains("newsletter")),
                "“Sign up for the Island Life newsletter. Get the week's best stories…”: the box's line and its pitch: " + a.paragraphs());
        assertTrue(a.paragraphs().stream().anyMatch(p -> p.startsWith("Islanders were told to sign up")),
                "a story's sentence about signing up stays: " + a.paragraphs());
        assertEquals(3, a.paragraphs().size());
    }

    @Test
    void aWritersNoteWithHerAddressIsFurniture() {
        Article a = extract("a-writers-note-with-her-address.txt");
        assertTrue(a.paragraphs().stream().noneMatch(p -> p.contains("Email her at")),
                "“Tamsin Okafor covers the town council and its services. Email her at …”: the writer's note: " + a.paragraphs());
        assertTrue(a.paragraphs().stream().anyMatch(p -> p.startsWith("Gardener Ruth Amadi covers her plot")),
                "what someone in the story covers, with no address after it, stays: " + a.paragraphs());
        assertEquals(3, a.paragraphs().size());
    }

    @Test
    void aTitleLineWithItsSectionAndSiteGivesTheHeadline() {
        Article a = extract("a-title-line-with-its-section-and-site.txt");
        assertEquals("Carrow choir wins its first national title in 40 years", a.title(),
                "“… | News | The Harbour Courier”: three items as a menu has, but the first is the headline printed again below");
        assertEquals(2, a.paragraphs().size());
    }

    @Test
    void aCaptionClosedByItsSourceIsFurniture() {
        Article a = extract("a-caption-closed-by-its-source.txt");
        assertEquals(List.of(), a.headings(),
                "“The lido's new changing rooms, built with timber from the old pier. Source: Carrow Town Council”: a caption, not a subhead");
        assertTrue(a.paragraphs().stream().noneMatch(p -> p.contains("changing rooms")), "the caption goes: " + a.paragraphs());
        assertTrue(a.paragraphs().stream().anyMatch(p -> p.startsWith("Figures for the fund were published")),
                "a sentence whose “Source:” is followed by words in small letters stays: " + a.paragraphs());
        assertEquals(4, a.paragraphs().size());
    }

    @Test
    void aParagraphOpeningOnHeReportingOnSomeoneNamedKeepsItsHe() {
        Article a = extract("a-paragraph-opening-on-he-reporting-on-someone-named.md");
        assertEquals("Tomasz Wieczorek", quote(a, "He deleted it live on stream").speaker(),
                "“He added that Achterberg had already cancelled the subscription. “…,” he said.”: the “he” who opened the "
                        + "paragraph, the co-streamer, not the one he reports on");
        assertEquals("Tomasz Wieczorek", quote(a, "Chat loved it").speaker());
        assertEquals("Lewis Achterberg", quote(a, "I'm not proud of it").speaker());
    }

    @Test
    void theOneSheHeardFromDoesNotAct() {
        Article a = extract("someone-she-heard-from.txt");
        assertEquals("Maureen Callister", quote(a, "She rang me on Friday").speaker(),
                "“Callister said she had since heard from Onslow directly. “…,” she said.”: whom she heard from is no one giving "
                        + "evidence, and the “she” is Callister");
        assertEquals("Maureen Callister", quote(a, "She was very gracious").speaker());
        assertEquals("Deirdre Onslow", quote(a, "We trusted it too much").speaker());
    }

    @Test
    void aNameAfterAVerbInIngIsItsObject() {
        Article a = extract("a-name-after-a-verb-in-ing.txt");
        assertEquals("Celia Brandt", quote(a, "Pauline is part of this yard").speaker(),
                "“Brandt said she … had not ruled out bringing Ashgrove back” ¶ “…,” she said: Ashgrove is what Brandt brings "
                        + "back, and does not act");
        assertEquals("Celia Brandt", quote(a, "I want that to be clear").speaker());
        assertEquals("Pauline Ashgrove", quote(a, "I'll believe it when I see the rota").speaker(),
                "“On Tuesday morning Ashgrove said”: a noun in -ing before the name leaves it acting");
    }

    @Test
    void aVoicePartBeforeANameIsNoPartOfIt() {
        Article a = extract("a-voice-part-before-a-name.md");
        assertEquals("Rhiannon Pask", quote(a, "It kept leaping").speaker(),
                "“Soprano Rhiannon Pask said”: the voice she sings, as “Saxophonist Everton Shaw” is the instrument");
        assertEquals("Ivo Varga", quote(a, "By Sunday it felt like ours").speaker());
        assertEquals("Clement Aske", quote(a, "I wanted people to hear it").speaker());
    }

    @Test
    void theOneTheWordsAreAccordingToActs() {
        Article a = extract("the-one-it-is-according-to.md");
        assertEquals("Simeon Brack", quote(a, "We thought a few hundred people").speaker(),
                "“…than the old show managed in a month, according to Simeon.” ¶ “…,” he said: the one it is according to, not "
                        + "the critic acting a paragraph before");
        assertEquals("Lamar Oyelaran", quote(a, "The jokes land a beat late").speaker());
    }

    @Test
    void aNamesakeIntroducedAsAnothersBrotherIsTheBareSurnameAfter() {
        Article a = extract("introduced-as-her-brother.html");
        assertEquals("Colm Roarke", quote(a, "It's awkward").speaker(),
                "“Its lead designer, Colm Roarke, is Imelda's younger brother.” ¶ “…,” Roarke said: the one the sentence "
                        + "introduces, not the sister it introduces him by");
        assertEquals("Colm Roarke", quote(a, "But I'd say the same").speaker());
        assertEquals("Imelda Roarke", quote(a, "Harrowgate had the proofs").speaker());
    }

    @Test
    void theNoteSaidIsItsWriters() {
        Article a = extract("the-note-she-wrote.txt");
        assertEquals("Orla Penhallow", quote(a, "We should have told you").speaker(),
                "“In a front-page note on Thursday, editor Orla Penhallow wrote…” ¶ “…,” the note said: the note is hers, as a "
                        + "letter is its writer's");
        assertEquals("Orla Penhallow", quote(a, "We did not, and for that").speaker());
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().startsWith("Cartographers") && q.speaker() != null),
                "“A note pinned to the newsroom door… “…,” the note said”: another note, whose writer no one names: " + a.quotes());
    }

    @Test
    void capitalsBetweenAnArticleAndARoleAreNoOnesName() {
        Article a = extract("capitals-before-an-officer.txt");
        assertTrue(a.mentions().stream().noneMatch(m -> m.contains("Marine")),
                "“A Marine Resources officer said”: the capitals say whose officer (though “Marine” may be a given name); "
                        + "no one is named: " + a.mentions());
        assertNull(quote(a, "We know, we cannot be everywhere").speaker(), "the officer is no one named");
        assertEquals("Cornelius Marsh", quote(a, "They come after dark").speaker());
    }

    @Test
    void whatSomeoneHadSaidInAnothersSentenceDoesNotAct() {
        Article a = extract("told-what-the-rival-had-said.txt");
        assertEquals("Keeley Ormsby-Vance", quote(a, "Lucky?").speaker(),
                "“Ormsby-Vance … was told what Trask had said.” ¶ “…?” the 27-year-old replied: Trask is inside what she was "
                        + "told, and the one acting is Ormsby-Vance");
        assertEquals("Keeley Ormsby-Vance", quote(a, "We won eleven in a row").speaker());
        assertEquals("Wendy Trask", quote(a, "She's a fine player").speaker());
    }

    @Test
    void aFragmentInAWhoClauseIsTheOneWhoStandsFor() {
        Article a = extract("who-she-said-had-told.txt");
        assertEquals("Declan Awori", quote(a, "forget the scoreboard").speaker(),
                "“a half-time talk from coach Declan Awori, who she said had told the players to “…””: the coach's words, "
                        + "as “X, who called it “…”” is X's");
        assertNull(quote(a, "fortunate").speaker(),
                "“firing back at a rival coach who had called their title run “…””: the coach's word, and the coach is not named");
        assertEquals("Moana Fairleigh", quote(a, "He didn't shout").speaker());
    }

    @Test
    void someoneDescribedThenNamedSpeaks() {
        Article a = extract("a-sitter-named-in-the-painting.md");
        assertEquals("Winifred Baskerville", quote(a, "made by a person").speaker(),
                "“One, a retired nurse named Winifred Baskerville, said she had wanted a portrait “…””: the one described, by name");
        assertEquals("Winifred Baskerville", quote(a, "We talked for three afternoons").speaker());
    }

    @Test
    void aNameAfterAnArticleInsideTheSentenceDoesNotAct() {
        Article a = extract("a-sitter-named-in-the-painting.md");
        assertNull(quote(a, "You can tell she liked her").speaker(),
                "“a visitor who did not give her name stood in front of the Baskerville portrait… “…,” the woman said”: the "
                        + "portrait is Baskerville's, but she does not act; the woman is no one named");
        assertEquals("Agnes Rowntree", quote(a, "A filter can copy the look").speaker());
    }

    @Test
    void aSpeechVerbAfterAnOwnerIsANoun() {
        Article a = extract("what-she-claims-as-a-noun.txt");
        assertNull(quote(a, "looked into and not borne out").speaker(),
                "“A lawyer for the operator … told the chair that Ms Arkwright's claims had been “…””: “claims” is what she "
                        + "claimed, no verb; the lawyer is no one named, and the chair only listens");
        assertEquals("Denise Arkwright", quote(a, "I kept copies").speaker());
    }

    @Test
    void thatListenerDescribedWithoutANameIsNoOneNamed() {
        Article a = extract("that-listener-who-gave-a-handle.md");
        assertNull(quote(a, "It felt like a stranger").speaker(),
                "“That listener, reached by direct message, said they… “…,” they wrote”: the listener who gave only a handle, "
                        + "not the woman named before");
        assertEquals("Miriam Castellano", quote(a, "It was this or nothing").speaker());
        assertEquals("Gideon Parr", quote(a, "I miss the microphone").speaker(), "“That host was Gideon Parr.” names him");
    }

    @Test
    void aBodyNamingSomethingInAReportedClauseHasTheWords() {
        Article a = extract("the-bank-described-it-as.txt");
        assertNull(quote(a, "thorough").speaker(),
                "“He said the bank had described its consultation as “…””: the bank's word, which he reports, not his");
        assertEquals("Moira Dalgleish", quote(a, "with a very large pinch of salt").speaker(),
                "“said the council welcomed the mobile service “…””: a body that only acts leaves the words the speaker's");
        assertEquals("Fergus Imrie", quote(a, "A van in a car park").speaker());
    }

    @Test
    void whatSheEstimatedIsHerWord() {
        Article a = extract("she-estimated-that.txt");
        assertEquals("Renske Vandermolen", quote(a, "handful").speaker(),
                "“She estimated that a “handful” of networks were testing…”: her reckoning, in her word");
    }

    @Test
    void aHeInALabelledAnswerIsNotTheOneAnswering() {
        Article a = extract("a-he-in-a-labelled-answer.txt");
        assertEquals("Jago Penrose", quote(a, "There, where it goes dark").speaker(),
                "“Q: What did he teach you?” ¶ “Penrose: To read the water. He would point and say “…””: the one answering says "
                        + "“I”; the “he” is the father the answer before named");
        assertEquals("Jago Penrose", quote(a, "You can cry or you can bait pots").speaker());
        assertNull(quote(a, "We can't be everywhere").speaker(),
                "“I told a fisheries officer about one and he said “…””: the officer, whom no one names");
    }

    @Test
    void aBylineWithTheOutletOverADateAndItsTimeIsFurniture() {
        Article a = extract("a-byline-with-the-outlet-over-a-date-and-its-time.txt");
        assertEquals(List.of(), a.headings(),
                "“Ines Marlowe - The Kestrel Coast Times ¶ March 3, 2026 | 9:30am”: a byline over the date and its time, not a subhead");
        assertTrue(a.paragraphs().stream().noneMatch(p -> p.contains("hands the wheel")),
                "the one paragraph between the headline repeated and the byline is the standfirst: " + a.paragraphs());
        assertTrue(a.paragraphs().get(0).startsWith("PORT ELLERY"), "the story opens on its dateline: " + a.paragraphs());
        assertEquals(4, a.paragraphs().size());
    }

    @Test
    void aCaptionOverItsPhotographerAndPaperAfterACommaIsFurniture() {
        Article a = extract("a-caption-over-its-photographer-and-paper-after-a-comma.txt");
        assertTrue(a.paragraphs().stream().noneMatch(p -> p.contains("St. Clair")),
                "“Nell Okafor and her border collie Pip after the open final at the showground in St. Clair on Saturday. ¶ Ruth "
                        + "Abernethy, The Kestrel Valley Herald”: a caption over its credit, one sentence whatever “St.” stops: " + a.paragraphs());
        assertTrue(a.headings().stream().noneMatch(h -> h.contains("Abernethy")), "the credit is not a subhead: " + a.headings());
        assertTrue(a.paragraphs().contains("Parking at the showground should be free for everyone who brings an animal to the show."),
                "a sentence over “Mabel Ferris, Glenrowan”, a reader's name and town, stays: " + a.paragraphs());
        assertEquals(5, a.paragraphs().size());
    }

    @Test
    void aMostReadHeadlineEndingOnInitialsIsFurniture() {
        Article a = extract("a-most-read-headline-ending-on-initials.txt");
        assertTrue(a.paragraphs().stream().noneMatch(p -> p.contains("best new in U.K.")),
                "“Most Read ¶ … ¶ Kestrel Bay cafe named among best new in U.K. ¶ <writer's note>”: the list's last headline, "
                        + "whose stop is its initials': " + a.paragraphs());
        assertTrue(a.paragraphs().contains("The bakery now ships its rye to cafes across the U.S."),
                "a line ending so under a list, with the story going on under it, is the story's: " + a.paragraphs());
        assertEquals(4, a.paragraphs().size());
    }

    @Test
    void aCaptionOverAStaffPhotographersCreditWithoutPhotoIsFurniture() {
        Article a = extract("a-caption-over-a-staff-photographers-credit-without-photo.txt");
        assertEquals(List.of(), a.headings(), "“Tomas Reyes/Staff photographer”: a picture's credit, not a subhead");
        assertTrue(a.paragraphs().stream().noneMatch(p -> p.contains("outside the Kestrel Bay bus depot")),
                "“Councillor Priya Anand speaks to residents outside the Kestrel Bay bus depot on Monday.”: its caption: " + a.paragraphs());
        assertEquals(3, a.paragraphs().size());
    }

    @Test
    void aDateWithItsUpdateUnderTheBylineIsFurniture() {
        Article a = extract("a-date-with-its-update-under-the-byline.txt");
        assertTrue(a.paragraphs().stream().noneMatch(p -> p.startsWith("Mar 4, 2026")),
                "“Mar 4, 2026 Updated Mar 4, 2026 9:12 p.m.”: the page's date and its update, not a paragraph: " + a.paragraphs());
        assertTrue(a.paragraphs().get(0).startsWith("Two kayakers were rescued"), "the story opens on its lede: " + a.paragraphs());
        assertEquals(3, a.paragraphs().size());
    }

    @Test
    void theLoudestVoicesWasSomeoneIsNoPartVoiced() {
        Article a = extract("the-loudest-voices-was.html");
        assertEquals("Tobias Ferrante", quote(a, "Nobody told me the rest").speaker(),
                "“One of the loudest voices was Tobias Ferrante, a voice actor… He wrote on Bluesky: “…””: “voices” is a noun "
                        + "here, so he is a person, not a part someone voices");
        assertEquals("Tobias Ferrante", quote(a, "My problem is with the idea").speaker());
    }

    @Test
    void aNationalityAfterARoleIsNoOnesName() {
        Article a = extract("a-veteran-dutch-designer.md");
        assertEquals("Hendrik Claessens", quote(a, "It is a beautiful set").speaker(),
                "“Hendrik Claessens, a veteran Flemish stage designer… “…,” he says”: the nationality after “veteran” names no "
                        + "one of one name");
        assertEquals("Graham Weir", quote(a, "It looks like a catalogue").speaker());
        assertTrue(a.mentions().stream().noneMatch(m -> m.equals("Flemish") || m.equals("Scottish")), a.mentions().toString());
    }

    @Test
    void aFragmentInAWhoClauseAfterADescriptionIsTheOneItRenames() {
        Article a = extract("a-founder-who-still-describes-himself.md");
        assertEquals("Callum Rennie", quote(a, "a reader who got lucky").speaker(),
                "“founded … by Callum Rennie, a former typesetter who still describes himself as “…””: the description renames "
                        + "him, and the “who” is his");
        assertEquals("Callum Rennie", quote(a, "Colouring was always").speaker());
    }

    @Test
    void theyWhoAskedNotToBeNamedIsTheTheyOfTheNextParagraph() {
        Article a = extract("they-who-asked-not-to-be-named.txt");
        assertNull(quote(a, "Nobody mentioned software to us").speaker(),
                "“A second animator…, who asked not to be named because they were still under contract, said…” ¶ “…,” they said: "
                        + "the animator no one names, not the woman named before");
        assertEquals("Maribel Ostrander", quote(a, "I worked on it for a year").speaker());
    }

    @Test
    void theElderOfTwoNamesakesIsTheOneIntroducedAsTheParent() {
        Article a = extract("the-elder-one-introduced-as-her-father.html");
        assertEquals("Vikram Kothari", quote(a, "Some things you keep for yourself").speaker(),
                "“Meera Kothari, 36, … her father, Vikram Kothari” … “The elder Kothari said…” ¶ “…,” he said: the father is "
                        + "the elder, though only his daughter's age is given");
        assertEquals("Deepak Sethi", quote(a, "People read the front").speaker());
    }

    @Test
    void aNotionOrANameToComeIsNoQuote() {
        Article a = extract("the-idea-of-a-term.txt");
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().startsWith("human in the loop") || q.text().startsWith("Waiting Room")),
                "“settled on the idea of a “…””, “the bill would likely be called the “… Act.””: a notion and a name, not words "
                        + "said: " + a.quotes());
        assertEquals("Rosa Villanueva", quote(a, "nothing to fear").speaker());
        assertEquals("Petra Moy", quote(a, "A loop needs people in it").speaker());
    }

    @Test
    void aContributorLineAndAWritersContactUnderAPastedStoryAreNotParagraphs() {
        Article a = extract("a-contributor-line-and-a-writers-contact-under-the-story.txt");
        assertTrue(a.paragraphs().stream().noneMatch(p -> p.contains("contributed to this report") || p.contains("@")),
                "“… reporter Rhys Tolland contributed to this report.”, “Tamsin Oakridge: toakridge@…; Tamsin Oakridge covers…” and "
                        + "the desk's address alone under the byline are the page's: " + a.paragraphs());
        assertTrue(a.paragraphs().get(0).startsWith("The Kestrel Bay Rowing Club won"), "the story opens on its lede: " + a.paragraphs());
        assertTrue(a.paragraphs().stream().anyMatch(p -> p.startsWith("Two local firms contributed to the new boat")),
                "a story's sentence about who contributed stays: " + a.paragraphs());
        assertEquals(5, a.paragraphs().size(), "" + a.paragraphs());
    }

    @Test
    void aCaptionOverACreditInSpacedSquareBracketsIsNotTheStory() {
        Article a = extract("a-caption-over-a-credit-in-spaced-square-brackets.txt");
        assertEquals(List.of(), a.headings(), "“[ Family photo ]” and “[ ODILE FENWICK | Ledger ]” are credits, not headings");
        assertTrue(a.paragraphs().stream().noneMatch(p -> p.startsWith("Wren Halloway at the helm") || p.startsWith("The harbour master")),
                "the captions over them go with them: " + a.paragraphs());
        assertTrue(a.paragraphs().get(0).startsWith("MARROW SOUND - For 38 years"), "" + a.paragraphs());
        assertEquals(4, a.paragraphs().size(), "" + a.paragraphs());
    }

    @Test
    void aNewsroomAppealANewsletterConsentLineAndAnEpaperPromoAreNotParagraphs() {
        Article a = extract("a-newsroom-appeal-a-consent-line-and-an-epaper-promo.txt");
        assertEquals(3, a.paragraphs().size(),
                "“Do you have a story about …? Email newsroom@…”, “By providing your information, you agree to our Terms of Use…” and "
                        + "“Now you can read the … ePaper anytime, anywhere.” are the page's: " + a.paragraphs());
        assertTrue(a.paragraphs().get(2).startsWith("The bakery had faced a rent rise"), "" + a.paragraphs());
    }

    @Test
    void aReadMoreHeadlineEndingOnHeresWhyIsTheListsNotTheStorys() {
        Article a = extract("a-read-more-headline-ending-on-heres-why.txt");
        assertTrue(a.paragraphs().stream().noneMatch(p -> p.startsWith("Ferry fares at Marrow Point are rising again")),
                "“Read more: ¶ … ¶ Ferry fares at Marrow Point are rising again. Here's why.”: the list's second headline, in "
                        + "sentences, is no paragraph: " + a.paragraphs());
        assertTrue(a.paragraphs().stream().anyMatch(p -> p.startsWith("Commuters said the cut")),
                "the story's paragraph under the list stays: " + a.paragraphs());
        assertTrue(a.paragraphs().stream().anyMatch(p -> p.startsWith("The operator said the summer timetable")),
                "a story's “Here's why” in a longer sentence stays: " + a.paragraphs());
        assertEquals(5, a.paragraphs().size(), "" + a.paragraphs());
    }

    @Test
    void aHeadingUnderTheHeadlineNamedASubheadlineIsTheStandfirst() {
        Article a = extract("a-saved-page-with-a-subheadline-under-its-headline.html");
        assertEquals(List.of("Neighbors worry about parking"), a.headings(),
                "<h2 data-qa=\"subheadline\"> under the headline is the standfirst; a subhead further down stays");
        assertEquals(4, a.paragraphs().size(), "" + a.paragraphs());
    }
}
