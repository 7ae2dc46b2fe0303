package io.github.revops.recurring;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.InvalidRecordException;
import io.github.revops.domain.Subscription;
import io.github.revops.math.Rational;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.InMemoryExchangeRates;
import io.github.revops.money.Money;
import io.github.revops.money.ReportingCurrency;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * MRR totals and snapshots (docs/metrics.md#recurring-revenue-and-retention, "MRR on a date" and "Currency") worked by
 * hand through every record entry point: converted at each date's rate, in series of month ends, and from the
 * collectors, with and without a reporting currency that has rates.
 */
class MrrTotalsConvertedAndCollectedTest {

    private static final LocalDate JAN_31 = LocalDate.of(2024, 1, 31);
    private static final LocalDate FEB_29 = LocalDate.of(2024, 2, 29);
    private static final LocalDate MAR_31 = LocalDate.of(2024, 3, 31);
    private static final Period Q1 = Period.quarter(2024, 1);
    private static final ReportingCurrency USD = ReportingCurrency.of(Money.currency("USD"));
    private static final ReportingCurrency USD_WITH_RATES = ReportingCurrency.of(Money.currency("USD"),
            InMemoryExchangeRates.builder()
                    .add("EUR", "USD", LocalDate.of(2024, 1, 1), new BigDecimal("1.10"))
                    .add("EUR", "USD", LocalDate.of(2024, 3, 15), new BigDecimal("1.20")).build());

    /**
     * "eu" EUR 100.00 a month from 1 January: USD 110.00 at 1.10 on 31 January and 29 February, USD 120.00 at 1.20
     * on 31 March. "us" USD 50.00 a month from 1 February. Totals: 11,000, 16,000, 17,000 cents.
     */
    private static final List<Subscription> MIXED = List.of(
            Subscription.of("e1", "eu", Money.parse("EUR 100.00"), BillingInterval.MONTH, LocalDate.of(2024, 1, 1)),
            Subscription.of("u1", "us", Money.parse("USD 50.00"), BillingInterval.MONTH, LocalDate.of(2024, 2, 1)));

    /**
     * "a" USD 30.00 a month from 15 January and USD 12.00 a quarter (4.00 a month) from 1 March; "b" USD 1,200.00 a
     * year (100.00 a month) from 1 February. Totals: 3,000, 13,000, 13,400 cents.
     */
    private static final List<Subscription> DOLLARS = List.of(
            Subscription.of("a1", "a", Money.parse("USD 30.00"), BillingInterval.MONTH, LocalDate.of(2024, 1, 15)),
            Subscription.of("a2", "a", Money.parse("USD 12.00"), BillingInterval.QUARTER, LocalDate.of(2024, 3, 1)),
            Subscription.of("b1", "b", Money.parse("USD 1200.00"), BillingInterval.YEAR, LocalDate.of(2024, 2, 1)));

    private static ExactMoney usd(long cents) {
        return ExactMoney.ofMinor(Money.currency("USD"), Rational.of(cents));
    }

    @Test
    void totalsInAnotherCurrencyAreConvertedAtEachDatesRate() {
        assertThat(MrrTotal.of(MIXED, JAN_31, USD_WITH_RATES)).isEqualTo(new MrrTotal(JAN_31, usd(11_000)));
        assertThat(MrrTotal.of(MIXED, MAR_31, USD_WITH_RATES)).isEqualTo(new MrrTotal(MAR_31, usd(17_000)));
        assertThat(MrrTotal.series(MIXED, Q1, Granularity.MONTH, USD_WITH_RATES).values()).containsExactly(
                new MrrTotal(JAN_31, usd(11_000)), new MrrTotal(FEB_29, usd(16_000)),
                new MrrTotal(MAR_31, usd(17_000)));
        assertThat(MIXED.stream().collect(MrrTotal.collector(MAR_31, USD_WITH_RATES)))
                .isEqualTo(new MrrTotal(MAR_31, usd(17_000)));
        // the same figure as the snapshot's sum over customers
        assertThat(MrrSnapshot.of(MIXED, MAR_31, USD_WITH_RATES).mrr()).isEqualTo(usd(17_000));
    }

    @Test
    void snapshotSeriesInAReportingCurrencyConvertPerCustomer() {
        List<MrrSnapshot> q1 = MrrSnapshot.series(MIXED, Q1, Granularity.MONTH, USD_WITH_RATES).values();
        assertThat(q1).hasSize(3);
        // every customer is listed, "us" at zero before it starts
        assertThat(q1.get(0).byCustomer()).isEqualTo(Map.of("eu", usd(11_000), "us", usd(0)));
        assertThat(q1.get(1).byCustomer()).isEqualTo(Map.of("eu", usd(11_000), "us", usd(5_000)));
        assertThat(q1.get(2).byCustomer()).isEqualTo(Map.of("eu", usd(12_000), "us", usd(5_000)));
        assertThat(q1.get(2).date()).isEqualTo(MAR_31);
    }

    @Test
    void totalsInOneCurrencyFromEveryRecordEntryPoint() {
        assertThat(MrrTotal.series(DOLLARS, Q1, Granularity.MONTH).values()).containsExactly(
                new MrrTotal(JAN_31, usd(3_000)), new MrrTotal(FEB_29, usd(13_000)),
                new MrrTotal(MAR_31, usd(13_400)));
        assertThat(DOLLARS.stream().collect(MrrTotal.collector(FEB_29))).isEqualTo(new MrrTotal(FEB_29, usd(13_000)));
        // a reporting currency with rates but nothing to convert: the same figures
        assertThat(DOLLARS.stream().collect(MrrTotal.collector(MAR_31, USD_WITH_RATES)))
                .isEqualTo(new MrrTotal(MAR_31, usd(13_400)));
        assertThat(DOLLARS.stream().collect(MrrTotal.collector(MAR_31, USD)))
                .isEqualTo(new MrrTotal(MAR_31, usd(13_400)));
    }

    @Test
    void snapshotsInOneCurrencyFromTheCollector() {
        MrrSnapshot march = DOLLARS.stream().collect(MrrSnapshot.collector(MAR_31));
        assertThat(march.byCustomer()).isEqualTo(Map.of("a", usd(3_400), "b", usd(10_000)));
        // on 31 January "b" has not started yet and is listed at zero
        MrrSnapshot january = DOLLARS.stream().collect(MrrSnapshot.collector(JAN_31));
        assertThat(january.byCustomer()).isEqualTo(Map.of("a", usd(3_000), "b", usd(0)));
        assertThat(january.payingCustomers()).isEqualTo(1);
    }

    @Test
    void theFacadeRefusesRepeatedIdsWithAReportingCurrencyAndGivesRenewals() {
        List<Subscription> twice = List.of(DOLLARS.get(0), DOLLARS.get(0));
        assertThatThrownBy(() -> RecurringRevenue.of(twice, USD)).isInstanceOf(InvalidRecordException.class)
                .hasMessageContaining("a1");
        // "a1" ends on 1 March (so it is up in March, the period of its end date) and "a2" starts that day: renewed
        // with no grace; "b1" is not up
        List<Subscription> renewing = List.of(DOLLARS.get(0).endingOn(LocalDate.of(2024, 3, 1)), DOLLARS.get(1),
                DOLLARS.get(2));
        Renewals renewals = RecurringRevenue.of(renewing).renewals(Period.month(2024, 3));
        assertThat(renewals.upForRenewal()).containsExactly("a1");
        assertThat(renewals.renewed()).containsExactly("a1");
        assertThat(renewals.arrRenewed()).isEqualTo(usd(36_000));
        assertThat(renewals).isEqualTo(Renewals.of(renewing, Period.month(2024, 3)));
    }
}
