package dev.symbolon.samples.logistic.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.symbolon.samples.logistic.SampleException;
import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class BreastCancerTest {
    @Test
    void theBundledDataSplitsEightyTwenty() {
        Problem problem = BreastCancer.load(42);
        assertEquals(455, problem.train().size());
        assertEquals(114, problem.test().size());
        assertEquals(30, problem.train().featureCount());
        assertEquals("malignant", problem.negativeClass());
        assertEquals("benign", problem.positiveClass());
        double benign = 0;
        for (Examples part : new Examples[] {problem.train(), problem.test()}) {
            for (double label : part.labels()) {
                benign += label;
            }
        }
        assertEquals(357, benign, "scikit-learn's copy has 357 benign and 212 malignant tumours");
    }

    @Test
    void theSplitDependsOnlyOnTheSeed() {
        assertEquals(BreastCancer.load(42).test(), BreastCancer.load(42).test());
    }

    @Test
    void readsASmallFileAndSplitsIt() throws Exception {
        Problem problem = parse("5,2,no,yes\n1,2,0\n3,4,1\n5,6,0\n7,8,1\n9,10,1\n");
        assertEquals(4, problem.train().size());
        assertEquals(1, problem.test().size());
        assertEquals("yes", problem.positiveClass());
    }

    @Test
    void namesTheLineOfABadValue() {
        assertMessage("line 3: 'x' is not a finite number", "2,2,a,b\n1,2,0\nx,4,1\n");
        assertMessage("line 1: 3 features, but the data set names 2", "1,3,a,b\n1,2,3,0\n");
        assertMessage("line 2: label '2' is neither 0 nor 1", "2,2,a,b\n1,2,2\n3,4,1\n");
        assertMessage("line 2: 2 values, expected 2 features and a label", "2,2,a,b\n1,0\n3,4,1\n");
    }

    @Test
    void checksTheCountInTheHeader() {
        assertMessage("has 1 examples, its header promises 2", "2,2,a,b\n1,2,0\n");
        assertMessage("more examples than the 2 its header promises", "2,2,a,b\n1,2,0\n3,4,1\n5,6,1\n");
        assertMessage("line 1: expected count,features,class0,class1", "2,2\n");
        assertMessage("is empty", "");
    }

    @Test
    void bundledFeaturesAreNamedAsScikitLearnNamesThem() {
        Problem problem = BreastCancer.load(42);
        assertEquals(30, problem.featureNames().size());
        assertEquals(List.of("mean radius", "mean texture"), problem.featureNames().subList(0, 2));
        assertEquals("radius error", problem.featureNames().get(10));
        assertEquals("worst fractal dimension", problem.featureNames().get(29));
    }

    private static Problem parse(String csv) throws Exception {
        return BreastCancer.parse(new BufferedReader(new StringReader(csv)), "test.csv", List.of("first", "second"), 1);
    }

    private static void assertMessage(String expected, String csv) {
        SampleException e = assertThrows(SampleException.class, () -> parse(csv));
        assertTrue(e.getMessage().startsWith("test.csv"), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
