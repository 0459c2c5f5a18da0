package dev.symbolon.internal.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeSpec;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.internal.profile.ProfileSite;
import dev.symbolon.internal.profile.Profiles;
import dev.symbolon.internal.schedule.EmissionStep;
import dev.symbolon.internal.schedule.FusedGroup;
import dev.symbolon.internal.schedule.RowPass;
import dev.symbolon.internal.schedule.TransposedOperands;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * The profiler's view of a generated class: each step that works on arrays (a fused loop, a kernel,
 * a product) is a site, timed when {@code symbolon.profile=true}. The sites live in a nested class
 * that the JVM loads only when profiling is on, and every timing statement sits behind a
 * {@code static final} flag, so with profiling off the JIT removes them.
 */
final class StepProfiles {
    static final String FLAG = "PROFILING";
    private static final String HOLDER = "Profile";

    private final ClassName generated;
    private final List<CodeBlock> sites = new ArrayList<>();

    StepProfiles(ClassName generated) {
        this.generated = generated;
    }

    /** The flag field: whether this JVM profiles, read once. */
    FieldSpec flag() {
        return FieldSpec.builder(boolean.class, FLAG, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.ENABLED", Profiles.class).build();
    }

    /** The nested class holding the sites, if any step is profiled. */
    Optional<TypeSpec> holder() {
        if (sites.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(TypeSpec.classBuilder(HOLDER)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The profiler's sites of this class, loaded only when profiling is on.\n")
                .addField(FieldSpec.builder(ProfileSite[].class, "SITES", Modifier.STATIC, Modifier.FINAL)
                        .initializer("{\n$>$L$<\n}", CodeBlock.join(sites, ",\n")).build())
                .build());
    }

    /** A step of {@code method}, timed if it works on arrays: its start before the step, its record after. */
    Optional<Timing> timing(String method, EmissionStep step, Names names) {
        List<Node> nodes = step.nodes();
        if (nodes.stream().allMatch(n -> n.rank() == 0 && n.inputs().stream().allMatch(i -> i.rank() == 0))
                || nodes.stream().allMatch(n -> n.op() == Op.INPUT || n.op() == Op.SHARED || n.op() == Op.CONSTANT)) {
            return Optional.empty();
        }
        if (step instanceof EmissionStep.Single single && single.node().op() == Op.SIZE) {
            return Optional.empty();
        }
        Node first = nodes.get(0);
        boolean products = step instanceof RowPass || step instanceof EmissionStep.Single single
                && (single.node().op() == Op.DOT || single.node().op() == Op.OUTER);
        int index = sites.size();
        sites.add(CodeBlock.of("$T.site($S, $S, $T.$L)", Profiles.class, generated.simpleName() + "." + method,
                describe(step) + " at " + first.position(), ProfileSite.Work.class,
                products ? ProfileSite.Work.FLOPS : ProfileSite.Work.BYTES));
        return Optional.of(new Timing(index, names.profileStart(index), step));
    }

    private static String describe(EmissionStep step) {
        if (step instanceof FusedGroup group) {
            Set<String> ops = new LinkedHashSet<>();
            group.members().forEach(n -> ops.add(n.op().functionName()));
            group.reductions().forEach(n -> ops.add(n.op().functionName()));
            return "loop: " + String.join(" ", ops);
        }
        if (step instanceof RowPass pass) {
            return "row pass: " + pass.nodes().stream().map(n -> n.op().functionName()).distinct()
                    .collect(Collectors.joining(" "));
        }
        return ((EmissionStep.Single) step).node().op().functionName();
    }

    /** The statements around one profiled step. */
    final class Timing {
        private final int index;
        private final String start;
        private final EmissionStep step;

        private Timing(int index, String start, EmissionStep step) {
            this.index = index;
            this.start = start;
            this.step = step;
        }

        CodeBlock before() {
            return CodeBlock.builder().addStatement("long $L = $L ? System.nanoTime() : 0L", start, FLAG).build();
        }

        /** After the step, when every local it wrote exists: the record, with the work the step did. */
        CodeBlock after(NodeEmitter emitter) {
            return CodeBlock.builder().beginControlFlow("if ($L)", FLAG)
                    .addStatement("$T.$L.SITES[$L].record($L, $L)", generated, HOLDER, index, start, work(emitter))
                    .endControlFlow().build();
        }

        /** Floating-point operations of a product, else the bytes of the arrays read and written. */
        private CodeBlock work(NodeEmitter emitter) {
            if (step instanceof EmissionStep.Single single && single.node().op() == Op.DOT) {
                Local a = emitter.productOperand(single.node(), 0);
                Local b = emitter.productOperand(single.node(), 1);
                // the lengths' product is m k k n whichever way the operands are stored; the inner dimension is k
                CodeBlock inner = TransposedOperands.readInPlace(single.node(), 0) ? CodeBlock.of("$L[0]", a.shape())
                        : CodeBlock.of("$L[$L.length - 1]", a.shape(), a.shape());
                return CodeBlock.of("2L * ((long) $L.length * $L.length / Math.max(1, $L))", a.data(), b.data(), inner);
            }
            if (step instanceof RowPass pass) {
                // a dot and an axpy over each element of the matrix
                return CodeBlock.of("4L * $L.length", emitter.local(pass.matrix()).data());
            }
            if (step instanceof EmissionStep.Single single && single.node().op() == Op.OUTER) {
                return CodeBlock.of("(long) $L.length * $L.length", emitter.local(single.node().inputs().get(0)).data(),
                        emitter.local(single.node().inputs().get(1)).data());
            }
            List<CodeBlock> terms = new ArrayList<>();
            for (Node array : arrays(emitter)) {
                Local local = emitter.local(array);
                // an argument read where it lies is part of its backing array
                CodeBlock count = local.offset() == null ? CodeBlock.of("$L.length", local.data())
                        : CodeBlock.of("$T.size($L)", JavaTypes.SHAPES, local.shape());
                terms.add(CodeBlock.of("(long) $L * $L", count, array.type().dtype().byteSize()));
            }
            return terms.isEmpty() ? CodeBlock.of("0L") : CodeBlock.join(terms, " + ");
        }

        /** The arrays the step reads from outside it and the arrays it writes. */
        private List<Node> arrays(NodeEmitter emitter) {
            Set<Node> inside = Collections.newSetFromMap(new IdentityHashMap<>());
            inside.addAll(step.nodes());
            Set<Node> arrays = Collections.newSetFromMap(new IdentityHashMap<>());
            List<Node> ordered = new ArrayList<>();
            for (Node node : step.nodes()) {
                for (Node input : dataInputs(node)) {
                    if (!inside.contains(input) && hasArray(input, emitter) && arrays.add(input)) {
                        ordered.add(input);
                    }
                }
            }
            List<Node> written = step instanceof FusedGroup group
                    ? group.members().stream().filter(group.materialized()::contains).toList() : step.nodes();
            ordered.addAll(written.stream().filter(n -> hasArray(n, emitter) && arrays.add(n))
                    .collect(Collectors.toList()));
            return ordered;
        }

        /** The operands whose elements a node reads: not those it reads only for their shape. */
        private static List<Node> dataInputs(Node node) {
            return switch (node.op()) {
                case SIZE -> List.of();
                case RESHAPE_LIKE, BROADCAST_LIKE -> List.of(node.inputs().get(0));
                default -> node.inputs();
            };
        }

        private boolean hasArray(Node node, NodeEmitter emitter) {
            Local local = emitter.local(node);
            return node.rank() > 0 && local != null && !local.isScalar();
        }
    }
}
