package io.github.revops.internal;

import io.github.revops.math.Rational;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link ExactSqrt} against square roots computed independently (Python's {@code decimal} at 60 digits): sqrt(2) =
 * 1.41421356237309504880..., sqrt(99) = 9.94987437106619954734..., sqrt(1234567) = 1111.11070555548154...,
 * sqrt(1/3) = 0.57735026918962576450..., and the exact roots 2.5 = sqrt(6.25) and 3.5 = sqrt(12.25) for the half-way
 * cases.
 */
class ExactSqrtTest {

    private static final Rational TWO = Rational.of(2);

    @Test
    void atAScale_eachRoundingModeRoundsTheExactRoot() {
        assertThat(ExactSqrt.sqrt(TWO, 10, RoundingMode.HALF_EVEN)).isEqualTo(new BigDecimal("1.4142135624"));
        assertThat(ExactSqrt.sqrt(TWO, 10, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("1.4142135624"));
        assertThat(ExactSqrt.sqrt(TWO, 10, RoundingMode.HALF_DOWN)).isEqualTo(new BigDecimal("1.4142135624"));
        assertThat(ExactSqrt.sqrt(TWO, 10, RoundingMode.DOWN)).isEqualTo(new BigDecimal("1.4142135623"));
        assertThat(ExactSqrt.sqrt(TWO, 10, RoundingMode.FLOOR)).isEqualTo(new BigDecimal("1.4142135623"));
        assertThat(ExactSqrt.sqrt(TWO, 10, RoundingMode.UP)).isEqualTo(new BigDecimal("1.4142135624"));
        assertThat(ExactSqrt.sqrt(TWO, 10, RoundingMode.CEILING)).isEqualTo(new BigDecimal("1.4142135624"));
        // 0.57735 02691 8962576...: below half at 10 digits
        assertThat(ExactSqrt.sqrt(Rational.of(1, 3), 10, RoundingMode.HALF_UP))
                .isEqualTo(new BigDecimal("0.5773502692"));
        assertThat(ExactSqrt.sqrt(Rational.of(1, 3), 9, RoundingMode.HALF_UP))
                .isEqualTo(new BigDecimal("0.577350269"));
        assertThat(ExactSqrt.sqrt(Rational.of(1, 3), 9, RoundingMode.UP)).isEqualTo(new BigDecimal("0.577350270"));
    }

    @Test
    void halfWayRoots_followTheHalfRules() {
        Rational sixPointTwoFive = Rational.of(25, 4);      // root 2.5, floor 2 even
        Rational twelvePointTwoFive = Rational.of(49, 4);   // root 3.5, floor 3 odd
        assertThat(ExactSqrt.sqrt(sixPointTwoFive, 0, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("3"));
        assertThat(ExactSqrt.sqrt(sixPointTwoFive, 0, RoundingMode.HALF_DOWN)).isEqualTo(new BigDecimal("2"));
        assertThat(ExactSqrt.sqrt(sixPointTwoFive, 0, RoundingMode.HALF_EVEN)).isEqualTo(new BigDecimal("2"));
        assertThat(ExactSqrt.sqrt(twelvePointTwoFive, 0, RoundingMode.HALF_EVEN)).isEqualTo(new BigDecimal("4"));
        assertThat(ExactSqrt.sqrt(twelvePointTwoFive, 0, RoundingMode.HALF_DOWN)).isEqualTo(new BigDecimal("3"));
        // just above and below half: sqrt(6.26) = 2.50199..., sqrt(6.24) = 2.49799...
        assertThat(ExactSqrt.sqrt(Rational.of(626, 100), 0, RoundingMode.HALF_DOWN)).isEqualTo(new BigDecimal("3"));
        assertThat(ExactSqrt.sqrt(Rational.of(626, 100), 0, RoundingMode.HALF_EVEN)).isEqualTo(new BigDecimal("3"));
        assertThat(ExactSqrt.sqrt(Rational.of(624, 100), 0, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("2"));
        assertThat(ExactSqrt.sqrt(Rational.of(624, 100), 0, RoundingMode.HALF_EVEN)).isEqualTo(new BigDecimal("2"));
    }

    @Test
    void exactRoots_needNoRounding_andInexactOnesRefuseUnnecessary() {
        assertThat(ExactSqrt.sqrt(Rational.of(9, 4), 2, RoundingMode.UNNECESSARY)).isEqualTo(new BigDecimal("1.50"));
        assertThat(ExactSqrt.sqrt(Rational.of(9, 4), 2, RoundingMode.UP)).isEqualTo(new BigDecimal("1.50"));
        assertThat(ExactSqrt.sqrt(Rational.ZERO, 3, RoundingMode.UP)).isEqualTo(new BigDecimal("0.000"));
        assertThatThrownBy(() -> ExactSqrt.sqrt(TWO, 2, RoundingMode.UNNECESSARY))
                .isInstanceOf(ArithmeticException.class)
                .hasMessage("rounding necessary: the square root is not exact at this scale");
    }

    @Test
    void negativeScale_roundsToTensHundreds() {
        // sqrt(1234567) = 1111.1107...: 1.11E+3 to tens, 1.2E+3 to hundreds rounding up
        assertThat(ExactSqrt.sqrt(Rational.of(1_234_567), -1, RoundingMode.HALF_EVEN))
                .isEqualTo(new BigDecimal("1.11E+3"));
        assertThat(ExactSqrt.sqrt(Rational.of(1_234_567), -2, RoundingMode.UP)).isEqualTo(new BigDecimal("1.2E+3"));
    }

    @Test
    void negativeValue_isRefused_namingIt() {
        assertThatThrownBy(() -> ExactSqrt.sqrt(Rational.of(-1, 4), 2, RoundingMode.HALF_EVEN))
                .isInstanceOf(ArithmeticException.class).hasMessage("square root of a negative number (-1/4)");
    }

    @Test
    void toAPrecision_givesThatManySignificantDigits_atAnyMagnitude() {
        assertThat(ExactSqrt.sqrt(TWO, new MathContext(5, RoundingMode.HALF_EVEN))).isEqualTo(new BigDecimal("1.4142"));
        assertThat(ExactSqrt.sqrt(Rational.of(99), new MathContext(3, RoundingMode.HALF_EVEN)))
                .isEqualTo(new BigDecimal("9.95"));
        assertThat(ExactSqrt.sqrt(Rational.of(99), new MathContext(3, RoundingMode.DOWN)))
                .isEqualTo(new BigDecimal("9.94"));
        assertThat(ExactSqrt.sqrt(Rational.of(1_234_567), new MathContext(6, RoundingMode.HALF_EVEN)))
                .isEqualTo(new BigDecimal("1111.11"));
        assertThat(ExactSqrt.sqrt(Rational.of(100), new MathContext(2, RoundingMode.UNNECESSARY)))
                .isEqualByComparingTo("10");
        // 1.41421356...E-15: the first scales tried give zero digits
        assertThat(ExactSqrt.sqrt(Rational.of(java.math.BigInteger.TWO, java.math.BigInteger.TEN.pow(30)),
                new MathContext(3, RoundingMode.HALF_EVEN))).isEqualTo(new BigDecimal("1.41E-15"));
        assertThat(ExactSqrt.sqrt(Rational.ZERO, new MathContext(3))).isEqualTo(BigDecimal.ZERO);
    }

    @Test
    void toAPrecision_roundsOnce() {
        // the root of r^2 is r = 1.23449999999999999 exactly: once rounded to 4 digits it is 1.234; rounded first to
        // 13 decimals (1.2345000000000) and then to 4 digits it would wrongly be 1.235
        Rational root = Rational.parse("1.23449999999999999");
        assertThat(ExactSqrt.sqrt(root.multiply(root), new MathContext(4, RoundingMode.HALF_UP)))
                .isEqualTo(new BigDecimal("1.234"));
        assertThat(ExactSqrt.sqrt(root.multiply(root), new MathContext(18, RoundingMode.UNNECESSARY)))
                .isEqualTo(new BigDecimal("1.23449999999999999"));
    }

    @Test
    void unlimitedPrecision_isRefused() {
        assertThatThrownBy(() -> ExactSqrt.sqrt(TWO, MathContext.UNLIMITED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("context precision (0) must be > 0: a square root is irrational in general");
    }
}
