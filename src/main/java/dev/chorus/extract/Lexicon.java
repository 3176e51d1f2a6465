package dev.chorus.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

/**
 * Word lists that let extraction tell people from places and organisations. Loaded once per
 * build and shared read-only.
 */
final class Lexicon {
    private final Set<String> givenNames;
    private final Set<String> places;
    private final Set<String> organisationWords;
    private final Map<String, Character> genders;

    private Lexicon(Set<String> givenNames, Set<String> places, Set<String> organisationWords,
                    Map<String, Character> genders) {
        this.givenNames = givenNames;
        this.places = places;
        this.organisationWords = organisationWords;
        this.genders = genders;
    }

    static Lexicon load() {
        Map<String, Character> genders = new HashMap<>();
        for (String line : read("given-name-genders.txt", false)) {
            int tab = line.indexOf('\t');
            if (tab > 0 && tab + 1 < line.length()) {
                genders.put(line.substring(0, tab), line.charAt(tab + 1));
            }
        }
        Set<String> given = new HashSet<>(read("given-names.txt", false));
        given.addAll(genders.keySet());
        return new Lexicon(Set.copyOf(given), read("places.txt", true), read("organisation-words.txt", true),
                Map.copyOf(genders));
    }

    /** 'm' or 'f' for a given name used nearly always for one gender, else 0. */
    char genderOf(String givenName) {
        Character g = genders.get(givenName);
        return g == null ? 0 : g;
    }

    boolean isGivenName(String token) {
        return givenNames.contains(token);
    }

    boolean isPlace(String name) {
        return places.contains(name.toLowerCase(Locale.ROOT));
    }

    boolean isOrganisationWord(String token) {
        if (token.length() == 2 && Character.isLowerCase(token.charAt(1)) && !token.equals("Co")) {
            // "AG", "FC", "TV" are written in capitals; "Ibrahim Ag Alhassane" is a Tuareg "son of"
            return false;
        }
        return organisationWords.contains(token.toLowerCase(Locale.ROOT));
    }

    private static Set<String> read(String name, boolean lowerCase) {
        Set<String> out = new HashSet<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    out.add(lowerCase ? s.toLowerCase(Locale.ROOT) : s);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }
}
