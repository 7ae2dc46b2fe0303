package io.github.revops.recurring;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.Subscription;
import io.github.revops.math.Rational;
import io.github.revops.money.CurrencyMismatchException;
import io.github.revops.money.ExchangeRates;
import io.github.revops.money.InMemoryExchangeRates;
import io.github.revops.money.MissingExchangeRateException;
import io.github.revops.money.Money;
import io.github.revops.money.ReportingCurrency;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** MRR converted at the measured date's rate, and the bridge's FX line
 * (docs/metrics.md#recurring-revenue-and-retention, "Movements (the bridge)" and "Currency", docs/decisions/0021). */
class CurrencyConversionTest {

    private static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);
    private static final ExchangeRates RATES = InMemoryExchangeRates.builder()
            .add("EUR", "USD", JAN_1, new BigDecimal("1.10"))
            .add("EUR", "USD", LocalDate.of(2024, 2, 1), new BigDecimal("1.20"))
            .build();
    private static final ReportingCurrency USD = ReportingCurrency.of(Money.currency("USD"), RATES);

    private static Subscription sub(String id, String customer, String money, LocalDate start) {
        return Subscription.of(id, customer, Money.parse(money), BillingInterval.MONTH, start);
    }

    // Worked by hand. EUR/USD is 1.10 on 31 January (February's start state) and 1.20 on 29 February (its end).
    //   steady   EUR 100 -> 100: 110 -> 120 USD, FX +10, no movement
    //   upgrade  EUR 100 -> 150: 110 -> 180 USD, FX +10, expansion 50 EUR at 1.20 = 60
    //   leaves   EUR 100 -> 0:   110 -> 0 USD,   FX +10, churn 100 EUR at 1.20 = 120
    //   joiner   USD 0 -> 50:    new 50
    //   mixed    USD 100 + EUR 100 steady: 210 -> 220 USD, FX +10, no movement
    // start 540, end 570, FX 40: 540 + 40 + 50 + 60 - 120 = 570.
    private static final List<Subscription> FEBRUARY = List.of(
            sub("s1", "steady", "EUR 100.00", JAN_1),
            sub("s2", "upgrade", "EUR 100.00", JAN_1).endingOn(LocalDate.of(2024, 2, 15)),
            sub("s3", "upgrade", "EUR 150.00", LocalDate.of(2024, 2, 15)),
            sub("s4", "leaves", "EUR 100.00", JAN_1).endingOn(LocalDate.of(2024, 2, 10)),
            sub("s5", "joiner", "USD 50.00", LocalDate.of(2024, 2, 5)),
            sub("s6", "mixed", "USD 100.00", JAN_1),
            sub("s7", "mixed", "EUR 100.00", JAN_1));

    @Test
    void currencyMovementIsTheFxLineNeverExpansionOrContraction() {
        MrrBridge feb = RecurringRevenue.of(FEBRUARY, USD).movements(Period.month(2024, 2));
        assertThat(feb.startMrr().minorUnits()).isEqualTo(Rational.of(54_000));
        assertThat(feb.endMrr().minorUnits()).isEqualTo(Rational.of(57_000));
        assertThat(feb.fxImpact().minorUnits()).isEqualTo(Rational.of(4_000));
        assertThat(feb.newBusiness().mrr().minorUnits()).isEqualTo(Rational.of(5_000));
        assertThat(feb.expansion().mrr().minorUnits()).isEqualTo(Rational.of(6_000));
        assertThat(feb.expansion().customers()).containsExactly("upgrade");
        assertThat(feb.churn().mrr().minorUnits()).isEqualTo(Rational.of(12_000));
        assertThat(feb.contraction().customers()).isEmpty();
        assertThat(feb.startMrrAtEndRates().minorUnits()).isEqualTo(Rational.of(58_000));
        assertThat(feb.nrr().exactValue()).contains(Rational.of(520, 580));
        assertThat(feb.grossMrrChurn().exactValue()).contains(Rational.of(120, 580));
    }

    @Test
    void snapshotsConvertAtTheMeasuredDatesRate() {
        RecurringRevenue revenue = RecurringRevenue.of(FEBRUARY, USD);
        assertThat(revenue.mrrAt(LocalDate.of(2024, 1, 31)).customerMrr("steady").minorUnits())
                .isEqualTo(Rational.of(11_000));
        assertThat(revenue.mrrAt(LocalDate.of(2024, 2, 29)).customerMrr("mixed").minorUnits())
                .isEqualTo(Rational.of(22_000));
    }

    @Test
    void ratesThatOnlyMoveGiveAnFxLineAndNoMovement() {
        List<Subscription> steady = List.of(sub("a", "a", "EUR 99.99", JAN_1), sub("b", "b", "USD 10.00", JAN_1));
        MrrBridge feb = RecurringRevenue.of(steady, USD).movements(Period.month(2024, 2));
        for (MovementType t : MovementType.values()) {
            assertThat(feb.movement(t).mrr().isZero()).as(t.name()).isTrue();
        }
        // 9999 cents x (1.20 - 1.10) = 999.9 cents
        assertThat(feb.fxImpact().minorUnits()).isEqualTo(Rational.of(9999, 10));
        assertThat(feb.nrr().exactValue()).contains(Rational.ONE);
    }

    @Test
    void withoutRatesMixedCurrenciesThrowAndAMissingRateIsNamed() {
        assertThatThrownBy(() -> RecurringRevenue.of(FEBRUARY)).isInstanceOf(CurrencyMismatchException.class)
                .hasMessageContaining("EUR/USD");
        List<Subscription> early = List.of(sub("x", "x", "EUR 10.00", LocalDate.of(2023, 12, 1)));
        assertThatThrownBy(() -> RecurringRevenue.of(early, USD).mrrAt(LocalDate.of(2023, 12, 31)))
                .isInstanceOf(MissingExchangeRateException.class).hasMessageContaining("2023-12-31");
    }
}
