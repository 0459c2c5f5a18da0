package dev.symbolon.internal.model;

import java.util.List;

/**
 * A user class with {@code @Symbolic} methods, read into graphs: everything the code generator needs
 * to write its compiled class, and nothing of javac's.
 *
 * @param packageName the user class's package ("" for the unnamed package)
 * @param nameInPackage the user class's name within its package: its simple name, after the names of
 *     the classes it is nested in, joined by dots ({@code Basics}, {@code Outer.Inner})
 * @param sourceFile the user's source file name, for messages ({@code Basics.java})
 * @param sharedFields the {@code @Shared} fields in declaration order
 * @param methods the {@code @Symbolic} methods in declaration order
 */
public record SymbolicClass(String packageName, String nameInPackage, String sourceFile,
                            List<SharedField> sharedFields, List<SymbolicMethod> methods) {
    public SymbolicClass {
        sharedFields = List.copyOf(sharedFields);
        methods = List.copyOf(methods);
    }

    /**
     * The generated class's simple name, in the same package: {@code CompiledBasics}; for a nested
     * class the whole nesting joined by underscores, as Dagger names its components
     * ({@code CompiledOuter_Inner}), so that nested classes of one name in different outer classes
     * do not compete for one generated class.
     */
    public String generatedSimpleName() {
        return generatedSimpleName(nameInPackage);
    }

    /** {@link #generatedSimpleName()} of the class {@code nameInPackage} ({@code Outer.Inner}). */
    public static String generatedSimpleName(String nameInPackage) {
        return "Compiled" + nameInPackage.replace('.', '_');
    }
}
