package dev.symbolon.internal.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.internal.ir.TopologicalOrder;
import dev.symbolon.internal.model.Output;
import dev.symbolon.internal.model.Parameter;
import dev.symbolon.internal.model.SharedField;
import dev.symbolon.internal.model.Update;
import dev.symbolon.internal.schedule.EmissionStep;
import dev.symbolon.internal.schedule.FusionPlanner;
import dev.symbolon.internal.schedule.RowPassPlanner;
import dev.symbolon.internal.shape.IntoTargets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * The two public forms of one compiled method: the value form (primitives and {@code NDArray}s), which
 * checks its arguments and runs the graph, and, where every non-scalar parameter has rank 1 or 2, the
 * Java-array form, which converts and delegates; where an output is not a scalar, the {@code Into}
 * form, which writes the outputs into the caller's arrays. The value form computes every output and
 * every new shared value before it assigns any, so a call that throws leaves the shared variables as
 * they were. Where each array comes from is {@link Buffers}'s plan.
 */
final class MethodEmitter {
    private static final ClassName INTO_TARGETS = ClassName.get(IntoTargets.class);

    private final CompiledMethod method;
    private final Map<String, SharedField> sharedFields;
    private final CodeBlock debugCheck;
    private final CodeBlock executor;
    private final StepProfiles profiles;
    private final SubgraphMethods subgraphs;
    private final Buffers.Fields fields;

    /**
     * @param debugCheck the expression of the method's {@code DebugCheck}, which the value form calls in
     *     debug mode
     * @param executor the expression of the method's {@code Executor}, which the value form calls when
     *     the instance runs on a device other than the CPU
     * @param profiles the class's profiled steps, to which this method adds its own
     * @param subgraphs the class's helper methods, to which this method's jacobians add theirs
     * @param fields the class's work buffers and spare arrays, to which this method's plans add theirs
     */
    MethodEmitter(CompiledMethod method, Map<String, SharedField> sharedFields, CodeBlock debugCheck,
                  CodeBlock executor, StepProfiles profiles, SubgraphMethods subgraphs, Buffers.Fields fields) {
        this.method = method;
        this.fields = fields;
        this.subgraphs = subgraphs;
        this.profiles = profiles;
        this.sharedFields = sharedFields;
        this.debugCheck = debugCheck;
        this.executor = executor;
    }

    List<MethodSpec> forms() {
        Set<String> seen = new HashSet<>();
        for (Parameter p : method.parameters()) {
            if (!seen.add(p.name())) {
                throw new IllegalStateException("bug in Symbolon: method " + method.name() + " has two parameters named "
                        + p.name() + ", which javac refuses");
            }
        }
        List<MethodSpec> forms = new ArrayList<>();
        forms.add(valueForm(false));
        if (hasArrayForm()) {
            forms.add(arrayForm());
        }
        if (hasIntoForm()) {
            forms.add(valueForm(true));
        }
        return forms;
    }

    /** The record, the value type of the single output, or {@code void} for a method that only updates. */
    TypeName returnType() {
        if (method.record().isPresent()) {
            return method.record().get();
        }
        if (returnsNothing()) {
            return TypeName.VOID;
        }
        Node node = method.outputs().get(0).node();
        return JavaTypes.value(node.type().dtype(), node.rank());
    }

    /** Whether the method only updates shared variables: a {@code void} method of the user's. */
    private boolean returnsNothing() {
        return method.record().isEmpty() && method.outputs().isEmpty();
    }

    /** Whether some output is not a scalar, so that the method has a form writing into the caller's arrays. */
    private boolean hasIntoForm() {
        return method.outputs().stream().anyMatch(o -> o.node().rank() > 0);
    }

    /** The name of the {@code Into} form's target parameter: {@code into}, unless a parameter has that name. */
    private String intoParameter() {
        String name = "into";
        while (method.parameters().stream().map(Parameter::name).toList().contains(name)) {
            name += "_";
        }
        return name;
    }

    /** The target of output {@code index}: the parameter itself, or its record's component. */
    private CodeBlock target(int index) {
        return method.record().isPresent()
                ? CodeBlock.of("$L.$L()", intoParameter(), method.outputs().get(index).name())
                : CodeBlock.of("$L", intoParameter());
    }

    private boolean hasArrayForm() {
        return method.parameters().stream().anyMatch(p -> p.node().rank() > 0);
    }

    /**
     * The value form, or with {@code into} the {@code Into} form: the same parameters and a target to
     * write the outputs into, which it checks (dtype and rank first, shape once computed) and returns.
     */
    private MethodSpec valueForm(boolean into) {
        String name = into ? method.name() + "Into" : method.name();
        MethodSpec.Builder spec = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .returns(returnType())
                .addJavadoc("$L, written at $L.\n", method.description(), method.position());
        if (into) {
            spec.addJavadoc("\n<p>As {@link #$L($L)}, writing each non-scalar output into the array {@code $L}\n"
                    + "$L, which must have the output's dtype and shape and share its data with no argument;\n"
                    + "a view ({@code NDArray.view}, {@code rows}) is written where it lies. Allocates no array of\n"
                    + "the results' size once the instance has run a call of these shapes.\n\n"
                    + "@return {@code $L}$L\n"
                    + "@throws dev.symbolon.runtime.ShapeException if a target's shape or rank is not its output's\n"
                    + "(the targets may then have been written in part)\n"
                    + "@throws IllegalArgumentException if a target's dtype is not its output's, or it shares its array\n"
                    + "with an argument or another target\n", method.name(), valueSignature(), intoParameter(),
                    method.record().isPresent() ? "holds in its components" : "is", intoParameter(),
                    method.record().isPresent() ? ", or a new record of its arrays and this call's scalars" : "");
        }
        for (Parameter p : method.parameters()) {
            spec.addParameter(JavaTypes.value(p.node().type().dtype(), p.node().rank()), p.name());
        }
        if (into) {
            spec.addParameter(returnType(), intoParameter());
        }
        for (Parameter p : method.parameters()) {
            if (p.node().rank() > 0) {
                spec.addStatement("$T.requireNonNull($L, $S)", Objects.class, p.name(), nullMessage(p));
                spec.addStatement("$T.requireArgument($S, $S, $L, $T.$L, $L)", JavaTypes.SHAPE_CHECKS, method.name(),
                        p.name(), p.name(), JavaTypes.DTYPE, p.node().type().dtype().name(), p.node().rank());
            }
        }
        if (into) {
            spec.addCode(targetChecks(name));
        }
        Set<String> reserved = method.parameters().stream().map(Parameter::name).collect(Collectors.toSet());
        reserved.add(intoParameter());
        Names names = new Names(reserved);
        List<Node> order = TopologicalOrder.of(method.roots());
        boolean canFailOnShapes = order.stream().anyMatch(n -> n.rank() > 0);
        String caught = names.caught();
        if (method.draws()) {
            spec.addStatement("$T $L = this.$L.nextCall()", JavaTypes.DRAW_CALL, names.draws(),
                    CompiledClassGenerator.RANDOM_STATE);
        }
        if (canFailOnShapes) {
            spec.beginControlFlow("try");
        }
        spec.addCode(into ? intoDelegation(name) : delegation(names));
        Buffers[] plan = new Buffers[1];
        spec.addCode(body(order, names, into ? name : null, plan));
        if (method.usesSharedState() || plan[0].usesFields()) {
            // two calls that overlap would both read the old state, and the later update would
            // silently discard the earlier one, or write into the same work buffers; an uncontended
            // monitor costs tens of nanoseconds
            spec.addModifiers(Modifier.SYNCHRONIZED).addJavadoc(
                    "Calls of methods that read or update shared variables or use the instance's work arrays run one\n"
                    + "at a time per instance.\n");
        }
        if (canFailOnShapes) {
            spec.nextControlFlow("catch ($T $L)", JavaTypes.SHAPE_EXCEPTION, caught);
            spec.addStatement("throw $T.inCall($L, $L)", JavaTypes.SHAPE_CHECKS, callDescription(), caught);
            spec.nextControlFlow("catch ($T $L)", JavaTypes.INDEX_OUT_OF_RANGE, caught);
            spec.addStatement("throw $T.inCall($L, $L)", JavaTypes.SHAPE_CHECKS, callDescription(), caught);
            spec.endControlFlow();
        }
        return spec.build();
    }

    /** The dtype and rank of each target, and that it shares data with no argument and no other target. */
    private CodeBlock targetChecks(String name) {
        CodeBlock.Builder code = CodeBlock.builder();
        if (method.record().isPresent()) {
            code.addStatement("$T.requireNonNull($L, $S)", Objects.class, intoParameter(), "the target record of " + name
                    + " is null; pass a " + method.record().get().simpleName() + " of the arrays to write into");
        }
        List<CodeBlock> others = new ArrayList<>();
        method.parameters().stream().filter(p -> p.node().rank() > 0).forEach(p -> others.add(CodeBlock.of("$L", p.name())));
        for (int i = 0; i < method.outputs().size(); i++) {
            Node node = method.outputs().get(i).node();
            if (node.rank() > 0) {
                code.addStatement("$T.requireTarget($S, $S, $L, $T.$L, $L)", INTO_TARGETS, name,
                        method.outputs().get(i).name(), target(i), JavaTypes.DTYPE, node.type().dtype().name(),
                        node.rank());
                others.add(target(i));
            }
        }
        for (int i = 0; i < method.outputs().size(); i++) {
            if (method.outputs().get(i).node().rank() > 0) {
                int self = i;
                List<CodeBlock> rest = new ArrayList<>(others);
                rest.remove(target(self));
                if (!rest.isEmpty()) {
                    code.addStatement("$T.requireApart($S, $S, $L, $L)", INTO_TARGETS, name, method.outputs().get(i).name(),
                            target(i), CodeBlock.join(rest, ", "));
                }
            }
        }
        return code.build();
    }

    /** Off the CPU, the value form runs the executor; its array results are copied into the targets. */
    private CodeBlock intoDelegation(String name) {
        String result = "result";
        while (method.parameters().stream().map(Parameter::name).toList().contains(result)
                || result.equals(intoParameter())) {
            result += "_";
        }
        CodeBlock arguments = CodeBlock.join(method.parameters().stream().map(p -> CodeBlock.of("$L", p.name())).toList(),
                ", ");
        CodeBlock.Builder code = CodeBlock.builder()
                .beginControlFlow("if (this.$L != null)", CompiledClassGenerator.EXECUTORS)
                .add("// not on the CPU: the value form runs the executor, and its arrays are copied into the targets\n")
                .addStatement("$T $L = $L($L)", returnType(), result, method.name(), arguments);
        List<CodeBlock> components = new ArrayList<>();
        for (int i = 0; i < method.outputs().size(); i++) {
            Node node = method.outputs().get(i).node();
            CodeBlock value = method.record().isPresent()
                    ? CodeBlock.of("$L.$L()", result, method.outputs().get(i).name()) : CodeBlock.of("$L", result);
            components.add(node.rank() == 0 ? value : CodeBlock.of("$T.copy($S, $S, $L, $L)", INTO_TARGETS, name,
                    method.outputs().get(i).name(), value, target(i)));
        }
        if (method.record().isPresent()) {
            code.addStatement("return new $T($L)", method.record().get(), CodeBlock.join(components, ", "));
        } else {
            code.addStatement("return $L", components.get(0));
        }
        return code.endControlFlow().build();
    }

    /**
     * @param into the name of the {@code Into} form being written, or {@code null} for the value form
     * @param plan receives the form's {@link Buffers}
     */
    private CodeBlock body(List<Node> order, Names names, String into, Buffers[] plan) {
        Map<Node, String> parameterNames = new IdentityHashMap<>();
        for (Parameter p : method.parameters()) {
            parameterNames.put(p.node(), p.name());
        }
        CodeBlock.Builder code = CodeBlock.builder();
        Map<Node, Integer> ids = new IdentityHashMap<>();
        for (int id = 0; id < order.size(); id++) {
            ids.put(order.get(id), id);
        }
        List<Local> targets = new ArrayList<>();
        if (into != null) {
            for (int i = 0; i < method.outputs().size(); i++) {
                Node node = method.outputs().get(i).node();
                if (node.rank() == 0) {
                    targets.add(null);
                    continue;
                }
                Local target = new Local(names.target(i), null, names.targetOffset(i));
                code.addStatement("$T $L = $T.$L($L)", JavaTypes.array(node.type().dtype(), 1), target.data(),
                        JavaTypes.INTERNALS, JavaTypes.dataAccessor(node.type().dtype()), target(i));
                code.addStatement("int $L = $T.offset($L)", target.offset(), JavaTypes.INTERNALS, target(i));
                targets.add(target);
            }
        }
        List<EmissionStep> steps = RowPassPlanner.plan(FusionPlanner.plan(order, method.roots()), method.roots());
        Buffers buffers = Buffers.plan(method.name(), order, steps,
                method.outputs().stream().map(Output::node).toList(), method.updates(), targets, ids, fields);
        plan[0] = buffers;
        NodeEmitter emitter = new NodeEmitter(parameterNames, names, code, ids, subgraphs, buffers);
        for (EmissionStep step : steps) {
            Optional<StepProfiles.Timing> timing = profiles.timing(method.name(), step, names);
            timing.ifPresent(t -> code.add(t.before()));
            emitter.emit(step);
            timing.ifPresent(t -> code.add(t.after(emitter)));
        }
        Set<Node> handedOut = Collections.newSetFromMap(new IdentityHashMap<>());
        List<CodeBlock> results = new ArrayList<>();
        if (into != null) {
            results.addAll(writeTargets(emitter, targets, into, code));
        } else {
            for (Output output : method.outputs()) {
                results.add(handOut(output.node(), emitter.local(output.node()), handedOut));
            }
        }
        code.add(debugCheck(emitter, names));
        if (!method.updates().isEmpty()) {
            code.add("// every output and new value is computed: apply the updates together\n");
        }
        for (Update update : method.updates()) {
            requireMatchingField(update);
            Node node = update.newValue();
            CodeBlock value = node.rank() == 0
                    ? CodeBlock.of("$T.scalar($L)", JavaTypes.NDARRAY, emitter.local(node).data())
                    : handOut(node, emitter.local(node), handedOut);
            String old = names.old(update.field());
            code.add(buffers.beforeAssign(update, old));
            code.addStatement("$T.assign(this.$L, $L)", JavaTypes.INTERNALS, update.field(), value);
            code.add(buffers.afterAssign(update, old));
        }
        if (method.record().isPresent()) {
            code.addStatement("return new $T($L)", method.record().get(), CodeBlock.join(results, ", "));
        } else if (!returnsNothing()) {
            code.addStatement("return $L", results.get(0));
        }
        return code.build();
    }

    /**
     * The {@code Into} form's results: every target's shape checked, then each output not computed in
     * its target copied there; the scalars as they are.
     */
    private List<CodeBlock> writeTargets(NodeEmitter emitter, List<Local> targets, String into, CodeBlock.Builder code) {
        List<CodeBlock> results = new ArrayList<>();
        for (int i = 0; i < method.outputs().size(); i++) {
            Local local = emitter.local(method.outputs().get(i).node());
            if (!local.isScalar()) {
                code.addStatement("$T.requireShape($S, $S, $L, $L)", INTO_TARGETS, into, method.outputs().get(i).name(),
                        target(i), local.shape());
            }
        }
        for (int i = 0; i < method.outputs().size(); i++) {
            Local local = emitter.local(method.outputs().get(i).node());
            if (local.isScalar()) {
                results.add(CodeBlock.of("$L", local.data()));
                continue;
            }
            Local target = targets.get(i);
            code.beginControlFlow("if ($L != $L)", local.data(), target.data())
                    .addStatement("$T.arraycopy($L, 0, $L, $L, $L.length)", System.class, local.data(), target.data(),
                            target.offset(), local.data())
                    .endControlFlow();
            results.add(target(i));
        }
        return results;
    }

    /**
     * On a device other than the CPU, the call goes to the method's executor: the arguments as checked
     * above and the shared values it reads in, the outputs and new values out, which are converted,
     * checked in debug mode and assigned as the generated code's own are.
     */
    private CodeBlock delegation(Names names) {
        String results = names.results();
        List<CodeBlock> arguments = method.parameters().stream().map(p -> asArray(p.name(), p.node())).toList();
        List<CodeBlock> shared = method.sharedSlots().stream()
                .map(s -> CodeBlock.of("$T.value(this.$L)", JavaTypes.INTERNALS, s.name())).toList();
        CodeBlock.Builder code = CodeBlock.builder()
                .beginControlFlow("if (this.$L != null)", CompiledClassGenerator.EXECUTORS)
                .add("// not on the CPU: the executor computes the call; the updates apply once it has returned\n")
                .addStatement("$T $L = $L.run($T.of($L),\n$T.of($L), $L)", JavaTypes.RESULTS, results, executor, List.class,
                        CodeBlock.join(arguments, ", "), List.class, CodeBlock.join(shared, ", "), drawCall(names))
                .add(debugCheck(CodeBlock.of("$L.all()", results), names));
        for (int i = 0; i < method.updates().size(); i++) {
            Update update = method.updates().get(i);
            requireMatchingField(update);
            code.addStatement("$T.assign(this.$L, $L.updates().get($L))", JavaTypes.INTERNALS, update.field(), results, i);
        }
        List<CodeBlock> outputs = new ArrayList<>();
        for (int i = 0; i < method.outputs().size(); i++) {
            Node node = method.outputs().get(i).node();
            outputs.add(node.rank() == 0
                    ? CodeBlock.of("$T.$L($L.outputs().get($L))[0]", JavaTypes.INTERNALS,
                            JavaTypes.dataAccessor(node.type().dtype()), results, i)
                    : CodeBlock.of("$L.outputs().get($L)", results, i));
        }
        if (method.record().isPresent()) {
            code.addStatement("return new $T($L)", method.record().get(), CodeBlock.join(outputs, ", "));
        } else if (returnsNothing()) {
            code.addStatement("return");
        } else {
            code.addStatement("return $L", outputs.get(0));
        }
        return code.endControlFlow().build();
    }

    /**
     * In debug mode, the call's arguments, shared variables and results go to the method's
     * {@code DebugCheck} before any update, so that a call it rejects changes no shared variable.
     */
    private CodeBlock debugCheck(NodeEmitter emitter, Names names) {
        List<CodeBlock> results = new ArrayList<>();
        for (Node root : method.roots()) {
            Local local = emitter.local(root);
            results.add(local.isScalar() ? CodeBlock.of("$T.scalar($L)", JavaTypes.NDARRAY, local.data())
                    : CodeBlock.of("$T.wrap($L, $L)", JavaTypes.NDARRAY, local.data(), local.shape()));
        }
        return debugCheck(CodeBlock.of("$T.of($L)", List.class, CodeBlock.join(results, ", ")), names);
    }

    /** The call's draws, for the executor and debug mode: none ({@code null}) in a method that does not draw. */
    private CodeBlock drawCall(Names names) {
        return method.draws() ? CodeBlock.of("$L", names.draws()) : CodeBlock.of("null");
    }

    /** The debug check of {@code results}, a list of the outputs and new values in the order of the roots. */
    private CodeBlock debugCheck(CodeBlock results, Names names) {
        List<CodeBlock> arguments = new ArrayList<>();
        for (Parameter p : method.parameters()) {
            arguments.add(CodeBlock.of("$T.entry($S, $L)", Map.class, p.name(), asArray(p.name(), p.node())));
        }
        List<CodeBlock> shared = sharedFields.keySet().stream().map(f -> CodeBlock.of("this.$L", f)).toList();
        return CodeBlock.builder()
                .beginControlFlow("if (this.$L)", CompiledClassGenerator.DEBUG_MODE)
                .add("// debug mode: look for NaN and infinity, compare with the unoptimized graph\n")
                .addStatement("$L.check($T.ofEntries($L),\n$T.of($L),\n$L, $L)", debugCheck, Map.class,
                        CodeBlock.join(arguments, ", "), List.class, CodeBlock.join(shared, ", "), results,
                        drawCall(names))
                .endControlFlow()
                .build();
    }

    /** A parameter's value as an {@code NDArray}: a scalar wrapped in a rank-0 array. */
    private static CodeBlock asArray(String name, Node node) {
        return node.rank() == 0 ? CodeBlock.of("$T.scalar($L)", JavaTypes.NDARRAY, name) : CodeBlock.of("$L", name);
    }

    /**
     * A value leaving the call, as a returned result or a shared variable's new value. A non-scalar
     * gets its own array: copied where it would otherwise share one with an argument, a shared
     * variable or another value handed out by this call (a reshape shares its input's array).
     */
    private static CodeBlock handOut(Node node, Local local, Set<Node> handedOut) {
        if (local.isScalar()) {
            return CodeBlock.of("$L", local.data());
        }
        Node base = node;
        while ((base.op() == Op.RESHAPE || base.op() == Op.RESHAPE_LIKE) && base.input(0).rank() > 0) {
            base = base.input(0);
        }
        boolean copy = base.op() == Op.INPUT || base.op() == Op.SHARED || !handedOut.add(base);
        return CodeBlock.of("$T.wrap($L$L, $L)", JavaTypes.NDARRAY, local.data(), copy ? ".clone()" : "", local.shape());
    }

    private void requireMatchingField(Update update) {
        SharedField field = sharedFields.get(update.field());
        if (field == null) {
            throw new IllegalStateException("bug in Symbolon: method " + method.name() + " updates '" + update.field()
                    + "', which is not a @Shared field of the class; the front end checks update targets");
        }
        if (!field.node().type().dtype().equals(update.newValue().type().dtype())
                || field.node().rank() != update.newValue().rank()) {
            throw new IllegalStateException("bug in Symbolon: method " + method.name() + " updates '" + update.field()
                    + "' of type " + field.node().type() + " with a value of type " + update.newValue().type()
                    + "; the front end converts an update to the field's type (Trace.convertUpdate)");
        }
    }

    /**
     * {@code "add(x: " + ShapeChecks.format(x.shape()) + ", y: " + ... + ")"}, then the shapes of the
     * shared arrays the method reads ({@code " with shared w: [3]"}), for shape error messages.
     */
    private CodeBlock callDescription() {
        List<CodeBlock> parts = new ArrayList<>();
        String pending = method.name() + "(";
        for (int i = 0; i < method.parameters().size(); i++) {
            Parameter p = method.parameters().get(i);
            pending += (i == 0 ? "" : ", ") + p.name() + ": ";
            if (p.node().rank() == 0) {
                pending += "[]";
            } else {
                parts.add(CodeBlock.of("$S", pending));
                parts.add(CodeBlock.of("$T.format($L.shape())", JavaTypes.SHAPE_CHECKS, p.name()));
                pending = "";
            }
        }
        pending += ")";
        List<String> shared = method.sharedArraysRead();
        for (int i = 0; i < shared.size(); i++) {
            pending += (i == 0 ? " with shared " : ", ") + shared.get(i) + ": ";
            parts.add(CodeBlock.of("$S", pending));
            parts.add(CodeBlock.of("$T.format(this.$L)", JavaTypes.SHAPE_CHECKS, shared.get(i)));
            pending = "";
        }
        if (!pending.isEmpty()) {
            parts.add(CodeBlock.of("$S", pending));
        }
        return CodeBlock.join(parts, " + ");
    }

    private MethodSpec arrayForm() {
        MethodSpec.Builder spec = MethodSpec.methodBuilder(method.name())
                .addModifiers(Modifier.PUBLIC)
                .returns(returnType())
                .addJavadoc("As {@link #$L($L)}, taking Java arrays, which it copies.\n", method.name(),
                        valueSignature());
        for (Parameter p : method.parameters()) {
            spec.addParameter(JavaTypes.array(p.node().type().dtype(), p.node().rank()), p.name());
        }
        for (Parameter p : method.parameters()) {
            if (p.node().rank() > 0) {
                spec.addStatement("$T.requireNonNull($L, $S)", Objects.class, p.name(), nullMessage(p));
            }
        }
        CodeBlock.Builder call = CodeBlock.builder().add(returnsNothing() ? "$L(" : "return $L(",
                method.name());
        for (int i = 0; i < method.parameters().size(); i++) {
            Parameter p = method.parameters().get(i);
            call.add(i == 0 ? "" : ", ");
            if (p.node().rank() == 0) {
                call.add("$L", p.name());
            } else {
                call.add(p.node().rank() <= 3 ? "$T.of($L)" : "$T.ofNested($L)", JavaTypes.NDARRAY, p.name());
            }
        }
        spec.addStatement(call.add(")").build());
        return spec.build();
    }

    private String valueSignature() {
        return method.parameters().stream()
                .map(p -> p.node().rank() == 0 ? JavaTypes.primitive(p.node().type().dtype()).toString() : "NDArray")
                .collect(Collectors.joining(", "));
    }

    private String nullMessage(Parameter p) {
        return "argument " + p.name() + " of " + method.name() + " is null; pass an array";
    }
}
