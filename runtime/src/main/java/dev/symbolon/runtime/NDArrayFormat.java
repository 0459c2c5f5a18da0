package dev.symbolon.runtime;

/**
 * The layout of {@link NDArray#toString()}, ported from NumPy's {@code _formatArray}: nested brackets,
 * one row of the last axis per line, {@code axes - 1} newlines between blocks, lines wrapped at 75
 * characters, and arrays of more than 1000 elements summarized to 3 items at each end of every axis.
 */
final class NDArrayFormat {
    private static final int LINE_WIDTH = 75;
    private static final int SUMMARY_THRESHOLD = 1000;
    private static final int EDGE_ITEMS = 3;
    private static final String SEPARATOR = " ";
    private static final String SUMMARY = "...";

    private final int[] shape;
    private final boolean summarize;
    private final String[] words;
    private int nextWord;

    private NDArrayFormat(int[] shape, boolean summarize, String[] words) {
        this.shape = shape;
        this.summarize = summarize;
        this.words = words;
    }

    static String format(NDArray array) {
        if (array.rank() == 0) {
            return ElementFormat.scalar(array);
        }
        if (array.size() == 0) {
            return "[]";
        }
        int[] shape = array.shape();
        boolean summarize = array.size() > SUMMARY_THRESHOLD;
        int[] shown = new int[countShown(shape, summarize)];
        collectShown(shape, summarize, 0, 0, shown, new int[1]);
        String[] words = ElementFormat.words(array, shown);
        return new NDArrayFormat(shape, summarize, words).block(0, " ", LINE_WIDTH);
    }

    private static boolean summarized(boolean summarize, int length) {
        return summarize && 2 * EDGE_ITEMS < length;
    }

    private static int countShown(int[] shape, boolean summarize) {
        int count = 1;
        for (int length : shape) {
            count *= summarized(summarize, length) ? 2 * EDGE_ITEMS : length;
        }
        return count;
    }

    /** The flat indices of the printed elements, in the order {@link #block} prints them. */
    private static void collectShown(int[] shape, boolean summarize, int axis, int base, int[] out, int[] count) {
        if (axis == shape.length) {
            out[count[0]++] = base;
            return;
        }
        int length = shape[axis];
        for (int i = 0; i < length; i++) {
            if (summarized(summarize, length) && i == EDGE_ITEMS) {
                i = length - EDGE_ITEMS;
            }
            collectShown(shape, summarize, axis + 1, base * length + i, out, count);
        }
    }

    /** One bracketed block for the axes from {@code axis} on; the first line's indent is cut off. */
    private String block(int axis, String indent, int width) {
        int length = shape[axis];
        boolean showSummary = summarized(summarize, length);
        int leading = showSummary ? EDGE_ITEMS : 0;
        int trailing = showSummary ? EDGE_ITEMS : length;
        StringBuilder text = new StringBuilder();
        if (axis == shape.length - 1) {
            int elementWidth = width - 1;
            StringBuilder line = new StringBuilder(indent);
            for (int i = 0; i < leading; i++) {
                extendLine(text, line, words[nextWord++], elementWidth, indent);
                line.append(SEPARATOR);
            }
            if (showSummary) {
                extendLine(text, line, SUMMARY, elementWidth, indent);
                line.append(SEPARATOR);
            }
            for (int i = trailing; i > 1; i--) {
                extendLine(text, line, words[nextWord++], elementWidth, indent);
                line.append(SEPARATOR);
            }
            extendLine(text, line, words[nextWord++], elementWidth, indent);
            text.append(line);
        } else {
            String innerIndent = indent + " ";
            String rowSeparator = "\n".repeat(shape.length - axis - 1);
            for (int i = 0; i < leading; i++) {
                text.append(indent).append(block(axis + 1, innerIndent, width - 1)).append(rowSeparator);
            }
            if (showSummary) {
                text.append(indent).append(SUMMARY).append(rowSeparator);
            }
            for (int i = trailing; i > 1; i--) {
                text.append(indent).append(block(axis + 1, innerIndent, width - 1)).append(rowSeparator);
            }
            text.append(indent).append(block(axis + 1, innerIndent, width - 1));
        }
        return "[" + text.substring(indent.length()) + "]";
    }

    /** Appends a word to the line, first moving to a new line if it would pass the width and that helps. */
    private static void extendLine(StringBuilder text, StringBuilder line, String word, int width, String indent) {
        if (line.length() + word.length() > width && line.length() > indent.length()) {
            text.append(line.toString().stripTrailing()).append('\n');
            line.setLength(0);
            line.append(indent);
        }
        line.append(word);
    }
}
