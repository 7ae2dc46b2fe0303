package io.github.revops.recurring;

import io.github.revops.math.Rational;
import io.github.revops.money.ExactMoney;

import java.time.LocalDate;
import java.util.Currency;

/**
 * Exact sums of monthly values kept as {@code long} numerators over a source's common denominator
 * (docs/decisions/0081): every sum the kernels make goes through {@link #add}, so a sum beyond the {@code long}
 * range throws {@link ArithmeticException} naming the limit instead of wrapping into a wrong (possibly negative) MRR.
 */
final class Numerators {

    private Numerators() {
    }

    /** Adds two numerators over {@code denominator}; throws on overflow. */
    static long add(long a, long b, long denominator) {
        long sum = a + b;
        if (((a ^ sum) & (b ^ sum)) < 0) {
            throw tooLarge("a sum of monthly values", denominator);
        }
        return sum;
    }

    /** The running sums of a difference array: the value at each of {@code count} state dates. */
    static long[] runningSums(long[] delta, int count, StateDates states, long denominator) {
        long[] values = new long[count];
        long sum = 0;
        for (int k = 0; k < count; k++) {
            long next = sum + delta[k];
            if (((sum ^ next) & (delta[k] ^ next)) < 0) {
                throw tooLarge("MRR on " + LocalDate.ofEpochDay(states.day(k)), denominator);
            }
            sum = next;
            values[k] = sum;
        }
        return values;
    }

    /** The money of a numerator over a denominator, in minor units of a currency. */
    static ExactMoney money(Currency currency, long numerator, long denominator) {
        return ExactMoney.ofMinor(currency, Rational.of(numerator, denominator));
    }

    private static ArithmeticException tooLarge(String what, long denominator) {
        return new ArithmeticException(what + " exceeds the exact range of the computation: more than "
                + Long.MAX_VALUE + "/" + denominator + " minor units");
    }
}
