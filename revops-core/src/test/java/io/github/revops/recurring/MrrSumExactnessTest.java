package io.github.revops.recurring;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.Subscription;
import io.github.revops.math.Rational;
import io.github.revops.money.InMemoryExchangeRates;
import io.github.revops.money.Money;
import io.github.revops.money.ReportingCurrency;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link MrrSum}, the exact sum of monthly values behind a cohort's MRR: each billing interval's factor of
 * docs/metrics.md#recurring-revenue-and-retention ("MRR on a date") worked by hand on USD 12.34 (1,234 cents), the
 * twelfths route and the exact-fraction route alike, and a converted amount at the date's rate.
 */
class MrrSumExactnessTest {

    private static final LocalDate ON = LocalDate.of(2024, 6, 30);
    private static final ReportingCurrency USD = ReportingCurrency.of(Money.currency("USD"));

    private static Subscription sub(String id, String amount, BillingInterval interval) {
        return Subscription.of(id, "c", Money.parse(amount), interval, LocalDate.of(2024, 1, 1));
    }

    private static Rational sumOf(ReportingCurrency reporting, Subscription... subscriptions) {
        MrrSum sum = new MrrSum();
        for (Subscription s : subscriptions) {
            sum.add(s, reporting, ON);
        }
        return sum.value();
    }

    @Test
    void everyIntervalGivesItsMonthlyValueExactly() {
        // 1,234 cents billed every N months is 1,234 / N a month; weekly 1,234 x 52 / 12; daily 1,234 x 365 / 12
        assertThat(sumOf(USD, sub("m", "USD 12.34", BillingInterval.MONTH))).isEqualTo(Rational.of(1234));
        assertThat(sumOf(USD, sub("q", "USD 12.34", BillingInterval.QUARTER))).isEqualTo(Rational.of(1234, 3));
        assertThat(sumOf(USD, sub("y", "USD 12.34", BillingInterval.YEAR))).isEqualTo(Rational.of(1234, 12));
        assertThat(sumOf(USD, sub("2", "USD 12.34", BillingInterval.everyMonths(2)))).isEqualTo(Rational.of(617));
        assertThat(sumOf(USD, sub("4", "USD 12.34", BillingInterval.everyMonths(4)))).isEqualTo(Rational.of(1234, 4));
        assertThat(sumOf(USD, sub("6", "USD 12.34", BillingInterval.everyMonths(6)))).isEqualTo(Rational.of(617, 3));
        assertThat(sumOf(USD, sub("w", "USD 12.34", BillingInterval.WEEK))).isEqualTo(Rational.of(1234 * 52, 12));
        assertThat(sumOf(USD, sub("d", "USD 12.34", BillingInterval.DAY))).isEqualTo(Rational.of(1234 * 365, 12));
    }

    @Test
    void intervalsThatDoNotDivideTwelveTakeTheExactFractionRoute() {
        // 12 % 5, 12 % 7 and 12 % 24 are not 0: 1,234 / 5, 1,234 / 7 and 1,234 / 24 a month, not rounded
        assertThat(sumOf(USD, sub("5", "USD 12.34", BillingInterval.everyMonths(5)))).isEqualTo(Rational.of(1234, 5));
        assertThat(sumOf(USD, sub("7", "USD 12.34", BillingInterval.everyMonths(7)))).isEqualTo(Rational.of(1234, 7));
        assertThat(sumOf(USD, sub("24", "USD 12.34", BillingInterval.everyMonths(24))))
                .isEqualTo(Rational.of(1234, 24));
    }

    @Test
    void aMixOfRoutesAddsUpExactly() {
        // 1,000 + 3,000 / 3 + 1,200 / 5 + 700 x 52 / 12 = 2,240 + 9,100 / 3 = (6,720 + 9,100) / 3 = 15,820 / 3
        Rational total = sumOf(USD, sub("m", "USD 10.00", BillingInterval.MONTH),
                sub("q", "USD 30.00", BillingInterval.QUARTER),
                sub("5", "USD 12.00", BillingInterval.everyMonths(5)),
                sub("w", "USD 7.00", BillingInterval.WEEK));
        assertThat(total).isEqualTo(Rational.of(15_820, 3));
        assertThat(sumOf(USD)).isEqualTo(Rational.ZERO);
    }

    @Test
    void anotherCurrencyIsConvertedAtTheDatesRate() {
        // EUR 100.00 a quarter at 1.10 on the date: 10,000 / 3 x 1.1 = 11,000 / 3 cents a month; USD 1.00 as is
        ReportingCurrency usd = ReportingCurrency.of(Money.currency("USD"), InMemoryExchangeRates.builder()
                .add("EUR", "USD", LocalDate.of(2024, 6, 1), new BigDecimal("1.10")).build());
        assertThat(sumOf(usd, sub("e", "EUR 100.00", BillingInterval.QUARTER), sub("u", "USD 1.00",
                BillingInterval.MONTH))).isEqualTo(Rational.of(11_000 + 300, 3));
    }

    @Test
    void aMonthlyValueBeyondTheTwelfthsRangeStaysExact() {
        // the count of twelfths is a long; a product beyond it (above Long.MAX_VALUE / twelfths per unit: 12 a month,
        // 52 a week, 365 a day) goes to the exact rest, so both sides of each limit give the exact monthly value.
        long[] twelfthsPerUnit = {12, 52, 365};
        BillingInterval[] intervals = {BillingInterval.MONTH, BillingInterval.WEEK, BillingInterval.DAY};
        for (int i = 0; i < intervals.length; i++) {
            long limit = Long.MAX_VALUE / twelfthsPerUnit[i];
            Subscription over = Subscription.of("o", "c", Money.ofMinor("USD", limit + 1), intervals[i],
                    LocalDate.of(2024, 1, 1));
            assertThat(sumOf(USD, over)).as(intervals[i].toString())
                    .isEqualTo(Rational.of(limit + 1).multiply(intervals[i].monthlyFactor()));
            assertThat(sumOf(USD, over, over)).as(intervals[i].toString() + " twice")
                    .isEqualTo(Rational.of(limit + 1).multiply(intervals[i].monthlyFactor()).multiply(Rational.of(2)));
            Subscription fits = Subscription.of("f", "c", Money.ofMinor("USD", limit), intervals[i],
                    LocalDate.of(2024, 1, 1));
            assertThat(sumOf(USD, fits)).as(intervals[i].toString())
                    .isEqualTo(Rational.of(limit).multiply(intervals[i].monthlyFactor()));
        }
        // an interval that does not divide twelve takes the exact route and has no such limit
        Subscription fiveMonthly = Subscription.of("5", "c", Money.ofMinor("USD", Long.MAX_VALUE),
                BillingInterval.everyMonths(5), LocalDate.of(2024, 1, 1));
        assertThat(sumOf(USD, fiveMonthly)).isEqualTo(Rational.of(Long.MAX_VALUE, 5));
    }
}
