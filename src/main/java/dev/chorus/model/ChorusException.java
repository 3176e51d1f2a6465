package dev.chorus.model;

/**
 * A problem with the user's input that they can fix: printed as {@code path:line: message}
 * without a stack trace. Programming errors stay ordinary exceptions.
 */
public class ChorusException extends RuntimeException {
    private final transient SourcePos pos;

    public ChorusException(SourcePos pos, String message) {
        super(message);
        this.pos = pos;
    }

    public ChorusException(SourcePos pos, String message, Throwable cause) {
        super(message, cause);
        this.pos = pos;
    }

    /** May be null when the problem is not tied to a file. */
    public SourcePos pos() {
        return pos;
    }

    /** The line a person reads: {@code seeds/x.txt:3: what is wrong}. */
    public String describe() {
        return pos == null ? getMessage() : pos + ": " + getMessage();
    }
}
