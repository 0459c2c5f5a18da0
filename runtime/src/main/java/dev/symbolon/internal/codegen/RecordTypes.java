package dev.symbolon.internal.codegen;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.model.Output;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The nested records that compiled methods return, one per name. Two methods may return the same
 * record when its components agree; a name asked for with different components is a clash.
 */
final class RecordTypes {
    private final String generatedName;
    private final Map<String, List<Component>> records = new LinkedHashMap<>();

    private record Component(String name, TypeName type) {
        @Override
        public String toString() {
            return type + " " + name;
        }
    }

    RecordTypes(String generatedName) {
        this.generatedName = generatedName;
    }

    void add(CompiledMethod method) {
        if (method.record().isEmpty()) {
            return;
        }
        String name = method.record().get().simpleName();
        if (name.equals(generatedName)) {
            throw new IllegalStateException("bug in Symbolon: method " + method.name() + " returns a record named "
                    + name + ", the generated class's own name, which the front end refuses as a name clash");
        }
        List<Component> components = new ArrayList<>();
        for (Output output : method.outputs()) {
            Node node = output.node();
            components.add(new Component(output.name(), JavaTypes.value(node.type().dtype(), node.rank())));
        }
        List<Component> existing = records.putIfAbsent(name, components);
        if (existing != null && !existing.equals(components)) {
            throw new IllegalStateException("bug in Symbolon: two results are named record " + name + " but differ: "
                    + existing + " and, for method " + method.name() + ", " + components
                    + "; the front end refuses two records of one name as a name clash");
        }
    }

    List<TypeSpec> specs() {
        List<TypeSpec> specs = new ArrayList<>();
        records.forEach((name, components) -> {
            MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
            for (Component c : components) {
                constructor.addParameter(c.type(), c.name());
            }
            specs.add(TypeSpec.recordBuilder(name)
                    .addModifiers(Modifier.PUBLIC)
                    .recordConstructor(constructor.build())
                    .build());
        });
        return specs;
    }
}
