package dev.symbolon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.symbolon.internal.dsl.DslFunction;
import dev.symbolon.internal.dsl.DslTable;
import dev.symbolon.internal.dsl.Param;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.runtime.DType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * {@code T}'s functions and the handles' methods against {@link DslTable}: each has exactly the Java
 * overloads that the table's forms imply for every combination of handle classes, with the handle
 * of the result's rank, and builds the node the table's builder builds.
 *
 * <p>The overloads a form implies: one per handle class (Scalar, Vector, Matrix, Tensor) at each
 * {@link Param#OPERAND}, and {@code double} too where the parameter takes a literal; {@code
 * SymbolicValue} at a {@link Param#VALUE}; {@code int} at an axis, {@code DType} at a dtype, {@code
 * int[]} at a {@link Param#AXES} (whose length no Java type holds, so the result's handle must fit every
 * length); at an
 * {@link Param#INTS}, {@code int...}, and one or two {@code int}s where that gives a result handle
 * more specific than {@code int...}'s. All operands {@code double}: only where the function also
 * computes on plain doubles, returning {@code double}. A method is a form with its receiver as
 * first operand, under each name {@link DslTable#methodNames()} has for it.
 */
class OverloadsTest {
    private static final List<Class<?>> HANDLES = List.of(Scalar.class, Vector.class, Matrix.class, Tensor.class);

    /**
     * T's functions outside the table: plain-Java twins that only let javac accept a body whose
     * primitive scalars the compiler reads as symbolic (a comparison of doubles is a Java boolean there).
     */
    private static final Set<String> JAVAC_AIDS = Set.of(
            "double where(boolean,double,double)", "float where(boolean,float,float)",
            "double grad(double,double)", "float grad(float,float)", "double grad(SymbolicValue,double)",
            "void update(double,double)", "void update(double,SymbolicValue)");

    /**
     * T's functions for graphs built at run time, outside the table too: they make inputs and compile
     * a function, and are no operation a symbolic body may call.
     */
    private static final Set<String> RUN_TIME_GRAPHS = Set.of(
            "Scalar scalar(String)", "Scalar scalar(String,DType)", "Vector vector(String)",
            "Vector vector(String,DType)", "Matrix matrix(String)", "Matrix matrix(String,DType)",
            "Tensor tensor(String,int)", "Tensor tensor(String,int,DType)",
            "CompiledFunction function(List,List)", "CompiledFunction function(List,List,Map)");

    /** The functions with an operand of integers (indices, a length), by its position. */
    private static final Map<String, Integer> INTEGER_OPERAND = Map.of("get", 1, "take", 1, "takeAlongAxis", 1,
            "arange", 0, "oneHot", 0);

    /** The functions of images: their Tensors are rank 4 (NCHW, OIHW) and their ints (stride, size) 1. */
    private static final Set<String> IMAGE_FUNCTIONS = Set.of("conv2d", "maxPool2d", "avgPool2d");

    /** Marks the choices of an {@link Param#INTS} parameter, to tell one int from an axis. */
    private static final String INTS = "ints:";

    /** The handles' public methods that are no DSL function: a Tensor's rank. */
    private static final Set<String> HANDLE_ACCESSORS = Set.of("int rank()");

    @Test
    void tHasExactlyTheOverloadsOfTheTable() {
        Set<String> expected = new TreeSet<>(JAVAC_AIDS);
        expected.addAll(RUN_TIME_GRAPHS);
        for (DslFunction form : DslTable.all()) {
            expected.addAll(overloads(form, form.name(), Optional.empty()));
        }
        Set<String> declared = Arrays.stream(T.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers()))
                .map(OverloadsTest::signature).collect(Collectors.toCollection(TreeSet::new));
        assertSignatures("T", expected, declared);
    }

    @Test
    void eachHandleHasExactlyTheMethodsOfTheTable() {
        for (Class<?> handle : HANDLES) {
            Set<String> expected = new TreeSet<>(HANDLE_ACCESSORS);
            for (String method : DslTable.methodNames()) {
                for (DslFunction form : DslTable.methodForms(method)) {
                    expected.addAll(overloads(form, method, Optional.of(handle)));
                }
            }
            if (handle != Tensor.class) {
                expected.remove("int rank()");
            }
            Set<String> declared = Arrays.stream(handle.getMethods())
                    .filter(m -> !Modifier.isStatic(m.getModifiers()) && !isObjects(m))
                    .map(OverloadsTest::signature).collect(Collectors.toCollection(TreeSet::new));
            assertSignatures(handle.getSimpleName(), expected, declared);
        }
    }

    /**
     * The same node, except that two draws are two nodes by design (each draw its own key): then the
     * same op, type and inputs.
     */
    private static void assertBuildsTheSameNode(Node expected, Node actual, String what) {
        if (!expected.op().isDraw()) {
            assertSame(expected, actual, what);
            return;
        }
        assertNotSame(expected, actual, what + ": two draws must be two nodes");
        assertEquals(expected.op(), actual.op(), what);
        assertEquals(expected.type(), actual.type(), what);
        assertEquals(expected.inputs(), actual.inputs(), what);
    }

    @Test
    void tBuildsTheNodesOfTheTable() throws ReflectiveOperationException {
        int checked = 0;
        for (Method f : T.class.getDeclaredMethods()) {
            Optional<DslFunction> form = sampledForm(f.getName(), DslTable.forms(f.getName()), f.getParameterTypes());
            if (Modifier.isPublic(f.getModifiers()) && form.isPresent()) {
                Object[] args = samples(f.getName(), 0, f.getParameterTypes());
                assertBuildsTheSameNode(form.get().builder().build(arguments(args)), node(invoke(f, null, args)),
                        f.toString());
                checked++;
            }
        }
        assertTrue(checked > 300, "checked " + checked);
    }

    @Test
    void handleMethodsBuildTheNodesOfTheTable() throws ReflectiveOperationException {
        int checked = 0;
        for (Class<?> handle : HANDLES) {
            for (Method m : handle.getMethods()) {
                List<Class<?>> params = new ArrayList<>(List.of(handle));
                params.addAll(List.of(m.getParameterTypes()));
                Optional<DslFunction> form = sampledForm(m.getName(), DslTable.methodForms(m.getName()),
                        params.toArray(Class<?>[]::new));
                if (!Modifier.isStatic(m.getModifiers()) && form.isPresent()) {
                    Object receiver = sample(handle);
                    Object[] args = samples(m.getName(), 1, m.getParameterTypes());
                    List<Object> all = new ArrayList<>(List.of(receiver));
                    all.addAll(List.of(args));
                    assertSame(form.get().builder().build(arguments(all.toArray())), node(invoke(m, receiver, args)),
                            handle.getSimpleName() + "." + m.getName());
                    checked++;
                }
            }
        }
        assertTrue(checked > 150, "checked " + checked);
    }

    private static void assertSignatures(String owner, Set<String> expected, Set<String> declared) {
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(declared);
        Set<String> extra = new TreeSet<>(declared);
        extra.removeAll(expected);
        assertEquals("", (missing.isEmpty() ? "" : owner + " lacks " + missing + "\n")
                + (extra.isEmpty() ? "" : owner + " has what the DSL table does not: " + extra));
    }

    // ---- the overloads a form implies

    /** The Java signatures of {@code form} under {@code name}; with a receiver, its first parameter is that handle. */
    private static Set<String> overloads(DslFunction form, String name, Optional<Class<?>> receiver) {
        List<Param> params = form.params();
        if (receiver.isPresent() && !params.get(0).isSymbolic()) {
            return Set.of();
        }
        List<List<String>> choices = new ArrayList<>();
        for (int i = receiver.isPresent() ? 1 : 0; i < params.size(); i++) {
            choices.add(choices(params.get(i)));
        }
        Set<String> out = new TreeSet<>();
        for (List<String> combination : combinations(choices)) {
            List<String> all = new ArrayList<>(combination);
            receiver.ifPresent(r -> all.add(0, r.getSimpleName()));
            Optional<String> returned = returned(form, all);
            if (returned.isPresent()) {
                List<String> declared = receiver.isPresent() ? all.subList(1, all.size()) : all;
                out.add(returned.get() + " " + name + "(" + String.join(",", declared).replace(INTS, "") + ")");
            }
        }
        String doubles = params.stream().map(p -> "double").collect(Collectors.joining(","));
        switch (form.result()) {
            case VALUE_COMPUTED_ON_DOUBLES -> out.add("double " + name + "(" + doubles + ")");
            case VALUE_COMPARED_ON_DOUBLES -> out.add("boolean " + name + "(" + doubles + ")");
            case VALUE, NONE -> { }
        }
        if (receiver.isPresent()) {
            out.removeIf(s -> s.startsWith("double ") || s.startsWith("boolean "));
        }
        return out;
    }

    private static List<String> choices(Param param) {
        List<String> choices = new ArrayList<>(switch (param) {
            case OPERAND, OPERAND_OR_DOUBLE -> HANDLES.stream().map(Class::getSimpleName).toList();
            case VALUE, VALUE_OR_DOUBLE -> List.of("SymbolicValue");
            case AXIS, INT -> List.of("int");
            case INTS -> List.of(INTS + "int...", INTS + "int", INTS + "int,int");
            case DTYPE -> List.of("DType");
            case OPERANDS -> HANDLES.stream().map(h -> h.getSimpleName() + "...").toList();
            case AXES -> List.of("int[]");
        });
        if (param.takesDouble()) {
            choices.add("double");
        }
        return choices;
    }

    /** What the overload with these parameter types returns; empty where the form implies none. */
    private static Optional<String> returned(DslFunction form, List<String> types) {
        List<String> operands = new ArrayList<>();
        int ints = -1;
        for (String t : types) {
            if (t.startsWith(INTS)) {
                ints = t.endsWith("...") ? -1 : t.split(",").length;
            } else if (!t.equals("DType") && !t.equals("int") && !t.equals("int[]")) {
                operands.add(t.replace("...", ""));
            }
        }
        if (!operands.isEmpty() && operands.stream().allMatch(t -> t.equals("double"))) {
            return Optional.empty(); // plain doubles compute, if the form says so
        }
        Optional<String> handle = handle(form, operands, ints);
        if (ints >= 1 && handle.isPresent() && handle.equals(handle(form, operands, -1))) {
            return Optional.empty(); // int... says the same
        }
        return form.result() == DslFunction.Result.NONE ? handle.map(h -> "void") : handle;
    }

    /**
     * The result's handle: the rule applied with each Tensor of rank 3 and of 4, each SymbolicValue of
     * every rank, int... of 3 and of 4 ints, and lists of axes of 0 to 2 pairs; a rank that varies between
     * them is a Tensor's.
     */
    private static Optional<String> handle(DslFunction form, List<String> operands, int ints) {
        Set<OptionalInt> results = new TreeSet<>((a, b) -> Integer.compare(a.orElse(-1), b.orElse(-1)));
        for (int tensor = 3; tensor <= 4; tensor++) {
            for (int value = 0; value <= 4; value++) {
                int t = tensor;
                int v = value;
                int[] ranks = operands.stream().mapToInt(o -> switch (o) {
                    case "Scalar", "double" -> 0;
                    case "Vector" -> 1;
                    case "Matrix" -> 2;
                    case "Tensor" -> t;
                    default -> v;
                }).toArray();
                if (form.params().contains(Param.AXES)) {
                    for (int pairs = 0; pairs <= 2; pairs++) {
                        results.add(form.resultRank(ranks, pairs));
                    }
                } else {
                    results.add(form.resultRank(ranks, ints >= 0 ? ints : t));
                }
            }
        }
        if (results.stream().anyMatch(OptionalInt::isEmpty)) {
            assertEquals(1, results.size(), form + " takes " + operands + " for some ranks of a Tensor only");
            return Optional.empty();
        }
        return Optional.of(results.size() == 1 && results.iterator().next().getAsInt() < 3
                ? HANDLES.get(results.iterator().next().getAsInt()).getSimpleName() : "Tensor");
    }

    private static List<List<String>> combinations(List<List<String>> choices) {
        List<List<String>> out = new ArrayList<>(List.of(List.of()));
        for (List<String> options : choices) {
            List<List<String>> next = new ArrayList<>();
            for (List<String> prefix : out) {
                for (String option : options) {
                    List<String> longer = new ArrayList<>(prefix);
                    longer.add(option);
                    next.add(longer);
                }
            }
            out = next;
        }
        return out;
    }

    /** Whether {@code m} is (or overrides) a method of Object. */
    private static boolean isObjects(Method m) {
        return Arrays.stream(Object.class.getMethods()).anyMatch(o -> o.getName().equals(m.getName())
                && Arrays.equals(o.getParameterTypes(), m.getParameterTypes()));
    }

    private static String signature(Method m) {
        String params = IntStream.range(0, m.getParameterCount())
                .mapToObj(i -> m.isVarArgs() && i == m.getParameterCount() - 1
                        ? m.getParameterTypes()[i].getComponentType().getSimpleName() + "..."
                        : m.getParameterTypes()[i].getSimpleName())
                .collect(Collectors.joining(","));
        return m.getReturnType().getSimpleName() + " " + m.getName() + "(" + params + ")";
    }

    // ---- the nodes built

    /**
     * The form a sampled call of these parameter types reaches: handles, axis 0 and a dtype only
     * (a literal's typing and a shape are the front end's tests'), grad, jacobian, hessian and update
     * left to their own tests, since a sampled cost does not depend on a sampled wrt.
     */
    private static Optional<DslFunction> sampledForm(String name, List<DslFunction> forms, Class<?>[] params) {
        boolean sampleable = Arrays.stream(params).allMatch(p -> HANDLES.contains(p) || p == int.class
                || p == int[].class || p == DType.class || p == SymbolicValue.class
                || p.isArray() && HANDLES.contains(p.getComponentType()));
        if (!sampleable || name.equals("grad") || name.equals("jacobian") || name.equals("hessian")
                || name.equals("update") || name.equals("reshape")) {
            return Optional.empty();
        }
        return forms.stream().filter(f -> f.params().size() == params.length
                        && (!f.isVarargs() || f.varargs() == Param.OPERANDS)
                        && IntStream.range(0, params.length).allMatch(i -> f.params().get(i).isSymbolic()
                                == (HANDLES.contains(handle(params[i])) || params[i] == SymbolicValue.class)))
                .filter(f -> takesRanks(f, params)).findFirst();
    }

    /** Whether the form's rank rule takes handles of these classes: forms of one arity may differ in ranks. */
    private static boolean takesRanks(DslFunction form, Class<?>[] params) {
        if (Arrays.asList(params).contains(SymbolicValue.class)) {
            return true;
        }
        int[] ranks = Arrays.stream(params).map(OverloadsTest::handle).filter(HANDLES::contains)
                .mapToInt(HANDLES::indexOf).toArray();
        int ints = (int) Arrays.stream(params).filter(p -> p == int.class).count();
        return form.resultRank(ranks, ints).isPresent();
    }

    /** The handle class of a parameter, its component type for operand varargs. */
    private static Class<?> handle(Class<?> param) {
        return param.isArray() ? param.getComponentType() : param;
    }

    private static DslFunction.Arguments arguments(Object[] args) {
        List<Node> operands = new ArrayList<>();
        List<Integer> ints = new ArrayList<>();
        List<int[]> axisLists = new ArrayList<>();
        DType dtype = null;
        for (Object a : args) {
            if (a instanceof SymbolicValue[] vs) {
                Arrays.stream(vs).forEach(v -> operands.add(v.node()));
            } else if (a instanceof SymbolicValue v) {
                operands.add(v.node());
            } else if (a instanceof Integer i) {
                ints.add(i);
            } else if (a instanceof int[] axes) {
                axisLists.add(axes);
            } else {
                dtype = (DType) a;
            }
        }
        return new DslFunction.Arguments(operands, ints.stream().mapToInt(Integer::intValue).toArray(), dtype,
                axisLists);
    }

    /**
     * Samples of {@code types}, the parameters of {@code function} from operand {@code first} on (1 for a
     * method, whose receiver is operand 0); the operand that takes integers (indices, a length) is int64.
     */
    private static Object[] samples(String function, int first, Class<?>[] types) {
        Integer integer = INTEGER_OPERAND.get(function);
        Object[] args = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            args[i] = integer != null && integer == first + i && types[i] != int.class
                    ? Map.<Class<?>, Object>of(Scalar.class, Scalar.input("i", DType.INT64), Vector.class,
                    Vector.input("iv", DType.INT64), Matrix.class, Matrix.input("im", DType.INT64), Tensor.class,
                    Tensor.input("it", DType.INT64, 3)).get(types[i])
                    : IMAGE_FUNCTIONS.contains(function) && types[i] == Tensor.class
                    ? Tensor.input("images", DType.FLOAT64, 4)
                    : IMAGE_FUNCTIONS.contains(function) && types[i] == int.class ? 1 : sample(types[i]);
        }
        return args;
    }

    /**
     * A float64 value of each handle class (a rank-3 Tensor), a Matrix as a value of any rank, two of them
     * for operand varargs, axis 0, a list of axis 0, a dtype.
     */
    private static Object sample(Class<?> type) {
        if (type.isArray() && type != int[].class) {
            Object[] two = (Object[]) java.lang.reflect.Array.newInstance(type.getComponentType(), 2);
            two[0] = sample(type.getComponentType());
            two[1] = sample(type.getComponentType());
            return two;
        }
        return Map.<Class<?>, Object>of(Scalar.class, Scalar.input("s"), Vector.class, Vector.input("v"),
                Matrix.class, Matrix.input("m"), Tensor.class, Tensor.input("t", DType.FLOAT64, 3),
                SymbolicValue.class, Matrix.input("m"), int.class, 0, int[].class, new int[] {0},
                DType.class, DType.FLOAT32).get(type);
    }

    private static Object invoke(Method m, Object receiver, Object[] args) throws IllegalAccessException {
        try {
            return m.invoke(receiver, args);
        } catch (InvocationTargetException e) {
            throw new AssertionError(m + " failed: " + e.getCause(), e.getCause());
        }
    }

    private static Node node(Object handle) {
        return ((SymbolicValue) handle).node();
    }
}
