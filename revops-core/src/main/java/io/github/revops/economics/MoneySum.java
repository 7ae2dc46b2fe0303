package io.github.revops.economics;

import io.github.revops.math.Rational;
import io.github.revops.money.ExactMoney;

import java.util.Currency;

/**
 * A mutable exact sum of money in one currency: whole minor units add as longs (no allocation), fractions of a minor
 * unit (from an exchange rate) as a rational.
 */
final class MoneySum {

    private long whole;
    private Rational fraction = Rational.ZERO;

    void add(long minorUnits) {
        whole = Math.addExact(whole, minorUnits);
    }

    void add(Rational minorUnits) {
        if (minorUnits.isWhole() && minorUnits.numerator().bitLength() < Long.SIZE - 1) {
            add(minorUnits.numerator().longValue());
        } else {
            fraction = fraction.add(minorUnits);
        }
    }

    void add(MoneySum other) {
        add(other.whole);
        if (!other.fraction.isZero()) {
            fraction = fraction.add(other.fraction);
        }
    }

    ExactMoney toExact(Currency currency) {
        return ExactMoney.ofMinor(currency, fraction.isZero() ? Rational.of(whole) : fraction.add(Rational.of(whole)));
    }
}
