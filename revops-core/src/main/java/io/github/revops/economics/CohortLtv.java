package io.github.revops.economics;

import io.github.revops.internal.Checks;
import io.github.revops.math.Rational;
import io.github.revops.money.CurrencyMismatchException;
import io.github.revops.money.ExactMoney;
import io.github.revops.result.Mergeable;
import io.github.revops.result.Ratio;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * Historical cohort LTV: the cumulative revenue per customer of an acquisition cohort, month by month since
 * acquisition (METRICS.md 6).
 *
 * <p>{@code revenue.get(k)} is what the cohort's customers brought in in month {@code k} after acquisition (month 0
 * is the acquisition month); {@link #cumulative()} divides the running sum by the cohort's size, so entry
 * {@code k} is the realised lifetime value per customer after {@code k + 1} months. Unlike formula LTV it predicts
 * nothing. Cohorts observed for the same number of months merge by adding customers and revenue month by month:
 * the blended curve of several cohorts.
 * <pre>{@code
 * CohortLtv march = economics.cohortLtv(YearMonth.of(2026, 3), 6);
 * march.cumulative().get(5).exactValue();   // revenue per customer after six months
 * }</pre>
 *
 * @param currency  the currency of the revenue, not null
 * @param customers  the number of customers in the cohort, not negative
 * @param revenue  the cohort's revenue in minor units per month since acquisition, not null
 * @since 0.1.0
 */
public record CohortLtv(Currency currency, long customers, List<Rational> revenue) implements Mergeable<CohortLtv> {

    /**
     * Validates and copies the parts.
     *
     * @param currency  the currency of the revenue, not null
     * @param customers  the number of customers in the cohort, not negative
     * @param revenue  the cohort's revenue in minor units per month since acquisition, not null
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if the customer count is negative
     */
    public CohortLtv {
        Objects.requireNonNull(currency, "currency");
        Checks.nonNegative("customers", customers);
        revenue = List.copyOf(revenue);
    }

    /**
     * Obtains a cohort's LTV from its size and monthly revenue.
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
        Currency currency = revenue.get(0).currency();
        List<Rational> minor = new ArrayList<>(revenue.size());
        for (ExactMoney month : revenue) {
            if (!month.currency().equals(currency)) {
                throw new CurrencyMismatchException(currency, month.currency());
            }
            minor.add(month.minorUnits());
        }
        return new CohortLtv(currency, customers, minor);
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
        return new CohortLtv(currency, 0, Collections.nCopies(months, Rational.ZERO));
    }

    /**
     * Returns the cumulative revenue per customer after each month since acquisition; undefined for an empty
     * cohort.
     *
     * @return one ratio per month (cumulative revenue in minor units / customers), never null
     */
    public List<Ratio> cumulative() {
        List<Ratio> out = new ArrayList<>(revenue.size());
        Rational sum = Rational.ZERO;
        Rational size = Rational.of(customers);
        for (Rational month : revenue) {
            sum = sum.add(month);
            out.add(Ratio.of(sum, size));
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
        List<Rational> sum = new ArrayList<>(revenue.size());
        for (int i = 0; i < revenue.size(); i++) {
            sum.add(revenue.get(i).add(other.revenue.get(i)));
        }
        return new CohortLtv(currency, Math.addExact(customers, other.customers), sum);
    }
}
