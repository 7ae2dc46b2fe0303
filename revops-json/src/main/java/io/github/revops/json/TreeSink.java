package io.github.revops.json;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A sink that collects one value's events into a {@link JsonTree}. */
final class TreeSink implements JsonSink {

    /** An object or array being built, with the name of its pending member. */
    private static final class Open {
        final Map<String, JsonTree> members;
        final List<JsonTree> items;
        String name;

        Open(boolean object) {
            members = object ? new LinkedHashMap<>() : null;
            items = object ? null : new ArrayList<>();
        }
    }

    private final Deque<Open> open = new ArrayDeque<>();
    private JsonTree result;

    static JsonTree treeOf(Object value, Codec<Object> codec) {
        TreeSink sink = new TreeSink();
        codec.write(value, sink);
        return sink.result();
    }

    JsonTree result() {
        if (result == null || !open.isEmpty()) {
            throw new IllegalStateException("no complete value was written");
        }
        return result;
    }

    private void add(JsonTree value) {
        Open top = open.peek();
        if (top == null) {
            if (result != null) {
                throw new IllegalStateException("a second value written after " + result);
            }
            result = value;
        } else if (top.members != null) {
            if (top.name == null) {
                throw new IllegalStateException("a member value written without its name");
            }
            if (top.members.putIfAbsent(top.name, value) != null) {
                throw new IllegalStateException("member '" + top.name + "' written twice");
            }
            top.name = null;
        } else {
            top.items.add(value);
        }
    }

    @Override
    public void beginObject() {
        open.push(new Open(true));
    }

    @Override
    public void endObject() {
        Open top = open.pop();
        add(new JsonTree.Obj(top.members));
    }

    @Override
    public void beginArray() {
        open.push(new Open(false));
    }

    @Override
    public void endArray() {
        Open top = open.pop();
        add(new JsonTree.Arr(top.items));
    }

    @Override
    public void name(String name) {
        Open top = open.peek();
        if (top == null || top.members == null) {
            throw new IllegalStateException("a name (" + name + ") outside an object");
        }
        top.name = Objects.requireNonNull(name, "name");
    }

    @Override
    public void string(String value) {
        add(new JsonTree.Str(value));
    }

    @Override
    public void number(long value) {
        add(new JsonTree.Num(BigDecimal.valueOf(value)));
    }

    @Override
    public void number(BigDecimal value) {
        add(new JsonTree.Num(value));
    }

    @Override
    public void bool(boolean value) {
        add(new JsonTree.Bool(value));
    }

    @Override
    public void nullValue() {
        add(JsonTree.Null.NULL);
    }
}
