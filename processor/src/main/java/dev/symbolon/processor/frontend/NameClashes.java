package dev.symbolon.processor.frontend;

import dev.symbolon.annotation.Grad;
import dev.symbolon.internal.model.Output;
import dev.symbolon.internal.model.SharedField;
import dev.symbolon.internal.model.SymbolicMethod;
import dev.symbolon.processor.diagnostics.Message;
import dev.symbolon.processor.diagnostics.Reporter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * Names the generated class will declare, which must not clash: its methods ({@code debugPrint},
 * {@code toDot}, {@code toSvg},
 * {@code device}, one per {@code @Symbolic} method, one per {@code @Grad}, and the {@code Into} form of each
 * of these with an array output), the accessors and fields
 * of shared fields (beside the generated fields {@code debugMode}, {@code executors} and {@code PROFILING}),
 * the nested records (beside the generated {@code Graphs}, {@code Profile} and the generated class itself),
 * and the components of each gradient record.
 */
final class NameClashes {
    private final Reporter reporter;
    private final TypeElement type;
    private final String generatedName;
    private final Map<String, String> members = new HashMap<>();
    private final Map<String, String> records = new HashMap<>();

    NameClashes(Reporter reporter, TypeElement type, String generatedName) {
        this.reporter = reporter;
        this.type = type;
        this.generatedName = generatedName;
    }

    void check(List<SharedField> sharedFields, List<MethodSignature> signatures, List<SymbolicMethod> methods) {
        members.put("debugPrint", "the generated debugPrint(String)");
        members.put("toDot", "the generated toDot(String)");
        members.put("toSvg", "the generated toSvg(String)");
        members.put("debugMode", "the generated field debugMode");
        members.put("executors", "the generated field executors");
        members.put("randomState", "the generated field randomState");
        members.put("seed", "the generated seed(long)");
        members.put("PROFILING", "the generated field PROFILING");
        members.put("device", "the generated device() accessor");
        records.put("Graphs", "the generated class Graphs");
        records.put("Profile", "the generated class Profile");
        // a nested record of the generated class cannot have its name: Java forbids a member type
        // named like the class around it
        records.put(generatedName, "the generated class " + generatedName + " itself");
        for (SharedField field : sharedFields) {
            claimMember(field.name(), "the accessor of @Shared field '" + field.name() + "'", fieldElement(field));
        }
        for (MethodSignature s : signatures) {
            claimMember(s.name(), "@Symbolic method '" + s.name() + "'", s.element());
        }
        for (MethodSignature s : signatures) {
            if (s.element().getAnnotation(Grad.class) != null) {
                claimMember(s.name() + "Grad", "the gradient method of '" + s.name() + "'", s.element());
            }
            if (s.result() instanceof Declarations.Result.Record record) {
                claimRecord(record.simpleName(), record.qualifiedName(), s.element());
            }
        }
        for (MethodSignature s : signatures) {
            if (s.element().getAnnotation(Grad.class) != null) {
                String name = s.name();
                String record = Character.toUpperCase(name.charAt(0)) + name.substring(1) + "Grad";
                claimRecord(record, "the gradient record of '" + name + "'", s.element());
            }
        }
        for (SymbolicMethod m : methods) {
            if (m.outputs().stream().anyMatch(o -> o.node().rank() > 0)) {
                claimMember(m.name() + "Into", "the Into form of '" + m.name() + "'", elementOf(signatures, m.name()));
            }
            m.grad().filter(g -> g.outputs().stream().anyMatch(o -> o.node().rank() > 0)).ifPresent(g -> claimMember(
                    g.methodName() + "Into", "the Into form of '" + g.methodName() + "'", elementOf(signatures, m.name())));
        }
        for (SymbolicMethod m : methods) {
            m.grad().ifPresent(g -> {
                Set<String> components = new HashSet<>();
                for (Output o : g.outputs()) {
                    if (!components.add(o.name())) {
                        reporter.error(Message.NAME_CLASH, elementOf(signatures, m.name()), o.name(),
                                "record " + g.recordName() + " would have two components named '" + o.name() + "'");
                    }
                }
            });
        }
    }

    private void claimMember(String name, String what, Element element) {
        String previous = members.putIfAbsent(name, what);
        if (previous != null) {
            reporter.error(Message.NAME_CLASH, element, name, what + " and " + previous + " have the same name");
        }
    }

    private void claimRecord(String simpleName, String owner, Element element) {
        String previous = records.putIfAbsent(simpleName, owner);
        if (previous != null && !previous.equals(owner)) {
            reporter.error(Message.NAME_CLASH, element, simpleName,
                    "nested records " + owner + " and " + previous + " would have the same name");
        }
    }

    private Element fieldElement(SharedField field) {
        return type.getEnclosedElements().stream().map(Element.class::cast)
                .filter(e -> e.getKind() == ElementKind.FIELD && e.getSimpleName().contentEquals(field.name()))
                .findFirst().orElse(type);
    }

    private static Element elementOf(List<MethodSignature> signatures, String name) {
        return signatures.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().element();
    }
}
