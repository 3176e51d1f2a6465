package dev.chorus.serve;

/**
 * What the server shows: the number of the last build, counted from 1, and its error message
 * (null when it succeeded). {@code finishedAt} is when it ended, in epoch milliseconds.
 */
record BuildState(long number, String error, long finishedAt) {
    boolean failed() {
        return error != null;
    }
}
