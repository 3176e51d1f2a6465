package dev.chorus.model;

import java.util.List;

/** A person who is quoted; role, bio and links come from the speaker registry in chorus.yml. */
public record Speaker(String slug, String name, List<String> aliases, String role, String bio,
                      List<Link> links) {

    public Speaker {
        aliases = List.copyOf(aliases);
        links = List.copyOf(links);
    }

    public static Speaker named(String slug, String name) {
        return new Speaker(slug, name, List.of(), null, null, List.of());
    }
}
