package dev.symbolon.samples.logistic.data;

import java.util.List;

/**
 * A binary classification task ready for training: raw features split into a training and a test
 * set, the features' names, and the names of the classes that labels 0 and 1 stand for.
 */
public record Problem(String description, Examples train, Examples test, List<String> featureNames,
                      String negativeClass, String positiveClass) {
    public Problem {
        featureNames = List.copyOf(featureNames);
        if (featureNames.size() != train.featureCount()) {
            throw new IllegalArgumentException(featureNames.size() + " feature names for " + train.featureCount()
                    + " features");
        }
        if (train.featureCount() != test.featureCount()) {
            throw new IllegalArgumentException("training set has " + train.featureCount()
                    + " features, test set " + test.featureCount());
        }
    }
}
