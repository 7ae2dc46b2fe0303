package io.github.revops.table;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The append-only columns a builder fills ({@link GrowingInts}, {@link GrowingLongs}, {@link GrowingBytes}): every
 * value added is kept in order whatever room was reserved (none, less than there is, more), and after
 * {@code reserve(n)} adding {@code n} values copies nothing.
 */
class GrowingColumnsTest {

    @Test
    void reservingNothingOnAnEmptyColumnStillLetsItGrow() {
        GrowingInts ints = new GrowingInts();
        GrowingLongs longs = new GrowingLongs();
        GrowingBytes bytes = new GrowingBytes();
        ints.reserve(0);
        longs.reserve(0);
        bytes.reserve(0);
        for (int i = 0; i < 40; i++) {
            ints.add(3 * i);
            longs.add(5_000_000_000L * i);
            bytes.add((byte) (i - 20));
        }
        assertThat(ints.size()).isEqualTo(40);
        assertThat(ints.get(39)).isEqualTo(117);
        assertThat(longs.get(39)).isEqualTo(195_000_000_000L);
        assertThat(bytes.get(39)).isEqualTo((byte) 19);
        assertThat(ints.toArray()).hasSize(40).startsWith(0, 3, 6);
        assertThat(longs.toArray()).hasSize(40).startsWith(0L, 5_000_000_000L);
        assertThat(bytes.toArray()).hasSize(40).startsWith((byte) -20, (byte) -19);
    }

    @Test
    void reservingLessRoomThanThereIsKeepsTheValuesAndGrowsPastIt() {
        GrowingLongs longs = new GrowingLongs();
        GrowingBytes bytes = new GrowingBytes();
        longs.add(7);
        bytes.add((byte) 7);
        longs.reserve(2);            // 15 free slots of the first 16: no room is needed
        bytes.reserve(2);
        for (int i = 0; i < 30; i++) {
            longs.add(i);
            bytes.add((byte) i);
        }
        assertThat(longs.toArray()).hasSize(31).startsWith(7L, 0L, 1L).endsWith(29L);
        assertThat(bytes.toArray()).hasSize(31).startsWith((byte) 7, (byte) 0).endsWith((byte) 29);
    }

    @Test
    void afterReservingRoomAddingThatManyValuesCopiesNothing() {
        GrowingInts ints = new GrowingInts();
        for (int i = 0; i < 10; i++) {
            ints.add(i);
        }
        int[] first = ints.array();
        ints.reserve(6);             // exactly the 6 free slots of the first 16: nothing to do
        assertThat(ints.array()).isSameAs(first);
        ints.reserve(20);            // 20 more than the 6 free: one array of 30
        int[] reserved = ints.array();
        assertThat(reserved).hasSize(30).startsWith(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        for (int i = 10; i < 30; i++) {
            ints.add(i);
        }
        assertThat(ints.array()).isSameAs(reserved);
        assertThat(ints.toArray()).hasSize(30).endsWith(28, 29);
    }
}
