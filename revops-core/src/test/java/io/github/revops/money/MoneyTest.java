package io.github.revops.money;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    private static final Money USD_25_95 = Money.parse("USD 25.95");
    private static final Money USD_100 = Money.parse("USD 100.00");
    private static final Money EUR_10 = Money.parse("EUR 10.00");

    @Test
    void parse_readsCodeAndAmountAtCurrencyScale() {
        assertThat(USD_25_95.currency()).isEqualTo(Currency.getInstance("USD"));
        assertThat(USD_25_95.minorUnits()).isEqualTo(2595);
        assertThat(USD_25_95.amount()).isEqualByComparingTo("25.95");
        assertThat(USD_25_95).hasToString("USD 25.95");
    }

    @Test
    void of_padsToTheCurrencyScale() {
        assertThat(Money.of("USD", new BigDecimal("25.9"))).hasToString("USD 25.90");
        assertThat(Money.of("JPY", new BigDecimal("1200"))).hasToString("JPY 1200");
        assertThat(Money.of("KWD", new BigDecimal("1.5"))).hasToString("KWD 1.500");
    }

    @Test
    void of_rejectsMoreDecimalPlacesThanTheCurrencyHas() {
        assertThatThrownBy(() -> Money.of("USD", new BigDecimal("1.005")))
                .isInstanceOf(ArithmeticException.class)
                .hasMessage("amount (1.005) has more decimal places than USD allows (2)");
        assertThatThrownBy(() -> Money.parse("JPY 1.5")).isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("JPY allows (0)");
    }

    @Test
    void of_withRounding_roundsOnceAsAsked() {
        Currency usd = Money.currency("USD");
        assertThat(Money.of(usd, new BigDecimal("1.005"), RoundingMode.HALF_EVEN)).hasToString("USD 1.00");
        assertThat(Money.of(usd, new BigDecimal("1.005"), RoundingMode.HALF_UP)).hasToString("USD 1.01");
    }

    @Test
    void currency_rejectsUnknownCodesAndCurrenciesWithoutScale() {
        assertThatThrownBy(() -> Money.currency("XYZ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("currency ('XYZ') is not an ISO-4217 code");
        assertThatThrownBy(() -> Money.ofMinor("XAU", 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("currency (XAU) has no defined number of decimal places");
    }

    @Test
    void parse_rejectsMalformedText() {
        assertThatThrownBy(() -> Money.parse("25.95 USD")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'25.95 USD'");
        assertThatThrownBy(() -> Money.parse("USD abc")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("money 'USD abc' has no valid amount: expected digits");
    }

    @Test
    void plusAndMinus_areExact() {
        assertThat(USD_25_95.plus(Money.parse("USD 4.05"))).isEqualTo(Money.parse("USD 30.00"));
        assertThat(USD_25_95.minus(USD_100)).isEqualTo(Money.parse("USD -74.05"));
        assertThat(USD_25_95.negated()).hasToString("USD -25.95");
        assertThat(USD_25_95.negated().abs()).isEqualTo(USD_25_95);
    }

    @Test
    void plus_rejectsMixedCurrencies_namingBoth() {
        assertThatThrownBy(() -> USD_100.plus(EUR_10)).isInstanceOf(CurrencyMismatchException.class)
                .hasMessageStartingWith("Currencies differ: EUR/USD")
                .satisfies(e -> {
                    CurrencyMismatchException m = (CurrencyMismatchException) e;
                    assertThat(m.firstCurrency().getCurrencyCode()).isEqualTo("USD");
                    assertThat(m.secondCurrency().getCurrencyCode()).isEqualTo("EUR");
                });
        assertThatThrownBy(() -> USD_100.compareTo(EUR_10)).isInstanceOf(CurrencyMismatchException.class);
    }

    @Test
    void plus_throwsOnOverflowInsteadOfWrapping() {
        Money max = Money.ofMinor("USD", Long.MAX_VALUE);
        assertThatThrownBy(() -> max.plus(Money.ofMinor("USD", 1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> max.multipliedBy(2)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.of("USD", new BigDecimal("1e30"))).isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("too large");
    }

    @Test
    void dividedBy_roundsWithTheGivenMode() {
        assertThat(USD_100.dividedBy(3, RoundingMode.HALF_EVEN)).hasToString("USD 33.33");
        assertThat(USD_100.dividedBy(3, RoundingMode.UP)).hasToString("USD 33.34");
        assertThatThrownBy(() -> USD_100.dividedBy(3, RoundingMode.UNNECESSARY))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> USD_100.dividedBy(0, RoundingMode.HALF_EVEN))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void allocate_givesLeftoverUnitsToTheFirstParts() {
        assertThat(USD_100.allocate(1, 1, 1)).extracting(Money::toString)
                .containsExactly("USD 33.34", "USD 33.33", "USD 33.33");
        assertThat(Money.parse("USD 1000.00").split(12)).extracting(Money::toString)
                .containsExactly("USD 83.34", "USD 83.34", "USD 83.34", "USD 83.34", "USD 83.33", "USD 83.33",
                        "USD 83.33", "USD 83.33", "USD 83.33", "USD 83.33", "USD 83.33", "USD 83.33");
        assertThat(Money.parse("USD -0.05").allocate(1, 1)).extracting(Money::toString)
                .containsExactly("USD -0.03", "USD -0.02");
        assertThat(USD_100.allocate(0, 1, 3)).extracting(Money::toString)
                .containsExactly("USD 0.00", "USD 25.00", "USD 75.00");
    }

    @Test
    void allocate_rejectsBadWeights() {
        assertThatThrownBy(USD_100::allocate).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("weights must not be empty");
        assertThatThrownBy(() -> USD_100.allocate(1, -2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("weights[1] (-2) must be >= 0");
        assertThatThrownBy(() -> USD_100.allocate(0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("weights must not all be zero");
        assertThatThrownBy(() -> USD_100.split(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parts (0) must be >= 1");
    }

    @Test
    void equalsAndHashCode_followTheValue() {
        new EqualsTester()
                .addEqualityGroup(USD_25_95, Money.parse("USD 25.95"), Money.ofMinor("USD", 2595),
                        Money.of("USD", new BigDecimal("25.950")))
                .addEqualityGroup(Money.parse("EUR 25.95"))
                .addEqualityGroup(Money.zero(Money.currency("USD")))
                .testEquals();
    }

    @Test
    void total_ofNothingIsZeroInTheGivenCurrency() {
        Currency usd = Money.currency("USD");
        assertThat(Money.total(usd, java.util.List.of())).isEqualTo(Money.zero(usd));
        assertThat(Money.total(usd, java.util.List.of(USD_25_95, USD_100))).hasToString("USD 125.95");
    }
}
