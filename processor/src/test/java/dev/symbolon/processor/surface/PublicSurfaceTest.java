package dev.symbolon.processor.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.symbolon.annotation.Symbolic;
import dev.symbolon.processor.SymbolicProcessor;
import dev.symbolon.runtime.NDArray;
import dev.symbolon.runtime.SharedVariable;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public surface of each jar is what docs/API.md documents: every public type outside the
 * internal packages is named there, and no public member hands out an internal type. Members that
 * generated code needs and users must not call go through {@code dev.symbolon.internal.access.Internals}.
 */
class PublicSurfaceTest {
    /** The runtime's compiler core; generated code may use it, users may not. */
    private static final Predicate<String> RUNTIME_EXPORTED = p -> !p.startsWith("dev.symbolon.internal");

    /** The processor's own packages besides the processor class's: nothing outside the processor uses them. */
    private static final Set<String> PROCESSOR_INTERNAL = Set.of("dev.symbolon.processor.frontend",
            "dev.symbolon.processor.diagnostics", "dev.symbolon.processor.host");

    private static final String API = readApi();

    @Test
    void everyPublicTypeOfTheAnnotationsJarIsDocumented() {
        assertDocumented(PublicTypes.of(Symbolic.class, p -> true), 7);
    }

    @Test
    void everyPublicTypeOfTheRuntimeJarOutsideInternalIsDocumented() {
        assertDocumented(PublicTypes.of(NDArray.class, RUNTIME_EXPORTED), 10);
    }

    @Test
    void theProcessorJarExportsOnlyTheProcessorClass() throws IOException {
        List<Class<?>> types = PublicTypes.of(SymbolicProcessor.class, p -> !PROCESSOR_INTERNAL.contains(p));
        assertEquals(List.of(SymbolicProcessor.class), types);
        assertDocumented(types, 1);
        Path services = PublicTypes.classesOf(SymbolicProcessor.class)
                .resolve("META-INF/services/javax.annotation.processing.Processor");
        assertEquals(List.of(SymbolicProcessor.class.getName()), Files.readAllLines(services).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList());
    }

    @Test
    void noPublicMemberOfTheApiNamesAnInternalType() {
        List<String> leaks = new ArrayList<>();
        Stream.of(PublicTypes.of(Symbolic.class, p -> true), PublicTypes.of(NDArray.class, RUNTIME_EXPORTED))
                .flatMap(List::stream)
                .forEach(type -> {
                    for (Member member : accessibleMembers(type)) {
                        for (Class<?> used : signature(member)) {
                            if (used.getName().startsWith("dev.symbolon.internal.")) {
                                leaks.add(type.getName() + "." + member.getName() + " uses " + used.getName());
                            }
                        }
                    }
                });
        assertEquals(List.of(), leaks);
    }

    /** The raw state that generated code reads without copying is reached only through Internals. */
    @Test
    void valuesHandOutNoBackingArrayAndSharedVariablesNoRawState() {
        Set<String> arrayReturning = new TreeSet<>();
        for (Method m : NDArray.class.getMethods()) {
            if (m.getReturnType().isArray() && m.getDeclaringClass() == NDArray.class) {
                arrayReturning.add(m.getName());
            }
        }
        assertEquals(Set.of("shape", "toDoubleArray", "toFloatArray", "toIntArray", "toLongArray",
                "toBooleanArray", "toDoubleMatrix"), arrayReturning, "each returns a copy");
        assertEquals(0, SharedVariable.class.getConstructors().length, "SharedVariable.of makes one");
        Set<String> valueReturning = new TreeSet<>();
        for (Method m : SharedVariable.class.getMethods()) {
            if (m.getReturnType() == NDArray.class) {
                valueReturning.add(m.getName());
            }
        }
        assertEquals(Set.of("getValue"), valueReturning, "getValue returns a copy");
    }

    private static void assertDocumented(List<Class<?>> types, int atLeast) {
        assertTrue(types.size() >= atLeast, "found only " + types + ": is the classes folder the module's?");
        List<String> undocumented = types.stream()
                .filter(t -> !documented(PublicTypes.documentedName(t)))
                .map(Class::getName)
                .toList();
        assertEquals(List.of(), undocumented, "public types that docs/API.md does not name in backquotes:"
                + " document them there, or make them package-private or move them to an internal package");
    }

    /** Named in code font: {@code `NDArray`}, {@code `@Symbolic`}, {@code `dev.symbolon.runtime.Device.Kind`}. */
    private static boolean documented(String name) {
        return Pattern.compile("`@?([\\w.]*\\.)?" + Pattern.quote(name) + "(?![\\w])").matcher(API).find();
    }

    private static List<Member> accessibleMembers(Class<?> type) {
        List<Member> members = new ArrayList<>();
        Stream.of(type.getDeclaredMethods(), type.getDeclaredConstructors(), type.getDeclaredFields())
                .flatMap(Arrays::stream)
                .filter(m -> !m.isSynthetic() && isAccessible(type, m.getModifiers()))
                .forEach(members::add);
        return members;
    }

    private static boolean isAccessible(Class<?> type, int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers) && !Modifier.isFinal(type.getModifiers());
    }

    private static List<Class<?>> signature(Member member) {
        List<Class<?>> used = new ArrayList<>();
        if (member instanceof Executable e) {
            used.addAll(Arrays.asList(e.getParameterTypes()));
            used.addAll(Arrays.asList(e.getExceptionTypes()));
        }
        if (member instanceof Method m) {
            used.add(m.getReturnType());
        } else if (member instanceof Field f) {
            used.add(f.getType());
        } else if (!(member instanceof Constructor<?>)) {
            throw new IllegalArgumentException(member.toString());
        }
        return used.stream().map(PublicSurfaceTest::elementType).toList();
    }

    private static Class<?> elementType(Class<?> type) {
        return type.isArray() ? elementType(type.getComponentType()) : type;
    }

    private static String readApi() {
        try {
            return Files.readString(Path.of("../docs/API.md"));
        } catch (IOException e) {
            throw new IllegalStateException("docs/API.md is read from the module's folder, the working directory of"
                    + " its tests", e);
        }
    }
}
