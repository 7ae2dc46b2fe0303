package io.github.revops.clv;

import io.github.revops.domain.InvalidRecordException;
import io.github.revops.math.Rational;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.Money;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A customer's purchase history in a calibration period, reduced to what BG/NBD and Gamma-Gamma need: frequency,
 * recency, age and the spend on repeat purchases.
 *
 * <p>Purchases are grouped by day. The customer's first purchase day starts its clock; {@code frequency} is the
 * number of later days with a purchase (repeat purchases, x in the papers), {@code recency} the time from the first
 * to the last purchase day (t_x), {@code age} the time from the first purchase day to the end of the calibration
 * period (T), both in an {@link RfmTimeUnit}. {@code repeatSpend} is the total spent on the repeat days; the first
 * purchase is left out, as Gamma-Gamma requires.
 * <pre>{@code
 * List<RfmSummary> summaries = RfmSummary.fromTransactions(transactions, LocalDate.of(1997, 9, 30),
 *         RfmTimeUnit.WEEK);
 * RfmSummary one = RfmSummary.ofAverage("0001", 2, 30.43, 38.86, Money.parse("USD 22.35"));
 * one.monetaryValue();    // 22.35, the mean repeat spend
 * }</pre>
 *
 * <h2>Implementation Requirements:</h2>
 * This class is immutable and thread-safe.
 *
 * @param customerId  the customer, not blank
 * @param frequency  the repeat purchases x, at least 0
 * @param recency  the time t_x from the first to the last purchase, from 0 to {@code age}; 0 when frequency is 0
 * @param age  the time T from the first purchase to the end of the calibration period, finite, at least recency
 * @param repeatSpend  the total spent on repeat purchases, not negative; zero when frequency is 0
 * @since 0.1.0
 */
public record RfmSummary(String customerId, long frequency, double recency, double age, Money repeatSpend) {

    private static final String RECORD = "rfm summary";

    /**
     * Validates the summary as lifetimes does, naming the customer.
     *
     * @param customerId  the customer, not blank
     * @param frequency  the repeat purchases x, at least 0
     * @param recency  the time t_x from the first to the last purchase, from 0 to {@code age}; 0 when frequency is 0
     * @param age  the time T from the first purchase to the end of the calibration period, finite, at least recency
     * @param repeatSpend  the total spent on repeat purchases, not negative; zero when frequency is 0
     * @throws InvalidRecordException if a field is missing or out of range: negative frequency or recency, recency
     *         above age, a non-zero recency or spend without repeat purchases, negative spend, non-finite times
     */
    public RfmSummary {
        if (customerId == null || customerId.isBlank()) {
            throw new InvalidRecordException(RECORD, "?", "customerId", customerId, "must not be blank");
        }
        if (frequency < 0) {
            throw new InvalidRecordException(RECORD, customerId, "frequency", frequency, "must be >= 0");
        }
        if (!(recency >= 0.0) || !Double.isFinite(recency)) {
            throw new InvalidRecordException(RECORD, customerId, "recency", recency,
                    "must be >= 0 and finite (the last purchase cannot precede the first)");
        }
        if (!Double.isFinite(age) || !(age >= recency)) {
            throw new InvalidRecordException(RECORD, customerId, "age", age,
                    "must be finite and >= recency (" + recency + "): recency <= T");
        }
        if (frequency == 0 && recency != 0.0) {
            throw new InvalidRecordException(RECORD, customerId, "recency", recency,
                    "must be 0 when frequency is 0");
        }
        if (repeatSpend == null) {
            throw new InvalidRecordException(RECORD, customerId, "repeatSpend", null, "must be present");
        }
        if (repeatSpend.isNegative()) {
            throw new InvalidRecordException(RECORD, customerId, "repeatSpend", repeatSpend, "must not be negative");
        }
        if (frequency == 0 && !repeatSpend.isZero()) {
            throw new InvalidRecordException(RECORD, customerId, "repeatSpend", repeatSpend,
                    "must be zero when frequency is 0");
        }
    }

    /**
     * Obtains a summary from the mean spend per repeat purchase (as published summaries give it).
     *
     * @param customerId  the customer, not blank
     * @param frequency  the repeat purchases x, at least 0
     * @param recency  t_x, from 0 to age
     * @param age  T
     * @param averageSpend  the mean spend per repeat purchase; zero when frequency is 0
     * @return the summary, whose repeat spend is {@code averageSpend * frequency}, never null
     * @throws InvalidRecordException if a field is out of range
     * @since 0.1.0
     */
    public static RfmSummary ofAverage(String customerId, long frequency, double recency, double age,
                                       Money averageSpend) {
        Objects.requireNonNull(averageSpend, "averageSpend");
        if (frequency == 0 && !averageSpend.isZero()) {
            throw new InvalidRecordException(RECORD, customerId, "averageSpend", averageSpend,
                    "must be zero when frequency is 0");
        }
        return new RfmSummary(customerId, frequency, recency, age, averageSpend.multipliedBy(frequency));
    }

    /**
     * Summarises transactions up to and including the end of the calibration period, one summary per customer
     * whose first purchase falls in it, in customer-id order.
     *
     * <p>Transactions after {@code calibrationEnd} are ignored (they are the holdout). Several purchases on one day
     * count as one, their amounts summed. Times are whole days expressed in the unit (WEEK: days / 7), as lifetimes'
     * {@code summary_data_from_transaction_data(..., freq="D", freq_multiplier=7)} computes them.
     *
     * @param transactions  the transactions, not null; a customer's amounts share one currency
     * @param calibrationEnd  the last day of the calibration period, inclusive, not null
     * @param unit  the unit of recency and age, not null
     * @return the summaries, never null
     * @throws io.github.revops.money.CurrencyMismatchException if one customer's amounts mix currencies
     * @since 0.1.0
     */
    public static List<RfmSummary> fromTransactions(Collection<Transaction> transactions, LocalDate calibrationEnd,
                                                    RfmTimeUnit unit) {
        Objects.requireNonNull(transactions, "transactions");
        Objects.requireNonNull(calibrationEnd, "calibrationEnd");
        Objects.requireNonNull(unit, "unit");
        Map<String, TreeMap<LocalDate, Money>> days = new HashMap<>();
        for (Transaction t : transactions) {
            if (!t.date().isAfter(calibrationEnd)) {
                days.computeIfAbsent(t.customerId(), id -> new TreeMap<>()).merge(t.date(), t.amount(), Money::plus);
            }
        }
        List<RfmSummary> summaries = new ArrayList<>(days.size());
        for (Map.Entry<String, TreeMap<LocalDate, Money>> customer : new TreeMap<>(days).entrySet()) {
            TreeMap<LocalDate, Money> purchases = customer.getValue();
            LocalDate first = purchases.firstKey();
            Money repeat = Money.zero(purchases.firstEntry().getValue().currency());
            for (Money amount : purchases.tailMap(first, false).values()) {
                repeat = repeat.plus(amount);
            }
            summaries.add(new RfmSummary(customer.getKey(), purchases.size() - 1L,
                    unit.fromDays(ChronoUnit.DAYS.between(first, purchases.lastKey())),
                    unit.fromDays(ChronoUnit.DAYS.between(first, calibrationEnd)), repeat));
        }
        return summaries;
    }

    /**
     * Returns the exact mean spend per repeat purchase, empty when there was no repeat purchase.
     *
     * @return the mean repeat spend, never null
     * @since 0.1.0
     */
    public Optional<ExactMoney> averageRepeatSpend() {
        return frequency == 0 ? Optional.empty()
                : Optional.of(repeatSpend.toExact().multipliedBy(Rational.of(1, frequency)));
    }

    /**
     * Returns the mean spend per repeat purchase in major units as a double, 0 without repeat purchases (lifetimes'
     * {@code monetary_value}): the Gamma-Gamma model's input, an estimate's input, never a booked amount.
     *
     * @return the mean repeat spend, at least 0
     * @since 0.1.0
     */
    public double monetaryValue() {
        return frequency == 0 ? 0.0 : repeatSpend.amount().doubleValue() / frequency;
    }

    /**
     * Checks a history passed to a model as numbers: the rules of the record, with plain messages.
     *
     * @param frequency  x
     * @param recency  t_x
     * @param age  T
     * @throws IllegalArgumentException if the history is invalid
     */
    static void checkHistory(long frequency, double recency, double age) {
        Parameters.atLeast("frequency", frequency, 0);
        Parameters.nonNegative("recency", recency);
        if (!(age >= recency) || !Double.isFinite(age)) {
            throw new IllegalArgumentException("age T (" + age + ") must be finite and >= recency (" + recency + ")");
        }
        if (frequency == 0 && recency != 0.0) {
            throw new IllegalArgumentException("recency (" + recency + ") must be 0 when frequency is 0");
        }
    }
}
