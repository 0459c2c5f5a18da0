package dev.symbolon.processor.random;

/**
 * Why a program failed. Shrinking keeps a smaller program only if it fails in the same
 * {@code category}, so that it does not wander off to another bug; {@code detail} says what differed.
 */
record Failure(String category, String detail) {
    /** An exception, categorized by its class and the frame that threw it. */
    static Failure thrown(String where, Throwable t) {
        StackTraceElement[] trace = t.getStackTrace();
        String frame = trace.length == 0 ? "" : " at " + trace[0].getClassName() + "." + trace[0].getMethodName();
        return new Failure(where + " threw " + t.getClass().getName() + frame, String.valueOf(t));
    }
}
