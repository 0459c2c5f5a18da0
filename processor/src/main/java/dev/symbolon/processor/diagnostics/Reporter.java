package dev.symbolon.processor.diagnostics;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.Trees;
import dev.symbolon.internal.ir.CatalogueEntry;
import dev.symbolon.internal.ir.GraphException;
import java.util.HashSet;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Reports errors of the catalogues ({@link Message}, the core's graph errors) to javac, at an exact
 * expression when there is one, else at a declaration, and counts them so that a class with errors
 * generates nothing. The same error at the same place is printed once: a method inlined into several
 * callers is read several times, and its errors belong to its own lines.
 */
public final class Reporter {
    private final Messager messager;
    private final Trees trees;
    private final Set<String> printed = new HashSet<>();
    private int errorCount;

    public Reporter(Messager messager, Trees trees) {
        this.messager = messager;
        this.trees = trees;
    }

    /** An error at {@code tree}, an expression or statement of {@code unit}. */
    public void error(CatalogueEntry message, Tree tree, CompilationUnitTree unit, Object... args) {
        String text = message.format(args);
        errorCount++;
        if (printed.add(System.identityHashCode(tree) + " " + text)) {
            trees.printMessage(Diagnostic.Kind.ERROR, text, tree, unit);
        }
    }

    /** A graph error at {@code tree}, the expression whose node could not be built. */
    public void error(GraphException e, Tree tree, CompilationUnitTree unit) {
        error(e.error(), tree, unit, e.arguments());
    }

    /** An error at a declaration: a class, method, parameter, field or record component. */
    public void error(CatalogueEntry message, Element element, Object... args) {
        String text = message.format(args);
        errorCount++;
        if (printed.add(System.identityHashCode(element) + " " + text)) {
            messager.printMessage(Diagnostic.Kind.ERROR, text, element);
        }
    }

    /** An error at one of {@code element}'s annotations, such as {@code @Grad}. */
    public void error(CatalogueEntry message, Element element, AnnotationMirror annotation, Object... args) {
        String text = message.format(args);
        errorCount++;
        if (printed.add(System.identityHashCode(annotation) + " " + text)) {
            messager.printMessage(Diagnostic.Kind.ERROR, text, element, annotation);
        }
    }

    /** How many errors were found so far, printed or not; compare before and after reading something. */
    public int errorCount() {
        return errorCount;
    }
}
