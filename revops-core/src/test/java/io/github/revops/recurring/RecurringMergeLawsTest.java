package io.github.revops.recurring;

import io.github.revops.domain.Deal;
import io.github.revops.domain.DealType;
import io.github.revops.domain.Subscription;
import io.github.revops.money.Money;
import io.github.revops.money.ReportingCurrency;
import io.github.revops.result.Breakdown;
import io.github.revops.testing.MergeLaws;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.function.Function;

import static io.github.revops.recurring.MrrBridgePropertyTest.byCustomer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The merge laws of every recurring result: snapshots and deal outcomes on any split; bridges, logo churn, renewals
 * and cohort tables on customer-disjoint parts (the partitioning contract of docs/decisions/0022), and every
 * collector on sequential, parallel and shuffled streams.
 */
class RecurringMergeLawsTest {

    private static final Currency USD = Money.currency("USD");
    private static final ReportingCurrency CONVERTED = ReportingCurrency.of(USD, RandomHistories.RATES);
    private static final List<Subscription> SUBS = RandomHistories.build(RandomHistories.sample(42, 400), true, 60);
    private static final Period Q1 = Period.quarter(2024, 1);
    private static final RecurringRevenue REVENUE = RecurringRevenue.of(SUBS, CONVERTED);

    @Test
    void theSampleHasEveryKindOfMovement() {
        MrrBridge q1 = REVENUE.movements(Q1);
        for (MovementType t : MovementType.values()) {
            assertThat(q1.movement(t).count()).as(t.name()).isPositive();
        }
    }

    @Test
    void snapshotsMergeOnAnySplit() {
        LocalDate date = LocalDate.of(2024, 3, 31);
        MergeLaws.assertMergeable(SUBS, list -> list.stream().collect(MrrSnapshot.collector(date, CONVERTED)),
                MrrSnapshot.empty(date, USD));
        MergeLaws.assertCollector(SUBS, MrrSnapshot.collector(date, CONVERTED), REVENUE.mrrAt(date));
    }

    @Test
    void logoChurnMergesOnCustomerParts() {
        for (ChurnPolicy policy : ChurnPolicy.all()) {
            MergeLaws.assertMergeable(byCustomer(SUBS), parts -> parts.stream().flatMap(List::stream)
                    .collect(LogoChurn.collector(Q1, policy)), LogoChurn.empty(Q1, policy));
        }
    }

    @Test
    void renewalsMergeOnCustomerParts() {
        MergeLaws.assertMergeable(byCustomer(SUBS), parts -> parts.stream().flatMap(List::stream)
                .collect(Renewals.collector(Q1, 10, CONVERTED)), Renewals.empty(Q1, 10, USD));
        assertThat(REVENUE.renewals(Q1, 10).upForRenewal()).isNotEmpty();
    }

    @Test
    void cohortTablesMergeOnCustomerParts() {
        Period range = Period.of(LocalDate.of(2023, 6, 1), LocalDate.of(2025, 1, 1));
        CohortTable whole = REVENUE.cohorts(range, Granularity.MONTH);
        assertThat(whole.cohorts()).isNotEmpty();
        MergeLaws.assertMergeable(byCustomer(SUBS), parts -> parts.stream().flatMap(List::stream)
                .collect(CohortTable.collector(range, Granularity.MONTH, CONVERTED)), CohortTable.empty(range));
        MergeLaws.assertCollector(SUBS, CohortTable.collector(range, Granularity.MONTH, CONVERTED), whole);
    }

    @Test
    void segmentsOfCustomersAddUpToTheWhole() {
        // a segment is a function of the customer, so segments are customer-disjoint parts
        Function<String, String> half = c -> c.compareTo("c3") < 0 ? "small" : "large";
        assertThat(MrrBridge.by(SUBS, Q1, CONVERTED, s -> half.apply(s.customerId())).total())
                .isEqualTo(REVENUE.movements(Q1));
        assertThat(MrrSnapshot.by(SUBS, Q1.lastDay(), CONVERTED, s -> s.customerId().substring(1)).total())
                .isEqualTo(REVENUE.mrrAt(Q1.lastDay()));
    }

    private enum Size { SMALL, LARGE, HUGE }

    @Test
    void anEnumSegmentListsEveryConstantWhateverTheSubscriptions() {
        Function<String, Size> size = c -> c.compareTo("c3") < 0 ? Size.SMALL : Size.LARGE;
        LocalDate date = Q1.lastDay();
        Breakdown<Size, MrrSnapshot> mrr = MrrSnapshot.by(SUBS, date, CONVERTED, s -> size.apply(s.customerId()));
        assertThat(mrr.groups().keySet()).containsExactly(Size.SMALL, Size.LARGE, Size.HUGE);
        assertThat(mrr.get(Size.HUGE)).contains(MrrSnapshot.empty(date, USD));
        assertThat(MrrBridge.by(SUBS, Q1, CONVERTED, s -> size.apply(s.customerId())).get(Size.HUGE))
                .contains(MrrBridge.empty(Q1, USD));
        // no subscription: the segment's enum is named
        List<Subscription> none = List.of();
        assertThat(MrrBridge.by(none, Q1, CONVERTED, s -> size.apply(s.customerId())).withAllOf(Size.class)
                .groups())
                .containsOnlyKeys(Size.values()).containsValue(MrrBridge.empty(Q1, USD));
        assertThat(MrrSnapshot.by(none, date, CONVERTED, s -> size.apply(s.customerId())).withAllOf(Size.class)
                .groups().values())
                .containsOnly(MrrSnapshot.empty(date, USD));
    }

    @Test
    void combiningOverlappingCustomersIsRejectedNotMiscounted() {
        MrrBridge q1 = REVENUE.movements(Q1);
        assertThatThrownBy(() -> q1.combine(q1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("partition by customer");
    }

    @Test
    void dealOutcomesMergeOnAnySplit() {
        List<Deal> deals = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Deal.Builder b = Deal.builder("D-" + i).customer("c" + i % 7).owner("o" + i % 3).source("web")
                    .type(DealType.values()[i % 3]).amount(Money.ofMinor(i % 4 == 0 ? "EUR" : "USD", 1000L * i))
                    .created(LocalDate.of(2024, 1, 1));
            LocalDate close = LocalDate.of(2024, 1, 1).plusDays(3L * i);
            deals.add((i % 5 == 0 ? b.open() : i % 2 == 0 ? b.won(close) : b.lost(close)).build());
        }
        Period h1 = Period.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 7, 1));
        for (DealType type : DealType.values()) {
            MergeLaws.assertMergeable(deals, list -> list.stream().collect(DealOutcomes.collector(h1, type,
                    CONVERTED)), DealOutcomes.empty(h1, type, USD));
        }
    }
}
