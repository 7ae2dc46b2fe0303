package io.github.revops.money;

import io.github.revops.math.Rational;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Products of {@link Money} with whole numbers, decimals and ratios: worked by hand, rounded once as asked, and
 * refused with a message naming the amount when the result leaves the range of a long of minor units.
 */
class MoneyProductTest {

    private static final Money PRICE = Money.parse("USD 25.95");

    @Test
    void wholeFactor_isExact() {
        assertThat(PRICE.multipliedBy(3)).isEqualTo(Money.parse("USD 77.85"));
        assertThat(PRICE.multipliedBy(-2)).isEqualTo(Money.parse("USD -51.90"));
        assertThat(PRICE.multipliedBy(0)).isEqualTo(Money.parse("USD 0.00"));
    }

    @Test
    void decimalFactor_roundsTheExactProductOnce() {
        // a 15 % tip on 25.95 is 3.8925
        assertThat(PRICE.multipliedBy(new BigDecimal("0.15"), RoundingMode.HALF_EVEN))
                .isEqualTo(Money.parse("USD 3.89"));
        assertThat(PRICE.multipliedBy(new BigDecimal("0.15"), RoundingMode.UP)).isEqualTo(Money.parse("USD 3.90"));
        // 8.25 % sales tax on 100.00 is exactly 8.25
        assertThat(Money.parse("USD 100.00").multipliedBy(new BigDecimal("0.0825"), RoundingMode.UNNECESSARY))
                .isEqualTo(Money.parse("USD 8.25"));
        // a third of 19.99 is 6.6633...
        assertThat(Money.parse("USD 19.99").multipliedBy(Rational.of(1, 3), RoundingMode.HALF_EVEN))
                .isEqualTo(Money.parse("USD 6.66"));
    }

    @Test
    void productBeyondTheLongRange_isTooLarge_namingTheRoundedAmount() {
        // 9,223,372,036,854,775,807 cents x 1.5 = 13,835,058,055,282,163,710.5, half-even to ...710
        assertThatThrownBy(() -> Money.ofMinor("USD", Long.MAX_VALUE).multipliedBy(new BigDecimal("1.5"),
                RoundingMode.HALF_EVEN)).isInstanceOf(ArithmeticException.class)
                .hasMessage("amount (13835058055282163710) is too large for Money");
    }

    @Test
    void theEndsOfTheLongRange_areAmounts_andOneCentBeyondIsNot() {
        assertThat(Money.of("USD", new BigDecimal("92233720368547758.07")).minorUnits()).isEqualTo(Long.MAX_VALUE);
        assertThat(Money.of("USD", new BigDecimal("-92233720368547758.08")).minorUnits()).isEqualTo(Long.MIN_VALUE);
        assertThatThrownBy(() -> Money.of("USD", new BigDecimal("92233720368547758.08")))
                .isInstanceOf(ArithmeticException.class)
                .hasMessage("amount (92233720368547758.08) is too large for Money");
    }
}
