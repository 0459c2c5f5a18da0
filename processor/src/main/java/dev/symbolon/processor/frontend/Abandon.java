package dev.symbolon.processor.frontend;

/**
 * Stops reading the current statement after its error was reported (or after it used a local whose
 * own declaration failed), so that reading goes on with the next statement and finds its errors too.
 */
final class Abandon extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Abandon() {
        super(null, null, false, false);
    }
}
