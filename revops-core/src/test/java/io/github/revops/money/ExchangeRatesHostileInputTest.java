package io.github.revops.money;

import io.github.revops.math.Rational;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * Exchange rates of your own that return zero or a negative rate are refused where rates are applied, with a
 * message naming the pair, the date and the rate (issue 16, item 7); a positive rate converts exactly.
 */
@Tag("hostile-input")
class ExchangeRatesHostileInputTest {

    private static final Currency USD = Money.currency("USD");
    private static final Currency EUR = Money.currency("EUR");
    private static final LocalDate ON = LocalDate.of(2026, 1, 15);

    private static ExchangeRates always(Rational rate) {
        return (from, to, on) -> Optional.of(rate);
    }

    @Test
    void aZeroOrNegativeRate_isAnError_namingPairDateAndRate() {
        assertThatThrownBy(() -> always(Rational.ZERO).convert(Money.parse("EUR 10.00"), USD, ON,
                RoundingMode.HALF_EVEN)).isInstanceOf(IllegalStateException.class)
                .hasMessage("exchange rate EUR/USD on 2026-01-15 (0) must be > 0");
        assertThatThrownBy(() -> always(Rational.of(-1)).rate(EUR, USD, ON))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("exchange rate EUR/USD on 2026-01-15 (-1) must be > 0");
    }

    @Test
    void anOverriddenRateMethod_isCheckedByConvertToo() {
        ExchangeRates overriding = new ExchangeRates() {
            @Override
            public Optional<Rational> find(Currency from, Currency to, LocalDate on) {
                return Optional.of(Rational.ONE);
            }

            @Override
            public Rational rate(Currency from, Currency to, LocalDate on) {
                return Rational.of(-2);
            }
        };
        assertThatThrownBy(() -> overriding.convert(Money.parse("EUR 10.00").toExact(), USD, ON))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("exchange rate EUR/USD on 2026-01-15 (-2) must be > 0");
    }

    @Test
    void anyRate_convertsExactlyWhenPositive_andFailsOtherwise() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> qt().withExamples(500)
                .forAll(longs().between(-1_000_000, 1_000_000), longs().between(1, 1_000),
                        longs().between(-1_000_000_000L, 1_000_000_000L))
                .checkAssert((numerator, denominator, cents) -> {
                    Rational rate = Rational.of(numerator, denominator);
                    ExchangeRates rates = always(rate);
                    Money amount = Money.ofMinor(EUR, cents);
                    if (numerator > 0) {
                        ExactMoney converted = rates.convert(amount.toExact(), USD, ON);
                        assertThat(converted.minorUnits()).isEqualTo(Rational.of(cents).multiply(rate));
                    } else {
                        assertThatThrownBy(() -> rates.convert(amount.toExact(), USD, ON))
                                .isInstanceOf(IllegalStateException.class)
                                .hasMessage("exchange rate EUR/USD on 2026-01-15 (" + rate + ") must be > 0");
                    }
                }));
    }
}
