package dev.chorus.model;

/** What sort of piece an article is: a report quotes a named speaker, an essay does not. */
public enum Kind {
    REPORT, ESSAY;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
