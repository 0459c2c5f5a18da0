package dev.symbolon.samples.logistic;

import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads an enum-valued option by the spelling its constants' {@code toString} gives (such as
 * {@code fashion-mnist}), ignoring case; picocli's own enum conversion lists the Java names too.
 */
final class OptionSpelling {
    private OptionSpelling() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String text) {
        for (E value : type.getEnumConstants()) {
            if (value.toString().equalsIgnoreCase(text.trim())) {
                return value;
            }
        }
        throw new TypeConversionException("expected one of " + Arrays.stream(type.getEnumConstants())
                .map(Object::toString).collect(Collectors.joining(", ")) + " but was '" + text + "'");
    }
}
