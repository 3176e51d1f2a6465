package dev.chorus.extract;

import dev.chorus.model.Speaker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
    private static final Pattern DESCRIPTOR = Pattern.compile("(?<![\\p{L}])the\\s+(?:[\\p{L}\\d’'\\-]+\\s+){0,3}?("
            + String.join("|", Vocabulary.ROLE_NOUNS) + ")(?![\\p{L}\\-])", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_AUX = Pattern.compile(
            "(?:\\s+(?:has|had|have|also|later|then|once|would|will|simply|\\p{L}+ly))+\\s*$");
    private static final Pattern BEFORE_TAIL = Pattern.compile(
            "(?:" + Vocabulary.SPEECH_VERBS + ")(?:\\s+[\\p{L}’'\\-]+){0,4}\\s*[:,—–]\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ACCORDING_TO = Pattern.compile(
            "(?i)according to\\s+(?<who>[^,:;.]{1,60})[,:]\\s*$");
    private static final Pattern CONTINUATION_REST = Pattern.compile(
            "^[\\s\\p{P}]*(?:(?:and|adding|before adding|then|but|continuing|going on|he added|she added)\\b[\\s\\p{P}]*)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ELIDED_SUBJECT = Pattern.compile(
            "^[\\s,]*(?:and|but|then|before|while|later)\\s+(?:[\\p{L}’'\\-]+\\s+){0,2}?(?:" + Vocabulary.SPEECH_VERBS
                    + ")\\b[^.!?]*$", Pattern.CASE_INSENSITIVE);
    /** ", a historian at the local university." after "said Dr Amina Yusuf". */
    private static final Pattern APPOSITIVE_REST = Pattern.compile(
            "^,\\s+(?:a|an|the|who|which)\\s+[^.!?“”\"]{0,120}[.,:;]?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"”’)]*\\s+(?=[\\p{Lu}\"“‘(\\d])");
    private static final int PARAGRAPH_STRIDE = 1_000_000;

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
        return new Pass(paragraphs).run(title);
    }

    /** The state of one article's pass; a new one for every article. */
    private final class Pass {
        private final List<String> paragraphs;
        private final List<String> known = new ArrayList<>();
        private final List<Mention> mentions = new ArrayList<>();
        private final Map<String, Integer> counts = new HashMap<>();
        private final Set<String> named = new LinkedHashSet<>();
        /** Role words seen with a person: "director Ted Kotcheff", "Health Secretary Wes Streeting". */
        private final Map<String, Set<String>> roles = new HashMap<>();
        /** 'm' or 'f' once a he or she has been resolved to the person. */
        private final Map<String, Character> gender = new HashMap<>();

        private record Mention(String name, long pos, boolean subject) {
        }

        private record Attribution(PersonRef ref, int refBase, int clauseEnd) {
        }

        Pass(List<String> paragraphs) {
            this.paragraphs = paragraphs;
        }

        Result run(String title) {
            for (String p : paragraphs) {
                for (NameScanner.Hit hit : NameScanner.scan(p, 0, p.length())) {
                    String name = hit.character() ? null : resolveName(hit.tokens(), hit.honorific(), hasRoleCue(hit, p));
                    if (name != null) {
                        named.add(name);
                        counts.merge(name, 1, Integer::sum);
                        noteRoles(name, hit, p);
                    }
                }
            }
            if (title != null) {
                for (NameScanner.Hit hit : NameScanner.scan(title, 0, title.length())) {
                    String name = knownPrefix(hit.tokens());
                    if (name != null) {
                        mentions.add(new Mention(name, -1, true));
                        counts.merge(name, 2, Integer::sum);
                    }
                }
            }
            List<FoundQuote> quotes = new ArrayList<>();
            for (int i = 0; i < paragraphs.size(); i++) {
                paragraph(i, quotes);
            }
            endChain(quotes);
            Set<String> speakers = new LinkedHashSet<>();
            for (FoundQuote q : quotes) {
                if (q.speaker() != null) {
                    speakers.add(q.speaker());
                }
            }
            List<String> others = named.stream().filter(n -> !speakers.contains(n)).toList();
            return new Result(quotes, List.copyOf(speakers), others);
        }

        /**
         * The parts of a quote that runs over several paragraphs (indexes into the found
         * quotes): each paragraph reopens the quote and only the last one closes it. Empty when
         * no quote is running on.
         */
        private final List<Integer> chain = new ArrayList<>();

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
            List<QuoteSpans.Span> spans = QuoteSpans.find(text);
            int from = 0;
            for (QuoteSpans.Span s : spans) {
                noteMentions(text, from, s.open(), base);
                from = s.end(text);
            }
            noteMentions(text, from, text.length(), base);

            String previousSpeaker = null;
            Attribution previousAttribution = null;
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
                Attribution a = matchAfter(after, end);
                if (a == null) {
                    a = matchBefore(text, prevEnd, span.open());
                }
                if (a != null) {
                    speaker = resolve(a.ref(), base + a.refBase());
                    attributed = true;
                } else if (k > 0 && previousSpeaker != null && continues(before, previousAttribution, prevEnd)) {
                    speaker = previousSpeaker;
                    attributed = true;
                } else if (k == 0 && continuing) {
                    speaker = out.get(chain.get(chain.size() - 1)).speaker();
                    attributed = true;
                } else {
                    a = matchEmbedded(text, prevEnd, span.open());
                    if (a != null) {
                        speaker = resolve(a.ref(), base + a.refBase());
                        attributed = true;
                    } else if (k > 0 && previousSpeaker != null && ELIDED_SUBJECT.matcher(before).find()) {
                        // "… said the plan was “x” and argued that critics were “y”": same speaker
                        speaker = previousSpeaker;
                        attributed = true;
                    }
                }
                if (speaker != null) {
                    mentions.add(new Mention(speaker, base + (a != null ? a.refBase() : span.open()), true));
                }
                String quoteText = span.text(text);
                boolean inChain = (k == 0 && continuing) || !span.closed();
                if (inChain || isSpeech(quoteText, attributed && speaker != null)) {
                    out.add(new FoundQuote(quoteText, speaker, index + 1, span.open(), end));
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
                prevEnd = end;
            }
        }

        /** Unattributed short or title-like spans are scare quotes, terms and titles, not speech. */
        private boolean isSpeech(String quote, boolean attributed) {
            String[] words = quote.split("\\s+");
            boolean titleLike = true;
            for (String w : words) {
                if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && w.length() > 3) {
                    titleLike = false;
                }
            }
            if (titleLike && words.length <= 6) {
                return false;
            }
            return attributed || words.length >= 4;
        }

        private static final Pattern APPOSITIVE = Pattern.compile("^,\\s+(?:the|a|an|its|their)\\s+((?:[\\p{L}\\-]+\\s+){0,3}[\\p{L}\\-]+)");

        /** "director Ted Kotcheff", "Keir Starmer, the Labour leader": the text says this is a person. */
        private boolean hasRoleCue(NameScanner.Hit hit, String text) {
            if (hit.tokens().size() < 2) {
                return false;
            }
            if (Vocabulary.ROLE_NOUNS.contains(hit.before())) {
                return true;
            }
            Matcher m = APPOSITIVE.matcher(text.substring(Math.min(text.length(), hit.end())));
            if (m.find()) {
                for (String w : m.group(1).split("\\s+")) {
                    if (Vocabulary.ROLE_NOUNS.contains(w.toLowerCase(Locale.ROOT))) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** Remembers the role words written before or after a name, for "the minister said". */
        private void noteRoles(String name, NameScanner.Hit hit, String text) {
            Set<String> r = new java.util.HashSet<>();
            if (Vocabulary.ROLE_NOUNS.contains(hit.before())) {
                r.add(hit.before());
            }
            for (String t : hit.tokens()) {
                String lower = t.toLowerCase(Locale.ROOT);
                if (Vocabulary.ROLE_NOUNS.contains(lower)) {
                    r.add(lower);
                }
            }
            Matcher m = APPOSITIVE.matcher(text.substring(Math.min(text.length(), hit.end())));
            if (m.find()) {
                for (String w : m.group(1).split("\\s+")) {
                    String lower = w.toLowerCase(Locale.ROOT);
                    if (Vocabulary.ROLE_NOUNS.contains(lower)) {
                        r.add(lower);
                    }
                }
            }
            Set<String> all = roles.computeIfAbsent(name, k -> new java.util.HashSet<>());
            for (String role : r) {
                all.add(role);
                all.addAll(Vocabulary.ROLE_SYNONYMS.getOrDefault(role, Set.of()));
            }
        }

        private void noteMentions(String text, int from, int to, long base) {
            if (from >= to) {
                return;
            }
            for (NameScanner.Hit hit : NameScanner.scan(text, from, to)) {
                if (hit.character()) {
                    continue;
                }
                String name = resolveName(hit.tokens(), hit.honorific(), false);
                if (name != null) {
                    mentions.add(new Mention(name, base + hit.start(), !hit.oblique()));
                }
            }
        }

        /** "…," Stallone said. / "…," said Stallone. / "…," the actor added. */
        private Attribution matchAfter(String after, int offset) {
            String s = after.length() > 160 ? after.substring(0, 160) : after;
            Matcher end = SENTENCE_END.matcher(s);
            if (end.find()) {
                s = s.substring(0, end.start() + 1);
            }
            Matcher v = Vocabulary.VERB.matcher(s);
            if (!v.find()) {
                return null;
            }
            String pre = s.substring(0, v.start());
            String lead = pre.replaceFirst("^[\\s,;:—–\\-]+", "");
            int leadOffset = pre.length() - lead.length();
            lead = TRAILING_AUX.matcher(lead).replaceFirst("").stripTrailing();
            if (!lead.isEmpty()) {
                if (lead.split("\\s+").length > 7) {
                    return null;
                }
                PersonRef ref = lastRef(lead, true);
                if (ref == null) {
                    return null;
                }
                return new Attribution(ref, offset + leadOffset + ref.start(), offset + v.end());
            }
            String post = s.substring(v.end());
            Matcher stop = Pattern.compile("[,.;:!?]").matcher(post);
            String who = stop.find() ? post.substring(0, stop.start()) : post;
            if (who.strip().split("\\s+").length > 6) {
                return null;
            }
            List<PersonRef> refs = refsIn(who);
            if (refs.isEmpty()) {
                return null;
            }
            PersonRef ref = refs.get(0);
            return new Attribution(ref, offset + v.end() + ref.start(), offset + v.end() + who.length());
        }

        /** Stallone said: "…" / According to Stallone, "…" */
        private Attribution matchBefore(String text, int prevEnd, int open) {
            int start = sentenceStart(text, prevEnd, open);
            String s = text.substring(start, open);
            Matcher acc = ACCORDING_TO.matcher(s);
            if (acc.find()) {
                List<PersonRef> refs = refsIn(acc.group("who"));
                if (!refs.isEmpty()) {
                    return new Attribution(refs.get(0), start + acc.start("who") + refs.get(0).start(), open);
                }
            }
            Matcher tail = BEFORE_TAIL.matcher(s);
            if (!tail.find()) {
                return null;
            }
            String pre = TRAILING_AUX.matcher(s.substring(0, tail.start())).replaceFirst("").stripTrailing();
            PersonRef ref = lastRef(pre, false);
            return ref == null ? null : new Attribution(ref, start + ref.start(), open);
        }

        /** Howard said Labour was "rattled" / the star cautioned that AI is "…" */
        private Attribution matchEmbedded(String text, int prevEnd, int open) {
            int start = sentenceStart(text, prevEnd, open);
            String s = text.substring(start, open);
            Matcher v = Vocabulary.VERB.matcher(s);
            int verbStart = -1;
            while (v.find()) {
                verbStart = v.start();
            }
            if (verbStart < 0) {
                return null;
            }
            PersonRef ref = lastRef(s.substring(0, verbStart), false);
            return ref == null ? null : new Attribution(ref, start + ref.start(), open);
        }

        /** The quote after "…," he said. continues with the same speaker. */
        private boolean continues(String between, Attribution previous, int prevEnd) {
            if (between.isBlank() || between.strip().matches("[\\p{P}\\s]*")) {
                return true;
            }
            if (previous == null) {
                return false;
            }
            int cut = previous.clauseEnd() - prevEnd;
            if (cut < 0 || cut > between.length()) {
                return false;
            }
            String rest = between.substring(cut);
            return CONTINUATION_REST.matcher(rest).matches() || APPOSITIVE_REST.matcher(rest).matches();
        }

        private int sentenceStart(String text, int floor, int at) {
            int start = floor;
            Matcher m = SENTENCE_END.matcher(text);
            m.region(floor, at);
            m.useTransparentBounds(true);
            while (m.find()) {
                start = m.end();
            }
            return start;
        }

        /** The reference nearest the end of {@code s}; when {@code whole}, it must end it. */
        private PersonRef lastRef(String s, boolean whole) {
            List<PersonRef> refs = refsIn(s);
            if (refs.isEmpty()) {
                return null;
            }
            PersonRef last = refs.get(refs.size() - 1);
            if (whole) {
                String rest = s.substring(last.end()).strip();
                if (!rest.isEmpty() && !rest.matches("[\\p{P}]*")) {
                    return null;
                }
            }
            return last;
        }

        private List<PersonRef> refsIn(String s) {
            List<PersonRef> refs = new ArrayList<>();
            Matcher p = PRONOUN.matcher(s);
            while (p.find()) {
                refs.add(new PersonRef(PersonRef.Type.PRONOUN, p.group(), p.start(), p.end()));
            }
            Matcher d = DESCRIPTOR.matcher(s);
            while (d.find()) {
                refs.add(new PersonRef(PersonRef.Type.DESCRIPTOR, d.group(), d.start(), d.end()));
            }
            for (NameScanner.Hit hit : NameScanner.scan(s, 0, s.length())) {
                if (hit.character()) {
                    continue;
                }
                String written = s.substring(hit.start(), Math.min(s.length(), hit.end()));
                PersonRef.Type type = isOrganisation(hit.tokens()) ? PersonRef.Type.ORGANISATION : PersonRef.Type.NAME;
                if (type == PersonRef.Type.NAME && hit.sentenceStart() && hit.tokens().size() == 1
                        && resolveName(hit.tokens(), null, false) == null && !lexicon.isGivenName(hit.tokens().get(0))) {
                    // "Critics said…", "Somebody shouted…": a capital that only opens the sentence
                    continue;
                }
                String name = (hit.honorific() != null ? hit.honorific() + " " : "") + hit.joined();
                refs.add(new PersonRef(type, type == PersonRef.Type.NAME ? name : written, hit.start(),
                        Math.min(s.length(), hit.end()), hit.oblique()));
            }
            refs.sort((x, y) -> Integer.compare(x.start(), y.start()));
            return refs;
        }

        private boolean isOrganisation(List<String> tokens) {
            String joined = String.join(" ", tokens);
            if (lexicon.isPlace(joined) || registry.containsKey(joined.toLowerCase(Locale.ROOT))) {
                return lexicon.isPlace(joined);
            }
            for (String t : tokens) {
                if (lexicon.isOrganisationWord(t)) {
                    return true;
                }
            }
            return tokens.size() == 1 && tokens.get(0).length() >= 2
                    && tokens.get(0).chars().noneMatch(Character::isLowerCase);
        }

        private String resolve(PersonRef ref, long pos) {
            if (ref.oblique() && ref.type() == PersonRef.Type.NAME) {
                return null;
            }
            return switch (ref.type()) {
                case NAME -> {
                    String[] parts = ref.text().split(" ");
                    String honorific = Vocabulary.HONORIFICS.contains(parts[0]) && parts.length > 1 ? parts[0] : null;
                    List<String> tokens = List.of(parts).subList(honorific == null ? 0 : 1, parts.length);
                    String name = resolveName(tokens, honorific, true);
                    if (name != null) {
                        named.add(name);
                        if (honorific != null) {
                            char g = switch (honorific) {
                                case "Mr", "Sir", "Lord" -> 'm';
                                case "Mrs", "Ms", "Miss", "Dame", "Lady" -> 'f';
                                default -> 0;
                            };
                            if (g != 0) {
                                gender.putIfAbsent(name, g);
                            }
                        }
                    }
                    yield name;
                }
                case DESCRIPTOR -> {
                    String role = ref.text().toLowerCase(Locale.ROOT).replaceAll(".*\\s", "");
                    String byRole = latestWithRole(role, pos);
                    if (byRole != null || !Vocabulary.SUBJECT_ROLES.contains(role)) {
                        yield byRole;
                    }
                    yield salient(pos, genderOf(ref.text()));
                }
                case PRONOUN -> {
                    char g = genderOf(ref.text());
                    String who = salient(pos, g);
                    if (who != null && g != 0) {
                        gender.putIfAbsent(who, g);
                    }
                    yield who;
                }
                case ORGANISATION -> null;
            };
        }

        private String latestWithRole(String role, long pos) {
            Mention best = null;
            for (Mention m : mentions) {
                if (m.pos() < pos && roles.getOrDefault(m.name(), Set.of()).contains(role)
                        && (best == null || m.pos() >= best.pos())) {
                    best = m;
                }
            }
            return best == null ? null : best.name();
        }

        /** 'm' for he, 'f' for she, 0 when the word does not say. */
        private char genderOf(String ref) {
            String w = ref.toLowerCase(Locale.ROOT);
            if (w.equals("he") || w.matches(".*\\b(man|spokesman|chairman|actor)$")) {
                return w.endsWith("actor") ? 0 : 'm';
            }
            if (w.equals("she") || w.matches(".*\\b(woman|spokeswoman|chairwoman|actress)$")) {
                return 'f';
            }
            return 0;
        }

        /**
         * The person a pronoun or role most likely stands for at {@code pos}: the latest one
         * named as acting, else the latest named at all; never one of the other gender.
         */
        private String salient(long pos, char g) {
            Mention best = null;
            Mention anyBest = null;
            for (Mention m : mentions) {
                if (m.pos() >= pos) {
                    continue;
                }
                Character known = gender.get(m.name());
                if (g != 0 && known != null && known != g) {
                    continue;
                }
                if (m.subject() && (best == null || m.pos() >= best.pos())) {
                    best = m;
                }
                if (anyBest == null || m.pos() >= anyBest.pos()) {
                    anyBest = m;
                }
            }
            if (best != null) {
                return best.name();
            }
            if (anyBest != null) {
                return anyBest.name();
            }
            return counts.entrySet().stream()
                    .filter(e -> g == 0 || gender.getOrDefault(e.getKey(), g) == g)
                    .max((x, y) -> x.getValue().equals(y.getValue()) ? y.getKey().compareTo(x.getKey())
                            : Integer.compare(x.getValue(), y.getValue()))
                    .map(Map.Entry::getKey).orElse(null);
        }

        /**
         * A written name to a full name: the registry first, then people already named in the
         * article (a surname finds the full name), then a new person when the words look like a
         * name, or when an attribution says they spoke.
         */
        private String resolveName(List<String> tokens, String honorific, boolean attribution) {
            if (tokens.isEmpty() || isOrganisation(tokens)) {
                return null;
            }
            String joined = String.join(" ", tokens);
            String fromRegistry = registry.get(joined.toLowerCase(Locale.ROOT));
            if (fromRegistry != null) {
                return remember(fromRegistry);
            }
            String prefix = knownPrefix(tokens);
            if (prefix != null) {
                return prefix;
            }
            if (tokens.size() == 1) {
                String t = tokens.get(0);
                String match = null;
                for (String k : known) {
                    String[] parts = k.split(" ");
                    if (parts.length > 1 && parts[parts.length - 1].equals(t)) {
                        match = k;
                    }
                }
                if (match == null) {
                    for (String k : known) {
                        String[] parts = k.split(" ");
                        boolean byFirstName = honorific == null || honorific.equals("Sir") || honorific.equals("Dame");
                        if (parts.length > 1 && parts[0].equals(t) && byFirstName) {
                            match = k;
                        }
                    }
                }
                if (match != null) {
                    return match;
                }
                if (attribution && !Vocabulary.NOT_NAMES.contains(t) && t.length() > 1) {
                    return remember(honorific != null ? honorific + " " + t : t);
                }
                return null;
            }
            if (lexicon.isGivenName(tokens.get(0)) || honorific != null) {
                return remember(joined);
            }
            for (int i = 1; i + 1 < tokens.size(); i++) {
                if (lexicon.isGivenName(tokens.get(i))) {
                    // "Health Secretary Wes Streeting": the capitals before the given name are a title
                    return resolveName(tokens.subList(i, tokens.size()), null, attribution);
                }
            }
            return attribution ? remember(joined) : null;
        }

        private String knownPrefix(List<String> tokens) {
            for (int len = tokens.size(); len >= 2; len--) {
                String candidate = String.join(" ", tokens.subList(0, len));
                String fromRegistry = registry.get(candidate.toLowerCase(Locale.ROOT));
                if (fromRegistry != null) {
                    return remember(fromRegistry);
                }
                if (known.contains(candidate)) {
                    return candidate;
                }
            }
            return null;
        }

        private String remember(String name) {
            if (!known.contains(name)) {
                known.add(name);
            }
            return name;
        }
    }
}
