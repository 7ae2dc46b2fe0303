package io.github.revops.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * {@link PartitionedIds}, the id table the chunks' workers share (docs/decisions/0058): the keys worked by hand, the
 * flags and displaced keys when chunks come in and out of file order, ids as bytes and as Strings, and the law the
 * merge relies on: once chunks 0 to k are in, a row of chunk k is a repeat exactly when it is flagged or displaced,
 * and the table then names the file's first row with its id, whatever order several threads put the chunks in.
 */
class PartitionedIdsTest {

    @Test
    void keysOrderRowsAsTheFileDoes_workedByHand() {
        // chunk 3, line 7 of the chunk: 3 * 2^32 + 8 = 12,884,901,896
        assertThat(PartitionedIds.key(3, 7)).isEqualTo(12_884_901_896L);
        assertThat(PartitionedIds.chunkOf(12_884_901_896L)).isEqualTo(3);
        assertThat(PartitionedIds.lineOf(12_884_901_896L)).isEqualTo(8);
        assertThat(PartitionedIds.key(0, 0)).isEqualTo(1);
        // the last line of chunk 2 comes before the first of chunk 3
        assertThat(PartitionedIds.key(2, 4_000_000_000L)).isLessThan(PartitionedIds.key(3, 0));
    }

    @Test
    void onePartPer8192IdsAPowerOfTwoAtMost256() {
        assertThat(PartitionedIds.partsFor(0)).isEqualTo(1);
        assertThat(PartitionedIds.partsFor(8_192)).isEqualTo(1);
        assertThat(PartitionedIds.partsFor(8_193)).isEqualTo(2);
        assertThat(PartitionedIds.partsFor(100_000)).isEqualTo(16);   // 100,000 / 8,192 = 12.2
        assertThat(PartitionedIds.partsFor(2_000_000)).isEqualTo(256);   // 244.1
        assertThat(PartitionedIds.partsFor(1L << 40)).isEqualTo(256);
    }

    @Test
    void aFirstRowInAChunkThatComesInLastDisplacesTheLaterRows() {
        // id A on line 5 of chunk 0, line 3 of chunk 1 and line 0 of chunk 2; the chunks come in as 2, 1, 0
        PartitionedIds ids = new PartitionedIds(false, 3_000);
        Chunk<Object> first = chunk("B", "C", "D", "E", "F", "A");
        Chunk<Object> second = chunk("G", "H", "I", "A");
        Chunk<Object> third = chunk("A", "J");
        ids.add(third, 2);
        ids.add(second, 1);
        ids.add(first, 0);

        assertThat(flagged(first)).isEmpty();
        assertThat(flagged(second)).isEmpty();
        assertThat(flagged(third)).isEmpty();
        assertThat(drained(ids)).containsExactlyInAnyOrder(PartitionedIds.key(2, 0), PartitionedIds.key(1, 3));
        assertThat(drained(ids)).isEmpty();
        assertThat(ids.firstKey(third, 0)).isEqualTo(PartitionedIds.key(0, 5));
        assertThat(ids.firstKey(second, 3)).isEqualTo(PartitionedIds.key(0, 5));
        assertThat(ids.firstKey(first, 5)).isEqualTo(PartitionedIds.key(0, 5));
        assertThat(ids.firstKey(third, 1)).isEqualTo(PartitionedIds.key(2, 1));
        assertThat(first.index).isZero();
        assertThat(third.index).isEqualTo(2);
    }

    @Test
    void inFileOrderTheLaterRowsAreFlaggedAndNothingIsDisplaced() {
        PartitionedIds ids = new PartitionedIds(false, 3_000);
        Chunk<Object> first = chunk("B", "A", "C", "A");
        Chunk<Object> second = chunk("A", "D", "B");
        ids.add(first, 0);
        ids.add(second, 1);

        assertThat(flagged(first)).containsExactly(3);   // the second A of the chunk
        assertThat(flagged(second)).containsExactly(0, 2);
        assertThat(drained(ids)).isEmpty();
        assertThat(ids.firstKey(second, 2)).isEqualTo(PartitionedIds.key(0, 0));
    }

    @Test
    void idsAsStringsAreComparedByText() {
        PartitionedIds ids = new PartitionedIds(true, 3_000);
        Chunk<Object> first = new Chunk<>(0, 1_000, true, true);
        Chunk<Object> second = new Chunk<>(1_000, 2_000, true, true);
        first.keep(0, "Müller");
        first.keep(2, "Muller");
        second.keep(4, "Müller");
        ids.add(second, 1);
        ids.add(first, 0);

        assertThat(drained(ids)).containsExactly(PartitionedIds.key(1, 4));
        assertThat(ids.firstKey(second, 0)).isEqualTo(PartitionedIds.key(0, 0));
        assertThat(ids.firstKey(first, 1)).isEqualTo(PartitionedIds.key(0, 2));
    }

    @Test
    void aChunkWithoutKeptRowsAndATableWithoutChunksHoldNothing() {
        PartitionedIds ids = new PartitionedIds(false, 3_000);
        Chunk<Object> probe = chunk("A");
        assertThat(ids.firstKey(probe, 0)).isZero();
        Chunk<Object> empty = chunk();
        ids.add(empty, 0);
        assertThat(empty.duplicateBits).isEmpty();
        assertThat(ids.firstKey(probe, 0)).isZero();
    }

    @Test
    void onSeveralThreadsInAnyOrderFlaggedOrDisplacedAreExactlyTheRepeats() throws Exception {
        for (long seed = 1; seed <= 6; seed++) {
            Random random = new Random(seed);
            int chunks = 40;
            int rows = 300;
            // a pool of 2,000 ids for 12,000 rows: most ids repeat, across chunks and within them; 300 rows per 1,000
            // bytes of a file of 400,000 make 120,000 ids expected, 16 parts, each filled by several workers
            List<Chunk<Object>> file = new ArrayList<>();
            for (int c = 0; c < chunks; c++) {
                String[] chunkIds = new String[rows];
                for (int r = 0; r < rows; r++) {
                    chunkIds[r] = "D-" + random.nextInt(2_000);
                }
                file.add(chunk(chunkIds));
            }
            PartitionedIds ids = new PartitionedIds(false, 400_000L);
            List<Integer> order = new ArrayList<>();
            for (int c = 0; c < chunks; c++) {
                order.add(c);
            }
            Collections.shuffle(order, random);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int c : order) {
                    done.add(pool.submit(() -> ids.add(file.get(c), c)));
                }
                for (Future<?> f : done) {
                    f.get(30, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            Set<Long> displaced = new HashSet<>(drained(ids));
            Map<String, Long> firstKeys = new HashMap<>();
            for (int c = 0; c < chunks; c++) {
                Chunk<Object> chunk = file.get(c);
                for (int r = 0; r < rows; r++) {
                    String id = chunk.keptIds.text(r);
                    long key = PartitionedIds.key(c, chunk.keptLines[r]);
                    Long firstKey = firstKeys.putIfAbsent(id, key);
                    boolean repeat = firstKey != null;
                    boolean found = flagged(chunk).contains(r) || displaced.contains(key);
                    assertThat(found).as("seed %s, chunk %s, row %s (%s)", seed, c, r, id).isEqualTo(repeat);
                    assertThat(ids.firstKey(chunk, r)).isEqualTo(repeat ? firstKey : key);
                }
            }
        }
    }

    /** Returns a chunk keeping rows with these ids as bytes on lines 0, 1, 2, ... of it. */
    private static Chunk<Object> chunk(String... ids) {
        Chunk<Object> chunk = new Chunk<>(0, 1_000, true, false);
        for (int i = 0; i < ids.length; i++) {
            byte[] window = ("x," + ids[i] + ",y").getBytes(StandardCharsets.UTF_8);
            chunk.rowsRead++;
            chunk.keep(i, window, 2, window.length - 2);
        }
        chunk.stop = 1_000;
        return chunk;
    }

    private static List<Integer> flagged(Chunk<?> chunk) {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < chunk.kept; i++) {
            if ((chunk.duplicateBits[i >>> 6] & 1L << i) != 0) {
                rows.add(i);
            }
        }
        return rows;
    }

    private static List<Long> drained(PartitionedIds ids) {
        List<Long> keys = new ArrayList<>();
        ids.drainDisplaced(keys::add);
        return keys;
    }
}
