package dev.chorus.model;

/** The command line asks for something Chorus refuses to do; exit code 2, not 1. */
public class UsageException extends ChorusException {
    public UsageException(String message) {
        super(null, message);
    }
}
