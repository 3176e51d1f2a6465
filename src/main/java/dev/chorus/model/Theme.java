package dev.chorus.model;

import java.util.List;

/** A theme of the digest: configured in chorus.yml, or created by a front-matter tag. */
public record Theme(String slug, String title, String description, List<String> keywords) {

    public Theme {
        keywords = List.copyOf(keywords);
    }
}
