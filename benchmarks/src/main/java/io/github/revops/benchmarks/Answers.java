package io.github.revops.benchmarks;

import io.github.revops.math.Rational;
import io.github.revops.money.ExactMoney;
import io.github.revops.pipeline.DealTally;

import java.util.Objects;
import java.util.Optional;

/** The answer check run in every benchmark's setup, before anything is timed: a mismatch stops the run. */
final class Answers {

    /** DuckDB returns doubles: they must match the exact figure to this relative tolerance. */
    private static final double TOLERANCE = 1e-9;

    private Answers() {
    }

    static void same(String what, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            throw new IllegalStateException(what + ": expected " + expected + " but was " + actual);
        }
    }

    static void same(String what, long expected, long actual) {
        if (expected != actual) {
            throw new IllegalStateException(what + ": expected " + expected + " but was " + actual);
        }
    }

    static void same(String what, Rational expected, long actual) {
        same(what, expected, Rational.of(actual));
    }

    /** The amount of a tally in minor units (0 for no deal) against a count of cents. */
    static void same(String what, DealTally expected, long actualCents) {
        same(what, expected.amount().map(ExactMoney::minorUnits).orElse(Rational.ZERO), actualCents);
    }

    /** An exact figure (empty when undefined) against DuckDB's double (NaN for SQL NULL). */
    static void close(String what, Optional<Rational> exact, double duck) {
        if (exact.isEmpty() || Double.isNaN(duck)) {
            if (exact.isPresent() || !Double.isNaN(duck)) {
                throw new IllegalStateException(what + ": expected " + exact + " but DuckDB gave " + duck);
            }
            return;
        }
        double x = exact.get().doubleValue();
        if (Math.abs(x - duck) > TOLERANCE * Math.max(1, Math.abs(x))) {
            throw new IllegalStateException(what + ": expected " + exact.get() + " = " + x + " but DuckDB gave "
                    + duck);
        }
    }
}
