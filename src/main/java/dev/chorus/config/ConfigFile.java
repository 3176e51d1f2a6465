package dev.chorus.config;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.util.List;

/** The shape of chorus.yml as Jackson binds it; unknown keys are rejected with their line. */
record ConfigFile(String title, String description, String baseUrl, String language, String cname,
                  List<ThemeEntry> themes, List<SpeakerEntry> speakers,
                  @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                  List<String> boilerplate, Integer feedLimit,
                  String maxFileSize, Boolean unsafeRawHtml) {

    record ThemeEntry(String slug, String title, String description,
                      @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                      List<String> keywords) {
    }

    record SpeakerEntry(String name, String slug,
                        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                        List<String> aliases,
                        String role, String bio, List<LinkEntry> links) {
    }

    record LinkEntry(String title, String url) {
    }
}
