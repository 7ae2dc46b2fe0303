package io.github.revops.recurring;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.Subscription;
import io.github.revops.math.Rational;
import io.github.revops.money.CurrencyMismatchException;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.Money;
import io.github.revops.money.ReportingCurrency;
import io.github.revops.result.Ratio;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static io.github.revops.recurring.SplitCollect.inParts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A monthly cohort table of the first quarter of 2024 worked by hand, with customers on the edges of the range, a
 * customer who stops paying and one who upgrades; then the table's text, its merge and its checks.
 *
 * <pre>
 * customer  paying (end exclusive)                          cohort     31 Jan      29 Feb      31 Mar
 * P         10.00 from 2023-12-15                            none: acquired before the range
 * A         30.00 from 2024-01-31 to 2024-02-29              January    30.00       -           -
 * B         20.00 from 2024-01-01 to 2024-03-01, then 40.00  January    20.00       20.00       40.00
 * D         15.00 from 2024-02-10; 99.00 from 2024-05-01     February               15.00       15.00
 * C         50.00 from 2024-03-31                            March                              50.00
 * Z         70.00 from 2024-04-01                            none: acquired after the range
 * F         a free plan from 2024-01-05                      none: never paying
 *
 * January:  2 customers, initial MRR 30.00 + 20.00 = 50.00; logo 2/2, 1/2, 1/2; net MRR 50/50, 20/50, 40/50.
 * February: 1 customer, initial 15.00; logo 1/1, 1/1; net 1, 1.
 * March:    1 customer, initial 50.00; logo 1/1; net 1.
 * </pre>
 */
class CohortTableWorkedExampleTest {

    private static final Period Q1 = Period.quarter(2024, 1);
    private static final List<Subscription> SUBS = List.of(
            monthly("S-P", "P", "USD 10.00", "2023-12-15"),
            monthly("S-A", "A", "USD 30.00", "2024-01-31").endingOn(LocalDate.parse("2024-02-29")),
            monthly("S-B1", "B", "USD 20.00", "2024-01-01").endingOn(LocalDate.parse("2024-03-01")),
            monthly("S-B2", "B", "USD 40.00", "2024-03-01"),
            monthly("S-D1", "D", "USD 15.00", "2024-02-10"),
            monthly("S-D2", "D", "USD 99.00", "2024-05-01"),
            monthly("S-C", "C", "USD 50.00", "2024-03-31"),
            monthly("S-Z", "Z", "USD 70.00", "2024-04-01"),
            monthly("S-F", "F", "USD 0.00", "2024-01-05"));

    private static Subscription monthly(String id, String customer, String amount, String start) {
        return Subscription.of(id, customer, Money.parse(amount), BillingInterval.MONTH, LocalDate.parse(start));
    }

    private static ExactMoney usd(long cents) {
        return ExactMoney.of(Money.ofMinor("USD", cents));
    }

    @Test
    void theQuarterHasThreeCohortsAsWorkedOut() {
        CohortTable table = CohortTable.of(SUBS, Q1, Granularity.MONTH);
        assertThat(table.range()).isEqualTo(Q1);
        assertThat(table.cohorts()).extracting(CohortTable.Cohort::acquired)
                .containsExactly(Period.month(2024, 1), Period.month(2024, 2), Period.month(2024, 3));

        CohortTable.Cohort january = table.cohorts().get(0);
        assertThat(january.customers()).isEqualTo(2);
        assertThat(january.initialMrr()).isEqualTo(usd(5_000));
        assertThat(january.cells()).containsExactly(
                new CohortTable.Cell(Period.month(2024, 1), 2, usd(5_000)),
                new CohortTable.Cell(Period.month(2024, 2), 1, usd(2_000)),
                new CohortTable.Cell(Period.month(2024, 3), 1, usd(4_000)));
        assertThat(List.of(january.logoRetention(0), january.logoRetention(1), january.logoRetention(2)))
                .containsExactly(Ratio.of(2, 2), Ratio.of(1, 2), Ratio.of(1, 2));
        assertThat(List.of(january.netMrrRetention(0), january.netMrrRetention(1), january.netMrrRetention(2)))
                .containsExactly(Ratio.of(5_000, 5_000), Ratio.of(2_000, 5_000), Ratio.of(4_000, 5_000));

        CohortTable.Cohort february = table.cohorts().get(1);
        assertThat(february.customers()).isEqualTo(1);
        assertThat(february.initialMrr()).isEqualTo(usd(1_500));
        assertThat(february.cells()).containsExactly(
                new CohortTable.Cell(Period.month(2024, 2), 1, usd(1_500)),
                new CohortTable.Cell(Period.month(2024, 3), 1, usd(1_500)));

        CohortTable.Cohort march = table.cohorts().get(2);
        assertThat(march.initialMrr()).isEqualTo(usd(5_000));
        assertThat(march.cells()).containsExactly(new CohortTable.Cell(Period.month(2024, 3), 1, usd(5_000)));
    }

    @Test
    void theTextGivesEachCohortsRetentionInPercent() {
        String text = CohortTable.of(SUBS, Q1, Granularity.MONTH).format();
        assertThat(text).isEqualTo("logo retention (%) by periods since acquisition\n"
                + "2024-01-01   n=2        100.0    50.0    50.0\n"
                + "2024-02-01   n=1        100.0   100.0\n"
                + "2024-03-01   n=1        100.0\n"
                + "net MRR retention (%) by periods since acquisition\n"
                + "2024-01-01   n=2        100.0    40.0    80.0\n"
                + "2024-02-01   n=1        100.0   100.0\n"
                + "2024-03-01   n=1        100.0\n");
    }

    @Test
    void theTextRoundsHalfEvenAndMarksUndefinedCells() {
        // 1/16 = 6.25 % -> 6.2, 3/16 = 18.75 % -> 18.8 (half-even); an empty cohort's cells are undefined
        Period january = Period.month(2024, 1);
        CohortTable.Cohort sixteen = new CohortTable.Cohort(january, 16, usd(1_600), List.of(
                new CohortTable.Cell(january, 1, usd(100)), new CohortTable.Cell(Period.month(2024, 2), 3,
                        usd(300))));
        CohortTable.Cohort none = new CohortTable.Cohort(Period.month(2024, 2), 0, usd(0),
                List.of(new CohortTable.Cell(Period.month(2024, 2), 0, usd(0))));
        String text = new CohortTable(Q1, List.of(sixteen, none)).format();
        assertThat(text).isEqualTo("logo retention (%) by periods since acquisition\n"
                + "2024-01-01   n=16         6.2    18.8\n"
                + "2024-02-01   n=0            -\n"
                + "net MRR retention (%) by periods since acquisition\n"
                + "2024-01-01   n=16         6.2    18.8\n"
                + "2024-02-01   n=0            -\n");
        assertThat(CohortTable.empty(Q1).format()).isEqualTo("logo retention (%) by periods since acquisition\n"
                + "net MRR retention (%) by periods since acquisition\n");
    }

    @Test
    void tablesOfDisjointCustomersCombineCohortByCohort() {
        // A and C on one side, B and D on the other: January's cohort is added cell by cell
        List<Subscription> ac = SUBS.stream().filter(s -> List.of("A", "C", "P").contains(s.customerId())).toList();
        List<Subscription> bd = SUBS.stream().filter(s -> List.of("B", "D", "Z", "F").contains(s.customerId()))
                .toList();
        CohortTable left = CohortTable.of(ac, Q1, Granularity.MONTH);
        CohortTable right = CohortTable.of(bd, Q1, Granularity.MONTH);
        assertThat(left.cohorts()).hasSize(2);
        assertThat(right.cohorts()).hasSize(2);
        CohortTable whole = CohortTable.of(SUBS, Q1, Granularity.MONTH);
        assertThat(left.combine(right)).isEqualTo(whole);
        assertThat(right.combine(left)).isEqualTo(whole);
        assertThat(whole.combine(CohortTable.empty(Q1))).isEqualTo(whole);
        assertThat(CohortTable.empty(Q1).combine(whole)).isEqualTo(whole);

        assertThatThrownBy(() -> whole.combine(CohortTable.empty(Period.year(2024))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cohort tables of " + Q1 + " and " + Period.year(2024) + " do not combine");
        // the same cohort read at different columns does not combine
        Period january = Period.month(2024, 1);
        CohortTable two = new CohortTable(Q1, List.of(new CohortTable.Cohort(january, 1, usd(100), List.of(
                new CohortTable.Cell(january, 1, usd(100)), new CohortTable.Cell(Period.month(2024, 2), 1,
                        usd(100))))));
        CohortTable one = new CohortTable(Q1, List.of(new CohortTable.Cohort(january, 1, usd(100), List.of(
                new CohortTable.Cell(january, 1, usd(100))))));
        assertThatThrownBy(() -> two.combine(one)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cohorts of " + january + " have 2 and 1 columns");
    }

    @Test
    void theCollectorMergesPartsInAnyOrder() {
        CohortTable whole = CohortTable.of(SUBS, Q1, Granularity.MONTH);
        List<Subscription> first = SUBS.subList(0, 4);
        List<Subscription> rest = SUBS.subList(4, SUBS.size());
        assertThat(inParts(CohortTable.collector(Q1, Granularity.MONTH), List.of(), first, List.of(), rest))
                .isEqualTo(whole);
        assertThat(inParts(CohortTable.collector(Q1, Granularity.MONTH), rest, first)).isEqualTo(whole);
        ReportingCurrency usd = ReportingCurrency.of(Money.currency("USD"));
        assertThat(inParts(CohortTable.collector(Q1, Granularity.MONTH, usd), rest, List.of(), first))
                .isEqualTo(whole);
        // B's two subscriptions in different parts: still one customer of January
        List<Subscription> withB2 = List.of(SUBS.get(3));
        List<Subscription> withoutB2 = SUBS.stream().filter(s -> !s.id().equals("S-B2")).toList();
        assertThat(inParts(CohortTable.collector(Q1, Granularity.MONTH), withB2, withoutB2)).isEqualTo(whole);
        // nothing paying in the range: the empty table
        assertThat(inParts(CohortTable.collector(Q1, Granularity.MONTH), List.of(SUBS.get(0)), List.of(SUBS.get(7))))
                .isEqualTo(CohortTable.empty(Q1));
    }

    @Test
    void aPartInAnotherCurrencyIsRefusedWithoutRates() {
        List<Subscription> euros = List.of(monthly("S-E", "E", "EUR 10.00", "2024-01-10"));
        String message = "Currencies differ: EUR/USD (convert with ExchangeRates and a reporting currency)";
        assertThatThrownBy(() -> inParts(CohortTable.collector(Q1, Granularity.MONTH), SUBS, euros))
                .isInstanceOf(CurrencyMismatchException.class).hasMessage(message);
        assertThatThrownBy(() -> inParts(CohortTable.collector(Q1, Granularity.MONTH), List.of(), SUBS, euros))
                .isInstanceOf(CurrencyMismatchException.class).hasMessage(message);
        assertThatThrownBy(() -> inParts(CohortTable.collector(Q1, Granularity.MONTH), euros, SUBS))
                .isInstanceOf(CurrencyMismatchException.class).hasMessage(message);
        // every amount is checked, even one that never enters the table: a free plan, a start after the range
        for (Subscription other : List.of(monthly("S-E", "E", "EUR 0.00", "2024-01-10"),
                monthly("S-E", "E", "EUR 10.00", "2024-06-01"))) {
            List<Subscription> mixed = new ArrayList<>(SUBS);
            mixed.add(other);
            assertThatThrownBy(() -> CohortTable.of(mixed, Q1, Granularity.MONTH))
                    .isInstanceOf(CurrencyMismatchException.class).hasMessage(message);
            assertThatThrownBy(() -> inParts(CohortTable.collector(Q1, Granularity.MONTH), mixed))
                    .isInstanceOf(CurrencyMismatchException.class).hasMessage(message);
            assertThatThrownBy(() -> inParts(CohortTable.collector(Q1, Granularity.MONTH), SUBS, List.of(other)))
                    .isInstanceOf(CurrencyMismatchException.class).hasMessage(message);
        }
    }

    @Test
    void cohortsAndCellsAreChecked() {
        Period january = Period.month(2024, 1);
        Period february = Period.month(2024, 2);
        CohortTable.Cohort jan = new CohortTable.Cohort(january, 2, usd(100), List.of(
                new CohortTable.Cell(january, 2, usd(100)), new CohortTable.Cell(february, 0, usd(0))));
        CohortTable.Cohort feb = new CohortTable.Cohort(february, 1, usd(100), List.of());
        assertThat(new CohortTable(Q1, List.of(jan, feb)).cohorts()).containsExactly(jan, feb);
        assertThatThrownBy(() -> new CohortTable(Q1, List.of(feb, jan))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cohorts must be in strict time order: " + february + " before " + january);
        assertThatThrownBy(() -> new CohortTable(Q1, List.of(jan, jan))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cohorts must be in strict time order: " + january + " before " + january);

        CohortTable.Cell three = new CohortTable.Cell(january, 3, usd(100));
        assertThatThrownBy(() -> new CohortTable.Cohort(january, 2, usd(100), List.of(three)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cell " + three + " must count 0 to 2 customers");
        CohortTable.Cell negative = new CohortTable.Cell(january, -1, usd(0));
        assertThatThrownBy(() -> new CohortTable.Cohort(january, 2, usd(100), List.of(negative)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cell " + negative + " must count 0 to 2 customers");
        assertThat(new CohortTable.Cohort(january, 0, usd(0), List.of(new CohortTable.Cell(january, 0, usd(0))))
                .logoRetention(0).isDefined()).isFalse();
        assertThat(jan.logoRetention(1)).isEqualTo(Ratio.of(0, 2));
        assertThat(jan.netMrrRetention(0).exactValue()).contains(Rational.ONE);
    }
}
