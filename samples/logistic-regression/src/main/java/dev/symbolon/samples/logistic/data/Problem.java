package dev.symbolon.samples.logistic.data;

/**
 * A binary classification task ready for training: raw features split into a training and a test
 * set, and the names of the classes that labels 0 and 1 stand for.
 */
public record Problem(String description, Examples train, Examples test, String negativeClass, String positiveClass) {
    public Problem {
        if (train.featureCount() != test.featureCount()) {
            throw new IllegalArgumentException("training set has " + train.featureCount()
                    + " features, test set " + test.featureCount());
        }
    }
}
