package io.github.revops.json;

import java.math.BigDecimal;
import java.util.Map;

/** The compact JSON text of a tree, for messages and {@link JsonTree#toString()}. */
final class JsonText {

    private JsonText() {
    }

    static String of(JsonTree tree) {
        StringBuilder out = new StringBuilder();
        append(tree, out);
        return out.toString();
    }

    private static void append(JsonTree tree, StringBuilder out) {
        if (tree instanceof JsonTree.Obj obj) {
            out.append('{');
            String separator = "";
            for (Map.Entry<String, JsonTree> member : obj.members().entrySet()) {
                out.append(separator);
                quote(member.getKey(), out);
                out.append(':');
                append(member.getValue(), out);
                separator = ",";
            }
            out.append('}');
        } else if (tree instanceof JsonTree.Arr arr) {
            out.append('[');
            String separator = "";
            for (JsonTree item : arr.items()) {
                out.append(separator);
                append(item, out);
                separator = ",";
            }
            out.append(']');
        } else if (tree instanceof JsonTree.Str str) {
            quote(str.value(), out);
        } else if (tree instanceof JsonTree.Num num) {
            out.append(number(num.value()));
        } else if (tree instanceof JsonTree.Bool bool) {
            out.append(bool.value());
        } else {
            out.append("null");
        }
    }

    /**
     * A number's text: plain notation, or with an exponent when plain would be long ({@code 1E+999999999} stays
     * short, for messages about hostile documents).
     */
    static String number(BigDecimal value) {
        boolean moderate = Math.abs((long) value.precision() - value.scale()) <= 100 && value.scale() <= 100;
        return moderate ? value.toPlainString() : value.toString();
    }

    static void quote(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
