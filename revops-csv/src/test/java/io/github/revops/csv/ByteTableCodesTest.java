package io.github.revops.csv;

import io.github.revops.table.DealTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The table read's helpers of docs/decisions/0056: the text cache's entry numbers, the chunk's codes by entry, the
 * room a chunk and the id check make for rows.
 */
class ByteTableCodesTest {

    @TempDir
    Path dir;

    @Test
    void datesThatShareADateSlotAreReadEachAsItself() throws IOException {
        // 2024-01-01 and 2035-01-05 are 132 months and 4 days apart: 4,096 places in 31-day months, one slot
        StringBuilder csv = new StringBuilder(
                "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value\n");
        for (int i = 0; i < 6; i++) {
            String created = i % 2 == 0 ? "2024-01-01" : "2035-01-05";
            String closed = i % 2 == 0 ? "2035-01-05" : "2046-01-09";
            csv.append("D").append(i).append(",Ana,GTX,ACME,Won,").append(created).append(',').append(closed)
                    .append(",10\n");
        }
        Path file = Files.writeString(dir.resolve("dates.csv"), csv);
        DealTable table = DealCsv.mavenCrm().buildTableReader().read(file, 1).table();

        assertThat(table.size()).isEqualTo(6);
        for (int i = 0; i < 6; i++) {
            LocalDate created = i % 2 == 0 ? LocalDate.of(2024, 1, 1) : LocalDate.of(2035, 1, 5);
            LocalDate closed = i % 2 == 0 ? LocalDate.of(2035, 1, 5) : LocalDate.of(2046, 1, 9);
            assertThat(LocalDate.ofEpochDay(table.createdDay(i))).as("row " + i).isEqualTo(created);
            assertThat(LocalDate.ofEpochDay(table.closeDay(i))).as("row " + i).isEqualTo(closed);
        }
    }

    @Test
    void theTextCacheNumbersItsTextsInTheOrderFirstSeen() {
        TextCache cache = new TextCache();
        byte[] line = utf8("Ana,Bo,Ana,Cy,Bo");
        assertThat(cache.text(line, 0, 3)).isEqualTo("Ana");
        assertThat(cache.lastEntry()).isZero();
        assertThat(cache.text(line, 4, 6)).isEqualTo("Bo");
        assertThat(cache.lastEntry()).isEqualTo(1);
        assertThat(cache.text(line, 7, 10)).isEqualTo("Ana");
        assertThat(cache.lastEntry()).isZero();
        assertThat(cache.text(line, 11, 13)).isEqualTo("Cy");
        assertThat(cache.lastEntry()).isEqualTo(2);
        assertThat(cache.text(line, 14, 16)).isEqualTo("Bo");
        assertThat(cache.lastEntry()).isEqualTo(1);
    }

    @Test
    void entriesStayTheSameWhenTheCacheGrows() {
        TextCache cache = new TextCache();
        for (int i = 0; i < 1_000; i++) {
            byte[] owner = utf8("Agent " + i);
            cache.text(owner, 0, owner.length);
            assertThat(cache.lastEntry()).isEqualTo(i);
        }
        for (int i = 0; i < 1_000; i++) {
            byte[] owner = utf8("Agent " + i);
            assertThat(cache.text(owner, 0, owner.length)).isEqualTo("Agent " + i);
            assertThat(cache.lastEntry()).as("Agent " + i).isEqualTo(i);
        }
    }

    @Test
    void aTextTheCacheDoesNotHoldHasNoEntry() {
        TextCache cache = new TextCache();
        byte[] longText = utf8("x".repeat(49));
        assertThat(cache.text(longText, 0, longText.length)).hasSize(49);
        assertThat(cache.lastEntry()).isEqualTo(-1);
        byte[] prefixes = utf8("Ana,Anastasia");
        assertThat(cache.text(prefixes, 0, 3)).isEqualTo("Ana");
        assertThat(cache.text(prefixes, 4, 13)).isEqualTo("Anastasia");
        assertThat(cache.lastEntry()).isEqualTo(1);
        assertThat(cache.text(prefixes, 4, 7)).isEqualTo("Ana");
        assertThat(cache.lastEntry()).isZero();
    }

    @Test
    void aCacheOfIdsTurnsOffAndThenHoldsNothing() {
        TextCache cache = new TextCache();
        for (int i = 0; i < 2_048; i++) {
            byte[] id = utf8("D-" + i);
            cache.text(id, 0, id.length);
        }
        byte[] first = utf8("D-0");
        assertThat(cache.text(first, 0, first.length)).isEqualTo("D-0");
        assertThat(cache.lastEntry()).isEqualTo(-1);
    }

    @Test
    void cellCodesRememberABuilderCodePerEntry() {
        CellCodes codes = new CellCodes();
        assertThat(codes.code(0)).isEqualTo(-1);
        codes.remember(0, 7);
        codes.remember(200, 0);
        assertThat(codes.code(0)).isEqualTo(7);
        assertThat(codes.code(200)).isZero();
        assertThat(codes.code(199)).isEqualTo(-1);
        assertThat(codes.code(5_000)).isEqualTo(-1);
    }

    @Test
    void aChunkMakesRoomForARowPer64BytesWithinBounds() {
        assertThat(Chunk.expectedRows(100, 100)).isEqualTo(256);
        assertThat(Chunk.expectedRows(0, 64 * 1_000)).isEqualTo(1_000);
        assertThat(Chunk.expectedRows(10, 10 + 8 * 1024 * 1024)).isEqualTo(131_072);
        assertThat(Chunk.expectedRows(0, Long.MAX_VALUE)).isEqualTo(1 << 20);
        Chunk<Object> chunk = new Chunk<>(0, 64 * 1_000, true, false);
        assertThat(chunk.keptLines).hasSize(1_000);
        assertThat(chunk.keptHashes).hasSize(1_000);
    }

    @Test
    void idsExpectedBeforehandGiveTheSameLines() {
        for (long expected : new long[] {0, 10, 3_000, 50_000, Long.MAX_VALUE}) {
            ByteIds ids = new ByteIds();
            ids.expect(expected);
            int count = 20_000;
            for (int i = 0; i < count; i++) {
                byte[] id = utf8("D-" + i);
                assertThat(ids.earlierLine(id, 0, id.length, ByteIds.hash(id, 0, id.length), i + 2)).isZero();
            }
            for (int i = 0; i < count; i += 7) {
                byte[] id = utf8("D-" + i);
                assertThat(ids.earlierLine(id, 0, id.length, ByteIds.hash(id, 0, id.length), count + 2L))
                        .as("D-" + i + " after expecting " + expected).isEqualTo(i + 2L);
            }
        }
    }

    @Test
    void expectingAfterTheFirstIdKeepsTheIds() {
        ByteIds ids = new ByteIds();
        byte[] line = utf8("Aa,BB");
        assertThat(ids.earlierLine(line, 0, 2, "Aa".hashCode(), 2)).isZero();
        ids.expect(1_000_000);
        assertThat(ids.earlierLine(line, 3, 5, "BB".hashCode(), 3)).isZero();
        assertThat(ids.earlierLine(line, 0, 2, "Aa".hashCode(), 4)).isEqualTo(2);
        assertThat(ids.earlierLine(line, 3, 5, "BB".hashCode(), 5)).isEqualTo(3);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
