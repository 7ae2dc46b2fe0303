package io.github.revops.pipeline;

import io.github.revops.domain.Deal;
import io.github.revops.result.DayHistogram;
import io.github.revops.table.DealTable;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static io.github.revops.pipeline.TestDeals.lost;
import static io.github.revops.pipeline.TestDeals.open;
import static io.github.revops.pipeline.TestDeals.won;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sales cycles at the edges of the ungrouped count: 1,024 days (the first array's end), a cycle beyond twice that,
 * and 65,536 days (2^16, from which cycles are counted beside the array). Each cycle must come out as exactly the
 * days of its own outcome, whatever the array holds when the deal arrives, from records and from a table alike.
 */
class SalesCycleLongCyclesTest {

    private static final Period MARCH = Period.month(2026, 3);
    private static final LocalDate MARCH_10 = LocalDate.of(2026, 3, 10);

    private static Deal wonAfter(String id, int days) {
        return won(id, "ana", "USD 10.00", MARCH_10.minusDays(days), MARCH_10);
    }

    private static Deal lostAfter(String id, int days) {
        return lost(id, "ana", "USD 10.00", MARCH_10.minusDays(days), MARCH_10);
    }

    /** The cycles of records and of the same deals as a table, which must agree. */
    private static SalesCycle cycles(List<Deal> deals) {
        SalesCycle records = SalesCycle.of(deals, MARCH);
        assertThat(SalesCycle.of(DealTable.of(deals), MARCH)).isEqualTo(records);
        return records;
    }

    @Test
    void cyclesOfExactly1024Days_countAsTheirOwnOutcome() {
        // the first array holds 0 to 1,023 days: 1,024 is the first cycle that needs room
        SalesCycle won = cycles(List.of(wonAfter("W1", 1024)));
        assertThat(won.days(CycleOutcome.WON)).isEqualTo(DayHistogram.of(1024));
        assertThat(won.days(CycleOutcome.LOST)).isEqualTo(DayHistogram.EMPTY);

        SalesCycle lost = cycles(List.of(lostAfter("L1", 1024)));
        assertThat(lost.days(CycleOutcome.LOST)).isEqualTo(DayHistogram.of(1024));
        assertThat(lost.days(CycleOutcome.WON)).isEqualTo(DayHistogram.EMPTY);

        SalesCycle both = cycles(List.of(wonAfter("W1", 1023), wonAfter("W2", 1024), lostAfter("L1", 1024),
                lostAfter("L2", 1023)));
        assertThat(both.days(CycleOutcome.WON)).isEqualTo(DayHistogram.of(1023, 1024));
        assertThat(both.days(CycleOutcome.LOST)).isEqualTo(DayHistogram.of(1023, 1024));
    }

    @Test
    void aCycleBeyondTwiceTheFirstArray_isCountedAtItsDays() {
        // 3,000 days: more than the doubled array (2,048) holds
        SalesCycle won = cycles(List.of(wonAfter("W1", 3000), wonAfter("W2", 5)));
        assertThat(won.days(CycleOutcome.WON)).isEqualTo(DayHistogram.of(5, 3000));
        assertThat(won.days(CycleOutcome.LOST)).isEqualTo(DayHistogram.EMPTY);

        SalesCycle lost = cycles(List.of(lostAfter("L1", 2500), wonAfter("W1", 7)));
        assertThat(lost.days(CycleOutcome.LOST)).isEqualTo(DayHistogram.of(2500));
        assertThat(lost.days(CycleOutcome.WON)).isEqualTo(DayHistogram.of(7));
    }

    @Test
    void cyclesAroundTwoToTheSixteenDays_areCountedAtTheirDays() {
        // 65,535 still fits the largest array; 65,536 and 65,537 are counted beside it
        List<Deal> deals = new ArrayList<>(List.of(wonAfter("W1", 65_535), wonAfter("W2", 65_536),
                wonAfter("W3", 65_537), lostAfter("L1", 65_536), lostAfter("L2", 65_535), wonAfter("W4", 12)));
        deals.add(open("O1", "ana", "USD 1.00", LocalDate.of(2026, 2, 1)));   // outside: counts in no cycle

        SalesCycle cycle = cycles(deals);

        assertThat(cycle.days(CycleOutcome.WON)).isEqualTo(DayHistogram.of(12, 65_535, 65_536, 65_537));
        assertThat(cycle.days(CycleOutcome.LOST)).isEqualTo(DayHistogram.of(65_535, 65_536));
        assertThat(cycle.count()).isEqualTo(4);   // won
        assertThat(cycle.closed().count()).isEqualTo(6);
        assertThat(cycle.max()).hasValue(65_537);
    }

    @Test
    void aCycleOfExactlyTwoToTheSixteenDaysAlone_isWon() {
        SalesCycle cycle = cycles(List.of(wonAfter("W1", 65_536)));

        assertThat(cycle.days(CycleOutcome.WON)).isEqualTo(DayHistogram.of(65_536));
        assertThat(cycle.days(CycleOutcome.LOST)).isEqualTo(DayHistogram.EMPTY);
    }
}
