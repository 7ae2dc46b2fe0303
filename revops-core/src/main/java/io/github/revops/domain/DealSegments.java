package io.github.revops.domain;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A deal's segment attributes in the compact form a {@link Deal} keeps them: one array of names and values,
 * {@code name0, value0, name1, value1, ...}, names in natural order and distinct (docs/decisions/0118). The
 * methods here read that array; {@link View} is the unmodifiable {@link Map} that {@link Deal#segments()} returns,
 * equal to, and iterating in the order of, the {@code TreeMap} of the same attributes.
 */
final class DealSegments {

    /** The attributes of a deal without any; shared. */
    static final String[] NONE = new String[0];
    /** Up to this many pairs are sorted by insertion. */
    private static final int SMALL = 16;

    private DealSegments() {
    }

    /**
     * The compact form of the {@code count} name/value pairs of {@code pairs}, in the order set (a later pair with a
     * name equal to an earlier one replaces its value, as a map's {@code put} does): sorted by name, without
     * repeats. The array given may be reused for the result.
     */
    static String[] sorted(String[] pairs, int count) {
        if (count == 0) {
            return NONE;
        }
        String[] out = count * 2 == pairs.length ? pairs : Arrays.copyOf(pairs, count * 2);
        if (count > SMALL) {
            sortLarge(out, count);
        } else {
            // insertion sort of the pairs by name, stable, so that of equal names the one set last comes last
            for (int i = 1; i < count; i++) {
                String name = out[2 * i];
                String value = out[2 * i + 1];
                int j = i - 1;
                while (j >= 0 && out[2 * j].compareTo(name) > 0) {
                    out[2 * j + 2] = out[2 * j];
                    out[2 * j + 3] = out[2 * j + 1];
                    j--;
                }
                out[2 * j + 2] = name;
                out[2 * j + 3] = value;
            }
        }
        int kept = 0;
        for (int i = 0; i < count; i++) {
            if (kept > 0 && out[2 * kept - 2].equals(out[2 * i])) {
                out[2 * kept - 1] = out[2 * i + 1];   // set later: replaces the value, as a map's put does
            } else {
                out[2 * kept] = out[2 * i];
                out[2 * kept + 1] = out[2 * i + 1];
                kept++;
            }
        }
        return kept == count ? out : Arrays.copyOf(out, 2 * kept);
    }

    /** Sorts many pairs by name, stable, in O(n log n). */
    private static void sortLarge(String[] pairs, int count) {
        Integer[] order = new Integer[count];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparing(i -> pairs[2 * i]));   // stable: equal names stay in set order
        String[] copy = Arrays.copyOf(pairs, 2 * count);
        for (int i = 0; i < count; i++) {
            pairs[2 * i] = copy[2 * order[i]];
            pairs[2 * i + 1] = copy[2 * order[i] + 1];
        }
    }

    /**
     * The index of a name's pair (its name at {@code 2 * index}), or a negative number when it is absent. As a
     * {@code TreeMap} of strings, a null name throws {@link NullPointerException} and a name that is not a string
     * {@link ClassCastException}.
     */
    static int indexOf(String[] pairs, Object name) {
        String key = (String) Objects.requireNonNull(name, "name");
        int low = 0;
        int high = pairs.length / 2 - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = pairs[2 * mid].compareTo(key);
            if (c < 0) {
                low = mid + 1;
            } else if (c > 0) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** The value of a name, or null when it is absent. */
    static String get(String[] pairs, Object name) {
        int i = indexOf(pairs, name);
        return i < 0 ? null : pairs[2 * i + 1];
    }

    /** The hash code of the map of the pairs: the sum of {@code name.hashCode() ^ value.hashCode()}. */
    static int hashCode(String[] pairs) {
        int hash = 0;
        for (int i = 0; i < pairs.length; i += 2) {
            hash += pairs[i].hashCode() ^ pairs[i + 1].hashCode();
        }
        return hash;
    }

    /** The map of the pairs: the shared empty map, or a view. */
    static Map<String, String> map(String[] pairs) {
        return pairs.length == 0 ? Map.of() : new View(pairs);
    }

    /**
     * The unmodifiable map of one deal's attributes, in name order. Every method that would change it throws
     * {@link UnsupportedOperationException}, as {@link Collections#unmodifiableMap} does.
     */
    static final class View extends AbstractMap<String, String> {

        private final String[] pairs;

        View(String[] pairs) {
            this.pairs = pairs;
        }

        @Override
        public int size() {
            return pairs.length / 2;
        }

        @Override
        public boolean isEmpty() {
            return pairs.length == 0;
        }

        @Override
        public boolean containsKey(Object key) {
            return indexOf(pairs, key) >= 0;
        }

        @Override
        public String get(Object key) {
            return DealSegments.get(pairs, key);
        }

        @Override
        public String getOrDefault(Object key, String defaultValue) {
            int i = indexOf(pairs, key);
            return i < 0 ? defaultValue : pairs[2 * i + 1];
        }

        @Override
        public void forEach(BiConsumer<? super String, ? super String> action) {
            for (int i = 0; i < pairs.length; i += 2) {
                action.accept(pairs[i], pairs[i + 1]);
            }
        }

        @Override
        public Set<Entry<String, String>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<String, String>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < pairs.length;
                        }

                        @Override
                        public Entry<String, String> next() {
                            if (next >= pairs.length) {
                                throw new NoSuchElementException();
                            }
                            next += 2;
                            return Map.entry(pairs[next - 2], pairs[next - 1]);
                        }
                    };
                }

                @Override
                public int size() {
                    return pairs.length / 2;
                }

                @Override
                public boolean remove(Object o) {
                    throw unmodifiable();
                }

                @Override
                public boolean removeIf(Predicate<? super Entry<String, String>> filter) {
                    throw unmodifiable();
                }

                @Override
                public boolean removeAll(Collection<?> c) {
                    throw unmodifiable();
                }

                @Override
                public boolean retainAll(Collection<?> c) {
                    throw unmodifiable();
                }

                @Override
                public void clear() {
                    throw unmodifiable();
                }
            };
        }

        @Override
        public Set<String> keySet() {
            return Collections.unmodifiableSet(super.keySet());
        }

        @Override
        public Collection<String> values() {
            return Collections.unmodifiableCollection(super.values());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof View other ? Arrays.equals(pairs, other.pairs) : super.equals(o);
        }

        @Override
        public int hashCode() {
            return DealSegments.hashCode(pairs);
        }

        @Override
        public String put(String key, String value) {
            throw unmodifiable();
        }

        @Override
        public String remove(Object key) {
            throw unmodifiable();
        }

        @Override
        public void putAll(Map<? extends String, ? extends String> m) {
            throw unmodifiable();
        }

        @Override
        public void clear() {
            throw unmodifiable();
        }

        @Override
        public void replaceAll(BiFunction<? super String, ? super String, ? extends String> function) {
            throw unmodifiable();
        }

        @Override
        public String putIfAbsent(String key, String value) {
            throw unmodifiable();
        }

        @Override
        public boolean remove(Object key, Object value) {
            throw unmodifiable();
        }

        @Override
        public boolean replace(String key, String oldValue, String newValue) {
            throw unmodifiable();
        }

        @Override
        public String replace(String key, String value) {
            throw unmodifiable();
        }

        @Override
        public String computeIfAbsent(String key, Function<? super String, ? extends String> mappingFunction) {
            throw unmodifiable();
        }

        @Override
        public String computeIfPresent(String key,
                                       BiFunction<? super String, ? super String, ? extends String> function) {
            throw unmodifiable();
        }

        @Override
        public String compute(String key, BiFunction<? super String, ? super String, ? extends String> function) {
            throw unmodifiable();
        }

        @Override
        public String merge(String key, String value,
                            BiFunction<? super String, ? super String, ? extends String> function) {
            throw unmodifiable();
        }

        private static UnsupportedOperationException unmodifiable() {
            return new UnsupportedOperationException("a deal's segments are unmodifiable");
        }
    }
}
