package example;

public class Main {
    public static void main(String[] args) {
        System.out.println(new CompiledNeuron().activation(0.5).value());
    }
}
