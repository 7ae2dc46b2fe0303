package io.github.revops.pipeline;

import io.github.revops.domain.Deal;
import io.github.revops.math.Rational;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.InMemoryExchangeRates;
import io.github.revops.money.Money;
import io.github.revops.money.ReportingCurrency;
import io.github.revops.result.Breakdown;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.stream.Collector;

import static io.github.revops.pipeline.CollectorParts.combined;
import static io.github.revops.pipeline.TestDeals.lost;
import static io.github.revops.pipeline.TestDeals.open;
import static io.github.revops.pipeline.TestDeals.won;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pipeline velocity in a reporting currency, worked by hand: one result, a result per owner, and the collector's
 * partial results combined in either order, which must keep the converted amounts of both parts.
 */
class PipelineVelocityCollectorTest {

    private static final Period MARCH = Period.month(2026, 3);
    private static final Currency USD = Money.currency("USD");
    /** EUR 1 = USD 1.10 all year. */
    private static final ReportingCurrency IN_USD = ReportingCurrency.of(USD, InMemoryExchangeRates.builder()
            .add("EUR", "USD", LocalDate.of(2026, 1, 1), new BigDecimal("1.10")).build());

    /*
     * By hand, in US cents. Won in March: E1 EUR 100.00 = 11000 after 10 days (ana), E2 EUR 50.00 = 5500 after 30
     * days (bo). Lost in March: U1 USD 40.00 = 4000 (ana), E3 EUR 20.00 = 2200 (bo). Open at the end of March: O1
     * (ana), O2 (bo) and E4 (ana, won in April): 3 opportunities.
     * Velocity: 3 x (16500 / 2) x (2 / 4) / (40 / 2) = 2475 / 4 cents a day.
     */
    private static final List<Deal> DEALS = List.of(
            won("E1", "ana", "EUR 100.00", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 11)),
            won("E2", "bo", "EUR 50.00", LocalDate.of(2026, 2, 20), LocalDate.of(2026, 3, 22)),
            lost("U1", "ana", "USD 40.00", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 15)),
            lost("E3", "bo", "EUR 20.00", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 20)),
            open("O1", "ana", "USD 10.00", LocalDate.of(2026, 3, 3)),
            open("O2", "bo", "EUR 5.00", LocalDate.of(2026, 2, 1)),
            won("E4", "ana", "EUR 30.00", LocalDate.of(2026, 3, 5), LocalDate.of(2026, 4, 2)));

    private static ExactMoney cents(long numerator, long denominator) {
        return ExactMoney.ofMinor(USD, Rational.of(numerator, denominator));
    }

    private static void assertTheWorkedExample(PipelineVelocity v) {
        assertThat(v.opportunities()).isEqualTo(3);
        assertThat(v.won().count()).isEqualTo(2);
        assertThat(v.won().amount()).contains(cents(16_500, 1));
        assertThat(v.lost().count()).isEqualTo(2);
        assertThat(v.lost().amount()).contains(cents(6_200, 1));
        assertThat(v.wonCycleDays()).isEqualTo(40);
        assertThat(v.value()).contains(cents(2_475, 4));
    }

    @Test
    void of_inAReportingCurrency_isTheWorkedExample() {
        assertTheWorkedExample(PipelineVelocity.of(DEALS, MARCH, IN_USD));
    }

    @Test
    void by_owner_inAReportingCurrency_givesEachOwnersParts() {
        Breakdown<String, PipelineVelocity> byOwner = PipelineVelocity.by(DEALS, MARCH, IN_USD, Deal::owner);

        PipelineVelocity ana = byOwner.get("ana").orElseThrow();
        assertThat(ana.opportunities()).isEqualTo(2);
        assertThat(ana.won().amount()).contains(cents(11_000, 1));
        assertThat(ana.lost().amount()).contains(cents(4_000, 1));
        assertThat(ana.wonCycleDays()).isEqualTo(10);
        PipelineVelocity bo = byOwner.get("bo").orElseThrow();
        assertThat(bo.opportunities()).isEqualTo(1);
        assertThat(bo.won().amount()).contains(cents(5_500, 1));
        assertThat(bo.lost().amount()).contains(cents(2_200, 1));
        assertThat(bo.wonCycleDays()).isEqualTo(30);
        assertTheWorkedExample(byOwner.total());
    }

    @Test
    void collector_partialResultsCombined_keepTheConvertedAmountsOfBothParts() {
        Collector<Deal, ?, PipelineVelocity> collector = PipelineVelocity.collector(MARCH, IN_USD);

        assertTheWorkedExample(combined(collector, DEALS.subList(0, 3), DEALS.subList(3, DEALS.size())));
        assertTheWorkedExample(combined(collector, DEALS.subList(3, DEALS.size()), DEALS.subList(0, 3)));
        // every converted deal in the second part
        assertTheWorkedExample(combined(collector, List.of(DEALS.get(2), DEALS.get(4)),
                List.of(DEALS.get(0), DEALS.get(1), DEALS.get(3), DEALS.get(5), DEALS.get(6))));
    }
}
