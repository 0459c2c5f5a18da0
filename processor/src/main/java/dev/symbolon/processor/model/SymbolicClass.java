package dev.symbolon.processor.model;

import java.util.List;

/**
 * A user class with {@code @Symbolic} methods, read into graphs: everything the code generator needs
 * to write {@code Compiled<simpleName>}, and nothing of javac's.
 *
 * @param packageName the user class's package ("" for the unnamed package)
 * @param simpleName the user class's simple name; the generated class is {@code "Compiled" + simpleName}
 * @param sourceFile the user's source file name, for messages ({@code Basics.java})
 * @param sharedFields the {@code @Shared} fields in declaration order
 * @param methods the {@code @Symbolic} methods in declaration order
 */
public record SymbolicClass(String packageName, String simpleName, String sourceFile, List<SharedField> sharedFields,
                            List<SymbolicMethod> methods) {
    public SymbolicClass {
        sharedFields = List.copyOf(sharedFields);
        methods = List.copyOf(methods);
    }

    public String generatedSimpleName() {
        return "Compiled" + simpleName;
    }
}
