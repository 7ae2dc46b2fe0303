package io.github.revops.internal;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The Fibonacci hash spread: worked values by hand and what it is for, spreading consecutive hashes apart. */
class HashSpreadTest {

    private static final int GOLDEN = 0x9E3779B9;

    @Test
    void spread_multipliesByTheGoldenRatioConstantThenFoldsTheHighHalfIntoTheLowHalf() {
        // 1 * 0x9E3779B9 = 0x9E3779B9; its high half 0x9E37 xor its low half 0x79B9 = 0xE78E
        assertThat(HashSpread.spread(1)).isEqualTo(0x9E37E78E);
        // 2 * 0x9E3779B9 = 0x1_3C6E_F372, kept to 32 bits 0x3C6EF372; 0x3C6E xor 0xF372 = 0xCF1C
        assertThat(HashSpread.spread(2)).isEqualTo(0x3C6ECF1C);
        assertThat(HashSpread.spread(0)).isZero();
    }

    @Test
    void spread_keepsTheProductsHighHalf_andShiftsItInWithoutSign() {
        for (int hash : new int[] {1, -1, 17, "Agent 17".hashCode(), Integer.MIN_VALUE, Integer.MAX_VALUE}) {
            int product = hash * GOLDEN;
            int spread = HashSpread.spread(hash);
            assertThat(spread >>> 16).as("high half of %s", hash).isEqualTo(product >>> 16);
            assertThat(spread & 0xFFFF).as("low half of %s", hash)
                    .isEqualTo((product & 0xFFFF) ^ (product >>> 16));
        }
    }

    @Test
    void spread_putsConsecutiveHashesInManyDifferentSlotsOfASmallTable() {
        // "id-0" to "id-63" fill 44 of a 64-slot table's slots (figure from an independent computation of
        // String.hashCode and the spread; a uniformly random placement fills about 41 on average)
        Set<Integer> slots = new HashSet<>();
        for (int i = 0; i < 64; i++) {
            slots.add(HashSpread.spread(("id-" + i).hashCode()) & 63);
        }
        assertThat(slots).hasSize(44);
    }
}
