package io.github.revops.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The id table behind the duplicate-id check: every id is found again after the table has grown several times,
 * including ids whose hashes collide, and the spread is the Fibonacci hash worked by hand.
 */
class UniqueIdsTableTest {

    @Test
    void everyIdIsFoundAgainWithItsFirstLine_afterTheTableGrewSeveralTimes() {
        UniqueIds ids = new UniqueIds();
        int n = 20_000; // the table starts with 4,096 slots and grows at half full: 2,049, 4,097, 8,193, 16,385
        for (int i = 0; i < n; i++) {
            assertThat(ids.earlierLine("D-" + i, i + 2L)).as("first sight of D-%s", i).isZero();
        }
        for (int i = 0; i < n; i++) {
            assertThat(ids.earlierLine("D-" + i, n + 2L + i)).as("D-%s again", i).isEqualTo(i + 2L);
        }
        assertThat(ids.earlierLine("D-" + n, 1)).isZero();
    }

    @Test
    void idsWithTheSameHash_areTellApartByTheirText_acrossGrowth() {
        // one hash for all: a single run of probes that growth has to move without losing an id
        UniqueIds ids = new UniqueIds();
        int n = 3_000;
        for (int i = 0; i < n; i++) {
            assertThat(ids.earlierLine("same-" + i, 42, i + 2L)).isZero();
        }
        for (int i = n - 1; i >= 0; i--) {
            assertThat(ids.earlierLine("same-" + i, 42, 1)).as("same-%s", i).isEqualTo(i + 2L);
        }
        // a different text with the same hash is new
        assertThat(ids.earlierLine("other", 42, 7)).isZero();
        assertThat(ids.earlierLine("other", 42, 9)).isEqualTo(7);
    }

    @Test
    void idsWhoseSpreadHashesNeighbour_areFoundFromEitherEndOfTheirRun() {
        // hashes 0 to 4,095 spread to 4,096 different values; masked to the first table they collide in runs
        UniqueIds ids = new UniqueIds();
        for (int h = 0; h < 2_000; h++) {
            ids.earlierLine("h" + h, h, h + 1L);
        }
        for (int h = 1_999; h >= 0; h--) {
            assertThat(ids.earlierLine("h" + h, h, 0)).isEqualTo(h + 1L);
        }
    }

    @Test
    void lowerKeyKeepsTheSmallestKeyAndFirstSlotReadsWhereTheProbeStarts() {
        UniqueIds ids = new UniqueIds();
        // an empty table: the probe for hash 1 starts at slot 0x9E37E78E & 4095 = 0x78E, empty
        assertThat(ids.firstSlot(1)).isZero();
        assertThat(ids.lowerKey("D-1", 1, 50)).isZero();
        // the id is index 0, so its slot holds the mixed hash and 0 + 1
        assertThat(ids.firstSlot(1)).isEqualTo(0x9E37E78EL << 32 | 1);
        assertThat(ids.lowerKey("D-1", 1, 70)).isEqualTo(50);
        assertThat(ids.keyOf("D-1", 1)).isEqualTo(50);
        assertThat(ids.lowerKey("D-1", 1, 20)).isEqualTo(50);
        assertThat(ids.keyOf("D-1", 1)).isEqualTo(20);
        assertThat(ids.keyOf("D-2", 1)).isZero();
        assertThat(ids.size()).isEqualTo(1);
    }

    @Test
    void spread_isTheFibonacciHash_workedByHand() {
        // 1 * 0x9E3779B9 = 0x9E3779B9; its high half 0x9E37 xor its low half 0x79B9 = 0xE78E
        assertThat(UniqueIds.spread(1)).isEqualTo(0x9E37E78E);
        // 2 * 0x9E3779B9 = 0x1_3C6E_F372, kept to 32 bits 0x3C6EF372; 0x3C6E xor 0xF372 = 0xCF1C
        assertThat(UniqueIds.spread(2)).isEqualTo(0x3C6ECF1C);
        assertThat(UniqueIds.spread(0)).isZero();
    }

    @Test
    void duplicate_namesTheEarlierLine() {
        assertThat(UniqueIds.duplicate(12)).isEqualTo("duplicate id: the record on line 12 has it too");
    }
}
