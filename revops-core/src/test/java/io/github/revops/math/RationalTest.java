package io.github.revops.math;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

class RationalTest {

    @Test
    void of_reducesToLowestTermsWithPositiveDenominator() {
        assertThat(Rational.of(52, 12)).hasToString("13/3");
        assertThat(Rational.of(3, -6)).hasToString("-1/2");
        assertThat(Rational.of(0, -5)).isEqualTo(Rational.ZERO).hasToString("0");
        assertThat(Rational.of(new BigDecimal("0.75"))).hasToString("3/4");
        assertThat(Rational.of(new BigDecimal("1E+3"))).hasToString("1000");
    }

    @Test
    void of_rejectsZeroDenominator() {
        assertThatThrownBy(() -> Rational.of(1, 0)).isInstanceOf(ArithmeticException.class)
                .hasMessage("denominator must not be zero (numerator 1)");
        assertThatThrownBy(() -> Rational.ONE.divide(Rational.ZERO)).isInstanceOf(ArithmeticException.class)
                .hasMessage("division of 1 by zero");
    }

    @Test
    void arithmeticIsExact() {
        Rational third = Rational.of(1, 3);
        assertThat(third.add(third).add(third)).isEqualTo(Rational.ONE);
        assertThat(Rational.of(13, 3).multiply(Rational.of(1000))).hasToString("13000/3");
        assertThat(Rational.of(1, 2).subtract(Rational.of(3, 4))).hasToString("-1/4");
        assertThat(Rational.of(-7, 2).abs()).hasToString("7/2");
        assertThat(Rational.of(2, 3).divide(Rational.of(4, 9))).hasToString("3/2");
    }

    @Test
    void toBigDecimal_roundsOnlyAtTheEnd() {
        assertThat(Rational.of(13000, 3).toBigDecimal(2, RoundingMode.HALF_EVEN)).isEqualByComparingTo("4333.33");
        assertThat(Rational.of(-1, 8).toBigDecimal(2, RoundingMode.HALF_EVEN)).isEqualByComparingTo("-0.12");
        assertThatThrownBy(() -> Rational.of(1, 3).toBigDecimal(5, RoundingMode.UNNECESSARY))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void parse_readsTheTextForms() {
        assertThat(Rational.parse("13000/3")).isEqualTo(Rational.of(13000, 3));
        assertThat(Rational.parse("-1/2")).isEqualTo(Rational.of(-1, 2));
        assertThat(Rational.parse("42")).isEqualTo(Rational.of(42));
        assertThat(Rational.parse("0.266667")).isEqualTo(Rational.of(266667, 1_000_000));
        assertThatThrownBy(() -> Rational.parse("a/b")).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void parseOfToStringIsIdentity() {
        qt().forAll(longs().between(-1_000_000_000L, 1_000_000_000L), longs().between(1, 1_000_000_000L))
                .check((p, q) -> Rational.parse(Rational.of(p, q).toString()).equals(Rational.of(p, q)));
    }

    @Test
    void compareToAgreesWithCrossMultiplication() {
        qt().forAll(longs().between(-10_000, 10_000), longs().between(1, 10_000),
                        longs().between(-10_000, 10_000), longs().between(1, 10_000))
                .check((a, b, c, d) -> Integer.signum(Rational.of(a, b).compareTo(Rational.of(c, d)))
                        == Long.signum(a * d - c * b));
    }

    @Test
    void equalsIsValueEquality() {
        new EqualsTester()
                .addEqualityGroup(Rational.of(1, 2), Rational.of(2, 4), Rational.parse("0.5"))
                .addEqualityGroup(Rational.of(-1, 2))
                .addEqualityGroup(Rational.ZERO, Rational.of(0, 7))
                .testEquals();
    }
}
