package io.github.revops.recurring;

import io.github.revops.domain.Subscription;
import io.github.revops.math.Rational;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.Money;
import io.github.revops.money.ReportingCurrency;
import io.github.revops.testing.MergeLaws;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

/**
 * The bridge identity and the movements of docs/metrics.md#recurring-revenue-and-retention ("Movements (the bridge)")
 * over random subscription histories, single- and multi-currency, against a plain per-customer loop written here.
 */
class MrrBridgePropertyTest {

    private static final ReportingCurrency USD_ONLY = ReportingCurrency.of(Money.currency("USD"));
    private static final ReportingCurrency USD_CONVERTED =
            ReportingCurrency.of(Money.currency("USD"), RandomHistories.RATES);

    @Test
    void singleCurrencyBridgeHoldsAndMatchesAPlainLoop() {
        qt().withExamples(300).forAll(RandomHistories.specs(), integers().between(0, 900), integers().between(1, 120))
                .checkAssert((specs, offset, length) -> check(RandomHistories.build(specs, false), USD_ONLY,
                        RandomHistories.BASE.plusDays(offset), length));
    }

    @Test
    void multiCurrencyBridgeHoldsWithAnFxLine() {
        qt().withExamples(300).forAll(RandomHistories.specs(), integers().between(0, 900), integers().between(1, 120))
                .checkAssert((specs, offset, length) -> check(RandomHistories.build(specs, true), USD_CONVERTED,
                        RandomHistories.BASE.plusDays(offset), length));
    }

    @Test
    void monthlyBridgesChain() {
        qt().withExamples(60).forAll(RandomHistories.specs()).checkAssert(specs -> {
            RecurringRevenue revenue = RecurringRevenue.of(RandomHistories.build(specs, true), USD_CONVERTED);
            List<MrrBridge> months = MrrBridge.series(revenue.subscriptions(), Period.year(2024),
                    io.github.revops.time.Granularity.MONTH, USD_CONVERTED).values();
            assertThat(months).hasSize(12);
            for (int i = 1; i < months.size(); i++) {
                assertThat(months.get(i).startMrr()).isEqualTo(months.get(i - 1).endMrr());
            }
            assertThat(months.get(0).startMrr()).isEqualTo(revenue.mrrAt(LocalDate.of(2023, 12, 31)).mrr());
            assertThat(months.get(11).endMrr()).isEqualTo(revenue.mrrAt(LocalDate.of(2024, 12, 31)).mrr());
        });
    }

    @Test
    void bridgesOfCustomerPartsMergeToTheWhole() {
        qt().withExamples(40).forAll(RandomHistories.specs(), integers().between(0, 900)).checkAssert((specs, o) -> {
            List<Subscription> subs = RandomHistories.build(specs, true);
            Period period = Period.of(RandomHistories.BASE.plusDays(o), RandomHistories.BASE.plusDays(o + 31));
            MergeLaws.assertMergeable(byCustomer(subs), parts -> parts.stream().flatMap(List::stream)
                            .collect(MrrBridge.collector(period, USD_CONVERTED)),
                    MrrBridge.empty(period, Money.currency("USD")));
        });
    }

    static List<List<Subscription>> byCustomer(List<Subscription> subs) {
        TreeMap<String, List<Subscription>> grouped = new TreeMap<>();
        subs.forEach(s -> grouped.computeIfAbsent(s.customerId(), k -> new ArrayList<>()).add(s));
        return new ArrayList<>(grouped.values());
    }

    private static void check(List<Subscription> subs, ReportingCurrency reporting, LocalDate start, int length) {
        Period period = Period.of(start, start.plusDays(length));
        RecurringRevenue revenue = RecurringRevenue.of(subs, reporting);
        MrrBridge bridge = revenue.movements(period);
        LocalDate before = start.minusDays(1);
        LocalDate last = period.lastDay();

        ExactMoney rebuilt = bridge.startMrr().plus(bridge.fxImpact()).plus(bridge.newBusiness().mrr())
                .plus(bridge.expansion().mrr()).plus(bridge.reactivation().mrr()).minus(bridge.contraction().mrr())
                .minus(bridge.churn().mrr());
        assertThat(rebuilt).isEqualTo(bridge.endMrr());
        assertThat(bridge.startMrr()).isEqualTo(revenue.mrrAt(before).mrr());
        assertThat(bridge.endMrr()).isEqualTo(revenue.mrrAt(last).mrr());
        assertThat(bridge.customersAtStart()).isEqualTo(revenue.mrrAt(before).payingCustomers());

        // the plain loop: each customer's MRR at the two state dates, and the start state at end rates
        Map<MovementType, Rational> amounts = new EnumMap<>(MovementType.class);
        Map<MovementType, TreeSet<String>> who = new EnumMap<>(MovementType.class);
        Rational fx = Rational.ZERO;
        for (List<Subscription> customer : byCustomer(subs)) {
            Rational b = Rational.ZERO;
            Rational bAtEnd = Rational.ZERO;
            Rational a = Rational.ZERO;
            boolean paidBefore = false;
            for (Subscription s : customer) {
                b = b.add(reporting.convert(s.mrrOn(before), before).minorUnits());
                bAtEnd = bAtEnd.add(reporting.convert(s.mrrOn(before), last).minorUnits());
                a = a.add(reporting.convert(s.mrrOn(last), last).minorUnits());
                for (LocalDate d = s.startDate(); d.isBefore(start); d = d.plusDays(1)) {
                    paidBefore |= s.countsOn(d);
                }
            }
            fx = fx.add(bAtEnd.subtract(b));
            MovementType type = null;
            Rational amount = Rational.ZERO;
            if (bAtEnd.signum() == 0 && a.signum() > 0) {
                type = paidBefore ? MovementType.REACTIVATION : MovementType.NEW;
                amount = a;
            } else if (bAtEnd.signum() > 0 && a.signum() == 0) {
                type = MovementType.CHURN;
                amount = bAtEnd;
            } else if (a.compareTo(bAtEnd) != 0 && a.signum() > 0) {
                type = a.compareTo(bAtEnd) > 0 ? MovementType.EXPANSION : MovementType.CONTRACTION;
                amount = a.subtract(bAtEnd).abs();
            }
            if (type != null) {
                amounts.merge(type, amount, Rational::add);
                who.computeIfAbsent(type, t -> new TreeSet<>()).add(customer.get(0).customerId());
            }
        }
        assertThat(bridge.fxImpact().minorUnits()).isEqualTo(fx);
        for (MovementType t : MovementType.values()) {
            assertThat(bridge.movement(t).mrr().minorUnits()).as(t.name())
                    .isEqualTo(amounts.getOrDefault(t, Rational.ZERO));
            assertThat(bridge.movement(t).customers()).as(t.name())
                    .containsExactlyElementsOf(who.getOrDefault(t, new TreeSet<>()));
        }
        if (reporting.rates().isEmpty()) {
            assertThat(bridge.fxImpact().isZero()).isTrue();
        }
    }
}
