package io.github.revops.pipeline;

import io.github.revops.internal.ExactSum;
import io.github.revops.math.Rational;
import io.github.revops.money.ExactMoney;

import java.util.Currency;

/**
 * The mutable counterpart of {@link DealTally}: adds deals without allocating, unless amounts are converted.
 * Not thread-safe.
 */
final class TallyAccumulator {

    private long count;
    private final ExactSum minorUnits = ExactSum.ofWholes();

    /** Counts one deal whose amount is in the tally's currency, in minor units. */
    void add(long amountMinor) {
        count = Math.addExact(count, 1);
        minorUnits.addUnits(amountMinor);
    }

    /** Counts one deal whose amount was converted to the reporting currency (exact minor units). */
    void add(Rational convertedMinor) {
        count = Math.addExact(count, 1);
        minorUnits.add(convertedMinor);
    }

    void addAll(TallyAccumulator other) {
        count = Math.addExact(count, other.count);
        minorUnits.addAll(other.minorUnits);
    }

    long count() {
        return count;
    }

    DealTally result(Currency currency) {
        if (count == 0) {
            return DealTally.EMPTY;
        }
        return DealTally.of(count, ExactMoney.ofMinor(currency, minorUnits.value()));
    }
}
