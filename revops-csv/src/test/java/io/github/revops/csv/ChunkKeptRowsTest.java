package io.github.revops.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

/**
 * What a {@link Chunk} keeps of its rows (docs/decisions/0055): the line, row number and id of each kept row past
 * its first 256, ids as bytes or as Strings, and the set-aside rows up to the listed limit with the rest counted.
 */
class ChunkKeptRowsTest {

    @Test
    void idsAsBytesKeepLineRowNumberHashAndBytesPastTheFirst256() {
        Chunk<Object> chunk = new Chunk<>(0, 100, true, false);
        assertThat(chunk.keptTexts).isNull();
        for (int i = 0; i < 600; i++) {
            chunk.rowsRead = i + 1;
            byte[] window = (",D-" + i + ",").getBytes(StandardCharsets.US_ASCII);
            if (i % 2 == 0) {
                chunk.keep(i + 1, window, 1, window.length - 1);
            } else {
                chunk.keep(i + 1, "D-" + i);
            }
        }
        assertThat(chunk.kept).isEqualTo(600);
        for (int i = 0; i < 600; i++) {
            assertThat(chunk.keptLines[i]).isEqualTo(i + 1L);
            assertThat(chunk.keptRows[i]).isEqualTo(i + 1);
            assertThat(chunk.keptIds.text(i)).isEqualTo("D-" + i);
            assertThat(chunk.keptHashes[i]).isEqualTo(("D-" + i).hashCode());
        }
    }

    @Test
    void idsAsTextsKeepTheStringsPastTheFirst256() {
        Chunk<Object> chunk = new Chunk<>(0, 100, true, true);
        assertThat(chunk.keptIds).isNull();
        for (int i = 0; i < 300; i++) {
            chunk.rowsRead = 2L * i;
            chunk.keep(10 + i, "Müller " + i);
        }
        assertThat(chunk.kept).isEqualTo(300);
        assertThat(chunk.keptTexts[299]).isEqualTo("Müller 299");
        assertThat(chunk.keptHashes[299]).isEqualTo("Müller 299".hashCode());
        assertThat(chunk.keptLines[299]).isEqualTo(309);
        assertThat(chunk.keptRows[299]).isEqualTo(598);
    }

    @Test
    void withoutIdsOnlyLinesAndRowNumbersAreKept() {
        Chunk<Object> chunk = new Chunk<>(5, 9, false, false);
        assertThat(chunk.keptIds).isNull();
        assertThat(chunk.keptTexts).isNull();
        assertThat(chunk.keptHashes).isNull();
        for (int i = 0; i < 300; i++) {
            chunk.rowsRead = i + 1;
            chunk.keep(i);
        }
        assertThat(chunk.keptLines[299]).isEqualTo(299);
        assertThat(chunk.keptRows[299]).isEqualTo(300);
        assertThat(chunk.start).isEqualTo(5);
        assertThat(chunk.end).isEqualTo(9);
    }

    @Test
    void setAsideRowsAreListedUpToTheLimitAndTheRestCountedByKind() {
        Chunk<Object> chunk = new Chunk<>(0, 100, false, false);
        for (int i = 0; i < 3; i++) {
            chunk.setAside(new RowProblem("amount", "x" + i, "not a number", null, false), 10 + i, 2);
            chunk.setAside(new RowProblem("stage", "s" + i, "skipped stage", null, true), 20 + i, 2);
        }
        assertThat(chunk.rejectedListed).isEqualTo(2);
        assertThat(chunk.skippedListed).isEqualTo(2);
        assertThat(chunk.rejectedNotListed).isEqualTo(1);
        assertThat(chunk.skippedNotListed).isEqualTo(1);
        assertThat(chunk.setAside).hasSize(4);
        Chunk.SetAside first = chunk.setAside.get(0);
        assertThat(first.skip()).isFalse();
        assertThat(first.at(100)).isEqualTo(new RejectedRow(111, "amount", "x0", "not a number"));
        Chunk.SetAside skipped = chunk.setAside.get(1);
        assertThat(skipped.skip()).isTrue();
        assertThat(skipped.at(0)).isEqualTo(new RejectedRow(21, "stage", "s0", "skipped stage"));
    }
}
