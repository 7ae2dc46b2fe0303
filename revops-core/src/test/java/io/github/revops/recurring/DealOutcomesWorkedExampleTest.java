package io.github.revops.recurring;

import io.github.revops.domain.Deal;
import io.github.revops.domain.DealType;
import io.github.revops.math.Rational;
import io.github.revops.money.CurrencyMismatchException;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.InMemoryExchangeRates;
import io.github.revops.money.Money;
import io.github.revops.money.ReportingCurrency;
import io.github.revops.result.Ratio;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import java.util.stream.Collector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link DealOutcomes} worked by hand (docs/metrics.md#recurring-revenue-and-retention, "Renewals" and "Revenue
 * ratios"): which deals count, lost values in another currency, the halves of a parallel collection, and the
 * documented errors of the record and of {@link DealOutcomes#combine}.
 */
class DealOutcomesWorkedExampleTest {

    private static final Period MARCH = Period.month(2024, 3);
    private static final Currency USD = Money.currency("USD");
    private static final Currency EUR = Money.currency("EUR");
    private static final ReportingCurrency USD_WITH_RATES = ReportingCurrency.of(USD, InMemoryExchangeRates.builder()
            .add("EUR", "USD", LocalDate.of(2024, 1, 1), new BigDecimal("1.10"))
            .add("EUR", "USD", LocalDate.of(2024, 3, 15), new BigDecimal("1.20")).build());

    private static Deal.Builder deal(String id, DealType type, String amount) {
        return Deal.builder(id).customer("c-" + id).owner("ana").source("web").type(type)
                .amount(Money.parse(amount)).created(LocalDate.of(2024, 1, 2));
    }

    private static ExactMoney usd(long cents) {
        return ExactMoney.ofMinor(USD, Rational.of(cents));
    }

    @Test
    void onlyClosedDealsOfTheTypeInThePeriodCount() {
        // counted: won 100.00 on 1 March and 40.00 on 31 March, lost 25.00 on 10 March.
        // not counted, one reason each: an EXPANSION deal, an open deal, a deal won on 29 February and one on 1 April
        List<Deal> deals = List.of(
                deal("r1", DealType.RENEWAL, "USD 100.00").won(LocalDate.of(2024, 3, 1)).build(),
                deal("r2", DealType.RENEWAL, "USD 40.00").won(LocalDate.of(2024, 3, 31)).build(),
                deal("r3", DealType.RENEWAL, "USD 25.00").lost(LocalDate.of(2024, 3, 10)).build(),
                deal("x1", DealType.EXPANSION, "USD 1000.00").won(LocalDate.of(2024, 3, 5)).build(),
                deal("o1", DealType.RENEWAL, "USD 2000.00").open().build(),
                deal("b1", DealType.RENEWAL, "USD 4000.00").won(LocalDate.of(2024, 2, 29)).build(),
                deal("a1", DealType.RENEWAL, "USD 8000.00").lost(LocalDate.of(2024, 4, 1)).build());
        DealOutcomes march = DealOutcomes.of(deals, MARCH, DealType.RENEWAL);
        assertThat(march).isEqualTo(new DealOutcomes(MARCH, DealType.RENEWAL, USD, 2, 1, usd(14_000), usd(2_500)));
        assertThat(march.winRate()).isEqualTo(Ratio.of(2, 3));
        assertThat(march.valueWinRate()).isEqualTo(Ratio.of(14_000, 16_500));
    }

    @Test
    void lostValuesInAnotherCurrencyAreConvertedAtTheCloseDatesRate() {
        // won EUR 100.00 on 14 March at 1.10 = USD 110.00 and USD 5.00; lost EUR 50.00 on 20 March at 1.20 =
        // USD 60.00 and USD 0.01
        List<Deal> deals = List.of(
                deal("e1", DealType.EXPANSION, "EUR 100.00").won(LocalDate.of(2024, 3, 14)).build(),
                deal("u1", DealType.EXPANSION, "USD 5.00").won(LocalDate.of(2024, 3, 2)).build(),
                deal("e2", DealType.EXPANSION, "EUR 50.00").lost(LocalDate.of(2024, 3, 20)).build(),
                deal("u2", DealType.EXPANSION, "USD 0.01").lost(LocalDate.of(2024, 3, 3)).build());
        DealOutcomes upsells = DealOutcomes.of(deals, MARCH, DealType.EXPANSION, USD_WITH_RATES);
        assertThat(upsells.won()).isEqualTo(2);
        assertThat(upsells.lost()).isEqualTo(2);
        assertThat(upsells.wonValue()).isEqualTo(usd(11_500));
        assertThat(upsells.lostValue()).isEqualTo(usd(6_001));
        assertThat(upsells.valueWinRate()).isEqualTo(Ratio.of(11_500, 17_501));
        // per period of the quarter: all of it in March, nothing in January or February
        List<DealOutcomes> q1 = DealOutcomes.series(deals, Period.quarter(2024, 1), Granularity.MONTH,
                DealType.EXPANSION, USD_WITH_RATES).values();
        assertThat(q1).containsExactly(DealOutcomes.empty(Period.month(2024, 1), DealType.EXPANSION, USD),
                DealOutcomes.empty(Period.month(2024, 2), DealType.EXPANSION, USD), upsells);
    }

    @Test
    void theHalvesOfAParallelCollectionCombineIntoTheWhole() {
        Deal won = deal("w", DealType.RENEWAL, "USD 30.00").won(LocalDate.of(2024, 3, 4)).build();
        Deal lost = deal("l", DealType.RENEWAL, "USD 12.00").lost(LocalDate.of(2024, 3, 5)).build();
        Deal euros = deal("e", DealType.RENEWAL, "EUR 20.00").lost(LocalDate.of(2024, 3, 20)).build();

        // without a reporting currency: an empty half takes the other's currency, counts and values add
        Object empty = half(DealOutcomes.collector(MARCH, DealType.RENEWAL));
        Object both = half(DealOutcomes.collector(MARCH, DealType.RENEWAL), won, lost);
        Object more = half(DealOutcomes.collector(MARCH, DealType.RENEWAL), deal("w2", DealType.RENEWAL,
                "USD 0.50").won(LocalDate.of(2024, 3, 6)).build());
        assertThat(finish(DealOutcomes.collector(MARCH, DealType.RENEWAL), combine(
                DealOutcomes.collector(MARCH, DealType.RENEWAL), empty, both)))
                .isEqualTo(new DealOutcomes(MARCH, DealType.RENEWAL, USD, 1, 1, usd(3_000), usd(1_200)));
        Object both2 = half(DealOutcomes.collector(MARCH, DealType.RENEWAL), won, lost);
        assertThat(finish(DealOutcomes.collector(MARCH, DealType.RENEWAL), combine(
                DealOutcomes.collector(MARCH, DealType.RENEWAL), both2, more)))
                .isEqualTo(new DealOutcomes(MARCH, DealType.RENEWAL, USD, 2, 1, usd(3_050), usd(1_200)));

        // two halves whose first deals are in different currencies: the documented mismatch
        Object dollars = half(DealOutcomes.collector(MARCH, DealType.RENEWAL), won);
        Object eurosHalf = half(DealOutcomes.collector(MARCH, DealType.RENEWAL), euros);
        assertThatThrownBy(() -> combine(DealOutcomes.collector(MARCH, DealType.RENEWAL), dollars, eurosHalf))
                .isInstanceOf(CurrencyMismatchException.class).hasMessageContaining("EUR").hasMessageContaining("USD");
        // a half that saw nothing does not clash with either
        Object none = half(DealOutcomes.collector(MARCH, DealType.RENEWAL));
        Object dollars2 = half(DealOutcomes.collector(MARCH, DealType.RENEWAL), won);
        assertThat(finish(DealOutcomes.collector(MARCH, DealType.RENEWAL), combine(
                DealOutcomes.collector(MARCH, DealType.RENEWAL), dollars2, none)))
                .isEqualTo(new DealOutcomes(MARCH, DealType.RENEWAL, USD, 1, 0, usd(3_000), usd(0)));

        // with rates: converted parts of both halves add too (EUR 20.00 at 1.20 = USD 24.00 lost on each side)
        Collector<Deal, ?, DealOutcomes> converted = DealOutcomes.collector(MARCH, DealType.RENEWAL, USD_WITH_RATES);
        Object left = half(converted, euros, won);
        Object right = half(converted, deal("e3", DealType.RENEWAL, "EUR 20.00")
                .won(LocalDate.of(2024, 3, 21)).build());
        assertThat(finish(converted, combine(converted, left, right)))
                .isEqualTo(new DealOutcomes(MARCH, DealType.RENEWAL, USD, 2, 1, usd(5_400), usd(2_400)));
    }

    @Test
    void nothingClosedWithoutAReportingCurrencyIsTheDocumentedError() {
        Deal open = deal("o", DealType.RENEWAL, "USD 10.00").open().build();
        assertThatThrownBy(() -> List.of(open).stream().collect(DealOutcomes.collector(MARCH, DealType.RENEWAL)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no deal of type RENEWAL closed in " + MARCH + ": give the reporting currency");
        assertThatThrownBy(() -> DealOutcomes.of(List.of(), MARCH, DealType.RENEWAL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("deals ([]) must not be empty: give the reporting currency");
        assertThat(DealOutcomes.of(List.of(open), MARCH, DealType.RENEWAL, USD_WITH_RATES))
                .isEqualTo(DealOutcomes.empty(MARCH, DealType.RENEWAL, USD));
        // a second currency without rates
        Deal dollars = deal("u", DealType.RENEWAL, "USD 10.00").won(LocalDate.of(2024, 3, 2)).build();
        Deal euros = deal("e", DealType.RENEWAL, "EUR 10.00").won(LocalDate.of(2024, 3, 3)).build();
        assertThatThrownBy(() -> DealOutcomes.of(List.of(dollars, euros), MARCH, DealType.RENEWAL))
                .isInstanceOf(CurrencyMismatchException.class);
    }

    @Test
    void aNullDealIsRefusedByName() {
        Deal d = deal("D-8", DealType.RENEWAL, "USD 10.00").won(LocalDate.of(2024, 3, 2)).build();
        assertThatThrownBy(() -> DealOutcomes.of(Arrays.asList(d, null), MARCH, DealType.RENEWAL))
                .isInstanceOf(NullPointerException.class).hasMessage("deals must not contain null");
    }

    @Test
    void aNullGroupKeyNamesTheDeal() {
        Deal d = deal("D-7", DealType.RENEWAL, "USD 10.00").won(LocalDate.of(2024, 3, 2)).build();
        assertThatThrownBy(() -> DealOutcomes.by(List.of(d), MARCH, DealType.RENEWAL, x -> (String) null))
                .isInstanceOf(NullPointerException.class).hasMessage("the group key of deal 'D-7' is null");
    }

    @Test
    void theRecordRefusesNegativeCountsAndValuesInAnotherCurrency() {
        ExactMoney zero = ExactMoney.zero(USD);
        ExactMoney euro = ExactMoney.zero(EUR);
        assertThatThrownBy(() -> new DealOutcomes(MARCH, DealType.RENEWAL, USD, -1, 0, zero, zero))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("won (-1) and lost (0)");
        assertThatThrownBy(() -> new DealOutcomes(MARCH, DealType.RENEWAL, USD, 0, -1, zero, zero))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("won (0) and lost (-1)");
        assertThatThrownBy(() -> new DealOutcomes(MARCH, DealType.RENEWAL, USD, 0, 0, euro, zero))
                .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("in USD");
        assertThatThrownBy(() -> new DealOutcomes(MARCH, DealType.RENEWAL, USD, 0, 0, zero, euro))
                .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("in USD");
        assertThat(new DealOutcomes(MARCH, DealType.RENEWAL, USD, 0, 0, zero, zero).winRate().isDefined()).isFalse();
    }

    @Test
    void combineAddsCountsAndValuesAndRefusesOtherPeriodsTypesAndCurrencies() {
        DealOutcomes a = new DealOutcomes(MARCH, DealType.RENEWAL, USD, 2, 1, usd(500), usd(70));
        DealOutcomes b = new DealOutcomes(MARCH, DealType.RENEWAL, USD, 3, 4, usd(11), usd(9));
        assertThat(a.combine(b)).isEqualTo(new DealOutcomes(MARCH, DealType.RENEWAL, USD, 5, 5, usd(511), usd(79)));
        assertThat(a.combine(DealOutcomes.empty(MARCH, DealType.RENEWAL, USD))).isEqualTo(a);
        assertThatThrownBy(() -> a.combine(DealOutcomes.empty(Period.month(2024, 4), DealType.RENEWAL, USD)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("outcomes of RENEWAL 2024-03-01/2024-04-01 and RENEWAL 2024-04-01/2024-05-01"
                        + " do not combine");
        assertThatThrownBy(() -> a.combine(DealOutcomes.empty(MARCH, DealType.EXPANSION, USD)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("EXPANSION");
        assertThatThrownBy(() -> a.combine(DealOutcomes.empty(MARCH, DealType.RENEWAL, EUR)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("do not combine");
    }

    private static <A> Object half(Collector<Deal, A, DealOutcomes> collector, Deal... deals) {
        A container = collector.supplier().get();
        BiConsumer<A, Deal> add = collector.accumulator();
        for (Deal d : deals) {
            add.accept(container, d);
        }
        return container;
    }

    @SuppressWarnings("unchecked")
    private static <A> Object combine(Collector<Deal, A, DealOutcomes> collector, Object left, Object right) {
        BinaryOperator<A> combiner = collector.combiner();
        return combiner.apply((A) left, (A) right);
    }

    @SuppressWarnings("unchecked")
    private static <A> DealOutcomes finish(Collector<Deal, A, DealOutcomes> collector, Object container) {
        return collector.finisher().apply((A) container);
    }
}
