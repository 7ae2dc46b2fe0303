package io.github.revops.money;

import io.github.revops.math.Rational;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExchangeRatesTest {

    private static final Currency USD = Money.currency("USD");
    private static final Currency EUR = Money.currency("EUR");
    private static final Currency JPY = Money.currency("JPY");

    private final ExchangeRates rates = InMemoryExchangeRates.builder()
            .add("EUR", "USD", LocalDate.of(2026, 1, 1), new BigDecimal("1.08"))
            .add("EUR", "USD", LocalDate.of(2026, 2, 1), new BigDecimal("1.10"))
            .add("USD", "JPY", LocalDate.of(2026, 1, 1), new BigDecimal("150"))
            .build();

    @Test
    void convert_usesTheLatestRateOnOrBeforeTheDate() {
        assertThat(rates.convert(Money.parse("EUR 10.00"), USD, LocalDate.of(2026, 1, 31), RoundingMode.HALF_EVEN))
                .isEqualTo(Money.parse("USD 10.80"));
        assertThat(rates.convert(Money.parse("EUR 10.00"), USD, LocalDate.of(2026, 2, 1), RoundingMode.HALF_EVEN))
                .isEqualTo(Money.parse("USD 11.00"));
    }

    @Test
    void convert_usesTheExactInverseOfTheGivenPair() {
        ExactMoney eur = rates.convert(Money.parse("USD 10.80").toExact(), EUR, LocalDate.of(2026, 1, 15));
        assertThat(eur.minorUnits()).isEqualTo(Rational.of(1000));
        assertThat(rates.rate(USD, EUR, LocalDate.of(2026, 1, 15))).isEqualTo(Rational.of(25, 27));
    }

    @Test
    void convert_handlesCurrenciesOfDifferentScale() {
        assertThat(rates.convert(Money.parse("USD 1.23"), JPY, LocalDate.of(2026, 3, 1), RoundingMode.HALF_EVEN))
                .isEqualTo(Money.parse("JPY 184")); // 184.5 rounds half-even to 184
        assertThat(rates.convert(Money.parse("JPY 150"), USD, LocalDate.of(2026, 3, 1), RoundingMode.HALF_EVEN))
                .isEqualTo(Money.parse("USD 1.00"));
    }

    @Test
    void rate_ofACurrencyToItselfIsOne() {
        assertThat(rates.rate(GBP(), GBP(), LocalDate.of(2000, 1, 1))).isEqualTo(Rational.ONE);
    }

    @Test
    void missingRate_namesThePairAndDate() {
        assertThatThrownBy(() -> rates.convert(Money.parse("EUR 1.00"), USD, LocalDate.of(2025, 12, 31),
                RoundingMode.HALF_EVEN))
                .isInstanceOf(MissingExchangeRateException.class)
                .hasMessage("no exchange rate EUR/USD on or before 2025-12-31");
        assertThatThrownBy(() -> rates.rate(GBP(), USD, LocalDate.of(2026, 1, 1)))
                .isInstanceOf(MissingExchangeRateException.class)
                .hasMessage("no exchange rate GBP/USD on or before 2026-01-01");
    }

    @Test
    void builder_rejectsNonPositiveAndDuplicateRates() {
        assertThatThrownBy(() -> InMemoryExchangeRates.builder()
                .add("EUR", "USD", LocalDate.of(2026, 1, 1), BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("rate EUR/USD on 2026-01-01 (0) must be > 0");
        assertThatThrownBy(() -> InMemoryExchangeRates.builder()
                .add("EUR", "USD", LocalDate.of(2026, 1, 1), BigDecimal.ONE)
                .add("EUR", "USD", LocalDate.of(2026, 1, 1), BigDecimal.TEN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rate EUR/USD on 2026-01-01 given twice (1 and 10)");
    }

    @Test
    void convert_leavesAnAmountAlreadyInTheTargetCurrencyAsItIs() {
        ExactMoney weekly = Money.parse("USD 10.00").toExact().multipliedBy(Rational.of(52, 12));
        assertThat(rates.convert(weekly, USD, LocalDate.of(1999, 1, 1))).isEqualTo(weekly);
    }

    @Test
    void find_givesOneForACurrencyToItself_theDirectRate_itsInverse_orNothing() {
        assertThat(rates.find(GBP(), GBP(), LocalDate.of(2000, 1, 1))).contains(Rational.ONE);
        assertThat(rates.find(EUR, USD, LocalDate.of(2026, 1, 20))).contains(Rational.of(27, 25));
        assertThat(rates.find(USD, EUR, LocalDate.of(2026, 2, 20))).contains(Rational.of(10, 11));
        assertThat(rates.find(EUR, USD, LocalDate.of(2025, 12, 31))).isEqualTo(Optional.empty());
        assertThat(rates.find(GBP(), USD, LocalDate.of(2026, 1, 20))).isEqualTo(Optional.empty());
    }

    @Test
    void missingRate_carriesThePairAndDate() {
        assertThatThrownBy(() -> rates.rate(EUR, USD, LocalDate.of(2025, 12, 31)))
                .isInstanceOfSatisfying(MissingExchangeRateException.class, e -> {
                    assertThat(e.from()).isEqualTo(EUR);
                    assertThat(e.to()).isEqualTo(USD);
                    assertThat(e.date()).isEqualTo(LocalDate.of(2025, 12, 31));
                });
    }

    private static Currency GBP() {
        return Money.currency("GBP");
    }
}
