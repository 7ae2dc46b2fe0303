package io.github.revops.recurring;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.Deal;
import io.github.revops.domain.DealType;
import io.github.revops.domain.InvalidRecordException;
import io.github.revops.domain.Subscription;
import io.github.revops.math.Rational;
import io.github.revops.money.CurrencyMismatchException;
import io.github.revops.money.Money;
import io.github.revops.money.ReportingCurrency;
import io.github.revops.result.Breakdown;
import io.github.revops.result.TimeSeries;
import io.github.revops.table.SubscriptionTable;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The entry points of every recurring result type (of, by, series and collector over records; of, by and series over
 * a table): equal to one another and to the facade on the README's worked history, and the documented error on bad
 * input.
 */
class RecurringEntryPointsTest {

    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    private static final Period Q1 = Period.quarter(2026, 1);
    private static final Period FEBRUARY = Period.month(2026, 2);
    private static final LocalDate FEB_28 = LocalDate.of(2026, 2, 28);
    private static final ReportingCurrency USD = ReportingCurrency.of(Money.currency("USD"));
    /** The README's history: ACME 100 a month plus a 30.00 add-on from 10 February, Globex leaves, Initech joins. */
    private static final List<Subscription> SUBS = List.of(
            Subscription.of("S-1", "ACME", Money.parse("USD 1200.00"), BillingInterval.YEAR, JAN_1),
            Subscription.of("S-2", "Globex", Money.parse("USD 50.00"), BillingInterval.MONTH, JAN_1)
                    .endingOn(LocalDate.of(2026, 2, 15)),
            Subscription.of("S-3", "ACME", Money.parse("USD 30.00"), BillingInterval.MONTH, LocalDate.of(2026, 2, 10)),
            Subscription.of("S-4", "Initech", Money.parse("USD 10.00"), BillingInterval.WEEK,
                    LocalDate.of(2026, 2, 1)));
    /** A key that is a function of the customer. */
    private static final Function<Subscription, String> REGION = s -> s.customerId().equals("Globex") ? "EU" : "US";

    @Test
    void everyFormOfEachMetricGivesTheSameAnswer() {
        SubscriptionTable table = SubscriptionTable.of(SUBS);
        RecurringRevenue facade = RecurringRevenue.of(SUBS);

        MrrTotal total = MrrTotal.of(SUBS, FEB_28);
        assertThat(total.arr(RoundingMode.HALF_EVEN)).isEqualTo(Money.parse("USD 2080.00"));
        assertThat(List.of(MrrTotal.of(SUBS, FEB_28, USD), MrrTotal.of(table, FEB_28), facade.mrrTotalAt(FEB_28),
                SUBS.stream().collect(MrrTotal.collector(FEB_28)))).containsOnly(total);

        MrrSnapshot snapshot = MrrSnapshot.of(SUBS, FEB_28);
        assertThat(snapshot.mrr()).isEqualTo(total.mrr());
        assertThat(snapshot.arpa().count()).isEqualTo(2);
        assertThat(snapshot.arpa().total()).isEqualTo(total.mrr());
        assertThat(snapshot.arpa().mean().orElseThrow().minorUnits()).isEqualTo(Rational.of(26_000, 3));
        assertThat(List.of(MrrSnapshot.of(table, FEB_28), facade.mrrAt(FEB_28),
                SUBS.stream().collect(MrrSnapshot.collector(FEB_28, USD)))).containsOnly(snapshot);

        MrrBridge february = MrrBridge.of(SUBS, FEBRUARY);
        assertThat(february.churn().customers()).containsExactly("Globex");
        assertThat(List.of(MrrBridge.of(table, FEBRUARY), facade.movements(FEBRUARY),
                SUBS.stream().collect(MrrBridge.collector(FEBRUARY)),
                MrrBridge.series(SUBS, Q1, Granularity.MONTH).values().get(1))).containsOnly(february);

        LogoChurn churn = LogoChurn.of(SUBS, FEBRUARY);
        assertThat(churn.rate().exactValue()).contains(Rational.of(1, 2));
        assertThat(List.of(LogoChurn.of(table, FEBRUARY), facade.logoChurn(FEBRUARY),
                SUBS.stream().collect(LogoChurn.collector(FEBRUARY)),
                LogoChurn.series(SUBS, Q1, Granularity.MONTH).values().get(1))).containsOnly(churn);

        assertThat(MrrTotal.series(SUBS, Q1, Granularity.MONTH))
                .isEqualTo(TimeSeries.of(Q1, Granularity.MONTH, p -> MrrTotal.of(SUBS, p.lastDay())))
                .isEqualTo(MrrTotal.series(table, Q1, Granularity.MONTH));
        assertThat(MrrSnapshot.series(SUBS, Q1, Granularity.MONTH))
                .isEqualTo(TimeSeries.of(Q1, Granularity.MONTH, p -> MrrSnapshot.of(SUBS, p.lastDay())))
                .isEqualTo(MrrSnapshot.series(table, Q1, Granularity.MONTH));
    }

    @Test
    void breakdownsHaveEveryKeyFoundAndTotalTheWhole() {
        Breakdown<String, MrrBridge> bridge = MrrBridge.by(SUBS, FEBRUARY, REGION);
        assertThat(bridge.groups().keySet()).containsExactly("EU", "US");
        assertThat(bridge.get("EU").orElseThrow().churn().customers()).containsExactly("Globex");
        assertThat(bridge.total()).isEqualTo(MrrBridge.of(SUBS, FEBRUARY));
        assertThat(LogoChurn.by(SUBS, FEBRUARY, REGION).total()).isEqualTo(LogoChurn.of(SUBS, FEBRUARY));
        assertThat(MrrTotal.by(SUBS, FEB_28, REGION).total()).isEqualTo(MrrTotal.of(SUBS, FEB_28));
        assertThat(Renewals.by(SUBS, FEBRUARY, REGION).total()).isEqualTo(Renewals.of(SUBS, FEBRUARY));
        assertThat(CohortTable.by(SUBS, Q1, Granularity.MONTH, REGION).total())
                .isEqualTo(CohortTable.of(SUBS, Q1, Granularity.MONTH));
        // snapshots merge on any split: a key per subscription (its billing interval) is fine
        Breakdown<String, MrrSnapshot> byInterval = MrrSnapshot.by(SUBS, FEB_28, s -> s.interval().toString());
        assertThat(byInterval.groups().keySet()).containsExactly("MONTH", "WEEK", "YEAR");
        assertThat(byInterval.total()).isEqualTo(MrrSnapshot.of(SUBS, FEB_28));
        // a table by its customer column: one group per customer
        SubscriptionTable table = SubscriptionTable.of(SUBS);
        Breakdown<String, MrrBridge> perCustomer = MrrBridge.by(table, FEBRUARY, table.customer());
        assertThat(perCustomer.groups().keySet()).containsExactly("ACME", "Globex", "Initech");
        assertThat(perCustomer.get("ACME").orElseThrow().expansion().count()).isEqualTo(1);
        assertThat(perCustomer.total()).isEqualTo(MrrBridge.of(table, FEBRUARY));
        assertThat(LogoChurn.by(table, FEBRUARY, table.customer()).total()).isEqualTo(LogoChurn.of(table, FEBRUARY));
        assertThat(MrrSnapshot.by(table, FEB_28, table.customer()).total()).isEqualTo(MrrSnapshot.of(table, FEB_28));
        assertThat(MrrTotal.by(table, FEB_28, table.customer()).total()).isEqualTo(MrrTotal.of(table, FEB_28));
    }

    @Test
    void aCustomerGrainKeyMustBeAFunctionOfTheCustomer() {
        Function<Subscription, String> interval = s -> s.interval().toString();
        assertThatThrownBy(() -> MrrBridge.by(SUBS, FEBRUARY, interval)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("customer 'ACME'").hasMessageContaining("function of the customer");
        assertThatThrownBy(() -> LogoChurn.by(SUBS, FEBRUARY, interval)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MrrBridge.by(SUBS, FEBRUARY, s -> null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'S-1' is null");
        SubscriptionTable other = SubscriptionTable.of(SUBS.subList(0, 2));
        assertThatThrownBy(() -> MrrBridge.by(SubscriptionTable.of(SUBS), FEBRUARY, other.customer()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be a column of the table");
    }

    @Test
    void duplicateIdsAreRejectedByEveryEntryPointButTheCollectors() {
        List<Subscription> twice = new ArrayList<>(SUBS);
        twice.add(SUBS.get(0));
        List<Runnable> checked = List.of(() -> MrrTotal.of(twice, FEB_28), () -> MrrSnapshot.of(twice, FEB_28),
                () -> MrrBridge.of(twice, FEBRUARY), () -> LogoChurn.of(twice, FEBRUARY),
                () -> Renewals.of(twice, FEBRUARY), () -> CohortTable.of(twice, Q1, Granularity.MONTH),
                () -> MrrTotal.series(twice, Q1, Granularity.MONTH), () -> MrrBridge.by(twice, FEBRUARY, REGION),
                () -> LogoChurn.series(twice, Q1, Granularity.MONTH), () -> MrrSnapshot.by(twice, FEB_28, REGION));
        for (Runnable entry : checked) {
            assertThatThrownBy(entry::run).isInstanceOf(InvalidRecordException.class).hasMessageContaining("S-1")
                    .hasMessageContaining("is not unique");
        }
        // a collector does not hold every id: the duplicate counts twice
        assertThat(twice.stream().collect(MrrTotal.collector(FEB_28)).mrr().minorUnits())
                .isEqualTo(MrrTotal.of(SUBS, FEB_28).mrr().minorUnits().add(Rational.of(10_000)));
    }

    @Test
    void withoutAReportingCurrencyAmountsShareTheFirstOne() {
        List<Subscription> mixed = List.of(SUBS.get(0),
                Subscription.of("S-9", "Umbrella", Money.parse("EUR 10.00"), BillingInterval.MONTH, JAN_1));
        List<Runnable> money = List.of(() -> MrrTotal.of(mixed, FEB_28), () -> MrrSnapshot.of(mixed, FEB_28),
                () -> MrrBridge.of(mixed, FEBRUARY), () -> MrrTotal.series(mixed, Q1, Granularity.MONTH),
                () -> Renewals.of(mixed, FEBRUARY), () -> mixed.stream().collect(MrrBridge.collector(FEBRUARY)),
                () -> MrrTotal.of(mixed, FEB_28, USD));
        for (Runnable entry : money) {
            assertThatThrownBy(entry::run).isInstanceOf(CurrencyMismatchException.class);
        }
        // logo churn counts customers: currencies play no part
        assertThat(LogoChurn.of(mixed, FEBRUARY).customersAtStart()).isEqualTo(2);
        assertThatThrownBy(() -> MrrTotal.of(List.of(), FEB_28)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("give the reporting currency");
        assertThatThrownBy(() -> List.<Subscription>of().stream().collect(MrrBridge.collector(FEBRUARY)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("give the reporting currency");
        assertThat(MrrTotal.of(List.of(), FEB_28, USD).mrr().isZero()).isTrue();
        assertThat(MrrBridge.of(List.of(), FEBRUARY, USD)).isEqualTo(MrrBridge.empty(FEBRUARY, USD.currency()));
        assertThat(LogoChurn.of(List.of(), FEBRUARY)).isEqualTo(LogoChurn.empty(FEBRUARY, ChurnPolicy.DEFAULT));
    }

    @Test
    void renewalRatesAreNamedForWhatTheyCount() {
        // Globex's contract ends 15 February and nothing follows it: 0 of 1 by count and by value
        Renewals february = Renewals.of(SUBS, FEBRUARY);
        assertThat(february.upForRenewal()).containsExactly("S-2");
        assertThat(february.rateByCount()).isEqualTo(io.github.revops.result.Ratio.of(0, 1));
        assertThat(february.rateByValue().exactValue()).contains(Rational.ZERO);
        assertThat(Renewals.series(SUBS, Q1, Granularity.MONTH).values().get(1)).isEqualTo(february);
        assertThat(SUBS.stream().collect(Renewals.collector(FEBRUARY))).isEqualTo(february);
    }

    @Test
    void dealOutcomesFollowTheSameShape() {
        List<Deal> deals = List.of(
                Deal.builder("D-1").customer("ACME").owner("Ana").source("web").type(DealType.RENEWAL)
                        .amount(Money.parse("USD 100.00")).created(JAN_1).won(LocalDate.of(2026, 2, 3)).build(),
                Deal.builder("D-2").customer("Globex").owner("Bo").source("web").type(DealType.RENEWAL)
                        .amount(Money.parse("USD 60.00")).created(JAN_1).lost(LocalDate.of(2026, 2, 20)).build(),
                Deal.builder("D-3").customer("Initech").owner("Ana").source("web").type(DealType.EXPANSION)
                        .amount(Money.parse("USD 40.00")).created(JAN_1).won(LocalDate.of(2026, 2, 5)).build());
        DealOutcomes renewals = DealOutcomes.of(deals, FEBRUARY, DealType.RENEWAL);
        assertThat(renewals.winRate()).isEqualTo(io.github.revops.result.Ratio.of(1, 2));
        assertThat(renewals.valueWinRate().exactValue()).contains(Rational.of(5, 8));
        Breakdown<String, DealOutcomes> byOwner = DealOutcomes.by(deals, FEBRUARY, DealType.RENEWAL, Deal::owner);
        assertThat(byOwner.groups().keySet()).containsExactly("Ana", "Bo");
        assertThat(byOwner.total()).isEqualTo(renewals);
        assertThat(DealOutcomes.series(deals, Q1, Granularity.MONTH, DealType.RENEWAL).values().get(1))
                .isEqualTo(renewals);
        assertThat(deals.stream().collect(DealOutcomes.collector(FEBRUARY, DealType.RENEWAL))).isEqualTo(renewals);
        assertThatThrownBy(() -> DealOutcomes.of(List.of(deals.get(0), deals.get(0)), FEBRUARY, DealType.RENEWAL))
                .isInstanceOf(InvalidRecordException.class);
    }
}
