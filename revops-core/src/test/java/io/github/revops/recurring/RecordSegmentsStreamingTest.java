package io.github.revops.recurring;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.Subscription;
import io.github.revops.math.Rational;
import io.github.revops.money.CurrencyMismatchException;
import io.github.revops.money.ExchangeRates;
import io.github.revops.money.InMemoryExchangeRates;
import io.github.revops.money.Money;
import io.github.revops.money.ReportingCurrency;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Records sorted by customer stream straight into the kernels until an amount in another currency comes: without
 * rates that is the documented mismatch, with rates the records go to the columns and the amount is converted
 * exactly, even one whose monthly numerator over the common denominator would not fit a {@code long}. Figures worked
 * by hand; EUR/USD is 1.10 from 1 January 2024.
 */
class RecordSegmentsStreamingTest {

    private static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);
    private static final Period Q1 = Period.quarter(2024, 1);
    private static final ExchangeRates RATES = InMemoryExchangeRates.builder()
            .add("EUR", "USD", JAN_1, new BigDecimal("1.10"))
            .build();
    private static final ReportingCurrency USD_WITH_RATES = ReportingCurrency.of(Money.currency("USD"), RATES);

    private static Subscription sub(String id, String customer, Money amount, BillingInterval interval) {
        return Subscription.of(id, customer, amount, interval, JAN_1);
    }

    @Test
    void anAmountInAnotherCurrencyIsConvertedNotCountedAsDollars() {
        // A: USD 1,200.00 a year = 10,000 cents a month; B: EUR 100.00 a month = 11,000 cents at 1.10
        List<Subscription> sorted = List.of(sub("S-A", "A", Money.parse("USD 1200.00"), BillingInterval.YEAR),
                sub("S-B", "B", Money.parse("EUR 100.00"), BillingInterval.MONTH));
        for (MrrTotal total : MrrTotal.series(sorted, Q1, Granularity.MONTH, USD_WITH_RATES).values()) {
            assertThat(total.mrr().currency()).isEqualTo(Money.currency("USD"));
            assertThat(total.mrr().minorUnits()).isEqualTo(Rational.of(21_000));
        }
        assertThat(MrrBridge.series(sorted, Q1, Granularity.MONTH, USD_WITH_RATES).values().get(0).endMrr()
                .minorUnits()).isEqualTo(Rational.of(21_000));
    }

    @Test
    void aConvertedAmountBeyondTheStreamingRangeIsStillExact() {
        // A's yearly amount makes the common denominator 12; B's 10^18 euro cents a month would be 1.2 x 10^19
        // twelfths, beyond a long, but it is converted, not streamed: 10^18 x 1.10 + 10,000 cents
        long huge = 1_000_000_000_000_000_000L;
        List<Subscription> sorted = List.of(sub("S-A", "A", Money.parse("USD 1200.00"), BillingInterval.YEAR),
                sub("S-B", "B", Money.ofMinor("EUR", huge), BillingInterval.MONTH));
        Rational expected = Rational.of(1_100_000_000_000_010_000L);
        assertThat(MrrTotal.series(sorted, Q1, Granularity.MONTH, USD_WITH_RATES).values().get(0).mrr()
                .minorUnits()).isEqualTo(expected);
    }

    @Test
    void withoutRatesASecondCurrencyInTheStreamIsTheDocumentedMismatch() {
        List<Subscription> sorted = List.of(sub("S-A", "A", Money.parse("USD 10.00"), BillingInterval.MONTH),
                sub("S-B", "B", Money.parse("EUR 10.00"), BillingInterval.MONTH));
        String message = "Currencies differ: EUR/USD (convert with ExchangeRates and a reporting currency)";
        assertThatThrownBy(() -> MrrTotal.series(sorted, Q1, Granularity.MONTH))
                .isInstanceOf(CurrencyMismatchException.class).hasMessage(message);
        assertThatThrownBy(() -> MrrBridge.series(sorted, Q1, Granularity.MONTH))
                .isInstanceOf(CurrencyMismatchException.class).hasMessage(message);
        assertThatThrownBy(() -> MrrTotal.series(sorted, Q1, Granularity.MONTH,
                ReportingCurrency.of(Money.currency("USD")))).isInstanceOf(CurrencyMismatchException.class)
                .hasMessage(message);
    }
}
