package io.github.revops.json;

import java.util.HashSet;
import java.util.Set;

/** Reads the properties of one object by name, remembering which it read. */
final class ObjectIn {

    private final Node node;
    private final JsonTree.Obj object;
    private final Set<String> read = new HashSet<>();

    ObjectIn(Node node, JsonTree.Obj object) {
        this.node = node;
        this.object = object;
    }

    /**
     * Reads a property. One left out is read by {@link Codec#absent}: an error for a required property, empty for a
     * list, a map or an optional value.
     */
    <V> V get(String name, Codec<V> codec) {
        read.add(name);
        JsonTree member = object.members().get(name);
        Node at = node.member(name, member == null ? JsonTree.Null.NULL : member);
        return member == null ? codec.absent(at) : codec.read(at);
    }

    long whole(String name) {
        return get(name, Scalars.LONG);
    }

    int wholeInt(String name) {
        return get(name, Scalars.INT);
    }

    String text(String name) {
        return get(name, Scalars.STRING);
    }

    /** The object's node, for an error about the object as a whole. */
    Node node() {
        return node;
    }

    /** The names of the properties read so far. */
    Set<String> read() {
        return read;
    }
}
