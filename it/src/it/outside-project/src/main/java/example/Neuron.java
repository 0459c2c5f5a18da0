package example;

import static dev.symbolon.T.*;

import dev.symbolon.annotation.Symbolic;

public class Neuron {
    public record Activation(double value, double slope) {}

    @Symbolic static Activation activation(double x) {
        double y = Math.tanh(x);
        return new Activation(y, grad(y, x));
    }
}
