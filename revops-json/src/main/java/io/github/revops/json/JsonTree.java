package io.github.revops.json;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A JSON document as {@link RevopsJson#read} takes it: objects with their members in document order, arrays,
 * strings, exact numbers, booleans and null. A JSON library's parser builds it (the Jackson modules do);
 * {@link RevopsJson#toTree} gives the tree of a value.
 *
 * <p>{@code toString()} is the compact JSON text of the tree.
 *
 * @since 0.1.0
 */
public sealed interface JsonTree {

    /**
     * Returns what this node is, for messages: "an object", "a string", ...
     *
     * @return the description, never null
     */
    String kind();

    /**
     * An object: its members by name, in document order.
     *
     * @param members  the members, not null; copied, order kept
     */
    record Obj(Map<String, JsonTree> members) implements JsonTree {

        /**
         * Creates the object, keeping the members' order.
         *
         * @param members  the members, not null, no null name or value
         */
        public Obj {
            Map<String, JsonTree> copy = new LinkedHashMap<>();
            Objects.requireNonNull(members, "members").forEach((name, value) -> copy.put(
                    Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value")));
            members = Collections.unmodifiableMap(copy);
        }

        @Override
        public String kind() {
            return "an object";
        }

        @Override
        public String toString() {
            return JsonText.of(this);
        }
    }

    /**
     * An array.
     *
     * @param items  the items in order, not null
     */
    record Arr(List<JsonTree> items) implements JsonTree {

        /**
         * Creates the array.
         *
         * @param items  the items, not null, no null item
         */
        public Arr {
            Objects.requireNonNull(items, "items");
            items = List.copyOf(items);
        }

        @Override
        public String kind() {
            return "an array";
        }

        @Override
        public String toString() {
            return JsonText.of(this);
        }
    }

    /**
     * A string.
     *
     * @param value  the string, not null
     */
    record Str(String value) implements JsonTree {

        /**
         * Creates the string.
         *
         * @param value  the string, not null
         */
        public Str {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String kind() {
            return "a string";
        }

        @Override
        public String toString() {
            return JsonText.of(this);
        }
    }

    /**
     * A number, exactly as the document has it.
     *
     * @param value  the number, not null
     */
    record Num(BigDecimal value) implements JsonTree {

        /**
         * Creates the number.
         *
         * @param value  the number, not null
         */
        public Num {
            Objects.requireNonNull(value, "value");
        }

        /**
         * Checks if the number is whole (no fraction, whatever its notation: {@code 2.0} is whole).
         *
         * @return true when whole
         */
        public boolean isWhole() {
            return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
        }

        @Override
        public String kind() {
            return "a number";
        }

        /**
         * Equal when the numbers are equal, whatever their scale: {@code 2.0} equals {@code 2}.
         *
         * @param obj  the other object
         * @return true when both are numbers of the same value
         */
        @Override
        public boolean equals(Object obj) {
            return obj instanceof Num other && value.compareTo(other.value) == 0;
        }

        @Override
        public int hashCode() {
            return value.signum() == 0 ? 0 : value.stripTrailingZeros().hashCode();
        }

        @Override
        public String toString() {
            return JsonText.of(this);
        }
    }

    /**
     * True or false.
     *
     * @param value  the value
     */
    record Bool(boolean value) implements JsonTree {

        @Override
        public String kind() {
            return "a boolean";
        }

        @Override
        public String toString() {
            return JsonText.of(this);
        }
    }

    /** Null. */
    enum Null implements JsonTree {
        /** The one null. */
        NULL;

        @Override
        public String kind() {
            return "null";
        }

        @Override
        public String toString() {
            return "null";
        }
    }
}
