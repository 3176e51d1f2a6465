package dev.chorus.extract;

/**
 * Who an attribution clause points at, before it is resolved to a person.
 *
 * @param text  the name as written, for NAME
 * @param start offset of the reference within the text it was found in
 * @param end   offset just past the reference as written
 * @param oblique    the name follows a preposition ("a spokesperson for Acme"), so it is not
 *                   the one speaking
 * @param possessive the name owns what follows ("Harper's campaign said"), which is the speaker
 */
record PersonRef(Type type, String text, int start, int end, boolean oblique, boolean possessive) {

    PersonRef(Type type, String text, int start, int end) {
        this(type, text, start, end, false, false);
    }

    /** Whether this reference can be the one who speaks: not "for Acme", not "Harper's campaign". */
    boolean canSpeak() {
        return !oblique && !possessive;
    }

    enum Type {
        /** A capitalised name: "Stallone", "Sylvester Stallone", "Dr Smith". */
        NAME,
        /** he, she, they. */
        PRONOUN,
        /** "the actor", "the 78-year-old star": a role standing for someone named before. */
        DESCRIPTOR,
        /** An organisation or outlet: a source, not a speaker. */
        ORGANISATION
    }
}
