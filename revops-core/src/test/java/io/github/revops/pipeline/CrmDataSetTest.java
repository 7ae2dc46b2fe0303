package io.github.revops.pipeline;

import io.github.revops.domain.Deal;
import io.github.revops.math.Rational;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.Money;
import io.github.revops.result.Breakdown;
import io.github.revops.result.MoneyAverage;
import io.github.revops.result.Ratio;
import io.github.revops.time.Period;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pipeline metrics on the real Maven Analytics CRM data set (src/test/resources/crm, 8,800 opportunities), each
 * against a figure derived without the library: a plain loop over the CSV rows in this test, and the python3 figures
 * written in the comments, computed with csv.DictReader, fractions.Fraction and statistics.median over
 * sales_pipeline.csv with the same rules (closed = Won/Lost with close_date in [start, end); cycle = close_date -
 * engage_date; open at end = engage_date < end and (no close_date or close_date >= end)).
 */
class CrmDataSetTest {

    private static final Period Q3 = Period.quarter(2017, 3);
    /** Every close date of the data set falls in 2017. */
    private static final Period YEAR = Period.year(2017);

    private static List<CrmSalesPipeline.Row> rows;
    private static List<Deal> deals;

    @BeforeAll
    static void load() {
        rows = CrmSalesPipeline.rows();
        deals = CrmSalesPipeline.deals();
    }

    @Test
    void theDataSetIsComplete() {
        assertThat(rows).hasSize(8_800);
        // 4,238 Won + 2,473 Lost + 1,589 Engaging; the 500 Prospecting rows have no created date
        assertThat(deals).hasSize(8_300);
    }

    @Test
    void winRate_overall() {
        // python3: Q3 1257 won, 790 lost -> 1257/2047 = 0.614069...; 2017: 4238 won, 2473 lost -> 4238/6711 = 0.6315
        assertThat(WinRate.of(deals, Q3).byCount()).isEqualTo(Ratio.of(1257, 2047)).isEqualTo(loopWinRate(Q3, null));
        assertThat(WinRate.of(deals, YEAR).byCount()).isEqualTo(Ratio.of(4238, 6711))
                .isEqualTo(loopWinRate(YEAR, null));
        assertThat(WinRate.of(deals, Q3).byCount().toBigDecimal(4, RoundingMode.HALF_EVEN))
                .isEqualByComparingTo("0.6141");
        // Lost deals carry 0 in this data set, so by value every closed dollar was won: exactly 1
        assertThat(WinRate.of(deals, Q3).byValue().exactValue()).contains(Rational.ONE);
    }

    @Test
    void winRate_perAgent() {
        Breakdown<String, WinRate> perAgent = WinRate.by(deals, Q3, Deal::owner);

        assertThat(perAgent.groups()).hasSize(30);
        for (Map.Entry<String, WinRate> agent : perAgent.groups().entrySet()) {
            assertThat(agent.getValue().byCount()).as(agent.getKey()).isEqualTo(loopWinRate(Q3, agent.getKey()));
        }
        // python3: Anna Snelling 55 won / 45 lost = 11/20; Boris Faz 31/45; Cassey Cress 53/91;
        // Darcel Schlecht 115 won / 66 lost = 115/181
        assertThat(perAgent.get("Anna Snelling").orElseThrow().byCount()).isEqualTo(Ratio.of(55, 100));
        assertThat(perAgent.get("Boris Faz").orElseThrow().byCount()).isEqualTo(Ratio.of(31, 45));
        assertThat(perAgent.get("Cassey Cress").orElseThrow().byCount()).isEqualTo(Ratio.of(53, 91));
        assertThat(perAgent.get("Darcel Schlecht").orElseThrow().byCount()).isEqualTo(Ratio.of(115, 181));
        assertThat(perAgent.total()).isEqualTo(WinRate.of(deals, Q3));
    }

    @Test
    void winRate_perRegionalOffice() {
        Breakdown<String, WinRate> perOffice = WinRate.by(deals, Q3, DealKeys.segment("regional_office"));

        // python3 (joined with sales_teams.csv): Central 494/805, East 367/585, West 396/657
        assertThat(perOffice.groups().keySet()).containsExactly("Central", "East", "West");
        assertThat(perOffice.get("Central").orElseThrow().byCount()).isEqualTo(Ratio.of(494, 805));
        assertThat(perOffice.get("East").orElseThrow().byCount()).isEqualTo(Ratio.of(367, 585));
        assertThat(perOffice.get("West").orElseThrow().byCount()).isEqualTo(Ratio.of(396, 657));
    }

    @Test
    void wonCycle_meanAndMedian() {
        SalesCycle q3 = SalesCycle.of(deals, Q3);
        SalesCycle year = SalesCycle.of(deals, YEAR);

        // python3: Q3 1257 won, cycles summing to 61363 days, mean 61363/1257 = 48.82, median 49
        assertThat(q3.count()).isEqualTo(1257);
        assertThat(q3.mean()).contains(Rational.of(61363, 1257));
        assertThat(q3.median()).contains(Rational.of(49));
        // python3: 2017 4238 won, 219452 days, mean 109726/2119 = 51.78, median 57
        assertThat(year.mean()).contains(Rational.of(109726, 2119));
        assertThat(year.median()).contains(Rational.of(57));
        // and a plain loop: sort the cycles, take the middle
        assertThat(q3.mean()).contains(loopMean(Q3));
        assertThat(q3.median()).contains(loopMedian(Q3));
        assertThat(year.median()).contains(loopMedian(YEAR));
        assertThat(year.won().min()).hasValue(1);
        assertThat(year.won().max()).hasValue(138);
    }

    @Test
    void pipelineVelocity() {
        PipelineVelocity q3 = PipelineVelocity.of(deals, Q3);

        // python3: 2409 deals open at 2017-10-01; won USD 2,982,255 over 1257 deals; win rate 1257/2047;
        // mean cycle 61363/1257; velocity 9030605134815/125610061 dollars = 71,893.96 a day
        assertThat(q3.opportunities()).isEqualTo(2409).isEqualTo(loopOpportunities(Q3));
        assertThat(q3.averageWonDealSize())
                .contains(MoneyAverage.of(ExactMoney.of(Money.parse("USD 2982255.00")), 1257));
        assertThat(q3.averageWonDealSize().flatMap(MoneyAverage::mean).map(ExactMoney::minorUnits))
                .contains(Rational.of(298_225_500, 1257));
        assertThat(q3.winRate()).isEqualTo(Ratio.of(1257, 2047));
        assertThat(q3.meanCycleDays()).isEqualTo(Ratio.of(61363, 1257));
        assertThat(q3.value().orElseThrow().minorUnits())
                .isEqualTo(Rational.of(9_030_605_134_815L, 125_610_061L).multiply(Rational.of(100)))
                .isEqualTo(loopVelocityCents(Q3));
        assertThat(q3.value().orElseThrow().toMoney(RoundingMode.HALF_EVEN)).isEqualTo(Money.parse("USD 71893.96"));

        PipelineVelocity year = PipelineVelocity.of(deals, YEAR);
        // python3: 1589 open at 2018-01-01 (the Engaging deals); velocity 5614923913599/122728531 = 45,750.76 a day
        assertThat(year.opportunities()).isEqualTo(1589).isEqualTo(loopOpportunities(YEAR));
        assertThat(year.value().orElseThrow().minorUnits())
                .isEqualTo(Rational.of(5_614_923_913_599L, 122_728_531L).multiply(Rational.of(100)))
                .isEqualTo(loopVelocityCents(YEAR));
        assertThat(year.value().orElseThrow().toMoney(RoundingMode.HALF_EVEN)).isEqualTo(Money.parse("USD 45750.76"));
    }

    @Test
    void stageConversion_engagingToWon() {
        Period q2 = Period.quarter(2017, 2);
        StageConversion funnel = StageConversion.of(deals, List.of("Engaging", "Won"), q2, LocalDate.of(2017, 12, 31));

        // python3: 2388 deals engaged in 2017-Q2; 1246 won by the snapshot's end (623/1194); 2022 closed (time in
        // Engaging summing to 90826 days, median 21.5); 366 still engaging, censored
        StageStats engaging = funnel.stage("Engaging").orElseThrow();
        assertThat(engaging.reached()).isEqualTo(2388);
        assertThat(engaging.conversion().orElseThrow()).isEqualTo(Ratio.of(1246, 2388));
        assertThat(engaging.timeInStage().count()).isEqualTo(2022);
        assertThat(engaging.timeInStage().sumDays()).isEqualTo(90826);
        assertThat(engaging.timeInStage().median()).contains(Rational.of(43, 2));
        assertThat(engaging.censored()).isEqualTo(366);
    }

    @Test
    void metricsDoNotDependOnOrderOrThreads() {
        List<Deal> shuffled = new ArrayList<>(deals);
        Collections.shuffle(shuffled, new Random(7));
        assertThat(shuffled.parallelStream().collect(WinRate.collector(Q3))).isEqualTo(WinRate.of(deals, Q3));
        assertThat(shuffled.parallelStream().collect(PipelineVelocity.collector(Q3)))
                .isEqualTo(PipelineVelocity.of(deals, Q3));
        assertThat(shuffled.parallelStream().collect(SalesCycle.collector(YEAR))).isEqualTo(SalesCycle.of(deals, YEAR));
    }

    // ---- the independent figures: plain loops over the CSV rows, not over Deal objects ----

    private static boolean closedIn(CrmSalesPipeline.Row r, Period p) {
        if (r.closeDate().isEmpty()) {
            return false;
        }
        LocalDate d = LocalDate.parse(r.closeDate());
        return !d.isBefore(p.start()) && d.isBefore(p.end());
    }

    private static Ratio loopWinRate(Period p, String agent) {
        long won = 0;
        long lost = 0;
        for (CrmSalesPipeline.Row r : rows) {
            if ((agent == null || r.agent().equals(agent)) && closedIn(r, p)) {
                if (r.stage().equals("Won")) {
                    won++;
                } else {
                    lost++;
                }
            }
        }
        return Ratio.of(won, won + lost);
    }

    private static List<Long> loopWonCycles(Period p) {
        List<Long> cycles = new ArrayList<>();
        for (CrmSalesPipeline.Row r : rows) {
            if (r.stage().equals("Won") && closedIn(r, p)) {
                cycles.add(ChronoUnit.DAYS.between(LocalDate.parse(r.engageDate()), LocalDate.parse(r.closeDate())));
            }
        }
        Collections.sort(cycles);
        return cycles;
    }

    private static Rational loopMean(Period p) {
        List<Long> cycles = loopWonCycles(p);
        long sum = 0;
        for (long c : cycles) {
            sum += c;
        }
        return Rational.of(sum, cycles.size());
    }

    private static Rational loopMedian(Period p) {
        List<Long> c = loopWonCycles(p);
        int n = c.size();
        return n % 2 == 1 ? Rational.of(c.get(n / 2)) : Rational.of(c.get(n / 2 - 1) + c.get(n / 2), 2);
    }

    private static long loopOpportunities(Period p) {
        long open = 0;
        for (CrmSalesPipeline.Row r : rows) {
            if (!r.engageDate().isEmpty() && LocalDate.parse(r.engageDate()).isBefore(p.end())
                    && (r.closeDate().isEmpty() || !LocalDate.parse(r.closeDate()).isBefore(p.end()))) {
                open++;
            }
        }
        return open;
    }

    /** opportunities x (won dollars x 100 / won) x (won / closed) / (cycle days / won), as a fraction. */
    private static Rational loopVelocityCents(Period p) {
        long won = 0;
        long closed = 0;
        long wonCents = 0;
        long days = 0;
        for (CrmSalesPipeline.Row r : rows) {
            if (closedIn(r, p)) {
                closed++;
                if (r.stage().equals("Won")) {
                    won++;
                    wonCents += Long.parseLong(r.closeValue()) * 100;
                    days += ChronoUnit.DAYS.between(LocalDate.parse(r.engageDate()), LocalDate.parse(r.closeDate()));
                }
            }
        }
        // simplified by hand: the won counts cancel
        return Rational.of(loopOpportunities(p)).multiply(Rational.of(wonCents, closed))
                .multiply(Rational.of(won, days));
    }
}
