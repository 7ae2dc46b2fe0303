package io.github.revops.table;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.Subscription;
import io.github.revops.money.Money;
import io.github.revops.recurring.ChurnPolicy;
import io.github.revops.recurring.LogoChurn;
import io.github.revops.recurring.MrrBridge;
import io.github.revops.recurring.MrrSnapshot;
import io.github.revops.recurring.MrrTotal;
import io.github.revops.recurring.RecurringRevenue;
import io.github.revops.result.TimeSeries;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * The recurring-revenue metrics give equal results on a list of subscriptions, on its table and on the table split
 * by customer across threads.
 */
class RecurringOnTablesPropertyTest {

    private static final Period RANGE = Period.of(LocalDate.of(2022, 11, 1), LocalDate.of(2025, 2, 1));

    @Test
    void tableEqualsCollectionEqualsParallelOnRandomSubscriptions() {
        qt().withExamples(25).forAll(longs().all(), integers().between(1, 120), integers().between(1, 7))
                .checkAssert((seed, customers, parts) -> {
                    List<Subscription> subscriptions = RandomRecords.subscriptions(seed, customers);
                    RecurringRevenue revenue = RecurringRevenue.of(subscriptions);
                    SubscriptionTable table = SubscriptionTable.of(subscriptions);
                    List<SubscriptionTable> split = table.split(parts);
                    for (Granularity g : List.of(Granularity.MONTH, Granularity.QUARTER)) {
                        TimeSeries<MrrBridge> bridges = TimeSeries.of(RANGE, g, revenue::movements);   // records
                        assertThat(MrrBridge.series(subscriptions, RANGE, g)).isEqualTo(bridges);   // one pass
                        assertThat(MrrBridge.series(table, RANGE, g)).isEqualTo(bridges);
                        assertThat(Parallel.evaluate(split, t -> MrrBridge.series(t, RANGE, g), Parallel.pointwise()))
                                .isEqualTo(bridges);
                        TimeSeries<MrrTotal> totals = TimeSeries.of(RANGE, g, p -> revenue.mrrTotalAt(p.lastDay()));
                        assertThat(MrrTotal.series(subscriptions, RANGE, g)).isEqualTo(totals);
                        assertThat(MrrTotal.series(table, RANGE, g)).isEqualTo(totals);
                        assertThat(Parallel.evaluate(split, t -> MrrTotal.series(t, RANGE, g), Parallel.pointwise()))
                                .isEqualTo(totals);
                        assertThat(totals.values()).extracting(MrrTotal::mrr).isEqualTo(
                                MrrSnapshot.series(subscriptions, RANGE, g).values().stream().map(MrrSnapshot::mrr).toList());
                        for (ChurnPolicy policy : ChurnPolicy.all()) {
                            TimeSeries<LogoChurn> churn = TimeSeries.of(RANGE, g, p -> revenue.logoChurn(p, policy));
                            assertThat(LogoChurn.series(subscriptions, RANGE, g, policy)).isEqualTo(churn);
                            assertThat(LogoChurn.series(table, RANGE, g, policy)).isEqualTo(churn);
                            assertThat(Parallel.evaluate(split, t -> LogoChurn.series(t, RANGE, g, policy),
                                    Parallel.pointwise())).isEqualTo(churn);
                        }
                    }
                    Period odd = Period.of(LocalDate.of(2023, 2, 14), LocalDate.of(2023, 9, 3));
                    assertThat(MrrBridge.of(table, odd)).isEqualTo(revenue.movements(odd));
                    assertThat(LogoChurn.of(table, odd, ChurnPolicy.DEFAULT)).isEqualTo(revenue.logoChurn(odd));
                    LocalDate day = LocalDate.of(2023, 6, 30);
                    assertThat(MrrSnapshot.of(table, day)).isEqualTo(revenue.mrrAt(day));
                    assertThat(Parallel.evaluate(split, t -> MrrSnapshot.of(t, day), MrrSnapshot::combine))
                            .isEqualTo(revenue.mrrAt(day));
                });
    }

    @Test
    void workedExampleOfMetricsSectionTen() {
        // docs/metrics.md#recurring-revenue-and-retention: 100 customers at 100.00 a month and 50 at 600.00 a year
        // give MRR 12,500.00, ARR 150,000.00
        List<Subscription> subscriptions = new ArrayList<>();
        LocalDate start = LocalDate.of(2026, 1, 1);
        for (int i = 0; i < 150; i++) {
            subscriptions.add(Subscription.of("S" + i, "C" + i, Money.parse(i < 100 ? "USD 100.00" : "USD 600.00"),
                    i < 100 ? BillingInterval.MONTH : BillingInterval.YEAR, start));
        }
        SubscriptionTable table = SubscriptionTable.of(subscriptions);
        MrrTotal total = MrrTotal.of(table, LocalDate.of(2026, 3, 31));
        assertThat(total.mrr().toMoney(RoundingMode.UNNECESSARY)).isEqualTo(Money.parse("USD 12500.00"));
        assertThat(total.arr(RoundingMode.UNNECESSARY)).isEqualTo(Money.parse("USD 150000.00"));
        assertThat(MrrTotal.of(table, LocalDate.of(2025, 12, 31)).mrr().isZero()).isTrue();
        // the first month: 150 new customers, 12,500.00 of new MRR
        MrrBridge january = MrrBridge.of(table, Period.month(2026, 1));
        assertThat(january.newBusiness().count()).isEqualTo(150);
        assertThat(january.newBusiness().mrr().toMoney(RoundingMode.UNNECESSARY))
                .isEqualTo(Money.parse("USD 12500.00"));
    }
}
