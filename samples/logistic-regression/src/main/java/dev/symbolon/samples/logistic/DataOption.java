package dev.symbolon.samples.logistic;

import picocli.CommandLine.ITypeConverter;

/** The values of {@code --data}. */
public enum DataOption {
    BREAST_CANCER("breast-cancer"),
    FASHION_MNIST("fashion-mnist");

    private final String spelling;

    DataOption(String spelling) {
        this.spelling = spelling;
    }

    /** The spelling on the command line. */
    @Override
    public String toString() {
        return spelling;
    }

    /** Reads the option's value. */
    static final class Converter implements ITypeConverter<DataOption> {
        @Override
        public DataOption convert(String text) {
            return OptionSpelling.parse(DataOption.class, text);
        }
    }
}
