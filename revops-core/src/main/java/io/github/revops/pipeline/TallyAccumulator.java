package io.github.revops.pipeline;

import io.github.revops.math.Rational;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.Money;

import java.time.LocalDate;
import java.util.Currency;

/**
 * The mutable counterpart of {@link DealTally}: adds deals without allocating, unless amounts are converted.
 * Not thread-safe.
 */
final class TallyAccumulator {

    private long count;
    private long minorUnits;
    private Rational converted = Rational.ZERO;

    /** Counts one deal's amount; the date is the one whose exchange rate applies when converting. */
    void add(Amounts amounts, Money amount, LocalDate rateDate) {
        count = Math.addExact(count, 1);
        if (amounts.converts()) {
            converted = converted.add(amounts.converted(amount, rateDate));
        } else {
            minorUnits = Math.addExact(minorUnits, amounts.minorUnits(amount));
        }
    }

    void addAll(TallyAccumulator other) {
        count = Math.addExact(count, other.count);
        minorUnits = Math.addExact(minorUnits, other.minorUnits);
        converted = converted.add(other.converted);
    }

    long count() {
        return count;
    }

    /** The tally, in the currency of the accumulator's amounts (unused when nothing was counted). */
    DealTally result(Currency currency) {
        if (count == 0) {
            return DealTally.EMPTY;
        }
        return DealTally.of(count, ExactMoney.ofMinor(currency, converted.add(Rational.of(minorUnits))));
    }
}
