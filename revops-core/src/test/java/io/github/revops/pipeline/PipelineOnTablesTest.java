package io.github.revops.pipeline;

import io.github.revops.domain.Deal;
import io.github.revops.math.Rational;
import io.github.revops.result.Breakdown;
import io.github.revops.result.DayHistogram;
import io.github.revops.result.Ratio;
import io.github.revops.table.DealTable;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static io.github.revops.pipeline.CollectorParts.combined;
import static io.github.revops.pipeline.TestDeals.base;
import static io.github.revops.pipeline.TestDeals.lost;
import static io.github.revops.pipeline.TestDeals.open;
import static io.github.revops.pipeline.TestDeals.won;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A worked example of the three pipeline metrics on a {@link DealTable}, against figures written out by hand and
 * against the same metrics on the deal records (the table and the records must agree), with sales cycles longer than
 * the first array of frequencies (1,216 days) and than the dense range (81,966 days), and deals outside the period
 * in several rows.
 */
class PipelineOnTablesTest {

    private static final Period YEAR = Period.year(2024);

    /**
     * In 2024: Ana won 30 and 20 days after creation (USD 1000, 3000), Bo lost after 10 days (USD 500) and won after
     * 1,216 days (2021-01-01 to 2024-05-01, USD 2000), Cy lost after 81,966 days (1800-01-01 to 2024-06-01, USD 700)
     * and has one deal open; three deals closed outside 2024 (rows 6 to 8).
     */
    private static final List<Deal> DEALS = List.of(
            won("W1", "Ana", "USD 1000.00", LocalDate.of(2024, 1, 10), LocalDate.of(2024, 2, 9)),
            won("W2", "Ana", "USD 3000.00", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 21)),
            lost("L1", "Bo", "USD 500.00", LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 11)),
            won("W3", "Bo", "USD 2000.00", LocalDate.of(2021, 1, 1), LocalDate.of(2024, 5, 1)),
            lost("L2", "Cy", "USD 700.00", LocalDate.of(1800, 1, 1), LocalDate.of(2024, 6, 1)),
            open("O1", "Cy", "USD 400.00", LocalDate.of(2024, 4, 1)),
            won("X1", "Ana", "USD 9000.00", LocalDate.of(2023, 5, 1), LocalDate.of(2023, 6, 1)),
            lost("X2", "Bo", "USD 9000.00", LocalDate.of(2024, 12, 1), LocalDate.of(2025, 1, 5)),
            lost("X3", "Cy", "USD 9000.00", LocalDate.of(2022, 12, 1), LocalDate.of(2023, 1, 5)));

    private static final DealTable TABLE = DealTable.of(DEALS);

    @Test
    void winRateOnTheTableIsTheWorkedExampleAndThatOfTheRecords() {
        WinRate rate = WinRate.of(TABLE, YEAR);
        assertThat(rate).isEqualTo(WinRate.of(DEALS, YEAR));
        // won W1, W2, W3 (USD 6000), lost L1, L2 (USD 1200)
        assertThat(rate.byCount()).isEqualTo(Ratio.of(3, 5));
        assertThat(rate.byValue().exactValue()).contains(Rational.of(5, 6));
        assertThat(rate.lossByCount().exactValue()).contains(Rational.of(2, 5));
        assertThat(rate.lossByValue().exactValue()).contains(Rational.of(1, 6));

        Breakdown<String, WinRate> byOwner = WinRate.by(TABLE, YEAR, TABLE.owner());
        assertThat(byOwner).isEqualTo(WinRate.by(DEALS, YEAR, Deal::owner));
        assertThat(byOwner.groups()).containsOnlyKeys("Ana", "Bo", "Cy");
        assertThat(byOwner.get("Ana").orElseThrow().byCount()).isEqualTo(Ratio.of(2, 2));
        assertThat(byOwner.get("Bo").orElseThrow().byCount()).isEqualTo(Ratio.of(1, 2));
        assertThat(byOwner.get("Cy").orElseThrow().byCount()).isEqualTo(Ratio.of(0, 1));

        assertThat(WinRate.series(TABLE, YEAR, Granularity.MONTH))
                .isEqualTo(WinRate.series(DEALS, YEAR, Granularity.MONTH));
        // February: W1 won, L1 lost
        assertThat(WinRate.series(TABLE, YEAR, Granularity.MONTH).values().get(1).byCount())
                .isEqualTo(Ratio.of(1, 2));
    }

    @Test
    void salesCycleOnTheTableIsTheWorkedExampleAndThatOfTheRecords() {
        SalesCycle cycle = SalesCycle.of(TABLE, YEAR);
        assertThat(cycle).isEqualTo(SalesCycle.of(DEALS, YEAR));
        assertThat(cycle.won()).isEqualTo(DayHistogram.of(20, 30, 1216));
        assertThat(cycle.lost()).isEqualTo(DayHistogram.of(10, 81966));
        assertThat(cycle.closed()).isEqualTo(DayHistogram.of(10, 20, 30, 1216, 81966));
        assertThat(cycle.mean()).contains(Rational.of(422));        // (20 + 30 + 1216) / 3
        assertThat(cycle.percentile(Rational.of(1, 2))).contains(Rational.of(30)).isEqualTo(cycle.median());

        Breakdown<String, SalesCycle> byOwner = SalesCycle.by(TABLE, YEAR, TABLE.owner());
        assertThat(byOwner).isEqualTo(SalesCycle.by(DEALS, YEAR, Deal::owner));
        assertThat(byOwner.get("Ana").orElseThrow().won()).isEqualTo(DayHistogram.of(20, 30));
        assertThat(byOwner.get("Bo").orElseThrow().won()).isEqualTo(DayHistogram.of(1216));
        assertThat(byOwner.get("Bo").orElseThrow().lost()).isEqualTo(DayHistogram.of(10));
        assertThat(byOwner.get("Cy").orElseThrow().lost()).isEqualTo(DayHistogram.of(81966));

        assertThat(SalesCycle.series(TABLE, YEAR, Granularity.MONTH))
                .isEqualTo(SalesCycle.series(DEALS, YEAR, Granularity.MONTH));
        assertThat(SalesCycle.series(TABLE, YEAR, Granularity.MONTH).values().get(4).won())
                .isEqualTo(DayHistogram.of(1216));
    }

    @Test
    void pipelineVelocityOnTheTableIsThatOfTheRecords() {
        PipelineVelocity velocity = PipelineVelocity.of(TABLE, YEAR);
        assertThat(velocity).isEqualTo(PipelineVelocity.of(DEALS, YEAR));
        // open at the end of 2024: O1 and X2 (closed in 2025)
        assertThat(velocity.opportunities()).isEqualTo(2);
        assertThat(velocity.winRate()).isEqualTo(Ratio.of(3, 5));
        assertThat(velocity.meanCycleDays().exactValue()).contains(Rational.of(422));
        assertThat(PipelineVelocity.by(TABLE, YEAR, TABLE.owner()))
                .isEqualTo(PipelineVelocity.by(DEALS, YEAR, Deal::owner));
        assertThat(PipelineVelocity.series(TABLE, YEAR, Granularity.MONTH))
                .isEqualTo(PipelineVelocity.series(DEALS, YEAR, Granularity.MONTH));
    }

    @Test
    void partialCollectorResultsCombineToTheWholeWithLongCycles() {
        // the right half alone grows past the first array (1,216 days) and counts a cycle beyond the dense range
        SalesCycle whole = SalesCycle.of(DEALS, YEAR);
        assertThat(combined(SalesCycle.collector(YEAR), DEALS.subList(0, 3), DEALS.subList(3, DEALS.size())))
                .isEqualTo(whole);
        assertThat(combined(SalesCycle.collector(YEAR), DEALS.subList(3, DEALS.size()), DEALS.subList(0, 3)))
                .isEqualTo(whole);
        assertThat(combined(WinRate.collector(YEAR), DEALS.subList(0, 4), DEALS.subList(4, DEALS.size())))
                .isEqualTo(WinRate.of(DEALS, YEAR));
    }

    @Test
    void aKeyColumnMustBelongToTheTableAndHoldAValueInEveryRow() {
        DealTable other = DealTable.of(DEALS.subList(0, 2));
        assertThatThrownBy(() -> WinRate.by(TABLE, YEAR, other.owner()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("key column (2 rows) must be a column of the table (9 rows)");
        DealTable partly = DealTable.of(List.of(DEALS.get(0),
                base("S1", "Ana", "USD 1.00", LocalDate.of(2024, 1, 2)).segment("region", "EU").open().build()));
        assertThatThrownBy(() -> SalesCycle.by(partly, YEAR, partly.segment("region").orElseThrow()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("row 0 has no value in the key column");
    }

    @Test
    void stageStatsNameTheCountsThatDoNotAddUp() {
        // 5 reached, 2 of them skipped: 3 must be timed or censored, 1 + 1 are
        assertThatThrownBy(() -> new StageStats("Lead", Optional.of("Demo"), 5, 2, 0, DayHistogram.of(3), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stage 'Lead': timed (1) + censored (1) must equal reached - skipped (3)");
    }

    @Test
    void aGroupOfOneDealIsThatDealAloneBeyondTheFirstEightGroups() {
        // nine customers, one deal each: more groups than a breakdown first makes room for
        Breakdown<String, SalesCycle> cycles = SalesCycle.by(DEALS, YEAR, Deal::customerId);
        Breakdown<String, WinRate> rates = WinRate.by(DEALS, YEAR, Deal::customerId);
        Breakdown<String, PipelineVelocity> velocities = PipelineVelocity.by(DEALS, YEAR, Deal::customerId);
        assertThat(cycles.groups()).hasSize(9);
        for (Deal deal : DEALS) {
            List<Deal> alone = List.of(deal);
            assertThat(cycles.get(deal.customerId())).contains(SalesCycle.of(alone, YEAR));
            assertThat(rates.get(deal.customerId())).contains(WinRate.of(alone, YEAR));
            assertThat(velocities.get(deal.customerId())).contains(PipelineVelocity.of(alone, YEAR));
        }
        assertThat(cycles.get("C-L2").orElseThrow().lost()).isEqualTo(DayHistogram.of(81966));
    }
}
