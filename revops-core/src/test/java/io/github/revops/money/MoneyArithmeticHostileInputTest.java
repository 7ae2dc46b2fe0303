package io.github.revops.money;

import io.github.revops.math.Rational;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Currency;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * Money arithmetic on hostile operands: amounts of {@code Long.MIN_VALUE} and {@code Long.MAX_VALUE} minor units,
 * factors of a hundred million digits, weights near {@code Long.MAX_VALUE}, a split into two billion parts. Each
 * gives the amount a {@link BigDecimal} oracle computes, or an {@code ArithmeticException} or
 * {@code IllegalArgumentException} that names the input in a short message, within seconds; never a wrapped
 * amount or an {@code OutOfMemoryError}.
 */
@Tag("hostile-input")
class MoneyArithmeticHostileInputTest {

    private static final Duration BOUND = Duration.ofSeconds(5);
    private static final int MESSAGE_BOUND = 300;
    private static final Currency USD = Currency.getInstance("USD");
    private static final List<Long> MINORS = List.of(0L, 1L, -1L, 100L, Long.MAX_VALUE, Long.MIN_VALUE,
            Long.MAX_VALUE / 3, -999_999_999_999L);
    private static final List<Rational> FACTORS = List.of(Rational.ZERO, Rational.ONE, Rational.of(-1),
            Rational.of(1, 3), Rational.of(2), Rational.of(Long.MAX_VALUE), Rational.of(1, Long.MAX_VALUE),
            Rational.of(BigInteger.TEN.pow(40), BigInteger.valueOf(7)), Rational.of(-5, 2));
    private static final List<Long> WEIGHTS = List.of(0L, 1L, 2L, 7L, Long.MAX_VALUE, Long.MAX_VALUE - 1, 1_000L);

    @Test
    void products_areTheRoundedExactProduct_orNameTheAmountThatDoesNotFit() {
        assertTimeoutPreemptively(BOUND, () -> qt().withExamples(500).forAll(integers().between(0, MINORS.size() - 1),
                integers().between(0, FACTORS.size() - 1), integers().between(0, 7)).checkAssert((m, f, r) -> {
                    Money money = Money.ofMinor(USD, MINORS.get(m));
                    Rational factor = FACTORS.get(f);
                    RoundingMode rounding = RoundingMode.values()[r];
                    BigDecimal exact = new BigDecimal(BigInteger.valueOf(money.minorUnits())
                            .multiply(factor.numerator())).divide(new BigDecimal(factor.denominator()), 60,
                            RoundingMode.DOWN);
                    BigInteger expected;
                    try {
                        expected = new BigDecimal(BigInteger.valueOf(money.minorUnits()).multiply(factor.numerator()))
                                .divide(new BigDecimal(factor.denominator()), 0, rounding).toBigIntegerExact();
                    } catch (ArithmeticException unnecessary) {
                        assertThatThrownBy(() -> money.multipliedBy(factor, rounding))
                                .isInstanceOf(ArithmeticException.class);
                        return;
                    }
                    if (expected.bitLength() <= 63) {
                        assertThat(money.multipliedBy(factor, rounding).minorUnits()).as("%s x %s", money, exact)
                                .isEqualTo(expected.longValueExact());
                    } else {
                        assertThatThrownBy(() -> money.multipliedBy(factor, rounding))
                                .isInstanceOf(ArithmeticException.class).hasMessageStartingWith("amount (")
                                .hasMessageEndingWith(") is too large for Money")
                                .message().hasSizeLessThanOrEqualTo(MESSAGE_BOUND);
                    }
                }));
    }

    @Test
    void allocations_addBackExactly_byTheirWeights() {
        assertTimeoutPreemptively(BOUND, () -> qt().withExamples(500).forAll(integers().between(0, MINORS.size() - 1),
                lists().of(integers().between(0, WEIGHTS.size() - 1)).ofSizeBetween(1, 5)).checkAssert((m, w) -> {
                    Money money = Money.ofMinor(USD, MINORS.get(m));
                    long[] weights = w.stream().mapToLong(WEIGHTS::get).toArray();
                    BigInteger total = BigInteger.ZERO;
                    for (long weight : weights) {
                        total = total.add(BigInteger.valueOf(weight));
                    }
                    if (total.signum() == 0) {
                        assertThatThrownBy(() -> money.allocate(weights)).isInstanceOf(IllegalArgumentException.class)
                                .hasMessage("weights must not all be zero");
                        return;
                    }
                    List<Money> parts = money.allocate(weights);
                    BigInteger sum = BigInteger.ZERO;
                    for (int i = 0; i < weights.length; i++) {
                        BigInteger share = BigInteger.valueOf(money.minorUnits()).multiply(BigInteger.valueOf(weights[i]))
                                .divide(total);
                        BigInteger part = BigInteger.valueOf(parts.get(i).minorUnits());
                        assertThat(part.subtract(share).abs()).as("part %d of %s by %s", i, money, w)
                                .isLessThanOrEqualTo(BigInteger.ONE);
                        if (weights[i] == 0) {
                            assertThat(part).isZero();
                        }
                        sum = sum.add(part);
                    }
                    assertThat(sum).isEqualTo(BigInteger.valueOf(money.minorUnits()));
                }));
    }

    @Test
    void splitsIntoBillionsOfParts_areRefusedAtOnce() {
        Money cent = Money.parse("USD 0.01");
        assertTimeoutPreemptively(BOUND, () -> assertThatThrownBy(() -> cent.split(Integer.MAX_VALUE))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("parts (2147483647) must be 1 to 1,000,000"));
        // the limit itself is a split (outside the hang guard: a million parts take a while on a loaded machine)
        List<Money> parts = cent.split(1_000_000);
        assertThat(parts).hasSize(1_000_000).first().isEqualTo(cent);
        assertThat(parts.get(1)).isEqualTo(Money.parse("USD 0.00"));
    }

    @Test
    void exactAmountsBeyondALong_nameThemselvesBriefly_whenMadeMoney() {
        ExactMoney huge = ExactMoney.ofMinor(USD, Rational.of(BigInteger.TEN.pow(30), BigInteger.ONE));
        assertThatThrownBy(() -> huge.toMoney(RoundingMode.HALF_EVEN)).isInstanceOf(ArithmeticException.class)
                .hasMessage("amount (USD 1000000000000000000000000000000 minor) is too large for Money");
        ExactMoney justBelow = ExactMoney.ofMinor(USD, Rational.of(BigInteger.valueOf(Long.MAX_VALUE)
                .multiply(BigInteger.TWO).add(BigInteger.ONE), BigInteger.TWO));
        assertThat(justBelow.toMoney(RoundingMode.DOWN)).isEqualTo(Money.ofMinor(USD, Long.MAX_VALUE));
        assertThatThrownBy(() -> justBelow.toMoney(RoundingMode.UP)).isInstanceOf(ArithmeticException.class)
                .hasMessage("amount (USD 18446744073709551615/2 minor) is too large for Money");
    }
}
