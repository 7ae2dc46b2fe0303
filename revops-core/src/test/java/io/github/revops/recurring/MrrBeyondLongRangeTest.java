package io.github.revops.recurring;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.Subscription;
import io.github.revops.math.Rational;
import io.github.revops.money.Money;
import io.github.revops.table.SubscriptionTable;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 16 item 7: MRR totals above the {@code long} range wrapped in the table's running sums and surfaced as a
 * misleading "must not be negative" validation error. Every path now throws {@link ArithmeticException} naming the
 * limit and the date, and exact results below the limit are unchanged.
 */
class MrrBeyondLongRangeTest {

    private static final Period TWO_MONTHS = Period.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 1));
    /** 5 * 10^18 minor units a month: one fits a long, two do not (9.22 * 10^18). */
    private static final long HUGE = 5_000_000_000_000_000_000L;

    private static List<Subscription> twoHugeCustomers() {
        return List.of(Subscription.of("S-1", "ACME", Money.ofMinor("USD", HUGE), BillingInterval.MONTH,
                        LocalDate.of(2024, 1, 1)),
                Subscription.of("S-2", "Globex", Money.ofMinor("USD", HUGE), BillingInterval.MONTH,
                        LocalDate.of(2024, 2, 1)));
    }

    @Test
    void totalsBeyondTheLongRangeThrowNamingTheDateOnEveryPath() {
        List<Subscription> subs = twoHugeCustomers();
        SubscriptionTable table = SubscriptionTable.of(subs);
        List<Runnable> paths = List.of(
                () -> MrrTotal.series(table, TWO_MONTHS, Granularity.MONTH),
                () -> MrrTotal.series(subs, TWO_MONTHS, Granularity.MONTH),
                () -> RecurringRevenue.of(subs).mrrTotalAt(LocalDate.of(2024, 2, 29)),
                () -> MrrBridge.series(table, TWO_MONTHS, Granularity.MONTH),
                () -> MrrBridge.series(subs, TWO_MONTHS, Granularity.MONTH),
                () -> subs.stream().collect(MrrTotal.collector(LocalDate.of(2024, 2, 29))));
        for (Runnable path : paths) {
            assertThatThrownBy(path::run).isInstanceOf(ArithmeticException.class)
                    .hasMessageContaining("exceeds the exact range")
                    .hasMessageContaining(String.valueOf(Long.MAX_VALUE));
        }
        assertThatThrownBy(() -> MrrTotal.series(table, TWO_MONTHS, Granularity.MONTH))
                .hasMessageStartingWith("MRR on 2024-02-29");
    }

    @Test
    void oneHugeCustomerIsStillExactAndTheSnapshotKeepsBoth() {
        List<Subscription> subs = twoHugeCustomers();
        assertThat(MrrTotal.of(subs, LocalDate.of(2024, 1, 31)).mrr().minorUnits()).isEqualTo(Rational.of(HUGE));
        assertThat(MrrBridge.of(SubscriptionTable.of(subs), Period.month(2024, 1)).newBusiness().mrr().minorUnits())
                .isEqualTo(Rational.of(HUGE));
        // per customer the sums fit; the snapshot adds customers exactly, beyond the long range
        assertThat(MrrSnapshot.of(subs, LocalDate.of(2024, 2, 29)).mrr().minorUnits())
                .isEqualTo(Rational.of(HUGE).multiply(Rational.of(2)));
    }
}
