package io.github.revops.table;

import java.util.Arrays;
import java.util.List;

/**
 * Joins the code columns of consecutive tables into one column: the dictionary is the sorted union of the values
 * the rows use (a slice's dictionary may hold values only other rows of its table use; they are left out, as a
 * builder fed the same rows would never have seen them), and each row's code is renumbered into it.
 *
 * <p>The parts' dictionaries are already sorted, so the union is a merge of sorted lists through a small heap of
 * parts (no hashing, no sort): {@code u log k} string comparisons for {@code u} used values in {@code k} parts.
 */
final class CodeColumnConcat {

    private CodeColumnConcat() {
    }

    /**
     * Joins the columns of parts of the given sizes.
     *
     * @param parts  each part's column, or null for a part without it (its rows become {@link CodeColumn#ABSENT})
     * @param sizes  each part's number of rows
     * @return the column, never null; its dictionary is empty when no row has a value
     */
    static CodeColumn concat(List<CodeColumn> parts, int[] sizes) {
        int k = parts.size();
        boolean[][] used = new boolean[k][];
        for (int p = 0; p < k; p++) {
            used[p] = used(parts.get(p));
        }
        int[][] remap = new int[k][];
        String[] dictionary = merge(parts, used, remap);
        int total = Arrays.stream(sizes).sum();
        int[] codes = new int[total];
        int at = 0;
        for (int p = 0; p < k; p++) {
            CodeColumn part = parts.get(p);
            if (part == null) {
                Arrays.fill(codes, at, at + sizes[p], CodeColumn.ABSENT);
            } else {
                renumber(part, remap[p], codes, at);
            }
            at += sizes[p];
        }
        return new CodeColumn(dictionary, codes, 0, total);
    }

    /** Marks the codes a column's rows use; an empty array for an absent column. */
    private static boolean[] used(CodeColumn column) {
        if (column == null) {
            return new boolean[0];
        }
        boolean[] used = new boolean[column.values().size()];
        int[] codes = column.codes();
        int from = column.offset();
        int to = from + column.size();
        for (int i = from; i < to; i++) {
            int code = codes[i];
            if (code >= 0) {
                used[code] = true;
            }
        }
        return used;
    }

    private static void renumber(CodeColumn column, int[] remap, int[] out, int at) {
        int[] codes = column.codes();
        int from = column.offset();
        int n = column.size();
        for (int i = 0; i < n; i++) {
            int code = codes[from + i];
            out[at + i] = code < 0 ? CodeColumn.ABSENT : remap[code];
        }
    }

    /**
     * Merges the used values of the sorted dictionaries; fills {@code remap[p]} with each used code's new code.
     */
    private static String[] merge(List<CodeColumn> parts, boolean[][] used, int[][] remap) {
        int k = parts.size();
        String[][] values = new String[k][];
        int[] cursor = new int[k];
        int[] heap = new int[k];
        int heapSize = 0;
        int capacity = 0;
        for (int p = 0; p < k; p++) {
            CodeColumn part = parts.get(p);
            values[p] = part == null ? new String[0] : part.dictionary();
            remap[p] = new int[values[p].length];
            capacity += values[p].length;
            cursor[p] = nextUsed(used[p], -1);
            if (cursor[p] < values[p].length) {
                heapSize = push(heap, heapSize, p, values, cursor);
            }
        }
        String[] merged = new String[capacity];
        int size = 0;
        while (heapSize > 0) {
            int p = heap[0];
            String value = values[p][cursor[p]];
            if (size == 0 || !value.equals(merged[size - 1])) {
                merged[size++] = value;
            }
            remap[p][cursor[p]] = size - 1;
            cursor[p] = nextUsed(used[p], cursor[p]);
            if (cursor[p] < values[p].length) {
                siftDown(heap, heapSize, 0, values, cursor);
            } else {
                heap[0] = heap[--heapSize];
                siftDown(heap, heapSize, 0, values, cursor);
            }
        }
        return Arrays.copyOf(merged, size);
    }

    private static int nextUsed(boolean[] used, int after) {
        int i = after + 1;
        while (i < used.length && !used[i]) {
            i++;
        }
        return i;
    }

    private static int push(int[] heap, int size, int p, String[][] values, int[] cursor) {
        int i = size;
        heap[i] = p;
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (less(heap[i], heap[parent], values, cursor)) {
                int t = heap[i];
                heap[i] = heap[parent];
                heap[parent] = t;
                i = parent;
            } else {
                break;
            }
        }
        return size + 1;
    }

    private static void siftDown(int[] heap, int size, int i, String[][] values, int[] cursor) {
        while (true) {
            int left = 2 * i + 1;
            if (left >= size) {
                return;
            }
            int right = left + 1;
            int least = right < size && less(heap[right], heap[left], values, cursor) ? right : left;
            if (!less(heap[least], heap[i], values, cursor)) {
                return;
            }
            int t = heap[i];
            heap[i] = heap[least];
            heap[least] = t;
            i = least;
        }
    }

    /** Orders parts by their current value, then by part (so equal values are taken in part order). */
    private static boolean less(int a, int b, String[][] values, int[] cursor) {
        String x = values[a][cursor[a]];
        String y = values[b][cursor[b]];
        int c = x == y ? 0 : x.compareTo(y);
        return c < 0 || c == 0 && a < b;
    }
}
