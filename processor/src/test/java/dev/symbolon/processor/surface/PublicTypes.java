package dev.symbolon.processor.surface;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The public types of one jar, read from the compiled classes of its module: the folder or jar its
 * code source names, so a type added to the module is found without being listed anywhere.
 */
final class PublicTypes {
    private PublicTypes() {}

    /** The folder or jar holding the compiled classes of the module that {@code member} belongs to. */
    static Path classesOf(Class<?> member) {
        try {
            return Path.of(member.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Every type of the module that code outside it can name, whose package {@code exported} accepts:
     * public, and, if nested, nested in public types only.
     */
    static List<Class<?>> of(Class<?> member, Predicate<String> exported) {
        Path location = classesOf(member);
        // a module's own tests see its classes folder; a reactor build past `package` gives its dependencies' jars
        try (FileSystem jar = Files.isDirectory(location) ? null : FileSystems.newFileSystem(location)) {
            Path classes = jar == null ? location : jar.getPath("/");
            return list(classes, member.getClassLoader(), exported);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Class<?>> list(Path classes, ClassLoader loader, Predicate<String> exported) throws IOException {
        try (Stream<Path> files = Files.walk(classes)) {
            return files.map(f -> classes.relativize(f).toString())
                    .filter(f -> f.endsWith(".class") && !f.endsWith("package-info.class") && !f.endsWith("module-info.class"))
                    .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.').replace('\\', '.'))
                    .filter(name -> exported.test(name.substring(0, name.lastIndexOf('.'))))
                    .<Class<?>>map(name -> load(name, loader))
                    .filter(PublicTypes::visible)
                    .sorted((a, b) -> a.getName().compareTo(b.getName()))
                    .toList();
        }
    }

    /** {@code Device.Kind} for a nested type, as documentation names it; the simple name otherwise. */
    static String documentedName(Class<?> type) {
        return type.getEnclosingClass() == null ? type.getSimpleName()
                : documentedName(type.getEnclosingClass()) + "." + type.getSimpleName();
    }

    private static boolean visible(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
            if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isLocalClass() || t.isSynthetic()) {
                return false;
            }
        }
        return true;
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
