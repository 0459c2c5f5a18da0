package dev.symbolon.internal.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.symbolon.internal.model.SharedField;
import dev.symbolon.internal.model.SymbolicClass;
import dev.symbolon.internal.model.SymbolicMethod;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code Compiled<Name>} for a user class read into a {@link SymbolicClass}: a pure function
 * of the model, so the same model always gives the same source. Members come in a fixed order:
 * fields, constructors, accessors, the compiled methods in declaration order (each followed by its
 * {@code Grad}), the helpers computing jacobians' bodies, {@code debugPrint}, {@code toDot} and {@code toSvg}, {@code saveState} and {@code loadState}, the nested records, then
 * the graphs, for executors and debug mode.
 */
public final class CompiledClassGenerator {
    static final String PROCESSOR = "dev.symbolon.processor.SymbolicProcessor";
    /** The field that holds whether the instance was constructed in debug mode. */
    static final String DEBUG_MODE = "debugMode";
    /** The field that holds each method's executor, in the order of {@code Graphs.METHODS}; null on the CPU. */
    static final String EXECUTORS = "executors";
    /** The field that holds the instance's random state, in a class whose methods draw. */
    static final String RANDOM_STATE = "randomState";

    private CompiledClassGenerator() {}

    /**
     * The generated source file.
     *
     * @throws IllegalStateException if generated names clash (two records of one name with different
     *     components, a {@code Grad} method named like another method, two methods with the same
     *     parameter types) or a graph breaks an invariant of the core: the front end refuses every such
     *     model with a catalogue error first, so this is a bug in Symbolon
     */
    public static JavaFile generate(SymbolicClass model) {
        return javaFile(model, type(model).build());
    }

    /** As {@link #generate(SymbolicClass)}, recording the user's class as the file's originating element. */
    public static JavaFile generate(SymbolicClass model, Element originatingElement) {
        return javaFile(model, type(model).addOriginatingElement(originatingElement).build());
    }

    private static JavaFile javaFile(SymbolicClass model, TypeSpec type) {
        return JavaFile.builder(model.packageName(), type).indent("    ").skipJavaLangImports(true).build();
    }

    private static TypeSpec.Builder type(SymbolicClass model) {
        ClassName generated = ClassName.get(model.packageName(), model.generatedSimpleName());
        List<CompiledMethod> methods = compiledMethods(model, generated);
        Map<String, SharedField> shared = new LinkedHashMap<>();
        model.sharedFields().forEach(f -> shared.put(f.name(), f));

        TypeSpec.Builder type = TypeSpec.classBuilder(generated)
                .addAnnotation(AnnotationSpec.builder(ClassName.get("javax.annotation.processing", "Generated"))
                        .addMember("value", "$S", PROCESSOR).build())
                // no member takes or returns null, so Kotlin sees non-null types, NDArray not NDArray!
                .addAnnotation(JavaTypes.NULL_MARKED)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("The compiled form of {@code $L}, generated from $L. An instance owns its shared\n"
                        + "variables and the work arrays its calls reuse; its methods that read or update them are\n"
                        + "synchronized on the instance, so that calls from several threads apply every update, one\n"
                        + "call after another.\n",
                        qualified(model), model.sourceFile());
        type.addField(JavaTypes.DEVICE, "device", Modifier.PRIVATE, Modifier.FINAL);
        type.addField(TypeName.BOOLEAN, DEBUG_MODE, Modifier.PRIVATE, Modifier.FINAL);
        type.addField(ParameterizedTypeName.get(ClassName.get(List.class), JavaTypes.EXECUTOR)
                .annotated(AnnotationSpec.builder(JavaTypes.NULLABLE).build()), EXECUTORS, Modifier.PRIVATE, Modifier.FINAL);
        for (SharedField field : model.sharedFields()) {
            type.addField(FieldSpec.builder(JavaTypes.SHARED_VARIABLE, field.name(), Modifier.PRIVATE, Modifier.FINAL)
                    .initializer("$T.sharedVariable($S, $T.$L, $L)", JavaTypes.INTERNALS, field.name(), JavaTypes.DTYPE,
                            field.node().type().dtype().name(), field.node().rank())
                    .build());
        }
        boolean draws = methods.stream().anyMatch(CompiledMethod::draws);
        if (draws) {
            type.addField(FieldSpec.builder(JavaTypes.RANDOM_STATE, RANDOM_STATE, Modifier.PRIVATE, Modifier.FINAL)
                    .initializer("new $T()", JavaTypes.RANDOM_STATE).build());
        }
        StepProfiles profiles = new StepProfiles(generated);
        type.addField(profiles.flag());
        Graphs graphs = new Graphs(generated, methods);
        type.addMethods(Members.constructors(model.sharedFields(), graphs));
        List<MethodSpec> members = new ArrayList<>(Members.accessors(model.sharedFields()));
        RecordTypes records = new RecordTypes(generated.simpleName());
        SubgraphMethods subgraphs = new SubgraphMethods();
        Buffers.Fields buffers = new Buffers.Fields();
        for (int i = 0; i < methods.size(); i++) {
            records.add(methods.get(i));
            members.addAll(new MethodEmitter(methods.get(i), shared, graphs.check(i),
                    CodeBlock.of("this.$L.get($L)", EXECUTORS, i), profiles, subgraphs, buffers).forms());
        }
        type.addFields(buffers.specs());
        members.addAll(subgraphs.specs());
        members.add(DebugPrintMethod.of(methods));
        members.addAll(PictureMethods.of(generated, graphs));
        if (draws) {
            members.add(StateMethods.seed());
        }
        members.addAll(StateMethods.of(model.sharedFields(), draws));
        requireDistinctSignatures(members);
        type.addMethods(members);
        type.addTypes(records.specs());
        type.addType(graphs.spec());
        profiles.holder().ifPresent(type::addType);
        return type;
    }

    private static List<CompiledMethod> compiledMethods(SymbolicClass model, ClassName generated) {
        Set<String> methodNames = model.methods().stream().map(SymbolicMethod::name).collect(Collectors.toSet());
        Map<String, String> gradOwners = new HashMap<>();
        List<CompiledMethod> methods = new ArrayList<>();
        for (SymbolicMethod method : model.methods()) {
            methods.add(CompiledMethod.of(method, generated));
            if (method.grad().isEmpty()) {
                continue;
            }
            String gradName = method.grad().get().methodName();
            if (methodNames.contains(gradName)) {
                throw new IllegalStateException("bug in Symbolon: @Grad on " + method.name() + " generates a method "
                        + gradName + ", but the class already has a @Symbolic method of that name, a name clash"
                        + " the front end refuses");
            }
            String other = gradOwners.putIfAbsent(gradName, method.name());
            if (other != null) {
                throw new IllegalStateException("bug in Symbolon: @Grad on " + other + " and on an overload of "
                        + method.name() + " both generate a method " + gradName + ", a name clash the front end refuses");
            }
            methods.add(CompiledMethod.grad(method, method.grad().get(), generated));
        }
        return methods;
    }

    /** Generated methods that javac would refuse as duplicates, found here with a sentence instead. */
    private static void requireDistinctSignatures(List<MethodSpec> members) {
        Set<String> seen = new TreeSet<>();
        for (MethodSpec m : members) {
            String signature = m.name() + m.parameters().stream().map(p -> p.type().toString())
                    .collect(Collectors.joining(", ", "(", ")"));
            if (!seen.add(signature)) {
                throw new IllegalStateException("bug in Symbolon: the generated class would have two methods "
                        + signature + ", a name clash the front end refuses");
            }
        }
    }

    private static String qualified(SymbolicClass model) {
        String name = model.nameInPackage();
        return model.packageName().isEmpty() ? name : model.packageName() + "." + name;
    }

    /**
     * The constructors, which also start scalar shared variables at their fields' initializers, and
     * the accessors of the device and the shared variables.
     */
    private static final class Members {
        private Members() {}

        static List<MethodSpec> constructors(List<SharedField> fields, Graphs graphs) {
            MethodSpec configured = MethodSpec.constructorBuilder()
                    .addModifiers(Modifier.PUBLIC)
                    .addJavadoc("Runs on the configured device (system property {@code symbolon.device} or environment\n"
                            + "variable {@code SYMBOLON_DEVICE}; the CPU by default).\n")
                    .addStatement("this($T.configured())", JavaTypes.DEVICE)
                    .build();
            MethodSpec.Builder chosen = MethodSpec.constructorBuilder()
                    .addModifiers(Modifier.PUBLIC)
                    .addJavadoc("Runs on {@code device}, in the mode configured now (system property\n"
                            + "{@code symbolon.mode} or environment variable {@code SYMBOLON_MODE}): {@code debug} checks\n"
                            + "every call. On the CPU the generated code runs; on another device, the executor that\n"
                            + "serves it (for CUDA, symbolon-runtime-cuda on the class path).\n\n"
                            + "Under {@code auto}, a class that the GPU's executor cannot run yet runs on the CPU.\n\n"
                            + "@throws IllegalStateException if it is a CUDA device that has no executor on the class path\n"
                            + "or that is not present\n")
                    .addParameter(JavaTypes.DEVICE, "device")
                    .addStatement("$T.Placement placement = $T.installed().place($T.requireNonNull(device, $S), () -> $L)",
                            JavaTypes.EXECUTORS, JavaTypes.EXECUTORS, Objects.class,
                            "device is null; pass Device.cpu() or Device.configured()", graphs.all())
                    .addStatement("this.device = placement.device()")
                    .addStatement("this.$L = placement.executors()", EXECUTORS)
                    .addStatement("this.$L = $T.configured() == $T.DEBUG", DEBUG_MODE, JavaTypes.MODE, JavaTypes.MODE);
            for (SharedField field : fields) {
                field.initialValue().ifPresent(value -> chosen.addStatement("this.$L.setValue($L)", field.name(),
                        JavaTypes.literal(value)));
            }
            return List.of(configured, chosen.build());
        }

        static List<MethodSpec> accessors(List<SharedField> fields) {
            List<MethodSpec> accessors = new ArrayList<>();
            accessors.add(MethodSpec.methodBuilder("device")
                    .addModifiers(Modifier.PUBLIC)
                    .returns(JavaTypes.DEVICE)
                    .addJavadoc("The device this instance runs on, resolved: never {@code auto}.\n")
                    .addStatement("return device")
                    .build());
            for (SharedField field : fields) {
                accessors.add(MethodSpec.methodBuilder(field.name())
                        .addModifiers(Modifier.PUBLIC)
                        .returns(JavaTypes.SHARED_VARIABLE)
                        .addJavadoc("The state of {@code @Shared} field {@code $L} ($L).\n", field.name(),
                                field.node().type())
                        .addStatement("return $L", field.name())
                        .build());
            }
            return accessors;
        }
    }
}
