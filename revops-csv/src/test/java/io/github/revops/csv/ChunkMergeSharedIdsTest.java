package io.github.revops.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link ChunkMerge} with the ids checked by the chunks' workers in a {@link PartitionedIds} (docs/decisions/0058),
 * on chunks made by hand and put in the table in an order the merge does not follow: the same rejected rows, the
 * same strict error and the same progress as the merge's own check, a chunk read again (whose first read left ids
 * in the table that no row has), and a strict stop where a repeat and another bad row race across chunks. The file
 * has a header on line 1, so line {@code n} of the first chunk is file line {@code n + 2}.
 */
class ChunkMergeSharedIdsTest {

    @Test
    void threeRowsWithOneIdInThreeChunksThatComeInLastFirstAllNameTheFirstLine() {
        // A on file lines 4 (chunk 0), 5 (chunk 1) and 8 (chunk 2)
        List<Chunk<String>> chunks = List.of(chunk("c0", "B", "C", "A"), chunk("c1", "A", "D"), chunk("c2", "E", "A"));
        PartitionedIds shared = new PartitionedIds(false, 1_000);
        shared.add(chunks.get(2), 2);
        shared.add(chunks.get(1), 1);
        shared.add(chunks.get(0), 0);
        List<Long> progress = new ArrayList<>();

        Merged merged = merge(ImportMode.LENIENT, progress::add, shared, chunks);

        assertThat(merged.rejected).containsExactly(
                new RejectedRow(5, "id", "A", "duplicate id: the record on line 4 has it too"),
                new RejectedRow(8, "id", "A", "duplicate id: the record on line 4 has it too"));
        assertThat(merged.appended).containsExactly("c0#0", "c0#1", "c0#2", "c1#1", "c2#0");
        assertThat(merged.summary.accepted()).isEqualTo(5);
        assertThat(merged.summary.rowsRead()).isEqualTo(7);
        assertThat(progress).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(merge(ImportMode.LENIENT, n -> { }, null, fresh(chunks)).rejected).isEqualTo(merged.rejected);
    }

    @Test
    void aChunkReadAgainIsCheckedByTheMergeAndItsFirstReadsIdsCountForNothing() {
        // chunk 1's first read (from a wrong start) kept X and A; it is read again as Y, A and never has X
        Chunk<String> first = chunk("c0", "A");
        Chunk<String> wrong = chunk("c1?", "X", "A");
        Chunk<String> again = chunk("c1", "Y", "A");
        Chunk<String> third = chunk("c2", "X", "Y", "A");
        PartitionedIds shared = new PartitionedIds(false, 1_000);
        shared.add(third, 2);
        shared.add(wrong, 1);
        shared.add(first, 0);

        Merged merged = merge(ImportMode.LENIENT, n -> { }, shared, List.of(first, again, third));

        // file lines: A 2; Y 3, A 4; X 5, Y 6, A 7
        assertThat(merged.rejected).containsExactly(
                new RejectedRow(4, "id", "A", "duplicate id: the record on line 2 has it too"),
                new RejectedRow(6, "id", "Y", "duplicate id: the record on line 3 has it too"),
                new RejectedRow(7, "id", "A", "duplicate id: the record on line 2 has it too"));
        assertThat(merged.appended).containsExactly("c0#0", "c1#0", "c2#0");
    }

    @Test
    void aRepeatBeforeAnotherBadRowInFileOrderIsTheStrictError_whicheverChunkCameInFirst() {
        // chunk 1 keeps C (line 4) and A (line 5, a repeat of line 2), then stops at a bad amount on its line 2
        Chunk<String> first = chunk("c0", "A", "B");
        Chunk<String> second = chunk("c1", "C", "A");
        second.rowsRead = 3;
        second.error = new Chunk.SetAside(new RowProblem("amount", "x", "not a number", null, false).at(3), false,
                null);
        Chunk<String> third = chunk("c2", "B");
        PartitionedIds shared = new PartitionedIds(false, 1_000);
        shared.add(second, 1);
        shared.add(third, 2);
        shared.add(first, 0);
        List<Long> progress = new ArrayList<>();

        assertThatThrownBy(() -> merge(ImportMode.STRICT, progress::add, shared, List.of(first, second, third)))
                .isInstanceOf(CsvImportException.class)
                .hasMessage("ids.csv line 5, column 'id', value 'A': duplicate id: the record on line 2 has it too");
        // rows read up to the one before the repeat: A, B and C
        assertThat(progress).containsExactly(1L, 2L, 3L);
    }

    @Test
    void aBadRowBeforeARepeatInFileOrderIsTheStrictError_thoughTheRepeatsChunkCameInFirst() {
        // chunk 1 stops at a bad amount on its line 0 (file line 4); chunk 2 repeats A on file line 4 of its own read
        Chunk<String> first = chunk("c0", "A", "B");
        Chunk<String> second = chunk("c1");
        second.rowsRead = 1;
        second.error = new Chunk.SetAside(new RowProblem("amount", "x", "not a number", null, false).at(1), false,
                null);
        Chunk<String> third = chunk("c2", "A");
        PartitionedIds shared = new PartitionedIds(false, 1_000);
        shared.add(third, 2);
        shared.add(second, 1);
        shared.add(first, 0);
        List<Long> progress = new ArrayList<>();

        assertThatThrownBy(() -> merge(ImportMode.STRICT, progress::add, shared, List.of(first, second, third)))
                .isInstanceOf(CsvImportException.class)
                .hasMessage("ids.csv line 4, column 'amount', value 'x': not a number");
        assertThat(progress).containsExactly(1L, 2L);
    }

    @Test
    void idsAsStringsGiveTheSameRepeats() {
        Chunk<String> first = textChunk("c0", "Müller", "Muller");
        Chunk<String> second = textChunk("c1", "Muller", "Müller");
        PartitionedIds shared = new PartitionedIds(true, 1_000);
        shared.add(second, 1);
        shared.add(first, 0);

        Merged merged = merge(ImportMode.LENIENT, n -> { }, shared, List.of(first, second));

        assertThat(merged.rejected).containsExactly(
                new RejectedRow(4, "id", "Muller", "duplicate id: the record on line 3 has it too"),
                new RejectedRow(5, "id", "Müller", "duplicate id: the record on line 2 has it too"));
    }

    /** The chunks merged, with what the whole was given and what the merge set aside. */
    private record Merged(List<String> appended, List<RejectedRow> rejected, CsvImportSummary summary) {
    }

    private static Merged merge(ImportMode mode, java.util.function.LongConsumer progress, PartitionedIds shared,
                                List<Chunk<String>> chunks) {
        List<String> appended = new ArrayList<>();
        ColumnTarget.Whole<String, Object, List<String>> whole = new ColumnTarget.Whole<>() {
            @Override
            public void append(String part, int index) {
                appended.add(part + "#" + index);
            }

            @Override
            public void append(Object record) {
                throw new AssertionError("no records here");
            }

            @Override
            public List<String> build(String source) {
                return appended;
            }
        };
        ChunkMerge<DealField, Object, String, List<String>> merge = new ChunkMerge<>("ids.csv",
                settings(mode, progress), "id", whole, 1, shared);
        for (Chunk<String> chunk : chunks) {
            merge.add(chunk);
        }
        CsvTableResult<List<String>> result = merge.finish();
        return new Merged(appended, result.rejected(), result.summary());
    }

    private static CsvSettings settings(ImportMode mode, java.util.function.LongConsumer progress) {
        return new CsvSettings(CSVFormat.DEFAULT, DateParser.of(List.of("yyyy-MM-dd"), AcceptedYears.DEFAULT),
                new AmountParser(AmountUnit.MAJOR, '.', AmountParser.noGrouping()), Optional.empty(), mode, false,
                StandardCharsets.UTF_8, 1, progress, Labels.of("boolean", Map.of()), new FieldLengthLimit(100), 100,
                true);
    }

    /** Returns a chunk (part {@code name}) keeping rows with these ids as bytes on its lines 0, 1, 2, ... */
    private static Chunk<String> chunk(String name, String... ids) {
        Chunk<String> chunk = new Chunk<>(0, 1_000, true, false);
        for (int i = 0; i < ids.length; i++) {
            byte[] window = ("x," + ids[i] + ",y").getBytes(StandardCharsets.UTF_8);
            chunk.rowsRead++;
            chunk.keep(i, window, 2, window.length - 2);
        }
        return finished(chunk, name, ids.length);
    }

    private static Chunk<String> textChunk(String name, String... ids) {
        Chunk<String> chunk = new Chunk<>(0, 1_000, true, true);
        for (int i = 0; i < ids.length; i++) {
            chunk.rowsRead++;
            chunk.keep(i, ids[i]);
        }
        return finished(chunk, name, ids.length);
    }

    private static Chunk<String> finished(Chunk<String> chunk, String name, int lines) {
        chunk.stop = 1_000;
        chunk.breaks = lines;
        chunk.part = name;
        return chunk;
    }

    /** Returns the chunks as a read on one thread gives them: not in a shared table. */
    private static List<Chunk<String>> fresh(List<Chunk<String>> chunks) {
        List<Chunk<String>> copies = new ArrayList<>();
        for (Chunk<String> chunk : chunks) {
            String[] ids = new String[chunk.kept];
            for (int i = 0; i < chunk.kept; i++) {
                ids[i] = chunk.keptIds.text(i);
            }
            copies.add(chunk(chunk.part, ids));
        }
        return copies;
    }
}
