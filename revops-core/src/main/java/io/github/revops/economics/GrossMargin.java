package io.github.revops.economics;

import io.github.revops.math.Rational;

import java.util.Objects;

/** The check every gross margin passes: an exact fraction between 0 and 1. */
final class GrossMargin {

    private GrossMargin() {
    }

    static void check(Rational margin) {
        Objects.requireNonNull(margin, "grossMargin");
        if (margin.signum() < 0 || margin.compareTo(Rational.ONE) > 0) {
            throw new IllegalArgumentException("grossMargin (" + margin + ") must be between 0 and 1");
        }
    }
}
