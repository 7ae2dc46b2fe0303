package io.github.revops.json;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The codecs of optional values, lists, sets and maps. An optional value is its value or null; a list or set is an
 * array in its order; a map with text or enum keys is an object, its members in key order. On input, each may be
 * left out of its object: it reads as empty.
 */
final class Containers {

    private Containers() {
    }

    /** The value, or null when empty. */
    static <V> Codec<Optional<V>> optional(Codec<V> value) {
        return new Codec<>() {
            @Override
            public String expected() {
                return value.expected() + " or null";
            }

            @Override
            public void write(Optional<V> v, JsonSink out) {
                if (v.isPresent()) {
                    value.write(v.get(), out);
                } else {
                    out.nullValue();
                }
            }

            @Override
            public Optional<V> read(Node node) {
                return node.isNull() ? Optional.empty() : Optional.of(value.read(node));
            }

            @Override
            public Optional<V> absent(Node at) {
                return Optional.empty();
            }
        };
    }

    /** An array, in the list's order. */
    static <V> Codec<List<V>> list(Codec<V> item) {
        return new Codec<>() {
            @Override
            public String expected() {
                return "an array";
            }

            @Override
            public void write(List<V> values, JsonSink out) {
                out.beginArray();
                for (V v : values) {
                    item.write(v, out);
                }
                out.endArray();
            }

            @Override
            public List<V> read(Node node) {
                List<V> values = new ArrayList<>();
                for (Node n : node.items(expected())) {
                    values.add(item.read(n));
                }
                return Collections.unmodifiableList(values);
            }

            @Override
            public List<V> absent(Node at) {
                return List.of();
            }
        };
    }

    /** An array of text, in natural order, each once. */
    static Codec<SortedSet<String>> sortedStrings() {
        Codec<List<String>> list = list(Scalars.STRING);
        return new Codec<>() {
            @Override
            public String expected() {
                return "an array of strings";
            }

            @Override
            public void write(SortedSet<String> values, JsonSink out) {
                list.write(List.copyOf(values), out);
            }

            @Override
            public SortedSet<String> read(Node node) {
                List<String> values = list.read(node);
                SortedSet<String> set = new TreeSet<>(values);
                if (set.size() != values.size()) {
                    throw node.fail("lists a string twice: " + Shown.of(node.tree().toString()));
                }
                return Collections.unmodifiableSortedSet(set);
            }

            @Override
            public SortedSet<String> absent(Node at) {
                return Collections.emptySortedSet();
            }
        };
    }

    /** An object whose member names are the keys, in natural key order; reads as a sorted map. */
    static <V> Codec<SortedMap<String, V>> stringMap(Codec<V> value) {
        return new Codec<>() {
            @Override
            public String expected() {
                return "an object";
            }

            @Override
            public void write(SortedMap<String, V> values, JsonSink out) {
                out.beginObject();
                new TreeMap<>(values).forEach((k, v) -> {
                    out.name(k);
                    value.write(v, out);
                });
                out.endObject();
            }

            @Override
            public SortedMap<String, V> read(Node node) {
                SortedMap<String, V> values = new TreeMap<>();
                node.object(expected()).members().forEach((k, v) -> values.put(k, value.read(node.member(k, v))));
                return Collections.unmodifiableSortedMap(values);
            }

            @Override
            public SortedMap<String, V> absent(Node at) {
                return Collections.emptySortedMap();
            }
        };
    }

    /** A map with text keys, such as segment attributes, as {@link #stringMap}: its members in key order. */
    static <V> Codec<Map<String, V>> textMap(Codec<V> value) {
        Codec<SortedMap<String, V>> sorted = stringMap(value);
        return new Codec<>() {
            @Override
            public String expected() {
                return sorted.expected();
            }

            @Override
            public void write(Map<String, V> values, JsonSink out) {
                sorted.write(new TreeMap<>(values), out);
            }

            @Override
            public Map<String, V> read(Node node) {
                return Collections.unmodifiableMap(new LinkedHashMap<>(sorted.read(node)));
            }

            @Override
            public Map<String, V> absent(Node at) {
                return Map.of();
            }
        };
    }

    /** An object whose member names are an enum's constants, in declaration order. */
    static <E extends Enum<E>, V> Codec<SortedMap<E, V>> enumMap(Class<E> type, Codec<V> value) {
        Codec<E> key = Scalars.enumeration(type);
        return new Codec<>() {
            @Override
            public String expected() {
                return "an object";
            }

            @Override
            public void write(SortedMap<E, V> values, JsonSink out) {
                out.beginObject();
                new TreeMap<>(values).forEach((k, v) -> {
                    out.name(k.name());
                    value.write(v, out);
                });
                out.endObject();
            }

            @Override
            public SortedMap<E, V> read(Node node) {
                SortedMap<E, V> values = new TreeMap<>();
                node.object(expected()).members().forEach((k, v) -> {
                    Node member = node.member(k, v);
                    values.put(key.read(member.withTree(new JsonTree.Str(k))), value.read(member));
                });
                return Collections.unmodifiableSortedMap(values);
            }

            @Override
            public SortedMap<E, V> absent(Node at) {
                return Collections.emptySortedMap();
            }
        };
    }

    /** A type written in another shape, such as a collection class as its array; left out, as that shape. */
    static <T, S> Codec<T> mapped(String expected, Codec<S> shape, Function<T, S> to, Function<S, T> from) {
        return new Codec<>() {
            @Override
            public String expected() {
                return expected;
            }

            @Override
            public void write(T value, JsonSink out) {
                shape.write(to.apply(value), out);
            }

            @Override
            public T read(Node node) {
                S parts = shape.read(node);
                try {
                    return from.apply(parts);
                } catch (IllegalArgumentException e) {
                    throw node.fail("is not valid: " + e.getMessage(), e);
                }
            }

            @Override
            public T absent(Node at) {
                try {
                    return from.apply(shape.absent(at));
                } catch (IllegalArgumentException e) {
                    throw at.fail("is required (" + expected + ")", e);
                }
            }
        };
    }
}
