package io.github.revops.economics;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.Deal;
import io.github.revops.domain.DealType;
import io.github.revops.domain.Spend;
import io.github.revops.domain.SpendCategory;
import io.github.revops.domain.Subscription;
import io.github.revops.math.Rational;
import io.github.revops.money.Money;
import io.github.revops.money.ReportingCurrency;
import io.github.revops.result.Ratio;
import io.github.revops.result.TimeSeries;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BinaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * The law of unit economics over a period (docs/decisions/0115): the parts of any run of whole months (a quarter, a
 * year, twelve trailing months) are the combination of its months' parts, on random spend, subscriptions and deals,
 * for every option. The one part that is not a sum of the months' is the magic number's divisor, the spend of the
 * period before, as many months long.
 */
class EconomicsPeriodPropertyTest {

    private static final ReportingCurrency USD = ReportingCurrency.of(Money.currency("USD"));
    private static final LocalDate ORIGIN = LocalDate.of(2025, 1, 1);
    private static final String[] CHANNELS = {"ads", "events", "partner", "web"};
    private static final Rational[] MARGINS = {Rational.ONE, Rational.of(3, 4), Rational.ZERO};
    private static final BillingInterval[] INTERVALS = {BillingInterval.MONTH, BillingInterval.YEAR,
        BillingInterval.WEEK};

    @Test
    void aPeriodsPartsAreTheCombinationOfItsMonthsParts() {
        qt().withExamples(120).forAll(longs().all(), integers().between(0, 60), integers().between(0, 23),
                integers().between(1, 12)).checkAssert((seed, size, startMonth, length) -> {
                    Random random = new Random(seed);
                    EconomicsInput input = randomInput(random, size);
                    EconomicsOptions options = EconomicsOptions.DEFAULTS.withLagMonths(random.nextInt(3))
                            .withNewCustomers(random.nextBoolean() ? NewCustomerSource.SUBSCRIPTIONS
                                    : NewCustomerSource.DEALS)
                            .withChurnWindowMonths(1 + random.nextInt(6))
                            .withGrossMargin(MARGINS[random.nextInt(MARGINS.length)]);
                    LocalDate start = ORIGIN.plusMonths(startMonth);
                    Period period = Period.of(start, start.plusMonths(length));
                    checkCombination(input, period, options);
                });
    }

    private static void checkCombination(EconomicsInput input, Period period, EconomicsOptions options) {
        UnitEconomics whole = UnitEconomics.of(input, period, options, USD);
        List<UnitEconomics> months = UnitEconomics.series(input, period, Granularity.MONTH, options, USD).values();
        for (UnitEconomics month : months) {
            assertThat(month).isEqualTo(UnitEconomics.of(input, month.period(), options, USD));
        }
        String at = period + " " + options;
        assertThat(whole.cac().blended()).as(at).isEqualTo(reduce(months, m -> m.cac().blended(), Cac::combine));
        assertThat(whole.cac().paid()).as(at).isEqualTo(reduce(months, m -> m.cac().paid(), Cac::combine));
        assertThat(whole.cac().spend()).as(at)
                .isEqualTo(reduce(months, m -> m.cac().spend(), SpendSummary::combine));
        assertThat(whole.cac().byChannel()).as(at)
                .isEqualTo(reduce(months, m -> m.cac().byChannel(), (a, b) -> a.combine(b)));
        TreeSet<String> newCustomers = new TreeSet<>();
        months.forEach(m -> newCustomers.addAll(m.cac().newCustomerIds()));
        assertThat(whole.cac().newCustomerIds()).as(at).isEqualTo(newCustomers);
        assertThat(whole.payback()).as(at).isEqualTo(reduce(months, UnitEconomics::payback, CacPayback::combine));
        assertThat(whole.arpa()).as(at).isEqualTo(reduce(months, UnitEconomics::arpa, (a, b) -> a.combine(b)));
        // the churn window: every month one of the months looks back on, each once
        TreeMap<LocalDate, TimeSeries.Point<Ratio>> window = new TreeMap<>();
        months.forEach(m -> m.monthlyLogoChurn().points().forEach(p -> window.put(p.period().start(), p)));
        assertThat(whole.monthlyLogoChurn().points()).as(at).containsExactlyElementsOf(window.values());
        Ratio churn = new TrailingChurn(window.values().stream().map(TimeSeries.Point::value).toList()).mean();
        assertThat(whole.ltv()).as(at).isEqualTo(FormulaLtv.of(whole.arpa(), options.grossMargin(), churn));
        assertThat(whole.magicNumber().netNewArr()).as(at)
                .isEqualTo(reduce(months, m -> m.magicNumber().netNewArr(), (a, b) -> a.plus(b)));
        assertThat(whole.magicNumber().previousPeriodSpend()).as(at)
                .isEqualTo(SpendSummary.of(input.spend(), whole.previousPeriod(), USD).total());
        assertThat(CohortLtv.of(input, period, 3, options, USD)).as(at)
                .isEqualTo(reduce(months, m -> CohortLtv.of(input, m.period(), 3, options, USD), CohortLtv::combine));
    }

    private static <R> R reduce(List<UnitEconomics> months, java.util.function.Function<UnitEconomics, R> part,
                                BinaryOperator<R> combine) {
        return months.stream().map(part).reduce(combine).orElseThrow();
    }

    /** Records from December 2024 to mid-2027 drawn from small pools, so customers and channels repeat. */
    private static EconomicsInput randomInput(Random r, int size) {
        List<Spend> spend = new ArrayList<>();
        List<Subscription> subscriptions = new ArrayList<>();
        List<Deal> deals = new ArrayList<>();
        LocalDate first = ORIGIN.minusMonths(13);
        for (int i = 0; i < size; i++) {
            LocalDate day = first.plusDays(r.nextInt(1_000));
            String customer = "C" + r.nextInt(15);
            switch (r.nextInt(3)) {
                case 0 -> spend.add(Spend.of("p" + i, day, Money.ofMinor("USD", r.nextInt(4) == 0 ? 0
                        : r.nextInt(100_000)), SpendCategory.values()[r.nextInt(2)],
                        CHANNELS[r.nextInt(CHANNELS.length)], r.nextBoolean()));
                case 1 -> subscriptions.add(new Subscription("s" + i, customer,
                        Money.ofMinor("USD", r.nextInt(5) == 0 ? 0 : 1 + r.nextInt(50_000)),
                        INTERVALS[r.nextInt(INTERVALS.length)], day,
                        r.nextBoolean() ? Optional.of(day.plusDays(1 + r.nextInt(400))) : Optional.empty(),
                        r.nextInt(5) == 0, Optional.empty()));
                default -> {
                    Deal.Builder b = Deal.builder("d" + i).customer(customer).owner("ana")
                            .source(CHANNELS[r.nextInt(CHANNELS.length)]).type(DealType.values()[r.nextInt(3)])
                            .amount(Money.ofMinor("USD", r.nextInt(1_000))).created(day.minusDays(r.nextInt(30)));
                    deals.add(r.nextBoolean() ? b.won(day).build() : b.lost(day).build());
                }
            }
        }
        return EconomicsInput.of(spend, subscriptions).withDeals(deals)
                .withCustomerChannels(java.util.Map.of("C1", "ads", "C2", "web"));
    }
}
