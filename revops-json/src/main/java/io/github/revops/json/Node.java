package io.github.revops.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A part of the document being read, with its JSON path and the read options: what every codec reads from, and the
 * one place that words the errors.
 */
final class Node {

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final JsonTree tree;
    private final String path;
    private final UnknownProperties unknown;

    private Node(JsonTree tree, String path, UnknownProperties unknown) {
        this.tree = tree;
        this.path = path;
        this.unknown = unknown;
    }

    static Node root(JsonTree tree, UnknownProperties unknown) {
        return new Node(tree, "$", unknown);
    }

    JsonTree tree() {
        return tree;
    }

    String path() {
        return path;
    }

    UnknownProperties unknown() {
        return unknown;
    }

    boolean isNull() {
        return tree == JsonTree.Null.NULL;
    }

    /** The member of this object named {@code name}, holding {@code value}. */
    Node member(String name, JsonTree value) {
        String step = PLAIN_NAME.matcher(name).matches() ? "." + name
                : "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
        return new Node(value, path + step, unknown);
    }

    /** This node's path holding another tree: a member's name read as a key. */
    Node withTree(JsonTree other) {
        return new Node(other, path, unknown);
    }

    /** The item at an index of this array. */
    Node item(int index, JsonTree value) {
        return new Node(value, path + "[" + index + "]", unknown);
    }

    JsonReadException fail(String problem) {
        return new JsonReadException(path, problem, null);
    }

    JsonReadException fail(String problem, Throwable cause) {
        return new JsonReadException(path, problem, cause);
    }

    /** The error for a node of the wrong kind: "expected {@code expected}, found a number (12)". */
    JsonReadException wrongKind(String expected) {
        String found = tree.kind();
        if (!(tree instanceof JsonTree.Obj) && !(tree instanceof JsonTree.Arr) && !isNull()) {
            found += " (" + Shown.of(tree.toString()) + ")";
        }
        return fail("expected " + expected + ", found " + found);
    }

    String string(String expected) {
        if (tree instanceof JsonTree.Str str) {
            return str.value();
        }
        throw wrongKind(expected);
    }

    long whole(String expected) {
        if (tree instanceof JsonTree.Num num && num.isWhole()) {
            BigDecimal value = num.value();
            try {
                return value.longValueExact();
            } catch (ArithmeticException e) {
                throw fail("expected " + expected + ", found " + JsonText.number(value) + ", out of range", e);
            }
        }
        throw wrongKind(expected);
    }

    int wholeInt(String expected) {
        long value = whole(expected);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw fail("expected " + expected + ", found " + value + ", out of range");
        }
        return (int) value;
    }

    boolean bool() {
        if (tree instanceof JsonTree.Bool bool) {
            return bool.value();
        }
        throw wrongKind("true or false");
    }

    List<Node> items(String expected) {
        if (tree instanceof JsonTree.Arr arr) {
            List<Node> items = new ArrayList<>(arr.items().size());
            for (int i = 0; i < arr.items().size(); i++) {
                items.add(item(i, arr.items().get(i)));
            }
            return items;
        }
        throw wrongKind(expected);
    }

    JsonTree.Obj object(String expected) {
        if (tree instanceof JsonTree.Obj obj) {
            return obj;
        }
        throw wrongKind(expected);
    }
}
