package dev.symbolon.internal.pipeline;

import dev.symbolon.internal.ir.GraphOps;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Rebuild;
import dev.symbolon.internal.ir.SourcePosition;
import dev.symbolon.internal.ir.TopologicalOrder;
import dev.symbolon.internal.model.GradMethod;
import dev.symbolon.internal.model.Output;
import dev.symbolon.internal.model.SymbolicMethod;
import dev.symbolon.internal.model.Update;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gives a method's draws the keys 0, 1, ... in the topological order of its graphs, before they are
 * optimized. The front ends key draws from a counter, so keys would depend on what else the JVM built
 * before (and on compilation order in the processor); renumbered, the generated source and so the
 * numbers a seed gives are a function of the method alone. The method's outputs, updates, gradient
 * and the graphs as written are renumbered together, so a draw has one key in all of them and debug
 * mode's interpreter draws what the code drew.
 */
final class DrawKeys {
    private DrawKeys() {}

    static SymbolicMethod renumber(SymbolicMethod m) {
        List<Node> all = new ArrayList<>(m.roots());
        all.addAll(m.unoptimized());
        m.grad().ifPresent(g -> {
            g.outputs().forEach(o -> all.add(o.node()));
            all.addAll(g.unoptimized());
        });
        if (TopologicalOrder.of(all).stream().noneMatch(n -> n.op().isDraw())) {
            return m;
        }
        Map<Node, Node> done = new IdentityHashMap<>();
        int key = 0;
        for (Node node : TopologicalOrder.of(all)) {
            List<Node> inputs = node.inputs().stream().map(done::get).toList();
            try (var scope = SourcePosition.enter(node.position())) {
                Node rebuilt = !node.op().isDraw() ? Rebuild.withInputs(node, inputs)
                        : inputs.size() == 1 ? GraphOps.draw(node.op(), inputs.get(0), null, key++)
                        : GraphOps.draw(node.op(), inputs.get(1), inputs.get(0), key++);
                done.put(node, rebuilt);
            }
        }
        List<Output> outputs = m.outputs().stream().map(o -> new Output(o.name(), done.get(o.node()))).toList();
        List<Update> updates = m.updates().stream().map(u -> new Update(u.field(), done.get(u.newValue()))).toList();
        Optional<GradMethod> grad = m.grad().map(g -> new GradMethod(g.methodName(), g.recordName(),
                g.outputs().stream().map(o -> new Output(o.name(), done.get(o.node()))).toList(),
                g.unoptimized().stream().map(done::get).toList()));
        return new SymbolicMethod(m.name(), m.parameters(), m.recordName(), outputs, updates, grad, m.position(),
                m.unoptimized().stream().map(done::get).toList());
    }
}
