package io.github.revops.money;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The bounds {@link MoneyAmounts} keeps, at their edges: how many digits an amount may have, how an amount below a
 * minor unit rounds, and how a message shows a long amount.
 */
class MoneyAmountsTest {

    private static final Currency USD = Money.currency("USD");

    @Test
    void parse_refusesMoreIntegerDigitsThanALongOfMinorUnitsHolds_beforeMakingADecimal() {
        // USD keeps 2 of a long's 19 digits for cents: 17 integer digits pass to the exact check, 18 never fit
        assertThatThrownBy(() -> Money.parse("USD 100000000000000000")).isInstanceOf(ArithmeticException.class)
                .hasMessage("money 'USD 100000000000000000' is too large for Money");
        assertThatThrownBy(() -> Money.parse("USD 99999999999999999")).isInstanceOf(ArithmeticException.class)
                .hasMessage("amount (99999999999999999) is too large for Money");
        assertThat(Money.parse("USD 00000000000000000000012.50")).isEqualTo(Money.parse("USD 12.50"));
        // JPY has no minor digits: all 19 are yen
        assertThat(Money.parse("JPY 9223372036854775807").minorUnits()).isEqualTo(Long.MAX_VALUE);
        assertThatThrownBy(() -> Money.parse("JPY 10000000000000000000")).isInstanceOf(ArithmeticException.class)
                .hasMessage("money 'JPY 10000000000000000000' is too large for Money");
    }

    @Test
    void parse_readsAZeroWrittenWithoutADecimalPoint() {
        // the integer digits are all zeros and nothing follows them
        assertThat(Money.parse("USD 0")).isEqualTo(Money.parse("USD 0.00"));
        assertThat(Money.parse("USD -000")).isEqualTo(Money.parse("USD 0.00"));
        assertThat(Money.parse("JPY +0")).isEqualTo(Money.ofMinor("JPY", 0));
    }

    @Test
    void amountsBelowAMinorUnit_roundAsTheyShould() {
        // half a cent: the half-way case
        BigDecimal halfCent = new BigDecimal("0.005");
        assertThat(Money.of(USD, halfCent, RoundingMode.HALF_UP)).isEqualTo(Money.parse("USD 0.01"));
        assertThat(Money.of(USD, halfCent, RoundingMode.HALF_DOWN)).isEqualTo(Money.parse("USD 0.00"));
        assertThat(Money.of(USD, halfCent, RoundingMode.HALF_EVEN)).isEqualTo(Money.parse("USD 0.00"));
        // a twentieth of a cent: below half under every half-way rule, a cent away from zero only when rounding up
        BigDecimal twentieth = new BigDecimal("0.0005");
        assertThat(Money.of(USD, twentieth, RoundingMode.HALF_UP)).isEqualTo(Money.parse("USD 0.00"));
        assertThat(Money.of(USD, twentieth, RoundingMode.UP)).isEqualTo(Money.parse("USD 0.01"));
        assertThat(Money.of(USD, twentieth, RoundingMode.CEILING)).isEqualTo(Money.parse("USD 0.01"));
        assertThat(Money.of(USD, twentieth.negate(), RoundingMode.FLOOR)).isEqualTo(Money.parse("USD -0.01"));
        assertThat(Money.of(USD, twentieth.negate(), RoundingMode.CEILING)).isEqualTo(Money.parse("USD 0.00"));
        assertThatThrownBy(() -> Money.of(USD, twentieth, RoundingMode.UNNECESSARY))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void roundingZeroOrAHugeAmount_isDecidedWithoutScalingIt() {
        assertThat(Money.of(USD, new BigDecimal("0E+100000000"), RoundingMode.HALF_EVEN))
                .isEqualTo(Money.parse("USD 0.00"));
        assertThatThrownBy(() -> Money.of(USD, new BigDecimal("1E+2147483647"), RoundingMode.HALF_EVEN))
                .isInstanceOf(ArithmeticException.class)
                .hasMessage("amount (1E+2147483647) is too large for Money");
    }

    @Test
    void messages_showAnAmountPlainUpTo128Digits_andScientificBeyond() {
        // 1E+127 is 128 digits written out: shown plain, cut to 64 characters; 1E+128 is shown as it is
        assertThatThrownBy(() -> Money.of("USD", new BigDecimal("1E+127"))).isInstanceOf(ArithmeticException.class)
                .hasMessage("amount (1" + "0".repeat(63) + "... (128 characters)) is too large for Money");
        assertThatThrownBy(() -> Money.of("USD", new BigDecimal("1E+128"))).isInstanceOf(ArithmeticException.class)
                .hasMessage("amount (1E+128) is too large for Money");
    }
}
