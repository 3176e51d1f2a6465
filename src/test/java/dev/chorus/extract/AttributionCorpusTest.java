package dev.chorus.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.config.ConfigLoader;
import dev.chorus.ingest.FrontMatterParser;
import dev.chorus.ingest.SourceReader;
import dev.chorus.model.ChorusException;
import dev.chorus.model.Quote;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Speaker attribution measured against hand-made answer keys: a quote counts as right when its
 * words and its speaker (a person, or null for organisations and unnamed sources) both match.
 * Thirty corpora of articles written for the purpose (text, Markdown and saved web pages;
 * each folder's README.md gives its rules). The first, 24 articles, is the one extraction was
 * developed on; the others, about 20 articles each, were written blind, measured once as they
 * came (the README's "How well it works" lists those first measurements), then studied and
 * fixed, except the newest, kept unseen until the next is written. Floors sit a
 * little under what extraction reaches today, so a regression fails the build.
 */
class AttributionCorpusTest {
    private static final Path RESOURCES = Path.of("src/test/resources");

    private record Pair(String text, String speaker) {
    }

    @ParameterizedTest(name = "{0}: precision at least {1}, recall at least {2}")
    @CsvSource({
        "attribution,         0.97, 0.97",
        "attribution-holdout, 0.97, 0.96",
        "attribution-blind3,  0.95, 0.95",
        "attribution-blind4,  0.93, 0.94",
        "attribution-blind5,  0.96, 0.96",
        "attribution-blind6,  0.94, 0.94",
        "attribution-blind7,  0.95, 0.96",
        "attribution-blind8,  0.95, 0.95",
        "attribution-blind9,  0.91, 0.92",
        "attribution-blind10, 0.96, 0.96",
        "attribution-blind11, 0.96, 0.96",
        // studied from 2026-11-22 (commentary: interviews, panels, features)
        "attribution-blind12, 0.97, 0.96",
        // studied from 2026-11-22 (news and commentary, a third on technology and the creative industries)
        "attribution-blind13, 0.95, 0.96",
        // studied from 2026-11-22 (news and commentary on film, television, music, games and the arts, half on AI)
        "attribution-blind14, 0.95, 0.96",
        // studied from 2026-11-22 (mainstream news across sections, a quarter on AI and film or television)
        "attribution-blind15, 0.94, 0.94",
        // studied from 2026-11-22 (AI and the screen industries: op-eds, festivals, hearings, earnings calls; general news)
        "attribution-blind16, 0.92, 0.93",
        // studied from 2026-11-22 (a week of a general news site, six articles on film, television and AI)
        "attribution-blind17, 0.94, 0.94",
        // studied from 2026-11-22 (commentary on AI and cinema: columns, panels, interviews, trade press; general news)
        "attribution-blind18, 0.97, 0.97",
        // studied from 2026-11-22 (AI and film, TV, music video and games; general news from a dozen countries)
        "attribution-blind19, 0.97, 0.96",
        // studied from 2026-11-22 (AI and cinema, streaming, theatre, publishing; general news, twenty more countries)
        "attribution-blind20, 0.91, 0.91",
        // studied from 2026-11-22 (AI and film, dubbing, archives; general news; patronymic and single names)
        "attribution-blind21, 0.90, 0.89",
        // studied from 2026-11-22 (AI and cinema and general news, half from the US, UK, Australia, Canada, Ireland)
        "attribution-blind22, 0.93, 0.95",
        // studied from 2026-11-22 (AI and cinema and general news, mostly US, UK, Australian, Canadian, Irish outlets)
        "attribution-blind23, 0.91, 0.92",
        // studied from 2026-11-22 (AI and cinema and general news, mostly US, UK, Australian, Canadian and Irish outlets)
        "attribution-blind24, 0.95, 0.94",
        // studied from 2026-11-22 (AI and the screen industries and general news, mostly US, UK, Australian, Canadian, Irish)
        "attribution-blind25, 0.97, 0.97",
        // studied from 2026-11-22 (AI and the creative industries and general news from India, Singapore, Nigeria,
        // Kenya, South Africa, New Zealand, Scotland and Wales, with some US and UK outlets)
        "attribution-blind26, 0.94, 0.94",
        // studied from 2026-11-23 (AI and the screen, music and publishing and general news from US, Canadian, UK,
        // Irish, Australian and New Zealand outlets, a wire service, a tech newsletter and a magazine)
        "attribution-blind27, 0.95, 0.94",
        // studied from 2026-11-23 (AI and film, television and streaming in the trade and mainstream press: trade
        // papers, wire, courtesy-title and BBC styles, a tech site, festival panel, podcast transcript; general news)
        "attribution-blind28, 0.96, 0.96",
        // studied from 2026-11-23 (AI and cinema, television and animation and general news, half of it saved web
        // pages: trade, wire, courtesy-title, Guardian and BBC styles, European and Asian outlets, a review-essay)
        "attribution-blind29, 0.95, 0.96",
        // studied from 2026-11-23 (AI in film, games, music videos and streaming and general news from Indian,
        // Singaporean, New Zealand, Irish, South African, Canadian, Jamaican, Kenyan, Welsh, Nigerian and US outlets)
        "attribution-blind30, 0.97, 0.98",
        // studied from 2026-11-23 (AI in film, television, games, music and streaming (trade papers, a tabloid, a
        // newsletter, a podcast write-up, a Q&A, a profile) and general news from Scottish, Ghanaian, Pakistani,
        // Trinidadian, US, Welsh and English outlets, with Hong Kong, Malaysian, Philippine and Canadian ones)
        "attribution-blind31, 0.94, 0.95",
        // studied from 2026-11-23 (AI in television, animation, games, music, publishing and film and general news
        // from Irish, Zimbabwean, Fijian, Scottish, Sri Lankan, Indonesian, Maltese, Welsh, Australian, US, Canadian
        // and New Zealand outlets: trade magazines, a blog, an esports site, newsletters, a listings interview)
        "attribution-blind32, 0.95, 0.96",
        // studied from 2026-11-23 (AI in dubbing, film, music, screenwriting and cinemas and general news from Kenyan,
        // Nigerian, South African, Jamaican, Indian, Singaporean, New Zealand, Gibraltarian, Australian, Canadian and
        // US outlets: a parish magazine, a festival daily, a restaurant review, a fact-check, a press release, a sketch)
        "attribution-blind33, 0.98, 0.98",
        // studied from 2026-11-23 (AI in dubbing, games, book covers, pop, theatre, library music, audiobooks and
        // animation and general news from Ugandan, Zambian, Icelandic, Bangladeshi, Vietnamese, Thai, Nepali, Cypriot,
        // Guyanese, Gulf, Brazilian, Hawaiian and Manx outlets, a club site, a union magazine, a newsletter)
        "attribution-blind34, 0.98, 0.99",
        // studied from 2026-11-23 (AI in comics, advertising, radio, opera, film and streaming and general news from
        // Rwandan, Mongolian, Estonian, Dutch, Turkish, Israeli, Bhutanese, Kazakh, Tanzanian, Botswanan, Samoan,
        // Bahamian, Cornish, Norwegian, Malawian and Alaskan outlets and three trade sites)
        "attribution-blind35, 0.99, 0.99",
        // studied from 2026-11-23 (AI in music, dubbing, fact-checking, illustration, animation, audiobooks, theatre,
        // radio, visual effects and games and general news from Faroese, Argentine, Georgian, Taiwanese, Luxembourgish,
        // Finnish, Greek, Jersey, Mauritian, Cameroonian, Namibian, Papua New Guinean, Tongan, Belizean, Sierra
        // Leonean, Ethiopian and Jordanian outlets: a union bulletin, a fact-check site, a podcast write-up)
        "attribution-blind36, 0.96, 0.97",
        // studied from 2026-11-23 (AI in dubbing, voice acting, games, television, songwriting, film restoration, visual
        // effects, translation, radio and theatre and general news from Mexican, Japanese, Polish, Danish, Swedish,
        // Egyptian, Moroccan, Senegalese, Czech, Puerto Rican, Armenian, Lithuanian, Greenlandic, Bermudian, Guernsey,
        // Chilean, Shetland, Seychellois and Slovenian outlets: a games trade site, a union bulletin, a broadcaster's
        // site, wire copy)
        "attribution-blind37, 0.96, 0.97",
        // studied from 2026-11-23 (AI in dubbing, translation, music, photography, animation, subtitling, film
        // restoration, visual effects, fashion and picture books and general news from Croatian, Liberian, Austrian,
        // Orcadian, Cape Verdean, Mozambican, Peruvian, Malagasy, Ukrainian, ni-Vanuatu, Qatari, Caymanian, Cambodian,
        // Slovak, Northern Irish, Nunavut, Azerbaijani, Myanmar, Guatemalan and Uzbek outlets)
        "attribution-blind38, 0.99, 0.99",
        // studied from 2026-11-23 (AI in dubbing, animation, textiles, screenwriting, choral music, picture books, radio
        // and games and general news from Albanian, Kyrgyz, Ecuadorian, Lao, Falklands, Tunisian, Belarusian, Bulgarian,
        // Zanzibari, Réunion, Cuban, Montenegrin, Basotho, Bruneian, Timorese, Serbian, Guamanian, Panamanian,
        // Martinican and Moldovan outlets)
        "attribution-blind39, 0.97, 0.98",
        // studied from 2026-11-23 (AI in dubbing, photography, film festivals, music, translation, radio, games,
        // animation, tourism imagery and theatre, and general news from Bolivian, Kosovar, Maldivian, Monégasque,
        // Paraguayan, Algerian, Tajik, Solomon Islands, Venezuelan, Eswatini, I-Kiribati, Andorran, Haitian,
        // Liechtenstein, Costa Rican, Gambian, Angolan, Saint Lucian, Turkmen and Grenadian outlets)
        "attribution-blind40, 0.95, 0.95",
        // studied from 2026-11-23 (AI in dubbing, fashion prints, beats, animation, radio voices, games, photography,
        // newsreading, translation and visual effects, and general news from St Helena, Libyan, Burundian, Gabonese,
        // Chadian, Beninese, Sudanese, Burkinabe, Mauritanian, Palauan, Djiboutian, New Caledonian, Surinamese,
        // Tahitian, Honduran, Salvadoran, Macedonian, Bosnian, Omani and Lebanese outlets)
        "attribution-blind41, 0.98, 0.98",
        // studied from 2026-11-23 (AI in dubbing, film festivals, songs, games art, carnival animation, theatre scripts,
        // photography, radio translation, visual effects and oral-history books, and general news from Nicaraguan,
        // Bahraini, Togolese, Somali, Marshallese, Kuwaiti, Afghan, Curaçao, Antiguan, Malian, Eritrean, Isle of Wight,
        // Iraqi Kurdish, Aruban, São Tomé, Tuvaluan, Syrian, Nigerien, Alderney and Pohnpeian outlets)
        "attribution-blind42, 0.98, 0.98",
        // studied from 2026-11-23 (AI in radio voices, stamps, Creole dubbing, songs, tivaevae quilts, games, stage,
        // audiobooks, visual effects and carnival costumes, and general news from Dominican, Sammarinese, Guadeloupean,
        // Comorian, Yemeni, South Sudanese, Bissau-Guinean, Equatoguinean, Central African, Cook Islands, Niuean, American
        // Samoan, Northern Marianas, Gozitan, Åland, Outer Hebrides, Guyanese, Kittitian, Sint Maarten and Mahorais outlets)
        "attribution-blind43, 0.97, 0.97",
        // studied from 2026-11-23 (AI in dubbing, visual effects, voice clones, subtitles, books in Uchinaaguchi,
        // animation, theatre, games, broadcasting and embroidery, and general news from Chechen, Tatar, Sakha, Buryat,
        // Baloch, Punjabi, Assamese, Manipuri, Naga, Ladakhi, Okinawan, Sarawak, Marawi, Somaliland, Corsican, Flemish,
        // Sámi, Breton, Navajo Nation and Azorean outlets)
        "attribution-blind44, 0.93, 0.93",
        // studied from 2026-11-23 (AI in dubbing, Lepcha songs, voice songs, Frisian translation, theatre, textile
        // patterns, an eisteddfod poem, animation and photography prizes, and general news from Dagestani, Abkhaz,
        // Sikkimese, Bougainvillean, Darfuri, Casamance, Kabyle, Sardinian, Frisian, Karelian, Gagauz, Adjarian, Nunavik,
        // Oaxacan, Patagonian, Bahian, Lampedusan, Lakota, Vincentian and Sark outlets)
        "attribution-blind45, 0.99, 0.98",
        // studied from 2026-11-23 (AI in carnival song rules, Creole dubbing, an underwater photography contest, animated
        // legends, Galician dubbing, a games studio, Sámi translated books, a film prize, isiXhosa radio drama and Telugu
        // visual effects, and general news from Nauruan, Turks and Caicos, Tokelauan, Chiapas, Sicilian, Transnistrian,
        // Ainu, Puntland, Surat and Romansh outlets)
        "attribution-blind46, 0.97, 0.97",
        // studied from 2026-11-24 (AI in Maya dubbing, krar songs, a visual effects studio, translation for publishers, a
        // Sorbian newsreader, a games studio, animation, a photo contest, film extras and desert fashion, and general news
        // from Futunan, Nakhchivan, Kalmyk, Svan, Mizo, Tibetan exile, Moluccan, Gotland, Cherokee and Kashmiri outlets)
        "attribution-blind47, 0.99, 0.98",
        // studied from 2026-11-24 (AI in Oromo dubbing, an Ossetian theatre's voices, Altai throat singing, a Bashkir animation
        // studio, a Crimean Tatar photo archive, Marquesan tattoos, Pashto film, Odia publishing, a Sasak games studio
        // and a Jeju dialect newsreader, and general news from Amhara, Chukotka, Ingushetia, Udmurt, Komi, Cusco, Hunza,
        // Pemba, Lamu and Miyako outlets)
        "attribution-blind48, 0.86, 0.86",
        // studied from 2026-11-24 (AI in Flores dubbing, Batak ulos patterns, Venda tshikona samples, a Mossi film fund, a
        // Bamileke animation studio, a Hazara photo archive, Karakalpak surtitles, a Kahnawake game developer, Kichwa
        // weavers and a Székely radio newsreader, and general news from Bornholm, Chuuk, Kunene, the Fante coast, Iten,
        // Gulu, Sidama, Yamal, Saint Helena and Asturian outlets)
        "attribution-blind49, 0.92, 0.92",
        // studied from 2026-11-24 (AI in Sumba ikat patterns, a Toraja documentary's dubbing, a Bugis kacapi song, Xitsonga
        // dubbing, a Dhofar photo prize, a Naryn animation studio, Nisga'a picture books, a Purépecha voice clone, a Saaremaa
        // games studio and a Zakopane stage review, and general news from Ishigaki, Padang, Kosrae, Port Loko, Gurage,
        // Fergana, Ulleungdo, Molokai, Scilly and Ikaria outlets)
        "attribution-blind50, 0.91, 0.91",
        // studied from 2026-11-24 (AI in Madurese dubbing, Latgalian audiobooks, Tsushima anime backgrounds, Gwich'in fiddle
        // music, a Friulian visual effects deal, Zuni jewellery fakes, a Khorezm newsreader, a Kashubian stage review, a
        // Dayak game and Guna songs, and general news from Sari, Kakamega, Kamchatka, Socotra, Oshana, Bo, Sitka, Khorog,
        // Menorca and Yugra outlets)
        "attribution-blind51, 0.91, 0.92",
        // studied from 2026-11-24 (mainstream English-language press: AI dubbing rally in Burbank, West End digital replicas, a
        // Dundee games studio, Montreal visual effects, a te reo voice clone, Chennai dubbing artistes, a Nollywood
        // press conference, a music licensing launch and a documentary review; a grocer's bid, a carbon monoxide trial,
        // a tornado live blog, a hero dad, parking charges, an obituary, a ramping press conference, a Q&A, a Manila
        // op-ed and a League One match report)
        "attribution-blind52, 0.97, 0.97",
        // studied from 2026-11-24 (mainstream English-language press again: AI dubbing shares, a digital replica bill, First Nations
        // musicians and AI tracks, Mumbai dubbing artists, Karachi drama writers, a Singapore photographer, a Hong Kong
        // animation studio, Nollywood producers, a publishing op-ed, Montreal game layoffs, a Wellington VFX artist and a
        // film review; Chicago speed cameras, a Dayton overtime game, a measles briefing, a Dublin fraud trial, a Welsh
        // choir obituary, a UAE rain live blog, a Nairobi derby and a Lord's Test press conference)
        "attribution-blind53, 0.96, 0.96",
        // studied from 2026-11-24 (mainstream English-language press a third time: a Senate hearing on AI likeness, an op-ed on AI
        // music, Quebec dubbing actors, a Sydney VFX studio, a te reo AI voice, an AI play review, an AI fashion profile,
        // a presenter's AI clone row, a director's AI de-ageing interview and Manila animation studios; a four-day school
        // week, a Houston fraud trial, a Toronto council vote, a Darwin tennis upset, a Belfast court, a storm live page,
        // a Penang chip tester, a Kampala dialysis shortage, a Durban match report and a Kingston obituary)
        "attribution-blind54, 0.98, 0.98",
        // studied from 2026-11-24 (mainstream English-language press a fourth time: Manila dubbing voices, a Vancouver VFX profile,
        // Burbank animators' contract, NPR on AI audiobook narrators, screen funding rules, a Wellington games studio, an AI
        // play review, an illustrator interview, Dhaka garment design and a Nollywood op-ed; a Doral fraud trial, a
        // Denver blizzard live page, a Winnipeg council vote, a Broncos press conference, a Belfast obituary, a Leeds
        // maternity inspection, a boxing report, a Nairobi marathon, Windhoek water cuts and a Singapore festival)
        "attribution-blind55, 0.97, 0.97",
        // studied from 2026-11-24 (mainstream English-language press as newsrooms really save it: heavy saved pages imitating
        // big CMSs, text copied from a browser with the page's furniture): an AP court story, Guardian AI dubbing,
        // Reuters AI music, a BBC parking vote, a VFX Q&A, Broadway AI sets, Irish hospital trolleys, game actors'
        // strike, Toronto AI animation, an NFL game story, Nollywood AI dubbing, a Glasgow council, a Singapore photo
        // prize, a Chicago schools hearing, a Leeds inquest, Hong Kong AI fashion, a Sydney storm live blog, an
        // Auckland theatre review, Mumbai voice clones and a Nairobi obituary)
        "attribution-blind56, 0.97, 0.98",
        // studied from 2026-11-24 (mainstream English-language press as newsrooms save it, a second time: saved pages imitating
        // CNN, NBC's Next.js, the Daily Mail, Politico, a Drupal regional, Substack, an AMP live blog and WordPress VIP;
        // texts copied from a browser): AI dubbing actors, a Houston bail ruling, a VFX union vote, an Edinburgh budget,
        // an AI novel prize row, a Senate AI copyright bill, Belfast emergency waits, a Cork hurling press conference,
        // Nashville demo singers, a Townsville cyclone live blog, Toronto animation layoffs, a Sydney AI play review,
        // Wellington school mergers, Mumbai playback singers, Karachi AI models, a Manila AI newscaster, Kenyan tea
        // exports, a Boston obituary, a Bath rugby report and a marathon bus driver's Q&A)
        "attribution-blind57, 0.98, 0.99",
        // studied from 2026-11-24 (mainstream English-language press as newsrooms save it, a third time: saved pages imitating
        // Bloomberg, the Washington Post, Tribune's Arc, Gannett, the Telegraph, Reach plc, Daily Maverick and Rolling
        // Stone; texts copied from a browser): brothers in a Norwich-Hull match, a House broadband bill, novelists'
        // AI copyright ruling, Leicester A&E waits, AI dubbing voice actors, a Phoenix storm live blog, a Chicago school
        // merger, a West End AI script row, Rochdale bins, a camogie interview, a Lewis obituary, a founder profile,
        // Cape Town animation, an AI voice clone, VFX job cuts, AI crowd scenes, a Singapore rail disruption, AI
        // audiobooks, an AI voice re-release and a musical review)
        "attribution-blind58, 0.99, 0.99",
        // studied from 2026-11-24 (its second reader found no plain mistakes; mainstream English-language press as
        // newsrooms save it, a fourth time (saved pages imitating McClatchy, the NY Post, Hearst, a Guardian live blog, Reach,
        // Deadline, Stuff and the Indian Express; texts copied from a browser): a college overtime win, AI dubbing
        // funding, a Hialeah contractor sentenced, a Broadway AI understudy, a wind auction, Texas school closures,
        // VFX layoffs, an AI photography entry, a storm live blog, a Liverpool AI studio, a Belfast obituary, a Cork
        // housing vote, Brampton hallway care, a dubbing deal, a police chief's Q&A, a Wellington games studio, Pune
        // heatwave hospitals, Malaysian animators, AI songwriter credits and Nairobi AI fashion)
        "attribution-blind59, 0.99, 1.00",
        // studied from 2026-11-24 (its second reader found no plain mistakes): mainstream English-language press as newsrooms save it, a fifth time
        // (saved pages imitating the Seattle Times, a Sky News live blog, the Independent, the Irish Times, CBC, ABC
        // Australia, Al Jazeera and the Verge; texts copied from a browser): games studio AI cuts, photographers
        // against an AI firm, streamers' AI dubbing, a coach's press conference, a Chicago ward budget, AI image
        // licensing, an animator's interview, a storm live blog, ambulance handovers, a dame's obituary, a Stockport
        // school closure, translators and AI, Montreal VFX layoffs, AI songs on community radio, Nollywood AI voices,
        // a play review, an AI fashion tool, a Black Ferns press conference, a Gqeberha sentencing and Chennai dengue
        "attribution-blind60, 0.98, 0.98",
        // studied from 2026-11-24 (its second reader found no plain mistakes): mainstream English-language press as newsrooms save it, a sixth time (saved
        // pages imitating the Boston Globe, an LA Times/Brightspot, a Cumbria storm live blog, the Scotsman, the
        // Sydney Morning Herald, the Times of India, the Hollywood Reporter and TechCrunch; texts copied from a
        // browser): an AI dubbing lawsuit, Boston school start times, a Georgia VFX studio, Burbank animators and AI,
        // a 76ers press conference, a measles outbreak, an Edinburgh AI play row, a Rhondda school merger, a Belfast
        // obituary, Irish-language AI dubbing, Toronto audiobook narrators and bus lanes, a Sydney photo prize, a
        // play review, a Wellington games studio, Mumbai voice cloning, Karachi textile exports, a director's Q&A
        // and an AI music start-up's funding
        "attribution-blind61, 0.98, 0.98",
        // studied from 2026-11-24 (its second reader found two plain mistakes, mended): mainstream English-language press as newsrooms save it, a seventh time (saved
        // pages imitating Reuters, Bloomberg, a Guardian Australia live blog, the Mirror, MailOnline in its
        // single-quote style, the Vancouver Sun, the Hindustan Times and Deadline; texts copied from a browser)
        "attribution-blind62, 0.95, 0.96",
        // studied from 2026-11-24 (its second reader found no plain mistakes): mainstream English-language press as newsrooms save it, an eighth time (saved
        // pages imitating NBC News, USA Today, BBC News, the Telegraph, the Sun in its single-mark style, the Straits
        // Times, the South China Morning Post and Variety; texts copied from a browser)
        "attribution-blind63, 0.96, 0.97",
        // studied from 2026-11-24 (its second reader found no plain mistakes): mainstream English-language press as newsrooms save it, a ninth time (saved
        // pages imitating AP News, CBS News, Newsweek, the Times, a Daily Express live blog, CNA, RNZ and Billboard;
        // texts copied from a browser)
        "attribution-blind64, 0.95, 0.95",
        // unseen, written 2026-11-24: mainstream English-language press as newsrooms save it, a tenth time (saved pages
        // imitating ABC News, the Los Angeles Times, the Atlantic, the i, the Daily Star, the Bangkok Post, an Irish
        // Times live blog and Rolling Stone; texts copied from a browser). As it arrived 0.928/0.890, its Bangkok Post
        // page (a story as bare text between line breaks) refused as having no body
        "attribution-blind65, 0.95, 0.96",
        // studied from 2026-11-24 (its second reader found no plain mistakes): the same, an eleventh time (Fox News,
        // the Herald Sun, Gulf News, the National Post, a Euronews live blog, IndieWire, Screen Daily and Hong Kong
        // Free Press; texts copied from a browser). As it arrived 0.951/0.900, its Gulf News page (bare text between
        // line breaks) refused likewise; 0.970/0.977 unseen with the rules of corpora 62-65
        "attribution-blind66, 0.97, 0.98",
        // studied from 2026-11-24 (its second reader found no plain mistakes): the same, a twelfth time (HuffPost,
        // Yahoo News, a Times of Israel live blog, the Houston Chronicle, Wales Online, Pitchfork, the Malay Mail with
        // its story between line breaks, and the Texas Tribune; texts copied from a browser: Haaretz, MSN, the Kyiv
        // Independent, the Brisbane Times, the New Statesman, BuzzFeed News). As it arrived 0.958/0.973, no page lost
        "attribution-blind67, 0.95, 0.97",
        // studied from 2026-11-25 (its second reader found no plain mistakes): the same, a thirteenth time (The
        // Hill, the Star Tribune, a CTV News live blog, the Tampa Bay Times, NME, The West Australian, Nation Africa,
        // the Taipei Times with its story in text-only divs; texts copied from a browser: the Economic Times, Daily
        // Sabah, the Jamaica Observer, the Oregonian, the Spinoff, Empire). As it arrived 0.946/0.964, the same with
        // the session's starting code: no page lost
        "attribution-blind68, 0.96, 0.98",
        // studied from 2026-11-25 (its second reader found no plain mistakes): the same, a fourteenth time
        // (Politico Europe, The Irish Times, a Sky News live blog, the Sydney Morning Herald, Rolling Stone, the
        // Arizona Republic, The Hindu, Stuff with its story in divs; texts copied from a browser: Dawn, the Globe and
        // Mail, the Scotsman, Deadline, the Bangkok Post, the Kyiv Independent). As it arrived 0.966/0.948 with the
        // session's starting code; its Hindu page loses the five paragraphs after a newsletter box
        "attribution-blind69, 0.98, 0.98",
        // studied from 2026-11-25 (its second reader found no plain mistakes): the same, a fifteenth time (the
        // Guardian, the Chicago Tribune, an ABC live blog, the SCMP with its story in text-only divs, Billboard, the
        // Toronto Star, the Daily Nation, the Straits Times; texts copied from a browser: the Independent, the Manila
        // Bulletin, the Irish Examiner, Variety, the Times of Malta, the Denver Post), a pair of namesakes in every
        // article. As it arrived 0.960/0.972 with the session's starting code and with the rules of 68's study: no
        // page lost
        "attribution-blind70, 0.96, 0.97",
        // studied from 2026-11-25 (its second reader found no plain mistakes): the same, a sixteenth time (the
        // BBC, the Washington Post, a Stuff live blog, the Japan Times, Pitchfork, the Globe and Mail, the Guardian
        // Nigeria, the National with its story in text-only divs; texts copied from a browser: the Telegraph, the
        // Express Tribune, the Belfast Telegraph, the Hollywood Reporter, the Cyprus Mail, the Miami Herald). As it
        // arrived 0.962/0.967 with the session's starting code: no page lost. Studied: 0.988/0.998
        "attribution-blind71, 0.98, 0.99",
        // studied from 2026-11-25 (its second reader found no plain mistakes): the same, a seventeenth time
        // (NPR, the Detroit Free Press, an Al Jazeera live blog, the Korea Herald with its story as text between
        // <br><br>, Kotaku, the Irish Examiner, Citizen Digital, Gulf News; texts copied from a browser: the Evening
        // Standard, Business Standard, the Liverpool Echo, Collider, the Philippine Star, the Kansas City Star). As it
        // arrived 0.957/0.965 with the session's starting code (4af217d) and with the rules of 71's study alike:
        // no page lost. Studied: 0.987/0.995
        "attribution-blind72, 0.98, 0.99",
        // written 2026-11-25 (its second reader found no plain mistakes): the same, an eighteenth time (the
        // Baltimore Sun, Newsday, a Sky Sports live blog, Nikkei Asia, The Ringer, TheJournal.ie, New Vision, the
        // Fiji Times with its story in divs; texts copied from a browser: the Sacramento Bee, the Orlando Sentinel,
        // STV News, Screen Rant, the Jakarta Globe, the Daily Monitor). As it arrived 0.954/0.962, with the
        // session's starting code (4af217d) and with the rules of 71's study alike: no page lost. Studied: 0.989/0.995
        "attribution-blind73, 0.98, 0.99",
        // written 2026-11-25 (its second reader found no plain mistakes): the same, a nineteenth time (the
        // Charlotte Observer, the Star-Ledger, a Yorkshire Evening Post live blog, the Kathmandu Post, GamesRadar, the
        // Otago Daily Times, IOL, the Times of Oman; texts copied from a browser: the Tennessean, the Plain Dealer,
        // the Bristol Post, TheWrap, the Manila Times, the Kuwait Times). As it arrived 0.980/0.982, with the
        // session's starting code (4af217d) and with the rules of 71's and 72's studies alike: no page lost.
        // Studied: 0.997/0.995
        "attribution-blind74, 0.99, 0.99",
        // written 2026-11-25 (its second reader found no plain mistakes): the same, a twentieth time (the
        // Seattle Times, the Scotsman, a CBC News live blog, Dawn, Polygon, the New Zealand Herald, the Daily
        // Maverick, Arab News; texts copied from a browser: the Denver Post, the Oregonian, the Belfast Telegraph,
        // Deadline, the Jakarta Post, the Jamaica Gleaner). As it arrived 0.927/0.939, with the session's starting
        // code (a51092c) and with the rules of 73's study alike: no page lost. Studied: 0.974/0.987
        "attribution-blind75, 0.97, 0.98",
        // written 2026-11-25 (its second reader found no plain mistakes): the same, a twenty-first time (the
        // Minneapolis Star Tribune, the Irish Independent, an ABC News live blog, the Hindustan Times, IGN, RNZ, The
        // Namibian, the Khaleej Times with its story in divs; texts copied from a browser: the Houston Chronicle, the
        // Tampa Bay Times, the Yorkshire Post, Variety, the Philippine Daily Inquirer, the Trinidad Guardian). As it
        // arrived 0.963/0.961, with the session's starting code (a51092c) and with the rules of 73's and 74's studies
        // alike: no page lost. Studied: 0.989/0.986
        "attribution-blind76, 0.98, 0.98",
        // written 2026-11-25 (its second reader found one plain mistake, mended: a late father never named had
        // been keyed by name): the same, a twenty-second time (the Oregonian, the Belfast Telegraph, a Reuters live
        // blog, the Times of India with its story as text between <br>, GameSpot, Stuff, the Daily Nation, The
        // National; texts copied from a browser: the Charlotte Observer, the Sacramento Bee, the Manchester Evening
        // News, The Hollywood Reporter, the Straits Times, the Jamaica Gleaner). As it arrived 0.953/0.956 with the
        // session's starting code (a276fa1), 0.958/0.961 with the rules of 75's study; no body paragraph lost, though one subhead was and furniture leaked from four pastes (mended since). Studied: 0.988/0.990
        "attribution-blind77, 0.98, 0.98",
        // written 2026-11-25 (its second reader found no plain mistakes): the same, a twenty-third time (the
        // Philadelphia Inquirer, the Liverpool Echo, an NBC News live blog, the Indian Express, PC Gamer, the Sydney
        // Morning Herald, the Citizen, Gulf Today with its story in divs; texts copied from a browser: the Arizona
        // Republic, the Kansas City Star, the Glasgow Herald, IndieWire, the Bangkok Post, Barbados Today). As it
        // arrived 0.979/0.984, with the session's starting code (a276fa1) and with the rules of 75's and 76's studies
        // alike; no body paragraph lost, though newsletter lines leaked from a page and a paste (mended since).
        // Studied: 0.984/0.992
        "attribution-blind78, 0.98, 0.99",
        // written 2026-11-25 (its second reader found no plain mistakes): the same, a twenty-fourth time (the
        // Boston Globe, the Yorkshire Evening Post, a BBC News live page, the Deccan Herald, Eurogamer, the Brisbane
        // Times, the Daily Monitor with its story in divs, the Oman Observer; texts copied from a browser: the San
        // Antonio Express-News, the Milwaukee Journal Sentinel, the Edinburgh Evening News, Screen Daily, the Manila
        // Bulletin, the Nassau Guardian). The session's starting code (a276fa1) threw on its live page, whose post
        // titles carry their header strip's class; with that mended, 0.925/0.921 as it arrived, 0.930/0.926 with
        // the rules of 75's, 76's and 77's studies. Furniture leaked from four files and one title was wrong (mended
        // since). Studied: 0.988/0.986
        "attribution-blind79, 0.98, 0.98",
        // written 2026-11-25 (its second reader found no plain mistakes): the same, a twenty-fifth time (the
        // Chicago Tribune, the Bristol Post, a Sky News live page, the Hindustan Times, IGN, the Canberra Times, the
        // Standard with its story in divs, Gulf News with its story over several containers; texts copied from a
        // browser: the Denver Post, the Star Tribune, the Press and Journal, Deadline, the Philippine Star, the
        // Trinidad Guardian). As it arrived 0.936/0.944 with the session's starting code (a890438), 0.945/0.953 with
        // the rules of 79's study; every body paragraph found, furniture leaked from two pastes (mended since).
        // Studied in part: 0.969/0.972
        "attribution-blind80, 0.96, 0.97",
        // unseen, written 2026-11-25 (its second reader found no plain mistakes): the same, a twenty-sixth time (the
        // Washington Post, the Manchester Evening News, a Guardian live blog, the Times of India with its story in
        // divs, Polygon, the Sydney Morning Herald, the Daily Monitor, the Khaleej Times; texts copied from a browser:
        // the Seattle Times, the Tampa Bay Times, WalesOnline, Variety, the Straits Times, the Jamaica Observer).
        // 0.963/0.973 as it arrived, with the session's starting code (a890438) and with the rules of 79's and 80's
        // studies alike; every body paragraph found, furniture leaked from five pastes (mended since)
        "attribution-blind81, 0.96, 0.97",
    })
    void attributionMeetsItsPrecisionAndRecallOnEveryCorpus(String corpus, double minPrecision, double minRecall)
            throws IOException {
        measure(RESOURCES.resolve(corpus), minPrecision, minRecall);
    }

    /**
     * Precision and recall of one corpus, printed with what kind each miss is, so a run shows
     * where attribution fails: a quote given no speaker where the key names one, the wrong
     * person, a person where the key says nobody, a key quote not found, a quote the key does
     * not hold. {@code -Dattribution.misses=true} prints every miss too, except for the corpora named in
     * {@code -Dattribution.unseen=attribution-blind59,…}: a corpus kept as the next unseen measure shows only its
     * figures, even when it falls below its floor, so that someone studying another corpus cannot learn from it.
     */
    private static void measure(Path corpus, double minPrecision, double minRecall) throws IOException {
        JsonNode key = new ObjectMapper().readTree(corpus.resolve("answers.json").toFile());
        Extractor extractor = new Extractor(ConfigLoader.defaults());
        int extracted = 0;
        int expected = 0;
        int right = 0;
        Map<String, Integer> kinds = new TreeMap<>();
        StringBuilder misses = new StringBuilder();
        for (JsonNode file : key) {
            Path path = corpus.resolve(file.get("file").asText());
            List<Quote> found;
            try {
                found = extractor.extract(new FrontMatterParser().parse(new SourceReader(Path.of("")).read(path))).article().quotes();
            } catch (ChorusException e) {
                // a page whose body is not found yields nothing: every quote of it is missed
                found = List.of();
                misses.append(file.get("file").asText()).append(": ").append(e.getMessage()).append('\n');
            }
            List<Pair> want = new ArrayList<>();
            file.get("quotes").forEach(q -> want.add(new Pair(norm(q.get("text").asText()),
                    q.get("speaker").isNull() ? null : name(q.get("speaker").asText()))));
            expected += want.size();
            List<Pair> wrong = new ArrayList<>();
            for (Quote q : found) {
                extracted++;
                Pair got = new Pair(norm(q.text()), q.speaker() == null ? null : name(q.speaker()));
                if (want.remove(got)) {
                    right++;
                } else {
                    wrong.add(got);
                }
            }
            for (Pair got : wrong) {
                Pair keyed = want.stream().filter(w -> w.text().equals(got.text())).findFirst().orElse(null);
                String kind = keyed == null ? "extra" : got.speaker() == null ? "no speaker"
                        : keyed.speaker() == null ? "speaker for nobody" : "wrong person";
                if (keyed != null) {
                    want.remove(keyed);
                }
                kinds.merge(kind, 1, Integer::sum);
                misses.append(file.get("file").asText()).append(": ").append(kind).append(": ").append(got)
                        .append(keyed == null ? "" : " (key: " + keyed.speaker() + ")").append('\n');
            }
            for (Pair missed : want) {
                kinds.merge("missed", 1, Integer::sum);
                misses.append(file.get("file").asText()).append(": missed: ").append(missed).append('\n');
            }
        }
        double precision = right / (double) extracted;
        double recall = right / (double) expected;
        System.out.printf("attribution %s: precision %.3f (%d/%d), recall %.3f (%d/%d), misses %s%n",
                corpus.getFileName(), precision, right, extracted, recall, right, expected, kinds);
        boolean unseen = List.of(System.getProperty("attribution.unseen", "").split(","))
                .contains(corpus.getFileName().toString());
        if (Boolean.getBoolean("attribution.misses") && !unseen) {
            System.out.print(misses);
        }
        assertTrue(precision >= minPrecision && recall >= minRecall,
                String.format("precision %.3f, recall %.3f; misses:%n%s", precision, recall,
                        unseen ? "(kept unseen)" : misses));
    }

    /**
     * A speaker's name with one kind of apostrophe: a key typed "Mu'id" for the "Mu’id" an article
     * printed means the same letters, and Chorus keeps the one printed.
     */
    private static String name(String s) {
        return s.replace('’', '\'').replace('ʼ', '\'').replace('‘', '\'');
    }

    private static String norm(String s) {
        return String.join(" ", Objects.requireNonNull(s).strip().split("\\s+"));
    }
}
