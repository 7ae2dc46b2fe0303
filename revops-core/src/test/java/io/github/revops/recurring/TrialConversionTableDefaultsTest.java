package io.github.revops.recurring;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.Subscription;
import io.github.revops.math.Rational;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.Money;
import io.github.revops.result.Breakdown;
import io.github.revops.result.DayHistogram;
import io.github.revops.result.Ratio;
import io.github.revops.result.TimeSeries;
import io.github.revops.table.SubscriptionTable;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The table entry points under the default policy (a breakdown by a key column, a series) and a conversion on the
 * trial's first day, worked by hand:
 *
 * <pre>
 * customer  trial (end exclusive)        paying                         default policy
 * A         2026-03-02 .. 2026-03-16      40.00/month from 03-02         March: converted after 0 days
 * B         2026-03-05 .. 2026-03-19      60.00/month from 03-19         March: converted after 14 days
 * C         2026-01-10 .. 2026-01-24      20.00/month from 01-24         January: converted after 14 days
 * D         2026-03-10 .. 2026-03-24      -                              March: not converted
 *
 * March: 3 trials, 2 converted, days {0, 14}, MRR 100.00; within 0 days 1/3, within 13 days 1/3, within 14 days 2/3.
 * January: 1 trial, 1 converted, days {14}, MRR 20.00. February: no trial.
 * </pre>
 */
class TrialConversionTableDefaultsTest {

    private static final Period MARCH = Period.month(2026, 3);
    private static final List<Subscription> SUBS = List.of(
            trial("T-A", "A", "2026-03-02", "2026-03-16"),
            paying("P-A", "A", "USD 40.00", "2026-03-02"),
            trial("T-B", "B", "2026-03-05", "2026-03-19"),
            paying("P-B", "B", "USD 60.00", "2026-03-19"),
            trial("T-C", "C", "2026-01-10", "2026-01-24"),
            paying("P-C", "C", "USD 20.00", "2026-01-24"),
            trial("T-D", "D", "2026-03-10", "2026-03-24"));

    private static Subscription trial(String id, String customer, String start, String end) {
        return Subscription.of(id, customer, Money.parse("USD 0.00"), BillingInterval.MONTH, LocalDate.parse(start))
                .endingOn(LocalDate.parse(end)).asTrial();
    }

    private static Subscription paying(String id, String customer, String amount, String start) {
        return Subscription.of(id, customer, Money.parse(amount), BillingInterval.MONTH, LocalDate.parse(start));
    }

    private static ExactMoney usd(long cents) {
        return ExactMoney.of(Money.ofMinor("USD", cents));
    }

    @Test
    void aTrialPaidOnItsFirstDayConvertedWithinZeroDays() {
        TrialConversion march = TrialConversion.of(SUBS, MARCH);
        assertThat(march.trials()).isEqualTo(3);
        assertThat(march.daysToConvert()).isEqualTo(DayHistogram.of(0, 14));
        assertThat(march.convertedWithin(0)).isEqualTo(Ratio.of(1, 3));
        assertThat(march.convertedWithin(13)).isEqualTo(Ratio.of(1, 3));
        assertThat(march.convertedWithin(14)).isEqualTo(Ratio.of(2, 3));
        assertThat(march.meanDaysToConvert()).contains(Rational.of(7));
        assertThat(march.convertedMrr()).isEqualTo(usd(10_000));
        assertThatThrownBy(() -> march.convertedWithin(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("days (-1) must not be negative");
    }

    @Test
    void theTableBreakdownUnderTheDefaultPolicyIsPerCustomer() {
        SubscriptionTable table = SubscriptionTable.of(SUBS);
        Breakdown<String, TrialConversion> byCustomer = TrialConversion.by(table, MARCH, table.customer());
        TrialConversion a = byCustomer.get("A").orElseThrow();
        assertThat(a.policy()).isEqualTo(TrialPolicy.DEFAULT);
        assertThat(a.rate()).isEqualTo(Ratio.of(1, 1));
        assertThat(a.daysToConvert()).isEqualTo(DayHistogram.of(0));
        assertThat(a.convertedMrr()).isEqualTo(usd(4_000));
        TrialConversion b = byCustomer.get("B").orElseThrow();
        assertThat(b.daysToConvert()).isEqualTo(DayHistogram.of(14));
        assertThat(b.convertedMrr()).isEqualTo(usd(6_000));
        TrialConversion d = byCustomer.get("D").orElseThrow();
        assertThat(d.rate()).isEqualTo(Ratio.of(0, 1));
        assertThat(d.convertedMrr()).isEqualTo(usd(0));
        assertThat(byCustomer.total()).isEqualTo(TrialConversion.of(SUBS, MARCH));
        assertThat(byCustomer.total().rate()).isEqualTo(Ratio.of(2, 3));
    }

    @Test
    void theTableSeriesUnderTheDefaultPolicyHasEveryMonth() {
        SubscriptionTable table = SubscriptionTable.of(SUBS);
        TimeSeries<TrialConversion> q1 = TrialConversion.series(table, Period.quarter(2026, 1), Granularity.MONTH);
        assertThat(q1.values()).hasSize(3);
        TrialConversion january = q1.values().get(0);
        assertThat(january.period()).isEqualTo(Period.month(2026, 1));
        assertThat(january.policy()).isEqualTo(TrialPolicy.DEFAULT);
        assertThat(january.rate()).isEqualTo(Ratio.of(1, 1));
        assertThat(january.daysToConvert()).isEqualTo(DayHistogram.of(14));
        assertThat(january.convertedMrr()).isEqualTo(usd(2_000));
        assertThat(q1.values().get(1).isDefined()).isFalse();
        assertThat(q1.values().get(2)).isEqualTo(TrialConversion.of(SUBS, MARCH));
        assertThat(q1).isEqualTo(TrialConversion.series(SUBS, Period.quarter(2026, 1), Granularity.MONTH));
    }
}
