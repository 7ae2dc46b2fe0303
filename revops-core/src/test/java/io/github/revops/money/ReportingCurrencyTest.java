package io.github.revops.money;

import com.google.common.testing.EqualsTester;
import io.github.revops.math.Rational;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportingCurrencyTest {

    private static final Currency USD = Money.currency("USD");
    private static final Currency EUR = Money.currency("EUR");
    private static final LocalDate ON = LocalDate.of(2026, 1, 15);
    private static final ExchangeRates RATES = InMemoryExchangeRates.builder()
            .add("EUR", "USD", LocalDate.of(2026, 1, 1), new BigDecimal("1.08"))
            .build();

    @Test
    void singleCurrency_passesItsOwnAmountsThrough_andRefusesOthers() {
        ReportingCurrency usd = ReportingCurrency.of(USD);
        assertThat(usd.currency()).isEqualTo(USD);
        assertThat(usd.rates()).isEmpty();
        assertThat(usd.zero()).isEqualTo(ExactMoney.zero(USD));
        assertThat(usd).hasToString("USD");
        assertThat(usd.convert(Money.parse("USD 25.95"), ON)).isEqualTo(Money.parse("USD 25.95").toExact());
        assertThatThrownBy(() -> usd.convert(Money.parse("EUR 10.00"), ON))
                .isInstanceOf(CurrencyMismatchException.class).hasMessageStartingWith("Currencies differ: EUR/USD");
    }

    @Test
    void withRates_convertsOtherCurrenciesExactly_atTheDatesRate() {
        ReportingCurrency usd = ReportingCurrency.of(USD, RATES);
        assertThat(usd.rates()).containsSame(RATES);
        assertThat(usd).hasToString("USD (converted)");
        // EUR 10.00 at 1.08 is USD 10.80
        assertThat(usd.convert(Money.parse("EUR 10.00"), ON)).isEqualTo(Money.parse("USD 10.80").toExact());
        // a weekly EUR 10.00 plan, 13000/3 cents a month, is 13000/3 x 1.08 = 4680 US cents exactly
        ExactMoney weekly = ExactMoney.ofMinor(EUR, Rational.of(13_000, 3));
        assertThat(usd.convert(weekly, ON)).isEqualTo(ExactMoney.ofMinor(USD, Rational.of(4_680)));
        assertThat(usd.convert(Money.parse("USD 1.00"), ON)).isEqualTo(Money.parse("USD 1.00").toExact());
        assertThatThrownBy(() -> usd.convert(Money.parse("EUR 10.00"), LocalDate.of(2025, 12, 31)))
                .isInstanceOf(MissingExchangeRateException.class)
                .hasMessage("no exchange rate EUR/USD on or before 2025-12-31");
    }

    @Test
    void equality_isTheCurrencyAndTheRates() {
        ExchangeRates otherRates = InMemoryExchangeRates.builder().build();
        new EqualsTester()
                .addEqualityGroup(ReportingCurrency.of(USD), ReportingCurrency.of(USD))
                .addEqualityGroup(ReportingCurrency.of(EUR))
                .addEqualityGroup(ReportingCurrency.of(USD, RATES), ReportingCurrency.of(USD, RATES))
                .addEqualityGroup(ReportingCurrency.of(USD, otherRates))
                .testEquals();
        // unequal reporting currencies do not all share one hash code
        assertThat(new HashSet<>(List.of(ReportingCurrency.of(USD).hashCode(),
                ReportingCurrency.of(USD, RATES).hashCode(), ReportingCurrency.of(USD, otherRates).hashCode())))
                .hasSizeGreaterThan(1);
    }
}
