package example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NeuronTest {
    @Test
    void activationAndItsSlope() {
        CompiledNeuron.Activation a = new CompiledNeuron().activation(0.5);
        assertEquals(Math.tanh(0.5), a.value(), 1e-15);
        assertEquals(1 - Math.tanh(0.5) * Math.tanh(0.5), a.slope(), 1e-15);
    }
}
