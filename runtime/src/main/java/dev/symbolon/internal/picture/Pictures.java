package dev.symbolon.internal.picture;

import dev.symbolon.internal.executor.MethodGraph;
import dev.symbolon.internal.executor.Slot;
import dev.symbolon.internal.ir.GraphText;
import dev.symbolon.internal.model.GradMethod;
import dev.symbolon.internal.model.Output;
import dev.symbolon.internal.model.SymbolicClass;
import dev.symbolon.internal.model.SymbolicMethod;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Pictures of compiled graphs, as Theano's {@code pydotprint} draws them: what the generated
 * {@code toDot} and {@code toSvg} return, drawn from the graph text the class carries in its nested
 * {@code Graphs}, and what the processor writes with {@code -Asymbolon.dot=true}, drawn from the
 * model it generates the class from. Both give the same DOT for the same method.
 */
public final class Pictures {
    private Pictures() {}

    /**
     * The DOT of {@code method} of a generated class: its optimized graph with the fused loops, or its
     * graph as written.
     *
     * @param className the generated class's simple name, for the title
     * @param methods the class's {@code Graphs.METHODS}: each compiled method's optimized graph
     * @param written each compiled method's graph as written, in the same order
     * @throws IllegalArgumentException if no compiled method has that name, listing those that do
     */
    public static String dot(String className, String method, boolean optimized, List<MethodGraph> methods,
                             List<String> written) {
        return Dot.write(picture(className, method, optimized, methods, written));
    }

    /**
     * The same picture as SVG: by Graphviz's {@code dot} where it is on the {@code PATH}, else by
     * {@link Svg}, so that it can be drawn on any machine.
     */
    public static String svg(String className, String method, boolean optimized, List<MethodGraph> methods,
                             List<String> written) {
        GraphPicture picture = picture(className, method, optimized, methods, written);
        return Graphviz.find().flatMap(dot -> Graphviz.svg(dot, Dot.write(picture))).orElseGet(() -> Svg.write(picture));
    }

    /** The DOT of each method name of {@code model}, optimized, in the order of the generated methods. */
    public static Map<String, String> dots(String className, SymbolicClass model) {
        List<MethodPicture> pictures = new ArrayList<>();
        for (SymbolicMethod m : model.methods()) {
            List<String> names = new ArrayList<>(m.outputs().stream().map(Output::name).toList());
            m.updates().stream().map(u -> update(u.field())).forEach(names::add);
            pictures.add(new MethodPicture(m.name(), m.roots(), names));
            if (m.grad().isPresent()) {
                GradMethod g = m.grad().get();
                pictures.add(new MethodPicture(g.methodName(), g.outputs().stream().map(Output::node).toList(),
                        g.outputs().stream().map(Output::name).toList()));
            }
        }
        Map<String, String> dots = new LinkedHashMap<>();
        for (MethodPicture p : pictures) {
            dots.put(p.method(), Dot.write(GraphPicture.of(title(className, p.method(), true), p, true)));
        }
        return dots;
    }

    static GraphPicture picture(String className, String method, boolean optimized, List<MethodGraph> methods,
                                List<String> written) {
        Objects.requireNonNull(method, "method is null; pass a method name");
        for (int i = 0; i < methods.size(); i++) {
            MethodGraph m = methods.get(i);
            if (m.method().equals(method)) {
                List<String> names = new ArrayList<>(m.outputs().stream().map(Slot::name).toList());
                m.updates().forEach(u -> names.add(update(u.name())));
                MethodPicture picture = new MethodPicture(method, GraphText.read(optimized ? m.graph() : written.get(i)),
                        names);
                return GraphPicture.of(title(className, method, optimized), picture, optimized);
            }
        }
        throw new IllegalArgumentException("no compiled method is named '" + method + "'; the methods are: "
                + String.join(", ", methods.stream().map(MethodGraph::method).toList()));
    }

    private static String title(String className, String method, boolean optimized) {
        return className + "." + method + (optimized ? ", optimized" : ", as written");
    }

    private static String update(String field) {
        return "update(" + field + ")";
    }
}
