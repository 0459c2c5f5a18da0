package dev.symbolon.samples.spark;

import dev.symbolon.samples.logistic.DataOption;
import dev.symbolon.samples.logistic.SampleException;
import dev.symbolon.samples.logistic.data.BreastCancer;
import dev.symbolon.samples.logistic.data.FashionMnist;
import dev.symbolon.samples.logistic.data.LabelledImages;
import dev.symbolon.samples.logistic.data.Problem;
import java.nio.file.Path;
import java.util.Arrays;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The data the Spark samples train on: Fashion-MNIST (T-shirt/top against the rest) where its files
 * are (Debian's {@code dataset-fashion-mnist} installs them in {@link FashionMnist#DEFAULT_DIR}), else
 * the bundled breast-cancer data, unless {@code --data} names one.
 */
final class ProblemChoice {
    private ProblemChoice() {
    }

    /**
     * @param data the data asked for, or null for whichever is at hand
     * @param fashionMnistDir where Fashion-MNIST's files are, or null for the default folder
     * @param seed the bundled data's train/test split
     */
    static Problem load(DataOption data, Path fashionMnistDir, long seed) throws SampleException {
        Path dir = fashionMnistDir != null ? fashionMnistDir : FashionMnist.DEFAULT_DIR;
        boolean fashion = data == DataOption.FASHION_MNIST || (data == null && LabelledImages.isInstalled(dir));
        if (!fashion) {
            return BreastCancer.load(seed);
        }
        try {
            return FashionMnist.load(dir, 0);
        } catch (SampleException e) {
            throw new SampleException("cannot load Fashion-MNIST: " + e.getMessage() + " (Debian's "
                    + "dataset-fashion-mnist package installs it in " + FashionMnist.DEFAULT_DIR
                    + "; --fashion-mnist-dir names another folder)", e);
        }
    }

    /** Reads {@code --data}: {@code breast-cancer} or {@code fashion-mnist}. */
    static final class Converter implements ITypeConverter<DataOption> {
        @Override
        public DataOption convert(String text) {
            return Arrays.stream(DataOption.values()).filter(d -> d.toString().equals(text)).findFirst()
                    .orElseThrow(() -> new TypeConversionException("'" + text + "' is no data set; take one of "
                            + Arrays.toString(DataOption.values())));
        }
    }
}
