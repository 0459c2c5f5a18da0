package dev.symbolon.internal.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.internal.ir.SubgraphOps;
import dev.symbolon.internal.ir.TopologicalOrder;
import dev.symbolon.internal.schedule.EmissionStep;
import dev.symbolon.internal.schedule.FusionPlanner;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The private helper methods of a generated class that compute the bodies of its jacobians, one per
 * jacobian node, numbered across the class. A helper takes the seed and the captures as a method
 * takes its parameters (an {@code NDArray}, or a primitive for a scalar) and returns its row's flat
 * array; its statements are lowered as a method's are, fusion included, and a jacobian in a body gets a
 * helper of its own.
 */
final class SubgraphMethods {
    private final List<MethodSpec> specs = new ArrayList<>();

    /** The helpers made so far, for the class to add after its methods. */
    List<MethodSpec> specs() {
        return List.copyOf(specs);
    }

    /** Adds the helper computing {@code jacobian}'s body and returns its name. */
    String add(Node jacobian) {
        String name = "jacobian$" + specs.size();
        specs.add(null);
        int index = specs.size() - 1;
        Node body = jacobian.body();
        List<String> parameters = new ArrayList<>();
        for (int i = 0; i < jacobian.inputs().size(); i++) {
            parameters.add(i == 0 ? "seed" : "capture" + (i - 1));
        }
        Map<Node, String> parameterNames = new IdentityHashMap<>();
        List<Node> order = TopologicalOrder.of(body);
        for (Node node : order) {
            if (node.op() == Op.INPUT) {
                parameterNames.put(node, parameters.get(SubgraphOps.inputOf(node)));
            }
        }
        Set<String> reserved = new HashSet<>(parameters);
        Names names = new Names(reserved);
        Map<Node, Integer> ids = new IdentityHashMap<>();
        for (int id = 0; id < order.size(); id++) {
            ids.put(order.get(id), id);
        }
        CodeBlock.Builder code = CodeBlock.builder();
        NodeEmitter emitter = new NodeEmitter(parameterNames, names, code, ids, this, Buffers.none());
        for (EmissionStep step : FusionPlanner.plan(order, List.of(body))) {
            emitter.emit(step);
        }
        code.addStatement("return $L", emitter.local(body).data());
        MethodSpec.Builder spec = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PRIVATE)
                .returns(JavaTypes.array(body.type().dtype(), 1))
                .addJavadoc("One row of the jacobian at $L: its vector-Jacobian product for one seed.\n",
                        jacobian.position());
        for (int i = 0; i < parameters.size(); i++) {
            Node value = jacobian.input(i);
            spec.addParameter(JavaTypes.value(value.type().dtype(), value.rank()), parameters.get(i));
        }
        specs.set(index, spec.addCode(code.build()).build());
        return name;
    }
}
