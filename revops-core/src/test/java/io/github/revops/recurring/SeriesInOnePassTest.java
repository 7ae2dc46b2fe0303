package io.github.revops.recurring;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.Subscription;
import io.github.revops.money.Money;
import io.github.revops.money.ReportingCurrency;
import io.github.revops.result.TimeSeries;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The series of {@link RecurringRevenue} in one currency run in one pass over a column table; they equal the
 * period-by-period collectors, and fall back to them where a table cannot hold the dates.
 */
class SeriesInOnePassTest {

    private static final Period YEAR = Period.year(2024);

    @Test
    void bridgeAndTotalsEqualThePeriodByPeriodAnswersOfAWorkedHistory() {
        // ACME pays 100.00 from January and 150.00 from May; Globex 50.00 from March to the end of July:
        // new 100 in January and 50 in March, expansion 50 in May, churn 50 in August; MRR 200.00 in June, 150.00
        // in December
        List<Subscription> subscriptions = List.of(
                monthly("S-1", "ACME", "100.00", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 5, 1)),
                monthly("S-2", "ACME", "150.00", LocalDate.of(2024, 5, 1), null),
                monthly("S-3", "Globex", "50.00", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 8, 1)));
        RecurringRevenue revenue = RecurringRevenue.of(subscriptions);
        TimeSeries<MrrBridge> bridges = MrrBridge.series(subscriptions, YEAR, Granularity.MONTH);
        assertThat(bridges).isEqualTo(TimeSeries.of(YEAR, Granularity.MONTH, revenue::movements));
        assertThat(bridges.values().get(4).expansion().customers()).containsExactly("ACME");
        assertThat(bridges.values().get(7).churn().mrr()).isEqualTo(money("50.00"));
        TimeSeries<MrrTotal> totals = MrrTotal.series(subscriptions, YEAR, Granularity.MONTH);
        assertThat(totals).isEqualTo(TimeSeries.of(YEAR, Granularity.MONTH, p -> revenue.mrrTotalAt(p.lastDay())));
        assertThat(totals.values().get(5).mrr()).isEqualTo(money("200.00"));
        assertThat(totals.values().get(11).mrr()).isEqualTo(money("150.00"));
    }

    @Test
    void noSubscriptionsGiveEmptyPeriodsAsPeriodByPeriod() {
        ReportingCurrency usd = ReportingCurrency.of(Money.currency("USD"));
        RecurringRevenue none = RecurringRevenue.of(List.of(), usd);
        TimeSeries<MrrBridge> bridges = MrrBridge.series(List.of(), YEAR, Granularity.MONTH, usd);
        assertThat(bridges).isEqualTo(TimeSeries.of(YEAR, Granularity.MONTH, none::movements));
        assertThat(bridges.values()).hasSize(12).allSatisfy(b -> assertThat(b.endMrr()).isEqualTo(money("0.00")));
        assertThat(LogoChurn.series(List.of(), YEAR, Granularity.MONTH, ChurnPolicy.DEFAULT).values())
                .allSatisfy(churn -> assertThat(churn.rate().isDefined()).isFalse());
    }

    @Test
    void datesBeyondATablesDaysAreAnsweredPeriodByPeriod() {
        // a subscription starting in the year 6,000,000 has an epoch day above Integer.MAX_VALUE: no table holds it,
        // and the series is still answered (it adds nothing to 2024)
        List<Subscription> subscriptions = List.of(
                monthly("S-1", "ACME", "100.00", LocalDate.of(2024, 1, 1), null),
                monthly("S-2", "Initech", "70.00", LocalDate.of(6_000_000, 1, 1), null));
        RecurringRevenue revenue = RecurringRevenue.of(subscriptions);
        assertThat(MrrTotal.series(subscriptions, YEAR, Granularity.QUARTER).values())
                .extracting(MrrTotal::mrr).containsOnly(money("100.00"));
        assertThat(MrrBridge.series(subscriptions, YEAR, Granularity.QUARTER).values().get(0).newBusiness().customers())
                .containsExactly("ACME");
    }

    @Test
    void rangesStartingBefore1970WithOpenEndedSubscriptionsAreAnswered() {
        // an open-ended segment ends on the table's last day; a range starting before the epoch put the distance
        // between the two beyond the int range (regression: ArrayIndexOutOfBoundsException)
        List<Subscription> subscriptions = List.of(
                monthly("S-1", "ACME", "100.00", LocalDate.of(1969, 3, 1), null),
                monthly("S-2", "Globex", "40.00", LocalDate.of(1969, 1, 1), LocalDate.of(1969, 6, 1)));
        RecurringRevenue revenue = RecurringRevenue.of(subscriptions);
        Period year1969 = Period.year(1969);
        TimeSeries<MrrBridge> bridges = MrrBridge.series(subscriptions, year1969, Granularity.MONTH);
        assertThat(bridges).isEqualTo(TimeSeries.of(year1969, Granularity.MONTH, revenue::movements));
        assertThat(bridges.values().get(2).newBusiness().customers()).containsExactly("ACME");
        assertThat(bridges.values().get(5).churn().customers()).containsExactly("Globex");
        assertThat(MrrTotal.series(subscriptions, year1969, Granularity.QUARTER).values())
                .extracting(MrrTotal::mrr)
                .containsExactly(money("140.00"), money("100.00"), money("100.00"), money("100.00"));
        assertThat(MrrBridge.of(io.github.revops.table.SubscriptionTable.of(subscriptions), Period.year(1970))
                .endMrr()).isEqualTo(money("100.00"));
        assertThat(LogoChurn.series(subscriptions, year1969, Granularity.MONTH, ChurnPolicy.DEFAULT).values().get(5)
                .churned()).containsExactly("Globex");
    }

    private static Subscription monthly(String id, String customer, String amount, LocalDate start, LocalDate end) {
        Subscription s = Subscription.of(id, customer, Money.parse("USD " + amount), BillingInterval.MONTH, start);
        return end == null ? s : s.endingOn(end);
    }

    private static io.github.revops.money.ExactMoney money(String amount) {
        return io.github.revops.money.ExactMoney.of(Money.parse("USD " + amount));
    }
}
