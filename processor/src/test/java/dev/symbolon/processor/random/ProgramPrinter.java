package dev.symbolon.processor.random;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Writes a program as Java source: the {@code @Symbolic} class, and a plain twin holding the integer
 * methods as ordinary Java, whose results are what the compiled methods must return.
 */
final class ProgramPrinter {
    static final String PACKAGE = "random";

    private ProgramPrinter() {}

    static String symbolic(Program program) {
        List<String> lines = header(program.className(), true);
        for (Program.Method m : program.methods()) {
            List<String> annotations = new ArrayList<>();
            if (m.grad()) {
                annotations.add("@Grad");
            }
            if (m.flavor() == Flavor.FLOAT32) {
                annotations.add("@Float32");
            }
            annotations.add("@Symbolic");
            method(lines, String.join(" ", annotations) + " static", m, m.body());
        }
        lines.add("}");
        return String.join("\n", lines) + "\n";
    }

    /**
     * The twin class {@code Plain<name>}, or null when the program has no integer method. A symbolic
     * body computes only what its outputs and updates need, so the twin leaves out what such a body
     * never runs: a statement whose value no later statement or the result reads, and the argument
     * of a call for a parameter the callee does not read (it passes zero there instead).
     */
    static String plain(Program program) {
        if (program.methods().stream().noneMatch(m -> m.flavor() == Flavor.INTEGER)) {
            return null;
        }
        List<String> lines = header(plainName(program.className()), false);
        Map<String, Program.Method> callees = new HashMap<>();
        for (Program.Method m : program.methods()) {
            Program.Method dataflow = withoutUnreadArguments(m, callees);
            callees.put(m.name(), dataflow);
            if (m.flavor() == Flavor.INTEGER) {
                method(lines, "public static", dataflow, live(dataflow));
            }
        }
        lines.add("}");
        return String.join("\n", lines) + "\n";
    }

    static String plainName(String className) {
        return "Plain" + className;
    }

    private static List<String> header(String className, boolean dsl) {
        List<String> lines = new ArrayList<>(List.of("package " + PACKAGE + ";", ""));
        if (dsl) {
            lines.addAll(List.of("import static dev.symbolon.T.*;", "", "import dev.symbolon.*;",
                    "import dev.symbolon.annotation.*;", "import dev.symbolon.runtime.DType;", ""));
        }
        lines.add("public class " + className + " {");
        return lines;
    }

    /** {@code m} with each argument of a call, for a parameter the callee never reads, replaced by zero. */
    private static Program.Method withoutUnreadArguments(Program.Method m, Map<String, Program.Method> callees) {
        UnaryOperator<Expr> drop = e -> withoutUnreadArguments(e, callees);
        List<Program.Statement> body = m.body().stream()
                .map(s -> new Program.Statement(s.target(), s.declares(), drop.apply(s.value()))).toList();
        return new Program.Method(m.name(), m.flavor(), m.grad(), m.params(), body, drop.apply(m.result()));
    }

    private static Expr withoutUnreadArguments(Expr e, Map<String, Program.Method> callees) {
        List<Expr> operands = e.operands().stream().map(o -> withoutUnreadArguments(o, callees)).toList();
        if (e instanceof Expr.Apply a && a.spelling() == Spelling.CALL && callees.containsKey(a.function())) {
            Program.Method callee = callees.get(a.function());
            Set<String> read = readAtEntry(callee);
            List<Expr> arguments = new ArrayList<>();
            for (int i = 0; i < operands.size(); i++) {
                Expr.Name param = callee.params().get(i);
                arguments.add(read.contains(param.name()) ? operands.get(i) : zero(param.type()));
            }
            operands = arguments;
        }
        return e.withOperands(operands);
    }

    private static Expr zero(JType type) {
        return new Expr.Literal(type.source.equals("long") ? "0L" : type.source.equals("int") ? "0" : "0.0", type);
    }

    /** The names {@code m} reads before assigning them: its parameters that its result depends on, and more. */
    private static Set<String> readAtEntry(Program.Method m) {
        Set<String> read = names(m.result());
        for (int i = m.body().size() - 1; i >= 0; i--) {
            Program.Statement s = m.body().get(i);
            if (read.remove(s.target().name())) {
                read.addAll(names(s.value()));
            }
        }
        return read;
    }

    /** The statements of {@code m} whose values reach its result, each declaring statement kept as a declaration. */
    private static List<Program.Statement> live(Program.Method m) {
        Set<String> read = names(m.result());
        List<Program.Statement> kept = new ArrayList<>();
        for (int i = m.body().size() - 1; i >= 0; i--) {
            Program.Statement s = m.body().get(i);
            if (read.remove(s.target().name())) {
                read.addAll(names(s.value()));
                kept.add(0, s);
            } else if (s.declares()) {
                kept.add(0, new Program.Statement(s.target(), true, null));
            }
        }
        return kept;
    }

    private static Set<String> names(Expr e) {
        Set<String> names = new HashSet<>();
        e.forEach(x -> {
            if (x instanceof Expr.Name n) {
                names.add(n.name());
            }
        });
        return names;
    }

    private static void method(List<String> lines, String modifiers, Program.Method m, List<Program.Statement> body) {
        String params = m.params().stream().map(p -> p.type().source + " " + p.name())
                .collect(Collectors.joining(", "));
        lines.add("    " + modifiers + " " + m.result().type().source + " " + m.name() + "(" + params + ") {");
        for (Program.Statement s : body) {
            lines.add("        " + (s.declares() ? s.target().type().source + " " : "") + s.target().name()
                    + (s.value() == null ? "" : " = " + expression(s.value())) + ";");
        }
        lines.add("        return " + expression(m.result()) + ";");
        lines.add("    }");
    }

    static String expression(Expr e) {
        if (e instanceof Expr.Name n) {
            return n.name();
        }
        if (e instanceof Expr.Literal l) {
            return l.text();
        }
        return apply((Expr.Apply) e);
    }

    private static String apply(Expr.Apply a) {
        List<String> args = new ArrayList<>();
        a.operands().forEach(o -> args.add(expression(o)));
        return switch (a.spelling()) {
            case INFIX -> "(" + args.get(0) + " " + a.function() + " " + args.get(1) + ")";
            case PREFIX -> "(" + a.function() + (args.get(0).startsWith("-") ? " " : "") + args.get(0) + ")";
            case CAST -> "((" + a.function() + ") " + args.get(0) + ")";
            case MATH -> "Math." + call(a.function(), args, a.constants());
            case STATIC, CALL -> call(a.function(), args, a.constants());
            case QUALIFIED -> "T." + call(a.function(), args, a.constants());
            case METHOD -> args.get(0) + "." + call(a.function(), args.subList(1, args.size()), a.constants());
        };
    }

    private static String call(String function, List<String> args, List<String> constants) {
        List<String> all = new ArrayList<>(args);
        all.addAll(constants);
        return function + "(" + String.join(", ", all) + ")";
    }
}
