package io.github.revops.pipeline;

import io.github.revops.domain.Deal;
import io.github.revops.domain.DealType;
import io.github.revops.result.Breakdown;
import io.github.revops.result.Mergeable;
import io.github.revops.result.Ratio;
import io.github.revops.result.TimeSeries;
import io.github.revops.time.FiscalCalendar;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;

import static io.github.revops.pipeline.TestDeals.base;
import static io.github.revops.pipeline.TestDeals.lost;
import static io.github.revops.pipeline.TestDeals.open;
import static io.github.revops.pipeline.TestDeals.won;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Breakdowns per key (groups, order, totals) and time series per month and fiscal quarter. */
class SegmentationTest {

    private static final Period Q1 = Period.quarter(2026, 1);
    private static final LocalDate JAN_5 = LocalDate.of(2026, 1, 5);

    private static final List<Deal> DEALS = List.of(
            won("A1", "ana", "USD 10.00", JAN_5, LocalDate.of(2026, 2, 1)),
            lost("A2", "ana", "USD 20.00", JAN_5, LocalDate.of(2026, 3, 1)),
            won("B1", "ben", "USD 30.00", JAN_5, LocalDate.of(2026, 3, 31)),
            open("C1", "cai", "USD 40.00", JAN_5),
            won("D1", "dee", "USD 50.00", LocalDate.of(2025, 10, 1), LocalDate.of(2025, 11, 1)));

    @Test
    void by_owner_listsEveryOwnerInOrder_evenWithNothingInThePeriod() {
        Breakdown<String, WinRate> byOwner = WinRate.by(DEALS, Q1, Deal::owner);

        assertThat(byOwner.groups().keySet()).containsExactly("ana", "ben", "cai", "dee");
        assertThat(byOwner.get("ana").orElseThrow().byCount()).isEqualTo(Ratio.of(1, 2));
        assertThat(byOwner.get("ben").orElseThrow().byCount()).isEqualTo(Ratio.of(1, 1));
        assertThat(byOwner.get("cai").orElseThrow().byCount().isDefined()).isFalse();
        assertThat(byOwner.get("dee")).contains(WinRate.EMPTY);
        assertThat(byOwner.total()).isEqualTo(WinRate.of(DEALS, Q1));
    }

    @Test
    void by_type_listsAllThreeTypes() {
        Breakdown<DealType, WinRate> byType = WinRate.by(DEALS, Q1, Deal::type);

        assertThat(byType.groups().keySet())
                .containsExactly(DealType.NEW_BUSINESS, DealType.RENEWAL, DealType.EXPANSION);
        assertThat(byType.get(DealType.RENEWAL)).contains(WinRate.EMPTY);
        assertThat(byType.get(DealType.NEW_BUSINESS).orElseThrow().byCount()).isEqualTo(Ratio.of(2, 3));
    }

    @Test
    void aBreakdownByDealTypeOfNoDealsStillListsAllThreeTypes() {
        // without a deal the key's type is unknown, so it is named; with deals naming it changes nothing
        List<Deal> none = List.of();
        List<String> funnel = List.of("Prospecting", "Won");
        assertAllThreeTypes(WinRate.by(none, Q1, Deal::type).withAllOf(DealType.class), WinRate.EMPTY);
        assertAllThreeTypes(SalesCycle.by(none, Q1, Deal::type).withAllOf(DealType.class), SalesCycle.EMPTY);
        assertAllThreeTypes(PipelineVelocity.by(none, Q1, Deal::type).withAllOf(DealType.class),
                PipelineVelocity.EMPTY);
        assertAllThreeTypes(StageConversion.by(none, funnel, Q1, Q1.lastDay(), Deal::type).withAllOf(DealType.class),
                StageConversion.of(none, funnel, Q1, Q1.lastDay()));
        assertThat(WinRate.by(DEALS, Q1, Deal::type).withAllOf(DealType.class))
                .isEqualTo(WinRate.by(DEALS, Q1, Deal::type));
    }

    private static <R extends Mergeable<R>> void assertAllThreeTypes(Breakdown<DealType, R> byType, R empty) {
        assertThat(byType.groups().keySet())
                .containsExactly(DealType.NEW_BUSINESS, DealType.RENEWAL, DealType.EXPANSION);
        assertThat(byType.groups().values()).containsOnly(empty);
        assertThat(byType.total()).isEqualTo(empty);
    }

    @Test
    void by_segmentAttribute_requiresItUnlessAFallbackIsGiven() {
        List<Deal> deals = List.of(
                base("R1", "ana", "USD 1.00", JAN_5).segment("region", "emea").won(JAN_5).build(),
                base("R2", "ana", "USD 1.00", JAN_5).won(JAN_5).build());

        assertThatThrownBy(() -> WinRate.by(deals, Q1, DealKeys.segment("region")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("R2").hasMessageContaining("region");
        assertThat(SalesCycle.by(deals, Q1, DealKeys.segment("region", "(none)")).groups().keySet())
                .containsExactly("(none)", "emea");
    }

    @Test
    void by_anyKeyTheCallerComputes() {
        Breakdown<Boolean, SalesCycle> bigDeals = SalesCycle.by(DEALS, Q1,
                d -> d.amount().minorUnits() >= 3_000);

        assertThat(bigDeals.get(true).orElseThrow().count()).isEqualTo(1);   // B1
        assertThat(bigDeals.get(false).orElseThrow().count()).isEqualTo(1);  // A1
        assertThat(bigDeals.total()).isEqualTo(SalesCycle.of(DEALS, Q1));
    }

    @Test
    void by_nullKey_namesTheDeal() {
        assertThatThrownBy(() -> WinRate.by(DEALS, Q1, d -> d.id().equals("B1") ? null : "x"))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("B1");
    }

    @Test
    void series_perMonth_isEachMonthsResult() {
        TimeSeries<WinRate> monthly = WinRate.series(DEALS, Q1, Granularity.MONTH);

        assertThat(monthly.points()).extracting(TimeSeries.Point::period)
                .containsExactly(Period.month(2026, 1), Period.month(2026, 2), Period.month(2026, 3));
        assertThat(monthly.values()).extracting(WinRate::byCount)
                .containsExactly(Ratio.of(0, 0), Ratio.of(1, 1), Ratio.of(1, 2));
        assertThat(PipelineVelocity.series(DEALS, Q1, Granularity.MONTH).values())
                .extracting(PipelineVelocity::opportunities).containsExactly(4L, 3L, 1L);
    }

    @Test
    void series_perFiscalQuarter_followsTheCalendar() {
        FiscalCalendar fy = FiscalCalendar.startingIn(Month.FEBRUARY);
        Period fiscalYear = fy.year(2027); // 2026-02-01 to 2027-02-01

        TimeSeries<SalesCycle> quarterly = SalesCycle.series(DEALS, fiscalYear, Granularity.fiscalQuarter(fy));

        assertThat(quarterly.points()).hasSize(4);
        assertThat(quarterly.points().get(0).period()).isEqualTo(fy.quarter(2027, 1));
        // Feb 1 (A1, 27 days), Mar 1 (A2, lost), Mar 31 (B1, 85 days) all fall in fiscal Q1
        assertThat(quarterly.values().get(0).won().count()).isEqualTo(2);
        assertThat(quarterly.values().get(0).days(CycleOutcome.CLOSED).count()).isEqualTo(3);
        assertThat(quarterly.values().get(1)).isEqualTo(SalesCycle.EMPTY);
    }
}
