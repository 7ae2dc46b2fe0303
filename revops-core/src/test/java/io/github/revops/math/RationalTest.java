package io.github.revops.math;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

    @Test
    void partsAndSign_ofReducedValues() {
        Rational weekly = Rational.of(-52, 12);
        assertThat(weekly.numerator()).isEqualTo(BigInteger.valueOf(-13));
        assertThat(weekly.denominator()).isEqualTo(BigInteger.valueOf(3));
        assertThat(List.of(weekly, Rational.ZERO, weekly.negate())).extracting(Rational::signum)
                .containsExactly(-1, 0, 1);
        assertThat(List.of(weekly, Rational.ZERO, Rational.of(0, -9))).extracting(Rational::isZero)
                .containsExactly(false, true, true);
    }

    @Test
    void zero_isTheIdentityOfAdd_onEitherSide() {
        Rational third = Rational.of(1, 3);
        assertThat(Rational.ZERO.add(third)).isEqualTo(third);
        assertThat(third.add(Rational.ZERO)).isEqualTo(third);
        assertThat(Rational.of(1, 6).add(Rational.of(1, 6))).isEqualTo(third);
    }

    @Test
    void compareTo_overOneDenominator_ordersTheNumerators() {
        Rational oneThird = Rational.of(1, 3);
        Rational twoThirds = Rational.of(2, 3);
        assertThat(oneThird.compareTo(twoThirds)).isNegative();
        assertThat(twoThirds.compareTo(oneThird)).isPositive();
        assertThat(twoThirds.compareTo(Rational.of(4, 6))).isZero();
    }

    @Test
    void doubleValue_isTheNearestDouble_upTo53BitParts() {
        assertThat(Rational.of(13, 4).doubleValue()).isEqualTo(3.25);
        assertThat(Rational.of(-1, 3).doubleValue()).isEqualTo(-1.0 / 3.0);
        // (2^53 - 1) / 3 = 3002399751580330.33...; doubles there are 0.5 apart, so the nearest is ...330.5
        // (a 16-digit decimal detour would give ...330.0)
        assertThat(Rational.of(BigInteger.TWO.pow(53).subtract(BigInteger.ONE), BigInteger.valueOf(3)).doubleValue())
                .isEqualTo(3002399751580330.5);
        // 5 / (2^52 + 12350): both parts exact, so the quotient is IEEE's correctly rounded one
        assertThat(Rational.of(5, 4_503_599_627_382_846L).doubleValue()).isEqualTo(1.1102230246221121E-15);
    }

    @Test
    void doubleValue_ofLargerParts_goesThroughA16DigitDecimal() {
        // 1 / (3 * 2^60) = 2.891205793294678490...e-19 and (2^60 + 1) / 3 = 384307168202282325.67, to 16 digits
        assertThat(Rational.of(BigInteger.ONE, BigInteger.valueOf(3).shiftLeft(60)).doubleValue())
                .isEqualTo(2.891205793294678E-19);
        assertThat(Rational.of(BigInteger.TWO.pow(60).add(BigInteger.ONE), BigInteger.valueOf(3)).doubleValue())
                .isEqualTo(3.843071682022823E17);
    }

    @Test
    void distinctValues_spreadOverHashCodes() {
        // n/7 for n = 1..1000 are distinct values; their hash codes must be too for hash maps keyed by rationals
        Set<Integer> codes = new HashSet<>();
        for (int n = 1; n <= 1_000; n++) {
            codes.add(Rational.of(n, 7).hashCode());
        }
        assertThat(codes).hasSize(1_000);
        assertThat(Rational.of(1, 2).hashCode()).isNotEqualTo(Rational.of(2, 1).hashCode());
    }
}
