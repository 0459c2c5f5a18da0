package dev.symbolon.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.symbolon.processor.Compilations.compile;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.symbolon.internal.ir.CatalogueEntry;
import dev.symbolon.internal.ir.GraphError;
import dev.symbolon.processor.diagnostics.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per message of the processor's catalogue, and per graph error a @Symbolic body can make:
 * the error, its file and its line.
 */
class DiagnosticsTest {

    /** Class {@code tutorial.Model} with the DSL imported and {@code members} as its body. */
    private static JavaFileObject model(String... members) {
        List<String> lines = new ArrayList<>(List.of(
                "package tutorial;",
                "",
                "import static dev.symbolon.T.*;",
                "",
                "import dev.symbolon.*;",
                "import dev.symbolon.annotation.*;",
                "",
                "public class Model {"));
        lines.addAll(List.of(members));
        lines.add("}");
        return Compilations.source("Model", lines.toArray(String[]::new));
    }

    /** Compiles {@code members} in class Model and asserts {@code message} on the line containing {@code line}. */
    private static Compilation assertError(CatalogueEntry message, String text, String line, String... members) {
        JavaFileObject source = model(members);
        Compilation compilation = compile(source);
        assertThat(compilation).hadErrorContaining("[" + message.id() + "] ");
        assertThat(compilation).hadErrorContaining(text).inFile(source).onLineContaining(line);
        return compilation;
    }

    @Test
    void loop() {
        assertError(Message.LOOP, "'for' loops are not allowed", "for (int i",
                "    @Symbolic static double f(double x) {",
                "        double y = x;",
                "        for (int i = 0; i < 3; i++) { y = y * x; }",
                "        return y;",
                "    }");
    }

    @Test
    void branch() {
        assertError(Message.BRANCH, "'if' is not allowed in a @Symbolic method", "if (x > 0)",
                "    @Symbolic static double f(double x) {",
                "        double y = x;",
                "        if (x > 0) { y = -x; }",
                "        return y;",
                "    }");
    }

    @Test
    void ternaryIsABranch() {
        assertError(Message.BRANCH, "choose values elementwise with where(condition, ifTrue, ifFalse)", "return x > 0",
                "    @Symbolic static double f(double x) {",
                "        return x > 0 ? x : -x;",
                "    }");
    }

    @Test
    void callOutsideDsl() {
        assertError(Message.CALL_OUTSIDE_DSL, "'Math.random(...)' is not a function of the symbolic DSL",
                "Math.random()",
                "    @Symbolic static double f(double x) {",
                "        double noise = Math.random();",
                "        return x + noise;",
                "    }");
    }

    @Test
    void callOfAPlainMethodIsOutsideDsl() {
        assertError(Message.CALL_OUTSIDE_DSL, "'helper(...)'", "return helper(x)",
                "    static double helper(double x) { return x; }",
                "    @Symbolic static double f(double x) {",
                "        return helper(x);",
                "    }");
    }

    @Test
    void assignmentToParameter() {
        assertError(Message.ASSIGNMENT_TO_PARAMETER, "parameter 'x' cannot be assigned", "x = x * 2",
                "    @Symbolic static double f(double x) {",
                "        x = x * 2;",
                "        return x;",
                "    }");
    }

    @Test
    void compoundAssignmentToParameter() {
        assertError(Message.COMPOUND_ASSIGNMENT_TO_PARAMETER, "parameter 'x' cannot be changed with '+='",
                "x += 1", 
                "    @Symbolic static double f(double x) {",
                "        x += 1;",
                "        return x;",
                "    }");
    }

    @Test
    void assignmentToShared() {
        assertError(Message.ASSIGNMENT_TO_SHARED, "write 'update(w, newValue);'", "w = w.plus(x)",
                "    @Shared Scalar w;",
                "    @Symbolic Scalar f(Scalar x) {",
                "        w = w.plus(x);",
                "        return x;",
                "    }");
    }

    @Test
    void gradOfNonScalarCost() {
        assertError(GraphError.GRAD_NON_SCALAR_COST, "grad needs a scalar cost, but this cost is a Vector",
                "grad(v.times(v), v)",
                "    @Symbolic static Vector f(Vector v) {",
                "        return grad(v.times(v), v);",
                "    }");
    }

    @Test
    void bernoulliOfABoolProbability() {
        assertError(GraphError.BERNOULLI_PROBABILITY, "bernoulli needs a numeric Scalar probability p, but got Scalar bool[]",
                "bernoulli(x.gt(0), v)",
                "    @Symbolic static Vector f(Scalar x, Vector v) {",
                "        return bernoulli(x.gt(0), v);",
                "    }");
    }

    @Test
    void gradOfIntegerCost() {
        assertError(GraphError.GRAD_NON_FLOAT_COST, "this cost has dtype int32", "grad(n.times(n), n)",
                "    @Symbolic static Scalar f(@Int32 Scalar n) {",
                "        return grad(n.times(n), n);",
                "    }");
    }

    @Test
    void gradWithRespectToUnusedValue() {
        assertError(GraphError.GRAD_WRT_UNUSED, "the cost does not depend on 'y'", "grad(x * x, y)",
                "    @Symbolic static double f(double x, double y) {",
                "        return grad(x * x, y);",
                "    }");
    }

    @Test
    void gradWithRespectToInteger() {
        assertError(GraphError.GRAD_WRT_NOT_FLOAT, "cannot differentiate with respect to 'n' of dtype int32",
                "grad(x.times(n), n)",
                "    @Symbolic static Scalar f(Scalar x, @Int32 Scalar n) {",
                "        return grad(x.times(n), n);",
                "    }");
    }

    @Test
    void updateOfNonSharedField() {
        assertError(GraphError.UPDATE_TARGET_NOT_SHARED, "but 'state' is not one", "update(state, x)",
                "    Scalar state;",
                "    @Symbolic Scalar f(Scalar x) {",
                "        update(state, x);",
                "        return x;",
                "    }");
    }

    @Test
    void updateWithWrongRank() {
        assertError(GraphError.UPDATE_TYPE_MISMATCH, "the new value of @Shared field 'w' is a Scalar float64[], but"
                        + " the field is a Vector float64[?]", "update(w, w.sum())",
                "    @Shared Vector w;",
                "    @Symbolic Scalar f() {",
                "        update(w, w.sum());",
                "        return w.sum();",
                "    }");
    }

    @Test
    void updateOfAnIntegerFieldWithAFloat() {
        assertError(GraphError.UPDATE_TYPE_MISMATCH, "the new value of @Shared field 'count' is a Scalar float64[],"
                        + " but the field is a Scalar int32[]", "update(count, x)",
                "    @Shared @Int32 Scalar count;",
                "    @Symbolic Scalar f(Scalar x) {",
                "        update(count, x);",
                "        return x;",
                "    }");
    }

    @Test
    void updateOfAnIntegerFieldWithAFractionalLiteral() {
        assertError(GraphError.UPDATE_TYPE_MISMATCH, "no float into an integer field", "update(count, 0.5)",
                "    @Shared @Int32 Scalar count;",
                "    @Symbolic Scalar f(Scalar x) {",
                "        update(count, 0.5);",
                "        return x;",
                "    }");
    }

    @Test
    void duplicateUpdate() {
        assertError(GraphError.DUPLICATE_UPDATE, "@Shared field 'state' is updated twice", "update(state, x.times(2))",
                "    @Shared Scalar state;",
                "    @Symbolic Scalar f(Scalar x) {",
                "        update(state, x);",
                "        update(state, x.times(2));",
                "        return x;",
                "    }");
    }

    @Test
    void updateInsideAnExpression() {
        assertError(Message.UPDATE_NOT_A_STATEMENT, "update(...) has no value", "var y = update(state, x)",
                "    @Shared Scalar state;",
                "    @Symbolic Scalar f(Scalar x) {",
                "        var y = update(state, x);",
                "        return x;",
                "    }");
    }

    @Test
    void unknownGradName() {
        assertError(Message.GRAD_UNKNOWN_WRT, "@Grad names 'z', which is neither a parameter of cost nor a"
                        + " @Shared field; name some of: x, w", "@Grad(wrt = \"z\")",
                "    @Shared Scalar w;",
                "    @Grad(wrt = \"z\")",
                "    @Symbolic Scalar cost(Scalar x) { return x.times(w); }");
    }

    @Test
    void gradOnNonScalarMethod() {
        assertError(Message.GRAD_NEEDS_SCALAR_COST, "@Grad needs a method that returns a float scalar cost,"
                        + " but f returns Vector", "@Grad @Symbolic",
                "    @Grad @Symbolic static Vector f(Vector x) { return x.times(x); }");
    }

    @Test
    void tensorWithoutRank() {
        assertError(Message.TENSOR_WITHOUT_RANK, "Tensor 't' needs its number of dimensions", "Tensor t",
                "    @Symbolic static Scalar f(",
                "            Tensor t) { return t.sum(); }");
    }

    @Test
    void unsupportedParameterType() {
        assertError(Message.UNSUPPORTED_PARAMETER_TYPE, "parameter 's' has type java.lang.String", "String s",
                "    @Symbolic static double f(double x,",
                "            String s) { return x; }");
    }

    @Test
    void unsupportedReturnType() {
        assertError(Message.UNSUPPORTED_RETURN_TYPE, "f returns double[], which is not symbolic", "double[] f",
                "    @Symbolic static double[] f(double x) { return null; }");
    }

    @Test
    void unsupportedSharedFieldType() {
        assertError(Message.UNSUPPORTED_FIELD_TYPE, "@Shared field 'name' has type java.lang.String",
                "String name",
                "    @Shared String name;",
                "    @Symbolic static double f(double x) { return x; }");
    }

    @Test
    void unsupportedRecordComponent() {
        assertError(Message.UNSUPPORTED_RECORD_COMPONENT, "component 'label' of record Pair has type"
                        + " java.lang.String", "record Pair",
                "    public record Pair(double value, String label) {}",
                "    @Symbolic static Pair f(double x) { return new Pair(x, \"x\"); }");
    }

    @Test
    void missingReturn() {
        assertError(Message.MISSING_RETURN, "f must end with 'return <expression>;'", "static double f",
                "    @Symbolic static double f(double x) {",
                "        double y = x;",
                "    }");
    }

    @Test
    void statementAfterReturn() {
        assertError(Message.STATEMENT_AFTER_RETURN, "'return' must be the last statement", "double y = x",
                "    @Symbolic static double f(double x) {",
                "        return x;",
                "        double y = x;",
                "    }");
    }

    @Test
    void recursion() {
        assertError(Message.RECURSION, "g calls itself (g -> f -> g)", "return g(x) * 2",
                "    @Symbolic static double f(double x) {",
                "        return g(x) * 2;",
                "    }",
                "    @Symbolic static double g(double x) {",
                "        return f(x);",
                "    }");
    }

    @Test
    void methodWithoutBody() {
        JavaFileObject source = Compilations.source("Model",
                "package tutorial;",
                "",
                "import dev.symbolon.annotation.Symbolic;",
                "",
                "public abstract class Model {",
                "    @Symbolic abstract double f(double x);",
                "}");
        Compilation compilation = compile(source);
        assertThat(compilation).hadErrorContaining("[" + Message.NO_BODY.id() + "] the body of @Symbolic method f"
                + " cannot be read").inFile(source).onLineContaining("abstract double f");
    }

    @Test
    void generatedNameClash() {
        assertError(Message.NAME_CLASH, "the generated name 'costGrad' clashes: the gradient method of 'cost' and"
                        + " @Symbolic method 'costGrad' have the same name", "@Grad @Symbolic",
                "    @Symbolic static double costGrad(double x) { return x; }",
                "    @Grad @Symbolic static double cost(double x) { return x * x; }");
    }

    @Test
    void intoFormNameClash() {
        assertError(Message.NAME_CLASH, "the generated name 'scaledInto' clashes: the Into form of 'scaled' and"
                        + " @Symbolic method 'scaledInto' have the same name", "Vector scaled(",
                "    @Symbolic static Vector scaledInto(Vector x) { return x; }",
                "    @Symbolic static Vector scaled(Vector x) { return x.times(2.0); }");
    }

    @Test
    void gradIntoFormNameClash() {
        assertError(Message.NAME_CLASH, "the generated name 'costGradInto' clashes: the Into form of 'costGrad' and"
                        + " @Symbolic method 'costGradInto' have the same name", "@Grad @Symbolic",
                "    @Symbolic static double costGradInto(double x) { return x; }",
                "    @Grad @Symbolic static Scalar cost(Vector x) { return sum(x.times(x)); }");
    }

    @Test
    void scalarMethodsHaveNoIntoForm() {
        assertThat(compile(model("    @Symbolic static double twiceInto(double x) { return x; }",
                "    @Symbolic static double twice(double x) { return 2 * x; }"))).succeeded();
    }

    @Test
    void theDeviceAccessorKeepsItsName() {
        assertError(Message.NAME_CLASH, "the generated name 'device' clashes: the accessor of @Shared field"
                + " 'device' and the generated device() accessor have the same name", "Scalar device",
                "    @Shared Scalar device;",
                "    @Symbolic Scalar f(Scalar x) { return x.plus(device); }");
    }

    @Test
    void namesTheGeneratedClassKeepsForDebugModeAndExecutors() {
        assertError(Message.NAME_CLASH, "the generated name 'debugMode' clashes: the accessor of @Shared field"
                + " 'debugMode' and the generated field debugMode have the same name", "Scalar debugMode",
                "    @Shared Scalar debugMode;",
                "    @Symbolic Scalar f(Scalar x) { return x.plus(debugMode); }");
        assertError(Message.NAME_CLASH, "the generated name 'executors' clashes: the accessor of @Shared field"
                + " 'executors' and the generated field executors have the same name", "Scalar executors",
                "    @Shared Scalar executors;",
                "    @Symbolic Scalar f(Scalar x) { return x.plus(executors); }");
        assertError(Message.NAME_CLASH, "nested records tutorial.Model.Graphs and the generated class Graphs",
                "@Symbolic static Graphs",
                "    public record Graphs(double a) {}",
                "    @Symbolic static Graphs f(double x) { return new Graphs(x); }");
    }

    @Test
    void axisOutOfRange() {
        assertError(GraphError.AXIS_OUT_OF_RANGE, "sum axis 3 is out of range for 1 dimensions; operand: Vector"
                        + " float64[?]", "return v.sum(3)",
                "    @Symbolic static Scalar f(Vector v) {",
                "        Scalar s = v.sum();",
                "        return v.sum(3);",
                "    }");
    }

    @Test
    void transposeWithAWrongPermutation() {
        assertError(GraphError.TRANSPOSE_PERMUTATION, "transpose of a Tensor(rank 3) float64[?,?,?] needs a"
                        + " permutation of its axes, each of 0..2 once, but got [0, 1]", "t.transpose(0, 1)",
                "    @Symbolic static Tensor f(@Rank(3) Tensor t) {",
                "        return t.transpose(0, 1);",
                "    }");
    }

    @Test
    void reshapeWithTwoInferredSizes() {
        assertError(GraphError.RESHAPE_SIZES, "reshape of a Vector float64[?] to [-1, -1]: each size must be at least"
                        + " 0, except one that may be -1", "v.reshape(-1, -1)",
                "    @Symbolic static Matrix f(Vector v) {",
                "        Vector w = v.exp();",
                "        return v.reshape(-1, -1);",
                "    }");
    }

    @Test
    void maxOfBoolValues() {
        assertError(GraphError.BOOL_OPERAND, "max does not take bool values, but its operand is Vector bool[?]",
                "v.gt(0.0).max()",
                "    @Symbolic static Scalar f(Vector v) {",
                "        Vector w = v.exp();",
                "        return v.gt(0.0).max();",
                "    }");
    }

    @Test
    void aRecordNamedLikeTheGeneratedClass() {
        assertError(Message.NAME_CLASH, "the generated name 'CompiledModel' clashes: nested records"
                        + " tutorial.Model.CompiledModel and the generated class CompiledModel itself",
                "@Symbolic static CompiledModel",
                "    public record CompiledModel(double a) {}",
                "    @Symbolic static CompiledModel f(double x) { return new CompiledModel(x); }");
    }

    @Test
    void unsupportedStatement() {
        assertError(Message.UNSUPPORTED_STATEMENT, "a block is not allowed in a @Symbolic method", "{ double y",
                "    @Symbolic static double f(double x) {",
                "        { double y = x; }",
                "        return x;",
                "    }");
    }

    @Test
    void unsupportedExpression() {
        assertError(Message.UNSUPPORTED_EXPRESSION, "the operator conditional and is not part of the symbolic DSL",
                "double inside",
                "    @Symbolic static double f(double x) {",
                "        double inside = where(x > 0 && x < 1, x, 0.0);",
                "        return inside;",
                "    }");
    }

    @Test
    void unknownName() {
        assertError(Message.UNKNOWN_NAME, "'scale' is not a local, parameter, @Shared field or static final"
                        + " constant", "return x * scale",
                "    double scale = 2;",
                "    @Symbolic double f(double x) {",
                "        return x * scale;",
                "    }");
    }

    @Test
    void noMatchingFunction() {
        assertError(Message.NO_MATCHING_FUNCTION, "Vector.sum cannot take (Scalar int32[])", "v.sum(axis)",
                "    @Symbolic static Scalar f(Vector v, int axis) {",
                "        return v.sum(axis);",
                "    }");
    }

    @Test
    void transposeOfAMatrixTakesNoPermutation() {
        assertError(Message.NO_MATCHING_FUNCTION, "Matrix.T cannot take (int, int)", "m.T(1, 0)",
                "    @Symbolic static Matrix f(Matrix m) {",
                "        return m.T(1, 0);",
                "    }");
    }

    @Test
    void anAxisMustBeAnInt() {
        assertError(Message.NO_MATCHING_FUNCTION, "sum cannot take (Matrix float64[?,?], long)", "sum(m, 0L)",
                "    @Symbolic static Vector f(Matrix m) {",
                "        return sum(m, 0L);",
                "    }");
    }

    @Test
    void localWithoutValue() {
        assertError(Message.LOCAL_WITHOUT_VALUE, "local 'y' needs an initial value; declare it as"
                        + " 'double y = <expression>;'", "double y;",
                "    @Symbolic static double f(double x) {",
                "        double y;",
                "        y = x;",
                "        return y;",
                "    }");
    }

    @Test
    void gradWithoutSymbolic() {
        assertError(Message.GRAD_WITHOUT_SYMBOLIC, "add @Symbolic to f", "double f",
                "    @Grad static double f(double x) { return x; }");
    }

    @Test
    void annotationConflict() {
        assertError(Message.ANNOTATION_CONFLICT, "x is declared double but annotated @Int32", "@Int32 double x",
                "    @Symbolic static double f(",
                "            @Int32 double x) { return x; }");
    }

    @Test
    void recordOutsideReturn() {
        assertError(Message.RECORD_OUTSIDE_RETURN, "new Pair(...) is allowed only as the expression of the final"
                        + " return", "Pair p = new Pair",
                "    public record Pair(double a, double b) {}",
                "    @Symbolic static Pair f(double x) {",
                "        Pair p = new Pair(x, x);",
                "        return p;",
                "    }");
    }

    @Test
    void sharedInitializerThatIsNotAConstant() {
        assertThat(assertError(Message.SHARED_INITIALIZER, "@Shared field 'rate' cannot start at 'Math.random()':"
                        + " only a double, float, int or long @Shared field may have an initializer, and it must be"
                        + " a constant",
                "Math.random()",
                "    @Shared double rate =",
                "            Math.random();",
                "    @Symbolic double f(double x) { return x * rate; }")).hadErrorCount(1);
    }

    @Test
    void sharedInitializerOfANonPrimitiveField() {
        assertThat(assertError(Message.SHARED_INITIALIZER,
                "set any other start value at run time with w().setValue(...)",
                "Vector w = null",
                "    @Shared Vector w = null;",
                "    @Symbolic Scalar f(Vector x) { return dot(w, x); }")).hadErrorCount(1);
    }

    @Test
    void staticSharedField() {
        assertThat(assertError(Message.STATIC_SHARED,
                "@Shared field 'v' is static, but shared state belongs to each instance",
                "static Vector v",
                "    @Shared static Vector v;",
                "    @Symbolic Scalar f(Vector x) { return dot(v, x); }")).hadErrorCount(1);
    }

    @Test
    void kotlinClass() {
        // A stand-in for Kotlin's annotation, which kapt's stubs carry as javac sees them here.
        JavaFileObject metadata = JavaFileObjects.forSourceLines("kotlin.Metadata",
                "package kotlin;",
                "",
                "import java.lang.annotation.*;",
                "",
                "@Retention(RetentionPolicy.RUNTIME)",
                "@Target(ElementType.TYPE)",
                "public @interface Metadata {",
                "    int k() default 1;",
                "}");
        JavaFileObject stub = Compilations.source("Logistic",
                "package tutorial;",
                "",
                "import dev.symbolon.annotation.Symbolic;",
                "",
                "@kotlin.Metadata(k = 1)",
                "public final class Logistic {",
                "    @Symbolic public static final double logistic(double x) {",
                "        return 0.0;",
                "    }",
                "}");
        Compilation compilation = compile(metadata, stub);
        assertThat(compilation).hadErrorContaining("[" + Message.KOTLIN_CLASS.id() + "] tutorial.Logistic is a Kotlin"
                + " class").inFile(stub).onLineContaining("public final class Logistic");
        assertThat(compilation).hadErrorContaining("models are read from Java source").inFile(stub)
                .onLineContaining("public final class Logistic");
        assertThat(compilation).hadErrorContaining("build the graph at run time from Kotlin with T.function")
                .inFile(stub).onLineContaining("public final class Logistic");
        assertThat(compilation).hadErrorContaining("write this class in Java and call its generated class from Kotlin").inFile(stub)
                .onLineContaining("public final class Logistic");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void generatedClassCannotBeWritten() {
        JavaFileObject source = model("    @Symbolic static double f(double x) { return x; }");
        JavaFileObject existing = Compilations.source("CompiledModel",
                "package tutorial;",
                "",
                "public class CompiledModel {}");
        Compilation compilation = compile(source, existing);
        assertThat(compilation).hadErrorContaining("[" + Message.WRITE_FAILED.id() + "] could not write the generated"
                + " class tutorial.CompiledModel").inFile(source).onLineContaining("public class Model");
    }

    @Test
    void internalError(@TempDir Path generated) throws IOException {
        JavaFileObject source = model("    @Symbolic static double f(double x) { return x; }");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        JavaCompiler.CompilationTask task = javac.getTask(null, null, diagnostics,
                List.of("-proc:only", "-s", generated.toString(), "-A" + SymbolicProcessor.FAIL_FOR_TESTING + "=true",
                        "-classpath", System.getProperty("java.class.path")),
                null, List.of(source));
        task.setProcessors(List.of(new SymbolicProcessor()));

        assertThat(task.call()).isFalse();
        List<String> errors = diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> d.getLineNumber() + ": " + d.getMessage(null)).toList();
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0)).startsWith("8: [" + Message.INTERNAL_ERROR.id() + "] internal error in the"
                + " Symbolon processor while processing tutorial.Model: java.lang.IllegalStateException: failure"
                + " forced by -Asymbolon.failForTesting");
        assertThat(errors.get(0)).contains("please report it");
        try (var files = Files.walk(generated)) {
            assertThat(files.filter(Files::isRegularFile).toList()).isEmpty();
        }
    }

    @Test
    void errorsOfEveryMethodAreReported() {
        JavaFileObject source = model(
                "    @Symbolic static double f(double x) {",
                "        x = 1;",
                "        double y = Math.random();",
                "        return x;",
                "    }",
                "    @Symbolic static double g(double x) {",
                "        while (true) { }",
                "    }");
        Compilation compilation = compile(source);
        assertThat(compilation).hadErrorContaining(Message.ASSIGNMENT_TO_PARAMETER.id()).inFile(source)
                .onLineContaining("x = 1");
        assertThat(compilation).hadErrorContaining(Message.CALL_OUTSIDE_DSL.id()).inFile(source)
                .onLineContaining("Math.random()");
        assertThat(compilation).hadErrorContaining(Message.LOOP.id()).inFile(source)
                .onLineContaining("while (true)");
    }
}
