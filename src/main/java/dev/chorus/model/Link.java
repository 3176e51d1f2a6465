package dev.chorus.model;

/** A labelled external link. */
public record Link(String title, String url) {
}
