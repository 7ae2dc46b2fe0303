package io.github.revops.recurring;

import io.github.revops.domain.Subscription;
import io.github.revops.math.Rational;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.Money;
import io.github.revops.money.ReportingCurrency;
import io.github.revops.result.Mergeable;
import io.github.revops.result.TimeSeries;
import io.github.revops.table.SubscriptionTable;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collector;

/**
 * The total MRR on a date (METRICS.md 10) without the per-customer detail of {@link MrrSnapshot}: the exact sum of
 * the monthly values of the subscriptions that count on that date. It equals {@code MrrSnapshot.mrr()} for the same
 * subscriptions and date, and is the cheap way to read MRR or ARR at many dates of millions of subscriptions.
 * <pre>{@code
 * MrrTotal june = RecurringRevenue.of(subscriptions).mrrTotalAt(LocalDate.of(2026, 6, 30));
 * june.arr(RoundingMode.HALF_EVEN);                                         // ARR = 12 x MRR, rounded once
 * TimeSeries<MrrTotal> ends = MrrTotal.series(table, Period.year(2026), Granularity.MONTH);  // 12 month ends
 * }</pre>
 *
 * @param date  the date, not null
 * @param mrr  the exact MRR on that date, in the reporting currency, not negative, not null
 * @since 0.1.0
 */
public record MrrTotal(LocalDate date, ExactMoney mrr) implements Mergeable<MrrTotal> {

    /**
     * Validates the total.
     *
     * @param date  the date, not null
     * @param mrr  the exact MRR on that date, not negative, not null
     * @throws IllegalArgumentException if the MRR is negative
     */
    public MrrTotal {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(mrr, "mrr");
        if (mrr.signum() < 0) {
            throw new IllegalArgumentException("mrr (" + mrr + ") must not be negative");
        }
    }

    /**
     * Returns a collector of the total MRR on a date.
     *
     * @param date  the date, not null
     * @param reporting  the reporting currency and its rates, not null
     * @return the collector, never null
     */
    public static Collector<Subscription, ?, MrrTotal> collector(LocalDate date, ReportingCurrency reporting) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(reporting, "reporting");
        return Collector.of(MrrSum::new, (sum, s) -> {
            SubscriptionAmounts.check(reporting, s);
            if (s.countsOn(date)) {
                sum.add(s, reporting, date);
            }
        }, (a, b) -> {
            a.addAll(b);
            return a;
        }, sum -> new MrrTotal(date, ExactMoney.ofMinor(reporting.currency(), sum.value())),
                Collector.Characteristics.UNORDERED);
    }

    /**
     * Computes the total MRR on a date from the rows of a subscription table, in one loop that allocates nothing per
     * row.
     *
     * @param subscriptions  the subscriptions as a table, not null
     * @param date  the date, not null
     * @return the total, in the table's currency, never null
     */
    public static MrrTotal of(SubscriptionTable subscriptions, LocalDate date) {
        return TableEvaluation.totals(subscriptions, List.of(date)).get(0);
    }

    /**
     * Computes the total MRR on the last day of each period of a range from the rows of a subscription table, in
     * one pass over the rows for all the dates.
     *
     * @param subscriptions  the subscriptions as a table, not null
     * @param range  the range, not null
     * @param granularity  how to cut it, such as {@link Granularity#MONTH}, not null
     * @return the totals in time order, never null
     */
    public static TimeSeries<MrrTotal> series(SubscriptionTable subscriptions, Period range, Granularity granularity) {
        List<Period> periods = range.split(granularity);
        List<MrrTotal> totals = TableEvaluation.totals(subscriptions,
                periods.stream().map(Period::lastDay).toList());
        return TableEvaluation.series(periods, totals);
    }

    /**
     * Returns the ARR on the date: 12 times the MRR, exact.
     *
     * @return the ARR, never null
     */
    public ExactMoney arr() {
        return mrr.multipliedBy(Rational.of(12));
    }

    /**
     * Returns the ARR rounded once to the currency's scale.
     *
     * @param rounding  the rounding mode, not null
     * @return the ARR, never null
     */
    public Money arr(RoundingMode rounding) {
        return arr().toMoney(rounding);
    }

    /**
     * Returns the total of two disjoint sets of subscriptions on the same date.
     *
     * @param other  the other total, same date and currency, not null
     * @return the sum, never null
     * @throws IllegalArgumentException if the dates differ
     * @throws io.github.revops.money.CurrencyMismatchException if the currencies differ
     */
    @Override
    public MrrTotal combine(MrrTotal other) {
        if (!date.equals(other.date)) {
            throw new IllegalArgumentException("totals of " + date + " and " + other.date + " do not combine");
        }
        return new MrrTotal(date, mrr.plus(other.mrr));
    }
}
