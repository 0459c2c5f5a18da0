package dev.symbolon.internal.cuda;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Virtual registers of one kernel, numbered per class; ptxas assigns the hardware registers, so every
 * value gets its own name and the declarations are written once the body is known.
 */
final class PtxRegisters {
    private final Map<String, Integer> counts = new LinkedHashMap<>();

    /** A fresh register of {@code type} ({@code f64}, {@code f32}, {@code b64}, {@code b32}, {@code pred}). */
    String fresh(String type) {
        int n = counts.merge(type, 1, Integer::sum) - 1;
        return "%" + prefix(type) + n;
    }

    String declarations() {
        StringBuilder out = new StringBuilder();
        counts.forEach((type, n) -> out.append("    .reg .").append(type).append(" %")
                .append(prefix(type)).append('<').append(n).append(">;\n"));
        return out.toString();
    }

    private static String prefix(String type) {
        return switch (type) {
            case "f64" -> "fd";
            case "f32" -> "f";
            case "b64" -> "rd";
            case "b32" -> "r";
            case "pred" -> "p";
            default -> throw new IllegalArgumentException("no register class " + type);
        };
    }
}
