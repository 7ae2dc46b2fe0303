package io.github.revops.math;

import io.github.revops.money.Money;
import io.github.revops.result.Ratio;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * {@link Rational#parse}, {@link Rational#of(BigDecimal)} and the arithmetic on hostile input: exponents that ask
 * for a hundred million digits, texts of a million digits, junk, and values far beyond {@code long} and
 * {@code double}. Each ends within seconds in the exact value (checked against {@link BigInteger} cross-products)
 * or the documented exception with a short message naming the input; {@code doubleValue()} is never infinite.
 */
@Tag("hostile-input")
class RationalHostileInputTest {

    private static final Duration BOUND = Duration.ofSeconds(5);
    private static final int MESSAGE_BOUND = 300;
    /** The forms parse documents: an integer, a fraction of two integers, or a plain decimal, ASCII digits. */
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,10000}");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d{0,10000})(?:\\.(\\d{0,10000}))?");
    private static final List<String> TOKENS = List.of("0", "1", "7", "9", "-", "+", "/", ".", " ", "E", "e", "E+",
            "E-", "100000000", "2147483647", "x", "\u0663", "\u0000", "9".repeat(25), "3".repeat(9_990),
            "0".repeat(2_000), "\uD83D\uDCB0", "//", "Infinity", "NaN");
    private static final List<BigInteger> HUGE = List.of(BigInteger.ZERO, BigInteger.ONE, BigInteger.ONE.negate(),
            BigInteger.valueOf(Long.MAX_VALUE), BigInteger.valueOf(Long.MIN_VALUE), BigInteger.TEN.pow(18),
            BigInteger.TEN.pow(400), BigInteger.TEN.pow(400).negate().add(BigInteger.ONE), BigInteger.valueOf(3),
            BigInteger.TWO.pow(1_100).subtract(BigInteger.ONE), BigInteger.valueOf(-7), BigInteger.TEN.pow(309));

    @Test
    void hugeExponents_areRejectedAtOnce_namingTheText() {
        assertTimeoutPreemptively(BOUND, () -> {
            for (String text : List.of("1E+100000000", "1E-100000000", "1E+2147483647", "1e-2147483648", "1.5E3",
                    "2/3E9")) {
                assertThatThrownBy(() -> Rational.parse(text)).as(text).isInstanceOf(NumberFormatException.class)
                        .hasMessage("rational '" + text + "' must be 'p/q', 'p' or a plain decimal, as '13/3' or"
                                + " '0.75'");
            }
        });
    }

    @Test
    void aMillionDigits_areRejectedAtOnce_showingTheirStartOnly() {
        String digits = "1".repeat(1_000_000);
        assertTimeoutPreemptively(BOUND, () -> assertThatThrownBy(() -> Rational.parse(digits))
                .isInstanceOf(NumberFormatException.class)
                .hasMessage("rational '" + "1".repeat(64) + "... (1,000,000 characters)' has more than 10,000"
                        + " digits in a part"));
        String tenThousand = "7".repeat(10_000) + "/" + "3".repeat(10_000);
        assertTimeoutPreemptively(BOUND, () -> assertThat(Rational.parse(tenThousand)).isEqualTo(Rational.of(
                new BigInteger("7".repeat(10_000)), new BigInteger("3".repeat(10_000)))));
    }

    @Test
    void decimalsOfExtremeScale_areRejectedAtOnce_unlessZero() {
        assertTimeoutPreemptively(BOUND, () -> {
            assertThatThrownBy(() -> Rational.of(new BigDecimal("1E+100000000")))
                    .isInstanceOf(ArithmeticException.class)
                    .hasMessage("value (1E+100000000) has more than 10,000 digits before or after its point");
            assertThatThrownBy(() -> Rational.of(new BigDecimal("-3E-100000000")))
                    .isInstanceOf(ArithmeticException.class)
                    .hasMessage("value (-3E-100000000) has more than 10,000 digits before or after its point");
            assertThat(Rational.of(new BigDecimal("0E-100000000"))).isEqualTo(Rational.ZERO);
            assertThat(Rational.of(new BigDecimal("1E+9999"))).isEqualTo(Rational.of(BigInteger.TEN.pow(9_999),
                    BigInteger.ONE));
            // money multiplied by such a factor fails as fast (it went through the same conversion)
            assertThatThrownBy(() -> Money.parse("USD 1.00").multipliedBy(new BigDecimal("1E+100000000"),
                    RoundingMode.HALF_EVEN)).isInstanceOf(ArithmeticException.class)
                    .hasMessageStartingWith("value (1E+100000000)");
        });
    }

    @Test
    void randomText_givesTheExactValue_orTheDocumentedException() {
        assertTimeoutPreemptively(BOUND, () -> qt().withExamples(1_000).withShrinkCycles(100).forAll(texts())
                .checkAssert(text -> {
                    BigInteger[] expected = expected(text);
                    try {
                        Rational r = Rational.parse(text);
                        assertThat(expected).as(text).isNotNull();
                        assertThat(r.numerator().multiply(expected[1]))
                                .isEqualTo(expected[0].multiply(r.denominator()));
                        if (r.numerator().abs().toString().length() <= 10_000
                                && r.denominator().toString().length() <= 10_000) {
                            assertThat(Rational.parse(r.toString())).isEqualTo(r);
                        }
                    } catch (NumberFormatException e) {
                        assertThat(expected).as(text).isNull();
                        assertThat(e.getMessage()).hasSizeLessThanOrEqualTo(MESSAGE_BOUND)
                                .startsWith("rational '" + text.substring(0, Math.min(text.length(), 40)));
                    } catch (ArithmeticException e) {
                        assertThat(expected).as(text).isNotNull();
                        assertThat(expected[1].signum()).as(text).isZero();
                        assertThat(e.getMessage()).hasSizeLessThanOrEqualTo(MESSAGE_BOUND)
                                .startsWith("rational '" + text.substring(0, Math.min(text.length(), 40)));
                    }
                }));
    }

    @Test
    void arithmeticOnHugeValues_isExact_byTheCrossProducts() {
        Gen<Rational> values = integers().between(0, HUGE.size() - 1).zip(integers().between(1, HUGE.size() - 1),
                (p, q) -> Rational.of(HUGE.get(p), HUGE.get(q)));
        assertTimeoutPreemptively(BOUND, () -> qt().withExamples(500).forAll(values, values).checkAssert((a, b) -> {
            BigInteger an = a.numerator();
            BigInteger ad = a.denominator();
            BigInteger bn = b.numerator();
            BigInteger bd = b.denominator();
            assertSame(a.add(b), an.multiply(bd).add(bn.multiply(ad)), ad.multiply(bd));
            assertSame(a.subtract(b), an.multiply(bd).subtract(bn.multiply(ad)), ad.multiply(bd));
            assertSame(a.multiply(b), an.multiply(bn), ad.multiply(bd));
            if (b.isZero()) {
                assertThatThrownBy(() -> a.divide(b)).isInstanceOf(ArithmeticException.class);
            } else {
                assertSame(a.divide(b), an.multiply(bd), ad.multiply(bn));
            }
            assertThat(Integer.signum(a.compareTo(b))).isEqualTo(an.multiply(bd).compareTo(bn.multiply(ad)));
            assertThat(a.toBigDecimal(20, RoundingMode.HALF_EVEN)).isEqualByComparingTo(
                    new BigDecimal(an).divide(new BigDecimal(ad), 20, RoundingMode.HALF_EVEN));
            double d = a.doubleValue();
            assertThat(Double.isFinite(d)).as("%s as a double: %s", a, d).isTrue();
            if (d != 0) {
                assertThat((int) Math.signum(d)).as("sign of %s", a).isEqualTo(a.signum());
            }
            BigDecimal exact = new BigDecimal(an).divide(new BigDecimal(ad), MathContext.DECIMAL64);
            if (exact.abs().compareTo(BigDecimal.valueOf(Double.MAX_VALUE)) <= 0) {
                assertThat(d).isCloseTo(exact.doubleValue(), Percentage.withPercentage(1e-12));
            } else {
                assertThat(Math.abs(d)).isEqualTo(Double.MAX_VALUE);
            }
        }));
    }

    @Test
    void valuesBeyondTheDoubleRange_areShownAsTheLargestDouble_neverInfinity() {
        Rational huge = Rational.of(BigInteger.TEN.pow(400), BigInteger.ONE);
        assertThat(huge.doubleValue()).isEqualTo(Double.MAX_VALUE);
        assertThat(huge.negate().doubleValue()).isEqualTo(-Double.MAX_VALUE);
        assertThat(Rational.of(BigInteger.ONE, BigInteger.TEN.pow(400)).doubleValue()).isZero();
        assertThat(Ratio.of(huge, Rational.ONE).value()).hasValue(Double.MAX_VALUE);
        assertThat(Ratio.of(huge, Rational.ONE).exactValue()).hasValue(huge);
    }

    @Test
    void scalesBeyondTenThousandDigits_areRefused_namingTheScale() {
        assertTimeoutPreemptively(BOUND, () -> {
            for (int scale : new int[] {Integer.MAX_VALUE, Integer.MIN_VALUE, 1_000_000, -10_001}) {
                assertThatThrownBy(() -> Rational.of(1, 3).toBigDecimal(scale, RoundingMode.HALF_EVEN))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("scale (" + scale + ") must be between -10,000 and 10,000");
            }
            assertThat(Rational.of(1, 3).toBigDecimal(10_000, RoundingMode.DOWN).precision()).isEqualTo(10_000);
            assertThat(Rational.of(1, 3).toBigDecimal(-10_000, RoundingMode.UP)).isEqualByComparingTo("1E+10000");
        });
    }

    private static void assertSame(Rational actual, BigInteger numerator, BigInteger denominator) {
        assertThat(actual.denominator().signum()).isPositive();
        assertThat(actual.numerator().gcd(actual.denominator())).isEqualTo(BigInteger.ONE);
        assertThat(actual.numerator().multiply(denominator)).isEqualTo(numerator.multiply(actual.denominator()));
    }

    /**
     * The value a text means by the documented grammar, {numerator, denominator}, or null when it means none: after
     * {@link String#trim()}, an integer, two integers around a slash (each trimmed), or a plain decimal; ASCII
     * digits, at most 10,000 in each part.
     */
    private static BigInteger[] expected(String text) {
        String s = text.trim();
        int slash = s.indexOf('/');
        if (slash >= 0) {
            String p = s.substring(0, slash).trim();
            String q = s.substring(slash + 1).trim();
            return INTEGER.matcher(p).matches() && INTEGER.matcher(q).matches()
                    ? new BigInteger[] {new BigInteger(p), new BigInteger(q)} : null;
        }
        Matcher decimal = DECIMAL.matcher(s);
        if (!decimal.matches() || decimal.group(1).isEmpty() && (decimal.group(2) == null
                || decimal.group(2).isEmpty())) {
            return null;
        }
        BigDecimal value = new BigDecimal(s);
        return new BigInteger[] {value.unscaledValue(), BigInteger.TEN.pow(value.scale())};
    }

    private static Gen<String> texts() {
        return lists().of(integers().between(0, TOKENS.size() - 1)).ofSizeBetween(0, 6).map(picks -> {
            List<String> parts = new ArrayList<>();
            picks.forEach(i -> parts.add(TOKENS.get(i)));
            return String.join("", parts);
        });
    }
}
