package io.github.revops.recurring;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.Subscription;
import io.github.revops.math.Rational;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.Money;
import io.github.revops.money.ReportingCurrency;
import io.github.revops.result.Breakdown;
import io.github.revops.result.DayHistogram;
import io.github.revops.result.Ratio;
import io.github.revops.result.TimeSeries;
import io.github.revops.table.SubscriptionTable;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Trial-to-paid conversion on a history worked by hand, under both policies and through every entry point.
 *
 * <pre>
 * customer  trial (end exclusive)        paying subscriptions                        March: DEFAULT   STARTED_COHORT
 * A         2026-02-15 .. 2026-03-01      100.00/month from 03-01                     ended, 14 days   started in Feb
 * B         2026-03-01 .. 2026-03-15      1200.00/year + 30.00/month from 03-10       ended, 9 days    started, 9 days
 * C         2026-03-05 .. 2026-03-19      50.00/month from 05-01                      ended, no        started, 57 days
 * D         2026-03-20 .. 2026-04-03      10.00/week from 04-03                       ends in April    started, 14 days
 * E         2026-03-25, open              -                                           not ended        started, no
 * F         -                             500.00/month from 01-01, a free plan        -                -
 * G         2026-01-10 .. 2026-01-24      20.00/month from 01-24                      January          January
 *
 * DEFAULT, March:         3 trials (A, B, C), 2 converted, days {9, 14}: mean = median = 23/2;
 *                         MRR 100.00 + (100.00 + 30.00) = 230.00, 115.00 per conversion.
 * STARTED_COHORT, March:  4 trials (B, C, D, E), 3 converted, days {9, 14, 57}: mean 80/3, median 14;
 *                         MRR 130.00 + 50.00 + 10.00 x 52 / 12 = 67000/3 cents.
 * </pre>
 */
class TrialConversionWorkedExampleTest {

    private static final Period MARCH = Period.month(2026, 3);
    private static final Period Q1 = Period.quarter(2026, 1);
    private static final List<Subscription> SUBS = List.of(
            trial("T-A", "A", "2026-02-15", "2026-03-01"),
            paying("P-A", "A", "USD 100.00", BillingInterval.MONTH, "2026-03-01"),
            trial("T-B", "B", "2026-03-01", "2026-03-15"),
            paying("P-B1", "B", "USD 1200.00", BillingInterval.YEAR, "2026-03-10"),
            paying("P-B2", "B", "USD 30.00", BillingInterval.MONTH, "2026-03-10"),
            trial("T-C", "C", "2026-03-05", "2026-03-19"),
            paying("P-C", "C", "USD 50.00", BillingInterval.MONTH, "2026-05-01"),
            trial("T-D", "D", "2026-03-20", "2026-04-03"),
            paying("P-D", "D", "USD 10.00", BillingInterval.WEEK, "2026-04-03"),
            new Subscription("T-E", "E", Money.parse("USD 0.00"), BillingInterval.MONTH, LocalDate.parse("2026-03-25"),
                    Optional.empty(), true, Optional.empty()),
            paying("P-F", "F", "USD 500.00", BillingInterval.MONTH, "2026-01-01"),
            paying("P-F0", "F", "USD 0.00", BillingInterval.MONTH, "2026-03-02"),
            trial("T-G", "G", "2026-01-10", "2026-01-24"),
            paying("P-G", "G", "USD 20.00", BillingInterval.MONTH, "2026-01-24"));

    private static Subscription trial(String id, String customer, String start, String end) {
        return Subscription.of(id, customer, Money.parse("USD 0.00"), BillingInterval.MONTH, LocalDate.parse(start))
                .endingOn(LocalDate.parse(end)).asTrial();
    }

    private static Subscription paying(String id, String customer, String amount, BillingInterval interval,
                                       String start) {
        return Subscription.of(id, customer, Money.parse(amount), interval, LocalDate.parse(start));
    }

    private static ExactMoney usd(long cents) {
        return ExactMoney.of(Money.ofMinor("USD", cents));
    }

    @Test
    void theDefaultCountsTrialsThatEndedAndPaidByTheirEnd() {
        TrialConversion march = TrialConversion.of(SUBS, MARCH);
        assertThat(march.policy()).isEqualTo(TrialPolicy.DEFAULT);
        assertThat(march.trials()).isEqualTo(3);
        assertThat(march.converted()).isEqualTo(2);
        assertThat(march.rate()).isEqualTo(Ratio.of(2, 3));
        assertThat(march.daysToConvert()).isEqualTo(DayHistogram.of(9, 14));
        assertThat(march.meanDaysToConvert()).contains(Rational.of(23, 2));
        assertThat(march.medianDaysToConvert()).contains(Rational.of(23, 2));
        assertThat(march.convertedWithin(8)).isEqualTo(Ratio.of(0, 3));
        assertThat(march.convertedWithin(9)).isEqualTo(Ratio.of(1, 3));
        assertThat(march.convertedWithin(14)).isEqualTo(Ratio.of(2, 3));
        assertThat(march.convertedMrr()).isEqualTo(usd(23_000));
        assertThat(march.mrrPerConversion().toMoney(RoundingMode.UNNECESSARY)).contains(Money.parse("USD 115.00"));
    }

    @Test
    void theStartedCohortCountsTrialsThatStartedAndPaidAnyTimeAfter() {
        TrialConversion march = TrialConversion.of(SUBS, MARCH, TrialPolicy.STARTED_COHORT);
        assertThat(march.trials()).isEqualTo(4);
        assertThat(march.rate()).isEqualTo(Ratio.of(3, 4));
        assertThat(march.daysToConvert()).isEqualTo(DayHistogram.of(9, 14, 57));
        assertThat(march.meanDaysToConvert()).contains(Rational.of(80, 3));
        assertThat(march.medianDaysToConvert()).contains(Rational.of(14));
        assertThat(march.convertedMrr().minorUnits()).isEqualTo(Rational.of(67_000, 3));
        assertThat(march.mrrPerConversion().mean().orElseThrow().minorUnits()).isEqualTo(Rational.of(67_000, 9));
    }

    @Test
    void theOtherTwoCombinationsFollowTheirParts() {
        // ended in March, paid any time after: C converts too (57 days, 50.00)
        TrialConversion endedEver = TrialConversion.of(SUBS, MARCH,
                new TrialPolicy(TrialCohort.ENDED, ConversionDeadline.NONE));
        assertThat(endedEver.rate()).isEqualTo(Ratio.of(3, 3));
        assertThat(endedEver.daysToConvert()).isEqualTo(DayHistogram.of(9, 14, 57));
        assertThat(endedEver.convertedMrr()).isEqualTo(usd(28_000));
        // started in March, paid by the trial's end: C misses it, D pays on its end date, E has no end
        TrialConversion startedByEnd = TrialConversion.of(SUBS, MARCH,
                new TrialPolicy(TrialCohort.STARTED, ConversionDeadline.TRIAL_END));
        assertThat(startedByEnd.rate()).isEqualTo(Ratio.of(2, 4));
        assertThat(startedByEnd.daysToConvert()).isEqualTo(DayHistogram.of(9, 14));
    }

    @Test
    void aMonthWithoutTrialsIsUndefinedNotZero() {
        TimeSeries<TrialConversion> q1 = TrialConversion.series(SUBS, Q1, Granularity.MONTH);
        TrialConversion january = q1.values().get(0);
        assertThat(january.rate()).isEqualTo(Ratio.of(1, 1));
        assertThat(january.daysToConvert()).isEqualTo(DayHistogram.of(14));
        assertThat(january.convertedMrr()).isEqualTo(usd(2_000));
        TrialConversion february = q1.values().get(1);
        assertThat(february.isDefined()).isFalse();
        assertThat(february.rate().isDefined()).isFalse();
        assertThat(february.meanDaysToConvert()).isEmpty();
        assertThat(february.mrrPerConversion().isDefined()).isFalse();
        assertThat(february).isEqualTo(TrialConversion.empty(Period.month(2026, 2), TrialPolicy.DEFAULT,
                Money.currency("USD")));
        assertThat(q1.values().get(2)).isEqualTo(TrialConversion.of(SUBS, MARCH));
    }

    @Test
    void everyEntryPointGivesTheSameAnswer() {
        SubscriptionTable table = SubscriptionTable.of(SUBS);
        ReportingCurrency usd = ReportingCurrency.of(Money.currency("USD"));
        for (TrialPolicy policy : List.of(TrialPolicy.DEFAULT, TrialPolicy.STARTED_COHORT)) {
            TrialConversion march = TrialConversion.of(SUBS, MARCH, policy);
            assertThat(List.of(TrialConversion.of(SUBS, MARCH, policy, usd), TrialConversion.of(table, MARCH, policy),
                    SUBS.stream().collect(TrialConversion.collector(MARCH, policy)),
                    SUBS.parallelStream().collect(TrialConversion.collector(MARCH, policy, usd)),
                    TrialConversion.series(SUBS, Q1.plusMonths(2), Granularity.MONTH, policy).values().get(0),
                    TrialConversion.series(table, Q1.plusMonths(2), Granularity.MONTH, policy).values().get(0)))
                    .containsOnly(march);
            Function<Subscription, String> region = s -> s.customerId().compareTo("C") <= 0 ? "EU" : "US";
            Breakdown<String, TrialConversion> byRegion = TrialConversion.by(SUBS, MARCH, policy, region);
            assertThat(byRegion.total()).isEqualTo(march);
            assertThat(TrialConversion.by(table, MARCH, policy, table.customer()).total()).isEqualTo(march);
        }
        assertThat(TrialConversion.of(table, MARCH)).isEqualTo(TrialConversion.of(SUBS, MARCH, usd));
        assertThat(TrialConversion.by(SUBS, MARCH, s -> s.customerId().compareTo("C") <= 0 ? "EU" : "US")
                .get("EU").orElseThrow().rate()).isEqualTo(Ratio.of(2, 3));
    }

    @Test
    void inputOrderDoesNotMatter() {
        List<Subscription> reversed = new ArrayList<>(SUBS);
        java.util.Collections.reverse(reversed);
        assertThat(TrialConversion.of(reversed, MARCH, TrialPolicy.STARTED_COHORT))
                .isEqualTo(TrialConversion.of(SUBS, MARCH, TrialPolicy.STARTED_COHORT));
    }
}
