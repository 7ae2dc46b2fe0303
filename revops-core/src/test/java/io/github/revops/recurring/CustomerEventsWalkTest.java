package io.github.revops.recurring;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One customer's events walked in index order: the running value before and after each index that changes,
 * whatever order the events came in, past the first 16 events, and the value at any index, checked against the
 * figures written out by hand.
 */
class CustomerEventsWalkTest {

    /** The steps of a walk as (index, before, after). */
    private static List<List<Long>> steps(CustomerEvents events) {
        events.walk();
        List<List<Long>> steps = new ArrayList<>();
        while (events.next(1)) {
            steps.add(List.of((long) events.at(), events.before(), events.after()));
        }
        return steps;
    }

    @Test
    void eventsOutOfOrderAreWalkedInIndexOrder() {
        // segments [2, 5) of 10, [1, 3) of 4 and [5, 6) of 7, added as they come: 2, 5, 1, 3, 5, 6
        CustomerEvents events = new CustomerEvents();
        events.add(2, 10);
        events.add(5, -10);
        events.add(1, 4);
        events.add(3, -4);
        events.add(5, 7);
        events.add(6, -7);
        assertThat(steps(events)).containsExactly(
                List.of(1L, 0L, 4L),
                List.of(2L, 4L, 14L),
                List.of(3L, 14L, 10L),
                List.of(5L, 10L, 7L),     // -10 and +7 at one index: one step
                List.of(6L, 7L, 0L));
        assertThat(events.valueAt(0)).isEqualTo(0);
        assertThat(events.valueAt(1)).isEqualTo(4);
        assertThat(events.valueAt(2)).isEqualTo(14);
        assertThat(events.valueAt(4)).isEqualTo(10);
        assertThat(events.valueAt(5)).isEqualTo(7);
        assertThat(events.valueAt(6)).isEqualTo(0);
        // the walk is over until the next one starts
        assertThat(events.next(1)).isFalse();
    }

    @Test
    void eventsWithEqualIndicesKeepTheirOrderAndAreSummedAsOneStep() {
        CustomerEvents events = new CustomerEvents();
        events.add(3, 1);
        events.add(3, 1);
        events.add(0, 1);
        events.add(3, -1);
        assertThat(steps(events)).containsExactly(List.of(0L, 0L, 1L), List.of(3L, 1L, 2L));
    }

    @Test
    void aClearedWalkForgetsThePreviousCustomerAndItsDisorder() {
        CustomerEvents events = new CustomerEvents();
        events.add(4, 5);
        events.add(1, 3);
        assertThat(steps(events)).containsExactly(List.of(1L, 0L, 3L), List.of(4L, 3L, 8L));
        events.clear();
        assertThat(steps(events)).isEmpty();
        assertThat(events.valueAt(10)).isEqualTo(0);
        // a second customer in order, walked twice: the second walk starts again from zero
        events.add(2, 6);
        events.add(7, -6);
        assertThat(steps(events)).containsExactly(List.of(2L, 0L, 6L), List.of(7L, 6L, 0L));
        assertThat(steps(events)).containsExactly(List.of(2L, 0L, 6L), List.of(7L, 6L, 0L));
    }

    @Test
    void fortyEventsInReverseOrderAreWalkedInOrder() {
        // 20 segments [i, i + 20) of value i + 1, added from the last one back: more than 16 events, all out of order
        CustomerEvents events = new CustomerEvents();
        for (int i = 19; i >= 0; i--) {
            events.add(i + 20, -(i + 1));
            events.add(i, i + 1);
        }
        List<List<Long>> steps = steps(events);
        assertThat(steps).hasSize(40);
        long value = 0;
        for (int k = 0; k < 40; k++) {
            long delta = k < 20 ? k + 1 : -(k - 19);
            assertThat(steps.get(k)).containsExactly((long) k, value, value + delta);
            value += delta;
            assertThat(events.valueAt(k)).isEqualTo(value);
        }
        // at index 19 all 20 segments are in service: 1 + 2 + ... + 20
        assertThat(events.valueAt(19)).isEqualTo(210);
        assertThat(value).isZero();
    }

    @Test
    void aRunningValueBeyondTheLongRangeThrowsInsteadOfWrapping() {
        CustomerEvents events = new CustomerEvents();
        events.add(0, Long.MAX_VALUE);
        events.add(0, 1);
        events.walk();
        assertThatThrownBy(() -> events.next(12)).isInstanceOf(ArithmeticException.class)
                .hasMessage("a sum of monthly values exceeds the exact range of the computation: more than "
                        + Long.MAX_VALUE + "/12 minor units");
    }
}
