package io.github.revops.economics;

import io.github.revops.internal.Checks;
import io.github.revops.money.CurrencyMismatchException;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.ReportingCurrency;
import io.github.revops.result.Mergeable;
import io.github.revops.result.MoneyAverage;
import io.github.revops.result.TimeSeries;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * Historical cohort LTV: the cumulative revenue per customer of an acquisition cohort, month by month since
 * acquisition (docs/metrics.md, "Customer lifetime value").
 *
 * <p>{@code revenue.get(k)} is what the cohort's customers brought in in month {@code k} after acquisition (month 0
 * is the acquisition month); {@link #cumulative()} divides the running sum by the cohort's size, so entry
 * {@code k} is the realised lifetime value per customer after {@code k + 1} months. Unlike formula LTV it predicts
 * nothing. Cohorts observed for the same number of months merge by adding customers and revenue month by month:
 * the blended curve of several cohorts. A cohort of a quarter is the merge of its three monthly cohorts, each
 * counted from its own acquisition month.
 * <pre>{@code
 * CohortLtv march = CohortLtv.of(input, Period.month(2026, 3), 6);
 * march.cumulative().get(5).mean();   // revenue per customer after six months
 * }</pre>
 *
 * @param currency  the currency of the revenue, not null
 * @param customers  the number of customers in the cohort, not negative
 * @param revenue  the cohort's revenue per month since acquisition, not negative, zero without customers, not null
 * @since 0.1.0
 */
public record CohortLtv(Currency currency, long customers, List<ExactMoney> revenue) implements Mergeable<CohortLtv> {

    /**
     * Validates and copies the parts.
     *
     * @param currency  the currency of the revenue, not null
     * @param customers  the number of customers in the cohort, not negative
     * @param revenue  the cohort's revenue per month since acquisition, not negative, zero without customers, not
     *        null
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if the customer count or a month's revenue is negative, or a cohort without
     *         customers has revenue
     * @throws CurrencyMismatchException if a month's revenue is in another currency
     */
    public CohortLtv {
        Objects.requireNonNull(currency, "currency");
        Checks.nonNegative("customers", customers);
        revenue = List.copyOf(revenue);
        for (ExactMoney month : revenue) {
            if (!month.currency().equals(currency)) {
                throw new CurrencyMismatchException(currency, month.currency());
            }
            if (month.signum() < 0 || (customers == 0 && !month.isZero())) {
                throw new IllegalArgumentException("revenue (" + month + ") must not be negative, and zero for a"
                        + " cohort of 0 customers");
            }
        }
    }

    /**
     * Obtains a cohort's LTV from its size and monthly revenue, for callers with revenue from elsewhere (invoices).
     *
     * @param customers  the cohort's size, not negative
     * @param revenue  the revenue per month since acquisition, all in one currency, not empty
     * @return the cohort LTV, never null
     * @throws IllegalArgumentException if the revenue list is empty
     * @throws CurrencyMismatchException if two months are in different currencies
     */
    public static CohortLtv of(long customers, List<ExactMoney> revenue) {
        if (revenue.isEmpty()) {
            throw new IllegalArgumentException("revenue must hold at least the acquisition month");
        }
        return new CohortLtv(revenue.get(0).currency(), customers, revenue);
    }

    /**
     * Returns an empty cohort observed for a number of months: the identity of {@link #combine} for such cohorts.
     *
     * @param currency  the currency, not null
     * @param months  the number of months observed, not negative
     * @return the empty cohort, never null
     */
    public static CohortLtv empty(Currency currency, int months) {
        Checks.nonNegative("months", months);
        return new CohortLtv(currency, 0, Collections.nCopies(months, ExactMoney.zero(currency)));
    }

    /**
     * Computes the historical LTV of the customers new in a period (from subscriptions), in the currency of the
     * input's first amount: their MRR on the last day of each month since their acquisition month, added up.
     *
     * @param input  the spend, subscriptions and deals, not null
     * @param cohort  whole calendar months in which the customers became new, not null
     * @param months  how many months to follow each customer, at least 1
     * @return the cohort LTV, never null
     * @throws IllegalArgumentException if the period is not whole months, the months below 1, or the input holds
     *         no amount
     * @throws CurrencyMismatchException if the input's amounts are in more than one currency
     */
    public static CohortLtv of(EconomicsInput input, Period cohort, int months) {
        return of(input, cohort, months, EconomicsOptions.DEFAULTS);
    }

    /**
     * Computes the historical LTV of the customers new in a period, new customers found as the options say.
     *
     * @param input  the spend, subscriptions and deals, not null
     * @param cohort  whole calendar months in which the customers became new, not null
     * @param months  how many months to follow each customer, at least 1
     * @param options  the source of new customers, not null
     * @return the cohort LTV, never null
     * @throws IllegalArgumentException if the period is not whole months, the months below 1, or the input holds
     *         no amount
     * @throws CurrencyMismatchException if the input's amounts are in more than one currency
     */
    public static CohortLtv of(EconomicsInput input, Period cohort, int months, EconomicsOptions options) {
        Checks.positive("months", months);
        return EconomicsLedger.of(input, options).cohort(cohort, months);
    }

    /**
     * Computes the historical LTV of the customers new in a period in a reporting currency: MRR converted at the
     * date it is measured on.
     *
     * @param input  the spend, subscriptions and deals, not null
     * @param cohort  whole calendar months in which the customers became new, not null
     * @param months  how many months to follow each customer, at least 1
     * @param options  the source of new customers, not null
     * @param reporting  the reporting currency and its rates, not null
     * @return the cohort LTV, never null
     * @throws IllegalArgumentException if the period is not whole months or the months below 1
     * @throws CurrencyMismatchException if, without rates, an amount is in another currency
     * @throws io.github.revops.money.MissingExchangeRateException if a rate needed is missing
     */
    public static CohortLtv of(EconomicsInput input, Period cohort, int months, EconomicsOptions options,
                               ReportingCurrency reporting) {
        Checks.positive("months", months);
        return EconomicsLedger.of(input, options, reporting).cohort(cohort, months);
    }

    /**
     * Computes the cohort LTV of each period of a granularity in a range, new customers from subscriptions.
     *
     * @param input  the spend, subscriptions and deals, not null
     * @param range  whole calendar months, not null
     * @param granularity  how to cut the range into whole months, such as {@link Granularity#MONTH}, not null
     * @param months  how many months to follow each customer, at least 1
     * @return the cohort LTV per period, in time order, never null
     * @throws IllegalArgumentException if a period is not whole months, the months below 1, or the input holds no
     *         amount
     * @throws CurrencyMismatchException if the input's amounts are in more than one currency
     */
    public static TimeSeries<CohortLtv> series(EconomicsInput input, Period range, Granularity granularity,
                                               int months) {
        return series(input, range, granularity, months, EconomicsOptions.DEFAULTS);
    }

    /**
     * Computes the cohort LTV of each period of a granularity in a range: one cohort per period, each followed for
     * the same number of months.
     *
     * @param input  the spend, subscriptions and deals, not null
     * @param range  whole calendar months, not null
     * @param granularity  how to cut the range into whole months, such as {@link Granularity#MONTH}, not null
     * @param months  how many months to follow each customer, at least 1
     * @param options  the source of new customers, not null
     * @return the cohort LTV per period, in time order, never null
     * @throws IllegalArgumentException if a period is not whole months, the months below 1, or the input holds no
     *         amount
     * @throws CurrencyMismatchException if the input's amounts are in more than one currency
     */
    public static TimeSeries<CohortLtv> series(EconomicsInput input, Period range, Granularity granularity,
                                               int months, EconomicsOptions options) {
        Checks.positive("months", months);
        EconomicsLedger ledger = EconomicsLedger.of(input, options);
        return ledger.series(range, granularity, p -> ledger.cohort(p, months));
    }

    /**
     * Computes the cohort LTV of each period of a range in a reporting currency.
     *
     * @param input  the spend, subscriptions and deals, not null
     * @param range  whole calendar months, not null
     * @param granularity  how to cut the range into whole months, not null
     * @param months  how many months to follow each customer, at least 1
     * @param options  the source of new customers, not null
     * @param reporting  the reporting currency and its rates, not null
     * @return the cohort LTV per period, in time order, never null
     * @throws IllegalArgumentException if a period is not whole months or the months below 1
     * @throws CurrencyMismatchException if, without rates, an amount is in another currency
     * @throws io.github.revops.money.MissingExchangeRateException if a rate needed is missing
     */
    public static TimeSeries<CohortLtv> series(EconomicsInput input, Period range, Granularity granularity,
                                               int months, EconomicsOptions options, ReportingCurrency reporting) {
        Checks.positive("months", months);
        EconomicsLedger ledger = EconomicsLedger.of(input, options, reporting);
        return ledger.series(range, granularity, p -> ledger.cohort(p, months));
    }

    /**
     * Returns the cumulative revenue per customer after each month since acquisition; undefined for an empty
     * cohort.
     *
     * @return one average per month (cumulative revenue over customers), never null
     */
    public List<MoneyAverage> cumulative() {
        List<MoneyAverage> out = new ArrayList<>(revenue.size());
        ExactMoney sum = ExactMoney.zero(currency);
        for (ExactMoney month : revenue) {
            sum = sum.plus(month);
            out.add(MoneyAverage.of(sum, customers));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Returns two cohorts observed for the same months as one: customers and each month's revenue added.
     *
     * @param other  the other cohort, same currency and number of months, not null
     * @return the merged cohort, never null
     * @throws CurrencyMismatchException if the currencies differ
     * @throws IllegalArgumentException if the numbers of months differ
     */
    @Override
    public CohortLtv combine(CohortLtv other) {
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(currency, other.currency);
        }
        if (revenue.size() != other.revenue.size()) {
            throw new IllegalArgumentException("cohorts observed for " + revenue.size() + " and "
                    + other.revenue.size() + " months cannot be merged");
        }
        List<ExactMoney> sum = new ArrayList<>(revenue.size());
        for (int i = 0; i < revenue.size(); i++) {
            sum.add(revenue.get(i).plus(other.revenue.get(i)));
        }
        return new CohortLtv(currency, Math.addExact(customers, other.customers), sum);
    }
}
