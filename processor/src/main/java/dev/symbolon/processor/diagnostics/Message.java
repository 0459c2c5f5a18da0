package dev.symbolon.processor.diagnostics;

import dev.symbolon.internal.ir.CatalogueEntry;
import dev.symbolon.internal.ir.GraphError;

/**
 * The errors of the javac front end, in one place: an id that users can search for, and a sentence
 * that says what is wrong and what to write instead. Arguments fill the {@code %s} placeholders in
 * order. Errors of the graphs themselves (operand types, gradients, updates) are the compiler core's
 * {@link GraphError}s, reported under their own ids; the ids of both catalogues are unique together.
 * SYM027, once a graph error passed through as prose, is retired.
 */
public enum Message implements CatalogueEntry {
    LOOP("SYM001", "'%s' loops are not allowed in a @Symbolic method: a body is straight-line math;"
            + " compute on whole vectors and matrices instead (elementwise operators, sum, mean, dot, ...)"),
    BRANCH("SYM002", "%s is not allowed in a @Symbolic method: a body has no branches;"
            + " choose values elementwise with where(condition, ifTrue, ifFalse)"),
    CALL_OUTSIDE_DSL("SYM003", "%s is not a function of the symbolic DSL; call the functions of dev.symbolon.T"
            + " (exp, log, sum, dot, where, ...), the methods of Scalar, Vector, Matrix and Tensor, java.lang.Math's"
            + " exp log log1p expm1 sqrt abs tanh sin cos pow max min, or another @Symbolic method of this class"),
    ASSIGNMENT_TO_PARAMETER("SYM004", "parameter '%s' cannot be assigned: parameters are the inputs of the graph;"
            + " declare a local for the new value instead, e.g. 'var %s2 = ...;'"),
    COMPOUND_ASSIGNMENT_TO_PARAMETER("SYM005", "parameter '%s' cannot be changed with '%s': parameters are the"
            + " inputs of the graph; declare a local initialized from it and change that, e.g. 'var %s2 = %s;'"),
    ASSIGNMENT_TO_SHARED("SYM006", "@Shared field '%s' cannot be assigned in a @Symbolic method;"
            + " write 'update(%s, newValue);' to give it a new value after the call"),
    UPDATE_NOT_A_STATEMENT("SYM014", "update(...) has no value: write it as a statement of its own,"
            + " 'update(field, newValue);'"),
    GRAD_UNKNOWN_WRT("SYM015", "@Grad names '%s', which is neither a parameter of %s nor a @Shared field;"
            + " name some of: %s"),
    GRAD_NEEDS_SCALAR_COST("SYM016", "@Grad needs a method that returns a float scalar cost, but %s returns %s;"
            + " return the cost (reduce it with sum(...) or mean(...)) and compute other outputs in another method"),
    TENSOR_WITHOUT_RANK("SYM017", "Tensor %s needs its number of dimensions: annotate it with @Rank(n),"
            + " or declare it as Scalar, Vector or Matrix"),
    UNSUPPORTED_PARAMETER_TYPE("SYM018", "parameter '%s' has type %s, which is not symbolic;"
            + " declare it as double, float, int, long, Scalar, Vector, Matrix or Tensor with @Rank"),
    UNSUPPORTED_RETURN_TYPE("SYM019", "%s returns %s, which is not symbolic; return double, float, int, long,"
            + " Scalar, Vector, Matrix, Tensor with @Rank, or a record of these for several outputs"),
    UNSUPPORTED_FIELD_TYPE("SYM020", "@Shared field '%s' has type %s, which is not symbolic;"
            + " declare it as Scalar, Vector, Matrix or Tensor with @Rank, or a double, float, int or long"),
    UNSUPPORTED_RECORD_COMPONENT("SYM021", "component '%s' of record %s has type %s, which is not symbolic;"
            + " declare it as double, float, int, long, Scalar, Vector, Matrix or Tensor with @Rank"),
    MISSING_RETURN("SYM022", "%s must end with 'return <expression>;' giving its result"),
    STATEMENT_AFTER_RETURN("SYM023", "'return' must be the last statement of a @Symbolic method;"
            + " move this statement before it"),
    RECURSION("SYM024", "%s calls itself (%s); calls to @Symbolic methods are inlined, so recursion never ends;"
            + " write the computation without it"),
    NO_BODY("SYM025", "the body of @Symbolic method %s cannot be read: it must have a body in a Java source file"
            + " compiled with this processor (not abstract or native, not from a class file or a Kotlin stub)"),
    NAME_CLASH("SYM026", "the generated name '%s' clashes: %s; rename one of them"),
    UNSUPPORTED_STATEMENT("SYM028", "%s is not allowed in a @Symbolic method; a body is local declarations,"
            + " assignments to locals, update(...) statements and one final return"),
    UNSUPPORTED_EXPRESSION("SYM029", "%s is not part of the symbolic DSL; use numeric literals, parameters, locals,"
            + " @Shared fields, static final constants, + - * / %%, comparisons and calls of DSL functions"),
    UNKNOWN_NAME("SYM030", "'%s' is not a local, parameter, @Shared field or static final constant of this class;"
            + " a @Symbolic method reads only those (a field needs @Shared, a constant needs static final)"),
    NO_MATCHING_FUNCTION("SYM031", "%s cannot take (%s); arguments must be symbolic values or numbers,"
            + " and an axis or shape must be a constant int"),
    LOCAL_WITHOUT_VALUE("SYM032", "local '%s' needs an initial value; declare it as '%s %s = <expression>;'"),
    GRAD_WITHOUT_SYMBOLIC("SYM033", "@Grad applies to @Symbolic methods; add @Symbolic to %s"),
    ANNOTATION_CONFLICT("SYM034", "%s is declared %s but annotated %s; remove the annotation or change the type"),
    RECORD_OUTSIDE_RETURN("SYM035", "new %s(...) is allowed only as the expression of the final return,"
            + " where it names the outputs of the method"),
    WRITE_FAILED("SYM036", "could not write the generated class %s: %s; remove or rename the class of that name"),
    INTERNAL_ERROR("SYM037", "internal error in the Symbolon processor while processing %s: %s;"
            + " please report it with this class"),
    SHARED_INITIALIZER("SYM038", "@Shared field '%s' cannot start at '%s': only a double, float, int or long"
            + " @Shared field may have an initializer, and it must be a constant (numbers, static final constants,"
            + " + - * / %%), e.g. '@Shared double rate = 0.5;'; set any other start value at run time"
            + " with %s().setValue(...)"),
    STATIC_SHARED("SYM039", "@Shared field '%s' is static, but shared state belongs to each instance of the"
            + " generated class; remove 'static' (a value that never changes is a 'static final' constant)"),
    KOTLIN_CLASS("SYM040", "%s is a Kotlin class (it carries @kotlin.Metadata): kapt gives the processor stubs"
            + " without the method bodies, so its @Symbolic methods cannot be read; models are read from Java"
            + " source compiled by javac: build the graph at run time from Kotlin with T.function (API.md,"
            + " 'Graphs built at run time'), or write this class in Java and call its generated class from Kotlin"),
    ECLIPSE_COMPILER("SYM041", "%s is not compiled: Symbolon reads @Symbolic method bodies through javac's tree"
            + " API (com.sun.source), and the Eclipse compiler (ECJ) has none; compile the model classes with"
            + " javac: run the Maven or Gradle build (mvn compile, gradle compileJava, or a Maven or Gradle"
            + " launch in Eclipse) and add its generated sources folder to the Eclipse project"),
    HIDDEN_JAVAC("SYM042", "%s is not compiled: the build tool hands annotation processors a %s, behind which"
            + " Symbolon finds no javac tree API (com.sun.source) to read @Symbolic method bodies with;"
            + " compile the model classes with plain javac (mvn compile, gradle compileJava), and report the"
            + " build tool so that Symbolon can look behind its wrapper"),
    DOT_WRITE_FAILED("SYM055", "could not write the graph picture %s that -Asymbolon.dot=true asks for: %s;"
            + " remove what is in the way, or drop the option"),
    PROCESSOR_ON_CLASS_PATH("SYM056", "symbolon-processor is on the compile class path: javac runs processors"
            + " found there only up to JDK 22 (JDK 23 and later, and -proc:none, compile without them, and every"
            + " Compiled class goes missing as 'cannot find symbol'); put it on the processor path instead"
            + " (Maven: maven-compiler-plugin's annotationProcessorPaths; Gradle: the annotationProcessor"
            + " configuration) and remove it from the dependencies");

    private final String id;
    private final String template;

    Message(String id, String template) {
        this.id = id;
        this.template = template;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String template() {
        return template;
    }
}
