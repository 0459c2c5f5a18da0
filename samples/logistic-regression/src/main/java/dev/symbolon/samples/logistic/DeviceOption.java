package dev.symbolon.samples.logistic;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;

/** The values of {@code --device}, in the spelling of Symbolon's device names. */
public enum DeviceOption {
    CPU, CUDA, AUTO;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads the option's value. */
    static final class Converter implements ITypeConverter<DeviceOption> {
        @Override
        public DeviceOption convert(String text) {
            return OptionSpelling.parse(DeviceOption.class, text);
        }
    }
}
