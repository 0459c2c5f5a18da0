package dev.symbolon.samples.logistic;

/**
 * A failure the user can fix (unreadable data, an unavailable device, an unwritable output folder):
 * the command reports its message as one line, without a stack trace, and exits with status 1.
 */
public class SampleException extends Exception {
    private static final long serialVersionUID = 1L;

    public SampleException(String message) {
        super(message);
    }

    public SampleException(String message, Throwable cause) {
        super(message, cause);
    }
}
